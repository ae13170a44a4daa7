"""A customer's unapplied credit (payments on account, overpayments, credit notes not
used): applied to its open invoices, or paid back. And cancelling a payment recorded
by mistake. Each dialog posts in one unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import ComptoirError
from app.ledger.company import get_company
from app.receivables.customers import CustomerView
from app.receivables.matching import MatchView
from app.receivables.payments import (
    CollectionView,
    RefundInput,
    RefundResult,
    apply_credit,
    cancel_collection,
    propose_allocation,
    refund_credit,
)
from app.receivables.status import OpenCredit, open_credits, open_invoices
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import TreasuryAccountView, list_treasury_accounts
from app.treasury.movements import PAYMENT_METHODS
from ui.common.formatting import date_text, money_text
from ui.common.money_edit import MoneyEdit
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.receivables.models import AllocationModel, kind_text
from ui.tabs.receivables.widgets import AllocationTable
from ui.tabs.treasury.dialogs.movement_dialog import default_payment_method
from ui.tabs.treasury.widgets import TreasuryAccountCombo, hint_label, payment_method_text


def credits_text(credits: Sequence[OpenCredit], currency: str, locale: str) -> str:
    """One line per credit: "Payment RC-2026-000003 of 12/03/2026: 40,00 € available"."""
    lines = []
    for credit in credits:
        what = (kind_text("credit_note") if credit.kind == "credit_note"
                else QCoreApplication.translate("Receivables", "Payment"))
        lines.append(QCoreApplication.translate("Receivables", "%1 %2 of %3: %4 available")
                     .replace("%1", what).replace("%2", credit.number)
                     .replace("%3", date_text(credit.date, locale))
                     .replace("%4", money_text(credit.available, currency, locale,
                                               with_symbol=True)))
    return "\n".join(lines)


class ApplyCreditDialog(QDialog):
    """The customer's credit applied to its open invoices: the proposal (oldest due
    first, as much as the credit covers) can be changed like a payment's."""

    def __init__(self, ledger: LedgerFile, customer: CustomerView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.customer = customer
        with ledger.read() as session:
            company = get_company(session)
            self._credits = open_credits(session, customer_id=customer.id)
            invoices = open_invoices(session, customer_id=customer.id)
        self._currency = company.base_currency
        self._locale = company.locale
        self.available = sum(credit.available for credit in self._credits)
        #: The matching written, once accepted.
        self.applied: list[MatchView] = []

        self.setWindowTitle(self.tr("Apply the credit of %1").replace("%1", customer.name))
        credits = QLabel(self._credits_text())
        credits.setWordWrap(True)
        self.date = make_date_edit(self._locale, clock.today())
        self.allocation = AllocationModel(self._currency, self._locale, clock.today(), self)
        self.allocation.available = self.available
        self.allocation.set_invoices(invoices)
        self.table = AllocationTable(self.allocation, self._currency, self._locale)
        self.propose_button = QPushButton(self.tr("&Propose again"))
        self.propose_button.setAutoDefault(False)
        self.applied_text = QLabel()
        self.applied_text.setAlignment(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Apply"))

        form = QFormLayout()
        form.addRow(self.tr("Credit"), credits)
        form.addRow(self.tr("&Date"), self.date)
        below = QHBoxLayout()
        below.addWidget(self.propose_button)
        below.addStretch(1)
        below.addWidget(self.applied_text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().horizontalAdvance("0") * 90,
                    self.fontMetrics().height() * 24)
        self.allocation.allocationChanged.connect(self._update)
        self.propose_button.clicked.connect(self.propose)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.propose()

    def _credits_text(self) -> str:
        if not self._credits:
            return self.tr("None")
        return credits_text(self._credits, self._currency, self._locale)

    def _money(self, minor: int) -> str:
        return money_text(minor, self._currency, self._locale, with_symbol=True)

    def propose(self) -> None:
        if self.available <= 0:
            self.allocation.set_amounts({})
            return
        with self._ledger.read() as session:
            proposal = propose_allocation(session, customer_id=self.customer.id,
                                          amount=self.available)
        self.allocation.set_amounts({item.invoice_id: item.amount for item in proposal})

    def _update(self) -> None:
        self.applied_text.setText(self.tr("Applied %1 of %2").replace(
            "%1", self._money(self.allocation.total())).replace(
            "%2", self._money(self.available)))
        problem = self.problem()
        self.hint.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def problem(self) -> str | None:
        if self.available <= 0:
            return self.tr("%1 has no credit to apply.").replace("%1", self.customer.name)
        if not self.allocation.invoices():
            return self.tr("%1 has no open invoice.").replace("%1", self.customer.name)
        over = self.allocation.over_allocated()
        if over:
            return self.tr("Invoice %1 has only %2 left to pay.").replace(
                "%1", over[0].number).replace("%2", self._money(over[0].open_amount))
        if self.allocation.total() > self.available:
            return self.tr("Only %1 of credit is available.").replace(
                "%1", self._money(self.available))
        if not self.allocation.total():
            return self.tr("Tick the invoices to settle.")
        return None

    def accept(self) -> None:
        if self.problem() is not None:
            return
        try:
            with self._ledger.unit_of_work() as session:
                self.applied = apply_credit(session, customer_id=self.customer.id,
                                            date=date_of(self.date),
                                            allocations=self.allocation.allocations())
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()


class RefundDialog(QDialog):
    """Unapplied credit paid back to the customer from a bank account or cash box."""

    def __init__(self, ledger: LedgerFile, customer: CustomerView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.customer = customer
        with ledger.read() as session:
            company = get_company(session)
            credits = open_credits(session, customer_id=customer.id)
            accounts: Sequence[TreasuryAccountView] = [
                account for account in list_treasury_accounts(session)
                if account.currency == company.base_currency]
        self._currency = company.base_currency
        self._locale = company.locale
        self.available = sum(credit.available for credit in credits)
        #: The refund, once posted.
        self.result_: RefundResult | None = None

        self.setWindowTitle(self.tr("Refund %1").replace("%1", customer.name))
        credit_label = QLabel(credits_text(credits, self._currency, self._locale)
                              if credits else self.tr("None"))
        credit_label.setWordWrap(True)
        self.account = TreasuryAccountCombo(accounts)
        self.date = make_date_edit(self._locale, clock.today())
        self.amount = MoneyEdit(self._currency, self._locale)
        self.amount.set_minor(self.available or None)
        self.method = QComboBox()
        for method in PAYMENT_METHODS:
            self.method.addItem(payment_method_text(method), method)
        self.cheque_number = QLineEdit()
        self.reference = QLineEdit()
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Refund"))

        form = QFormLayout(self)
        form.addRow(self.tr("Credit"), credit_label)
        form.addRow(self.tr("Paid &from"), self.account)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Amount"), self.amount)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow(self.tr("C&heque number"), self.cheque_number)
        form.addRow(self.tr("R&eference"), self.reference)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.form = form
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 70)
        self.account.currentIndexChanged.connect(self._on_account)
        self.amount.textChanged.connect(self._update)
        self.method.currentIndexChanged.connect(self._update)
        self.cheque_number.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_account()
        self.amount.setFocus()

    def _on_account(self) -> None:
        index = self.method.findData(default_payment_method(self.account.account()))
        if index >= 0:
            self.method.setCurrentIndex(index)
        self._update()

    def _update(self) -> None:
        self.form.setRowVisible(self.cheque_number, self.method.currentData() == "cheque")
        problem = self.problem()
        self.hint.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def problem(self) -> str | None:
        if self.account.account() is None:
            return self.tr("Open a bank account or cash box first.")
        if not self.amount.is_valid():
            return self.tr("“%1” is not a valid amount.").replace("%1", self.amount.text())
        amount = self.amount.minor()
        if amount is None or amount <= 0:
            return self.tr("Type the amount to refund.")
        if amount > self.available:
            return self.tr("Only %1 of credit is available.").replace(
                "%1", money_text(self.available, self._currency, self._locale,
                                 with_symbol=True))
        if self.method.currentData() == "cheque" and not self.cheque_number.text().strip():
            return self.tr("A cheque needs its number.")
        return None

    def accept(self) -> None:
        if self.problem() is not None:
            return
        account = self.account.account()
        amount = self.amount.minor()
        assert account is not None and amount is not None
        method = str(self.method.currentData())
        try:
            with self._ledger.unit_of_work() as session:
                self.result_ = refund_credit(session, RefundInput(
                    customer_id=self.customer.id, treasury_account_id=account.id,
                    date=date_of(self.date), amount=amount, method=method,
                    reference=self.reference.text().strip(),
                    cheque_number=self.cheque_number.text().strip()
                    if method == "cheque" else ""))
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()


class CancelPaymentDialog(QDialog):
    """A payment recorded by mistake: its movement reversed, its allocations void from
    the date given; its receipt keeps its number and prints VOID."""

    def __init__(self, ledger: LedgerFile, collection: CollectionView, locale: str,
                 currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.collection = collection
        #: The payment as cancelled, once posted.
        self.cancelled: CollectionView | None = None
        number = collection.receipt_number or collection.entry_number
        self.setWindowTitle(self.tr("Cancel payment %1").replace("%1", number))
        what = QLabel(self.tr("Payment %1 of %2 from %3: %4.").replace("%1", number)
                      .replace("%2", date_text(collection.date, locale))
                      .replace("%3", collection.customer_name)
                      .replace("%4", money_text(collection.total, currency, locale,
                                                with_symbol=True)))
        what.setWordWrap(True)
        explanation = QLabel(self.tr(
            "The movement is reversed and the invoices it settled are open again. A "
            "receipt keeps its number and prints void."))
        explanation.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. cheque returned unpaid"))
        self.date = make_date_edit(locale, max(collection.date, clock.today()))
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cancel the payment"))
        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(explanation)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 64)
        self.reason.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.reason.setFocus()

    def _update(self) -> None:
        missing = not self.reason.text().strip()
        self.hint.setText(self.tr("Say why the payment is cancelled.") if missing else "")
        self.ok_button.setEnabled(not missing)

    def cancel_date(self) -> dt.date:
        return date_of(self.date)

    def accept(self) -> None:
        if not self.reason.text().strip():
            return
        try:
            with self._ledger.unit_of_work() as session:
                self.cancelled = cancel_collection(
                    session, collection_id=self.collection.id,
                    reason=self.reason.text().strip(), date=self.cancel_date())
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()
