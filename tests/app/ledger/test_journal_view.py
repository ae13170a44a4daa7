from __future__ import annotations

import datetime as dt

import pytest

from app.ledger.journal_view import JournalFilter, journal_totals, open_journal
from app.ledger.posting import EntryInput, LineInput, post_entries
from app.storage.ledger_file import LedgerFile

START = dt.date(2026, 1, 1)


@pytest.fixture
def busy_ledger(ledger: LedgerFile) -> LedgerFile:
    """125 entries (250 lines): sales on even days to the bank, purchases of
    supplies paid in cash on odd days, posted out of date order."""
    entries = []
    for i in reversed(range(125)):
        day = START + dt.timedelta(days=i)
        if i % 2 == 0:
            entries.append(EntryInput("BQ", day, f"Vente {i}",
                                      [LineInput("512", debit=1000 + i),
                                       LineInput("706", credit=1000 + i)], reference=f"F{i}"))
        else:
            entries.append(EntryInput("CA", day, f"Achat fournitures {i}",
                                      [LineInput("6064", debit=500),
                                       LineInput("531", credit=500)]))
    with ledger.unit_of_work() as session:
        post_entries(session, entries)
    return ledger


def test_pages_cover_every_line_once_in_date_order(busy_ledger: LedgerFile) -> None:
    with busy_ledger.read() as session:
        pager = open_journal(session, page_size=40)
        rows = [row for index in range(pager.page_count) for row in pager.page(session, index)]
    assert pager.row_count == 250 == len(rows)
    assert len({row.line_id for row in rows}) == 250
    keys = [(row.date, row.line_id) for row in rows]
    assert keys == sorted(keys)


def test_a_jump_far_down_reads_the_same_rows_as_scrolling(busy_ledger: LedgerFile) -> None:
    with busy_ledger.read() as session:
        scrolled = open_journal(session, page_size=40)
        in_order = [scrolled.page(session, index) for index in range(scrolled.page_count)]
        jumped = open_journal(session, JournalFilter(), page_size=40)
        assert jumped.page(session, 5) == in_order[5]  # found by OFFSET, not by scrolling
        assert jumped.page(session, 3) == in_order[3]
        assert jumped.page(session, 6) == in_order[6]  # the last, short page
        assert jumped.page(session, 7) == []


def test_rows_slices_across_page_boundaries(busy_ledger: LedgerFile) -> None:
    with busy_ledger.read() as session:
        pager = open_journal(session, page_size=40)
        everything = pager.rows(session, 0, 250)
        assert pager.rows(session, 35, 10) == everything[35:45]
        assert pager.rows(session, 245, 20) == everything[245:]


def test_filters_narrow_rows_and_totals(busy_ledger: LedgerFile) -> None:
    march = JournalFilter(date_from=dt.date(2026, 3, 1), date_to=dt.date(2026, 3, 31))
    with busy_ledger.read() as session:
        assert open_journal(session, march).row_count == 62
        by_account = open_journal(session, JournalFilter(account_code="53"))
        assert by_account.row_count == 62
        assert {r.account_code for r in by_account.rows(session, 0, 100)} == {"531"}
        by_text = JournalFilter(text="F12")
        assert open_journal(session, by_text).row_count == 2 * 4  # F12, F120, F122, F124
        totals = journal_totals(session, JournalFilter(account_code="531"))
    assert (totals.lines, totals.debit, totals.credit) == (62, 0, 62 * 500)


def test_like_wildcards_in_search_text_are_literal(busy_ledger: LedgerFile) -> None:
    with busy_ledger.read() as session:
        assert open_journal(session, JournalFilter(text="%")).row_count == 0
        assert open_journal(session, JournalFilter(text="_")).row_count == 0


def test_an_empty_view_has_no_rows(ledger: LedgerFile) -> None:
    with ledger.read() as session:
        pager = open_journal(session)
        assert pager.row_count == 0
        assert pager.page(session, 0) == []
