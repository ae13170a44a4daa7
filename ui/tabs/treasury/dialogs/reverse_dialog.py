"""Reversing a movement (a transfer is reversed whole): the date and the reason, then
one unit of work. The movement and its reversal both stay in the register."""

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

from app.errors import ComptoirError
from app.storage.ledger_file import LedgerFile
from app.treasury.movements import MovementView, reverse_movement
from ui.common.formatting import date_text, money_text
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.treasury.widgets import hint_label


class ReverseMovementDialog(QDialog):
    def __init__(self, ledger: LedgerFile, movement: MovementView, default_date: dt.date,
                 locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.movement = movement
        #: The reversal movements, once posted.
        self.reversals: tuple[MovementView, ...] = ()
        self.setWindowTitle(self.tr("Reverse %1").replace("%1", movement.number))
        amount = money_text(movement.total, movement.currency, locale, with_symbol=True)
        what = QLabel(self.tr("%1 of %2, %3").replace("%1", movement.counterparty or "—")
                      .replace("%2", date_text(movement.date, locale)).replace("%3", amount))
        explanation = QLabel(
            self.tr("A transfer is reversed on both accounts. The movement and its reversal "
                    "both stay in the registers.") if movement.transfer_id is not None
            else self.tr("A reversing entry cancels this movement. The movement and its "
                         "reversal both stay in the register."))
        explanation.setWordWrap(True)
        self.date = make_date_edit(locale, default_date)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. recorded twice"))
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Reverse"))

        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(explanation)
        form.addRow(self.tr("Reversal &date"), self.date)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 56)
        self.reason.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.reason.setFocus()

    def _update(self) -> None:
        missing = not self.reason.text().strip()
        self.hint.setText(self.tr("Say why the movement is reversed.") if missing else "")
        self.ok_button.setEnabled(not missing)

    def reversal_date(self) -> dt.date:
        return date_of(self.date)

    def reversal_label(self) -> str:
        return self.tr("Reversal of %1: %2").replace("%1", self.movement.number).replace(
            "%2", self.reason.text().strip())

    def accept(self) -> None:
        if not self.reason.text().strip():
            return
        try:
            with self._ledger.unit_of_work() as session:
                self.reversals = reverse_movement(
                    session, movement_id=self.movement.id, date=self.reversal_date(),
                    label=self.reversal_label())
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()
