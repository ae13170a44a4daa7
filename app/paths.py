"""Where Comptoir finds its shipped resources and keeps the user's files.

Works the same from a source checkout and from a frozen (PyInstaller) build,
where resources are unpacked under ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "Comptoir"


def _root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """Path of a file shipped in ``resources/``."""
    return _root().joinpath("resources", *parts)


def translations_path(*parts: str) -> Path:
    """Path of a compiled translation (``.qm``) shipped in ``translations/``."""
    return _root().joinpath("translations", *parts)


def user_data_dir() -> Path:
    """The per-user folder where the demo ledger and the recent-files list live."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path
