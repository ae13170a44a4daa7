"""The register of one bank account or cash box: its journal lines in (date, line)
order with the movement details, a running balance, and totals, paged lazily.

Every line of the account's ledger account appears, including entries posted by hand
in the journal, so the register always agrees with the ledger. Like the journal view,
opening it only counts; a page starts where the previous one ended (with the balance
carried over), and a jump far down finds its start and the balance before it once,
from index-only reads.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from app.treasury.accounts import treasury_account_row

PAGE_SIZE = 200


@dataclass(frozen=True)
class RegisterFilter:
    treasury_account_id: int
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: Searched in the counterparty, the entry label, number and reference.
    text: str | None = None


@dataclass(frozen=True)
class RegisterRow:
    line_id: int
    entry_id: int
    movement_id: int | None
    date: dt.date
    value_date: dt.date | None
    number: str
    label: str
    category: str
    payment_method: str
    reference: str
    money_in: int
    money_out: int
    net: int
    vat: int
    stamp_duty: int
    #: The account's balance after this line; None while a text filter hides lines.
    balance: int | None
    reversed: bool
    is_reversal: bool
    kind: str


@dataclass(frozen=True)
class RegisterTotals:
    """Totals of the shown lines. ``net``, ``vat`` and ``stamp_duty`` are signed like
    the money (received minus paid), so they add up to ``money_in - money_out``."""

    lines: int
    money_in: int
    money_out: int
    net: int
    vat: int
    stamp_duty: int
    opening_balance: int
    closing_balance: int


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _scope(session: Session, filter_: RegisterFilter) -> tuple[str, dict[str, Any]]:
    """The account and date conditions (no text): the lines the balance runs over."""
    account_id = treasury_account_row(session, filter_.treasury_account_id).account_id
    clauses = ["l.account_id = :account"]
    params: dict[str, Any] = {"account": account_id}
    if filter_.date_from:
        clauses.append("l.entry_date >= :date_from")
        params["date_from"] = filter_.date_from.isoformat()
    if filter_.date_to:
        clauses.append("l.entry_date <= :date_to")
        params["date_to"] = filter_.date_to.isoformat()
    return " AND ".join(clauses), params


def _text_clause(filter_: RegisterFilter, params: dict[str, Any]) -> str:
    if not (filter_.text and filter_.text.strip()):
        return "1=1"
    params["text"] = "%" + _escape_like(filter_.text.strip()) + "%"
    return ("(l.label LIKE :text ESCAPE '\\' OR l.entry_id IN (SELECT e.id FROM journal_entry e"
            " WHERE e.label LIKE :text ESCAPE '\\' OR e.number LIKE :text ESCAPE '\\'"
            " OR e.reference LIKE :text ESCAPE '\\'))")


_ROW_SQL = """
SELECT l.id, l.entry_id, m.id, l.entry_date, m.value_date, e.number,
       CASE WHEN m.counterparty IS NOT NULL AND m.counterparty <> '' THEN m.counterparty
            ELSE e.label END,
       coalesce(c.name, ''), coalesce(m.payment_method, ''),
       CASE WHEN m.invoice_ref IS NOT NULL AND m.invoice_ref <> '' THEN m.invoice_ref
            ELSE e.reference END,
       l.debit, l.credit, m.net, m.vat, m.stamp_duty,
       EXISTS (SELECT 1 FROM journal_entry r WHERE r.reversal_of_id = e.id),
       e.reversal_of_id IS NOT NULL, coalesce(m.kind, e.source)
FROM journal_line l
JOIN journal_entry e ON e.id = l.entry_id
LEFT JOIN treasury_movement m ON m.entry_id = l.entry_id
LEFT JOIN treasury_category c ON c.id = m.category_id
"""


def _to_row(row: Any, balance: int | None) -> RegisterRow:
    debit, credit = int(row[10]), int(row[11])
    amount = debit or credit
    net = int(row[12]) if row[12] is not None else amount
    return RegisterRow(
        line_id=row[0], entry_id=row[1], movement_id=row[2],
        date=dt.date.fromisoformat(row[3]),
        value_date=dt.date.fromisoformat(row[4]) if row[4] else None,
        number=row[5], label=row[6], category=row[7], payment_method=row[8],
        reference=row[9], money_in=debit, money_out=credit, net=net,
        vat=int(row[13] or 0), stamp_duty=int(row[14] or 0), balance=balance,
        reversed=bool(row[15]), is_reversal=bool(row[16]), kind=row[17],
    )


#: Where a page starts: the key (entry date, line id) of a row, whether that row is the
#: page's first (True) or the previous page's last (False), and the balance before it.
PageStart = tuple[tuple[str, int], bool, int]

_START_CLAUSE = {
    True: " AND l.entry_date >= :start_date AND (l.entry_date > :start_date"
          " OR l.id >= :start_id)",
    False: " AND l.entry_date >= :start_date AND (l.entry_date > :start_date"
           " OR l.id > :start_id)",
}


@dataclass
class RegisterPager:
    """Row count, opening balance and known page starts of one register view."""

    filter: RegisterFilter
    row_count: int
    page_size: int
    opening_balance: int
    starts: dict[int, PageStart] = field(default_factory=dict, repr=False)

    @property
    def shows_balance(self) -> bool:
        return not (self.filter.text and self.filter.text.strip())

    @property
    def page_count(self) -> int:
        return -(-self.row_count // self.page_size)

    def _start(self, session: Session, index: int) -> PageStart | None:
        if index == 0:
            return None
        if index not in self.starts:
            scope, params = _scope(session, self.filter)
            params["offset"] = index * self.page_size
            day, line_id = session.execute(text(
                f"SELECT l.entry_date, l.id FROM journal_line l WHERE {scope}"
                f" AND {_text_clause(self.filter, params)}"
                " ORDER BY l.entry_date, l.id LIMIT 1 OFFSET :offset"), params).one()
            before = (self.opening_balance + _sum_before(session, scope, params, day, line_id)
                      if self.shows_balance else 0)
            self.starts[index] = ((day, int(line_id)), True, before)
        return self.starts[index]

    def page(self, session: Session, index: int) -> list[RegisterRow]:
        if index < 0 or index >= self.page_count:
            return []
        scope, params = _scope(session, self.filter)
        sql = _ROW_SQL + f" WHERE {scope} AND {_text_clause(self.filter, params)}"
        start = self._start(session, index)
        balance = self.opening_balance
        if start is not None:
            (params["start_date"], params["start_id"]), inclusive, balance = start
            sql += _START_CLAUSE[inclusive]
        params["size"] = self.page_size
        rows = session.execute(text(sql + " ORDER BY l.entry_date, l.id LIMIT :size"),
                               params).all()
        result = []
        for row in rows:
            balance += int(row[10]) - int(row[11])
            result.append(_to_row(row, balance if self.shows_balance else None))
        if len(rows) == self.page_size:
            self.starts.setdefault(index + 1, ((rows[-1][3], int(rows[-1][0])), False, balance))
        return result

    def rows(self, session: Session, start: int, count: int) -> list[RegisterRow]:
        result: list[RegisterRow] = []
        first_page, last_page = start // self.page_size, (start + count - 1) // self.page_size
        for index in range(first_page, last_page + 1):
            offset = index * self.page_size
            result.extend(self.page(session, index)[max(0, start - offset):start + count - offset])
        return result


def _sum_before(session: Session, scope: str, params: dict[str, Any], day: str,
                line_id: int) -> int:
    """Debit minus credit of the interval's lines before (day, line_id), read from the
    covering index (account, date, …, debit, credit) without touching the table."""
    values = {**params, "day": day, "line_id": line_id}
    earlier = session.execute(text(
        f"SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l WHERE {scope}"
        " AND l.entry_date < :day"), values).scalar_one()
    same_day = session.execute(text(
        f"SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l WHERE {scope}"
        " AND l.entry_date = :day AND l.id < :line_id"), values).scalar_one()
    return int(earlier) + int(same_day)


def _balance_before(session: Session, account_id: int, day: dt.date | None) -> int:
    if day is None:
        return 0
    value = session.execute(text(
        "SELECT coalesce(sum(debit - credit), 0) FROM journal_line"
        " WHERE account_id = :account AND entry_date < :day"),
        {"account": account_id, "day": day.isoformat()}).scalar_one()
    return int(value)


def open_register(session: Session, filter_: RegisterFilter, page_size: int = PAGE_SIZE
                  ) -> RegisterPager:
    """Count the lines and read the balance before the interval; pages are found as
    they are read."""
    scope, params = _scope(session, filter_)
    opening = _balance_before(session, params["account"], filter_.date_from)
    count = session.execute(text(
        f"SELECT count(*) FROM journal_line l WHERE {scope}"
        f" AND {_text_clause(filter_, params)}"), params).scalar_one()
    return RegisterPager(filter_, int(count), page_size, opening)


def register_totals(session: Session, filter_: RegisterFilter) -> RegisterTotals:
    """Totals of the shown lines, and the account's balance at both ends of the interval."""
    scope, params = _scope(session, filter_)
    opening = _balance_before(session, params["account"], filter_.date_from)
    text_clause = _text_clause(filter_, params)
    row = session.execute(text(
        # Net, VAT and stamp duty are signed like the money: in adds, out subtracts.
        "SELECT count(*), coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0),"
        " coalesce(sum(CASE WHEN m.id IS NULL THEN l.debit - l.credit"
        "                   WHEN l.debit > 0 THEN m.net ELSE -m.net END), 0),"
        " coalesce(sum(CASE WHEN l.debit > 0 THEN m.vat ELSE -m.vat END), 0),"
        " coalesce(sum(CASE WHEN l.debit > 0 THEN m.stamp_duty ELSE -m.stamp_duty END), 0)"
        " FROM journal_line l LEFT JOIN treasury_movement m ON m.entry_id = l.entry_id"
        f" WHERE {scope} AND {text_clause}"), params).one()
    movement = session.execute(text(
        f"SELECT coalesce(sum(l.debit - l.credit), 0) FROM journal_line l WHERE {scope}"),
        params).scalar_one()
    return RegisterTotals(
        lines=int(row[0]), money_in=int(row[1]), money_out=int(row[2]), net=int(row[3]),
        vat=int(row[4]), stamp_duty=int(row[5]), opening_balance=opening,
        closing_balance=opening + int(movement),
    )
