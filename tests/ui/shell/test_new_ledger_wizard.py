"""The new-ledger wizard, clicked through page by page like a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.ledger.accounts import get_account
from app.ledger.company import get_company
from app.storage.ledger_file import open_ledger_file
from tests.ui.shell.conftest import FileDialogs
from ui.shell.main_window import MainWindow
from ui.shell.new_ledger_wizard import NewLedgerWizard, ledger_file_name


def _next(qtbot, wizard: NewLedgerWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton),
                     Qt.MouseButton.LeftButton)


def _select(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    combo.setCurrentIndex(combo.findData(data))


def test_clicking_through_creates_a_romanian_ledger(
    qtbot, tmp_path: Path, file_dialogs: FileDialogs  # type: ignore[no-untyped-def]
) -> None:
    wizard = NewLedgerWizard(default_folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    # Company: the name is required, with an inline message once touched.
    company = wizard.company_page
    assert not next_button.isEnabled()
    qtbot.keyClicks(company.name_edit, "X")
    company.name_edit.clear()
    assert company.name_message.text() == "The company needs a name."
    assert not next_button.isEnabled()
    qtbot.keyClicks(company.name_edit, "Cofet")
    company.name_edit.insert("ăria Ana SRL")  # QTest types Latin-1 keys only
    assert company.name_message.text() == ""
    company.address_edit.setPlainText("Str. Lipscani 12\nBucurești")
    qtbot.keyClicks(company.registration_edit, "J40/1234/2020")
    qtbot.keyClicks(company.vat_edit, "RO12345678")
    _next(qtbot, wizard)

    # Country and chart: choosing the Romanian chart brings RON and ro_RO.
    chart = wizard.chart_page
    assert wizard.currentPage() is chart
    _select(chart.template_combo, "ro_pc")
    assert chart.currency_combo.code() == "RON"
    assert chart.locale_combo.code() == "ro_RO"
    assert "1.234.567,89" in chart.locale_sample.text()
    chart.currency_combo.setEditText("XYZ")
    assert "not an ISO 4217 currency code" in chart.message.text()
    assert not next_button.isEnabled()
    chart.currency_combo.setEditText("RON")
    assert chart.message.text() == "" and next_button.isEnabled()
    chart.month_combo.set_month(4)
    chart.language_combo.set_language("ro")
    _next(qtbot, wizard)

    # File: a default name from the company; Browse picks another place.
    files = wizard.file_page
    assert wizard.currentPage() is files
    assert files.path_edit.text() == str(tmp_path / "Cofetăria Ana SRL.comptoir")
    chosen = tmp_path / "books" / "ana"
    chosen.parent.mkdir()
    file_dialogs.save_answers.append(str(chosen))
    qtbot.mouseClick(files.browse_button, Qt.MouseButton.LeftButton)
    assert files.path() == chosen.with_suffix(".comptoir")

    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                     Qt.MouseButton.LeftButton)

    created = chosen.with_suffix(".comptoir")
    assert wizard.created_path == created.resolve()
    with open_ledger_file(created) as ledger, ledger.read() as session:
        settings = get_company(session)
        assert settings.name == "Cofetăria Ana SRL"
        assert settings.address == "Str. Lipscani 12\nBucurești"
        assert settings.registration_id == "J40/1234/2020"
        assert settings.vat_id == "RO12345678"
        assert (settings.base_currency, settings.locale, settings.language) == (
            "RON", "ro_RO", "ro")
        assert settings.chart_template == "ro_pc"
        assert settings.fiscal_year_start_month == 4
        assert get_account(session, "5121").code == "5121"


def test_an_existing_file_is_refused_inline(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "Boulangerie.comptoir"
    existing.write_bytes(b"taken")
    wizard = NewLedgerWizard(default_folder=tmp_path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.company_page.name_edit, "Boulangerie")
    _next(qtbot, wizard)
    _next(qtbot, wizard)

    assert wizard.file_page.message.text() == (
        "A file with this name already exists: choose another name.")
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert existing.read_bytes() == b"taken"


def test_new_ledger_from_the_menu_opens_the_created_file(
    window: MainWindow, tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    def run_wizard(wizard: NewLedgerWizard) -> int:
        wizard.company_page.name_edit.setText("Atelier Martin")
        wizard.next()
        wizard.next()
        wizard.file_page.path_edit.setText(str(tmp_path / "martin.comptoir"))
        assert wizard.file_page.validatePage()
        return int(NewLedgerWizard.DialogCode.Accepted)

    monkeypatch.setattr(NewLedgerWizard, "exec", run_wizard)

    window.action_new.trigger()

    assert window.ledger is not None
    assert window.ledger.path == (tmp_path / "martin.comptoir").resolve()
    assert window.windowTitle().startswith("Atelier Martin — martin.comptoir")


def test_file_names_leave_out_characters_file_systems_refuse() -> None:
    assert ledger_file_name('Dupont & Fils: "Pains"/Gâteaux') == (
        "Dupont & Fils PainsGâteaux.comptoir")
    assert ledger_file_name("   ") == "ledger.comptoir"
