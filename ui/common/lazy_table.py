"""A table model over a paged result (a "pager") that reads only the pages on screen.

A journal can hold a million lines: the model knows the row count up front, and
``data()`` reads the page holding a row the first time it is painted. The last pages
read are kept (least recently used first out), so scrolling back is instant and memory
stays bounded however far the user scrolls.

Columns are declared, not coded: a header (source text, translated in the model's
context), a value getter, an alignment and a formatter.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

RowT = TypeVar("RowT")

AnyIndex = QModelIndex | QPersistentModelIndex

#: Left text, right numbers: how accountants read a ledger.
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter

#: The role under which a cell gives its raw (unformatted) value.
RawValueRole = Qt.ItemDataRole.UserRole + 1

DEFAULT_CACHED_PAGES = 30


class Pager(Protocol[RowT]):
    """A filtered result that can be read one page at a time (e.g. ``JournalPager``)."""

    @property
    def row_count(self) -> int: ...

    @property
    def page_size(self) -> int: ...

    def page(self, session: Any, index: int) -> Sequence[RowT]: ...


#: Opens a read session, e.g. ``ledger.read``.
SessionSource = Callable[[], AbstractContextManager[Any]]


def plain_text(value: object) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column: ``header`` is source text, translated in the model's context."""

    header: str
    value: Callable[[RowT], object]
    alignment: Qt.AlignmentFlag = ALIGN_LEFT
    format: Callable[[Any], str] = plain_text
    #: Width in characters, a hint for the view (columns are not measured from data,
    #: which would read every page).
    width_chars: int = 12


@dataclass(frozen=True)
class RowStyle:
    """How a whole row is drawn (e.g. reversed entries in grey italics)."""

    italic: bool = False
    foreground: str | None = None  # a colour name Qt understands ("gray", "#808080")


class LazyTableModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table model that fetches pages from a pager on demand."""

    def __init__(
        self,
        columns: Sequence[Column[RowT]],
        open_session: SessionSource,
        *,
        translation_context: str = "LazyTableModel",
        row_style: Callable[[RowT], RowStyle | None] | None = None,
        cached_pages: int = DEFAULT_CACHED_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._open_session = open_session
        self._context = translation_context
        self._row_style = row_style
        self._max_pages = max(1, cached_pages)
        self._pager: Pager[RowT] | None = None
        self._pages: OrderedDict[int, Sequence[RowT]] = OrderedDict()
        #: Every page index read from the pager, in order (for tests and diagnostics).
        self.page_reads: list[int] = []

    # --- the data source --------------------------------------------------------

    def set_pager(self, pager: Pager[RowT] | None) -> None:
        """Show another result (a new filter, or the same one after a change)."""
        self.beginResetModel()
        self._pager = pager
        self._pages.clear()
        self.page_reads = []
        self.endResetModel()

    @property
    def pager(self) -> Pager[RowT] | None:
        return self._pager

    @property
    def columns(self) -> Sequence[Column[RowT]]:
        return tuple(self._columns)

    def cached_page_indexes(self) -> list[int]:
        """Pages held in memory, least recently used first."""
        return list(self._pages)

    def row_at(self, row: int) -> RowT | None:
        """The row object shown at ``row`` (reads its page if needed)."""
        if self._pager is None or not 0 <= row < self._pager.row_count:
            return None
        page_size = self._pager.page_size
        page = self._page(row // page_size)
        offset = row % page_size
        # A page can come back short if the books changed since the pager was opened.
        return page[offset] if offset < len(page) else None

    def _page(self, index: int) -> Sequence[RowT]:
        cached = self._pages.get(index)
        if cached is not None:
            self._pages.move_to_end(index)
            return cached
        assert self._pager is not None
        with self._open_session() as session:
            rows = list(self._pager.page(session, index))
        self.page_reads.append(index)
        self._pages[index] = rows
        while len(self._pages) > self._max_pages:
            self._pages.popitem(last=False)
        return rows

    # --- QAbstractTableModel ----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._pager is None:
            return 0
        return self._pager.row_count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, column.header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        if role not in _ROLES_SERVED:
            return None  # answered without touching the database
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.format(column.value(row))
        if role == RawValueRole:
            return column.value(row)
        return self._style_data(row, role)

    def _style_data(self, row: RowT, role: int) -> Any:
        style = self._row_style(row) if self._row_style else None
        if style is None:
            return None
        if role == Qt.ItemDataRole.FontRole and style.italic:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and style.foreground:
            return QBrush(style.foreground)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)


_ROLES_SERVED = frozenset({
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.ForegroundRole,
    RawValueRole,
})
