"""Recording what was done or agreed with a customer about what it owes: a phone call,
a visit, a promise to pay (with its date and amount), a note, a dispute opened on an
invoice (which pauses its reminders) or a dispute closed. One unit of work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.errors import ComptoirError
from app.receivables.dunning import ActionView, close_dispute, record_action
from app.receivables.status import OpenInvoice
from app.storage.ledger_file import LedgerFile
from ui.common.formatting import money_text
from ui.common.money_edit import MoneyEdit
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.treasury.widgets import OptionalDateEdit, hint_label

ACTION_NAMES: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP("Receivables", "Phone call"),
    "visit": QT_TRANSLATE_NOOP("Receivables", "Visit"),
    "promise": QT_TRANSLATE_NOOP("Receivables", "Promise to pay"),
    "note": QT_TRANSLATE_NOOP("Receivables", "Note"),
    "dispute": QT_TRANSLATE_NOOP("Receivables", "Dispute (pauses reminders)"),
    "dispute_closed": QT_TRANSLATE_NOOP("Receivables", "Dispute settled"),
}


def action_text(kind: str) -> str:
    return QCoreApplication.translate("Receivables", ACTION_NAMES[kind]) \
        if kind in ACTION_NAMES else kind


class ActionDialog(QDialog):
    def __init__(self, ledger: LedgerFile, customer_id: int, customer_name: str,
                 invoices: Sequence[OpenInvoice], today: dt.date, currency: str,
                 locale: str, *, invoice_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.customer_id = customer_id
        #: The action recorded, once accepted.
        self.action: ActionView | None = None
        self.setWindowTitle(self.tr("Record an action with %1").replace("%1", customer_name))
        self.kind = QComboBox()
        for kind in ACTION_NAMES:
            self.kind.addItem(action_text(kind), kind)
        self.invoice = QComboBox()
        self.invoice.addItem(self.tr("The customer's account as a whole"), None)
        for item in invoices:
            self.invoice.addItem(self.tr("%1 (open %2)").replace("%1", item.number).replace(
                "%2", money_text(item.open_amount, currency, locale, with_symbol=True)),
                item.invoice_id)
        if invoice_id is not None:
            self.invoice.setCurrentIndex(max(0, self.invoice.findData(invoice_id)))
        self.date = make_date_edit(locale, today)
        self.note = QLineEdit()
        self.promised_date = OptionalDateEdit(locale)
        self.promised_amount = MoneyEdit(currency, locale)
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record"))
        form = QFormLayout(self)
        form.addRow(self.tr("&What"), self.kind)
        form.addRow(self.tr("&About"), self.invoice)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Note"), self.note)
        form.addRow(self.tr("&Promised for"), self.promised_date)
        form.addRow(self.tr("Promised a&mount"), self.promised_amount)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.form = form
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 64)
        self.kind.currentIndexChanged.connect(self._update)
        self.invoice.currentIndexChanged.connect(self._update)
        self.note.textChanged.connect(self._update)
        self.promised_date.dateChanged.connect(self._update)
        self.promised_amount.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def _update(self) -> None:
        promise = self.kind_code() == "promise"
        self.form.setRowVisible(self.promised_date, promise)
        self.form.setRowVisible(self.promised_amount, promise)
        problem = self.problem()
        self.hint.setText(problem or "")
        self.ok_button.setEnabled(problem is None)

    def problem(self) -> str | None:
        kind = self.kind_code()
        if kind in ("dispute", "dispute_closed") and self.invoice.currentData() is None:
            return self.tr("A dispute is about an invoice: choose it.")
        if kind == "note" and not self.note.text().strip():
            return self.tr("Write the note.")
        if kind == "promise" and self.promised_date.optional_date() is None:
            return self.tr("Say when the customer promised to pay.")
        if not self.promised_amount.is_valid():
            return self.tr("“%1” is not a valid amount.").replace(
                "%1", self.promised_amount.text())
        return None

    def accept(self) -> None:
        if self.problem() is not None:
            return
        kind = self.kind_code()
        invoice_id = self.invoice.currentData()
        try:
            with self._ledger.unit_of_work() as session:
                if kind == "dispute_closed":
                    self.action = close_dispute(session, invoice_id=int(invoice_id),
                                                date=date_of(self.date),
                                                note=self.note.text().strip())
                else:
                    promise = kind == "promise"
                    self.action = record_action(
                        session, customer_id=self.customer_id, date=date_of(self.date),
                        kind=kind, note=self.note.text().strip(),
                        invoice_id=int(invoice_id) if invoice_id is not None else None,
                        promised_date=self.promised_date.optional_date() if promise else None,
                        promised_amount=self.promised_amount.minor() if promise else None)
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()
