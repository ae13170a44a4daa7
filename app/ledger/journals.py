"""The journals of a ledger (OD, BQ, CA...), for pickers and reports."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.ledger.models import Journal, JournalEntry


@dataclass(frozen=True)
class JournalView:
    code: str
    #: The English name as stored (the default journals are translated on screen).
    name: str


def list_journals(session: Session) -> list[JournalView]:
    """Every journal, in code order."""
    rows = session.execute(select(Journal.code, Journal.name).order_by(Journal.code)).all()
    return [JournalView(code=code, name=name) for code, name in rows]


def journal_revision(session: Session) -> int:
    """A number that changes whenever an entry is posted (the last entry id; posted
    entries are never changed or deleted), so a screen can tell it is out of date."""
    return int(session.execute(select(func.coalesce(func.max(JournalEntry.id), 0)))
               .scalar_one())


def create_journal(session: Session, *, code: str, name: str) -> JournalView:
    """Add a journal (a bank account's own journal, for instance)."""
    session.add(Journal(code=code, name=name))
    session.flush()
    return JournalView(code=code, name=name)


def next_free_journal_code(session: Session, prefix: str) -> str:
    """``BQ1``, ``BQ2``…: the first code with this prefix not yet taken."""
    taken = set(session.execute(select(Journal.code)).scalars())
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"
