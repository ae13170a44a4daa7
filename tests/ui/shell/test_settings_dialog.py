"""The settings dialog writes company settings and the lock date to the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from app.ledger.company import get_company
from app.storage.ledger_file import LedgerFile, open_ledger_file
from tests.ui.conftest import ledger_on_disk
from ui.shell import language
from ui.shell.main_window import MainWindow
from ui.shell.settings_dialog import SettingsDialog


def _png_bytes() -> bytes:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("#1565c0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _save(qtbot, dialog: SettingsDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)


def test_saving_writes_the_name_and_lock_date(qtbot, ledger: LedgerFile) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ledger)
    qtbot.addWidget(dialog)
    assert dialog.no_lock.isChecked() and not dialog.lock_edit.isEnabled()

    dialog.name_edit.setText("Boulangerie Dupont et Fils")
    dialog.no_lock.setChecked(False)
    dialog.lock_edit.setDate(QDate(2026, 3, 31))
    _save(qtbot, dialog)

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    with ledger.read() as session:
        saved = get_company(session)
    assert saved.name == "Boulangerie Dupont et Fils"
    assert saved.lock_date == dt.date(2026, 3, 31)
    assert dialog.saved == saved


def test_no_lock_clears_the_lock_date(qtbot, ledger: LedgerFile) -> None:  # type: ignore[no-untyped-def]
    from app.ledger.company import set_lock_date

    with ledger.unit_of_work() as session:
        set_lock_date(session, dt.date(2025, 12, 31))
    dialog = SettingsDialog(ledger)
    qtbot.addWidget(dialog)
    assert not dialog.no_lock.isChecked()
    assert dialog.lock_edit.date() == QDate(2025, 12, 31)

    dialog.no_lock.setChecked(True)
    _save(qtbot, dialog)

    with ledger.read() as session:
        assert get_company(session).lock_date is None


def test_an_empty_name_is_refused_inline(qtbot, ledger: LedgerFile) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ledger)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("   ")

    _save(qtbot, dialog)

    assert dialog.message.text() == "The company needs a name."
    assert dialog.isVisible()
    with ledger.read() as session:
        assert get_company(session).name == "Boulangerie Dupont SARL"


def test_an_unknown_locale_is_refused_inline(qtbot, ledger: LedgerFile) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ledger)
    qtbot.addWidget(dialog)
    dialog.locale_combo.setEditText("zz_QQ")

    _save(qtbot, dialog)

    assert "is not a known locale" in dialog.message.text()


def test_a_logo_is_stored_as_bytes(qtbot, ledger: LedgerFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png_bytes())
    dialog = SettingsDialog(ledger)
    qtbot.addWidget(dialog)

    assert dialog.load_logo(logo)
    assert dialog.logo_preview.pixmap() is not None
    _save(qtbot, dialog)

    with ledger.read() as session:
        assert get_company(session).logo == logo.read_bytes()


def test_a_file_that_is_not_an_image_is_refused_as_logo(
    qtbot, ledger: LedgerFile, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("not an image", encoding="utf-8")
    dialog = SettingsDialog(ledger)
    qtbot.addWidget(dialog)

    assert not dialog.load_logo(fake)
    assert dialog.message.text() == "The logo must be a PNG or JPEG image."


def test_read_only_facts_are_shown(qtbot, ledger: LedgerFile) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ledger)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("EUR") for text in texts)
    assert "January" in texts


@pytest.mark.usefixtures("compiled_translations")
def test_settings_from_the_menu_update_the_window(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = ledger_on_disk(tmp_path / "dupont.comptoir")
    window.open_path(path)

    def edit_and_save(dialog: SettingsDialog) -> int:
        dialog.name_edit.setText("Dupont Boulangerie")
        dialog.language_combo.set_language("fr")
        dialog.interface_combo.setCurrentIndex(dialog.interface_combo.findData("en"))
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", edit_and_save)

    assert window.show_settings()

    assert window.windowTitle() == "Dupont Boulangerie — dupont.comptoir — Comptoir"
    assert language.preferred_language() == "en"
    assert window.file_menu.title() == "&File"  # the interface stays in English
    window.close_ledger()
    with open_ledger_file(path) as reopened, reopened.read() as session:
        assert get_company(session).name == "Dupont Boulangerie"
