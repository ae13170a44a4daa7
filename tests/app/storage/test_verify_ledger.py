"""verify_ledger: read-only, works on an open ledger, reports every bad file clearly."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from app.errors import NotALedger
from app.ledger.chain import verify_chain
from app.ledger.integrity import verify_ledger
from app.ledger.posting import LineInput, post_entry
from app.storage.ledger_file import APPLICATION_ID, LedgerFile, open_ledger_file


def post_sales(ledger: LedgerFile, count: int) -> list[str]:
    with ledger.unit_of_work() as session:
        return [post_entry(session, journal="VT", date=dt.date(2026, 3, 2) + dt.timedelta(index),
                           label=f"Vente {index}",
                           lines=[LineInput("512", debit=1000 + index),
                                  LineInput("706", credit=1000 + index)]).number
                for index in range(count)]


def test_a_sound_ledger_verifies_while_it_is_open(ledger: LedgerFile) -> None:
    post_sales(ledger, 4)
    report = verify_ledger(ledger.path)
    connection = ledger.raw_connection()
    expected = verify_chain(connection)
    connection.close()
    assert report.ok and report.problem is None
    assert (report.entries, report.last_hash) == (4, expected.last_hash)


def test_an_empty_ledger_verifies(ledger: LedgerFile) -> None:
    report = verify_ledger(ledger.path)
    assert report.ok and report.entries == 0


def test_a_line_edited_behind_the_triggers_is_reported_with_its_entry_number(
        ledger: LedgerFile) -> None:
    numbers = post_sales(ledger, 5)
    connection = sqlite3.connect(str(ledger.path))
    connection.execute("DROP TRIGGER journal_line_no_update")
    connection.execute(
        "UPDATE journal_line SET debit = 1, base_debit = 1 WHERE line_no = 1 AND entry_id ="
        " (SELECT id FROM journal_entry WHERE number = ?)", (numbers[2],))
    connection.commit()
    connection.close()

    report = verify_ledger(ledger.path)

    assert not report.ok
    assert report.entries == 2  # the two before it are sound
    assert report.problem is not None and numbers[2] in report.problem


def test_a_relabelled_line_is_caught_by_the_hash(ledger: LedgerFile) -> None:
    numbers = post_sales(ledger, 3)
    connection = sqlite3.connect(str(ledger.path))
    connection.execute("DROP TRIGGER journal_line_no_update")
    connection.execute("UPDATE journal_line SET label = 'moved' WHERE entry_id ="
                       " (SELECT id FROM journal_entry WHERE number = ?)", (numbers[1],))
    connection.commit()
    connection.close()
    report = verify_ledger(ledger.path)
    assert not report.ok and numbers[1] in (report.problem or "")
    assert "altered" in (report.problem or "")


def test_a_sqlite_file_of_another_program_is_refused_clearly(tmp_path: Path) -> None:
    other = tmp_path / "other.comptoir"
    connection = sqlite3.connect(str(other))
    connection.execute("CREATE TABLE customers (name TEXT)")
    connection.commit()
    connection.close()
    report = verify_ledger(other)
    assert not report.ok and report.problem == f"{other} is not a Comptoir ledger file"
    with pytest.raises(NotALedger, match="is not a Comptoir ledger file"):
        open_ledger_file(other)


def test_random_bytes_are_refused_clearly(tmp_path: Path) -> None:
    junk = tmp_path / "junk.comptoir"
    junk.write_bytes(os.urandom(8192))
    report = verify_ledger(junk)
    assert not report.ok and report.problem == f"{junk} is not a Comptoir ledger file"
    assert report.entries == 0 and report.last_hash == ""
    with pytest.raises(NotALedger):
        open_ledger_file(junk)


def test_a_missing_file_is_reported(tmp_path: Path) -> None:
    report = verify_ledger(tmp_path / "nowhere.comptoir")
    assert not report.ok and "does not exist" in (report.problem or "")


def test_damaged_pages_are_reported_not_raised(ledger: LedgerFile, tmp_path: Path) -> None:
    post_sales(ledger, 50)
    ledger.close()
    data = bytearray(ledger.path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size):  # every page but the header's
        start = page * page_size
        data[start:start + 64] = b"\xff" * 64
    damaged = tmp_path / "damaged.comptoir"
    damaged.write_bytes(bytes(data))
    report = verify_ledger(damaged)
    assert not report.ok and "is damaged" in (report.problem or "")


def test_the_application_id_is_what_makes_a_file_ours(tmp_path: Path) -> None:
    # An SQLite file stamped with Comptoir's id but no tables is a ledger to migrate,
    # while verify (which never migrates) reports what it cannot read.
    bare = tmp_path / "bare.comptoir"
    connection = sqlite3.connect(str(bare))
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.commit()
    connection.close()
    report = verify_ledger(bare)
    assert not report.ok and "no such table" in (report.problem or "")
