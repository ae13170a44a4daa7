"""Money in or out of a bank account or cash box, typed from the keyboard.

The amount is typed either net (VAT is computed on it) or VAT included (net and VAT
are split from it); the VAT stays editable, and the total is shown as it changes.
OK posts the movement in one unit of work; a refusal (an overdrawn cash box, a locked
period) is shown and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import ComptoirError
from app.ledger.company import get_company
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import TreasuryAccountView, list_treasury_accounts
from app.treasury.categories import CategoryView, list_categories
from app.treasury.lookups import CounterpartyHint, counterparty_hints
from app.treasury.movements import (
    PAYMENT_METHODS,
    MovementInput,
    MovementResult,
    net_from_total,
    record_movement,
    vat_of,
)
from ui.common.formatting import money_text
from ui.common.money_edit import MoneyEdit
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.treasury.widgets import (
    OptionalDateEdit,
    RateEdit,
    TreasuryAccountCombo,
    hint_label,
    payment_method_text,
)


@dataclass(frozen=True)
class Amounts:
    net: int
    vat: int
    stamp_duty: int

    @property
    def total(self) -> int:
        return self.net + self.vat + self.stamp_duty


def split_amount(typed: int, *, vat_included: bool, rate: Decimal, currency: str,
                 vat_typed: int | None = None, stamp_duty: int = 0) -> Amounts:
    """Net and VAT of what the user typed. A VAT typed by hand wins over the computed
    one; with a VAT-included amount the net is then what is left, so the typed total
    still holds."""
    if vat_included:
        if vat_typed is None:
            net, vat = net_from_total(typed, rate, currency)
        else:
            net, vat = typed - vat_typed, vat_typed
    else:
        net = typed
        vat = vat_of(typed, rate, currency) if vat_typed is None else vat_typed
    return Amounts(net, vat, stamp_duty)


def default_payment_method(account: TreasuryAccountView | None) -> str:
    return "cash" if account is not None and account.kind == "cash" else "transfer"


class MovementDialog(QDialog):
    """Money in (``direction="in"``) or out (``"out"``) of one account."""

    def __init__(self, ledger: LedgerFile, direction: str, *,
                 account_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.direction = direction
        with ledger.read() as session:
            company = get_company(session)
            accounts = list_treasury_accounts(session)
            categories = list_categories(session, direction=direction)
            hints = counterparty_hints(session, direction=direction)
        self._base_currency = company.base_currency
        self._locale = company.locale
        self._categories = categories
        self._hints = {hint.name.casefold(): hint for hint in hints}
        #: True once the user typed a VAT of their own (until the amount or rate changes).
        self._vat_typed = False
        self._category_chosen = False
        #: The posted movement, once the dialog was accepted.
        self.result_: MovementResult | None = None

        self._build(accounts, [hint.name for hint in hints])
        self.account.set_account_id(account_id)
        # No category until one is chosen: it decides the account the money is booked to.
        self.category.setCurrentIndex(-1)
        self._lay_out()
        self._connect()
        self._on_account()
        self._on_category()
        self._update()
        self.amount.setFocus()

    # --- widgets ----------------------------------------------------------------

    def _build(self, accounts: list[TreasuryAccountView], counterparties: list[str]) -> None:
        self.setWindowTitle(self.tr("Money in") if self.direction == "in"
                            else self.tr("Money out"))
        today = clock.today()
        self.date = make_date_edit(self._locale, today)
        self.value_date = OptionalDateEdit(self._locale)
        self.value_date.setToolTip(self.tr("The date the bank counts the money from "
                                           "(leave — when it is the same)"))
        self.account = TreasuryAccountCombo(accounts)
        self.counterparty = QLineEdit()
        self.counterparty.setPlaceholderText(
            self.tr("Who pays") if self.direction == "in" else self.tr("Who is paid"))
        completer = QCompleter(counterparties, self.counterparty)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.counterparty.setCompleter(completer)
        self.category = QComboBox()
        self._fill_categories()

        self.vat_included = QCheckBox(self.tr("Amount &includes VAT"))
        self.amount = MoneyEdit(self._base_currency, self._locale)
        self.vat_rate = RateEdit(self._locale)
        self.vat_rate.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 8)
        self.vat = MoneyEdit(self._base_currency, self._locale)
        self.vat.setToolTip(self.tr("Computed from the rate; type another amount to "
                                    "override it"))
        self.net_text = QLabel()
        self.stamp_duty = MoneyEdit(self._base_currency, self._locale)
        self.total_text = QLabel()
        bold = QFont(self.total_text.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.total_text.setFont(bold)
        for label in (self.net_text, self.total_text):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.payment_method = QComboBox()
        for method in PAYMENT_METHODS:
            self.payment_method.addItem(payment_method_text(method), method)
        self.cheque_number = QLineEdit()
        self.rate = RateEdit(self._locale)
        self.rate_label = QLabel()

        self.invoice_ref = QLineEdit()
        self.invoice_date = OptionalDateEdit(self._locale)
        self.order_ref = QLineEdit()
        self.order_date = OptionalDateEdit(self._locale)
        self.note = QLineEdit()

        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        self.ok_button.setDefault(True)

    def _lay_out(self) -> None:
        movement = QFormLayout()
        movement.addRow(self.tr("&Date"), self.date)
        movement.addRow(self.tr("&Value date"), self.value_date)
        movement.addRow(self.tr("Acc&ount"), self.account)
        movement.addRow(self.tr("Counter&party"), self.counterparty)
        movement.addRow(self.tr("Cate&gory"), self.category)

        amounts = QFormLayout()
        amounts.addRow(self.tr("&Amount"), self.amount)
        amounts.addRow("", self.vat_included)
        amounts.addRow(self.tr("VAT &rate (%)"), self.vat_rate)
        amounts.addRow(self.tr("VA&T"), self.vat)
        amounts.addRow(self.tr("Net"), self.net_text)
        amounts.addRow(self.tr("&Stamp duty"), self.stamp_duty)
        amounts.addRow(self.tr("Total"), self.total_text)

        payment = QFormLayout()
        payment.addRow(self.tr("&Method"), self.payment_method)
        payment.addRow(self.tr("C&heque number"), self.cheque_number)
        payment.addRow(self.rate_label, self.rate)

        references = QFormLayout()
        references.addRow(self.tr("I&nvoice number"), self.invoice_ref)
        references.addRow(self.tr("Invoice date"), self.invoice_date)
        references.addRow(self.tr("Order number"), self.order_ref)
        references.addRow(self.tr("Order date"), self.order_date)
        references.addRow(self.tr("Note"), self.note)

        left = QVBoxLayout()
        left.addWidget(self._group(self.tr("Movement"), movement))
        left.addWidget(self._group(self.tr("Amount"), amounts))
        right = QVBoxLayout()
        right.addWidget(self._group(self.tr("Payment"), payment))
        right.addWidget(self._group(self.tr("References"), references))
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.payment_form = payment
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 100)
        # Keyboard order: what is typed every time first, references last.
        order: list[QWidget] = [
            self.date, self.value_date, self.account, self.counterparty, self.category,
            self.amount, self.vat_included, self.vat_rate, self.vat, self.stamp_duty,
            self.payment_method, self.cheque_number, self.rate, self.invoice_ref,
            self.invoice_date, self.order_ref, self.order_date, self.note, self.buttons]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    @staticmethod
    def _group(title: str, form: QFormLayout) -> QGroupBox:
        box = QGroupBox(title)
        box.setLayout(form)
        return box

    def _connect(self) -> None:
        self.account.currentIndexChanged.connect(self._on_account)
        self.category.activated.connect(self._on_category_chosen)
        self.category.currentIndexChanged.connect(self._on_category)
        self.counterparty.editingFinished.connect(self._apply_counterparty_hint)
        self.amount.textChanged.connect(self._on_amount_or_rate)
        self.vat_rate.textChanged.connect(self._on_amount_or_rate)
        self.vat_included.toggled.connect(self._on_amount_or_rate)
        # Whichever of the two comes last sees both the user's flag and the parsed VAT.
        self.vat.textEdited.connect(self._on_vat_typed)
        self.vat.minorChanged.connect(self._update)
        self.stamp_duty.textChanged.connect(self._update)
        self.payment_method.currentIndexChanged.connect(self._update)
        self.cheque_number.textChanged.connect(self._update)
        self.rate.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # --- reactions --------------------------------------------------------------

    def currency(self) -> str:
        account = self.account.account()
        return account.currency if account else self._base_currency

    def is_foreign(self) -> bool:
        return self.currency() != self._base_currency

    def _on_account(self) -> None:
        currency = self.currency()
        for edit in (self.amount, self.vat, self.stamp_duty):
            edit.set_currency(currency)
        self.set_payment_method(default_payment_method(self.account.account()))
        self.rate_label.setText(self.tr("Rate (%1 per 1 %2)").replace(
            "%1", self._base_currency).replace("%2", currency))
        self.payment_form.setRowVisible(self.rate, self.is_foreign())
        self._on_amount_or_rate()

    def _fill_categories(self) -> None:
        for category in self._categories:
            self.category.addItem(category.name, category.id)
            self.category.setItemData(self.category.count() - 1,
                                      f"{category.account_code} {category.account_name}",
                                      Qt.ItemDataRole.ToolTipRole)

    def reload_categories(self) -> None:
        """Re-read the categories after they were edited, keeping the chosen one while it
        is still offered (its new name, account and rate apply)."""
        chosen = self.category.currentData()
        with self._ledger.read() as session:
            self._categories = list_categories(session, direction=self.direction)
        with QSignalBlocker(self.category):
            self.category.clear()
            self._fill_categories()
            self.category.setCurrentIndex(self.category.findData(chosen))
        self._update()

    def category_view(self) -> CategoryView | None:
        category_id = self.category.currentData()
        return next((c for c in self._categories if c.id == category_id), None)

    def _on_category_chosen(self) -> None:
        self._category_chosen = True

    def _on_category(self) -> None:
        category = self.category_view()
        if category is not None:
            self.vat_rate.set_value(category.vat_rate)

    def _apply_counterparty_hint(self) -> None:
        """A known counterparty brings back the category and method of its last
        movement, unless the user already picked them."""
        hint: CounterpartyHint | None = self._hints.get(
            self.counterparty.text().strip().casefold())
        if hint is None or self._category_chosen:
            return
        index = self.category.findData(hint.category_id)
        if index >= 0:
            self.category.setCurrentIndex(index)
        self.set_payment_method(hint.payment_method)

    def set_payment_method(self, method: str) -> None:
        index = self.payment_method.findData(method)
        if index >= 0:
            self.payment_method.setCurrentIndex(index)

    def _on_amount_or_rate(self) -> None:
        self._vat_typed = False  # a new amount or rate recomputes the VAT
        self._fill_vat()
        self._update()

    def _on_vat_typed(self) -> None:
        self._vat_typed = True
        self._update()

    def _fill_vat(self) -> None:
        # set_minor() does not emit textEdited, so this is not taken for the user's VAT.
        amounts = self.amounts()
        self.vat.set_minor(amounts.vat if amounts is not None else None)

    def amounts(self) -> Amounts | None:
        """Net, VAT and stamp duty as typed so far, or ``None`` while incomplete."""
        typed, rate = self.amount.minor(), self.vat_rate.value()
        if typed is None or rate is None or rate >= 100:
            return None
        return split_amount(
            typed, vat_included=self.vat_included.isChecked(), rate=rate,
            currency=self.currency(),
            vat_typed=(self.vat.minor() or 0) if self._vat_typed else None,
            stamp_duty=self.stamp_duty.minor() or 0)

    def _money(self, minor: int) -> str:
        return money_text(minor, self.currency(), self._locale, with_symbol=True)

    def _update(self) -> None:
        amounts = self.amounts()
        self.net_text.setText(self._money(amounts.net) if amounts else "")
        self.total_text.setText(self._money(amounts.total) if amounts else "")
        self.cheque_number.setEnabled(self.payment_method.currentData() == "cheque")
        problem = self.problem()
        self.hint.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def problem(self) -> str | None:
        """Why the movement cannot be recorded yet, or ``None``."""
        if self.account.account() is None:
            return self.tr("Open a bank account or cash box first.")
        if self.category_view() is None:
            return self.tr("Choose a category.")
        for edit in (self.amount, self.vat, self.stamp_duty):
            if not edit.is_valid():
                return self.tr("“%1” is not a valid amount.").replace("%1", edit.text())
        rate = self.vat_rate.value()
        if not self.vat_rate.is_valid() or rate is None or rate >= 100:
            return self.tr("The VAT rate is a number from 0 to 100.")
        amounts = self.amounts()
        if amounts is None or amounts.total <= 0:
            return self.tr("Type the amount.")
        if amounts.net < 0:
            return self.tr("The VAT is larger than the amount.")
        if self.payment_method.currentData() == "cheque" and not self.cheque_number.text().strip():
            return self.tr("A cheque needs its number.")
        if self.is_foreign() and not self.rate.value():
            return self.tr("Type the exchange rate (%1 per 1 %2).").replace(
                "%1", self._base_currency).replace("%2", self.currency())
        return None

    # --- posting ----------------------------------------------------------------

    def movement_input(self) -> MovementInput:
        account = self.account.account()
        amounts = self.amounts()
        category_id = self.category.currentData()
        rate = self.vat_rate.value()
        assert account is not None and amounts is not None and rate is not None
        return MovementInput(
            treasury_account_id=account.id, direction=self.direction, date=self.day(),
            category_id=int(category_id), net=amounts.net, vat_rate=rate, vat=amounts.vat,
            stamp_duty=amounts.stamp_duty, counterparty=self.counterparty.text(),
            payment_method=str(self.payment_method.currentData()),
            cheque_number=self.cheque_number.text()
            if self.payment_method.currentData() == "cheque" else "",
            value_date=self.value_date.optional_date(), invoice_ref=self.invoice_ref.text(),
            invoice_date=self.invoice_date.optional_date(), order_ref=self.order_ref.text(),
            order_date=self.order_date.optional_date(), note=self.note.text().strip(),
            rate=self.rate.value() if self.is_foreign() else None,
        )

    def day(self) -> dt.date:
        return date_of(self.date)

    def accept(self) -> None:
        if self.problem() is not None:
            return
        try:
            with self._ledger.unit_of_work() as session:
                self.result_ = record_movement(session, self.movement_input())
        except ComptoirError as error:
            show_error(self, error)  # nothing was posted; the dialog keeps what was typed
            return
        super().accept()
