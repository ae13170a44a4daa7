"""Migrations: an empty Comptoir file is brought to head, and head is the models."""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

import app
from app.ledger.integrity import open_ledger, verify_ledger
from app.storage.backup import backup_folder
from app.storage.base import Base
from app.storage.ledger_file import APPLICATION_ID, head_revision


def import_every_model_module() -> list[str]:
    """Every ``app.<area>.*models`` module, so Base.metadata holds the whole schema."""
    names = [info.name for info in pkgutil.walk_packages(app.__path__, prefix="app.")
             if info.name.rsplit(".", 1)[-1].endswith("models")]
    for name in names:
        importlib.import_module(name)
    return names


def empty_comptoir_file(path: Path) -> Path:
    connection = sqlite3.connect(str(path))
    connection.execute(f"PRAGMA application_id={APPLICATION_ID}")
    connection.execute("PRAGMA journal_mode=WAL")
    connection.commit()
    connection.close()
    return path


def test_opening_an_empty_comptoir_file_runs_every_migration(tmp_path: Path) -> None:
    path = empty_comptoir_file(tmp_path / "bare.comptoir")
    ledger = open_ledger(path)
    ledger.close()

    connection = sqlite3.connect(str(path))
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    triggers = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    connection.close()
    assert revision == head_revision()
    assert "journal_line_no_update" in triggers
    assert verify_ledger(path).ok
    before = [p.name for p in backup_folder(path).iterdir() if "before-migration" in p.name]
    assert len(before) == 1  # the file was backed up before it was changed


def test_the_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    assert "app.ledger.models" in import_every_model_module()
    path = empty_comptoir_file(tmp_path / "bare.comptoir")
    open_ledger(path).close()

    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []
