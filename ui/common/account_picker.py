"""Picking a ledger account by typing its code or a piece of its name: a line edit for
grid cells, and an editable combo for filters and forms. Both show "code — name" and
complete anywhere in it, case-insensitively."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

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
    """An editable combo over accounts ("code — name").

    With ``allow_prefix`` (filters), typed digits that are not an account are kept as a
    code prefix, so "6" covers every expense account and "512" its sub-accounts.
    Without it (forms), the text names one account of the list or none.
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
        self.lineEdit().setPlaceholderText(
            self.tr("All accounts (or a code prefix, e.g. 6)") if allow_prefix
            else self.tr("Type a code or part of a name"))
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

    def typed_code(self) -> str:
        """The account the text names, or else what was typed before the separator (for
        the service to accept or refuse with its reason); empty when nothing was typed."""
        return self.account_code() or self.currentText().split(SEPARATOR, 1)[0].strip()

    def set_account_code(self, code: str | None) -> None:
        match = next((c for c in self._choices if c.code == code), None)
        self.setEditText(match.text if match else (code or ""))
        self._on_edited()

    def _on_edited(self, *_args: object) -> None:
        code = self.account_code()
        if code != self._current:
            self._current = code
            self.accountChanged.emit(code)
