"""Draft entries: prepared, saved, edited or discarded freely; posted in one step."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.errors import EntryNotFound
from app.ledger.models import DraftEntry, DraftLine
from app.ledger.posting import LineInput, PostedEntry, post_entry


@dataclass(frozen=True)
class DraftLineInput:
    account: str
    debit: int = 0
    credit: int = 0
    label: str = ""


@dataclass(frozen=True)
class DraftView:
    id: int
    journal: str
    date: dt.date
    label: str
    reference: str
    lines: tuple[DraftLineInput, ...]

    @property
    def difference(self) -> int:
        """Debits minus credits: zero when the draft can be posted."""
        return sum(line.debit - line.credit for line in self.lines)


def _view(draft: DraftEntry) -> DraftView:
    return DraftView(
        id=draft.id, journal=draft.journal_code, date=draft.date, label=draft.label,
        reference=draft.reference,
        lines=tuple(DraftLineInput(ln.account_code, ln.debit, ln.credit, ln.label)
                    for ln in draft.lines),
    )


def save_draft(
    session: Session,
    *,
    journal: str,
    date: dt.date,
    label: str,
    lines: Sequence[DraftLineInput],
    reference: str = "",
    draft_id: int | None = None,
) -> DraftView:
    """Create a draft, or replace the content of draft ``draft_id``."""
    draft = DraftEntry() if draft_id is None else _get(session, draft_id)
    draft.journal_code, draft.date, draft.label, draft.reference = journal, date, label, reference
    draft.updated_at = clock.now().replace(tzinfo=None)
    draft.lines = [
        DraftLine(line_no=i, account_code=ln.account, label=ln.label, debit=ln.debit,
                  credit=ln.credit)
        for i, ln in enumerate(lines, start=1)
    ]
    session.add(draft)
    session.flush()
    return _view(draft)


def _get(session: Session, draft_id: int) -> DraftEntry:
    draft = session.get(DraftEntry, draft_id)
    if draft is None:
        raise EntryNotFound(entry=f"draft {draft_id}")
    return draft


def get_draft(session: Session, draft_id: int) -> DraftView:
    return _view(_get(session, draft_id))


def list_drafts(session: Session) -> list[DraftView]:
    drafts = session.execute(select(DraftEntry).order_by(DraftEntry.date, DraftEntry.id))
    return [_view(draft) for draft in drafts.scalars()]


def discard_draft(session: Session, draft_id: int) -> None:
    session.delete(_get(session, draft_id))
    session.flush()


def post_draft(session: Session, draft_id: int) -> PostedEntry:
    """Post a draft (all the posting rules apply) and remove it, in one transaction."""
    draft = _get(session, draft_id)
    lines = [LineInput(account=ln.account_code, debit=ln.debit, credit=ln.credit,
                       label=ln.label)
             for ln in draft.lines if ln.debit or ln.credit]
    posted = post_entry(session, journal=draft.journal_code, date=draft.date,
                        label=draft.label, lines=lines, reference=draft.reference)
    session.delete(draft)
    session.flush()
    return posted
