"""Posting and reversing journal entries: the one way money moves in the books.

A posted entry balances in the base currency, is numbered without gaps in its
journal and fiscal year, is chained to the previous entry by its hash, and is never
changed again. A correction is a new entry that reverses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
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
from app.ledger.accounts import is_heading_account
from app.ledger.chain import (
    GENESIS_HASH,
    CanonicalEntry,
    CanonicalLine,
    entry_hash,
    stored_datetime,
)
from app.ledger.company import CompanySettings, fiscal_year_of, get_company
from app.ledger.models import Account, Journal, JournalEntry, JournalLine, NumberSequence
from app.ledger.numbering import (
    format_entry_number,
    take_next_number,
    take_next_number_raw,
)
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


@dataclass(frozen=True)
class EntryInput:
    """One entry to post (see :func:`post_entry` for the rules)."""

    journal: str
    date: dt.date
    label: str
    lines: Sequence[LineInput]
    reference: str = ""
    source: str = "manual"
    reversal_of_id: int | None = None


@dataclass(frozen=True)
class _AccountFacts:
    id: int
    active: bool
    is_group: bool


@dataclass
class _PostingContext:
    """What posting needs to know, read once (once per batch for bulk posting)."""

    company: CompanySettings
    journals: set[str]
    accounts: dict[str, _AccountFacts]

    @classmethod
    def load(cls, session: Session, codes: set[str] | None = None) -> _PostingContext:
        query = select(Account.id, Account.code, Account.active)
        if codes is not None:
            query = query.where(Account.code.in_(codes))
        rows = session.execute(query).all()
        parent_query = select(Account.parent_id).where(Account.parent_id.is_not(None))
        if codes is not None:
            parent_query = parent_query.where(Account.parent_id.in_([r.id for r in rows]))
        parents = set(session.execute(parent_query).scalars())
        return cls(
            company=get_company(session),
            journals=set(session.execute(select(Journal.code)).scalars()),
            accounts={
                r.code: _AccountFacts(r.id, r.active, is_heading_account(r.code, r.id in parents))
                for r in rows
            },
        )


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


def _check_account(context: _PostingContext, code: str) -> _AccountFacts:
    facts = context.accounts.get(code)
    if facts is None:
        raise UnknownAccount(account=code)
    if not facts.active:
        raise InactiveAccount(account=code)
    if facts.is_group:
        raise GroupAccount(account=code)
    return facts


def _validated_lines(context: _PostingContext, entry: EntryInput) -> list[CanonicalLine]:
    """Every posting rule, checked before anything is written; the lines as they will
    be stored (base-currency amounts computed)."""
    company = context.company
    if company.lock_date is not None and entry.date <= company.lock_date:
        raise PeriodLocked(lock_date=company.lock_date.isoformat(), date=entry.date.isoformat())
    if entry.journal not in context.journals:
        raise InvalidLine(line=0, reason=f"unknown journal {entry.journal!r}")
    if len(entry.lines) < 2:
        raise EmptyEntry()
    base = company.base_currency
    result: list[CanonicalLine] = []
    for index, line in enumerate(entry.lines, start=1):
        _check_line_amounts(line, index)
        _check_account(context, line.account)
        currency, rate, base_debit, base_credit = _base_amounts(line, index, base)
        result.append(CanonicalLine(
            line_no=index, account_code=line.account, label=line.label, currency=currency,
            debit=line.debit, credit=line.credit, rate=rate, base_debit=base_debit,
            base_credit=base_credit, partner_id=line.partner_id, tax_code=line.tax_code,
            due_date=line.due_date.isoformat() if line.due_date else None,
        ))
    total_debit = sum(line.base_debit for line in result)
    total_credit = sum(line.base_credit for line in result)
    if total_debit != total_credit:
        raise UnbalancedEntry(
            debit=Money(total_debit, base), credit=Money(total_credit, base),
            difference=Money(total_debit - total_credit, base),
            difference_minor=total_debit - total_credit, currency=base,
        )
    return result


def _chain_tail(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(JournalEntry.chain_index, JournalEntry.hash)
        .order_by(JournalEntry.chain_index.desc()).limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS_HASH)


def _canonical_entry(context: _PostingContext, entry: EntryInput, lines: list[CanonicalLine],
                     chain_index: int, posted_at: dt.datetime,
                     take_number: Callable[[str, int], int]) -> CanonicalEntry:
    fiscal_year = fiscal_year_of(entry.date, context.company.fiscal_year_start_month)
    counter = take_number(entry.journal, fiscal_year)
    return CanonicalEntry(
        chain_index=chain_index, number=format_entry_number(entry.journal, fiscal_year, counter),
        journal_code=entry.journal, fiscal_year=fiscal_year, date=entry.date.isoformat(),
        label=entry.label, reference=entry.reference, source=entry.source,
        reversal_of_id=entry.reversal_of_id, posted_at=stored_datetime(posted_at), lines=lines,
    )


def _posting_time() -> dt.datetime:
    return clock.now().astimezone(dt.UTC).replace(tzinfo=None)


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
    entry = EntryInput(journal, date, label, lines, reference, source, reversal_of_id)
    context = _PostingContext.load(session, {line.account for line in lines})
    validated = _validated_lines(context, entry)
    previous_index, previous_hash = _chain_tail(session)
    posted_at = _posting_time()
    canonical = _canonical_entry(
        context, entry, validated, previous_index + 1, posted_at,
        lambda journal, year: take_next_number(session, doc_type="entry", series=journal,
                                               fiscal_year=year))
    row = JournalEntry(
        chain_index=canonical.chain_index, journal_code=journal, number=canonical.number,
        fiscal_year=canonical.fiscal_year, date=date, label=label, reference=reference,
        source=source, reversal_of_id=reversal_of_id, posted_at=posted_at,
        hash=entry_hash(previous_hash, canonical),
    )
    session.add(row)
    session.flush()
    for line, cline in zip(lines, validated, strict=True):
        session.add(JournalLine(
            entry_id=row.id, line_no=cline.line_no, entry_date=date,
            account_id=context.accounts[line.account].id, label=line.label,
            currency=cline.currency, debit=line.debit, credit=line.credit, rate=cline.rate,
            base_debit=cline.base_debit, base_credit=cline.base_credit,
            partner_id=line.partner_id, tax_code=line.tax_code, due_date=line.due_date,
        ))
    session.flush()
    return get_entry(session, row.id)


_INSERT_ENTRY = (
    "INSERT INTO journal_entry (chain_index, journal_code, number, fiscal_year, date, label,"
    " reference, source, reversal_of_id, posted_at, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_LINE = (
    "INSERT INTO journal_line (entry_id, line_no, entry_date, account_id, label, currency,"
    " debit, credit, rate, base_debit, base_credit, partner_id, tax_code, due_date)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def post_entries(session: Session, entries: Sequence[EntryInput]) -> list[int]:
    """Post many entries in the session's transaction, with the same rules, numbers and
    chain as :func:`post_entry`, at import speed (imports, the demo generator). All of
    them are checked before the first is written, so a bad one writes nothing.
    Returns the new entries' ids, in order."""
    context = _PostingContext.load(session)
    validated = [_validated_lines(context, entry) for entry in entries]
    previous_index, previous_hash = _chain_tail(session)
    posted_at = _posting_time()
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]

    def take_number(journal: str, fiscal_year: int) -> int:
        return take_next_number_raw(cursor, doc_type="entry", series=journal,
                                    fiscal_year=fiscal_year)

    ids: list[int] = []
    for offset, (entry, lines) in enumerate(zip(entries, validated, strict=True), start=1):
        canonical = _canonical_entry(context, entry, lines, previous_index + offset,
                                     posted_at, take_number)
        previous_hash = entry_hash(previous_hash, canonical)
        cursor.execute(_INSERT_ENTRY, (
            canonical.chain_index, entry.journal, canonical.number, canonical.fiscal_year,
            canonical.date, entry.label, entry.reference, entry.source, entry.reversal_of_id,
            canonical.posted_at, previous_hash))
        entry_id = cursor.lastrowid
        ids.append(entry_id)
        cursor.executemany(_INSERT_LINE, [
            (entry_id, ln.line_no, canonical.date, context.accounts[ln.account_code].id,
             ln.label, ln.currency, ln.debit, ln.credit, ln.rate, ln.base_debit,
             ln.base_credit, ln.partner_id, ln.tax_code, ln.due_date)
            for ln in lines])
    cursor.close()
    _expire_loaded_sequences(session)
    return ids


def _expire_loaded_sequences(session: Session) -> None:
    # The numbers were taken behind the ORM's back: reload any sequence it holds.
    for loaded in list(session.identity_map.values()):
        if isinstance(loaded, NumberSequence):
            session.expire(loaded)


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
