from __future__ import annotations

import datetime as dt

import pytest

from app.errors import EntryNotFound, UnbalancedEntry
from app.ledger.drafts import (
    DraftLineInput,
    discard_draft,
    get_draft,
    list_drafts,
    post_draft,
    save_draft,
)
from app.storage.ledger_file import LedgerFile

LINES = [DraftLineInput("512", debit=2500), DraftLineInput("706", credit=2500)]


def test_draft_is_saved_edited_and_posted(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        draft = save_draft(session, journal="OD", date=dt.date(2026, 6, 1), label="Brouillon",
                           lines=[DraftLineInput("512", debit=2500)])
    assert draft.difference == 2500
    with ledger.unit_of_work() as session:
        draft = save_draft(session, draft_id=draft.id, journal="OD", date=dt.date(2026, 6, 1),
                           label="Vente", lines=LINES)
    assert draft.difference == 0
    with ledger.unit_of_work() as session:
        posted = post_draft(session, draft.id)
    assert posted.number == "OD-2026-000001"
    with ledger.read() as session:
        assert list_drafts(session) == []


def test_an_unbalanced_draft_stays_a_draft(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        draft = save_draft(session, journal="OD", date=dt.date(2026, 6, 1), label="x",
                           lines=[DraftLineInput("512", debit=1), DraftLineInput("706", credit=2)])
    with pytest.raises(UnbalancedEntry), ledger.unit_of_work() as session:
        post_draft(session, draft.id)
    with ledger.read() as session:
        assert get_draft(session, draft.id).lines[1].credit == 2


def test_discarded_draft_is_gone(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        draft = save_draft(session, journal="OD", date=dt.date(2026, 6, 1), label="x",
                           lines=LINES)
        discard_draft(session, draft.id)
    with pytest.raises(EntryNotFound), ledger.read() as session:
        get_draft(session, draft.id)
