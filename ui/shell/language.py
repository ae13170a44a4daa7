"""The interface language: Comptoir's own translations and Qt's standard texts.

Chosen from the command line (``--lang``), else the user's preference (settings),
else the open ledger's company language, else the system language when supported.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import translations_path
from ui.common.settings import LANGUAGE_KEY, read_str, write_value

LANGUAGES: tuple[str, ...] = ("fr", "ro", "en")
DEFAULT_LANGUAGE = "en"

# The translators currently installed, kept alive here (Qt does not own them).
_installed: list[QTranslator] = []
_current_language: str | None = None


def preferred_language() -> str | None:
    """The language the user picked in the settings dialog, if any."""
    language = read_str(LANGUAGE_KEY)
    return language if language in LANGUAGES else None


def set_preferred_language(language: str | None) -> None:
    """Remember the interface language (``None``: follow each ledger's company)."""
    write_value(LANGUAGE_KEY, language or "")


def system_language() -> str:
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def resolve_language(command_line: str | None, company: str | None) -> str:
    for candidate in (command_line, preferred_language(), company):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


def current_language() -> str | None:
    return _current_language


def install_language(language: str) -> bool:
    """Switch the interface to ``language``; False when Comptoir's own translation
    file is missing (the English source texts then show)."""
    global _current_language
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    uninstall_language()
    own = QTranslator()
    found = own.load(f"comptoir_{language}.qm", str(translations_path()))
    if found:
        app.installTranslator(own)
        _installed.append(own)
    qt_base = QTranslator()
    # Qt's own texts (standard buttons, file dialogs); there is none for Romanian.
    if qt_base.load(f"qtbase_{language}.qm",
             QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    _current_language = language
    return found or language == DEFAULT_LANGUAGE


def uninstall_language() -> None:
    """Back to the English source texts (tests, and before switching)."""
    global _current_language
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    _current_language = None
