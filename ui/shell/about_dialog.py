"""Help ▸ About: the version, what Comptoir is, and the versions it runs on."""

from __future__ import annotations

import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget


def app_version() -> str:
    try:
        return metadata.version("comptoir")
    except metadata.PackageNotFoundError:
        return "0.1.0"


def about_text(ledger_path: Path | None) -> str:
    title = QCoreApplication.translate("AboutDialog", "Comptoir %1")
    summary = QCoreApplication.translate(
        "AboutDialog", "Offline-first bookkeeping and treasury for small businesses. "
        "Your books stay in one file on your computer.")
    versions = QCoreApplication.translate("AboutDialog", "Python %1 · Qt %2 · PySide6 %3")
    parts = [
        f"<h3>{title.replace('%1', app_version())}</h3>",
        f"<p>{summary}</p>",
        "<p>" + versions.replace("%1", platform.python_version()).replace("%2", qVersion())
        .replace("%3", pyside_version) + "</p>",
    ]
    if ledger_path is not None:
        opened = QCoreApplication.translate("AboutDialog", "Open ledger: %1")
        parts.append(f"<p>{opened.replace('%1', str(ledger_path))}</p>")
    return "".join(parts)


def show_about(parent: QWidget | None, ledger_path: Path | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("AboutDialog", "About Comptoir"),
                      about_text(ledger_path))
