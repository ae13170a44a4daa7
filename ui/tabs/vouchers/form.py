"""The entry form at the top of the "Other expenses & receipts" tab: one voucher typed
from the keyboard, Enter posts it.

The kind decides the direction (a receipt is money in; a payment voucher and a
discharge slip are money out), and so the categories offered. The amount is typed net
or VAT included, as in the Bank & cash movement dialog (whose amount logic this form
uses). The form reads nothing from the ledger: the tab gives it the accounts,
categories and known people, and posts what :meth:`VoucherForm.voucher_input` says.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from babel import Locale
from PySide6.QtCore import QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.treasury.accounts import TreasuryAccountView
from app.treasury.categories import CategoryView
from app.treasury.movements import PAYMENT_METHODS
from app.treasury.vouchers import DIRECTION, KINDS, VoucherInput
from ui.common.formatting import money_text
from ui.common.money_edit import MoneyEdit
from ui.tabs.journal.widgets import date_of, make_date_edit, set_date
from ui.tabs.treasury.dialogs.movement_dialog import (
    Amounts,
    default_payment_method,
    split_amount,
)
from ui.tabs.treasury.widgets import (
    RateEdit,
    direction_text,
    hint_label,
    kind_text,
    payment_method_text,
)
from ui.tabs.vouchers.models import kind_text as voucher_kind_text

#: The languages a voucher can be written in (the amount in words exists for each).
DOCUMENT_LANGUAGES = ("fr", "ro", "en", "ar")

DIRECTION_STYLE = {
    "in": "QLabel { color: #2e7d32; font-weight: bold; }",
    "out": "QLabel { color: #c62828; font-weight: bold; }",
}


def language_name(code: str) -> str:
    """The language in its own words, capitalised: Français, Română, English, العربية."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


@dataclass(frozen=True)
class PersonDetails:
    """What was written about a person on their last voucher."""

    id_number: str = ""
    address: str = ""
    category_id: int | None = None
    payment_method: str | None = None


#: Looks up a person by name (exact, case-insensitive); None for someone new.
PersonLookup = Callable[[str, str], "PersonDetails | None"]


class AccountCombo(QComboBox):
    """Cash boxes first (the default is the first one), then bank accounts, each with
    its balance."""

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._accounts: list[TreasuryAccountView] = []

    def set_accounts(self, accounts: Sequence[TreasuryAccountView]) -> None:
        kept = self.currentData()
        ordered = sorted(accounts, key=lambda account: account.kind != "cash")
        with QSignalBlocker(self):
            self.clear()
            self._accounts = list(ordered)
            for account in self._accounts:
                # The balance shows what the cash box can still pay out.
                balance = money_text(account.balance, account.currency, self._locale,
                                     with_symbol=True)
                self.addItem(f"{account.name} · {balance}", account.id)
                self.setItemData(self.count() - 1, kind_text(account.kind),
                                 Qt.ItemDataRole.ToolTipRole)
            index = self.findData(kept) if kept is not None else -1
            self.setCurrentIndex(index if index >= 0 else (0 if self._accounts else -1))
        if self.currentData() != kept:
            self.currentIndexChanged.emit(self.currentIndex())

    def account(self) -> TreasuryAccountView | None:
        index = self.currentIndex()
        return self._accounts[index] if 0 <= index < len(self._accounts) else None

    def set_account_id(self, account_id: int | None) -> None:
        index = self.findData(account_id)
        if index >= 0:
            self.setCurrentIndex(index)


class VoucherForm(QFrame):
    """Kind, date, person, purpose, category, amount (and VAT), account, method and
    language of one voucher. Enter anywhere in the form (Ctrl+Enter too) emits
    :attr:`submitted`; the tab posts and prints."""

    submitted = Signal()
    printDirectlyToggled = Signal(bool)

    def __init__(self, locale: str, base_currency: str, company_language: str,
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._locale = locale
        self._base_currency = base_currency
        self._company_language = (company_language if company_language in DOCUMENT_LANGUAGES
                                  else "en")
        self._categories: list[CategoryView] = []
        self._lookup: PersonLookup | None = None
        #: True once the user typed a VAT of their own (until the amount or rate changes).
        self._vat_typed = False
        self._category_chosen = False
        #: Problems show once the user tried to post (an empty form is not an error).
        self._show_problems = False
        self._build(today)
        self._lay_out()
        self._connect()
        self.reset_language()
        self._on_kind()
        self._on_account()
        self._update()

    # --- widgets ----------------------------------------------------------------

    def _build(self, today: dt.date) -> None:
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(voucher_kind_text(kind), kind)
        self.direction = QLabel()
        self.date = make_date_edit(self._locale, today)
        self.account = AccountCombo(self._locale)
        self.language = QComboBox()
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.language.setToolTip(self.tr("The language the document is printed in"))

        self.person = QLineEdit()
        self.person_completer = QCompleter(QStringListModel(self), self.person)
        self.person_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.setCompleter(self.person_completer)
        self.id_number = QLineEdit()
        self.id_number.setPlaceholderText(self.tr("optional"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("optional"))
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText(self.tr("What the money is for"))
        self.category = QComboBox()

        self.payment_method = QComboBox()
        for method in PAYMENT_METHODS:
            self.payment_method.addItem(payment_method_text(method), method)
        self.cheque_number = QLineEdit()
        self.cheque_number.setPlaceholderText(self.tr("Cheque number"))

        self.amount = MoneyEdit(self._base_currency, self._locale)
        self.vat_included = QCheckBox(self.tr("i&ncludes VAT"))
        self.vat_included.setToolTip(self.tr("The amount typed is VAT included; net and "
                                             "VAT are split from it"))
        self.vat_rate = RateEdit(self._locale)
        self.vat = MoneyEdit(self._base_currency, self._locale)
        self.vat.setToolTip(self.tr("Computed from the rate; type another amount to "
                                    "override it"))
        self.net_text = QLabel()
        self.net_text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.rate = RateEdit(self._locale)
        self.rate_label = QLabel()

        self.total_text = QLabel()
        bold = QFont(self.total_text.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.3)
        self.total_text.setFont(bold)
        self.total_text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint = hint_label()
        self.print_directly = QCheckBox(self.tr("Print directl&y"))
        self.print_directly.setToolTip(self.tr("Send the document to the printer without "
                                               "a preview"))
        self.post_button = QPushButton(self.tr("Post and print"))
        self.post_button.setToolTip(self.tr("Record the voucher and print it (Enter)"))
        self.post_button.setAutoDefault(False)

        # Combos as narrow as a few characters allow: the form fits a 1024-pixel screen.
        for combo, characters in ((self.kind, 10), (self.account, 12), (self.language, 8),
                                  (self.category, 12), (self.payment_method, 8)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(characters)
        digit = self.fontMetrics().horizontalAdvance("0")
        self.vat_rate.setMaximumWidth(digit * 8)
        self.amount.setMinimumWidth(digit * 9)
        self.vat.setMinimumWidth(digit * 12)
        self.cheque_number.setMaximumWidth(digit * 14)
        self.cheque_number.setMinimumWidth(digit * 6)
        self.total_text.setMinimumWidth(digit * 10)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return label

    @staticmethod
    def _row(*widgets: QWidget, stretch: int | None = None) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for index, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if index == stretch else 0)
        return box

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 8)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        # Four label/field pairs a row; the fields share the width.
        for column in (1, 3, 5, 7):
            grid.setColumnStretch(column, 1)

        def pair(row: int, column: int, label: str, field: QWidget, span: int = 1) -> None:
            grid.addWidget(self._label(label, field), row, column)
            grid.addWidget(field, row, column + 1, 1, span)

        grid.addWidget(self._label(self.tr("&Kind"), self.kind), 0, 0)
        grid.addWidget(self._row(self.kind, self.direction, stretch=0), 0, 1)
        pair(0, 2, self.tr("&Date"), self.date)
        pair(0, 4, self.tr("Acc&ount"), self.account)
        pair(0, 6, self.tr("&Language"), self.language)

        pair(1, 0, self.tr("&Person or company"), self.person)
        pair(1, 2, self.tr("&ID number"), self.id_number)
        pair(1, 4, self.tr("Addre&ss"), self.address, span=3)

        pair(2, 0, self.tr("P&urpose"), self.purpose, span=3)
        pair(2, 4, self.tr("Cate&gory"), self.category)
        grid.addWidget(self._label(self.tr("&Method"), self.payment_method), 2, 6)
        grid.addWidget(self._row(self.payment_method, self.cheque_number, stretch=0), 2, 7)

        grid.addWidget(self._label(self.tr("&Amount"), self.amount), 3, 0)
        grid.addWidget(self._row(self.amount, self.vat_included, stretch=0), 3, 1)
        pair(3, 2, self.tr("VAT &rate (%)"), self.vat_rate)
        grid.addWidget(self._label(self.tr("VA&T"), self.vat), 3, 4)
        # Left-aligned at its own width: the account and category above take the room.
        grid.addWidget(self.vat, 3, 5, alignment=Qt.AlignmentFlag.AlignLeft)
        pair(3, 6, self.tr("Net"), self.net_text)

        self.rate_label.setBuddy(self.rate)
        self.rate_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.rate_label, 4, 0)
        grid.addWidget(self.rate, 4, 1)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        grid.addWidget(self.hint, 4, 2, 1, 3)
        grid.addWidget(self.print_directly, 4, 5,
                       alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        total_caption = QLabel(self.tr("Total"))
        total_caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(total_caption, 4, 6)
        grid.addWidget(self._row(self.total_text, self.post_button, stretch=0), 4, 7)

        # Keyboard order: what changes with every voucher first, what is kept last.
        order: list[QWidget] = [
            self.kind, self.date, self.account, self.language, self.person, self.id_number,
            self.address, self.purpose, self.category, self.payment_method,
            self.cheque_number, self.amount, self.vat_included, self.vat_rate, self.vat,
            self.rate, self.print_directly, self.post_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.account.currentIndexChanged.connect(self._on_account)
        self.category.activated.connect(self._on_category_chosen)
        self.category.currentIndexChanged.connect(self._on_category)
        self.person.editingFinished.connect(self._apply_person_details)
        self.person_completer.activated.connect(self._on_person_completed)
        self.amount.textChanged.connect(self._on_amount_or_rate)
        self.vat_rate.textChanged.connect(self._on_amount_or_rate)
        self.vat_included.toggled.connect(self._on_amount_or_rate)
        # Whichever of the two comes last sees both the user's flag and the parsed VAT.
        self.vat.textEdited.connect(self._on_vat_typed)
        self.vat.minorChanged.connect(self._update)
        for edit in (self.person, self.purpose, self.cheque_number, self.rate):
            edit.textChanged.connect(self._update)
        self.payment_method.currentIndexChanged.connect(self._update)
        self.post_button.clicked.connect(self.submitted)
        self.print_directly.toggled.connect(self.printDirectlyToggled)

    # --- choices from the ledger ------------------------------------------------

    def set_choices(self, accounts: Sequence[TreasuryAccountView],
                    categories: Sequence[CategoryView], people: Sequence[str],
                    lookup: PersonLookup | None = None) -> None:
        """The accounts, categories and known names to offer (kept selections stay)."""
        self.account.set_accounts([account for account in accounts if account.active])
        self._categories = list(categories)
        self._fill_categories()
        model = self.person_completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(list(people))
        self._lookup = lookup
        self._update()

    def _fill_categories(self) -> None:
        kept = self.category.currentData()
        direction = self.direction_code()
        with QSignalBlocker(self.category):
            self.category.clear()
            for category in self._categories:
                if category.direction != direction:
                    continue
                self.category.addItem(category.name, category.id)
                self.category.setItemData(self.category.count() - 1,
                                          f"{category.account_code} {category.account_name}",
                                          Qt.ItemDataRole.ToolTipRole)
            # No category until one is chosen: it decides the account the money is booked to.
            self.category.setCurrentIndex(self.category.findData(kept) if kept is not None
                                          else -1)
        self._on_category()

    # --- reactions --------------------------------------------------------------

    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def direction_code(self) -> str:
        return DIRECTION[self.kind_code()]

    def set_kind(self, kind: str) -> None:
        index = self.kind.findData(kind)
        if index >= 0:
            self.kind.setCurrentIndex(index)

    def _on_kind(self) -> None:
        direction = self.direction_code()
        self.direction.setText(direction_text(direction))
        self.direction.setStyleSheet(DIRECTION_STYLE[direction])
        self.person.setPlaceholderText(self.tr("Who pays") if direction == "in"
                                       else self.tr("Who is paid"))
        self._fill_categories()  # the other direction's category is dropped
        if self.category_view() is None:
            self._category_chosen = False
        self._update()

    def currency(self) -> str:
        account = self.account.account()
        return account.currency if account else self._base_currency

    def is_foreign(self) -> bool:
        return self.currency() != self._base_currency

    def _on_account(self) -> None:
        currency = self.currency()
        for edit in (self.amount, self.vat):
            edit.set_currency(currency)
        self.set_payment_method(default_payment_method(self.account.account()))
        self.rate_label.setText(self.tr("Rate (%1 per 1 %2)").replace(
            "%1", self._base_currency).replace("%2", currency))
        foreign = self.is_foreign()
        self.rate_label.setVisible(foreign)
        self.rate.setVisible(foreign)
        self._on_amount_or_rate()

    def category_view(self) -> CategoryView | None:
        category_id = self.category.currentData()
        return next((c for c in self._categories if c.id == category_id), None)

    def _on_category_chosen(self) -> None:
        self._category_chosen = True

    def _on_category(self) -> None:
        category = self.category_view()
        if category is not None:
            self.vat_rate.set_value(category.vat_rate)
        self._update()

    def set_category_id(self, category_id: int | None) -> None:
        index = self.category.findData(category_id)
        self.category.setCurrentIndex(index)

    def set_payment_method(self, method: str) -> None:
        index = self.payment_method.findData(method)
        if index >= 0:
            self.payment_method.setCurrentIndex(index)

    def set_language(self, language: str) -> None:
        index = self.language.findData(language)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def _on_person_completed(self, name: str) -> None:
        # The line edit takes the name itself while it has focus; this makes sure.
        if self.person.text() != name:
            self.person.setText(name)
        self._apply_person_details()

    def _apply_person_details(self) -> None:
        """Someone who had a voucher before brings back their ID number and address
        (when none was typed), and the category and method of their last movement
        (unless the user already chose them)."""
        name = self.person.text().strip()
        if not name or self._lookup is None:
            return
        details = self._lookup(name, self.direction_code())
        if details is None:
            return
        if not self.id_number.text().strip():
            self.id_number.setText(details.id_number)
        if not self.address.text().strip():
            self.address.setText(details.address)
        if not self._category_chosen and details.category_id is not None \
                and self.category.findData(details.category_id) >= 0:
            self.set_category_id(details.category_id)
            if details.payment_method:
                self.set_payment_method(details.payment_method)

    def _on_amount_or_rate(self) -> None:
        self._vat_typed = False  # a new amount or rate recomputes the VAT
        amounts = self.amounts()
        # set_minor() does not emit textEdited, so this is not taken for the user's VAT.
        self.vat.set_minor(amounts.vat if amounts is not None and amounts.vat else None)
        self._update()

    def _on_vat_typed(self) -> None:
        self._vat_typed = True
        self._update()

    def amounts(self) -> Amounts | None:
        """Net and VAT as typed so far, or ``None`` while incomplete."""
        typed, rate = self.amount.minor(), self.vat_rate.value()
        if typed is None:
            return None
        if rate is None:
            rate = Decimal(0) if not self.vat_rate.text().strip() else None
        if rate is None or rate >= 100:
            return None
        return split_amount(typed, vat_included=self.vat_included.isChecked(), rate=rate,
                            currency=self.currency(),
                            vat_typed=(self.vat.minor() or 0) if self._vat_typed else None)

    def _money(self, minor: int) -> str:
        return money_text(minor, self.currency(), self._locale, with_symbol=True)

    def _update(self) -> None:
        amounts = self.amounts()
        self.net_text.setText(self._money(amounts.net) if amounts else "")
        self.total_text.setText(self._money(amounts.total) if amounts else "")
        self.cheque_number.setEnabled(self.payment_method.currentData() == "cheque")
        problem = self.problem()
        self.hint.setText(problem[0] if problem is not None and self._show_problems else "")

    def problem(self) -> tuple[str, QWidget] | None:
        """Why the voucher cannot be posted yet, and the field to fix; or ``None``."""
        if self.account.account() is None:
            return self.tr("Open a cash box or bank account first (Bank & cash tab)."), \
                self.account
        if not self.person.text().strip():
            return self.tr("Type who pays or is paid."), self.person
        if not self.purpose.text().strip():
            return self.tr("Type what the money is for."), self.purpose
        if self.category_view() is None:
            return self.tr("Choose a category."), self.category
        for edit in (self.amount, self.vat):
            if not edit.is_valid():
                return self.tr("“%1” is not a valid amount.").replace("%1", edit.text()), edit
        rate = self.vat_rate.value()
        if self.vat_rate.text().strip() and (not self.vat_rate.is_valid() or rate is None
                                             or rate >= 100):
            return self.tr("The VAT rate is a number from 0 to 100."), self.vat_rate
        amounts = self.amounts()
        if amounts is None or amounts.total <= 0:
            return self.tr("Type the amount."), self.amount
        if amounts.net < 0:
            return self.tr("The VAT is larger than the amount."), self.vat
        if self.payment_method.currentData() == "cheque" and \
                not self.cheque_number.text().strip():
            return self.tr("A cheque needs its number."), self.cheque_number
        if self.is_foreign() and not self.rate.value():
            return self.tr("Type the exchange rate (%1 per 1 %2).").replace(
                "%1", self._base_currency).replace("%2", self.currency()), self.rate
        return None

    def show_problem(self) -> bool:
        """After a refused Enter: say what is missing and put the cursor there.
        False when there is nothing to fix."""
        self._show_problems = True
        self._update()
        problem = self.problem()
        if problem is None:
            return False
        problem[1].setFocus()
        return True

    # --- the voucher ------------------------------------------------------------

    def day(self) -> dt.date:
        return date_of(self.date)

    def set_day(self, day: dt.date) -> None:
        set_date(self.date, day)

    def voucher_input(self) -> VoucherInput:
        account = self.account.account()
        amounts = self.amounts()
        category = self.category_view()
        assert account is not None and amounts is not None and category is not None
        method = str(self.payment_method.currentData())
        return VoucherInput(
            kind=self.kind_code(), treasury_account_id=account.id, date=self.day(),
            person_name=self.person.text().strip(), purpose=self.purpose.text().strip(),
            category_id=category.id, net=amounts.net,
            vat_rate=self.vat_rate.value() or Decimal(0), vat=amounts.vat,
            person_id_number=self.id_number.text().strip(),
            person_address=self.address.text().strip(), payment_method=method,
            cheque_number=self.cheque_number.text().strip() if method == "cheque" else "",
            language=str(self.language.currentData()),
            rate=self.rate.value() if self.is_foreign() else None,
        )

    def clear_for_next(self) -> None:
        """Ready for the next voucher: kind, account and date stay, the rest empties."""
        self._show_problems = False
        self._category_chosen = False
        for edit in (self.person, self.id_number, self.address, self.purpose,
                     self.cheque_number, self.amount, self.vat):
            edit.clear()
        self.vat_included.setChecked(False)
        self.category.setCurrentIndex(-1)
        self.vat_rate.clear()
        self.set_payment_method(default_payment_method(self.account.account()))
        self.set_language(self._company_language)
        self._update()
        self.person.setFocus()

    def reset_language(self) -> None:
        self.set_language(self._company_language)

    # --- keyboard -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits, date and combo boxes let Enter through to their parent: here.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        super().keyPressEvent(event)
