"""A transfer between two of the company's accounts (bank → cash box, cash box → bank,
bank → bank), in one currency or across two, posted in one unit of work."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app import clock
from app.errors import ComptoirError
from app.ledger.company import get_company
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import TreasuryAccountView, list_treasury_accounts
from app.treasury.movements import TransferInput, TransferView, transfer
from ui.common.money_edit import MoneyEdit
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.treasury.widgets import RateEdit, TreasuryAccountCombo, hint_label


def other_account_id(accounts: list[TreasuryAccountView], chosen: int | None) -> int | None:
    """A sensible destination: a cash box from a bank and a bank from a cash box."""
    source = next((a for a in accounts if a.id == chosen), None)
    if source is None:
        return None
    wanted = "cash" if source.kind == "bank" else "bank"
    for kinds in ((wanted,), ("bank", "cash")):
        match = next((a for a in accounts if a.id != source.id and a.kind in kinds), None)
        if match is not None:
            return match.id
    return None


class TransferDialog(QDialog):
    def __init__(self, ledger: LedgerFile, *, from_account_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
            accounts = list_treasury_accounts(session)
        self._base_currency = company.base_currency
        self._locale = company.locale
        #: The posted transfer, once the dialog was accepted.
        self.result_: TransferView | None = None

        self.setWindowTitle(self.tr("Transfer between accounts"))
        self.source = TreasuryAccountCombo(accounts)
        self.target = TreasuryAccountCombo(accounts)
        self.source.set_account_id(from_account_id)
        self.target.set_account_id(other_account_id(accounts, self.source.currentData()))
        self.date = make_date_edit(self._locale, clock.today())
        self.amount_sent = MoneyEdit(self._base_currency, self._locale)
        self.amount_received = MoneyEdit(self._base_currency, self._locale)
        self.rate_sent = RateEdit(self._locale)
        self.rate_received = RateEdit(self._locale)
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("e.g. Cash deposit"))
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Transfer"))

        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&From"), self.source)
        self.form.addRow(self.tr("&To"), self.target)
        self.form.addRow(self.tr("&Date"), self.date)
        self.form.addRow(self.tr("Amount &sent"), self.amount_sent)
        self.received_label = QLabel(self.tr("Amount &received"))
        self.received_label.setBuddy(self.amount_received)
        self.form.addRow(self.received_label, self.amount_received)
        self.rate_sent_label = QLabel()
        self.form.addRow(self.rate_sent_label, self.rate_sent)
        self.rate_received_label = QLabel()
        self.form.addRow(self.rate_received_label, self.rate_received)
        self.form.addRow(self.tr("&Label"), self.label)
        self.form.addRow(self.hint)
        self.form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 60)

        for combo in (self.source, self.target):
            combo.currentIndexChanged.connect(self._on_accounts)
        for edit in (self.amount_sent, self.amount_received, self.rate_sent,
                     self.rate_received):
            edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._on_accounts()
        self.amount_sent.setFocus()

    # --- state ------------------------------------------------------------------

    def _currency(self, combo: TreasuryAccountCombo) -> str:
        account = combo.account()
        return account.currency if account else self._base_currency

    def currencies_differ(self) -> bool:
        return self._currency(self.source) != self._currency(self.target)

    def _on_accounts(self) -> None:
        sent, received = self._currency(self.source), self._currency(self.target)
        self.amount_sent.set_currency(sent)
        self.amount_received.set_currency(received)
        self.form.setRowVisible(self.amount_received, self.currencies_differ())
        for label, rate, currency in ((self.rate_sent_label, self.rate_sent, sent),
                                      (self.rate_received_label, self.rate_received, received)):
            label.setText(self.tr("Rate (%1 per 1 %2)").replace(
                "%1", self._base_currency).replace("%2", currency))
            self.form.setRowVisible(rate, currency != self._base_currency)
        self._update()

    def problem(self) -> str | None:
        source, target = self.source.account(), self.target.account()
        if source is None or target is None:
            return self.tr("A transfer needs two accounts.")
        if source.id == target.id:
            return self.tr("Choose two different accounts.")
        if not (self.amount_sent.minor() or 0) > 0:
            return self.tr("Type the amount sent.")
        if self.currencies_differ() and not (self.amount_received.minor() or 0) > 0:
            return self.tr("Type the amount received in %1.").replace("%1", target.currency)
        for account, rate in ((source, self.rate_sent), (target, self.rate_received)):
            if account.currency != self._base_currency and not rate.value():
                return self.tr("Type the exchange rate of %1.").replace("%1", account.currency)
        return None

    def _update(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    # --- posting ----------------------------------------------------------------

    def transfer_input(self) -> TransferInput:
        source, target = self.source.account(), self.target.account()
        assert source is not None and target is not None
        sent = self.amount_sent.minor() or 0
        return TransferInput(
            from_account_id=source.id, to_account_id=target.id, date=self.day(),
            amount_sent=sent,
            amount_received=self.amount_received.minor() if self.currencies_differ() else None,
            rate_sent=self.rate_sent.value() if source.currency != self._base_currency
            else None,
            rate_received=self.rate_received.value()
            if target.currency != self._base_currency else None,
            label=self.label.text(),
        )

    def day(self) -> dt.date:
        return date_of(self.date)

    def accept(self) -> None:
        if self.problem() is not None:
            return
        try:
            with self._ledger.unit_of_work() as session:
                self.result_ = transfer(session, self.transfer_input())
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()
