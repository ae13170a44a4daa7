"""File ▸ Backup now, Verify and Restore, run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ledger import integrity
from app.ledger.posting import post_entries
from tests.ui.conftest import ledger_on_disk, sales_entries
from tests.ui.shell.conftest import FileDialogs
from ui.shell.main_window import MainWindow


def _post_sales(window: MainWindow, count: int) -> None:
    assert window.ledger is not None
    with window.ledger.unit_of_work() as session:
        post_entries(session, sales_entries(count))


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> MainWindow:
    window.open_path(ledger_on_disk(tmp_path / "dupont.comptoir"))
    _post_sales(window, 5)
    return window


def test_backup_now_writes_a_verified_copy(
    opened: MainWindow, tmp_path: Path, file_dialogs: FileDialogs, shown_infos: list[str]
) -> None:
    dest = tmp_path / "copies" / "saved"
    dest.parent.mkdir()
    file_dialogs.save_answers.append(str(dest))

    job = opened.backup_now()
    assert job is not None and job.wait()

    written = dest.with_suffix(".comptoir")
    report = integrity.verify_ledger(written)
    assert report.ok and report.entries == 5
    assert shown_infos == [f"The backup was saved and verified:\n{written}"]
    assert file_dialogs.save_asked[0].startswith(str(tmp_path / "dupont-"))
    assert opened.current_job is None


def test_cancelling_the_backup_dialog_writes_nothing(
    opened: MainWindow, tmp_path: Path, file_dialogs: FileDialogs
) -> None:
    assert opened.backup_now() is None
    assert sorted(p.name for p in tmp_path.glob("*.comptoir")) == ["dupont.comptoir"]


def test_verify_shows_the_last_hash_in_the_status_bar(
    opened: MainWindow, shown_infos: list[str]
) -> None:
    assert opened.ledger is not None
    expected = integrity.verify_ledger(opened.ledger.path).last_hash

    job = opened.verify()
    assert job is not None and job.wait()

    assert expected[:12] in opened.hash_label.text()
    assert "5 entries" in opened.hash_label.text()
    assert opened.hash_label.toolTip() == expected
    assert shown_infos and expected in shown_infos[0]


def test_verify_reports_a_broken_chain(
    opened: MainWindow, shown_errors: list[str]
) -> None:
    assert opened.ledger is not None
    connection = opened.ledger.raw_connection()
    # Tamper with the file behind the app's back: drop the immutability trigger first.
    triggers = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    for trigger in triggers:
        connection.execute(f'DROP TRIGGER "{trigger}"')
    connection.execute("UPDATE journal_entry SET label = 'forged' WHERE chain_index = 3")
    connection.commit()
    connection.close()

    job = opened.verify()
    assert job is not None and job.wait()

    assert opened.hash_label.text() == "Verification failed"
    assert shown_errors and "failed its check after 2 sound entries" in shown_errors[0]


def test_restore_replaces_the_ledger_and_reopens_it(
    opened: MainWindow, tmp_path: Path, file_dialogs: FileDialogs,
    confirm_yes: list[str], shown_infos: list[str],
) -> None:
    assert opened.ledger is not None
    target = opened.ledger.path
    backup = tmp_path / "before.comptoir"
    integrity.backup_ledger(opened.ledger, backup)
    _post_sales(opened, 3)
    first_ledger = opened.ledger
    file_dialogs.open_answers.append(str(backup))

    job = opened.restore()
    assert job is not None
    assert first_ledger.closed  # closed before the file is replaced
    assert job.wait()

    assert confirm_yes and str(backup) in confirm_yes[0]
    assert opened.ledger is not None and opened.ledger.path == target
    assert opened.tabs.count() >= 2
    assert integrity.verify_ledger(target).entries == 5
    assert shown_infos and shown_infos[-1].startswith(f"The ledger was restored from {backup}.")
    assert "The file it replaced was saved as" in shown_infos[-1]


def test_a_bad_backup_is_refused_and_the_ledger_reopened(
    opened: MainWindow, tmp_path: Path, file_dialogs: FileDialogs,
    confirm_yes: list[str], shown_errors: list[str],
) -> None:
    assert opened.ledger is not None
    target = opened.ledger.path
    bogus = tmp_path / "bogus.comptoir"
    bogus.write_text("not a ledger", encoding="utf-8")
    file_dialogs.open_answers.append(str(bogus))

    job = opened.restore()
    assert job is not None and job.wait()

    assert shown_errors and "not a Comptoir ledger file" in shown_errors[0]
    assert opened.ledger is not None and opened.ledger.path == target
    assert integrity.verify_ledger(target).entries == 5


def test_restore_asks_before_replacing(
    opened: MainWindow, tmp_path: Path, file_dialogs: FileDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *_args: QMessageBox.StandardButton.Cancel))
    assert opened.ledger is not None
    backup = tmp_path / "before.comptoir"
    integrity.backup_ledger(opened.ledger, backup)
    file_dialogs.open_answers.append(str(backup))

    assert opened.restore() is None
    assert opened.ledger is not None and not opened.ledger.closed
