"""A ledger file's soundness, its backups and restore: storage's copies, checked with
the hash chain. This is what the UI and the command line call.

- :func:`open_ledger` opens a ledger with a backup before any migration and automatic
  backups on close.
- :func:`verify_ledger` checks any file (an open ledger, a closed one, a backup)
  read-only and reports what it found; it never raises for a bad file.
- :func:`backup_ledger`, :func:`backup_now` and :func:`restore_ledger` write only
  verified copies.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.errors import ChainBroken, ComptoirError, CorruptLedger, LedgerNotFound
from app.ledger.chain import ChainReport, last_hash, verify_chain
from app.storage import backup as storage_backup
from app.storage.ledger_file import LedgerFile, open_ledger_file


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    #: Entries whose hash was verified (those before the first problem, if any).
    entries: int
    #: The hash of the last verified entry ("" if the file could not be read).
    last_hash: str
    #: The first problem found, as a sentence naming the entry number; None when ok.
    problem: str | None


@dataclass(frozen=True)
class LedgerSummary:
    path: str
    company: str
    currency: str
    chart: str
    entries: int
    lines: int
    accounts: int
    last_hash: str
    file_size: int


def _chain_problem(report: ChainReport) -> str | None:
    if report.problem is None:
        return None
    problem = report.problem
    return str(ChainBroken(number=problem.number, position=problem.position,
                           problem=problem.problem))


def verify_ledger(path: Path) -> IntegrityReport:
    """Check a file read-only: Comptoir's application id, SQLite's integrity check, then
    the hash chain of every entry. Works while the ledger is open elsewhere."""
    path = Path(path)
    try:
        if not path.is_file():
            raise LedgerNotFound(path=str(path))
        connection = storage_backup.open_checked(path)
        try:
            chain = verify_chain(connection)
        finally:
            connection.close()
    except ComptoirError as exc:
        return IntegrityReport(ok=False, entries=0, last_hash="", problem=str(exc))
    except sqlite3.Error as exc:
        return IntegrityReport(ok=False, entries=0, last_hash="",
                               problem=str(CorruptLedger(path=str(path), problem=str(exc))))
    return IntegrityReport(ok=chain.ok, entries=chain.entries, last_hash=chain.last_hash,
                           problem=_chain_problem(chain))


def check_chain(path: Path) -> None:
    """The ledger part of a backup's check: raises :class:`CorruptLedger` if the chain of
    the file at ``path`` is broken (storage has already run SQLite's checks)."""
    try:
        connection = storage_backup.connect_read_only(path)
        try:
            problem = _chain_problem(verify_chain(connection))
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise CorruptLedger(path=str(path), problem=str(exc)) from exc
    if problem is not None:
        raise CorruptLedger(path=str(path), problem=problem)


def backup_ledger(ledger: LedgerFile, dest: Path) -> Path:
    """Back up an open ledger to ``dest`` (a file, or a folder in which it is named
    ``<stem>-YYYYMMDD-HHMMSS.comptoir``) with SQLite's online backup; the copy is
    verified (integrity and chain) before it appears. Raises BackupFailed otherwise."""
    return storage_backup.backup_to(ledger, dest, check=check_chain)


def backup_now(ledger: LedgerFile) -> Path:
    """A verified backup into the ledger's rotating backup folder, then rotation."""
    return storage_backup.take_automatic_backup(ledger, check=check_chain)


def _journal_moved_on(ledger: LedgerFile, newest: storage_backup.AutomaticBackup) -> bool:
    # A safety net for writers that bypassed the pending mark (another tool, a process
    # without automatic backups): the journal's tail differs from the newest backup's.
    try:
        current = ledger.raw_connection()
        saved = storage_backup.connect_read_only(newest.path)
        try:
            return last_hash(current) != last_hash(saved)
        finally:
            current.close()
            saved.close()
    except sqlite3.Error:
        return True


def enable_automatic_backups(ledger: LedgerFile) -> None:
    """On close, back up into ``<file dir>/<stem> backups/`` (10 most recent kept, plus
    the newest of each of the last 24 months) if anything changed since the last one."""
    storage_backup.enable_automatic_backups(ledger, check=check_chain,
                                            extra_reason=_journal_moved_on)


def open_ledger(path: Path, *, check_in_background: bool = False) -> LedgerFile:
    """Open a ledger the way the app does: lock, check, back up before a migration,
    migrate, and back up automatically on close. The window passes
    ``check_in_background`` so a big ledger shows at once while it is checked."""
    ledger = open_ledger_file(path,
                              backup_before_migration=storage_backup.backup_before_migration,
                              check_in_background=check_in_background)
    enable_automatic_backups(ledger)
    return ledger


def restore_ledger(backup: Path, target: Path) -> Path | None:
    """Replace ``target`` with ``backup``. The backup is verified first (a bad one is
    refused and the target untouched); an open target is refused (LedgerLocked); the
    current target is backed up into its backup folder first, and that safety copy's
    path is returned (None if ``target`` did not exist)."""
    backup = Path(backup)
    if not backup.is_file():
        raise LedgerNotFound(path=str(backup))
    return storage_backup.restore_file(backup, target, check=check_chain)


_SUMMARY_SQL = """
SELECT c.name, c.base_currency, c.chart_template,
       (SELECT count(*) FROM journal_entry), (SELECT count(*) FROM journal_line),
       (SELECT count(*) FROM account)
FROM company c WHERE c.id = 1
"""


def summarize_ledger(path: Path) -> LedgerSummary:
    """The company and the size of its books, read-only (the ledger may be open)."""
    path = Path(path)
    if not path.is_file():
        raise LedgerNotFound(path=str(path))
    connection = storage_backup.open_checked(path, quick=True)
    try:
        row = connection.execute(_SUMMARY_SQL).fetchone()
        if row is None:
            raise CorruptLedger(path=str(path), problem="no company settings")
        tail = last_hash(connection)
    except sqlite3.Error as exc:
        raise CorruptLedger(path=str(path), problem=str(exc)) from exc
    finally:
        connection.close()
    name, currency, chart, entries, lines, accounts = row
    return LedgerSummary(path=str(path.resolve()), company=name, currency=currency,
                         chart=chart, entries=entries, lines=lines, accounts=accounts,
                         last_hash=tail, file_size=path.stat().st_size)
