"""The journal as a lazily paged list of lines, filtered, in (date, line) order.

A table over a million lines cannot load them all. ``JournalPager`` keeps one key
every ``page_size`` rows (computed once, in SQLite, by a window function), so any
page is then one indexed range read: fast for the first page and for page 5,000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

PAGE_SIZE = 200


@dataclass(frozen=True)
class JournalFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: An account code; its sub-accounts are included (``"512"`` covers ``"5121"``).
    account_code: str | None = None
    #: Searched in line and entry labels, entry numbers and references.
    text: str | None = None
    entry_id: int | None = None


@dataclass(frozen=True)
class JournalRow:
    line_id: int
    entry_id: int
    number: str
    journal: str
    date: dt.date
    account_code: str
    account_name: str
    label: str
    debit: int
    credit: int
    currency: str
    amount_debit: int
    amount_credit: int
    reference: str
    reversal_of_id: int | None
    reversed: bool


@dataclass(frozen=True)
class JournalTotals:
    lines: int
    debit: int
    credit: int


def _where(filter_: JournalFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if filter_.date_from:
        clauses.append("l.entry_date >= :date_from")
        params["date_from"] = filter_.date_from.isoformat()
    if filter_.date_to:
        clauses.append("l.entry_date <= :date_to")
        params["date_to"] = filter_.date_to.isoformat()
    if filter_.account_code:
        clauses.append(
            "l.account_id IN (SELECT id FROM account WHERE code LIKE :account ESCAPE '\\')")
        params["account"] = _escape_like(filter_.account_code.strip()) + "%"
    if filter_.entry_id is not None:
        clauses.append("l.entry_id = :entry_id")
        params["entry_id"] = filter_.entry_id
    if filter_.text and filter_.text.strip():
        clauses.append(
            "(l.label LIKE :text ESCAPE '\\' OR l.entry_id IN (SELECT id FROM journal_entry"
            " WHERE label LIKE :text ESCAPE '\\' OR number LIKE :text ESCAPE '\\'"
            " OR reference LIKE :text ESCAPE '\\'))")
        params["text"] = "%" + _escape_like(filter_.text.strip()) + "%"
    return (" AND ".join(clauses) or "1=1"), params


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_ROW_SQL = """
SELECT l.id, l.entry_id, e.number, e.journal_code, l.entry_date, a.code, a.name,
       CASE WHEN l.label <> '' THEN l.label ELSE e.label END,
       l.base_debit, l.base_credit, l.currency, l.debit, l.credit, e.reference,
       e.reversal_of_id,
       EXISTS (SELECT 1 FROM journal_entry r WHERE r.reversal_of_id = e.id)
FROM journal_line l
JOIN journal_entry e ON e.id = l.entry_id
JOIN account a ON a.id = l.account_id
"""


def _to_row(row: Any) -> JournalRow:
    return JournalRow(
        line_id=row[0], entry_id=row[1], number=row[2], journal=row[3],
        date=dt.date.fromisoformat(row[4]), account_code=row[5], account_name=row[6],
        label=row[7], debit=row[8], credit=row[9], currency=row[10], amount_debit=row[11],
        amount_credit=row[12], reference=row[13], reversal_of_id=row[14],
        reversed=bool(row[15]),
    )


@dataclass
class JournalPager:
    """Row count and page anchors of one filtered journal view."""

    filter: JournalFilter
    row_count: int
    page_size: int
    anchors: list[tuple[str, int]] = field(repr=False)

    def page(self, session: Session, index: int) -> list[JournalRow]:
        """Rows ``index * page_size`` to ``(index + 1) * page_size - 1``."""
        if index < 0 or index >= len(self.anchors):
            return []
        where, params = _where(self.filter)
        anchor_date, anchor_id = self.anchors[index]
        params.update(anchor_date=anchor_date, anchor_id=anchor_id, size=self.page_size)
        sql = (_ROW_SQL + f" WHERE {where} AND l.entry_date >= :anchor_date"
               " AND (l.entry_date > :anchor_date OR l.id >= :anchor_id)"
               " ORDER BY l.entry_date, l.id LIMIT :size")
        return [_to_row(row) for row in session.execute(text(sql), params)]

    def rows(self, session: Session, start: int, count: int) -> list[JournalRow]:
        """Rows ``start`` to ``start + count - 1`` (reads the pages that hold them)."""
        result: list[JournalRow] = []
        first_page, last_page = start // self.page_size, (start + count - 1) // self.page_size
        for index in range(first_page, last_page + 1):
            page = self.page(session, index)
            offset = index * self.page_size
            result.extend(page[max(0, start - offset): start + count - offset])
        return result


def open_journal(session: Session, filter_: JournalFilter = JournalFilter(),
                 page_size: int = PAGE_SIZE) -> JournalPager:
    """Count the filtered lines and note where each page starts."""
    where, params = _where(filter_)
    source = "journal_line l"  # every filter reads the line or a subquery: no join
    params["size"] = page_size
    anchors = [
        (row[0], row[1]) for row in session.execute(text(
            f"SELECT entry_date, id FROM (SELECT l.entry_date, l.id, row_number() OVER"
            f" (ORDER BY l.entry_date, l.id) - 1 AS rn FROM {source} WHERE {where})"
            f" WHERE rn % :size = 0"), params)
    ]
    count = 0
    if anchors:
        last_date, last_id = anchors[-1]
        params.update(anchor_date=last_date, anchor_id=last_id)
        tail = session.execute(text(
            f"SELECT count(*) FROM {source} WHERE {where} AND l.entry_date >= :anchor_date"
            " AND (l.entry_date > :anchor_date OR l.id >= :anchor_id)"), params).scalar_one()
        count = (len(anchors) - 1) * page_size + int(tail)
    return JournalPager(filter_, count, page_size, anchors)


def journal_totals(session: Session, filter_: JournalFilter = JournalFilter()) -> JournalTotals:
    """Line count and base-currency debit and credit totals of the filtered lines."""
    where, params = _where(filter_)
    row = session.execute(text(
        "SELECT count(*), coalesce(sum(l.base_debit), 0), coalesce(sum(l.base_credit), 0)"
        f" FROM journal_line l WHERE {where}"), params).one()
    return JournalTotals(int(row[0]), int(row[1]), int(row[2]))
