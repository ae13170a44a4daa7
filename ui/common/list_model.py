"""A small read-only table over a list of frozen rows (dialog lists, drill-downs):
declarative columns, nothing lazy, for lists that fit in memory."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.common.lazy_table import ALIGN_LEFT, ALIGN_RIGHT

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ListField:
    header: str
    value: Callable[[Any], str]
    right: bool = False


class ListModel(QAbstractTableModel):
    """Rows set as a whole; subclasses may style a row through :meth:`row_data`."""

    def __init__(self, fields: Sequence[ListField], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        field = self._fields[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return field.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if field.right else ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        field = self._fields[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return field.value(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if field.right else ALIGN_LEFT
        return self.row_data(self._rows[index.row()], role)

    def row_data(self, row: Any, role: int) -> Any:
        """Other roles for a row (font, colour…); none by default."""
        return None
