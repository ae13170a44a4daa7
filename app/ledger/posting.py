"""Posting and reversing journal entries: the one way money moves in the books.

A posted entry balances in the base currency, is numbered without gaps in its
journal and fiscal year, is chained to the previous entry by its hash, and is never
changed again. A correction is a new entry that reverses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import (
    AlreadyReversed,
    CannotReverseReversal,
    EmptyEntry,
    EntryNotFound,
    GroupAccount,
    InactiveAccount,
    InvalidLine,
    PeriodLocked,
    UnbalancedEntry,
    UnknownAccount,
)
from app.ledger.chain import (
    GENESIS_HASH,
    CanonicalEntry,
    CanonicalLine,
    entry_hash,
    stored_datetime,
)
from app.ledger.company import fiscal_year_of, get_company
from app.ledger.models import Account, Journal, JournalEntry, JournalLine
from app.ledger.numbering import format_entry_number, take_next_number
from app.money import Money, to_decimal_strict


@dataclass(frozen=True)
class LineInput:
    """One line to post. Amounts are minor units of ``currency`` (the base currency when
    omitted); a foreign-currency line needs ``rate`` (base units per unit of currency)."""

    account: str
    debit: int = 0
    credit: int = 0
    label: str = ""
    currency: str | None = None
    rate: Decimal | None = None
    partner_id: int | None = None
    tax_code: str | None = None
    due_date: dt.date | None = None


@dataclass(frozen=True)
class PostedLine:
    line_no: int
    account_code: str
    account_name: str
    label: str
    currency: str
    debit: int
    credit: int
    rate: str
    base_debit: int
    base_credit: int
    partner_id: int | None
    tax_code: str | None
    due_date: dt.date | None


@dataclass(frozen=True)
class PostedEntry:
    id: int
    number: str
    journal: str
    date: dt.date
    label: str
    reference: str
    source: str
    fiscal_year: int
    posted_at: dt.datetime
    hash: str
    reversal_of_id: int | None
    reversed_by_id: int | None
    base_currency: str
    lines: tuple[PostedLine, ...]

    @property
    def total(self) -> int:
        return sum(line.base_debit for line in self.lines)


def _resolve_accounts(session: Session, codes: set[str]) -> dict[str, Account]:
    rows = session.execute(select(Account).where(Account.code.in_(codes))).scalars().all()
    found = {row.code: row for row in rows}
    for code in sorted(codes):
        if code not in found:
            raise UnknownAccount(account=code)
    parents = set(session.execute(
        select(Account.parent_id).where(Account.parent_id.in_([r.id for r in rows]))
    ).scalars())
    for row in rows:
        if not row.active:
            raise InactiveAccount(account=row.code)
        if row.id in parents:
            raise GroupAccount(account=row.code)
    return found


def _base_amounts(line: LineInput, index: int, base_currency: str) -> tuple[str, str, int, int]:
    """(currency, rate text, base debit, base credit) of one line, rounded half-up."""
    currency = line.currency or base_currency
    if currency == base_currency:
        if line.rate not in (None, Decimal(1)):
            raise InvalidLine(line=index, reason="a base-currency line has rate 1")
        return currency, "1", line.debit, line.credit
    if line.rate is None or to_decimal_strict(line.rate) <= 0:
        raise InvalidLine(line=index, reason=f"an amount in {currency} needs an exchange rate")
    rate = to_decimal_strict(line.rate)
    debit = Money(line.debit, currency).convert(rate, base_currency).minor
    credit = Money(line.credit, currency).convert(rate, base_currency).minor
    return currency, format(rate.normalize(), "f"), debit, credit


def _check_line_amounts(line: LineInput, index: int) -> None:
    for value in (line.debit, line.credit):
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidLine(line=index, reason="amounts are whole minor units")
        if value < 0:
            raise InvalidLine(line=index, reason="amounts cannot be negative")
    if (line.debit == 0) == (line.credit == 0):
        raise InvalidLine(line=index, reason="a line has either a debit or a credit")


def _chain_tail(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(JournalEntry.chain_index, JournalEntry.hash)
        .order_by(JournalEntry.chain_index.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)


def post_entry(
    session: Session,
    *,
    journal: str,
    date: dt.date,
    label: str,
    lines: Sequence[LineInput],
    reference: str = "",
    source: str = "manual",
    reversal_of_id: int | None = None,
) -> PostedEntry:
    """Validate, number, chain and store a balanced entry. Raises a coded error and
    writes nothing if any rule is broken."""
    company = get_company(session)
    if company.lock_date is not None and date <= company.lock_date:
        raise PeriodLocked(lock_date=company.lock_date.isoformat(), date=date.isoformat())
    if session.get(Journal, journal) is None:
        raise InvalidLine(line=0, reason=f"unknown journal {journal!r}")
    if len(lines) < 2:
        raise EmptyEntry()
    for index, line in enumerate(lines, start=1):
        _check_line_amounts(line, index)
    accounts = _resolve_accounts(session, {line.account for line in lines})
    base = company.base_currency
    converted = [_base_amounts(line, i, base) for i, line in enumerate(lines, start=1)]
    total_debit = sum(c[2] for c in converted)
    total_credit = sum(c[3] for c in converted)
    if total_debit != total_credit:
        raise UnbalancedEntry(
            debit=Money(total_debit, base), credit=Money(total_credit, base),
            difference=Money(total_debit - total_credit, base),
            difference_minor=total_debit - total_credit, currency=base,
        )

    fiscal_year = fiscal_year_of(date, company.fiscal_year_start_month)
    counter = take_next_number(session, doc_type="entry", series=journal,
                               fiscal_year=fiscal_year)
    number = format_entry_number(journal, fiscal_year, counter)
    previous_index, previous_hash = _chain_tail(session)
    posted_at = clock.now().astimezone(dt.UTC).replace(tzinfo=None)
    canonical_lines = [
        CanonicalLine(
            line_no=i, account_code=line.account, label=line.label, currency=conv[0],
            debit=line.debit, credit=line.credit, rate=conv[1], base_debit=conv[2],
            base_credit=conv[3], partner_id=line.partner_id, tax_code=line.tax_code,
            due_date=line.due_date.isoformat() if line.due_date else None,
        )
        for i, (line, conv) in enumerate(zip(lines, converted, strict=True), start=1)
    ]
    canonical = CanonicalEntry(
        chain_index=previous_index + 1, number=number, journal_code=journal,
        fiscal_year=fiscal_year, date=date.isoformat(), label=label, reference=reference,
        source=source, reversal_of_id=reversal_of_id, posted_at=stored_datetime(posted_at),
        lines=canonical_lines,
    )
    entry = JournalEntry(
        chain_index=canonical.chain_index, journal_code=journal, number=number,
        fiscal_year=fiscal_year, date=date, label=label, reference=reference, source=source,
        reversal_of_id=reversal_of_id, posted_at=posted_at,
        hash=entry_hash(previous_hash, canonical),
    )
    session.add(entry)
    session.flush()
    for line, cline in zip(lines, canonical_lines, strict=True):
        session.add(JournalLine(
            entry_id=entry.id, line_no=cline.line_no, entry_date=date,
            account_id=accounts[line.account].id, label=line.label, currency=cline.currency,
            debit=line.debit, credit=line.credit, rate=cline.rate,
            base_debit=cline.base_debit, base_credit=cline.base_credit,
            partner_id=line.partner_id, tax_code=line.tax_code, due_date=line.due_date,
        ))
    session.flush()
    return get_entry(session, entry.id)


def get_entry(session: Session, entry_id: int) -> PostedEntry:
    entry = session.get(JournalEntry, entry_id)
    if entry is None:
        raise EntryNotFound(entry=entry_id)
    reversed_by = session.execute(
        select(JournalEntry.id).where(JournalEntry.reversal_of_id == entry_id)
    ).scalar_one_or_none()
    rows = session.execute(
        select(JournalLine, Account.code, Account.name)
        .join(Account, Account.id == JournalLine.account_id)
        .where(JournalLine.entry_id == entry_id).order_by(JournalLine.line_no)
    ).all()
    lines = tuple(
        PostedLine(
            line_no=ln.line_no, account_code=code, account_name=name, label=ln.label,
            currency=ln.currency, debit=ln.debit, credit=ln.credit, rate=ln.rate,
            base_debit=ln.base_debit, base_credit=ln.base_credit, partner_id=ln.partner_id,
            tax_code=ln.tax_code, due_date=ln.due_date,
        )
        for ln, code, name in rows
    )
    return PostedEntry(
        id=entry.id, number=entry.number, journal=entry.journal_code, date=entry.date,
        label=entry.label, reference=entry.reference, source=entry.source,
        fiscal_year=entry.fiscal_year, posted_at=entry.posted_at, hash=entry.hash,
        reversal_of_id=entry.reversal_of_id, reversed_by_id=reversed_by,
        base_currency=get_company(session).base_currency, lines=lines,
    )


def find_entry_by_number(session: Session, number: str) -> PostedEntry:
    entry_id = session.execute(
        select(JournalEntry.id).where(JournalEntry.number == number)
    ).scalar_one_or_none()
    if entry_id is None:
        raise EntryNotFound(entry=number)
    return get_entry(session, entry_id)


def reverse_entry(
    session: Session, *, entry_id: int, date: dt.date | None = None, label: str | None = None
) -> PostedEntry:
    """Post the mirror image of an entry (debits and credits swapped), linked to it."""
    original = get_entry(session, entry_id)
    if original.reversal_of_id is not None:
        raise CannotReverseReversal(number=original.number)
    if original.reversed_by_id is not None:
        by = session.get(JournalEntry, original.reversed_by_id)
        raise AlreadyReversed(number=original.number, by=by.number if by else "?")
    already = session.execute(
        select(exists().where(JournalEntry.reversal_of_id == entry_id))).scalar()
    assert not already
    lines = [
        LineInput(
            account=ln.account_code, debit=ln.credit, credit=ln.debit, label=ln.label,
            currency=ln.currency,
            rate=None if ln.currency == original.base_currency else Decimal(ln.rate),
            partner_id=ln.partner_id, tax_code=ln.tax_code, due_date=ln.due_date,
        )
        for ln in original.lines
    ]
    return post_entry(
        session, journal=original.journal, date=date or original.date,
        label=label if label is not None else f"Reversal of {original.number}: {original.label}",
        lines=lines, reference=original.number, source="reversal", reversal_of_id=original.id,
    )
