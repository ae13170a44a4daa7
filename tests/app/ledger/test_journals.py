from __future__ import annotations

import datetime as dt

from app.ledger.company import DEFAULT_JOURNALS
from app.ledger.journals import JournalView, journal_revision, list_journals
from app.ledger.posting import LineInput, post_entry


def test_lists_the_default_journals_in_code_order(ledger) -> None:
    with ledger.read() as session:
        journals = list_journals(session)
    assert [j.code for j in journals] == sorted(DEFAULT_JOURNALS)
    assert JournalView("BQ", "Bank") in journals


def test_revision_changes_when_an_entry_is_posted(ledger) -> None:
    with ledger.read() as session:
        before = journal_revision(session)
    with ledger.unit_of_work() as session:
        post_entry(session, journal="OD", date=dt.date(2026, 3, 1), label="Test",
                   lines=[LineInput("512", debit=100), LineInput("706", credit=100)])
    with ledger.read() as session:
        after = journal_revision(session)
    assert before == 0
    assert after > before
