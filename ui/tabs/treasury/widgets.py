"""Small widgets and helpers of the Bank & cash and dashboard tabs: a rate edit typed in
the ledger's locale, an optional date, the register's period presets, an account combo,
and the translated names of account kinds and payment methods."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from babel.numbers import NumberFormatError, format_decimal, parse_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from app.treasury.accounts import TreasuryAccountView
from ui.common.money_edit import INVALID_PROPERTY
from ui.tabs.journal.widgets import date_format_for, set_date

CONTEXT = "Treasury"

#: The colour of problems typed into a dialog (as in the other tabs).
ERROR_COLOUR = "#c62828"
#: The colour of a check that passed ("IBAN valid").
OK_COLOUR = "#2e7d32"

_INVALID_STYLE = 'QLineEdit[invalid="true"] { border: 1px solid #c62828; background: #fdecea; }'

KIND_NAMES: dict[str, str] = {
    "bank": QT_TRANSLATE_NOOP("Treasury", "Bank account"),
    "cash": QT_TRANSLATE_NOOP("Treasury", "Cash box"),
}

PAYMENT_METHOD_NAMES: dict[str, str] = {
    "cash": QT_TRANSLATE_NOOP("Treasury", "Cash"),
    "cheque": QT_TRANSLATE_NOOP("Treasury", "Cheque"),
    "transfer": QT_TRANSLATE_NOOP("Treasury", "Transfer"),
    "card": QT_TRANSLATE_NOOP("Treasury", "Card"),
    "direct_debit": QT_TRANSLATE_NOOP("Treasury", "Direct debit"),
}

DIRECTION_NAMES: dict[str, str] = {
    "in": QT_TRANSLATE_NOOP("Treasury", "Money in"),
    "out": QT_TRANSLATE_NOOP("Treasury", "Money out"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def payment_method_text(method: str) -> str:
    return tr(PAYMENT_METHOD_NAMES[method]) if method in PAYMENT_METHOD_NAMES else method


def direction_text(direction: str) -> str:
    return tr(DIRECTION_NAMES[direction]) if direction in DIRECTION_NAMES else direction


def hint_label() -> QLabel:
    """A red, word-wrapped label for what keeps a dialog from being accepted."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    return label


# --- numbers typed in the ledger's locale ----------------------------------------------


def parse_locale_decimal(text: str, locale: str) -> Decimal | None:
    """``"5,5"`` in fr_FR → ``Decimal("5.5")``; ``None`` when it is not a number."""
    try:
        return Decimal(parse_decimal(text.strip(), locale=locale, strict=False))
    except (NumberFormatError, ValueError, ArithmeticError):
        return None


def decimal_text(value: Decimal, locale: str) -> str:
    """A rate as the locale writes it, every significant digit kept (``5,5``, ``0,9184``)."""
    normalised = value.normalize()
    digits = max(0, -int(normalised.as_tuple().exponent))
    pattern = "0" + ("." + "#" * digits if digits else "")
    return str(format_decimal(normalised, format=pattern, locale=locale))


class RateEdit(QLineEdit):
    """A positive decimal (a VAT rate, an exchange rate) typed in the ledger's locale."""

    #: Emitted with the new value (or ``None``) whenever the text changes.
    valueChanged = Signal(object)

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._value: Decimal | None = None
        self._valid = True
        self.setStyleSheet(_INVALID_STYLE)
        self.textChanged.connect(self._reparse)

    def value(self) -> Decimal | None:
        return self._value

    def is_valid(self) -> bool:
        """False only when there is text that is not a number."""
        return self._valid

    def set_value(self, value: Decimal | None) -> None:
        self.setText("" if value is None else decimal_text(value, self._locale))

    def _reparse(self, text: str) -> None:
        value = parse_locale_decimal(text, self._locale) if text.strip() else None
        valid = not text.strip() or (value is not None and value >= 0)
        if not valid:
            value = None
        if valid != self._valid:
            self._valid = valid
            self.setProperty(INVALID_PROPERTY, not valid)
            self.style().unpolish(self)
            self.style().polish(self)
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)


class OptionalDateEdit(QDateEdit):
    """A date that may be left empty (value date, invoice date): the earliest date
    stands for "none" and shows as a dash."""

    NONE_DATE = QDate(1900, 1, 1)

    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale(locale))
        self.setDisplayFormat(date_format_for(locale))
        self.setCalendarPopup(True)
        self.setMinimumDate(self.NONE_DATE)
        self.setSpecialValueText("—")
        self.setDate(self.NONE_DATE)

    def optional_date(self) -> dt.date | None:
        value = self.date()
        if value == self.NONE_DATE:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def set_optional_date(self, day: dt.date | None) -> None:
        if day is None:
            self.setDate(self.NONE_DATE)
        else:
            set_date(self, day)


# --- the register's period presets ------------------------------------------------------

PERIOD_PRESETS: tuple[tuple[str, str], ...] = (
    ("this_month", QT_TRANSLATE_NOOP("Treasury", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("Treasury", "Last month")),
    ("this_year", QT_TRANSLATE_NOOP("Treasury", "This year")),
    ("last_year", QT_TRANSLATE_NOOP("Treasury", "Last year")),
    ("all", QT_TRANSLATE_NOOP("Treasury", "All dates")),
    ("custom", QT_TRANSLATE_NOOP("Treasury", "Custom")),
)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def period_range(preset: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The interval of a preset around ``today`` (calendar months and years);
    ``(None, None)`` for all dates. "custom" has no range of its own."""
    if preset == "this_month":
        return month_bounds(today.year, today.month)
    if preset == "last_month":
        previous = today.replace(day=1) - dt.timedelta(days=1)
        return month_bounds(previous.year, previous.month)
    if preset == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if preset == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if preset == "all":
        return None, None
    raise ValueError(f"no range for preset {preset!r}")


# --- picking a bank account or cash box ---------------------------------------------------


class TreasuryAccountCombo(QComboBox):
    """Bank accounts and cash boxes by name and currency; ``account()`` is the view."""

    def __init__(self, accounts: Sequence[TreasuryAccountView],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = list(accounts)
        for account in self._accounts:
            self.addItem(f"{account.name} ({account.currency})", account.id)
            self.setItemData(self.count() - 1, kind_text(account.kind),
                             role=Qt.ItemDataRole.ToolTipRole)

    def account(self) -> TreasuryAccountView | None:
        index = self.currentIndex()
        return self._accounts[index] if 0 <= index < len(self._accounts) else None

    def set_account_id(self, account_id: int | None) -> None:
        index = self.findData(account_id)
        if index >= 0:
            self.setCurrentIndex(index)
