"""A customer invoice or credit note as the sales program numbered it: customer,
number, date, due date (or payment terms), and lines (label, income account, net, VAT
rate → VAT) with their totals. OK posts it in one unit of work.

Going over the customer's credit limit does not stop anything: the dialog says so
while the invoice is typed, and the tab repeats it after posting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import ComptoirError
from app.ledger.accounts import postable_accounts
from app.ledger.company import get_company
from app.receivables.customers import list_customers
from app.receivables.invoices import (
    CREDIT_LIMIT_EXCEEDED,
    InvoiceFilter,
    InvoiceInput,
    InvoiceLineInput,
    InvoiceResult,
    list_invoices,
    record_credit_note,
    record_invoice,
)
from app.receivables.status import OpenInvoice, customer_balance, open_invoices
from app.storage.ledger_file import LedgerFile
from ui.common.account_picker import AccountChoice, AccountLineEdit
from ui.common.formatting import money_text
from ui.common.money_edit import MoneyEdit
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit, set_date
from ui.tabs.receivables.models import (
    EditableInvoiceLine,
    InvoiceLinesModel,
    kind_text,
)
from ui.tabs.receivables.widgets import CustomerCombo, notice_label, size_columns
from ui.tabs.treasury.widgets import RateEdit, hint_label

AnyIndex = QModelIndex | QPersistentModelIndex


class InvoiceLineDelegate(QStyledItemDelegate):
    """Editors of the lines grid: text, an income-account completer, locale-aware
    amounts and rates. Enter moves to the next cell, as in the journal's grid."""

    def __init__(self, choices: Sequence[AccountChoice], currency: str, locale: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self._currency = currency
        self._locale = locale

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        column = index.column()
        if column == InvoiceLinesModel.ACCOUNT:
            return AccountLineEdit(self._choices, parent)
        if column == InvoiceLinesModel.NET:
            return MoneyEdit(self._currency, self._locale, parent)
        if column == InvoiceLinesModel.RATE:
            edit = RateEdit(self._locale, parent)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return edit
        return QLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, MoneyEdit):
            editor.set_minor(value or None)
        elif isinstance(editor, RateEdit):
            editor.set_value(value if isinstance(value, Decimal) else None)
        elif isinstance(editor, AccountLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        if isinstance(editor, MoneyEdit):
            if editor.is_valid():
                model.setData(index, editor.minor() or 0)
        elif isinstance(editor, RateEdit):
            if editor.is_valid():
                model.setData(index, editor.value())
        elif isinstance(editor, AccountLineEdit):
            model.setData(index, editor.account_code() or editor.text().split(" ")[0])
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and isinstance(editor, QWidget)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class InvoiceLinesView(QTableView):
    """The lines grid: Tab and Enter go from one cell that can be typed into to the
    next (the computed VAT and total are skipped), so Enter after the rate starts the
    next line."""

    def moveCursor(self, action: QAbstractItemView.CursorAction,
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if action not in (QAbstractItemView.CursorAction.MoveNext,
                          QAbstractItemView.CursorAction.MovePrevious):
            return index
        model = self.model()
        forward = action == QAbstractItemView.CursorAction.MoveNext
        steps = model.rowCount() * model.columnCount()
        while index.isValid() and steps > 0 and not (
                model.flags(index) & Qt.ItemFlag.ItemIsEditable):
            row, column = index.row(), index.column() + (1 if forward else -1)
            if column >= model.columnCount():
                row, column = row + 1, 0
            elif column < 0:
                row, column = row - 1, model.columnCount() - 1
            if not 0 <= row < model.rowCount():
                return QModelIndex()
            index = model.index(row, column)
            steps -= 1
        return index


class InvoiceDialog(QDialog):
    """A new invoice (``kind="invoice"``) or credit note (``"credit_note"``)."""

    def __init__(self, ledger: LedgerFile, kind: str = "invoice", *,
                 customer_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
            customers = list_customers(session)
            accounts = [account for account in postable_accounts(session)
                        if account.type == "income"]
            latest = list_invoices(session, InvoiceFilter(kind="invoice"), limit=1)
        self._currency = company.base_currency
        self._locale = company.locale
        self._today = clock.today()
        #: What the chosen customer owes before this invoice, and its open invoices.
        self._owed = 0
        self._open: list[OpenInvoice] = []
        #: The invoice or credit note as posted, once accepted.
        self.result_: InvoiceResult | None = None

        last_line = latest[0].lines[0] if latest and latest[0].lines else None
        self.lines = InvoiceLinesModel(
            {account.code: account.name for account in accounts}, self._currency,
            self._locale, default_account=last_line.account_code if last_line else "",
            default_rate=last_line.vat_rate if last_line else None, parent=self)
        choices = [AccountChoice(account.code, account.name) for account in accounts]
        self._build(choices)
        self._lay_out()
        self.customer.set_customers(customers)
        self._connect()
        self.set_kind(kind)
        if customer_id is not None:
            self.customer.set_customer_id(customer_id)
        self._on_customer()
        self._update()
        (self.number if customer_id is not None else self.customer).setFocus()

    # --- widgets ----------------------------------------------------------------

    def _build(self, choices: Sequence[AccountChoice]) -> None:
        self.kind = QComboBox()
        for kind in ("invoice", "credit_note"):
            self.kind.addItem(kind_text(kind), kind)
        self.customer = CustomerCombo()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("As the sales program numbered it"))
        self.date = make_date_edit(self._locale, self._today)
        self.terms = QSpinBox()
        self.terms.setRange(0, 3650)
        self.terms.setSuffix(self.tr(" days"))
        self.due_date = make_date_edit(self._locale, self._today)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Order, delivery note… (optional)"))
        self.note = QLineEdit()
        self.apply_to = QComboBox()
        self.apply_to.setToolTip(self.tr("The invoice this credit note settles; otherwise "
                                         "it stays customer credit"))

        self.grid = InvoiceLinesView()
        self.grid.setModel(self.lines)
        self.grid.setItemDelegate(InvoiceLineDelegate(choices, self._currency, self._locale,
                                                      self.grid))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setTabKeyNavigation(True)
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        size_columns(self.grid, InvoiceLinesModel.WIDTHS, InvoiceLinesModel.LABEL)
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.setToolTip(self.tr("Remove the current line (Ctrl+Del)"))
        self.remove_line_button.setShortcut(QKeySequence("Ctrl+Del"))
        self.remove_line_button.setAutoDefault(False)

        self.net_total = QLabel()
        self.vat_total = QLabel()
        self.total = QLabel()
        bold = self.total.font()
        bold.setBold(True)
        self.total.setFont(bold)
        digit = self.fontMetrics().horizontalAdvance("0")
        for label in (self.net_total, self.vat_total, self.total):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(digit * 16)
        self.balance_text = QLabel()
        self.balance_text.setWordWrap(True)
        self.warning = notice_label()
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Post"))
        self.ok_button.setAutoDefault(False)  # Enter belongs to the grid

    def _lay_out(self) -> None:
        def caption(text: str, buddy: QWidget) -> QLabel:
            label = QLabel(text)
            label.setBuddy(buddy)
            return label

        header = QGridLayout()
        header.addWidget(caption(self.tr("&Kind"), self.kind), 0, 0)
        header.addWidget(self.kind, 0, 1)
        header.addWidget(caption(self.tr("C&ustomer"), self.customer), 1, 0)
        header.addWidget(self.customer, 1, 1)
        header.addWidget(self.balance_text, 2, 1)
        header.addWidget(caption(self.tr("N&umber"), self.number), 0, 2)
        header.addWidget(self.number, 0, 3)
        header.addWidget(caption(self.tr("&Date"), self.date), 1, 2)
        header.addWidget(self.date, 1, 3)
        self.terms_caption = caption(self.tr("&Terms"), self.terms)
        self.due_caption = caption(self.tr("Due dat&e"), self.due_date)
        self.apply_caption = caption(self.tr("&Settles"), self.apply_to)
        due = QHBoxLayout()
        due.addWidget(self.terms)
        due.addWidget(self.due_caption)
        due.addWidget(self.due_date, 1)
        header.addWidget(self.terms_caption, 2, 2)
        header.addLayout(due, 2, 3)
        header.addWidget(self.apply_caption, 3, 2)
        header.addWidget(self.apply_to, 3, 3)
        header.addWidget(caption(self.tr("&Reference"), self.reference), 3, 0)
        header.addWidget(self.reference, 3, 1)
        header.addWidget(caption(self.tr("N&ote"), self.note), 4, 0)
        header.addWidget(self.note, 4, 1, 1, 3)
        header.setColumnStretch(1, 3)
        header.setColumnStretch(3, 2)

        totals = QFormLayout()
        totals.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        totals.addRow(self.tr("Net"), self.net_total)
        totals.addRow(self.tr("VAT"), self.vat_total)
        totals.addRow(self.tr("Total"), self.total)
        below = QHBoxLayout()
        below.addWidget(self.remove_line_button, 0, Qt.AlignmentFlag.AlignTop)
        below.addStretch(1)
        below.addLayout(totals)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        layout.addLayout(below)
        layout.addWidget(self.warning)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        digit = self.fontMetrics().horizontalAdvance("0")
        self.resize(digit * 120, self.fontMetrics().height() * 34)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.customer.currentIndexChanged.connect(self._on_customer)
        self.customer.lineEdit().editingFinished.connect(self._on_customer)
        self.number.textChanged.connect(self._update)
        self.date.dateChanged.connect(self._on_terms)
        self.terms.valueChanged.connect(self._on_terms)
        self.due_date.dateChanged.connect(self._on_due_date)
        self.apply_to.currentIndexChanged.connect(self._update)
        self.lines.linesChanged.connect(self._update)
        self.remove_line_button.clicked.connect(self.remove_current_line)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- reactions --------------------------------------------------------------

    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._on_kind()

    def _on_kind(self) -> None:
        invoice = self.kind_code() == "invoice"
        self.setWindowTitle(self.tr("New invoice") if invoice else self.tr("New credit note"))
        for widget in (self.terms_caption, self.terms, self.due_caption, self.due_date):
            widget.setVisible(invoice)
        for widget in (self.apply_caption, self.apply_to):
            widget.setVisible(not invoice)
        self._update()

    def _on_customer(self) -> None:
        customer = self.customer.customer()
        self._owed, self._open = 0, []
        if customer is not None:
            with self._ledger.read() as session:
                self._owed = customer_balance(session, customer.id).balance
                self._open = open_invoices(session, customer_id=customer.id)
            self.terms.setValue(customer.payment_terms_days)
            self._on_terms()
        kept = self.apply_to.currentData()
        self.apply_to.blockSignals(True)
        self.apply_to.clear()
        self.apply_to.addItem(self.tr("Nothing: keep it as customer credit"), None)
        for invoice in self._open:
            self.apply_to.addItem(self.tr("%1 (open %2)").replace("%1", invoice.number)
                                  .replace("%2", self._money(invoice.open_amount)),
                                  invoice.invoice_id)
        self.apply_to.setCurrentIndex(max(0, self.apply_to.findData(kept)))
        self.apply_to.blockSignals(False)
        self._update()

    def _on_terms(self) -> None:
        self.due_date.blockSignals(True)
        set_date(self.due_date, self.day() + dt.timedelta(days=self.terms.value()))
        self.due_date.blockSignals(False)
        self._update()

    def _on_due_date(self) -> None:
        days = (date_of(self.due_date) - self.day()).days
        self.terms.blockSignals(True)
        self.terms.setValue(max(0, days))
        self.terms.blockSignals(False)
        self._update()

    def remove_current_line(self) -> None:
        index = self.grid.currentIndex()
        if index.isValid():
            self.lines.remove_line(index.row())

    def _money(self, minor: int) -> str:
        return money_text(minor, self._currency, self._locale, with_symbol=True)

    def day(self) -> dt.date:
        return date_of(self.date)

    def over_limit(self) -> bool:
        customer = self.customer.customer()
        _net, _vat, total = self.lines.totals()
        return (self.kind_code() == "invoice" and customer is not None
                and customer.credit_limit is not None and total > 0
                and self._owed + total > customer.credit_limit)

    def _update(self) -> None:
        net, vat, total = self.lines.totals()
        self.net_total.setText(self._money(net))
        self.vat_total.setText(self._money(vat))
        self.total.setText(self._money(total))
        customer = self.customer.customer()
        if customer is None:
            self.balance_text.setText("")
        else:
            limit = (self.tr("no credit limit") if customer.credit_limit is None
                     else self.tr("credit limit %1").replace(
                         "%1", self._money(customer.credit_limit)))
            self.balance_text.setText(self.tr("Owes %1; %2").replace(
                "%1", self._money(self._owed)).replace("%2", limit))
        if self.over_limit():
            assert customer is not None and customer.credit_limit is not None
            self.warning.setText(self.tr(
                "This invoice takes %1 to %2, over its credit limit of %3. It can be "
                "posted all the same.").replace("%1", customer.name)
                .replace("%2", self._money(self._owed + total))
                .replace("%3", self._money(customer.credit_limit)))
            self.warning.show()
        else:
            self.warning.hide()
        problem = self.problem()
        self.hint.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def problem(self) -> str | None:
        """Why the document cannot be posted yet, or None."""
        if self.customer.customer() is None:
            return self.tr("Choose the customer.")
        if not self.number.text().strip():
            return self.tr("Type the number.")
        line_problem = self.lines.problem()
        if line_problem is not None:
            return line_problem[1]
        if not self.lines.lines():
            return self.tr("Type at least one line.")
        if self.lines.totals()[2] <= 0:
            return self.tr("The total must be more than zero.")
        return None

    # --- posting ----------------------------------------------------------------

    def invoice_input(self) -> InvoiceInput:
        customer = self.customer.customer()
        assert customer is not None
        invoice = self.kind_code() == "invoice"
        return InvoiceInput(
            customer_id=customer.id, number=self.number.text().strip(), date=self.day(),
            due_date=date_of(self.due_date) if invoice else None,
            lines=[InvoiceLineInput(line.label.strip(), line.account, line.net,
                                    line.rate or Decimal(0))
                   for line in self.lines.lines()],
            reference=self.reference.text().strip(), note=self.note.text().strip())

    def set_lines(self, lines: Sequence[EditableInvoiceLine]) -> None:
        self.lines.load(lines)

    def credit_allocations(self) -> list[tuple[int, int]]:
        invoice_id = self.apply_to.currentData()
        if invoice_id is None:
            return []
        invoice = next((i for i in self._open if i.invoice_id == invoice_id), None)
        if invoice is None:
            return []
        return [(invoice.invoice_id, min(invoice.open_amount, self.lines.totals()[2]))]

    def accept(self) -> None:
        if self.problem() is not None:
            return
        data = self.invoice_input()
        try:
            with self._ledger.unit_of_work() as session:
                if self.kind_code() == "invoice":
                    self.result_ = record_invoice(session, data)
                else:
                    self.result_ = record_credit_note(
                        session, data, allocations=self.credit_allocations())
        except ComptoirError as error:
            show_error(self, error)  # nothing was posted; what was typed stays
            return
        super().accept()

    @property
    def over_credit_limit(self) -> bool:
        """Whether the posted invoice went over the customer's limit."""
        return self.result_ is not None and CREDIT_LIMIT_EXCEEDED in self.result_.warnings
