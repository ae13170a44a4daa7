"""Backups and restore of ledger files, with SQLite's online backup API.

Every backup is written to a temporary file beside its destination, checked (SQLite
integrity, then an optional ``check`` callback: the ledger layer passes the hash-chain
verification, since storage knows nothing of entries), and only then renamed into
place, so a destination either holds a verified backup or nothing.

Automatic backups go to a rotating folder beside the ledger, ``<stem> backups/``:
``<stem>-YYYYMMDD-HHMMSS.comptoir``. Backups taken before a migration or a restore
carry a tag (``...-before-migration.comptoir``) and are never rotated away.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import secrets
import shutil
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event

from app import clock
from app.errors import BackupFailed, ComptoirError, CorruptLedger, NotALedger
from app.storage.ledger_file import (
    APPLICATION_ID,
    LEDGER_SUFFIX,
    LedgerFile,
    exclusive_access,
)

#: Raises a ComptoirError if the file at the path is not sound (the chain, for a ledger).
Check = Callable[[Path], None]

BACKUP_FOLDER_SUFFIX = " backups"
KEEP_RECENT = 10
KEEP_MONTHS = 24
BEFORE_MIGRATION = "before-migration"
BEFORE_RESTORE = "before-restore"
# Written before the first change of a session is committed, removed once an automatic
# backup holds the change: a crash between the two cannot hide a change from the next close.
PENDING_MARKER = ".changes-pending"
_SQLITE_HEADER = b"SQLite format 3\x00"
_STALE_TEMP_SECONDS = 3600


# --- names and places ------------------------------------------------------------

def backup_folder(ledger_path: Path) -> Path:
    """``/books/dupont.comptoir`` → ``/books/dupont backups``."""
    ledger_path = Path(ledger_path)
    return ledger_path.parent / f"{ledger_path.stem}{BACKUP_FOLDER_SUFFIX}"


def _local_now() -> dt.datetime:
    return clock.now().astimezone()


def timestamped_path(folder: Path, stem: str, *, tag: str = "",
                     moment: dt.datetime | None = None) -> Path:
    """A free name ``<stem>-YYYYMMDD-HHMMSS[-tag][-n].comptoir`` in ``folder``."""
    base = f"{stem}-{(moment or _local_now()).strftime('%Y%m%d-%H%M%S')}"
    if tag:
        base += f"-{tag}"
    candidate = folder / f"{base}{LEDGER_SUFFIX}"
    counter = 2
    while candidate.exists():
        candidate = folder / f"{base}-{counter}{LEDGER_SUFFIX}"
        counter += 1
    return candidate


def _temp_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *_sidecars(path)):
        candidate.unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    # Makes a rename durable on POSIX; Windows cannot open a folder, and needs no such step.
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# --- checking a file -------------------------------------------------------------

def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection: safe on a ledger open elsewhere, and on a backup."""
    connection = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    connection.execute("PRAGMA busy_timeout=5000")
    return connection


def _read_header(path: Path) -> bytes:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise CorruptLedger(path=str(path), problem=exc.strerror or str(exc)) from exc


def check_structure(connection: sqlite3.Connection, path: Path, *, quick: bool = False
                    ) -> None:
    """Refuse a database that is not Comptoir's, or whose pages are damaged."""
    try:
        if connection.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise NotALedger(path=str(path))
        pragma = "quick_check" if quick else "integrity_check"
        problems = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        raise CorruptLedger(path=str(path), problem=str(exc)) from exc
    if problems != ["ok"]:
        raise CorruptLedger(path=str(path), problem="; ".join(problems[:3]))


def open_checked(path: Path, *, quick: bool = False) -> sqlite3.Connection:
    """A read-only connection on a file found to be a sound Comptoir database."""
    if _read_header(path) != _SQLITE_HEADER:
        raise NotALedger(path=str(path))
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as exc:
        raise CorruptLedger(path=str(path), problem=str(exc)) from exc
    try:
        check_structure(connection, path, quick=quick)
    except BaseException:
        connection.close()
        raise
    return connection


def check_ledger_file(path: Path, *, quick: bool = False) -> None:
    """Refuse a file that is not SQLite, not Comptoir's, or damaged (read-only)."""
    open_checked(path, quick=quick).close()


# --- writing a verified copy -----------------------------------------------------

def _copy_database(source: sqlite3.Connection, target: Path, journal_mode: str) -> None:
    copy = sqlite3.connect(str(target))
    try:
        source.backup(copy)
        # The copy inherits the source's WAL flag; a backup is one self-contained file.
        copy.execute(f"PRAGMA journal_mode={journal_mode}")
    finally:
        copy.close()


def _backup_failed(dest: Path, exc: BaseException) -> BackupFailed:
    if isinstance(exc, BackupFailed):
        return exc
    if isinstance(exc, OSError):
        return BackupFailed(path=str(dest), problem=exc.strerror or str(exc))
    if isinstance(exc, ComptoirError) and "problem" in exc.details:
        # The check saw the temporary file; its name means nothing to the user.
        return BackupFailed(path=str(dest), problem=str(exc.details["problem"]))
    if isinstance(exc, NotALedger):
        return BackupFailed(path=str(dest), problem="the copy is not a Comptoir ledger")
    return BackupFailed(path=str(dest), problem=str(exc))


def write_verified_copy(source: sqlite3.Connection, dest: Path, *,
                        check: Check | None = None) -> Path:
    """Copy ``source`` to ``dest`` through a checked temporary file, then rename it into
    place. Raises :class:`BackupFailed` and leaves nothing behind if any step fails."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(dest)
    try:
        _copy_database(source, temp, "DELETE")
        _fsync_file(temp)
        check_ledger_file(temp)
        if check is not None:
            check(temp)
        os.replace(temp, dest)
        _fsync_folder(dest.parent)
    except (ComptoirError, sqlite3.Error, OSError) as exc:
        raise _backup_failed(dest, exc) from exc
    finally:
        _remove_with_sidecars(temp)
    return dest


def _is_open_ledger(path: Path) -> bool:
    """True if ``path`` is a ledger some program holds open (never clobber it)."""
    if not path.with_name(path.name + ".lock").exists():
        return False
    try:
        with exclusive_access(path):
            return False
    except ComptoirError:
        return True


def _destination(ledger_path: Path, dest: Path) -> Path:
    dest = Path(dest).expanduser().resolve()
    if dest.is_dir():
        dest = timestamped_path(dest, ledger_path.stem)
    if dest == ledger_path or _is_open_ledger(dest):
        raise BackupFailed(path=str(dest), problem="it is an open ledger, not a backup place")
    return dest


def backup_to(ledger: LedgerFile, dest: Path, *, check: Check | None = None) -> Path:
    """Back up an open ledger to ``dest`` (a file, or a folder to name it in)."""
    target = _destination(ledger.path, dest)
    source = ledger.raw_connection()
    try:
        return write_verified_copy(source, target, check=check)
    finally:
        source.close()


def backup_before_migration(path: Path) -> Path:
    """The copy taken before a schema upgrade (``open_ledger_file(backup_before_migration=)``).
    Only SQLite's own check applies: the chain is defined by the schema being left."""
    path = Path(path)
    dest = timestamped_path(backup_folder(path), path.stem, tag=BEFORE_MIGRATION)
    source = sqlite3.connect(str(path))
    try:
        return write_verified_copy(source, dest)
    finally:
        source.close()


# --- automatic backups and their rotation ------------------------------------------

@dataclass(frozen=True)
class AutomaticBackup:
    path: Path
    taken_at: dt.datetime
    #: Orders backups taken within the same second (``-2``, ``-3`` suffixes).
    sequence: int


def _automatic_name(stem: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(LEDGER_SUFFIX)}$")


def list_automatic_backups(ledger_path: Path) -> list[AutomaticBackup]:
    """The rotating backups of a ledger, oldest first (tagged backups are not listed)."""
    folder = backup_folder(ledger_path)
    if not folder.is_dir():
        return []
    pattern = _automatic_name(Path(ledger_path).stem)
    found: list[AutomaticBackup] = []
    for child in folder.iterdir():
        match = pattern.match(child.name)
        if match is None or not child.is_file():
            continue
        try:
            taken_at = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(AutomaticBackup(child, taken_at, int(match.group(2) or 1)))
    return sorted(found, key=lambda backup: (backup.taken_at, backup.sequence))


def _month_index(day: dt.date | dt.datetime) -> int:
    return day.year * 12 + day.month - 1


def backups_to_keep(backups: Iterable[AutomaticBackup], today: dt.date) -> set[Path]:
    """The 10 most recent, plus the most recent of each of the last 24 months."""
    ordered = sorted(backups, key=lambda backup: (backup.taken_at, backup.sequence))
    keep = {backup.path for backup in ordered[-KEEP_RECENT:]}
    newest_of_month: dict[int, AutomaticBackup] = {}
    for backup in ordered:  # oldest first, so the newest of each month wins
        newest_of_month[_month_index(backup.taken_at)] = backup
    oldest_month = _month_index(today) - (KEEP_MONTHS - 1)
    keep.update(backup.path for month, backup in newest_of_month.items()
                if month >= oldest_month)
    return keep


def _remove_stale_temps(folder: Path) -> None:
    # Leftovers of a backup interrupted by a crash; an hour old means nobody writes them.
    cutoff = time.time() - _STALE_TEMP_SECONDS
    for child in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if child.stat().st_mtime < cutoff:
                child.unlink()


def prune_automatic_backups(ledger_path: Path, today: dt.date | None = None) -> list[Path]:
    """Delete the rotating backups that :func:`backups_to_keep` lets go; return them."""
    backups = list_automatic_backups(ledger_path)
    keep = backups_to_keep(backups, today or _local_now().date())
    removed = [backup.path for backup in backups if backup.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    folder = backup_folder(ledger_path)
    if folder.is_dir():
        _remove_stale_temps(folder)
    return removed


def _marker(ledger_path: Path) -> Path:
    return backup_folder(ledger_path) / PENDING_MARKER


def changes_pending(ledger_path: Path) -> bool:
    """True if a change was committed that no automatic backup holds yet."""
    return _marker(ledger_path).exists()


def mark_changes_pending(ledger_path: Path) -> None:
    marker = _marker(ledger_path)
    marker.parent.mkdir(parents=True, exist_ok=True)
    with marker.open("w", encoding="utf-8") as handle:
        handle.write(_local_now().isoformat(timespec="seconds"))
        handle.flush()
        os.fsync(handle.fileno())
    _fsync_folder(marker.parent)


def take_automatic_backup(ledger: LedgerFile, *, check: Check | None = None) -> Path:
    """A backup into the rotating folder now, then rotation. Clears the pending mark."""
    dest = timestamped_path(backup_folder(ledger.path), ledger.path.stem)
    state = _enabled.get(ledger)
    snapshot = ledger.raw_connection()
    try:
        _pin_snapshot_and_clear_mark(ledger, snapshot, state)
        try:
            written = write_verified_copy(snapshot, dest, check=check)
        except BaseException:
            _note_change(ledger, state)  # the changes are still in no backup
            raise
        snapshot.execute("COMMIT")
    finally:
        snapshot.close()
    prune_automatic_backups(ledger.path)
    return written


def _pin_snapshot_and_clear_mark(ledger: LedgerFile, snapshot: sqlite3.Connection,
                                 state: _AutomaticBackups | None) -> None:
    """Start ``snapshot``'s read transaction and clear the pending mark while writers are
    held off, so a change is either in the snapshot or marks the ledger again."""
    guard = ledger.raw_connection()
    try:
        guard.execute("BEGIN IMMEDIATE")
        snapshot.execute("BEGIN")
        snapshot.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if state is not None:
            state.changed = state.marked = False
        _marker(ledger.path).unlink(missing_ok=True)
        guard.execute("ROLLBACK")
    finally:
        guard.close()


#: Extra reason to back up on close: (ledger, newest automatic backup) → bool.
ExtraReason = Callable[[LedgerFile, AutomaticBackup], bool]


@dataclass
class _AutomaticBackups:
    check: Check | None
    extra_reason: ExtraReason | None
    changed: bool = False
    marked: bool = False


_enabled: weakref.WeakKeyDictionary[LedgerFile, _AutomaticBackups] = (
    weakref.WeakKeyDictionary())


def _note_change(ledger: LedgerFile, state: _AutomaticBackups | None) -> None:
    # Called before a write transaction commits: it must never make that commit fail.
    if state is not None:
        state.changed = True
        if state.marked:
            return
    try:
        mark_changes_pending(ledger.path)
    except OSError:
        return  # the in-memory flag still triggers the backup on a clean close
    if state is not None:
        state.marked = True


def needs_automatic_backup(ledger: LedgerFile) -> bool:
    """Anything changed since the newest automatic backup (or there is none)?"""
    state = _enabled.get(ledger)
    if (state is not None and state.changed) or changes_pending(ledger.path):
        return True
    backups = list_automatic_backups(ledger.path)
    if not backups:
        return True
    extra_reason = state.extra_reason if state is not None else None
    return extra_reason is not None and extra_reason(ledger, backups[-1])


def enable_automatic_backups(ledger: LedgerFile, *, check: Check | None = None,
                             extra_reason: ExtraReason | None = None) -> None:
    """Back up into the rotating folder when the ledger closes, if anything changed
    since the last automatic backup. Calling it twice changes nothing."""
    if ledger in _enabled:
        return
    state = _AutomaticBackups(check, extra_reason)
    _enabled[ledger] = state

    def on_commit(connection: object) -> None:
        options = connection.get_execution_options()  # type: ignore[attr-defined]
        if options.get("comptoir_write"):
            _note_change(ledger, state)

    def on_close(closing: LedgerFile) -> None:
        if needs_automatic_backup(closing):
            take_automatic_backup(closing, check=state.check)

    event.listen(ledger.engine, "commit", on_commit)
    ledger.on_close.append(on_close)


# --- restore ----------------------------------------------------------------------

def _safety_copy(target: Path) -> Path:
    """Keep the file about to be replaced, even a damaged one (then byte for byte)."""
    dest = timestamped_path(backup_folder(target), target.stem, tag=BEFORE_RESTORE)
    try:
        source = sqlite3.connect(str(target))
        try:
            return write_verified_copy(source, dest)
        finally:
            source.close()
    except BackupFailed:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(target, dest)
        wal = target.with_name(target.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, dest.with_name(dest.name + "-wal"))
        return dest


def _install_copy(backup: Path, target: Path) -> None:
    """Replace ``target`` with a copy of ``backup`` in one rename."""
    temp = _temp_beside(target)
    try:
        source = connect_read_only(backup)
        try:
            _copy_database(source, temp, "WAL")  # a live ledger runs in WAL mode
        finally:
            source.close()
        _fsync_file(temp)
        check_ledger_file(temp, quick=True)
        # A stale -wal of the old file would be replayed into the new one: remove it
        # first (the safety copy already holds what it contained).
        for sidecar in _sidecars(target):
            sidecar.unlink(missing_ok=True)
        os.replace(temp, target)
        _fsync_folder(target.parent)
    finally:
        _remove_with_sidecars(temp)


def restore_file(backup: Path, target: Path, *, check: Check | None = None) -> Path | None:
    """Replace ``target`` by ``backup``: the backup is checked first (a bad one changes
    nothing), the target must not be open, and the current target is kept in its backup
    folder. Returns that safety copy (None if there was no target)."""
    backup, target = Path(backup).resolve(), Path(target).resolve()
    if backup == target:
        raise BackupFailed(path=str(backup), problem="a file cannot be restored onto itself")
    check_ledger_file(backup)
    if check is not None:
        check(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    with exclusive_access(target):
        safety = _safety_copy(target) if target.exists() else None
        _install_copy(backup, target)
    return safety


def iter_backups(ledger_path: Path) -> Iterator[Path]:
    """Every backup file in a ledger's backup folder (automatic and tagged), by name."""
    folder = backup_folder(ledger_path)
    if folder.is_dir():
        yield from sorted(folder.glob(f"*{LEDGER_SUFFIX}"))
