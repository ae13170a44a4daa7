"""Opening a ledger file: the lock, the PRAGMAs, the integrity check, migrations,
and the unit of work (the only place in the app that commits).

A ledger is one SQLite file (``*.comptoir``) in WAL mode with ``synchronous=FULL``,
so a committed posting survives a crash or a power cut. It is opened by one process
at a time: a lock file beside it names the holder, so a second opener is told who.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import filelock
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from app.errors import (
    CorruptLedger,
    ImmutableEntry,
    LedgerExists,
    LedgerLocked,
    LedgerNotFound,
    MigrationFailed,
    NewerLedger,
    NotALedger,
)

#: Written in the SQLite header (``PRAGMA application_id``): 'CMPT'.
APPLICATION_ID = 0x434D5054
LEDGER_SUFFIX = ".comptoir"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# Paths this process holds open: a second window gets the same clear refusal
# as a second process, without racing on the lock file.
_open_in_process: set[Path] = set()
_open_guard = threading.Lock()


@dataclass(frozen=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user} on {self.host} (process {self.pid}, since {self.since})"


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _owner_path(path: Path) -> Path:
    return path.with_name(path.name + ".owner")


def read_lock_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(_owner_path(path).read_text(encoding="utf-8"))
        return LockHolder(str(data["user"]), str(data["host"]), int(data["pid"]),
                          str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_lock_holder(path: Path) -> None:
    holder = {
        "user": getpass.getuser(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": dt.datetime.now().isoformat(timespec="seconds"),
    }
    _owner_path(path).write_text(json.dumps(holder), encoding="utf-8")


def _alembic_config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config(None)).get_current_head()
    assert head is not None
    return head


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself, so DDL is transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def _begin(connection: object) -> None:
    # Writers take the write lock up front (BEGIN IMMEDIATE) so a transaction never
    # fails half-way on a lock upgrade; readers use a plain deferred BEGIN.
    options = connection.get_execution_options()  # type: ignore[attr-defined]
    mode = "BEGIN IMMEDIATE" if options.get("comptoir_write") else "BEGIN"
    connection.exec_driver_sql(mode)  # type: ignore[attr-defined]


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool, future=True)
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _check_identity(path: Path) -> None:
    """Refuse a file that is not SQLite or not Comptoir's (cheap: the header only)."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        raise CorruptLedger(path=str(path), problem=str(exc)) from exc
    if header != b"SQLite format 3\x00":
        raise NotALedger(path=str(path))
    connection = sqlite3.connect(str(path))
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CorruptLedger(path=str(path), problem=str(exc)) from exc
    finally:
        connection.close()
    if app_id != APPLICATION_ID:
        raise NotALedger(path=str(path))


def quick_check_problems(path: Path) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong with the file (empty when sound)."""
    connection = sqlite3.connect(str(path))
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    return [] if problems == ["ok"] else problems


def _check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite, not Comptoir's, or damaged."""
    _check_identity(path)
    problems = quick_check_problems(path)
    if problems:
        raise CorruptLedger(path=str(path), problem="; ".join(problems[:3]))


class _BackgroundCheck:
    """``PRAGMA quick_check`` on its own connection and thread: at a million lines it
    reads the whole file (about 2 s), and the window can show the journal meanwhile.
    Writes wait for it, so nothing is written to a file not known to be sound."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] | None = None
        self._thread = threading.Thread(target=self._run, name="comptoir-quick-check",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self.problems = quick_check_problems(self.path)

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> list[str]:
        self._thread.join()
        assert self.problems is not None
        return self.problems


class LedgerFile:
    """An open ledger file. Use :func:`create_ledger_file` or :func:`open_ledger_file`."""

    def __init__(self, path: Path, lock: filelock.BaseFileLock, engine: Engine) -> None:
        self.path = path
        self._lock = lock
        self.engine = engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = engine.execution_options(comptoir_write=True)
        self._write_sessions = sessionmaker(bind=self._writer, expire_on_commit=False)
        self.closed = False
        #: Called with this file just before it is closed (automatic backups hook here).
        self.on_close: list[Callable[[LedgerFile], None]] = []
        self._check: _BackgroundCheck | None = None

    # --- the integrity check ------------------------------------------------------

    def check_pending(self) -> bool:
        """True while the integrity check started at open is still running."""
        return self._check is not None and not self._check.done

    def check_problems(self) -> list[str]:
        """Wait for the integrity check started at open; what it found (empty: sound)."""
        return self._check.wait() if self._check is not None else []

    def _require_sound(self) -> None:
        problems = self.check_problems()
        if problems:
            raise CorruptLedger(path=str(self.path), problem="; ".join(problems[:3]))

    # --- transactions -----------------------------------------------------------

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One user action: everything inside lands together, or nothing does."""
        self._require_sound()
        session = self._write_sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            if "COMPTOIR_IMMUTABLE" in str(exc.orig):
                raise ImmutableEntry() from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot: a consistent view, never committed."""
        session = self._sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def raw_connection(self) -> sqlite3.Connection:
        """A plain sqlite3 connection on the file (backup API, streaming checks)."""
        connection = sqlite3.connect(str(self.path))
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA busy_timeout=5000")
        return connection

    # --- closing ----------------------------------------------------------------

    def close(self) -> None:
        if self.closed:
            return
        if self._check is not None:
            self._check.wait()  # no reader left behind on a file about to be unlocked
        try:
            for hook in list(self.on_close):
                hook(self)
        finally:
            self.engine.dispose()
            self._release()

    def _release(self) -> None:
        self.closed = True
        with _open_guard:
            _open_in_process.discard(self.path)
        try:
            _owner_path(self.path).unlink(missing_ok=True)
        finally:
            self._lock.release()

    def __enter__(self) -> LedgerFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _acquire(path: Path) -> filelock.BaseFileLock:
    with _open_guard:
        if path in _open_in_process:
            holder = read_lock_holder(path)
            raise LedgerLocked(path=str(path),
                               holder=holder.describe() if holder else "this program")
        lock = filelock.FileLock(str(_lock_path(path)), timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout as exc:
            holder = read_lock_holder(path)
            raise LedgerLocked(path=str(path),
                               holder=holder.describe() if holder else "another program"
                               ) from exc
        _open_in_process.add(path)
    with suppress(OSError):  # the lock itself holds; the owner note is a courtesy
        _write_lock_holder(path)
    return lock


def _release_failed_open(path: Path, lock: filelock.BaseFileLock) -> None:
    with _open_guard:
        _open_in_process.discard(path)
    _owner_path(path).unlink(missing_ok=True)
    lock.release()


@contextmanager
def exclusive_access(path: Path) -> Iterator[Path]:
    """Hold a ledger's lock without opening it (restore replaces the file under it).
    Refused with :class:`LedgerLocked` exactly like a second opener."""
    path = Path(path).resolve()
    lock = _acquire(path)
    try:
        yield path
    finally:
        _release_failed_open(path, lock)


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def _migrate(engine: Engine) -> None:
    """Bring the schema to head in a single transaction."""
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")


def create_ledger_file(path: Path) -> LedgerFile:
    """Create an empty ledger file with the current schema, and open it."""
    path = Path(path).resolve()
    if path.exists():
        raise LedgerExists(path=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = _acquire(path)
    try:
        connection = sqlite3.connect(str(path))
        connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.close()
        engine = _make_engine(path)
        _migrate(engine)
    except BaseException:
        _release_failed_open(path, lock)
        path.unlink(missing_ok=True)
        raise
    return LedgerFile(path, lock, engine)


#: Called before a pending migration with (path) -> backup path; set by the backup module.
PreMigrationBackup = Callable[[Path], Path]


def open_ledger_file(path: Path, *, backup_before_migration: PreMigrationBackup | None = None,
                     check_in_background: bool = False) -> LedgerFile:
    """Open an existing ledger: lock it, check it, migrate it if needed.

    With ``check_in_background`` the integrity check runs while the ledger is already
    readable (see :meth:`LedgerFile.check_pending`); the first write waits for it and
    is refused if the file is damaged. A pending migration always checks first."""
    path = Path(path).resolve()
    if not path.exists():
        raise LedgerNotFound(path=str(path))
    lock = _acquire(path)
    try:
        _check_identity(path)
        engine = _make_engine(path)
        defer = check_in_background and _current_revision(engine) == head_revision()
        if not defer:
            _check_sqlite_file(path)
            _upgrade_if_needed(path, engine, backup_before_migration)
    except BaseException:
        _release_failed_open(path, lock)
        raise
    ledger = LedgerFile(path, lock, engine)
    if defer:
        ledger._check = _BackgroundCheck(path)
    return ledger


def _upgrade_if_needed(path: Path, engine: Engine,
                       backup_before_migration: PreMigrationBackup | None) -> None:
    current = _current_revision(engine)
    head = head_revision()
    if current == head:
        return
    script = ScriptDirectory.from_config(_alembic_config(None))
    known = {rev.revision for rev in script.walk_revisions()}
    if current is not None and current not in known:
        raise NewerLedger(path=str(path), revision=current)
    backup = backup_before_migration(path) if backup_before_migration else None
    try:
        _migrate(engine)
    except Exception as exc:
        raise MigrationFailed(path=str(path), problem=str(exc),
                              backup=str(backup) if backup else "-") from exc
