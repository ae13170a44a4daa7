"""Cancelling an invoice: a credit note of all its lines, with its own number and
date, matched against what is still open on the invoice (what was already paid
becomes customer credit). One unit of work."""

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
from app.receivables.invoices import InvoiceResult, InvoiceView, cancel_invoice
from app.storage.ledger_file import LedgerFile
from ui.common.formatting import date_text, money_text
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.treasury.widgets import hint_label


class CancelInvoiceDialog(QDialog):
    def __init__(self, ledger: LedgerFile, invoice: InvoiceView, default_date: dt.date,
                 locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.invoice = invoice
        #: The credit note, once posted.
        self.result_: InvoiceResult | None = None
        self.setWindowTitle(self.tr("Cancel invoice %1").replace("%1", invoice.number))

        def money(minor: int) -> str:
            return money_text(minor, invoice.currency, locale, with_symbol=True)

        what = QLabel(self.tr("Invoice %1 of %2 to %3: %4, of which %5 is still open.")
                      .replace("%1", invoice.number)
                      .replace("%2", date_text(invoice.date, locale))
                      .replace("%3", invoice.customer_name)
                      .replace("%4", money(invoice.total))
                      .replace("%5", money(invoice.open_amount)))
        what.setWordWrap(True)
        explanation = QLabel(self.tr(
            "A credit note of all its lines is posted and settles what is open. What was "
            "already paid stays as customer credit, to apply or refund."))
        explanation.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("The credit note's number"))
        self.date = make_date_edit(locale, default_date)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why, e.g. goods returned"))
        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Post the credit note"))

        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(explanation)
        form.addRow(self.tr("Credit note &number"), self.number)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Reason"), self.note)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 66)
        self.number.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()
        self.number.setFocus()

    def _update(self) -> None:
        missing = not self.number.text().strip()
        self.hint.setText(self.tr("Type the credit note's number.") if missing else "")
        self.ok_button.setEnabled(not missing)

    def accept(self) -> None:
        if not self.number.text().strip():
            return
        try:
            with self._ledger.unit_of_work() as session:
                self.result_ = cancel_invoice(
                    session, invoice_id=self.invoice.id, number=self.number.text().strip(),
                    date=date_of(self.date), note=self.note.text().strip())
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()
