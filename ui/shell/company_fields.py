"""Input widgets for company settings shared by the new-ledger wizard and the settings
dialog: language, locale (number and date formats), currency, and fiscal year start."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names
from babel.numbers import get_currency_name, list_currencies
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from app.i18n import format_date, format_money
from app.money import Money
from ui.shell.language import DEFAULT_LANGUAGE, LANGUAGES, current_language

CONTEXT = "CompanyFields"

#: Each language named in itself, as language pickers do.
LANGUAGE_NAMES: dict[str, str] = {
    "fr": QT_TRANSLATE_NOOP("CompanyFields", "Français"),
    "ro": QT_TRANSLATE_NOOP("CompanyFields", "Română"),
    "en": QT_TRANSLATE_NOOP("CompanyFields", "English"),
}

#: Locales offered first; any locale babel knows can be typed in.
COMMON_LOCALES: tuple[str, ...] = (
    "fr_FR", "fr_DZ", "fr_BE", "fr_CH", "fr_LU", "fr_MA", "fr_TN", "fr_CA",
    "ro_RO", "ro_MD", "en_US", "en_GB", "en_IE", "ar_DZ", "de_DE", "it_IT", "es_ES",
)

#: A sample shown beside the locale, so the user sees what it changes.
SAMPLE_AMOUNT = Decimal("1234567.89")
SAMPLE_DATE = dt.date(2026, 11, 23)


def interface_language() -> str:
    return current_language() or DEFAULT_LANGUAGE


def is_known_locale(name: str) -> bool:
    try:
        Locale.parse(name)
    except (ValueError, TypeError, UnknownLocaleError):
        return False
    return bool(name.strip())


def locale_display_name(name: str, language: str | None = None) -> str:
    """``français (Algérie)`` for fr_DZ shown in French; empty if unknown."""
    try:
        shown = Locale.parse(name).get_display_name(language or interface_language())
    except (ValueError, TypeError, UnknownLocaleError):
        return ""
    return str(shown or "")


def locale_sample(name: str, currency: str) -> str:
    """``1 234 567,89 € · 23/11/2026``: how amounts and dates will look."""
    try:
        amount = Money.from_decimal(SAMPLE_AMOUNT, currency)
        return f"{format_money(amount, name)} · {format_date(SAMPLE_DATE, name)}"
    except Exception:  # an unknown locale or currency while the user is typing
        return ""


def currency_display_name(code: str) -> str:
    try:
        return str(get_currency_name(code, locale=interface_language()))
    except (ValueError, UnknownLocaleError):
        return ""


def is_known_currency(code: str) -> bool:
    return code in list_currencies()


def month_names(language: str | None = None) -> list[str]:
    """The twelve month names in the interface language (from CLDR)."""
    names = get_month_names("wide", locale=language or interface_language())
    return [str(names[month]) for month in range(1, 13)]


class LanguageCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code in LANGUAGES:
            self.addItem(QCoreApplication.translate(CONTEXT, LANGUAGE_NAMES[code]), code)

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, code: str) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)


class CodeCombo(QComboBox):
    """An editable combo of codes; ``code()`` is the text typed or picked."""

    codeChanged = Signal(str)

    def __init__(self, codes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(codes)
        self.currentTextChanged.connect(lambda text: self.codeChanged.emit(text.strip()))

    def code(self) -> str:
        return self.currentText().strip()

    def set_code(self, code: str) -> None:
        index = self.findText(code)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)


class LocaleCombo(CodeCombo):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(list(COMMON_LOCALES), parent)
        for index, code in enumerate(COMMON_LOCALES):
            self.setItemData(index, locale_display_name(code), Qt.ItemDataRole.ToolTipRole)


class CurrencyCombo(CodeCombo):
    def __init__(self, parent: QWidget | None = None) -> None:
        codes = sorted(list_currencies())
        super().__init__(codes, parent)
        for index, code in enumerate(codes):
            self.setItemData(index, currency_display_name(code), Qt.ItemDataRole.ToolTipRole)
        self.lineEdit().setMaxLength(3)

    def code(self) -> str:
        return super().code().upper()


class MonthCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for month, name in enumerate(month_names(), start=1):
            self.addItem(name, month)

    def month(self) -> int:
        return int(self.currentData())

    def set_month(self, month: int) -> None:
        self.setCurrentIndex(max(0, min(11, month - 1)))
