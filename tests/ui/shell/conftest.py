"""Every shell test runs with its own settings folder, in English, and leaves no
window or ledger open behind it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from ui.shell import language
from ui.shell.errors import set_display_locale
from ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def _shell_environment(isolated_settings: Path, qapp: object, tmp_path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # English source texts whatever .qm files were built: tests that need a language
    # ask for ``compiled_translations``.
    no_translations = tmp_path / "no-translations"
    no_translations.mkdir()
    monkeypatch.setattr(language, "translations_path",
                        lambda *parts: no_translations.joinpath(*parts))
    language.uninstall_language()
    yield
    language.uninstall_language()
    set_display_locale("en_US")


@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main_window = MainWindow()
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    main_window.close()


class FileDialogs:
    """Answers for QFileDialog's static functions, queued by the test."""

    def __init__(self) -> None:
        self.save_answers: list[str] = []
        self.open_answers: list[str] = []
        self.save_asked: list[str] = []

    def get_save(self, _parent: object, _caption: str = "", directory: str = "",
                 *_args: object, **_kwargs: object) -> tuple[str, str]:
        self.save_asked.append(directory)
        return (self.save_answers.pop(0) if self.save_answers else "", "")

    def get_open(self, *_args: object, **_kwargs: object) -> tuple[str, str]:
        return (self.open_answers.pop(0) if self.open_answers else "", "")


@pytest.fixture
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    dialogs = FileDialogs()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialogs.get_save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(dialogs.get_open))
    return dialogs


TRANSLATIONS = Path(__file__).resolve().parents[3] / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture
def compiled_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The .ts sources compiled now into ``tmp_path`` and used by the interface, so the
    tests see the current translations even before ``installer/bootstrap.sh`` ran."""
    folder = tmp_path / "qm"
    folder.mkdir()
    sources = sorted(TRANSLATIONS.glob("comptoir_*.ts"))
    if not sources or not LRELEASE.exists():
        pytest.skip("translations or pyside6-lrelease missing")
    for source in sources:
        subprocess.run([str(LRELEASE), "-silent", str(source), "-qm",
                        str(folder / f"{source.stem}.qm")], check=True)
    monkeypatch.setattr(language, "translations_path", lambda *parts: folder.joinpath(*parts))
    return folder
