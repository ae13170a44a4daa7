from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import (
    AlreadyReversed,
    CannotReverseReversal,
    EmptyEntry,
    GroupAccount,
    ImmutableEntry,
    InactiveAccount,
    InvalidLine,
    PeriodLocked,
    UnbalancedEntry,
    UnknownAccount,
)
from app.ledger.accounts import account_balances, set_account_active
from app.ledger.chain import verify_chain
from app.ledger.company import set_lock_date
from app.ledger.posting import (
    EntryInput,
    LineInput,
    get_entry,
    post_entries,
    post_entry,
    reverse_entry,
)
from app.storage.ledger_file import LedgerFile

DAY = dt.date(2026, 3, 15)


def sale(ledger: LedgerFile, cents: int, day: dt.date = DAY, journal: str = "BQ") -> int:
    with ledger.unit_of_work() as session:
        return post_entry(session, journal=journal, date=day, label="Vente comptoir",
                          lines=[LineInput("512", debit=cents), LineInput("706", credit=cents)]
                          ).id


def entry_count(ledger: LedgerFile) -> int:
    with ledger.raw_connection() as connection:
        return int(connection.execute("SELECT count(*) FROM journal_entry").fetchone()[0])


def test_posted_entry_gets_number_hash_and_lines(ledger: LedgerFile, fixed_clock) -> None:
    with ledger.unit_of_work() as session:
        entry = post_entry(session, journal="BQ", date=DAY, label="Vente", reference="F-001",
                           lines=[LineInput("512", debit=12000, label="Client Martin"),
                                  LineInput("706", credit=10000),
                                  LineInput("44571", credit=2000)])
    assert entry.number == "BQ-2026-000001"
    assert len(entry.hash) == 64
    assert [ln.account_code for ln in entry.lines] == ["512", "706", "44571"]
    assert entry.total == 12000
    assert entry.posted_at == fixed_clock.replace(tzinfo=None)


def test_unbalanced_entry_is_refused_with_the_difference(ledger: LedgerFile) -> None:
    with pytest.raises(UnbalancedEntry) as caught, ledger.unit_of_work() as session:
        post_entry(session, journal="OD", date=DAY, label="x",
                   lines=[LineInput("512", debit=1000), LineInput("706", credit=999)])
    assert caught.value.details["difference_minor"] == 1
    assert entry_count(ledger) == 0


@pytest.mark.parametrize(
    ("lines", "error"),
    [
        ([LineInput("512", debit=100)], EmptyEntry),
        ([LineInput("512", debit=100), LineInput("999999", credit=100)], UnknownAccount),
        ([LineInput("512", debit=100, credit=100), LineInput("706", credit=0)], InvalidLine),
        ([LineInput("512", debit=-100), LineInput("706", credit=-100)], InvalidLine),
        ([LineInput("5", debit=100), LineInput("706", credit=100)], GroupAccount),
        ([LineInput("512", debit=100, currency="USD"), LineInput("706", credit=100)],
         InvalidLine),
    ],
)
def test_invalid_entries_write_nothing(ledger: LedgerFile, lines: list[LineInput],
                                       error: type[Exception]) -> None:
    with pytest.raises(error), ledger.unit_of_work() as session:
        post_entry(session, journal="OD", date=DAY, label="x", lines=lines)
    assert entry_count(ledger) == 0


def test_foreign_currency_line_is_converted_at_its_rate(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        entry = post_entry(session, journal="BQ", date=DAY, label="Vente export",
                           lines=[LineInput("512", debit=10000, currency="USD",
                                            rate=Decimal("0.9215")),
                                  LineInput("706", credit=9215)])
    usd = entry.lines[0]
    assert (usd.currency, usd.debit, usd.rate, usd.base_debit) == ("USD", 10000, "0.9215", 9215)


def test_numbers_have_no_gaps_per_journal_and_year(ledger: LedgerFile) -> None:
    sale(ledger, 100, journal="BQ")
    sale(ledger, 100, journal="CA")
    with pytest.raises(UnbalancedEntry), ledger.unit_of_work() as session:
        post_entry(session, journal="BQ", date=DAY, label="x",
                   lines=[LineInput("512", debit=1), LineInput("706", credit=2)])
    sale(ledger, 100, journal="BQ")
    sale(ledger, 100, journal="BQ", day=dt.date(2027, 1, 2))
    with ledger.read() as session:
        numbers = [get_entry(session, i).number for i in range(1, 5)]
    assert numbers == ["BQ-2026-000001", "CA-2026-000001", "BQ-2026-000002", "BQ-2027-000001"]


def test_reversal_mirrors_the_entry_and_links_to_it(ledger: LedgerFile) -> None:
    original_id = sale(ledger, 4200)
    with ledger.unit_of_work() as session:
        reversal = reverse_entry(session, entry_id=original_id, label="Annulation")
    with ledger.read() as session:
        original = get_entry(session, original_id)
        balances = account_balances(session)
    assert reversal.reversal_of_id == original_id
    assert original.reversed_by_id == reversal.id
    assert [(ln.debit, ln.credit) for ln in reversal.lines] == [(0, 4200), (4200, 0)]
    assert balances["512"].balance == 0 and balances["706"].balance == 0


def test_an_entry_is_reversed_once_and_a_reversal_is_not_reversed(ledger: LedgerFile) -> None:
    original_id = sale(ledger, 100)
    with ledger.unit_of_work() as session:
        reversal = reverse_entry(session, entry_id=original_id)
    with pytest.raises(AlreadyReversed), ledger.unit_of_work() as session:
        reverse_entry(session, entry_id=original_id)
    with pytest.raises(CannotReverseReversal), ledger.unit_of_work() as session:
        reverse_entry(session, entry_id=reversal.id)


def test_lock_date_refuses_postings_inside_the_closed_period(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        set_lock_date(session, dt.date(2026, 3, 31))
    with pytest.raises(PeriodLocked):
        sale(ledger, 100, day=dt.date(2026, 3, 31))
    assert sale(ledger, 100, day=dt.date(2026, 4, 1)) > 0


def test_inactive_account_refuses_postings(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        set_account_active(session, code="5112", active=False)
    with pytest.raises(InactiveAccount), ledger.unit_of_work() as session:
        post_entry(session, journal="OD", date=DAY, label="x",
                   lines=[LineInput("5112", debit=1), LineInput("706", credit=1)])


def test_triggers_refuse_raw_changes_to_posted_rows(ledger: LedgerFile) -> None:
    sale(ledger, 100)
    connection = ledger.raw_connection()
    statements = [
        "UPDATE journal_entry SET label = 'changed'",
        "DELETE FROM journal_entry",
        "UPDATE journal_line SET base_debit = 1",
        "DELETE FROM journal_line",
        "UPDATE number_sequence SET last_number = 7",
        "DELETE FROM number_sequence",
    ]
    for statement in statements:
        with pytest.raises(sqlite3.DatabaseError, match="COMPTOIR_IMMUTABLE"):
            connection.execute(statement)
    connection.close()


def test_adding_a_line_to_an_older_entry_is_refused(ledger: LedgerFile) -> None:
    sale(ledger, 100)
    sale(ledger, 100)
    connection = ledger.raw_connection()
    with pytest.raises(sqlite3.DatabaseError, match="COMPTOIR_IMMUTABLE"):
        connection.execute(
            "INSERT INTO journal_line (entry_id, line_no, entry_date, account_id, label,"
            " currency, debit, credit, rate, base_debit, base_credit) "
            "VALUES (1, 9, '2026-03-15', 1, '', 'EUR', 5, 0, '1', 5, 0)")
    connection.close()


def test_orm_update_of_a_posted_entry_raises_a_coded_error(ledger: LedgerFile) -> None:
    from app.ledger.models import JournalEntry

    entry_id = sale(ledger, 100)
    with pytest.raises(ImmutableEntry), ledger.unit_of_work() as session:
        row = session.get(JournalEntry, entry_id)
        assert row is not None
        row.label = "rewritten"


def test_bulk_posting_matches_single_posting_chain(ledger: LedgerFile) -> None:
    entries = [EntryInput("CA", DAY + dt.timedelta(days=i), f"Vente {i}",
                          [LineInput("531", debit=100 + i), LineInput("706", credit=100 + i)])
               for i in range(50)]
    with ledger.unit_of_work() as session:
        assert len(post_entries(session, entries)) == 50
    sale(ledger, 100)
    with ledger.raw_connection() as connection:
        report = verify_chain(connection)
    assert report.ok and report.entries == 51


def test_bulk_posting_writes_nothing_when_one_entry_is_bad(ledger: LedgerFile) -> None:
    good = EntryInput("CA", DAY, "ok", [LineInput("531", debit=1), LineInput("706", credit=1)])
    bad = EntryInput("CA", DAY, "ko", [LineInput("531", debit=1), LineInput("706", credit=2)])
    with pytest.raises(UnbalancedEntry), ledger.unit_of_work() as session:
        post_entries(session, [good, bad])
    assert entry_count(ledger) == 0


amounts = st.integers(min_value=1, max_value=10**11)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(amounts, st.integers(min_value=1, max_value=4)), min_size=1,
                max_size=8))
def test_any_balanced_posting_keeps_the_trial_balance_at_zero(
        ledger: LedgerFile, postings: list[tuple[int, int]]) -> None:
    for total, parts in postings:
        credits = [share for share in _split(total, parts)]
        with ledger.unit_of_work() as session:
            post_entry(session, journal="OD", date=DAY, label="p",
                       lines=[LineInput("512", debit=total)]
                       + [LineInput("706", credit=c) for c in credits if c])
    with ledger.read() as session:
        balances = account_balances(session)
    classes = [balances[c] for c in "1234567" if c in balances]
    assert sum(b.debit for b in classes) == sum(b.credit for b in classes)
    with ledger.raw_connection() as connection:
        assert verify_chain(connection).ok


def _split(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]
