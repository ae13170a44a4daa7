"""Small widgets of the journal and chart tabs: an account picker with a completer, and
date edits that write dates the way the ledger's locale does.

(Candidates for ``ui/common`` once another tab needs them.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

#: Between code and name in pickers: "512 — Banques".
SEPARATOR = " — "


@dataclass(frozen=True)
class AccountChoice:
    code: str
    name: str

    @property
    def text(self) -> str:
        return f"{self.code}{SEPARATOR}{self.name}"


def resolve_account_text(text: str, choices: Sequence[AccountChoice]) -> str | None:
    """The account code meant by what the user typed: "512 — Banques", "512", or a piece
    of a name that matches exactly one account. ``None`` when it names no account."""
    typed = text.strip()
    if not typed:
        return None
    codes = {choice.code for choice in choices}
    code_part = typed.split(SEPARATOR, 1)[0].strip()
    if code_part in codes:
        return code_part
    needle = typed.casefold()
    matches = [choice.code for choice in choices if needle in choice.text.casefold()]
    return matches[0] if len(matches) == 1 else None


def _contains_completer(parent: QWidget, texts: Sequence[str]) -> QCompleter:
    # Match anywhere, case-insensitively, so "banq" finds "512 — Banques".
    completer = QCompleter(list(texts), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    return completer


class AccountLineEdit(QLineEdit):
    """A line edit for one account (grid cells), completing on code or name."""

    def __init__(self, choices: Sequence[AccountChoice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self.setCompleter(_contains_completer(self, [c.text for c in self._choices]))

    def account_code(self) -> str | None:
        return resolve_account_text(self.text(), self._choices)


class AccountPicker(QComboBox):
    """An editable combo over accounts ("code — name") for filters.

    With ``allow_prefix``, typed digits that are not an account are kept as a code
    prefix, so "6" covers every expense account and "512" its sub-accounts.
    """

    #: The chosen code or prefix, or ``None`` for all accounts.
    accountChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, allow_prefix: bool = True) -> None:
        super().__init__(parent)
        self._choices: list[AccountChoice] = []
        self._allow_prefix = allow_prefix
        self._current: str | None = None
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.lineEdit().setPlaceholderText(self.tr("All accounts (or a code prefix, e.g. 6)"))
        self.lineEdit().setClearButtonEnabled(True)
        self.lineEdit().editingFinished.connect(self._on_edited)
        self.activated.connect(self._on_edited)

    def set_choices(self, choices: Sequence[AccountChoice]) -> None:
        with QSignalBlocker(self):
            text = self.currentText()
            self._choices = list(choices)
            self.clear()
            self.addItems([choice.text for choice in self._choices])
            self.setCompleter(_contains_completer(self, [c.text for c in self._choices]))
            self.setEditText(text)

    def account_code(self) -> str | None:
        """The code or prefix the text names; ``None`` when empty or not understood."""
        typed = self.currentText().strip()
        code = resolve_account_text(typed, self._choices)
        if code is None and self._allow_prefix and typed.isdigit():
            return typed
        return code

    def set_account_code(self, code: str | None) -> None:
        match = next((c for c in self._choices if c.code == code), None)
        self.setEditText(match.text if match else (code or ""))
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        code = self.account_code()
        if code != self._current:
            self._current = code
            self.accountChanged.emit(code)


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
