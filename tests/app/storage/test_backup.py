"""Backups: verified online copies, restore with a safety copy, rotation."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from app import clock
from app.errors import BackupFailed, CorruptLedger, LedgerLocked, NotALedger
from app.ledger.integrity import (
    backup_ledger,
    enable_automatic_backups,
    open_ledger,
    restore_ledger,
    verify_ledger,
)
from app.ledger.posting import LineInput, post_entry
from app.storage.backup import (
    AutomaticBackup,
    backup_folder,
    backups_to_keep,
    changes_pending,
    list_automatic_backups,
    mark_changes_pending,
)
from app.storage.ledger_file import LedgerFile, open_ledger_file


def post_sale(ledger: LedgerFile, cents: int, day: dt.date = dt.date(2026, 3, 2)) -> str:
    with ledger.unit_of_work() as session:
        return post_entry(session, journal="VT", date=day, label=f"Vente {cents}",
                          lines=[LineInput("512", debit=cents),
                                 LineInput("706", credit=cents)]).number


def tamper_with_a_line(path_or_ledger: Path | LedgerFile, entry_number: str) -> None:
    """What a hand edit with an SQLite browser would do: drop the guard, change a line."""
    connection = (path_or_ledger.raw_connection() if isinstance(path_or_ledger, LedgerFile)
                  else sqlite3.connect(str(path_or_ledger)))
    connection.execute("DROP TRIGGER journal_line_no_update")
    connection.execute(
        "UPDATE journal_line SET label = 'edited' WHERE entry_id ="
        " (SELECT id FROM journal_entry WHERE number = ?)", (entry_number,))
    connection.commit()
    connection.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_backup_post_more_then_restore_gives_back_the_old_state(
        ledger: LedgerFile, tmp_path: Path, fixed_clock: dt.datetime) -> None:
    for cents in (1000, 2000, 3000):
        post_sale(ledger, cents)
    saved = backup_ledger(ledger, tmp_path / "saved.comptoir")
    saved_report = verify_ledger(saved)
    assert saved_report.ok and saved_report.entries == 3
    post_sale(ledger, 4000)
    post_sale(ledger, 5000)
    ledger.close()

    safety = restore_ledger(saved, ledger.path)

    restored = verify_ledger(ledger.path)
    assert restored.ok
    assert (restored.entries, restored.last_hash) == (3, saved_report.last_hash)
    assert safety is not None and safety.parent == backup_folder(ledger.path)
    assert "before-restore" in safety.name
    assert verify_ledger(safety).entries == 5
    reopened = open_ledger(ledger.path)
    try:
        assert post_sale(reopened, 6000) == "VT-2026-000004"  # numbering goes on from 3
    finally:
        reopened.close()


def test_a_backup_is_a_single_self_contained_file(ledger: LedgerFile, tmp_path: Path) -> None:
    post_sale(ledger, 1000)
    saved = backup_ledger(ledger, tmp_path / "out" / "saved.comptoir")
    connection = sqlite3.connect(str(saved))
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert [path.name for path in saved.parent.iterdir()] == ["saved.comptoir"]


def test_backup_into_a_folder_names_the_file_by_time(
        ledger: LedgerFile, tmp_path: Path, fixed_clock: dt.datetime) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    first = backup_ledger(ledger, folder)
    second = backup_ledger(ledger, folder)  # same second: a free name, not an overwrite
    stamp = fixed_clock.astimezone().strftime("%Y%m%d-%H%M%S")
    assert first.name == f"dupont-{stamp}.comptoir"
    assert second.name == f"dupont-{stamp}-2.comptoir"
    assert verify_ledger(second).ok


def test_backup_of_a_tampered_ledger_is_refused_and_leaves_no_file(
        ledger: LedgerFile, tmp_path: Path) -> None:
    post_sale(ledger, 1000)
    number = post_sale(ledger, 2000)
    tamper_with_a_line(ledger, number)
    dest = tmp_path / "out" / "saved.comptoir"
    with pytest.raises(BackupFailed) as refused:
        backup_ledger(ledger, dest)
    assert number in str(refused.value)
    assert list(dest.parent.iterdir()) == []


def test_backup_never_replaces_the_ledger_itself(ledger: LedgerFile) -> None:
    before = file_digest(ledger.path)
    with pytest.raises(BackupFailed):
        backup_ledger(ledger, ledger.path)
    assert file_digest(ledger.path) == before


def test_backup_never_replaces_another_open_ledger(ledger: LedgerFile, tmp_path: Path) -> None:
    other = open_ledger(backup_ledger(ledger, tmp_path / "other.comptoir"))
    try:
        with pytest.raises(BackupFailed):
            backup_ledger(ledger, other.path)
    finally:
        other.close()


def test_restore_refuses_a_tampered_backup_and_leaves_the_target_untouched(
        ledger: LedgerFile, tmp_path: Path) -> None:
    number = post_sale(ledger, 1000)
    saved = backup_ledger(ledger, tmp_path / "saved.comptoir")
    ledger.close()
    tamper_with_a_line(saved, number)
    before = file_digest(ledger.path)
    with pytest.raises(CorruptLedger) as refused:
        restore_ledger(saved, ledger.path)
    assert number in str(refused.value)
    assert file_digest(ledger.path) == before
    assert not backup_folder(ledger.path).exists()  # not even a safety copy was needed


def test_restore_refuses_a_file_that_is_no_ledger(ledger: LedgerFile, tmp_path: Path) -> None:
    junk = tmp_path / "junk.comptoir"
    junk.write_bytes(b"\x00garbage" * 100)
    ledger.close()
    with pytest.raises(NotALedger):
        restore_ledger(junk, ledger.path)


def test_restore_refuses_an_open_target(ledger: LedgerFile, tmp_path: Path) -> None:
    saved = backup_ledger(ledger, tmp_path / "saved.comptoir")
    before = file_digest(ledger.path)
    with pytest.raises(LedgerLocked) as refused:
        restore_ledger(saved, ledger.path)
    assert "already open by" in str(refused.value)
    assert file_digest(ledger.path) == before


def test_restore_to_a_new_place_needs_no_safety_copy(ledger: LedgerFile, tmp_path: Path
                                                     ) -> None:
    post_sale(ledger, 1000)
    saved = backup_ledger(ledger, tmp_path / "saved.comptoir")
    target = tmp_path / "elsewhere" / "copy.comptoir"
    assert restore_ledger(saved, target) is None
    assert verify_ledger(target).entries == 1
    reopened = open_ledger_file(target)
    reopened.close()


def test_restore_removes_a_stale_wal_of_the_replaced_file(ledger: LedgerFile, tmp_path: Path
                                                          ) -> None:
    post_sale(ledger, 1000)
    saved = backup_ledger(ledger, tmp_path / "saved.comptoir")
    post_sale(ledger, 2000)
    ledger.close()
    stale = ledger.path.with_name(ledger.path.name + "-wal")
    stale.write_bytes(b"stale" * 1000)
    restore_ledger(saved, ledger.path)
    assert not stale.exists() or b"stale" not in stale.read_bytes()
    assert verify_ledger(ledger.path).entries == 1


def test_a_ledger_restored_runs_in_wal_mode(ledger: LedgerFile, tmp_path: Path) -> None:
    saved = backup_ledger(ledger, tmp_path / "saved.comptoir")
    ledger.close()
    restore_ledger(saved, ledger.path)
    connection = sqlite3.connect(str(ledger.path))
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    connection.close()


# --- automatic backups -------------------------------------------------------------------

def test_closing_backs_up_only_when_something_changed(ledger: LedgerFile) -> None:
    path = ledger.path
    ledger.close()

    def open_and_close(posting: int | None = None) -> None:
        opened = open_ledger(path)
        if posting is not None:
            post_sale(opened, posting)
        opened.close()

    open_and_close()  # no backup yet: the first close makes one
    assert len(list_automatic_backups(path)) == 1
    open_and_close()  # nothing changed
    open_and_close()
    assert len(list_automatic_backups(path)) == 1
    open_and_close(posting=1000)
    backups = list_automatic_backups(path)
    assert len(backups) == 2
    assert verify_ledger(backups[-1].path).entries == 1
    assert not changes_pending(path)


def test_a_change_is_marked_before_close(ledger: LedgerFile) -> None:
    enable_automatic_backups(ledger)
    enable_automatic_backups(ledger)  # a second call changes nothing
    assert not changes_pending(ledger.path)
    post_sale(ledger, 1000)
    assert changes_pending(ledger.path)  # a crash now still leaves the mark
    ledger.close()
    assert not changes_pending(ledger.path)
    assert len(list_automatic_backups(ledger.path)) == 1


def test_a_mark_left_by_a_crash_triggers_the_next_backup(ledger: LedgerFile) -> None:
    path = ledger.path
    ledger.close()
    open_ledger(path).close()
    mark_changes_pending(path)  # as if a session had crashed after committing
    open_ledger(path).close()
    assert len(list_automatic_backups(path)) == 2


def test_a_writer_without_automatic_backups_is_caught_by_the_last_hash(ledger: LedgerFile
                                                                       ) -> None:
    path = ledger.path
    ledger.close()
    open_ledger(path).close()
    plain = open_ledger_file(path)  # e.g. an older tool: no mark is written
    post_sale(plain, 1000)
    plain.close()
    open_ledger(path).close()
    backups = list_automatic_backups(path)
    assert len(backups) == 2
    assert verify_ledger(backups[-1].path).entries == 1


def _backup(day: dt.datetime, sequence: int = 1) -> AutomaticBackup:
    return AutomaticBackup(Path(f"{day:%Y%m%d-%H%M%S}-{sequence}"), day, sequence)


def test_rotation_keeps_ten_most_recent_and_one_per_month_for_two_years() -> None:
    today = dt.date(2026, 11, 23)
    monthly = [_backup(dt.datetime(year, month, day, 18))
               for year in (2023, 2024, 2025, 2026) for month in range(1, 13)
               for day in (3, 17) if dt.date(year, month, day) < dt.date(2026, 11, 1)]
    recent = [_backup(dt.datetime(2026, 11, day, hour)) for day in (20, 21, 22)
              for hour in (9, 12, 17, 21)]
    same_second = [_backup(dt.datetime(2026, 11, 23, 8), 1),
                   _backup(dt.datetime(2026, 11, 23, 8), 2)]

    keep = backups_to_keep(monthly + recent + same_second, today)

    expected = {backup.path for backup in (recent + same_second)[-10:]}
    expected |= {_backup(dt.datetime(year, month, 17, 18)).path
                 for year, month in [(2024, 12)] + [(2025, m) for m in range(1, 13)]
                 + [(2026, m) for m in range(1, 11)]}
    assert keep == expected
    assert len(keep) == 10 + 23  # November 2026's newest is among the ten


def test_closing_prunes_old_automatic_backups_but_never_tagged_ones(
        ledger: LedgerFile) -> None:
    folder = backup_folder(ledger.path)
    folder.mkdir()
    day = dt.datetime(2020, 1, 1, 12)
    for _ in range(60):  # weekly backups long ago
        (folder / f"dupont-{day:%Y%m%d-%H%M%S}.comptoir").write_bytes(b"old")
        day += dt.timedelta(days=7)
    tagged = folder / "dupont-20200101-120000-before-migration.comptoir"
    tagged.write_bytes(b"kept")
    other = folder / "notes.txt"
    other.write_text("mine")
    enable_automatic_backups(ledger)
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC))
    try:
        ledger.close()
    finally:
        clock.set_clock(None)

    remaining = list_automatic_backups(ledger.path)
    assert len(remaining) == 10  # all older than 24 months: only the ten most recent
    assert remaining[-1].taken_at.date() == dt.date(2026, 11, 23)
    assert tagged.exists() and other.exists()
