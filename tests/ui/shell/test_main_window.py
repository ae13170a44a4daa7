"""The main window: opening ledgers, the tabs, refusals with clear messages, recent files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage.ledger_file import LedgerFile
from tests.ui.conftest import ledger_on_disk
from tests.ui.shell.conftest import FileDialogs
from ui.shell import recent_files
from ui.shell.main_window import MainWindow
from ui.shell.tab_registry import register_tab, registered_tabs, unregister_tab


def test_without_a_ledger_the_welcome_page_shows(window: MainWindow) -> None:
    assert window.ledger is None
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "Comptoir"
    assert not window.action_backup.isEnabled()
    assert not window.action_settings.isEnabled()


def test_opening_a_ledger_shows_the_journal_and_accounts_tabs(
    window: MainWindow, tmp_path: Path
) -> None:
    path = ledger_on_disk(tmp_path / "dupont.comptoir")

    assert window.open_path(path)

    assert window.stack.currentWidget() is window.tabs
    assert [spec.key for spec in window.tab_specs][:2] == ["journal", "accounts"]
    assert window.tab_titles()[:2] == ["Journal", "Chart of accounts"]
    assert type(window.tab_widgets()[0]).__name__ == "JournalTab"
    assert type(window.tab_widgets()[1]).__name__ == "AccountsTab"
    assert window.windowTitle() == "Boulangerie Dupont SARL — dupont.comptoir — Comptoir"
    assert window.path_label.text() == str(path.resolve())
    assert window.action_verify.isEnabled()


def test_both_tabs_are_registered() -> None:
    keys = [spec.key for spec in registered_tabs()]
    assert keys[:2] == ["journal", "accounts"]


def test_a_registered_tab_is_added_and_refreshed(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    refreshed: list[bool] = []

    class CountingTab(QLabel):
        def refresh(self) -> None:
            refreshed.append(True)

    register_tab("extra", "Extra", lambda ledger, parent: CountingTab("x", parent))
    try:
        window.open_path(ledger_on_disk(tmp_path / "a.comptoir"))
        assert window.tab_titles()[-1] == "Extra"
        window.refresh_tabs()
        assert refreshed == [True]
    finally:
        unregister_tab("extra")


def test_a_file_already_open_is_refused_with_who_holds_it(
    window: MainWindow, ledger: LedgerFile, shown_errors: list[str]
) -> None:
    assert not window.open_path(ledger.path)

    assert window.ledger is None
    assert len(shown_errors) == 1
    assert "is already open by" in shown_errors[0]
    assert str(ledger.path) in shown_errors[0]


def test_a_file_that_is_not_a_ledger_is_refused(
    window: MainWindow, tmp_path: Path, shown_errors: list[str]
) -> None:
    stranger = tmp_path / "notes.comptoir"
    stranger.write_text("shopping list: flour, butter\n", encoding="utf-8")

    assert not window.open_path(stranger)

    assert shown_errors == [f"{stranger.resolve()} is not a Comptoir ledger file."]
    assert window.ledger is None


def test_a_missing_file_is_refused(
    window: MainWindow, tmp_path: Path, shown_errors: list[str]
) -> None:
    assert not window.open_path(tmp_path / "nowhere.comptoir")
    assert shown_errors and "does not exist" in shown_errors[0]


def test_a_failed_open_keeps_the_current_ledger(
    window: MainWindow, tmp_path: Path, shown_errors: list[str]
) -> None:
    first = ledger_on_disk(tmp_path / "first.comptoir")
    window.open_path(first)

    assert not window.open_path(tmp_path / "missing.comptoir")

    assert window.ledger is not None and window.ledger.path == first.resolve()


def test_opening_another_ledger_closes_the_first(window: MainWindow, tmp_path: Path) -> None:
    first = ledger_on_disk(tmp_path / "first.comptoir")
    second = ledger_on_disk(tmp_path / "second.comptoir", name="Cofetăria Ana SRL")
    window.open_path(first)
    held = window.ledger

    window.open_path(second)

    assert held is not None and held.closed
    assert window.windowTitle().startswith("Cofetăria Ana SRL — second.comptoir")


def test_close_ledger_returns_to_the_welcome_page(window: MainWindow, tmp_path: Path) -> None:
    window.open_path(ledger_on_disk(tmp_path / "a.comptoir"))
    opened = window.ledger

    window.action_close.trigger()

    assert opened is not None and opened.closed
    assert window.ledger is None and window.tabs.count() == 0
    assert window.stack.currentWidget() is window.welcome


def test_the_open_dialog_opens_the_chosen_file(
    window: MainWindow, tmp_path: Path, file_dialogs: FileDialogs
) -> None:
    path = ledger_on_disk(tmp_path / "chosen.comptoir")
    file_dialogs.open_answers.append(str(path))

    window.action_open.trigger()

    assert window.ledger is not None and window.ledger.path == path.resolve()


def _recent_menu_paths(window: MainWindow) -> list[str]:
    window._fill_recent_menu()  # what aboutToShow does
    return [action.data() for action in window.recent_menu.actions() if action.data()]


def test_recent_files_menu_lists_opened_ledgers_newest_first(
    window: MainWindow, tmp_path: Path
) -> None:
    first = ledger_on_disk(tmp_path / "first.comptoir")
    second = ledger_on_disk(tmp_path / "second.comptoir")
    window.open_path(first)
    window.open_path(second)

    assert _recent_menu_paths(window) == [str(second.resolve()), str(first.resolve())]

    window.recent_menu.actions()[1].trigger()
    assert window.ledger is not None and window.ledger.path == first.resolve()
    assert _recent_menu_paths(window)[0] == str(first.resolve())


def test_recent_files_prune_missing_files_and_keep_eight(tmp_path: Path) -> None:
    files = []
    for index in range(10):
        path = tmp_path / f"ledger{index}.comptoir"
        path.write_bytes(b"")
        files.append(path)
        recent_files.add_recent_file(path)
    assert len(recent_files.recent_files()) == recent_files.MAX_RECENT_FILES
    assert recent_files.recent_files()[0] == files[-1].resolve()

    files[-1].unlink()

    assert files[-1].resolve() not in recent_files.recent_files()
    assert len(recent_files.recent_files()) == recent_files.MAX_RECENT_FILES - 1


def test_the_welcome_page_offers_recent_ledgers(window: MainWindow, tmp_path: Path) -> None:
    path = ledger_on_disk(tmp_path / "recent.comptoir")
    window.open_path(path)
    window.close_ledger()

    buttons = window.welcome.recent_buttons
    assert len(buttons) == 1 and str(path.resolve()) in buttons[0].text()
    buttons[0].click()
    assert window.ledger is not None and window.ledger.path == path.resolve()


def test_empty_recent_menu_says_so(window: MainWindow) -> None:
    window._fill_recent_menu()
    actions = window.recent_menu.actions()
    assert [action.text() for action in actions] == ["No recent ledgers"]
    assert not actions[0].isEnabled()


def test_quitting_closes_the_ledger(window: MainWindow, tmp_path: Path) -> None:
    window.open_path(ledger_on_disk(tmp_path / "a.comptoir"))
    opened = window.ledger

    window.action_quit.trigger()

    assert opened is not None and opened.closed
    assert not window.isVisible()


@pytest.mark.parametrize("language", ["fr", "ro"])
def test_the_company_language_applies_when_no_other_is_chosen(
    window: MainWindow, tmp_path: Path, language: str, compiled_translations: Path
) -> None:
    window.open_path(ledger_on_disk(tmp_path / "a.comptoir", language=language))

    expected = {"fr": "&Fichier", "ro": "&Fișier"}[language]
    assert window.file_menu.title() == expected


def test_a_ledger_found_damaged_after_opening_is_closed_with_a_message(
        qtbot, tmp_path, monkeypatch) -> None:
    from app.errors import CorruptLedger
    from tests.app.storage.test_open_checks import damaged_ledger
    from ui.shell import main_window as shell

    shown: list[CorruptLedger] = []
    monkeypatch.setattr(shell, "show_error", lambda parent, error: shown.append(error))
    window = shell.MainWindow()
    qtbot.addWidget(window)
    window.open_path(damaged_ledger(tmp_path))
    qtbot.waitUntil(lambda: window.ledger is None, timeout=10_000)
    assert shown and isinstance(shown[0], CorruptLedger)
