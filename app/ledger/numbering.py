"""Gapless numbering: one sequence per (document type, series, fiscal year).

A number is taken inside the transaction that posts the document, so a rollback
gives it back and a commit keeps it: no gap, no repeat. A trigger refuses any
update of a sequence other than +1.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.ledger.models import NumberSequence


def take_next_number(session: Session, *, doc_type: str, series: str, fiscal_year: int) -> int:
    """Reserve and return the next number of a sequence (1 for a new sequence)."""
    result = session.execute(
        update(NumberSequence)
        .where(NumberSequence.doc_type == doc_type, NumberSequence.series == series,
               NumberSequence.fiscal_year == fiscal_year)
        .values(last_number=NumberSequence.last_number + 1)
        .returning(NumberSequence.last_number)
    ).scalar_one_or_none()
    if result is not None:
        return int(result)
    session.add(NumberSequence(doc_type=doc_type, series=series, fiscal_year=fiscal_year,
                               last_number=1))
    session.flush()
    return 1


_TAKE_SQL = (
    "UPDATE number_sequence SET last_number = last_number + 1"
    " WHERE doc_type = ? AND series = ? AND fiscal_year = ? RETURNING last_number"
)
_START_SQL = (
    "INSERT INTO number_sequence (doc_type, series, fiscal_year, last_number) VALUES (?,?,?,1)"
)


def take_next_number_raw(cursor: sqlite3.Cursor, *, doc_type: str, series: str,
                         fiscal_year: int) -> int:
    """:func:`take_next_number` on the session's own DB-API cursor, for bulk posting,
    where the ORM's cost per statement would dominate. The caller expires any
    ``NumberSequence`` the session holds, since it does not see these writes."""
    row = cursor.execute(_TAKE_SQL, (doc_type, series, fiscal_year)).fetchone()
    if row is not None:
        return int(row[0])
    cursor.execute(_START_SQL, (doc_type, series, fiscal_year))
    return 1


def peek_last_number(session: Session, *, doc_type: str, series: str, fiscal_year: int) -> int:
    """The last number taken (0 if none), for display."""
    value = session.execute(
        select(NumberSequence.last_number).where(
            NumberSequence.doc_type == doc_type, NumberSequence.series == series,
            NumberSequence.fiscal_year == fiscal_year)
    ).scalar_one_or_none()
    return int(value or 0)


def format_entry_number(journal: str, fiscal_year: int, number: int) -> str:
    """``BQ-2026-000042``: journal, fiscal year, six-digit counter."""
    return f"{journal}-{fiscal_year}-{number:06d}"
