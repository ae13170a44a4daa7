"""The hash chain over posted entries, and its verification.

Each posted entry stores ``sha256(previous hash + canonical content)``. The canonical
content is built from the values exactly as stored in the file, so ``verify`` can
recompute it from the raw rows, streaming, without the ORM. Verification works on a
plain ``sqlite3`` connection, so a backup can be checked without opening it as a ledger.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

GENESIS_HASH = "0" * 64

# The stored text form of a DateTime column (SQLAlchemy's SQLite format).
_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def stored_datetime(value: dt.datetime) -> str:
    return value.strftime(_DATETIME_FORMAT)


@dataclass(frozen=True)
class CanonicalLine:
    line_no: int
    account_code: str
    label: str
    currency: str
    debit: int
    credit: int
    rate: str
    base_debit: int
    base_credit: int
    partner_id: int | None
    tax_code: str | None
    due_date: str | None


@dataclass(frozen=True)
class CanonicalEntry:
    chain_index: int
    number: str
    journal_code: str
    fiscal_year: int
    date: str
    label: str
    reference: str
    source: str
    reversal_of_id: int | None
    posted_at: str
    lines: Sequence[CanonicalLine]

    def content(self) -> str:
        header = [self.chain_index, self.number, self.journal_code, self.fiscal_year,
                  self.date, self.label, self.reference, self.source, self.reversal_of_id,
                  self.posted_at]
        lines = [[ln.line_no, ln.account_code, ln.label, ln.currency, ln.debit, ln.credit,
                  ln.rate, ln.base_debit, ln.base_credit, ln.partner_id, ln.tax_code,
                  ln.due_date] for ln in self.lines]
        return json.dumps([header, lines], ensure_ascii=False, separators=(",", ":"))


def entry_hash(previous_hash: str, entry: CanonicalEntry) -> str:
    return hashlib.sha256((previous_hash + entry.content()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    position: int
    number: str
    problem: str


@dataclass(frozen=True)
class ChainReport:
    entries: int
    last_hash: str
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


_ENTRY_SQL = """
SELECT id, chain_index, number, journal_code, fiscal_year, date, label, reference, source,
       reversal_of_id, posted_at, hash
FROM journal_entry ORDER BY chain_index
"""
_LINE_SQL = """
SELECT l.entry_id, l.line_no, a.code, l.label, l.currency, l.debit, l.credit, l.rate,
       l.base_debit, l.base_credit, l.partner_id, l.tax_code, l.due_date, l.entry_date
FROM journal_line l JOIN account a ON a.id = l.account_id
ORDER BY l.entry_id, l.line_no
"""


def _lines_by_entry(connection: sqlite3.Connection) -> Iterator[tuple[int, list[tuple]]]:
    """Lines grouped by entry id, in id order, streamed."""
    current: int | None = None
    group: list[tuple] = []
    for row in connection.execute(_LINE_SQL):
        if row[0] != current:
            if current is not None:
                yield current, group
            current, group = row[0], []
        group.append(row)
    if current is not None:
        yield current, group


def verify_chain(connection: sqlite3.Connection) -> ChainReport:
    """Recompute the whole chain; report the first entry that does not match."""
    previous = GENESIS_HASH
    count = 0
    lines_iter = _lines_by_entry(connection)
    pending = next(lines_iter, None)
    for row in connection.execute(_ENTRY_SQL):
        (entry_id, chain_index, number, journal, fiscal_year, date, label, reference,
         source, reversal_of_id, posted_at, stored_hash) = row
        count += 1

        def broken(problem: str, _index: int = chain_index, _number: str = number,
                   _count: int = count, _previous: str = previous) -> ChainReport:
            return ChainReport(_count - 1, _previous, ChainProblem(_index, _number, problem))

        if chain_index != count:
            return broken(f"expected position {count}")
        if pending is None or pending[0] != entry_id:
            return broken("lines missing or out of order")
        lines = pending[1]
        pending = next(lines_iter, None)
        if sum(ln[8] for ln in lines) != sum(ln[9] for ln in lines):
            return broken("debits and credits differ")
        if any(ln[13] != date for ln in lines):
            return broken("line dates differ from the entry date")
        canonical = CanonicalEntry(
            chain_index, number, journal, fiscal_year, date, label, reference, source,
            reversal_of_id, posted_at,
            [CanonicalLine(*ln[1:13]) for ln in lines],
        )
        expected = entry_hash(previous, canonical)
        if expected != stored_hash:
            return broken("content or order was altered")
        previous = stored_hash
    if pending is not None:
        return ChainReport(count, previous,
                           ChainProblem(count + 1, "?", f"lines of unknown entry {pending[0]}"))
    return ChainReport(count, previous, None)


def last_hash(connection: sqlite3.Connection) -> str:
    row = connection.execute(
        "SELECT hash FROM journal_entry ORDER BY chain_index DESC LIMIT 1").fetchone()
    return str(row[0]) if row else GENESIS_HASH
