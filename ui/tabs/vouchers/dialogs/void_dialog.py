"""Voiding a voucher: the reason (printed on the void copy) and the date of the
reversal, then one unit of work. The voucher keeps its number; its movement is
reversed, so the money is back where it was."""

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
from app.treasury.vouchers import VoucherView, void_voucher
from ui.common.formatting import date_text, money_text
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.treasury.widgets import hint_label
from ui.tabs.vouchers.models import kind_text


class VoidVoucherDialog(QDialog):
    def __init__(self, ledger: LedgerFile, voucher: VoucherView, default_date: dt.date,
                 locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.voucher = voucher
        #: The voucher as void, once posted.
        self.voided: VoucherView | None = None
        self.setWindowTitle(self.tr("Void %1").replace("%1", voucher.number))
        amount = money_text(voucher.total, voucher.movement.currency, locale,
                            with_symbol=True)
        what = QLabel(self.tr("%1 %2 of %3: %4, %5").replace("%1", kind_text(voucher.kind))
                      .replace("%2", voucher.number)
                      .replace("%3", date_text(voucher.date, locale))
                      .replace("%4", voucher.person_name).replace("%5", amount))
        what.setWordWrap(True)
        explanation = QLabel(self.tr(
            "The movement is reversed and the number stays used. A reprint of the "
            "voucher is marked void, with the reason."))
        explanation.setWordWrap(True)
        self.date = make_date_edit(locale, default_date)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, e.g. wrong amount"))
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Void"))

        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(explanation)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("Reversal &date"), self.date)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 60)
        self.reason.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.reason.setFocus()

    def _update(self) -> None:
        missing = not self.reason.text().strip()
        self.hint.setText(self.tr("Say why the voucher is void.") if missing else "")
        self.ok_button.setEnabled(not missing)

    def reversal_date(self) -> dt.date:
        return date_of(self.date)

    def accept(self) -> None:
        if not self.reason.text().strip():
            return
        try:
            with self._ledger.unit_of_work() as session:
                self.voided = void_voucher(session, voucher_id=self.voucher.id,
                                           reason=self.reason.text().strip(),
                                           date=self.reversal_date())
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()
