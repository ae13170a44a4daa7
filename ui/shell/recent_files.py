"""The recently opened ledgers, newest first, kept in the user's settings."""

from __future__ import annotations

from pathlib import Path

from ui.common.settings import RECENT_FILES_KEY, app_settings

MAX_RECENT_FILES = 8


def _stored() -> list[str]:
    value = app_settings().value(RECENT_FILES_KEY, [])
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    return [str(item) for item in value or [] if item]


def _store(paths: list[Path]) -> None:
    settings = app_settings()
    settings.setValue(RECENT_FILES_KEY, [str(path) for path in paths])
    settings.sync()


def recent_files() -> list[Path]:
    """Recent ledgers that still exist (missing ones are pruned from the list)."""
    stored = [Path(item) for item in _stored()]
    existing = [path for path in stored if path.is_file()]
    if existing != stored:
        _store(existing)
    return existing


def add_recent_file(path: Path) -> list[Path]:
    """Put ``path`` first, without duplicates, keeping at most MAX_RECENT_FILES."""
    path = Path(path).resolve()
    others = [item for item in recent_files() if item.resolve() != path]
    updated = [path, *others][:MAX_RECENT_FILES]
    _store(updated)
    return updated


def clear_recent_files() -> None:
    _store([])
