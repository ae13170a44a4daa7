"""Recurring items (rent, salaries, a loan): the planned monthly amounts that drive the
dashboard's forecast. A list to add, edit, deactivate and reactivate them; each change
is one unit of work. They are a plan, never posted to the books."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import ComptoirError
from app.ledger.company import get_company
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import TreasuryAccountView, list_treasury_accounts
from app.treasury.categories import CategoryView, list_categories
from app.treasury.recurring import (
    RecurringInput,
    RecurringView,
    add_recurring,
    list_recurring,
    update_recurring,
)
from ui.common.money_edit import MoneyEdit
from ui.shell.errors import show_error
from ui.tabs.dashboard.models import RecurringModel
from ui.tabs.journal.widgets import compact_rows, date_of, make_date_edit, set_date
from ui.tabs.treasury.widgets import OptionalDateEdit, direction_text, hint_label


class RecurringItemDialog(QDialog):
    """One recurring item, new (``item`` None) or edited. Saves itself on OK."""

    def __init__(self, ledger: LedgerFile, *, item: RecurringView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.item = item
        #: The item as saved, once accepted.
        self.saved: RecurringView | None = None
        with ledger.read() as session:
            company = get_company(session)
            self._categories: list[CategoryView] = list_categories(session)
            accounts: list[TreasuryAccountView] = list_treasury_accounts(session)
        self._locale = company.locale
        self.setWindowTitle(self.tr("Recurring item") if item is None
                            else self.tr("Edit %1").replace("%1", item.label))

        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Shop rent"))
        self.direction = QComboBox()
        for direction in ("out", "in"):
            self.direction.addItem(direction_text(direction), direction)
        self.amount = MoneyEdit(company.base_currency, company.locale)
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.start_date = make_date_edit(company.locale, clock.today().replace(day=1))
        self.end_date = OptionalDateEdit(company.locale)
        self.category = QComboBox()
        self.account = QComboBox()
        self.account.addItem(self.tr("Any account"), None)
        for account in accounts:
            self.account.addItem(f"{account.name} ({account.currency})", account.id)
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

        form = QFormLayout(self)
        form.addRow(self.tr("&Label"), self.label)
        form.addRow(self.tr("&Direction"), self.direction)
        form.addRow(self.tr("&Amount each month (%1)").replace("%1", company.base_currency),
                    self.amount)
        form.addRow(self.tr("Day of the &month"), self.day)
        form.addRow(self.tr("&From"), self.start_date)
        form.addRow(self.tr("&Until"), self.end_date)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("A&ccount"), self.account)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 56)

        self.direction.currentIndexChanged.connect(self._fill_categories)
        self.label.textChanged.connect(self._update)
        self.amount.textChanged.connect(self._update)
        self.start_date.dateChanged.connect(self._update)
        self.end_date.dateChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill_categories()
        if item is not None:
            self._load(item)
        self._update()
        self.label.setFocus()

    def _fill_categories(self) -> None:
        direction = self.direction.currentData()
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("— none —"), None)
        for category in self._categories:
            if category.direction == direction:
                self.category.addItem(category.name, category.id)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))

    def _load(self, item: RecurringView) -> None:
        self.label.setText(item.label)
        self.direction.setCurrentIndex(self.direction.findData(item.direction))
        self.amount.set_minor(item.amount)
        self.day.setValue(item.day_of_month)
        set_date(self.start_date, item.start_date)
        self.end_date.set_optional_date(item.end_date)
        self.category.setCurrentIndex(max(self.category.findData(item.category_id), 0))
        self.account.setCurrentIndex(max(self.account.findData(item.treasury_account_id), 0))

    def problem(self) -> str | None:
        if not self.label.text().strip():
            return self.tr("The item needs a label.")
        if not (self.amount.minor() or 0) > 0:
            return self.tr("Type the amount of each month.")
        end = self.end_date.optional_date()
        if end is not None and end < date_of(self.start_date):
            return self.tr("The end comes after the start.")
        return None

    def _update(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def recurring_input(self) -> RecurringInput:
        return RecurringInput(
            label=self.label.text().strip(), direction=str(self.direction.currentData()),
            amount=self.amount.minor() or 0, day_of_month=self.day.value(),
            start_date=date_of(self.start_date), end_date=self.end_date.optional_date(),
            category_id=self.category.currentData(),
            treasury_account_id=self.account.currentData())

    def accept(self) -> None:
        if self.problem() is not None:
            return
        try:
            with self._ledger.unit_of_work() as session:
                if self.item is None:
                    self.saved = add_recurring(session, self.recurring_input())
                else:
                    self.saved = update_recurring(session, self.item.id, self.recurring_input(),
                                                  active=self.item.active)
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()


class RecurringItemsDialog(QDialog):
    """The list of recurring items. ``itemsChanged`` tells the dashboard to re-read."""

    itemsChanged = Signal()

    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
            categories = {c.id: c.name for c in list_categories(session, include_inactive=True)}
            accounts = {a.id: a.name
                        for a in list_treasury_accounts(session, include_inactive=True)}
        self.setWindowTitle(self.tr("Recurring items"))
        self.model = RecurringModel(company.base_currency, company.locale, categories,
                                    accounts, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)
        explanation = QLabel(self.tr(
            "Planned amounts, such as rent or salaries, counted in the dashboard's forecast "
            "months. They are a plan: nothing is posted to the books."))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(900, 380)

        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        selected = self.selected_item()
        with self._ledger.read() as session:
            items = list_recurring(session)
        self.model.set_rows(items)
        if selected is not None:
            row = next((i for i, item in enumerate(items) if item.id == selected.id), -1)
            if row >= 0:
                self.table.selectRow(row)
        self._update_buttons()

    def selected_item(self) -> RecurringView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.edit_button.setEnabled(item is not None)
        self.active_button.setEnabled(item is not None)
        self.active_button.setText(self.tr("Reactivate") if item is not None and not item.active
                                   else self.tr("Deactivate"))

    def add_item(self) -> RecurringItemDialog:
        return self._open_item_dialog(None)

    def edit_selected(self) -> RecurringItemDialog | None:
        item = self.selected_item()
        return self._open_item_dialog(item) if item is not None else None

    def _open_item_dialog(self, item: RecurringView | None) -> RecurringItemDialog:
        dialog = RecurringItemDialog(self._ledger, item=item, parent=self)
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        """Deactivate (the forecast leaves it out) or reactivate the selected item."""
        item = self.selected_item()
        if item is None:
            return
        try:
            with self._ledger.unit_of_work() as session:
                update_recurring(session, item.id, _as_input(item), active=not item.active)
        except ComptoirError as error:
            show_error(self, error)
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.itemsChanged.emit()


def _as_input(item: RecurringView) -> RecurringInput:
    return RecurringInput(
        label=item.label, direction=item.direction, amount=item.amount,
        day_of_month=item.day_of_month, start_date=item.start_date, end_date=item.end_date,
        category_id=item.category_id, treasury_account_id=item.treasury_account_id)
