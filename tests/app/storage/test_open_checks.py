"""Opening checks: a damaged file is refused on open, or, when the window opens it with
the check in the background, it can be read but never written."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.errors import CorruptLedger, NotALedger
from app.ledger.company import create_company_ledger
from app.ledger.posting import LineInput, post_entry
from app.storage.ledger_file import open_ledger_file
from tests.conftest import french_company


def damaged_ledger(tmp_path: Path) -> Path:
    """A ledger whose journal-line index pages are overwritten with zeros."""
    path = tmp_path / "damaged.comptoir"
    ledger = create_company_ledger(path, french_company())
    for day in range(1, 60):
        with ledger.unit_of_work() as session:
            post_entry(session, journal="OD", date=dt.date(2026, 1, 1) + dt.timedelta(day),
                       label="x" * 200, lines=[LineInput("512", debit=day),
                                               LineInput("706", credit=day)])
    ledger.close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master"
                              " WHERE name = 'ix_journal_line_date_id'").fetchone()[0]
    connection.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size + 100)
        handle.write(b"\x00" * (page_size - 100))
    return path


def test_a_damaged_file_is_refused_on_open(tmp_path: Path) -> None:
    with pytest.raises(CorruptLedger):
        open_ledger_file(damaged_ledger(tmp_path))


def test_checked_in_the_background_a_damaged_file_takes_no_write(tmp_path: Path) -> None:
    ledger = open_ledger_file(damaged_ledger(tmp_path), check_in_background=True)
    try:
        assert ledger.check_problems()  # the check found the damage
        with pytest.raises(CorruptLedger), ledger.unit_of_work():
            pass
    finally:
        ledger.close()


def test_a_sound_file_checked_in_the_background_is_writable(tmp_path: Path) -> None:
    path = tmp_path / "sound.comptoir"
    create_company_ledger(path, french_company()).close()
    ledger = open_ledger_file(path, check_in_background=True)
    try:
        with ledger.unit_of_work() as session:
            post_entry(session, journal="OD", date=dt.date(2026, 1, 2), label="ok",
                       lines=[LineInput("512", debit=1), LineInput("706", credit=1)])
        assert not ledger.check_pending() and ledger.check_problems() == []
    finally:
        ledger.close()


def test_a_foreign_file_is_refused_even_with_a_background_check(tmp_path: Path) -> None:
    other = tmp_path / "other.comptoir"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotALedger):
        open_ledger_file(other, check_in_background=True)
