"""Recording a customer's payment in one dialog: customer, bank account or cash box,
date, amount, method and reference; the proposed allocation appears at once in the
table of the customer's open invoices (invoices named in the reference first, then the
oldest due), and can be changed: tick or untick an invoice, or type its amount. What
is not allocated stays customer credit, shown as such.

OK records the payment, and when the receipt is to be printed, logs its first print,
in one unit of work; the tab then prints or previews the PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.documents.receipts import PrintedReceipt, print_receipt
from app.errors import ComptoirError
from app.ledger.company import get_company
from app.receivables.customers import list_customers
from app.receivables.payments import (
    CollectionInput,
    CollectionResult,
    propose_allocation,
    record_collection,
)
from app.receivables.stamp_duty import stamp_duty_for
from app.receivables.status import customer_balance, open_invoices
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import TreasuryAccountView, list_treasury_accounts
from app.treasury.movements import PAYMENT_METHODS
from ui.common.formatting import money_text
from ui.common.money_edit import MoneyEdit
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.receivables.models import AllocationModel
from ui.tabs.receivables.widgets import AllocationTable, CustomerCombo
from ui.tabs.treasury.dialogs.movement_dialog import default_payment_method
from ui.tabs.treasury.widgets import TreasuryAccountCombo, hint_label, payment_method_text

#: What recording and printing can end with; anything else is a bug and surfaces.
RECORD_ERRORS = (ComptoirError, ValueError, OSError)


class PaymentDialog(QDialog):
    def __init__(self, ledger: LedgerFile, *, customer_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
            customers = list_customers(session)
            accounts = [account for account in list_treasury_accounts(session)
                        if account.currency == company.base_currency]
        self._currency = company.base_currency
        self._locale = company.locale
        self._today = clock.today()
        #: The customer's unapplied credit before this payment.
        self._credit = 0
        #: True once the user changed the allocation (a new amount no longer re-proposes).
        self._edited = False
        #: True once the user ticked or unticked "print the receipt" themselves.
        self._print_chosen = False
        #: The payment as recorded, and its receipt's first print, once accepted.
        self.result_: CollectionResult | None = None
        self.printed: PrintedReceipt | None = None

        self.allocation = AllocationModel(self._currency, self._locale, self._today, self)
        self._build(accounts)
        self._lay_out()
        self.customer.set_customers(customers)
        self._connect()
        self._on_account()
        if customer_id is not None:
            self.customer.set_customer_id(customer_id)
        self._on_customer()
        (self.amount if customer_id is not None else self.customer).setFocus()

    # --- widgets ----------------------------------------------------------------

    def _build(self, accounts: Sequence[TreasuryAccountView]) -> None:
        self.setWindowTitle(self.tr("Record a payment"))
        self.customer = CustomerCombo()
        self.account = TreasuryAccountCombo(accounts)
        self.date = make_date_edit(self._locale, self._today)
        self.amount = MoneyEdit(self._currency, self._locale)
        self.method = QComboBox()
        for method in PAYMENT_METHODS:
            self.method.addItem(payment_method_text(method), method)
        self.cheque_number = QLineEdit()
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Invoice numbers named here are "
                                                  "settled first"))
        self.customer_text = QLabel()
        self.customer_text.setWordWrap(True)

        self.table = AllocationTable(self.allocation, self._currency, self._locale)
        self.propose_button = QPushButton(self.tr("&Propose again"))
        self.propose_button.setToolTip(self.tr("Named invoices first, then the oldest due"))
        self.clear_button = QPushButton(self.tr("&Keep all as credit"))
        self.clear_button.setToolTip(self.tr("Allocate nothing: the whole payment stays "
                                             "customer credit (a deposit)"))
        for button in (self.propose_button, self.clear_button):
            button.setAutoDefault(False)
        self.allocated_text = QLabel()
        self.credit_text = QLabel()
        self.stamp_text = QLabel()
        bold = QFont(self.credit_text.font())
        bold.setBold(True)
        self.credit_text.setFont(bold)
        for label in (self.allocated_text, self.credit_text, self.stamp_text):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 16)

        self.print_receipt = QCheckBox(self.tr("Print the &receipt"))
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))

    def _lay_out(self) -> None:
        payment = QFormLayout()
        payment.addRow(self.tr("C&ustomer"), self.customer)
        payment.addRow("", self.customer_text)
        payment.addRow(self.tr("Paid &into"), self.account)
        payment.addRow(self.tr("&Date"), self.date)
        payment.addRow(self.tr("&Amount"), self.amount)
        payment.addRow(self.tr("&Method"), self.method)
        payment.addRow(self.tr("C&heque number"), self.cheque_number)
        payment.addRow(self.tr("R&eference"), self.reference)
        payment.addRow("", self.print_receipt)
        self.payment_form = payment
        payment_box = QGroupBox(self.tr("Payment"))
        payment_box.setLayout(payment)

        summary = QFormLayout()
        summary.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        summary.addRow(self.tr("Allocated to invoices"), self.allocated_text)
        summary.addRow(self.tr("Left as customer credit"), self.credit_text)
        summary.addRow(self.tr("Stamp duty (cash)"), self.stamp_text)
        self.summary_form = summary
        actions = QVBoxLayout()
        actions.addWidget(self.propose_button)
        actions.addWidget(self.clear_button)
        actions.addStretch(1)
        below = QHBoxLayout()
        below.addLayout(actions)
        below.addStretch(1)
        below.addLayout(summary)
        allocation = QVBoxLayout()
        allocation.addWidget(self.table, 1)
        allocation.addLayout(below)
        allocation_box = QGroupBox(self.tr("Open invoices"))
        allocation_box.setLayout(allocation)

        columns = QHBoxLayout()
        columns.addWidget(payment_box, 2)
        columns.addWidget(allocation_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        digit = self.fontMetrics().horizontalAdvance("0")
        self.resize(digit * 150, self.fontMetrics().height() * 28)
        order: list[QWidget] = [self.customer, self.account, self.date, self.amount,
                                self.method, self.cheque_number, self.reference,
                                self.print_receipt, self.table, self.propose_button,
                                self.clear_button, self.buttons]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.customer.currentIndexChanged.connect(self._on_customer)
        self.customer.lineEdit().editingFinished.connect(self._on_customer)
        self.account.currentIndexChanged.connect(self._on_account)
        self.amount.minorChanged.connect(self._on_amount)
        self.method.currentIndexChanged.connect(self._on_method)
        self.reference.editingFinished.connect(self._on_reference)
        self.cheque_number.textChanged.connect(self._update)
        self.print_receipt.clicked.connect(self._on_print_clicked)
        self.allocation.edited.connect(self._on_edited)
        self.allocation.allocationChanged.connect(self._update)
        self.propose_button.clicked.connect(self.propose)
        self.clear_button.clicked.connect(self.keep_all_as_credit)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- reactions --------------------------------------------------------------

    def _money(self, minor: int) -> str:
        return money_text(minor, self._currency, self._locale, with_symbol=True)

    def method_code(self) -> str:
        return str(self.method.currentData())

    def set_method(self, method: str) -> None:
        index = self.method.findData(method)
        if index >= 0:
            self.method.setCurrentIndex(index)

    def is_cash(self) -> bool:
        account = self.account.account()
        return self.method_code() == "cash" or (account is not None and account.kind == "cash")

    def _on_account(self) -> None:
        self.set_method(default_payment_method(self.account.account()))
        self._on_method()

    def _on_method(self) -> None:
        if not self._print_chosen:
            self.print_receipt.setChecked(self.is_cash())  # a cash receipt is expected
        self.cheque_number.setEnabled(self.method_code() == "cheque")
        self._update()

    def _on_print_clicked(self) -> None:
        self._print_chosen = True

    def _on_customer(self) -> None:
        customer = self.customer.customer()
        if customer is not None and customer.id == getattr(self, "_loaded_customer", None):
            return
        self._loaded_customer = customer.id if customer is not None else None
        invoices, self._credit = [], 0
        if customer is not None:
            with self._ledger.read() as session:
                invoices = open_invoices(session, customer_id=customer.id)
                self._credit = customer_balance(session, customer.id).unapplied_credit
        self.allocation.set_invoices(invoices)
        if customer is None:
            self.customer_text.setText("")
        else:
            text = self.tr("%1 open invoices, %2 left to pay").replace(
                "%1", str(len(invoices))).replace(
                "%2", self._money(sum(i.open_amount for i in invoices)))
            if self._credit:
                text += " · " + self.tr("credit already held: %1").replace(
                    "%1", self._money(self._credit))
            self.customer_text.setText(text)
        self._edited = False
        self.propose()

    def _on_amount(self) -> None:
        self.allocation.available = self.amount.minor()
        if not self._edited:
            self.propose()
        self._update()

    def _on_reference(self) -> None:
        if not self._edited:
            self.propose()

    def _on_edited(self) -> None:
        self._edited = True

    def propose(self) -> None:
        """Show the allocation Comptoir proposes for the amount and reference."""
        self._edited = False
        customer = self.customer.customer()
        amount = self.amount.minor()
        if customer is None or not amount or amount <= 0:
            self.allocation.set_amounts({})
            return
        with self._ledger.read() as session:
            proposal = propose_allocation(session, customer_id=customer.id, amount=amount,
                                          reference=self.reference.text())
        self.allocation.set_amounts({item.invoice_id: item.amount for item in proposal})

    def keep_all_as_credit(self) -> None:
        self.allocation.set_amounts({})
        self._edited = True

    def stamp_duty(self) -> int:
        amount = self.amount.minor()
        if not amount or amount <= 0 or self.method_code() != "cash":
            return 0
        with self._ledger.read() as session:
            return stamp_duty_for(session, amount)

    def unallocated(self) -> int:
        return (self.amount.minor() or 0) - self.allocation.total()

    def _update(self) -> None:
        allocated = self.allocation.total()
        self.allocated_text.setText(self._money(allocated))
        left = self.unallocated()
        self.credit_text.setText(self._money(max(left, 0)))
        stamp = self.stamp_duty()
        self.summary_form.setRowVisible(self.stamp_text, stamp > 0)
        if stamp:
            self.stamp_text.setText(self.tr("%1 (the customer hands over %2)").replace(
                "%1", self._money(stamp)).replace(
                "%2", self._money((self.amount.minor() or 0) + stamp)))
        self.payment_form.setRowVisible(self.cheque_number, self.method_code() == "cheque")
        problem = self.problem()
        self.hint.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def problem(self) -> str | None:
        """Why the payment cannot be recorded yet, or None."""
        if self.customer.customer() is None:
            return self.tr("Choose the customer.")
        if self.account.account() is None:
            return self.tr("Open a bank account or cash box first.")
        if not self.amount.is_valid():
            return self.tr("“%1” is not a valid amount.").replace("%1", self.amount.text())
        amount = self.amount.minor()
        if amount is None or amount <= 0:
            return self.tr("Type the amount received.")
        over = self.allocation.over_allocated()
        if over:
            return self.tr("Invoice %1 has only %2 left to pay.").replace(
                "%1", over[0].number).replace("%2", self._money(over[0].open_amount))
        if self.allocation.total() > amount:
            return self.tr("The allocations add up to %1, more than the %2 received.").replace(
                "%1", self._money(self.allocation.total())).replace("%2", self._money(amount))
        if self.method_code() == "cheque" and not self.cheque_number.text().strip():
            return self.tr("A cheque needs its number.")
        return None

    # --- recording --------------------------------------------------------------

    def day(self) -> dt.date:
        return date_of(self.date)

    def collection_input(self) -> CollectionInput:
        customer = self.customer.customer()
        account = self.account.account()
        amount = self.amount.minor()
        assert customer is not None and account is not None and amount is not None
        return CollectionInput(
            customer_id=customer.id, treasury_account_id=account.id, date=self.day(),
            amount=amount, method=self.method_code(), reference=self.reference.text().strip(),
            allocations=self.allocation.allocations(),
            receipt=self.print_receipt.isChecked(),
            cheque_number=self.cheque_number.text().strip()
            if self.method_code() == "cheque" else "")

    def accept(self) -> None:
        if self.problem() is not None:
            return
        data = self.collection_input()
        try:
            with self._ledger.unit_of_work() as session:
                self.result_ = record_collection(session, data)
                receipt_id = self.result_.collection.receipt_id
                if self.print_receipt.isChecked() and receipt_id is not None:
                    self.printed = print_receipt(session, receipt_id)
        except RECORD_ERRORS as error:
            self.result_ = self.printed = None
            show_error(self, error)  # nothing was recorded; what was typed stays
            return
        super().accept()
