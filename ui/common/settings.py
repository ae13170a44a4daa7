"""The user's preferences (recent files, interface language, window geometry).

Always an INI file in the user's config folder, on every platform, so it can be read,
backed up and redirected in tests (``QSettings.setPath``).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

ORGANIZATION = "Comptoir"
APPLICATION = "Comptoir"

LANGUAGE_KEY = "ui/language"
RECENT_FILES_KEY = "files/recent"
GEOMETRY_KEY = "window/geometry"
LAST_FOLDER_KEY = "files/last_folder"


def app_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)


def read_str(key: str, default: str = "") -> str:
    value = app_settings().value(key, default)
    return value if isinstance(value, str) else default


def write_value(key: str, value: object) -> None:
    settings = app_settings()
    settings.setValue(key, value)
    settings.sync()
