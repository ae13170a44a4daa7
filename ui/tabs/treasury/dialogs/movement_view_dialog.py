"""A movement, read-only: every field, the lines of its journal entry, and links to its
reversal (or original) and, for a transfer, to the other account's side."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ledger.company import get_company
from app.ledger.posting import PostedEntry, get_entry
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import get_treasury_account
from app.treasury.lookups import transfer_movements
from app.treasury.movements import MovementView, get_movement
from ui.common.formatting import date_text, money_text
from ui.tabs.journal.models import PostedLinesModel
from ui.tabs.journal.widgets import compact_rows
from ui.tabs.treasury.widgets import decimal_text, direction_text, payment_method_text


def _link(movement_id: int, text: str) -> str:
    return f'<a href="{movement_id}">{text}</a>'


@dataclass(frozen=True)
class MovementDetails:
    """Everything the dialog shows about one movement, read in one session."""

    movement: MovementView
    account_name: str
    entry: PostedEntry
    reversal: MovementView | None
    original: MovementView | None
    #: For a transfer: the other account's side (same transfer, not a reversal).
    other_leg: MovementView | None
    other_account_name: str


def read_details(session: Any, movement_id: int) -> MovementDetails:
    movement = get_movement(session, movement_id)
    reversal = (get_movement(session, movement.reversed_by_id)
                if movement.reversed_by_id else None)
    original = (get_movement(session, movement.reversal_of_id)
                if movement.reversal_of_id else None)
    other_leg = None
    if movement.transfer_id is not None:
        other_leg = next(
            (leg for leg in transfer_movements(session, movement.transfer_id)
             if leg.treasury_account_id != movement.treasury_account_id
             and (leg.reversal_of_id is None) == (movement.reversal_of_id is None)), None)
    return MovementDetails(
        movement=movement,
        account_name=get_treasury_account(session, movement.treasury_account_id).name,
        entry=get_entry(session, movement.entry_id), reversal=reversal, original=original,
        other_leg=other_leg,
        other_account_name=get_treasury_account(session, other_leg.treasury_account_id).name
        if other_leg else "",
    )


class MovementViewDialog(QDialog):
    def __init__(self, ledger: LedgerFile, movement_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
        self._locale = company.locale
        self._base_currency = company.base_currency
        self.details: MovementDetails | None = None

        self.fields: dict[str, QLabel] = {}
        left, right = QFormLayout(), QFormLayout()
        for form, names in ((left, self._left_fields()), (right, self._right_fields())):
            for key, title in names:
                label = QLabel()
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setWordWrap(True)
                self.fields[key] = label
                form.addRow(title, label)
        for key in ("net", "vat", "stamp_duty", "total"):
            self.fields[key].setAlignment(Qt.AlignmentFlag.AlignRight)
        self.links = QLabel()
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.linkActivated.connect(lambda target: self.show_movement(int(target)))

        self.lines = PostedLinesModel(self._base_currency, self._locale, self)
        self.table = QTableView()
        self.table.setModel(self.lines)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.entry_title = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.links)
        layout.addWidget(self.entry_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.show_movement(movement_id)

    def _left_fields(self) -> list[tuple[str, str]]:
        return [("number", self.tr("Number")), ("kind", self.tr("Kind")),
                ("account", self.tr("Account")), ("date", self.tr("Date")),
                ("value_date", self.tr("Value date")), ("counterparty", self.tr("Counterparty")),
                ("category", self.tr("Category")), ("method", self.tr("Payment method"))]

    def _right_fields(self) -> list[tuple[str, str]]:
        return [("net", self.tr("Net")), ("vat", self.tr("VAT")),
                ("stamp_duty", self.tr("Stamp duty")), ("total", self.tr("Total")),
                ("invoice", self.tr("Invoice")), ("order", self.tr("Order")),
                ("note", self.tr("Note"))]

    def show_movement(self, movement_id: int) -> None:
        with self._ledger.read() as session:
            details = read_details(session, movement_id)
        self.details = details
        movement = details.movement
        self.setWindowTitle(self.tr("Movement %1").replace("%1", movement.number))
        for key, text in self._texts(details).items():
            self.fields[key].setText(text)
        self.links.setText(self._links_text(details))
        self.links.setVisible(bool(self.links.text()))
        self.entry_title.setText(self.tr("Journal entry %1 (%2)").replace(
            "%1", details.entry.number).replace("%2", self._base_currency))
        self.lines.set_lines(details.entry.lines)

    def _money(self, minor: int, currency: str) -> str:
        return money_text(minor, currency, self._locale, with_symbol=True)

    def _with_date(self, reference: str, day: dt.date | None) -> str:
        shown = date_text(day, self._locale)
        return " · ".join(part for part in (reference, shown) if part)

    def _texts(self, details: MovementDetails) -> dict[str, str]:
        m = details.movement
        kind = direction_text(m.direction)
        if m.transfer_id is not None:
            kind = self.tr("Transfer (%1)").replace("%1", kind)
        method = payment_method_text(m.payment_method)
        if m.cheque_number:
            method = f"{method} {m.cheque_number}"
        vat = self._money(m.vat, m.currency)
        if m.vat:
            vat = f"{vat} ({decimal_text(m.vat_rate, self._locale)} %)"
        return {
            "number": m.number, "kind": kind, "account": details.account_name,
            "date": date_text(m.date, self._locale, "long"),
            "value_date": date_text(m.value_date, self._locale),
            "counterparty": m.counterparty, "category": m.category_name, "method": method,
            "net": self._money(m.net, m.currency), "vat": vat,
            "stamp_duty": self._money(m.stamp_duty, m.currency),
            "total": self._money(m.total, m.currency),
            "invoice": self._with_date(m.invoice_ref, m.invoice_date),
            "order": self._with_date(m.order_ref, m.order_date), "note": m.note,
        }

    def _links_text(self, details: MovementDetails) -> str:
        parts: list[str] = []
        if details.reversal is not None:
            parts.append(self.tr("Reversed by %1").replace(
                "%1", _link(details.reversal.id, details.reversal.number)))
        if details.original is not None:
            parts.append(self.tr("Reversal of %1").replace(
                "%1", _link(details.original.id, details.original.number)))
        if details.other_leg is not None:
            text = (self.tr("Sent to %1: %2") if details.movement.direction == "out"
                    else self.tr("Received from %1: %2"))
            parts.append(text.replace("%1", details.other_account_name).replace(
                "%2", _link(details.other_leg.id, details.other_leg.number)))
        return " · ".join(parts)
