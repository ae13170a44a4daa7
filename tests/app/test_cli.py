"""The command line, run in-process through main() and once as ``python -m app``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import COMMANDS, command, main
from app.storage.backup import backup_folder, list_automatic_backups

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_path(tmp_path: Path, fixed_clock: dt.datetime) -> Path:
    path = tmp_path / "demo.comptoir"
    assert main(["demo", str(path), "--entries", "300", "--seed", "4"]) == 0
    return path


def test_demo_creates_a_ledger_and_says_so(tmp_path: Path, fixed_clock: dt.datetime,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.comptoir"
    assert main(["demo", str(path), "--entries", "120"]) == 0
    assert f"created {path}: 120 entries" in capsys.readouterr().out


def test_info_prints_the_ledger_as_json(demo_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["info", str(demo_path)]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["company"] == "Boulangerie Dupont SARL"
    assert (info["currency"], info["chart"], info["entries"]) == ("EUR", "fr_pcg", 300)
    assert info["lines"] > 600 and info["accounts"] > 100
    assert len(info["last_hash"]) == 64
    assert info["file_size"] == demo_path.stat().st_size


def test_verify_exits_0_when_sound_and_1_naming_the_entry_when_not(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(demo_path)]) == 0
    assert capsys.readouterr().out.startswith("ok: 300 entries")

    connection = sqlite3.connect(str(demo_path))
    number = connection.execute(
        "SELECT number FROM journal_entry WHERE chain_index = 120").fetchone()[0]
    connection.execute("DROP TRIGGER journal_entry_no_update")
    connection.execute("UPDATE journal_entry SET label = 'x' WHERE number = ?", (number,))
    connection.commit()
    connection.close()

    assert main(["verify", str(demo_path)]) == 1
    output = capsys.readouterr().out
    assert "FAILED after 119 sound entries" in output and number in output


def test_backup_to_the_backup_folder_or_elsewhere(demo_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", str(demo_path)]) == 0
    assert [b.path for b in list_automatic_backups(demo_path)] == [
        Path(capsys.readouterr().out.removeprefix("backed up to ").strip())]
    elsewhere = tmp_path / "usb"
    elsewhere.mkdir()
    assert main(["backup", str(demo_path), "--to", str(elsewhere)]) == 0
    written = Path(capsys.readouterr().out.removeprefix("backed up to ").strip())
    assert written.parent == elsewhere and written.name.startswith("demo-")
    assert main(["verify", str(written)]) == 0


def test_restore_puts_a_backup_back_and_keeps_the_old_file(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved = tmp_path / "saved.comptoir"
    assert main(["backup", str(demo_path), "--to", str(saved)]) == 0
    assert main(["restore", str(saved), str(demo_path)]) == 0
    output = capsys.readouterr().out
    assert f"restored {demo_path} from {saved}" in output
    assert "the previous file is kept as" in output
    assert any("before-restore" in p.name for p in backup_folder(demo_path).iterdir())


def test_errors_go_to_stderr_with_exit_code_2(demo_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    missing = tmp_path / "missing.comptoir"
    assert main(["info", str(missing)]) == 2
    assert capsys.readouterr().err == f"error: {missing} does not exist\n"
    assert main(["demo", str(demo_path)]) == 2
    assert "already exists" in capsys.readouterr().err
    junk = tmp_path / "junk.comptoir"
    junk.write_bytes(b"not a ledger at all" * 50)
    assert main(["restore", str(junk), str(demo_path)]) == 2
    assert "is not a Comptoir ledger file" in capsys.readouterr().err


def test_usage_errors_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert main(["nonsense"]) == 2
    assert main(["--help"]) == 0
    help_text = capsys.readouterr().out
    for name in ("demo", "info", "verify", "backup", "restore"):
        assert name in help_text


def test_commands_are_registered_once() -> None:
    assert {"demo", "info", "verify", "backup", "restore"} <= set(COMMANDS)

    def no_arguments(_parser: argparse.ArgumentParser) -> None:
        return None

    with pytest.raises(ValueError, match="registered twice"):
        command("info", "again", no_arguments)(lambda _args: 0)


def test_python_dash_m_app_runs_the_command_line(demo_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app", "verify", str(demo_path)], cwd=ROOT,
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: 300 entries")


def test_export_register_writes_the_bank_register(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    ledger_path = tmp_path / "demo.comptoir"
    assert main(["demo", str(ledger_path), "--entries", "400"]) == 0
    out = tmp_path / "bnp.xlsx"
    assert main(["export-register", str(ledger_path), "--account", "5121", "--from",
                 "2000-01-01", "--out", str(out)]) == 0
    sheet = load_workbook(out).active
    assert sheet["A2"].value.startswith("BNP Paribas (EUR)")
    assert sheet.max_row > 20
    csv_out = tmp_path / "caisse.csv"
    assert main(["export-register", str(ledger_path), "--account", "Caisse magasin",
                 "--out", str(csv_out)]) == 0
    assert csv_out.read_text(encoding="utf-8-sig").startswith("Date;Numéro;")


def test_export_register_names_an_unknown_account(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    ledger_path = tmp_path / "demo.comptoir"
    main(["demo", str(ledger_path), "--entries", "10"])
    assert main(["export-register", str(ledger_path), "--account", "9999", "--out",
                 str(tmp_path / "x.xlsx")]) == 2
    assert "9999" in capsys.readouterr().err


def test_print_document_writes_the_voucher_and_marks_reprints(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from app.ledger.integrity import open_ledger
    from app.treasury.accounts import list_treasury_accounts
    from app.treasury.categories import list_categories
    from app.treasury.vouchers import VoucherInput, record_voucher

    ledger_path = tmp_path / "demo.comptoir"
    assert main(["demo", str(ledger_path), "--entries", "50"]) == 0
    ledger = open_ledger(ledger_path)
    with ledger.unit_of_work() as session:
        till = next(a for a in list_treasury_accounts(session) if a.kind == "cash")
        category = list_categories(session, direction="out")[0]
        voucher = record_voucher(session, VoucherInput(
            kind="payment_voucher", treasury_account_id=till.id, date=till.opening_date,
            person_name="Karim Benali", purpose="Avance", category_id=category.id, net=1_000))
    ledger.close()
    first, second = tmp_path / "pv1.pdf", tmp_path / "pv2.pdf"
    assert main(["print-document", str(ledger_path), "--kind", "payment_voucher",
                 "--number", voucher.number, "--out", str(first)]) == 0
    assert main(["print-document", str(ledger_path), "--kind", "payment_voucher",
                 "--number", voucher.number, "--out", str(second)]) == 0
    first_text = PdfReader(first).pages[0].extract_text()
    assert voucher.number in first_text and "DUPLICATA" not in first_text
    assert "DUPLICATA" in PdfReader(second).pages[0].extract_text()
