"""The Qt Linguist sources: complete, consistent, and actually used by the interface."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.conftest import ledger_on_disk
from ui.shell import language
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fr", "ro", "en")
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\d")
# A single "&" before a character marks a keyboard accelerator ("&&" is a literal &).
ACCELERATOR = re.compile(r"(?<!&)&(?!&)\S")


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"comptoir_{lang}.ts")
    return [(context.findtext("name") or "", message.findtext("source") or "", message)
            for context in tree.getroot().iter("context")
            for message in context.iter("message")]


def _translation(message: ET.Element) -> str:
    element = message.find("translation")
    return "" if element is None else (element.text or "")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_message_is_unfinished(lang: str) -> None:
    unfinished = [(context, source) for context, source, message in _messages(lang)
                  if message.find("translation") is None
                  or message.find("translation").get("type") is not None]  # type: ignore[union-attr]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_has_a_translation(lang: str) -> None:
    empty = [(context, source) for context, source, message in _messages(lang)
             if not _translation(message).strip()]
    assert empty == []


def test_english_is_the_source_text() -> None:
    different = [(context, source) for context, source, message in _messages("en")
                 if _translation(message) != source]
    assert different == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_are_kept(lang: str) -> None:
    broken = [(context, source) for context, source, message in _messages(lang)
              if sorted(PLACEHOLDER.findall(source))
              != sorted(PLACEHOLDER.findall(_translation(message)))]
    assert broken == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_accelerators_are_kept(lang: str) -> None:
    broken = [(context, source) for context, source, message in _messages(lang)
              if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(
                  _translation(message)))]
    assert broken == []


def test_romanian_uses_comma_below_letters() -> None:
    cedilla = [(source, _translation(message)) for _context, source, message in _messages("ro")
               if re.search("[şţŞŢ]", _translation(message))]
    assert cedilla == []


def test_the_sources_list_every_string_of_the_interface(tmp_path: Path) -> None:
    """Run lupdate into a scratch file: every string in ui/ must already be in the .ts
    (re-run translations/update.sh and translate what it adds)."""
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate missing")
    scratch = tmp_path / "scratch_fr.ts"
    sources = sorted(str(path) for path in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(scratch)], check=True,
                   capture_output=True, cwd=ROOT)
    in_code = {(context.findtext("name"), message.findtext("source"))
               for context in ET.parse(scratch).getroot().iter("context")
               for message in context.iter("message")}
    in_sources = {(context, source) for context, source, _message in _messages("fr")}
    assert sorted(in_code - in_sources) == []


@pytest.mark.usefixtures("compiled_translations")
def test_romanian_menus_show_in_the_menu_bar(qtbot) -> None:  # type: ignore[no-untyped-def]
    language.install_language("ro")
    window = MainWindow(language_override="ro")
    qtbot.addWidget(window)

    titles = [action.text() for action in window.menuBar().actions()]

    assert titles == ["&Fișier", "&Ajutor"]
    assert window.action_backup.text() == "Copie de &siguranță acum…"
    assert window.welcome.title.text() == "Bun venit în Comptoir"


@pytest.mark.usefixtures("compiled_translations")
def test_switching_language_retranslates_the_open_window(
    window: MainWindow, tmp_path: Path
) -> None:
    window.open_path(ledger_on_disk(tmp_path / "a.comptoir", language="en"))
    assert window.tab_titles()[:2] == ["Journal", "Chart of accounts"]

    window.apply_language("fr")

    assert [action.text() for action in window.menuBar().actions()] == ["&Fichier", "&Aide"]
    assert window.tab_titles()[:2] == ["Journal", "Plan comptable"]
    assert window.ledger is not None and window.tabs.count() >= 2


@pytest.mark.usefixtures("compiled_translations")
def test_error_texts_are_translated() -> None:
    from app.errors import LedgerNotFound
    from ui.shell.errors import error_text

    language.install_language("ro")
    assert error_text(LedgerNotFound(path="/x.comptoir")) == "/x.comptoir nu există."
    language.install_language("fr")
    assert error_text(LedgerNotFound(path="/x.comptoir")) == "/x.comptoir n'existe pas."
