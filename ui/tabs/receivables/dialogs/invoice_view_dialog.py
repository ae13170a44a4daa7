"""One invoice or credit note as posted: its lines, what settled it (payments, credit
notes, credit applied later) and its dunning history (letters sent, calls, promises,
disputes). Read only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.receivables.dunning import InvoiceDunningEvent, invoice_dunning_history
from app.receivables.invoices import InvoiceView, get_invoice
from app.receivables.matching import MatchView, list_matches
from app.storage.ledger_file import LedgerFile
from ui.common.formatting import date_text, money_text
from ui.common.lazy_table import ALIGN_RIGHT
from ui.tabs.journal.widgets import compact_rows
from ui.tabs.receivables.dialogs.action_dialog import action_text
from ui.tabs.receivables.models import kind_text, level_text, status_text
from ui.tabs.receivables.widgets import title_label

#: Writes an amount in minor units.
Money = Callable[[int], str]


def _table(headers: list[str], rows: list[list[str]], right: set[int], stretch: int
           ) -> QTableWidget:
    """A read-only table; ``right`` columns are figures, ``stretch`` takes the room."""
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    compact_rows(table)
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column in right:
                item.setTextAlignment(ALIGN_RIGHT)
            table.setItem(row, column, item)
    for column in right:
        header_item = table.horizontalHeaderItem(column)
        if header_item is not None:
            header_item.setTextAlignment(ALIGN_RIGHT)
    table.resizeColumnsToContents()
    digit = table.fontMetrics().horizontalAdvance("0")
    for column in right:
        table.setColumnWidth(column, max(table.columnWidth(column), digit * 12))
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class InvoiceViewDialog(QDialog):
    def __init__(self, ledger: LedgerFile, invoice_id: int, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with ledger.read() as session:
            invoice = get_invoice(session, invoice_id)
            matches = list_matches(session, invoice_id=invoice_id) if not \
                invoice.is_credit_note else list_matches(session, credit_note_id=invoice_id)
            events = invoice_dunning_history(session, invoice_id) if not \
                invoice.is_credit_note else ()
        self.invoice = invoice
        self._locale = locale
        self.setWindowTitle(self.tr("%1 %2").replace("%1", kind_text(invoice.kind)).replace(
            "%2", invoice.number))

        def money(minor: int) -> str:
            return money_text(minor, invoice.currency, locale)

        header = QFormLayout()
        header.addRow(self.tr("Customer"), QLabel(invoice.customer_name))
        header.addRow(self.tr("Date"), QLabel(date_text(invoice.date, locale)))
        if not invoice.is_credit_note:
            header.addRow(self.tr("Due"), QLabel(date_text(invoice.due_date, locale)))
        header.addRow(self.tr("Total"), QLabel(money_text(invoice.total, invoice.currency,
                                                          locale, with_symbol=True)))
        header.addRow(self.tr("Open"), QLabel(money_text(
            invoice.open_amount, invoice.currency, locale, with_symbol=True)))
        header.addRow(self.tr("Status"), QLabel(status_text(invoice.status)))
        header.addRow(self.tr("Entry"), QLabel(invoice.entry_number))
        if invoice.reference or invoice.note:
            header.addRow(self.tr("Reference"), QLabel(
                " · ".join(part for part in (invoice.reference, invoice.note) if part)))

        self.lines = _table(
            [self.tr("Label"), self.tr("Account"), self.tr("Net"), self.tr("VAT %"),
             self.tr("VAT"), self.tr("Total")],
            [[line.label, line.account_code, money(line.net),
              format(line.vat_rate.normalize(), "f"), money(line.vat), money(line.total)]
             for line in invoice.lines], {2, 3, 4, 5}, 0)
        self.matches = _table(
            [self.tr("Date"), self.tr("Settled by"), self.tr("Amount")],
            [self._match_row(invoice, match, money) for match in matches], {2}, 1)
        self.events = _table(
            [self.tr("Date"), self.tr("What"), self.tr("Details"), self.tr("Amount")],
            [self._event_row(event, money) for event in events], {3}, 2)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.windowTitle()))
        layout.addLayout(header)
        layout.addWidget(QLabel(self.tr("Lines")))
        layout.addWidget(self.lines, 2)
        layout.addWidget(QLabel(self.tr("Settlement")))
        layout.addWidget(self.matches, 1)
        if not invoice.is_credit_note:
            layout.addWidget(QLabel(self.tr("Reminders and actions")))
            layout.addWidget(self.events, 1)
        layout.addWidget(buttons)
        digit = self.fontMetrics().horizontalAdvance("0")
        self.resize(digit * 100, self.fontMetrics().height() * 40)

    def _match_row(self, invoice: InvoiceView, match: MatchView, money: Money) -> list[str]:
        if invoice.is_credit_note:
            what = match.invoice_number or self.tr("Refund")
        else:
            what = match.credit_number
        if match.cancelled_on is not None:
            what += " " + self.tr("(payment cancelled)")
        return [date_text(match.date, self._locale), what, money(match.amount)]

    def _event_row(self, event: InvoiceDunningEvent, money: Money) -> list[str]:
        if event.kind == "letter":
            what = QCoreApplication.translate("Receivables", "Reminder letter")
            details = f"{level_text(event.level)} · {event.run_number or ''}"
        else:
            what = action_text(event.kind)
            details = event.note
            if event.promised_date is not None:
                details = " · ".join(part for part in (
                    self.tr("promised for %1").replace(
                        "%1", date_text(event.promised_date, self._locale)), details) if part)
        return [date_text(event.date, self._locale), what, details,
                money(event.amount) if event.amount else ""]
