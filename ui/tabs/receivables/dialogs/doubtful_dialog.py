"""Marking a customer doubtful: the date of the transfer, confirmed, then one unit of
work that moves the customer's balance to the doubtful account (416 / 4118)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.errors import ComptoirError
from app.receivables.customers import CustomerView
from app.receivables.doubtful import DoubtfulView, mark_doubtful
from app.storage.ledger_file import LedgerFile
from ui.common.formatting import money_text
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, make_date_edit


class DoubtfulDialog(QDialog):
    def __init__(self, ledger: LedgerFile, customer: CustomerView, balance: int,
                 default_date: dt.date, currency: str, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.customer = customer
        #: The transfer, once posted.
        self.transfer: DoubtfulView | None = None
        self.setWindowTitle(self.tr("Mark %1 doubtful").replace("%1", customer.name))
        self.what = what = QLabel(self.tr(
            "%1 owes %2. On the date below its balance moves from the customers account "
            "to the doubtful customers account by a journal entry, and its later "
            "invoices and payments are booked there too. This cannot be undone.")
            .replace("%1", customer.name)
            .replace("%2", money_text(balance, currency, locale, with_symbol=True)))
        what.setWordWrap(True)
        self.date = make_date_edit(locale, default_date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Mark doubtful"))
        form = QFormLayout(self)
        form.addRow(what)
        form.addRow(self.tr("Transfer &date"), self.date)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 64)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.date.setFocus()

    def transfer_date(self) -> dt.date:
        return date_of(self.date)

    def accept(self) -> None:
        try:
            with self._ledger.unit_of_work() as session:
                self.transfer = mark_doubtful(session, customer_id=self.customer.id,
                                              date=self.transfer_date())
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()
