"""Qt item model of the "Other expenses & receipts" tab: the vouchers matching the
filters, and the translated names of the document kinds and statuses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.treasury.vouchers import VoucherFilter, VoucherView
from ui.common.formatting import date_text, money_text
from ui.common.lazy_table import ALIGN_LEFT, ALIGN_RIGHT

AnyIndex = QModelIndex | QPersistentModelIndex

CONTEXT = "Vouchers"
#: Void vouchers: still in the books (their number stays used), cancelled out.
VOID_COLOUR = "#7a7a7a"
VoucherIdRole = Qt.ItemDataRole.UserRole + 20

KIND_NAMES: dict[str, str] = {
    "receipt": QT_TRANSLATE_NOOP("Vouchers", "Receipt"),
    "payment_voucher": QT_TRANSLATE_NOOP("Vouchers", "Payment voucher"),
    "discharge_slip": QT_TRANSLATE_NOOP("Vouchers", "Discharge slip"),
}

STATUS_NAMES: dict[str, str] = {
    "valid": QT_TRANSLATE_NOOP("Vouchers", "Valid"),
    "void": QT_TRANSLATE_NOOP("Vouchers", "Void"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def status_text(voucher: VoucherView) -> str:
    return tr(STATUS_NAMES["void" if voucher.is_void else "valid"])


def matches(filter_: VoucherFilter, voucher: VoucherView) -> bool:
    """Whether ``voucher`` belongs in a list filtered by ``filter_`` (as
    ``list_vouchers`` filters), so a new or changed voucher is shown or left out
    without re-reading the list."""
    person = (filter_.person or "").strip().casefold()
    status = "void" if voucher.is_void else "valid"
    return ((filter_.kind is None or voucher.kind == filter_.kind)
            and (filter_.date_from is None or voucher.date >= filter_.date_from)
            and (filter_.date_to is None or voucher.date <= filter_.date_to)
            and (not person or person in voucher.person_name.casefold())
            and (filter_.amount_min is None or voucher.total >= filter_.amount_min)
            and (filter_.amount_max is None or voucher.total <= filter_.amount_max)
            and (filter_.status is None or filter_.status == status))


@dataclass(frozen=True)
class VoucherColumn:
    header: str
    text: Callable[[VoucherView], str]
    alignment: Qt.AlignmentFlag = ALIGN_LEFT
    #: Width hint in characters.
    width_chars: int = 12


class VouchersTableModel(QAbstractTableModel):
    """One row per voucher, newest first: number, kind, date, person, purpose, amount,
    account, status and how many times it was printed. Void vouchers are grey and
    struck through."""

    NUMBER, KIND, DATE, PERSON, PURPOSE, AMOUNT, ACCOUNT, STATUS, PRINTS = range(9)

    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._vouchers: list[VoucherView] = []
        self.columns: tuple[VoucherColumn, ...] = (
            VoucherColumn(QT_TRANSLATE_NOOP("Vouchers", "Number"), lambda v: v.number,
                          width_chars=15),
            VoucherColumn(QT_TRANSLATE_NOOP("Vouchers", "Kind"), lambda v: kind_text(v.kind),
                          width_chars=15),
            VoucherColumn(QT_TRANSLATE_NOOP("Vouchers", "Date"),
                          lambda v: date_text(v.date, self._locale), width_chars=10),
            VoucherColumn(QT_TRANSLATE_NOOP("Vouchers", "Person or company"),
                          lambda v: v.person_name, width_chars=20),
            VoucherColumn(QT_TRANSLATE_NOOP("Vouchers", "Purpose"), lambda v: v.purpose,
                          width_chars=26),
            VoucherColumn(QT_TRANSLATE_NOOP("Vouchers", "Amount"),
                          lambda v: money_text(v.total, v.movement.currency, self._locale,
                                               with_symbol=True),
                          ALIGN_RIGHT, width_chars=13),
            VoucherColumn(QT_TRANSLATE_NOOP("Vouchers", "Account"),
                          lambda v: v.treasury_account_name, width_chars=16),
            VoucherColumn(QT_TRANSLATE_NOOP("Vouchers", "Status"), status_text,
                          width_chars=7),
            VoucherColumn(QT_TRANSLATE_NOOP("Vouchers", "Prints"), lambda v: str(v.prints),
                          ALIGN_RIGHT, width_chars=5),
        )

    # --- data -------------------------------------------------------------------

    def set_vouchers(self, vouchers: Sequence[VoucherView]) -> None:
        self.beginResetModel()
        self._vouchers = list(vouchers)
        self.endResetModel()

    def vouchers(self) -> list[VoucherView]:
        return list(self._vouchers)

    def voucher_at(self, row: int) -> VoucherView | None:
        return self._vouchers[row] if 0 <= row < len(self._vouchers) else None

    def put(self, voucher: VoucherView) -> int:
        """Show ``voucher`` (new, reprinted or void) without re-reading the list: its
        row is replaced, or it is inserted in date order (newest first). Its row."""
        row = self.row_of(voucher.id)
        if row >= 0:
            self._vouchers[row] = voucher
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            return row
        key = (voucher.date, voucher.id)
        row = next((index for index, shown in enumerate(self._vouchers)
                    if (shown.date, shown.id) < key), len(self._vouchers))
        self.beginInsertRows(QModelIndex(), row, row)
        self._vouchers.insert(row, voucher)
        self.endInsertRows()
        return row

    def row_of(self, voucher_id: int) -> int:
        return next((row for row, voucher in enumerate(self._vouchers)
                     if voucher.id == voucher_id), -1)

    # --- QAbstractTableModel ------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._vouchers)

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
        if not index.isValid():
            return None
        voucher = self.voucher_at(index.row())
        if voucher is None or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(voucher)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == VoucherIdRole:
            return voucher.id
        if role == Qt.ItemDataRole.ToolTipRole and voucher.is_void:
            return QCoreApplication.translate("Vouchers", "Void: %1").replace(
                "%1", voucher.void_reason or "")
        if voucher.is_void:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(VOID_COLOUR))
            if role == Qt.ItemDataRole.FontRole and index.column() != self.STATUS:
                font = QFont()
                font.setStrikeOut(True)
                return font
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
