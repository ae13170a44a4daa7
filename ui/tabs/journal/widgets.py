"""Small widgets of the journal and chart tabs: date edits that write dates the way the
ledger's locale does, journal titles and compact table rows.

(The account picker moved to ``ui/common/account_picker.py``; its names are still
importable from here.)
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QHeaderView, QTableView, QWidget

from ui.common.account_picker import SEPARATOR
from ui.common.account_picker import AccountChoice as AccountChoice
from ui.common.account_picker import AccountLineEdit as AccountLineEdit
from ui.common.account_picker import AccountPicker as AccountPicker
from ui.common.account_picker import resolve_account_text as resolve_account_text


def date_format_for(locale: str) -> str:
    """Qt's short date format of the locale, always with a four-digit year."""
    pattern = QLocale(locale).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def make_date_edit(locale: str, day: dt.date, parent: QWidget | None = None) -> QDateEdit:
    """A date edit with a calendar popup, in the ledger's locale."""
    edit = QDateEdit(parent)
    edit.setLocale(QLocale(locale))
    edit.setDisplayFormat(date_format_for(locale))
    edit.setCalendarPopup(True)
    set_date(edit, day)
    return edit


def set_date(edit: QDateEdit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


# The default journals are stored under English names; these are translated on screen.
_DEFAULT_JOURNAL_NAMES = (
    QT_TRANSLATE_NOOP("Journals", "General"),
    QT_TRANSLATE_NOOP("Journals", "Bank"),
    QT_TRANSLATE_NOOP("Journals", "Cash"),
    QT_TRANSLATE_NOOP("Journals", "Sales"),
    QT_TRANSLATE_NOOP("Journals", "Purchases"),
    QT_TRANSLATE_NOOP("Journals", "Opening balances"),
)


def journal_title(code: str, name: str) -> str:
    """"BQ — Banque": the code and the (translated, for default journals) name."""
    return f"{code}{SEPARATOR}{QCoreApplication.translate('Journals', name)}"


def compact_rows(table: QTableView) -> None:
    """One text line per row, a fixed height (tables never measure their rows)."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
