"""The lazy table model: correct as a Qt model, and reads only the pages it shows."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from ui.common.lazy_table import (
    ALIGN_RIGHT,
    Column,
    LazyTableModel,
    RawValueRole,
    RowStyle,
)


@dataclass(frozen=True)
class FakeRow:
    number: int
    grey: bool


@dataclass
class FakePager:
    """A million computed rows: no database, so the test measures the model alone."""

    row_count: int
    page_size: int = 200

    def page(self, session: object, index: int) -> Sequence[FakeRow]:
        start = index * self.page_size
        stop = min(start + self.page_size, self.row_count)
        return [FakeRow(n, n % 2 == 0) for n in range(start, stop)]


@contextmanager
def no_session() -> Iterator[None]:
    yield None


def make_model(rows: int, cached_pages: int = 30) -> LazyTableModel[FakeRow]:
    columns = [
        Column("Number", lambda r: r.number, ALIGN_RIGHT, lambda v: f"#{v}"),
        Column("Parity", lambda r: "even" if r.grey else "odd"),
    ]
    model: LazyTableModel[FakeRow] = LazyTableModel(
        columns, no_session, cached_pages=cached_pages,
        row_style=lambda r: RowStyle(italic=True, foreground="gray") if r.grey else None)
    model.set_pager(FakePager(rows))
    return model


def test_passes_the_qt_model_tester(qtmodeltester) -> None:
    model = make_model(1000)
    qtmodeltester.check(model, force_py=False)


def test_knows_a_million_rows_without_reading_any() -> None:
    model = make_model(1_000_000)
    assert model.rowCount() == 1_000_000
    assert model.columnCount() == 2
    assert model.page_reads == []


def test_reads_the_page_of_the_last_row_only() -> None:
    model = make_model(1_000_000)
    last = model.index(999_999, 0)
    assert model.data(last) == "#999999"
    assert model.data(last, RawValueRole) == 999_999
    assert model.data(last, Qt.ItemDataRole.TextAlignmentRole) == ALIGN_RIGHT
    assert model.page_reads == [4999]


def test_keeps_a_bounded_cache_of_recent_pages() -> None:
    model = make_model(100_000, cached_pages=3)
    for page in (0, 1, 2, 0, 3):
        model.data(model.index(page * 200, 0))
    assert model.page_reads == [0, 1, 2, 3]  # page 0 came from the cache
    assert model.cached_page_indexes() == [2, 0, 3]  # page 1 was least recently used


def test_row_style_marks_rows() -> None:
    model = make_model(10)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).italic()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None


def test_a_view_scrolled_to_the_end_reads_only_the_pages_it_shows(qtbot) -> None:
    model = make_model(1_000_000)
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    started = time.perf_counter()
    view.scrollToBottom()
    qtbot.wait(20)  # let the view lay out and paint the last rows
    elapsed = time.perf_counter() - started
    assert set(model.page_reads) <= {0, 4998, 4999}
    assert 4999 in model.page_reads
    assert elapsed < 1.0
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum()


def test_new_pager_resets_the_cache() -> None:
    model = make_model(1000)
    model.data(model.index(0, 0))
    model.set_pager(FakePager(5))
    assert model.rowCount() == 5
    assert model.cached_page_indexes() == []
    assert model.rowCount(model.index(0, 0)) == 0
    assert not model.index(0, 0).parent().isValid()
    assert model.rowCount(QModelIndex()) == 5
