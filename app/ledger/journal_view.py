"""The journal as a lazily paged list of lines, filtered, in (date, line) order.

A table over a million lines cannot load them all. Opening a view only counts the
lines. Each page is one indexed range read from the key where it starts: the next
page's start is the last key of the page before, so scrolling costs nothing more; a
jump far down finds its start once with an index-only OFFSET read, then it is kept.
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


#: Where a page starts: the key (entry date, line id) of a row, and whether that row
#: itself is the first of the page (True) or the last of the page before (False).
PageStart = tuple[tuple[str, int], bool]

_START_CLAUSE = {
    True: " AND l.entry_date >= :start_date AND (l.entry_date > :start_date"
          " OR l.id >= :start_id)",
    False: " AND l.entry_date >= :start_date AND (l.entry_date > :start_date"
           " OR l.id > :start_id)",
}


@dataclass
class JournalPager:
    """Row count and known page starts of one filtered journal view."""

    filter: JournalFilter
    row_count: int
    page_size: int
    starts: dict[int, PageStart] = field(default_factory=dict, repr=False)

    @property
    def page_count(self) -> int:
        return -(-self.row_count // self.page_size)

    def _start(self, session: Session, index: int) -> PageStart | None:
        if index == 0:
            return None
        if index not in self.starts:
            where, params = _where(self.filter)
            params["offset"] = index * self.page_size
            row = session.execute(text(
                f"SELECT l.entry_date, l.id FROM journal_line l WHERE {where}"
                " ORDER BY l.entry_date, l.id LIMIT 1 OFFSET :offset"), params).one()
            self.starts[index] = ((row[0], int(row[1])), True)
        return self.starts[index]

    def page(self, session: Session, index: int) -> list[JournalRow]:
        """Rows ``index * page_size`` to ``(index + 1) * page_size - 1``."""
        if index < 0 or index >= self.page_count:
            return []
        where, params = _where(self.filter)
        sql = _ROW_SQL + f" WHERE {where}"
        start = self._start(session, index)
        if start is not None:
            (params["start_date"], params["start_id"]), inclusive = start
            sql += _START_CLAUSE[inclusive]
        params["size"] = self.page_size
        rows = session.execute(text(sql + " ORDER BY l.entry_date, l.id LIMIT :size"),
                               params).all()
        if len(rows) == self.page_size:
            last = rows[-1]
            self.starts.setdefault(index + 1, ((last[4], int(last[0])), False))
        return [_to_row(row) for row in rows]

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
    """Count the filtered lines; pages are found as they are read."""
    where, params = _where(filter_)
    count = session.execute(text(f"SELECT count(*) FROM journal_line l WHERE {where}"),
                            params).scalar_one()
    return JournalPager(filter_, int(count), page_size)


def journal_totals(session: Session, filter_: JournalFilter = JournalFilter()) -> JournalTotals:
    """Line count and base-currency debit and credit totals of the filtered lines."""
    where, params = _where(filter_)
    row = session.execute(text(
        "SELECT count(*), coalesce(sum(l.base_debit), 0), coalesce(sum(l.base_credit), 0)"
        f" FROM journal_line l WHERE {where}"), params).one()
    return JournalTotals(int(row[0]), int(row[1]), int(row[2]))
