"""Asking for the date and label of a reversal before posting it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.ledger.posting import PostedEntry
from ui.tabs.journal.widgets import date_of, make_date_edit


def default_reversal_date(original: dt.date, lock_date: dt.date | None,
                          today: dt.date) -> dt.date:
    """The original date, unless the books are locked there: then today."""
    if lock_date is not None and original <= lock_date:
        return today
    return original


class ReverseDialog(QDialog):
    """Date and label of the reversing entry; the caller posts it on accept."""

    def __init__(self, entry: PostedEntry, default_date: dt.date, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Reverse entry %1").replace("%1", entry.number))
        self.date = make_date_edit(locale, default_date)
        self.label = QLineEdit(
            self.tr("Reversal of %1: %2").replace("%1", entry.number).replace("%2", entry.label))
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 50)
        explanation = QLabel(self.tr(
            "A reversing entry swaps the debits and credits of %1. Both stay in the books.")
            .replace("%1", entry.number))
        explanation.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Reverse"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.label.textChanged.connect(self._update)

        layout = QFormLayout(self)
        layout.addRow(explanation)
        layout.addRow(self.tr("Reversal date"), self.date)
        layout.addRow(self.tr("Label"), self.label)
        layout.addRow(self.buttons)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.label.text().strip()))

    def reversal_date(self) -> dt.date:
        return date_of(self.date)

    def reversal_label(self) -> str:
        return self.label.text().strip()
