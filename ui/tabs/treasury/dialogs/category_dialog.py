"""The categories of money in and out: the small editable list that says which income,
expense or third-party account a movement is booked to, with its usual VAT rate.

A list to add, edit, deactivate and reactivate them; each change is one unit of work.
A change applies from the next movement: posted movements keep their account.
"""

from __future__ import annotations

from decimal import Decimal

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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ComptoirError
from app.ledger.company import get_company
from app.storage.ledger_file import LedgerFile
from app.treasury.categories import (
    DIRECTIONS,
    CategoryView,
    add_category,
    category_accounts,
    list_categories,
    update_category,
)
from ui.common.account_picker import AccountChoice, AccountPicker
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import compact_rows
from ui.tabs.treasury.models import CategoriesModel
from ui.tabs.treasury.widgets import RateEdit, direction_text, hint_label


class CategoryDialog(QDialog):
    """One category, new (``category`` None) or edited: its name, direction (fixed once
    it exists), account and usual VAT rate. Saves itself on OK and stays open, with
    what was typed, when the books refuse it."""

    def __init__(self, ledger: LedgerFile, *, category: CategoryView | None = None,
                 direction: str = "out", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.category = category
        #: The category as saved, once accepted.
        self.saved: CategoryView | None = None
        with ledger.read() as session:
            locale = get_company(session).locale
            choices = [AccountChoice(a.code, a.name) for a in category_accounts(session)]
        self.setWindowTitle(self.tr("New category") if category is None
                            else self.tr("Edit %1").replace("%1", category.name))

        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Office supplies"))
        self.direction = QComboBox()
        for key in DIRECTIONS:
            self.direction.addItem(direction_text(key), key)
        self.direction.setCurrentIndex(max(self.direction.findData(direction), 0))
        self.account = AccountPicker(allow_prefix=False)
        self.account.set_choices(choices)
        self.account.setToolTip(self.tr("The income, expense or third-party account the "
                                        "money is booked to"))
        self.vat_rate = RateEdit(locale)
        self.vat_rate.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8)
        self.vat_rate.set_value(Decimal(0))
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name)
        if category is None:
            form.addRow(self.tr("&Direction"), self.direction)
        else:  # a category's movements are all in or all out: it keeps its direction
            form.addRow(self.tr("Direction"), QLabel(direction_text(category.direction)))
        form.addRow(self.tr("&Account"), self.account)
        form.addRow(self.tr("&VAT rate (%)"), self.vat_rate)
        if category is not None:
            note = QLabel(self.tr("Movements already recorded keep the account they were "
                                  "booked to; a change applies from the next one."))
            note.setWordWrap(True)
            form.addRow(note)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 64)

        self.name.textChanged.connect(self._update)
        self.account.editTextChanged.connect(self._update)
        self.vat_rate.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if category is not None:
            self._load(category)
        self._update()
        self.name.setFocus()

    def _load(self, category: CategoryView) -> None:
        self.name.setText(category.name)
        self.direction.setCurrentIndex(max(self.direction.findData(category.direction), 0))
        self.account.set_account_code(category.account_code)
        self.vat_rate.set_value(category.vat_rate)

    def problem(self) -> str | None:
        """Why the category cannot be saved yet, or ``None``. Whether the account may
        take the money is for the books to say when OK is clicked."""
        if not self.name.text().strip():
            return self.tr("The category needs a name.")
        if not self.account.typed_code():
            return self.tr("Choose the account the money is booked to.")
        rate = self.vat_rate.value()
        if not self.vat_rate.is_valid() or rate is None or rate >= 100:
            return self.tr("The VAT rate is a number from 0 to 100.")
        return None

    def _update(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def accept(self) -> None:
        if self.problem() is not None:
            return
        rate = self.vat_rate.value()
        assert rate is not None
        try:
            with self._ledger.unit_of_work() as session:
                if self.category is None:
                    self.saved = add_category(
                        session, name=self.name.text(),
                        direction=str(self.direction.currentData()),
                        account_code=self.account.typed_code(), vat_rate=rate)
                else:
                    self.saved = update_category(
                        session, category_id=self.category.id, name=self.name.text(),
                        account_code=self.account.typed_code(), vat_rate=rate,
                        active=self.category.active)
        except ComptoirError as error:
            show_error(self, error)  # nothing was written; the user can correct it
            return
        super().accept()


class CategoriesDialog(QDialog):
    """The list of categories. ``categoriesChanged`` tells the tab (and any open
    movement dialog) to re-read them."""

    categoriesChanged = Signal()

    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            locale = get_company(session).locale
        self.setWindowTitle(self.tr("Categories"))
        self.model = CategoriesModel(locale, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CategoriesModel.ACCOUNT, QHeaderView.ResizeMode.Stretch)

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
            "A category says which account money in or out is booked to, and its usual VAT "
            "rate. Deactivated categories are no longer offered; their movements stay."))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(860, 460)

        self.add_button.clicked.connect(self.add_category)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Re-read the categories (inactive ones too), keeping or moving the selection."""
        selected = self.selected_category()
        if select_id is None and selected is not None:
            select_id = selected.id
        with self._ledger.read() as session:
            categories = list_categories(session, include_inactive=True)
        self.model.set_categories(categories)
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected_category(self) -> CategoryView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.category_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        category = self.selected_category()
        self.edit_button.setEnabled(category is not None)
        self.active_button.setEnabled(category is not None)
        self.active_button.setText(
            self.tr("Reactivate") if category is not None and not category.active
            else self.tr("Deactivate"))

    def add_category(self) -> CategoryDialog:
        # A new category takes the direction of the selected one: added where one looks.
        selected = self.selected_category()
        dialog = CategoryDialog(self._ledger, direction=selected.direction if selected
                                else "out", parent=self)
        return self._open(dialog)

    def edit_selected(self) -> CategoryDialog | None:
        category = self.selected_category()
        if category is None:
            return None
        return self._open(CategoryDialog(self._ledger, category=category, parent=self))

    def _open(self, dialog: CategoryDialog) -> CategoryDialog:
        dialog.accepted.connect(lambda: self._changed(dialog.saved.id if dialog.saved
                                                      else None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        """Deactivate the selected category (movements no longer offer it; those posted
        keep it), or reactivate a retired one."""
        category = self.selected_category()
        if category is None:
            return
        try:
            with self._ledger.unit_of_work() as session:
                update_category(session, category_id=category.id, name=category.name,
                                account_code=category.account_code,
                                vat_rate=category.vat_rate, active=not category.active)
        except ComptoirError as error:
            show_error(self, error)
            return
        self._changed(category.id)

    def _changed(self, category_id: int | None) -> None:
        self.refresh(category_id)
        self.categoriesChanged.emit()
