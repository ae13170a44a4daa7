from __future__ import annotations

from app.ledger.company import DEFAULT_JOURNALS
from app.ledger.journals import JournalView, list_journals


def test_lists_the_default_journals_in_code_order(ledger) -> None:
    with ledger.read() as session:
        journals = list_journals(session)
    assert [j.code for j in journals] == sorted(DEFAULT_JOURNALS)
    assert JournalView("BQ", "Bank") in journals
