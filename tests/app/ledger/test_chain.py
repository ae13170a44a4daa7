from __future__ import annotations

import datetime as dt

from app.ledger.chain import GENESIS_HASH, verify_chain
from app.ledger.posting import LineInput, post_entry
from app.storage.ledger_file import LedgerFile


def post_sales(ledger: LedgerFile, count: int) -> None:
    for i in range(count):
        with ledger.unit_of_work() as session:
            post_entry(session, journal="BQ", date=dt.date(2026, 5, 1 + i), label=f"Vente {i}",
                       lines=[LineInput("512", debit=100 * (i + 1)),
                              LineInput("706", credit=100 * (i + 1))])


def tamper(ledger: LedgerFile, statement: str) -> None:
    connection = ledger.raw_connection()
    for trigger in ("journal_line_no_update", "journal_entry_no_update",
                    "journal_entry_no_delete", "journal_line_no_delete"):
        connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    connection.execute(statement)
    connection.commit()
    connection.close()


def test_a_sound_chain_verifies(ledger: LedgerFile) -> None:
    post_sales(ledger, 5)
    with ledger.raw_connection() as connection:
        report = verify_chain(connection)
    assert report.ok and report.entries == 5 and report.last_hash != GENESIS_HASH


def test_an_empty_ledger_verifies(ledger: LedgerFile) -> None:
    with ledger.raw_connection() as connection:
        report = verify_chain(connection)
    assert report.ok and report.entries == 0 and report.last_hash == GENESIS_HASH


def test_verify_names_the_first_entry_whose_amount_was_changed(ledger: LedgerFile) -> None:
    post_sales(ledger, 5)
    tamper(ledger, "UPDATE journal_line SET debit = 1 WHERE entry_id = 3 AND line_no = 1")
    with ledger.raw_connection() as connection:
        report = verify_chain(connection)
    assert report.problem is not None
    assert report.problem.number == "BQ-2026-000003"


def test_verify_catches_a_rebalanced_edit(ledger: LedgerFile) -> None:
    post_sales(ledger, 3)
    tamper(ledger, "UPDATE journal_line SET base_debit = 5, debit = 5 WHERE entry_id = 2 AND"
                   " line_no = 1")
    tamper(ledger, "UPDATE journal_line SET base_credit = 5, credit = 5 WHERE entry_id = 2 AND"
                   " line_no = 2")
    with ledger.raw_connection() as connection:
        report = verify_chain(connection)
    assert report.problem is not None and report.problem.position == 2


def test_verify_catches_a_deleted_entry(ledger: LedgerFile) -> None:
    post_sales(ledger, 4)
    tamper(ledger, "DELETE FROM journal_line WHERE entry_id = 2")
    tamper(ledger, "DELETE FROM journal_entry WHERE id = 2")
    with ledger.raw_connection() as connection:
        report = verify_chain(connection)
    assert report.problem is not None and report.problem.position == 3


def test_verify_catches_a_changed_date(ledger: LedgerFile) -> None:
    post_sales(ledger, 2)
    tamper(ledger, "UPDATE journal_entry SET date = '2020-01-01' WHERE id = 1")
    with ledger.raw_connection() as connection:
        report = verify_chain(connection)
    assert report.problem is not None and report.problem.position == 1
