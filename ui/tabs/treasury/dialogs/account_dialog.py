"""Opening a bank account or a cash box, and editing what may change afterwards.

Identifiers are checked as they are typed, with the same functions the service uses
(schwifty for IBAN and BIC, the Algerian RIB key), so the user sees the reason at
once. The dialog saves itself in one unit of work and stays open on an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app import clock
from app.errors import ComptoirError
from app.ledger.accounts import postable_accounts
from app.ledger.company import get_company
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import (
    NewTreasuryAccount,
    TreasuryAccountView,
    create_treasury_account,
    list_treasury_accounts,
    update_treasury_account,
)
from app.treasury.identifiers import (
    format_iban,
    normalise_algerian_rib,
    normalise_bic,
    normalise_iban,
)
from ui.common.account_picker import SEPARATOR
from ui.common.formatting import money_text
from ui.common.money_edit import MoneyEdit
from ui.shell.company_fields import CurrencyCombo, is_known_currency
from ui.shell.errors import error_text, show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.treasury.widgets import (
    ERROR_COLOUR,
    OK_COLOUR,
    RateEdit,
    hint_label,
    kind_text,
)

#: Digits of an Algerian RIB (bank, agency, account, key).
RIB_DIGITS = 20


@dataclass(frozen=True)
class IdentifierCheck:
    """The outcome of checking one identifier: the text to show, and whether it is fine."""

    text: str = ""
    ok: bool = True


def check_identifier(text: str, normalise: Callable[[str], str],
                     shown: Callable[[str], str] = str) -> IdentifierCheck:
    """Run the service's check on what was typed; empty text is fine (and says nothing)."""
    if not text.strip():
        return IdentifierCheck()
    try:
        return IdentifierCheck("✓ " + shown(normalise(text)))
    except ComptoirError as error:
        return IdentifierCheck(error_text(error), ok=False)


def rib_applies(national: str, iban: str) -> bool:
    """The service checks a national number as an Algerian RIB when it has 20 digits
    and there is no IBAN, or an Algerian one."""
    compact = "".join(national.split())
    iban_compact = "".join(iban.split()).upper()
    return len(compact) == RIB_DIGITS and (not iban_compact or iban_compact.startswith("DZ"))


@dataclass(frozen=True)
class LedgerAccountChoice:
    code: str
    name: str

    @property
    def text(self) -> str:
        return f"{self.code}{SEPARATOR}{self.name}"


def _show_check(label: QLabel, check: IdentifierCheck) -> None:
    label.setText(check.text)
    label.setStyleSheet(f"color: {OK_COLOUR if check.ok else ERROR_COLOUR};")
    label.setVisible(bool(check.text))


class TreasuryAccountDialog(QDialog):
    """A new bank account or cash box (``existing`` is None), or the edit of one."""

    def __init__(self, ledger: LedgerFile, kind: str, *,
                 existing: TreasuryAccountView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.kind = existing.kind if existing else kind
        self.existing = existing
        #: The account as saved, once the dialog was accepted.
        self.saved: TreasuryAccountView | None = None
        with ledger.read() as session:
            company = get_company(session)
            free_accounts = self._free_ledger_accounts(session)
        self._base_currency = company.base_currency
        self._locale = company.locale
        self._build(free_accounts)
        self._lay_out()
        self._connect()
        if existing is not None:
            self._load(existing)
        self._update()
        self.name.setFocus()

    @staticmethod
    def _free_ledger_accounts(session: Any) -> list[LedgerAccountChoice]:
        """Postable class-5 accounts no other bank account or cash box uses (the
        internal-transfers account is the transfers' go-between, never a treasury)."""
        used = {account.account_code
                for account in list_treasury_accounts(session, include_inactive=True)}
        return [LedgerAccountChoice(account.code, account.name)
                for account in postable_accounts(session)
                if account.code.startswith("5") and account.code not in used
                and account.role != "internal_transfers"]

    # --- widgets ----------------------------------------------------------------

    def _build(self, free_accounts: list[LedgerAccountChoice]) -> None:
        is_new = self.existing is None
        title = (self.tr("New bank account") if self.kind == "bank"
                 else self.tr("New cash box")) if is_new else self.tr("Edit %1").replace(
            "%1", self.existing.name if self.existing else "")
        self.setWindowTitle(title)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. BNP current account")
                                     if self.kind == "bank" else self.tr("e.g. Shop till"))
        self.bank_name = QLineEdit()
        self.iban = QLineEdit()
        self.iban.setPlaceholderText(self.tr("FR76 3000 6000 0112 3456 7890 189"))
        self.iban_check = QLabel()
        self.bic = QLineEdit()
        self.bic.setMaxLength(11)
        self.bic_check = QLabel()
        self.national_number = QLineEdit()
        self.national_number.setPlaceholderText(
            self.tr("Where IBAN does not apply (Algerian RIB: 20 digits)"))
        self.national_check = QLabel()
        for label in (self.iban_check, self.bic_check, self.national_check):
            label.setWordWrap(True)
            label.hide()

        self.currency = CurrencyCombo()
        self.currency.set_code(self._base_currency)
        self.ledger_account = QComboBox()
        self.ledger_account.addItem(self.tr("Automatic (a new sub-account)"), None)
        for choice in free_accounts:
            self.ledger_account.addItem(choice.text, choice.code)
        self.opening_balance = MoneyEdit(self._base_currency, self._locale)
        self.opening_balance.setPlaceholderText(money_text(0, self._base_currency, self._locale))
        self.opening_date: QDateEdit = make_date_edit(self._locale, clock.today())
        self.opening_rate = RateEdit(self._locale)
        self.rate_label = QLabel()
        self.keeper = QLineEdit()
        self.cash_limit = MoneyEdit(self._base_currency, self._locale)
        self.cash_limit.setPlaceholderText(self.tr("No limit"))
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        self.form = form
        is_bank = self.kind == "bank"
        form.addRow(self.tr("Kind"), QLabel(kind_text(self.kind)))
        form.addRow(self.tr("Name"), self.name)
        if is_bank:
            form.addRow(self.tr("Bank"), self.bank_name)
            form.addRow(self.tr("IBAN"), self.iban)
            form.addRow("", self.iban_check)
            form.addRow(self.tr("BIC"), self.bic)
            form.addRow("", self.bic_check)
            form.addRow(self.tr("National account number"), self.national_number)
            form.addRow("", self.national_check)
        if self.existing is None:
            form.addRow(self.tr("Currency"), self.currency)
            form.addRow(self.tr("Ledger account"), self.ledger_account)
            form.addRow(self.tr("Opening balance"), self.opening_balance)
            form.addRow(self.tr("Opening date"), self.opening_date)
            form.addRow(self.rate_label, self.opening_rate)
        else:
            existing = self.existing
            form.addRow(self.tr("Currency"), QLabel(existing.currency))
            form.addRow(self.tr("Ledger account"), QLabel(existing.account_code))
            form.addRow(self.tr("Journal"), QLabel(existing.journal))
        if not is_bank:
            form.addRow(self.tr("Keeper"), self.keeper)
            form.addRow(self.tr("Cash limit"), self.cash_limit)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 76)

    def _connect(self) -> None:
        for edit in (self.name, self.iban, self.bic, self.national_number, self.keeper):
            edit.textChanged.connect(self._update)
        self.currency.codeChanged.connect(self._on_currency)
        self.opening_balance.textChanged.connect(self._update)
        self.opening_rate.textChanged.connect(self._update)
        self.cash_limit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _load(self, account: TreasuryAccountView) -> None:
        self.name.setText(account.name)
        self.bank_name.setText(account.bank_name)
        self.iban.setText(format_iban(account.iban) if account.iban else "")
        self.bic.setText(account.bic)
        self.national_number.setText(account.national_number)
        self.national_number.setReadOnly(True)  # fixed once the account is open
        self.keeper.setText(account.keeper)
        self.cash_limit.set_currency(account.currency)
        self.cash_limit.set_minor(account.cash_limit)

    # --- state ------------------------------------------------------------------

    def currency_code(self) -> str:
        return self.existing.currency if self.existing else self.currency.code()

    def is_foreign(self) -> bool:
        return self.currency_code() != self._base_currency

    def _on_currency(self, code: str) -> None:
        if is_known_currency(code.upper()):
            self.opening_balance.set_currency(code.upper())
            self.cash_limit.set_currency(code.upper())
        self._update()

    def identifier_checks(self) -> list[IdentifierCheck]:
        """IBAN, BIC and national number checks (only the ones that apply)."""
        if self.kind != "bank":
            return []
        iban_check = check_identifier(self.iban.text(), normalise_iban, format_iban)
        bic_check = check_identifier(self.bic.text(), normalise_bic)
        national = self.national_number.text()
        national_check = (check_identifier(national, normalise_algerian_rib)
                          if self.existing is None and rib_applies(national, self.iban.text())
                          else IdentifierCheck())
        _show_check(self.iban_check, iban_check)
        _show_check(self.bic_check, bic_check)
        _show_check(self.national_check, national_check)
        return [iban_check, bic_check, national_check]

    def problem(self) -> str | None:
        """Why the dialog cannot be accepted yet, or ``None``."""
        checks = self.identifier_checks()
        if not self.name.text().strip():
            return self.tr("The account needs a name.")
        failed = next((check for check in checks if not check.ok), None)
        if failed is not None:
            return failed.text
        return self._amount_problem()

    def _amount_problem(self) -> str | None:
        if self.existing is None:
            if not is_known_currency(self.currency_code()):
                return self.tr("Choose a known currency code.")
            if not self.opening_balance.is_valid():
                return self.tr("The opening balance is not a valid amount.")
            balance = self.opening_balance.minor() or 0
            if self.kind == "cash" and balance < 0:
                return self.tr("A cash box cannot start below zero.")
            if self.is_foreign() and balance and not self.opening_rate.value():
                return self.tr("An opening balance in %1 needs the exchange rate "
                               "(%2 per 1 %1).").replace("%1", self.currency_code()).replace(
                    "%2", self._base_currency)
        if not self.cash_limit.is_valid() or (self.cash_limit.minor() or 0) < 0:
            return self.tr("The cash limit is not a valid amount.")
        return None

    def _update(self) -> None:
        foreign = self.existing is None and self.is_foreign()
        self.rate_label.setText(self.tr("Rate (%1 per 1 %2)").replace(
            "%1", self._base_currency).replace("%2", self.currency_code()))
        self.rate_label.setVisible(foreign)
        self.opening_rate.setVisible(foreign)
        problem = self.problem()
        self.hint.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    # --- saving -----------------------------------------------------------------

    def accept(self) -> None:
        if self.problem() is not None:
            return
        try:
            self.saved = self._save()
        except ComptoirError as error:
            show_error(self, error)  # nothing was written; the user can correct it
            return
        super().accept()

    def _save(self) -> TreasuryAccountView:
        limit = self.cash_limit.minor() if self.kind == "cash" else None
        with self._ledger.unit_of_work() as session:
            if self.existing is not None:
                return update_treasury_account(
                    session, treasury_account_id=self.existing.id, name=self.name.text(),
                    bank_name=self.bank_name.text(), iban=self.iban.text(),
                    bic=self.bic.text(), keeper=self.keeper.text(), cash_limit=limit,
                    active=self.existing.active)
            return create_treasury_account(session, self.new_account(limit))

    def new_account(self, cash_limit: int | None) -> NewTreasuryAccount:
        foreign = self.is_foreign()
        return NewTreasuryAccount(
            kind=self.kind, name=self.name.text(), currency=self.currency_code(),
            opening_date=self.opening_day(), opening_balance=self.opening_balance.minor() or 0,
            opening_rate=self.opening_rate.value() if foreign else None,
            bank_name=self.bank_name.text(), iban=self.iban.text(), bic=self.bic.text(),
            national_number=self.national_number.text(),
            ledger_account=self.ledger_account.currentData(), keeper=self.keeper.text(),
            cash_limit=cash_limit,
        )

    def opening_day(self) -> dt.date:
        return date_of(self.opening_date)
