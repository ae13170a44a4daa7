"""Qt item models of the Collections tab: customers with their balance, invoices and
credit notes with their derived status, payments, a customer's history, and the
editable allocation of a payment (or of credit) to open invoices.

Every amount is an integer in minor units of the ledger's base currency, written with
:func:`ui.common.formatting.money_text`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.money import Money
from app.receivables.customers import CustomerView
from app.receivables.history import HistoryItem
from app.receivables.invoices import InvoiceView
from app.receivables.payments import CollectionView
from app.receivables.status import OpenInvoice
from ui.common.account_picker import SEPARATOR
from ui.common.formatting import date_text, money_text
from ui.common.lazy_table import ALIGN_CENTER, ALIGN_LEFT, ALIGN_RIGHT
from ui.tabs.treasury.widgets import decimal_text, payment_method_text

AnyIndex = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")

CONTEXT = "Receivables"
#: Late invoices, amounts over a limit, refusals typed into a grid.
LATE_COLOUR = "#c62828"
#: Doubtful customers.
DOUBTFUL_COLOUR = "#b26a00"
#: Cancelled payments, inactive customers.
GREY_COLOUR = "#7a7a7a"
#: Customer credit (what the company owes back).
CREDIT_COLOUR = "#2e7d32"

STATUS_NAMES: dict[str, str] = {
    "unpaid": QT_TRANSLATE_NOOP("Receivables", "Unpaid"),
    "partially_paid": QT_TRANSLATE_NOOP("Receivables", "Partially paid"),
    "paid": QT_TRANSLATE_NOOP("Receivables", "Paid"),
    "unapplied": QT_TRANSLATE_NOOP("Receivables", "Unapplied"),
    "partially_applied": QT_TRANSLATE_NOOP("Receivables", "Partly applied"),
    "applied": QT_TRANSLATE_NOOP("Receivables", "Applied"),
}

KIND_NAMES: dict[str, str] = {
    "invoice": QT_TRANSLATE_NOOP("Receivables", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("Receivables", "Credit note"),
}

HISTORY_KIND_NAMES: dict[str, str] = {
    "invoice": QT_TRANSLATE_NOOP("Receivables", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("Receivables", "Credit note"),
    "collection": QT_TRANSLATE_NOOP("Receivables", "Payment"),
    "refund": QT_TRANSLATE_NOOP("Receivables", "Refund"),
    "collection_cancelled": QT_TRANSLATE_NOOP("Receivables", "Payment cancelled"),
    "allocation": QT_TRANSLATE_NOOP("Receivables", "Allocation"),
    "doubtful": QT_TRANSLATE_NOOP("Receivables", "Transfer to doubtful"),
    "letter": QT_TRANSLATE_NOOP("Receivables", "Reminder letter"),
    "action": QT_TRANSLATE_NOOP("Receivables", "Action"),
    "dispute": QT_TRANSLATE_NOOP("Receivables", "Dispute"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(status: str) -> str:
    return tr(STATUS_NAMES[status]) if status in STATUS_NAMES else status


def kind_text(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def history_kind_text(kind: str) -> str:
    return tr(HISTORY_KIND_NAMES[kind]) if kind in HISTORY_KIND_NAMES else kind


def days_late(invoice: InvoiceView | OpenInvoice, today: dt.date) -> int:
    """Days past the due date of an invoice with something left to pay (0 otherwise)."""
    if isinstance(invoice, InvoiceView) and invoice.is_credit_note:
        return 0
    if invoice.open_amount <= 0 or invoice.due_date >= today:
        return 0
    return (today - invoice.due_date).days


# --- a read-only list of rows ------------------------------------------------------------


@dataclass(frozen=True)
class RowColumn(Generic[RowT]):
    """One column: ``header`` is source text, translated in the "Receivables" context."""

    header: str
    text: Callable[[RowT], str]
    alignment: Qt.AlignmentFlag = ALIGN_LEFT
    #: Width hint in characters.
    width_chars: int = 12
    #: A colour for the cell, or None.
    colour: Callable[[RowT], str | None] | None = None


class RowsModel(QAbstractTableModel, Generic[RowT]):
    """Rows held in memory (lists are bounded by the service calls that read them)."""

    #: The row object under this role (tests, delegates).
    RowRole = Qt.ItemDataRole.UserRole + 30

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self.columns: tuple[RowColumn[RowT], ...] = ()

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_where(self, test: Callable[[RowT], bool]) -> int:
        return next((row for row, item in enumerate(self._rows) if test(item)), -1)

    def row_font(self, item: RowT) -> QFont | None:
        return None

    def row_colour(self, item: RowT) -> str | None:
        return None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == self.RowRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = (column.colour(item) if column.colour else None) or self.row_colour(item)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.FontRole:
            return self.row_font(item)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


# --- customers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class CustomerRow:
    customer: CustomerView
    #: What is left to pay on its invoices.
    open_amount: int
    #: Unapplied credit: payments on account, overpayments, credit notes not used.
    credit: int

    @property
    def balance(self) -> int:
        """What the customer owes (negative: what it is owed)."""
        return self.open_amount - self.credit

    @property
    def over_limit(self) -> bool:
        limit = self.customer.credit_limit
        return limit is not None and self.balance > limit


class CustomersModel(RowsModel[CustomerRow]):
    NAME, CODE, TAX_ID, OPEN, CREDIT, BALANCE, LIMIT, STATUS = range(8)

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale

        def money(value: int | None) -> str:
            return "" if value is None else money_text(value, self._currency, self._locale)

        self.columns = (
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Name"), lambda r: r.customer.name,
                      width_chars=24),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Code"),
                      lambda r: r.customer.code or "", width_chars=8),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Tax ID"),
                      lambda r: r.customer.registration_id or r.customer.vat_id,
                      width_chars=14),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Open invoices"),
                      lambda r: money(r.open_amount or None), ALIGN_RIGHT, 12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Credit"),
                      lambda r: money(r.credit or None), ALIGN_RIGHT, 11,
                      colour=lambda r: CREDIT_COLOUR if r.credit else None),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Balance"), lambda r: money(r.balance),
                      ALIGN_RIGHT, 12,
                      colour=lambda r: LATE_COLOUR if r.over_limit else None),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Credit limit"),
                      lambda r: money(r.customer.credit_limit), ALIGN_RIGHT, 11),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Status"), self.status,
                      width_chars=16,
                      colour=lambda r: DOUBTFUL_COLOUR if r.customer.doubtful else None),
        )

    def status(self, row: CustomerRow) -> str:
        customer = row.customer
        if customer.doubtful_since is not None:
            return QCoreApplication.translate("Receivables", "Doubtful since %1").replace(
                "%1", date_text(customer.doubtful_since, self._locale))
        if not customer.active:
            return QCoreApplication.translate("Receivables", "Inactive")
        if row.over_limit:
            return QCoreApplication.translate("Receivables", "Over credit limit")
        return ""

    def row_colour(self, item: CustomerRow) -> str | None:
        return GREY_COLOUR if not item.customer.active else None

    def row_of(self, customer_id: int) -> int:
        return self.row_where(lambda r: r.customer.id == customer_id)


# --- invoices ----------------------------------------------------------------------------


class InvoicesModel(RowsModel[InvoiceView]):
    NUMBER, KIND, DATE, DUE, CUSTOMER, TOTAL, OPEN, STATUS, LATE = range(9)

    def __init__(self, currency: str, locale: str, today: dt.date,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self.today = today

        def money(value: int) -> str:
            return money_text(value, self._currency, self._locale)

        def late(invoice: InvoiceView) -> str:
            days = days_late(invoice, self.today)
            return str(days) if days else ""

        self.columns = (
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Number"), lambda v: v.number,
                      width_chars=12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Kind"), lambda v: kind_text(v.kind),
                      width_chars=9),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Date"),
                      lambda v: date_text(v.date, self._locale), width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Due"),
                      lambda v: "" if v.is_credit_note else date_text(v.due_date, self._locale),
                      width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Customer"), lambda v: v.customer_name,
                      width_chars=22),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Total"),
                      lambda v: money(-v.total if v.is_credit_note else v.total),
                      ALIGN_RIGHT, 12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Open"),
                      lambda v: money(-v.open_amount if v.is_credit_note else v.open_amount)
                      if v.open_amount else "", ALIGN_RIGHT, 12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Status"),
                      lambda v: status_text(v.status), width_chars=12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Days late"), late, ALIGN_RIGHT, 6,
                      colour=lambda v: LATE_COLOUR if days_late(v, self.today) else None),
        )

    def row_font(self, item: InvoiceView) -> QFont | None:
        if item.is_credit_note:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def row_of(self, invoice_id: int) -> int:
        return self.row_where(lambda v: v.id == invoice_id)


# --- payments ----------------------------------------------------------------------------


class CollectionsModel(RowsModel[CollectionView]):
    DATE, NUMBER, CUSTOMER, AMOUNT, STAMP, METHOD, ALLOCATED, ON_ACCOUNT, REFERENCE, \
        STATUS = range(10)

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale

        def money(value: int) -> str:
            return money_text(value, self._currency, self._locale) if value else ""

        self.columns = (
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Date"),
                      lambda c: date_text(c.date, self._locale), width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Number"),
                      lambda c: c.receipt_number or c.entry_number, width_chars=15),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Customer"), lambda c: c.customer_name,
                      width_chars=22),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Amount"), lambda c: money(c.amount),
                      ALIGN_RIGHT, 12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Stamp duty"),
                      lambda c: money(c.stamp_duty), ALIGN_RIGHT, 9),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Method"),
                      lambda c: payment_method_text(c.method), width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Allocated"),
                      lambda c: money(c.allocated), ALIGN_RIGHT, 12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "On account"),
                      lambda c: money(c.unapplied), ALIGN_RIGHT, 12,
                      colour=lambda c: CREDIT_COLOUR if c.unapplied else None),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Reference"), lambda c: c.reference,
                      width_chars=16),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Status"),
                      lambda c: QCoreApplication.translate("Receivables", "Cancelled")
                      if c.is_cancelled else "", width_chars=9),
        )

    def row_colour(self, item: CollectionView) -> str | None:
        return GREY_COLOUR if item.is_cancelled else None

    def row_font(self, item: CollectionView) -> QFont | None:
        if item.is_cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def row_of(self, collection_id: int) -> int:
        return self.row_where(lambda c: c.id == collection_id)


# --- a customer's history ----------------------------------------------------------------


@dataclass(frozen=True)
class HistoryRow:
    """One line of the history panel; the first may be the opening balance."""

    item: HistoryItem | None
    balance: int
    opening_date: dt.date | None = None


class HistoryModel(RowsModel[HistoryRow]):
    DATE, EVENT, NUMBER, DETAILS, DEBIT, CREDIT, ALLOCATED, BALANCE = range(8)

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale

        def money(value: int) -> str:
            return money_text(value, self._currency, self._locale) if value else ""

        def date_of(row: HistoryRow) -> str:
            return date_text(row.item.date if row.item else row.opening_date, self._locale)

        def event(row: HistoryRow) -> str:
            if row.item is None:
                return QCoreApplication.translate("Receivables", "Opening balance")
            return history_kind_text(row.item.kind)

        self.columns = (
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Date"), date_of, width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Event"), event, width_chars=14),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Number"),
                      lambda r: r.item.number if r.item else "", width_chars=14),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Details"),
                      lambda r: r.item.label if r.item else "", width_chars=18),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Debit"),
                      lambda r: money(r.item.debit) if r.item else "", ALIGN_RIGHT, 11),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Credit"),
                      lambda r: money(r.item.credit) if r.item else "", ALIGN_RIGHT, 11),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Allocated"),
                      lambda r: money(r.item.amount) if r.item else "", ALIGN_RIGHT, 11),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Balance"),
                      lambda r: money_text(r.balance, self._currency, self._locale),
                      ALIGN_RIGHT, 12,
                      colour=lambda r: CREDIT_COLOUR if r.balance < 0 else None),
        )

    def row_colour(self, item: HistoryRow) -> str | None:
        # What does not move the balance (allocations, letters, actions) is quieter.
        if item.item is not None and not (item.item.debit or item.item.credit):
            return GREY_COLOUR
        return None

    def row_font(self, item: HistoryRow) -> QFont | None:
        if item.item is None:
            font = QFont()
            font.setBold(True)
            return font
        return None


# --- allocating money to open invoices ----------------------------------------------------


class AllocationModel(QAbstractTableModel):
    """The customer's open invoices, oldest due first, with how much of the payment (or
    credit) goes to each: a checkbox (on: as much as is left, up to what is open; off:
    nothing) and an editable amount."""

    PICK, NUMBER, DATE, DUE, OPEN, AMOUNT = range(6)
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("Receivables", "Invoice"),
        QT_TRANSLATE_NOOP("Receivables", "Date"),
        QT_TRANSLATE_NOOP("Receivables", "Due"),
        QT_TRANSLATE_NOOP("Receivables", "Open"),
        QT_TRANSLATE_NOOP("Receivables", "Allocated"),
    )
    WIDTHS = (3, 13, 10, 10, 12, 12)

    #: Emitted after any amount changed (by the user or a proposal).
    allocationChanged = Signal()
    #: Emitted when the user (not a proposal) changed an amount.
    edited = Signal()

    def __init__(self, currency: str, locale: str, today: dt.date,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self._today = today
        self._invoices: list[OpenInvoice] = []
        self._amounts: dict[int, int] = {}
        #: What is not allocated yet, for a checkbox ticked on (None: no cap).
        self.available: int | None = None

    # --- data -------------------------------------------------------------------

    def set_invoices(self, invoices: Sequence[OpenInvoice]) -> None:
        self.beginResetModel()
        self._invoices = list(invoices)
        self._amounts = {}
        self.endResetModel()
        self.allocationChanged.emit()

    def invoices(self) -> list[OpenInvoice]:
        return list(self._invoices)

    def set_amounts(self, amounts: dict[int, int]) -> None:
        """Show a proposal: ``{invoice id: amount}`` (others nothing)."""
        known = {invoice.invoice_id for invoice in self._invoices}
        self._amounts = {key: value for key, value in amounts.items()
                         if key in known and value > 0}
        if self._invoices:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._invoices) - 1, self.AMOUNT))
        self.allocationChanged.emit()

    def amount_of(self, invoice_id: int) -> int:
        return self._amounts.get(invoice_id, 0)

    def allocations(self) -> list[tuple[int, int]]:
        """(invoice id, amount) of every invoice with an amount, in the list's order."""
        return [(invoice.invoice_id, self._amounts[invoice.invoice_id])
                for invoice in self._invoices if self._amounts.get(invoice.invoice_id)]

    def total(self) -> int:
        return sum(self._amounts.values())

    def over_allocated(self) -> list[OpenInvoice]:
        """Invoices given more than is open on them."""
        return [invoice for invoice in self._invoices
                if self._amounts.get(invoice.invoice_id, 0) > invoice.open_amount]

    def set_checked(self, row: int, checked: bool) -> None:
        self.setData(self.index(row, self.PICK),
                     Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)

    def set_amount(self, row: int, amount: int) -> None:
        self.setData(self.index(row, self.AMOUNT), amount, Qt.ItemDataRole.EditRole)

    # --- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._invoices)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section]) if self.HEADERS[section] else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if section in (self.OPEN, self.AMOUNT) else ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._invoices):
            return None
        invoice = self._invoices[index.row()]
        column = index.column()
        amount = self._amounts.get(invoice.invoice_id, 0)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PICK:
            return Qt.CheckState.Checked if amount else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return invoice.number
            if column == self.DATE:
                return date_text(invoice.date, self._locale)
            if column == self.DUE:
                return date_text(invoice.due_date, self._locale)
            if column == self.OPEN:
                return money_text(invoice.open_amount, self._currency, self._locale)
            if column == self.AMOUNT:
                return money_text(amount, self._currency, self._locale) if amount else ""
            return None
        if role == Qt.ItemDataRole.EditRole and column == self.AMOUNT:
            return amount
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.PICK:
                return ALIGN_CENTER
            return ALIGN_RIGHT if column in (self.OPEN, self.AMOUNT) else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.AMOUNT and amount > invoice.open_amount:
                return QBrush(QColor(LATE_COLOUR))
            if column == self.DUE and days_late(invoice, self._today):
                return QBrush(QColor(LATE_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column == self.AMOUNT and amount:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._invoices):
            return False
        invoice = self._invoices[index.row()]
        key = invoice.invoice_id
        if index.column() == self.PICK and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked:
                left = invoice.open_amount
                if self.available is not None:
                    left = min(left, self.available - self.total() + self._amounts.get(key, 0))
                if left <= 0:
                    left = invoice.open_amount  # nothing left: the user tops it up by hand
                self._amounts[key] = left
            else:
                self._amounts.pop(key, None)
        elif index.column() == self.AMOUNT and role == Qt.ItemDataRole.EditRole:
            amount = int(value or 0)
            if amount > 0:
                self._amounts[key] = amount
            else:
                self._amounts.pop(key, None)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.AMOUNT))
        self.edited.emit()
        self.allocationChanged.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PICK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.AMOUNT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


# --- the lines of an invoice being typed --------------------------------------------------


@dataclass(frozen=True)
class EditableInvoiceLine:
    """One line as typed: ``account`` is whatever code was entered, ``net`` may be
    negative (a discount), ``rate`` is a VAT percentage."""

    label: str = ""
    account: str = ""
    net: int = 0
    rate: Decimal | None = None

    @property
    def is_blank(self) -> bool:
        """Nothing typed that counts: the account and rate a new line starts with are
        only defaults."""
        return not (self.label.strip() or self.net)


class InvoiceLinesModel(QAbstractTableModel):
    """The editable lines of an invoice or credit note. VAT is computed per line (half
    up, as the service computes it); a blank line always waits at the end, and a new
    line takes the account and rate of the line above."""

    LABEL, ACCOUNT, NET, RATE, VAT, TOTAL = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("Receivables", "Label"),
        QT_TRANSLATE_NOOP("Receivables", "Account"),
        QT_TRANSLATE_NOOP("Receivables", "Net"),
        QT_TRANSLATE_NOOP("Receivables", "VAT %"),
        QT_TRANSLATE_NOOP("Receivables", "VAT"),
        QT_TRANSLATE_NOOP("Receivables", "Total"),
    )
    WIDTHS = (28, 30, 12, 6, 11, 12)

    #: Emitted after any change (totals and problems may have changed).
    linesChanged = Signal()

    def __init__(self, accounts: dict[str, str], currency: str, locale: str,
                 default_account: str = "", default_rate: Decimal | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Income accounts that can be posted to: code → name.
        self._accounts = dict(accounts)
        self._currency = currency
        self._locale = locale
        self._default_account = default_account
        self._default_rate = default_rate
        self._lines: list[EditableInvoiceLine] = [self._blank()]

    def _blank(self) -> EditableInvoiceLine:
        """A new waiting line, with the account and rate of the last line typed."""
        above = next((line for line in reversed(getattr(self, "_lines", []))
                      if not line.is_blank), None)
        if above is not None:
            return EditableInvoiceLine(account=above.account, rate=above.rate)
        return EditableInvoiceLine(account=self._default_account, rate=self._default_rate)

    # --- reading ----------------------------------------------------------------

    def lines(self) -> list[EditableInvoiceLine]:
        return [line for line in self._lines if not line.is_blank]

    def vat_of(self, line: EditableInvoiceLine) -> int:
        if not line.net or line.rate is None or not Decimal(0) <= line.rate < Decimal(100):
            return 0
        return Money(line.net, self._currency).percent(line.rate).minor

    def totals(self) -> tuple[int, int, int]:
        """(net, VAT, total) of the lines typed so far."""
        net = sum(line.net for line in self.lines())
        vat = sum(self.vat_of(line) for line in self.lines())
        return net, vat, net + vat

    def account_name(self, code: str) -> str | None:
        return self._accounts.get(code)

    def problem(self) -> tuple[int, str] | None:
        """The first line that cannot be posted: (row, what is wrong)."""
        for row, line in enumerate(self._lines):
            if line.is_blank:
                continue
            if not line.label.strip():
                return row, QCoreApplication.translate(
                    "Receivables", "Line %1: type a label.").replace("%1", str(row + 1))
            if line.account not in self._accounts:
                return row, QCoreApplication.translate(
                    "Receivables", "Line %1: choose an income account.").replace(
                    "%1", str(row + 1))
            if not line.net:
                return row, QCoreApplication.translate(
                    "Receivables", "Line %1: type the net amount.").replace("%1", str(row + 1))
            if line.rate is None or not Decimal(0) <= line.rate < Decimal(100):
                return row, QCoreApplication.translate(
                    "Receivables", "Line %1: the VAT rate is a number from 0 to 100.").replace(
                    "%1", str(row + 1))
        return None

    # --- changing ---------------------------------------------------------------

    def load(self, lines: Sequence[EditableInvoiceLine]) -> None:
        self.beginResetModel()
        self._lines = [line for line in lines if not line.is_blank]
        self._lines.append(self._blank())
        self.endResetModel()
        self.linesChanged.emit()

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._lines) - 1:
            return  # the blank line at the end stays
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()
        self.linesChanged.emit()

    def set_line(self, row: int, line: EditableInvoiceLine) -> None:
        """Replace a whole line (tests, imports of a template)."""
        if not 0 <= row < len(self._lines):
            return
        self._lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.TOTAL))
        self._keep_blank_line_at_end(row)
        self.linesChanged.emit()

    def _keep_blank_line_at_end(self, edited_row: int | None = None) -> None:
        last = len(self._lines) - 1
        if not self._lines[last].is_blank:
            self.beginInsertRows(QModelIndex(), last + 1, last + 1)
            self._lines.append(EditableInvoiceLine())
            self._lines[-1] = self._blank()
            self.endInsertRows()
        elif edited_row is not None and edited_row != last:
            # The waiting line follows the account and rate of the line above.
            self._lines[last] = EditableInvoiceLine()
            self._lines[last] = self._blank()
            self.dataChanged.emit(self.index(last, 0), self.index(last, self.TOTAL))

    # --- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if section >= self.NET else ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()

        def money(minor: int) -> str:
            return money_text(minor, self._currency, self._locale)

        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.LABEL:
                return line.label
            if column == self.ACCOUNT:
                name = self._accounts.get(line.account)
                return f"{line.account}{SEPARATOR}{name}" if name else line.account
            if column == self.NET:
                return money(line.net) if line.net else ""
            if column == self.RATE:
                return "" if line.rate is None else decimal_text(line.rate, self._locale)
            if line.is_blank or not line.net:
                return ""
            vat = self.vat_of(line)
            return money(vat) if column == self.VAT else money(line.net + vat)
        if role == Qt.ItemDataRole.EditRole:
            return {self.LABEL: line.label, self.ACCOUNT: line.account, self.NET: line.net,
                    self.RATE: line.rate}.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column >= self.NET else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.ACCOUNT and line.account and line.account not in self._accounts:
                return QBrush(QColor(LATE_COLOUR))
            if column in (self.VAT, self.TOTAL):
                return QBrush(QColor(GREY_COLOUR))
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or not 0 <= index.row() < len(self._lines):
            return False
        line = self._lines[index.row()]
        column = index.column()
        if column == self.LABEL:
            line = replace(line, label=str(value or ""))
        elif column == self.ACCOUNT:
            line = replace(line, account=str(value or "").strip())
        elif column == self.NET:
            line = replace(line, net=int(value or 0))
        elif column == self.RATE:
            line = replace(line, rate=value if isinstance(value, Decimal) else None)
        else:
            return False
        self._lines[index.row()] = line
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.TOTAL))
        self._keep_blank_line_at_end(index.row())
        self.linesChanged.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() <= self.RATE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


# --- the aged balance ---------------------------------------------------------------------


def bucket_title(label: str) -> str:
    """A bucket's heading: "Not due" in words, the others are figures ("31–60")."""
    return QCoreApplication.translate("Receivables", "Not due") if label == "Not due" else label


class AgedBalanceModel(QAbstractTableModel):
    """One row per customer and a totals row: the buckets, then open invoices, credit
    (negative), doubtful (416 / 4118), bills received (413) and the balance."""

    #: The row object (an ``AgedRow``, or None for the totals row) under this role.
    RowRole = Qt.ItemDataRole.UserRole + 31
    EXTRA_HEADERS = (
        QT_TRANSLATE_NOOP("Receivables", "Open invoices"),
        QT_TRANSLATE_NOOP("Receivables", "Credit"),
        QT_TRANSLATE_NOOP("Receivables", "Doubtful"),
        QT_TRANSLATE_NOOP("Receivables", "Bills received"),
        QT_TRANSLATE_NOOP("Receivables", "Balance"),
    )

    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.aged: Any = None  # an app.receivables.ageing.AgedBalance

    def set_aged_balance(self, aged: Any) -> None:
        self.beginResetModel()
        self.aged = aged
        self.endResetModel()

    def bucket_count(self) -> int:
        return len(self.aged.columns) if self.aged is not None else 0

    def row_at(self, row: int) -> Any:
        """The ``AgedRow`` of ``row``; None for the totals row or out of range."""
        if self.aged is None or not 0 <= row < len(self.aged.rows):
            return None
        return self.aged.rows[row]

    def row_of(self, customer_id: int) -> int:
        if self.aged is None:
            return -1
        return next((index for index, row in enumerate(self.aged.rows)
                     if row.customer_id == customer_id), -1)

    def is_totals(self, row: int) -> bool:
        return self.aged is not None and row == len(self.aged.rows)

    def values(self, item: Any) -> list[int]:
        """The buckets, then open invoices, credit, doubtful, bills and balance."""
        return list(item.amounts)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.aged is None:
            return 0
        return len(self.aged.rows) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.aged is None:
            return 0
        return 1 + self.bucket_count() + len(self.EXTRA_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.aged is None:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT if section == 0 else ALIGN_RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("Receivables", "Customer")
        if section <= self.bucket_count():
            return bucket_title(self.aged.columns[section - 1].label)
        extra = section - 1 - self.bucket_count()
        return tr(self.EXTRA_HEADERS[extra]) if extra < len(self.EXTRA_HEADERS) else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.aged is None:
            return None
        totals = self.is_totals(index.row())
        item = self.aged.totals if totals else self.row_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role == self.RowRole:
            return None if totals else item
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if totals:
                    return QCoreApplication.translate("Receivables", "Total")
                return item.customer_name
            amounts = self.values(item)
            value = amounts[column - 1] if column - 1 < len(amounts) else 0
            if not value and column - 1 < len(amounts) - 1:
                return ""
            return money_text(value, self.aged.currency, self._locale)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT if column == 0 else ALIGN_RIGHT
        if role == Qt.ItemDataRole.FontRole and (totals or column == self.columnCount() - 1):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column >= 1:
            bucket = column - 1
            if bucket == self.bucket_count() + 1 and item.credit:
                return QBrush(QColor(CREDIT_COLOUR))
            if bucket == self.bucket_count() + 2 and item.doubtful:
                return QBrush(QColor(DOUBTFUL_COLOUR))
            if 0 < bucket < self.bucket_count() and self.aged.by == "due" \
                    and bucket == self.bucket_count() - 1 and item.buckets[bucket]:
                return QBrush(QColor(LATE_COLOUR))  # the oldest bucket stands out
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and not totals \
                and item.customer_code:
            return item.customer_code
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


AGED_LINE_KINDS: dict[str, str] = {
    "invoice": QT_TRANSLATE_NOOP("Receivables", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("Receivables", "Credit note"),
    "collection": QT_TRANSLATE_NOOP("Receivables", "Payment on account"),
}


class AgedLinesModel(RowsModel[Any]):
    """The drill-down of one customer: its open invoices and unapplied credit."""

    KIND, NUMBER, DATE, DUE, DAYS, BUCKET, OPEN = range(7)

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self.bucket_titles: list[str] = []

        def bucket(line: Any) -> str:
            if line.doubtful:
                return QCoreApplication.translate("Receivables", "Doubtful")
            if line.bucket is None:
                return QCoreApplication.translate("Receivables", "Credit")
            return self.bucket_titles[line.bucket] if line.bucket < len(
                self.bucket_titles) else ""

        self.columns = (
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Kind"),
                      lambda line: tr(AGED_LINE_KINDS.get(line.kind, line.kind)),
                      width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Number"), lambda line: line.number,
                      width_chars=12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Date"),
                      lambda line: date_text(line.date, self._locale), width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Due"),
                      lambda line: date_text(line.due_date, self._locale), width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Days"),
                      lambda line: "" if line.age_days is None else str(line.age_days),
                      ALIGN_RIGHT, 6,
                      colour=lambda line: LATE_COLOUR if (line.days_overdue or 0) > 0
                      else None),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Bucket"), bucket, width_chars=8),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Open"),
                      lambda line: money_text(line.open_amount, self._currency,
                                              self._locale),
                      ALIGN_RIGHT, 12,
                      colour=lambda line: CREDIT_COLOUR if line.open_amount < 0 else None),
        )


# --- dunning --------------------------------------------------------------------------------

LEVEL_NAMES: dict[str, str] = {
    "P": QT_TRANSLATE_NOOP("Receivables", "Pre-reminder"),
    "1": QT_TRANSLATE_NOOP("Receivables", "Level 1"),
    "2": QT_TRANSLATE_NOOP("Receivables", "Level 2"),
    "3": QT_TRANSLATE_NOOP("Receivables", "Level 3"),
}

#: Why an invoice gets no letter (app.receivables.dunning's reason codes).
DUNNING_REASONS: dict[str, str] = {
    "customer_excluded": QT_TRANSLATE_NOOP("Receivables", "Customer excluded from dunning"),
    "never_remind": QT_TRANSLATE_NOOP("Receivables", "Customer never reminded"),
    "excluded_account": QT_TRANSLATE_NOOP("Receivables", "On an excluded account"),
    "disputed": QT_TRANSLATE_NOOP("Receivables", "Disputed"),
    "covered_by_credit": QT_TRANSLATE_NOOP("Receivables", "Covered by credit"),
    "not_due": QT_TRANSLATE_NOOP("Receivables", "Not due yet"),
    "waiting": QT_TRANSLATE_NOOP("Receivables", "Waiting for the next delay"),
    "max_level": QT_TRANSLATE_NOOP("Receivables", "Highest level sent"),
    "pre_reminder_held": QT_TRANSLATE_NOOP("Receivables", "Pre-reminder held back"),
}

#: The reasons a run refuses even when the bookkeeper adds the invoice by hand.
BLOCKING_DUNNING_REASONS = frozenset({"customer_excluded", "never_remind",
                                      "excluded_account", "disputed", "covered_by_credit"})


def level_text(level: str | None) -> str:
    if level is None:
        return ""
    return tr(LEVEL_NAMES[level]) if level in LEVEL_NAMES else level


def reason_text(reason: str | None) -> str:
    if reason is None:
        return ""
    return tr(DUNNING_REASONS[reason]) if reason in DUNNING_REASONS else reason


class DunningDraft:
    """The proposal of a run as the bookkeeper reviews it: which customers get a
    letter, and each invoice's level (None: left out)."""

    LEVEL_ORDER = ("P", "1", "2", "3")

    def __init__(self, proposal: Any) -> None:
        self.proposal = proposal  # an app.receivables.dunning.DunningProposal
        #: Customers with something proposed first, then those with nothing to remind.
        self.customers: list[Any] = [*proposal.customers, *proposal.skipped]
        self.included: set[int] = {c.customer_id for c in proposal.customers}
        self.levels: dict[int, str | None] = {
            review.invoice_id: review.level
            for customer in self.customers for review in customer.invoices}

    def customer(self, customer_id: int) -> Any:
        return next((c for c in self.customers if c.customer_id == customer_id), None)

    def chosen(self, customer: Any) -> list[Any]:
        """The customer's invoices that go into its letter (whatever the customer's
        own tick)."""
        return [review for review in customer.invoices
                if self.levels.get(review.invoice_id) is not None]

    def letter_level(self, customer: Any) -> str | None:
        levels = [self.levels[r.invoice_id] for r in self.chosen(customer)]
        return max(levels, key=self.LEVEL_ORDER.index) if levels else None  # type: ignore[arg-type]

    def amount_due(self, customer: Any) -> int:
        return sum(review.amount_due for review in self.chosen(customer))

    def default_level(self, review: Any) -> str:
        """The level an invoice added by hand gets: the one after its last letter."""
        if review.level is not None:
            return str(review.level)
        if review.days_late <= 0:
            return "P"
        if review.last_level in (None, "P"):
            return "1"
        rank = self.LEVEL_ORDER.index(review.last_level)
        return self.LEVEL_ORDER[min(rank + 1, len(self.LEVEL_ORDER) - 1)]

    def lines(self) -> list[tuple[int, int, str]]:
        """(customer id, invoice id, level) of everything to send, for validate_run."""
        return [(customer.customer_id, review.invoice_id, str(self.levels[review.invoice_id]))
                for customer in self.customers if customer.customer_id in self.included
                for review in self.chosen(customer)]

    def letters(self) -> int:
        return sum(1 for customer in self.customers
                   if customer.customer_id in self.included and self.chosen(customer))


class DunningCustomersModel(QAbstractTableModel):
    """One row per customer of the run: ticked when it gets a letter."""

    PICK, CUSTOMER, LANGUAGE, LEVEL, INVOICES, DUE, OVERDUE, CREDIT, BALANCE = range(9)
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("Receivables", "Customer"),
        QT_TRANSLATE_NOOP("Receivables", "Language"),
        QT_TRANSLATE_NOOP("Receivables", "Letter"),
        QT_TRANSLATE_NOOP("Receivables", "Invoices"),
        QT_TRANSLATE_NOOP("Receivables", "Claimed"),
        QT_TRANSLATE_NOOP("Receivables", "Overdue"),
        QT_TRANSLATE_NOOP("Receivables", "Credit"),
        QT_TRANSLATE_NOOP("Receivables", "Balance"),
    )
    WIDTHS = (3, 24, 6, 12, 7, 12, 12, 11, 12)

    #: Emitted after the user ticked or unticked a customer.
    changed = Signal()

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self.draft: DunningDraft | None = None

    def set_draft(self, draft: DunningDraft | None) -> None:
        self.beginResetModel()
        self.draft = draft
        self.endResetModel()

    def customer_at(self, row: int) -> Any:
        if self.draft is None or not 0 <= row < len(self.draft.customers):
            return None
        return self.draft.customers[row]

    def row_of(self, customer_id: int) -> int:
        if self.draft is None:
            return -1
        return next((row for row, c in enumerate(self.draft.customers)
                     if c.customer_id == customer_id), -1)

    def refresh_row(self, customer_id: int) -> None:
        row = self.row_of(customer_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.BALANCE))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.draft is None else len(self.draft.customers)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section]) if self.HEADERS[section] else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if section >= self.INVOICES else ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        customer = self.customer_at(index.row()) if index.isValid() else None
        if customer is None or self.draft is None:
            return None
        column = index.column()
        included = customer.customer_id in self.draft.included
        chosen = self.draft.chosen(customer)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PICK:
            return Qt.CheckState.Checked if included and chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:

            def money(value: int) -> str:
                return money_text(value, self._currency, self._locale) if value else ""

            if column == self.CUSTOMER:
                return customer.name
            if column == self.LANGUAGE:
                return customer.language
            if column == self.LEVEL:
                return level_text(self.draft.letter_level(customer)) if chosen else \
                    QCoreApplication.translate("Receivables", "Nothing to send")
            if column == self.INVOICES:
                return f"{len(chosen)} / {len(customer.invoices)}"
            if column == self.DUE:
                return money(self.draft.amount_due(customer)) if chosen else ""
            if column == self.OVERDUE:
                return money(customer.overdue)
            if column == self.CREDIT:
                return money(customer.balance.unapplied_credit)
            if column == self.BALANCE:
                return money_text(customer.balance.balance, self._currency, self._locale)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.PICK:
                return ALIGN_CENTER
            return ALIGN_RIGHT if column >= self.INVOICES else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole and not (included and chosen):
            return QBrush(QColor(GREY_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column == self.DUE and included and chosen:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        customer = self.customer_at(index.row()) if index.isValid() else None
        if (customer is None or self.draft is None or index.column() != self.PICK
                or role != Qt.ItemDataRole.CheckStateRole):
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.draft.included.add(customer.customer_id)
        else:
            self.draft.included.discard(customer.customer_id)
        self.refresh_row(customer.customer_id)
        self.changed.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PICK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class DunningInvoicesModel(QAbstractTableModel):
    """The invoices of one customer in the run: ticked when they go into its letter,
    with the level each gets (editable), or why none is proposed."""

    PICK, NUMBER, DUE, LATE, OPEN, CREDIT, CLAIMED, LAST, LEVEL, REASON = range(10)
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("Receivables", "Invoice"),
        QT_TRANSLATE_NOOP("Receivables", "Due"),
        QT_TRANSLATE_NOOP("Receivables", "Days late"),
        QT_TRANSLATE_NOOP("Receivables", "Open"),
        QT_TRANSLATE_NOOP("Receivables", "Credit"),
        QT_TRANSLATE_NOOP("Receivables", "Claimed"),
        QT_TRANSLATE_NOOP("Receivables", "Last letter"),
        QT_TRANSLATE_NOOP("Receivables", "Level"),
        QT_TRANSLATE_NOOP("Receivables", "Why not"),
    )
    WIDTHS = (3, 12, 10, 6, 11, 10, 11, 16, 12, 22)

    #: Emitted after the user changed a line (ticked, unticked, another level).
    changed = Signal(int)  # the customer id

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self.draft: DunningDraft | None = None
        self.customer: Any = None

    def set_customer(self, draft: DunningDraft | None, customer: Any) -> None:
        self.beginResetModel()
        self.draft = draft
        self.customer = customer
        self.endResetModel()

    def review_at(self, row: int) -> Any:
        if self.customer is None or not 0 <= row < len(self.customer.invoices):
            return None
        return self.customer.invoices[row]

    def set_level(self, row: int, level: str | None) -> bool:
        """Put an invoice in the letter at ``level`` (None: leave it out)."""
        return self.setData(self.index(row, self.LEVEL), level, Qt.ItemDataRole.EditRole)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.customer is None else len(self.customer.invoices)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section]) if self.HEADERS[section] else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if self.LATE <= section <= self.CLAIMED else ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        review = self.review_at(index.row()) if index.isValid() else None
        if review is None or self.draft is None:
            return None
        column = index.column()
        level = self.draft.levels.get(review.invoice_id)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PICK:
            return Qt.CheckState.Checked if level is not None else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:

            def money(value: int) -> str:
                return money_text(value, self._currency, self._locale) if value else ""

            if column == self.NUMBER:
                return review.number
            if column == self.DUE:
                return date_text(review.due_date, self._locale)
            if column == self.LATE:
                return str(review.days_late) if review.days_late > 0 else ""
            if column == self.OPEN:
                return money(review.open_amount)
            if column == self.CREDIT:
                return money(review.credit_applied)
            if column == self.CLAIMED:
                return money(review.amount_due)
            if column == self.LAST:
                if review.last_level is None:
                    return ""
                return QCoreApplication.translate("Receivables", "%1 on %2").replace(
                    "%1", level_text(review.last_level)).replace(
                    "%2", date_text(review.last_letter_date, self._locale))
            if column == self.LEVEL:
                return level_text(level)
            if column == self.REASON:
                return reason_text(review.reason) if review.level is None else ""
            return None
        if role == Qt.ItemDataRole.EditRole and column == self.LEVEL:
            return level
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.PICK:
                return ALIGN_CENTER
            return ALIGN_RIGHT if self.LATE <= column <= self.CLAIMED else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if level is None:
                return QBrush(QColor(GREY_COLOUR))
            if column == self.LATE and review.days_late > 0:
                return QBrush(QColor(LATE_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column == self.LEVEL and level is not None:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        review = self.review_at(index.row()) if index.isValid() else None
        if review is None or self.draft is None:
            return False
        if index.column() == self.PICK and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            level = self.draft.default_level(review) if checked else None
        elif index.column() == self.LEVEL and role == Qt.ItemDataRole.EditRole:
            level = str(value) if value in DunningDraft.LEVEL_ORDER else None
        else:
            return False
        self.draft.levels[review.invoice_id] = level
        if level is not None:
            self.draft.included.add(self.customer.customer_id)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.REASON))
        self.changed.emit(self.customer.customer_id)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        review = self.review_at(index.row())
        blocked = review is not None and review.reason in BLOCKING_DUNNING_REASONS
        if index.column() == self.PICK and not blocked:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.LEVEL and not blocked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags
