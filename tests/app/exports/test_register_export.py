from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.exports.dashboard import export_dashboard
from app.exports.register import export_register
from app.exports.spreadsheet import ExportCancelled, excel_date_format, safe_text
from app.treasury.dashboard import build_dashboard
from app.treasury.movements import MovementInput, record_movement
from app.treasury.register import RegisterFilter
from tests.app.treasury.conftest import Treasury


@pytest.fixture
def register(treasury: Treasury) -> Treasury:
    names = ["=HYPERLINK(\"http://evil\")", "+33 Boulangerie", "Dupont & Fils", "@SUM(A1)",
             "-5 remise"]
    with treasury.ledger.unit_of_work() as session:
        for day, name in enumerate(names, start=1):
            record_movement(session, MovementInput(
                treasury_account_id=treasury.bank, direction="out", date=dt.date(2026, 2, day),
                category_id=treasury.categories["Supplies"], net=10_050 * day,
                vat_rate=Decimal(20), counterparty=name, payment_method="card"))
    return treasury


def test_formula_like_text_is_neutralised() -> None:
    assert safe_text("=1+1") == "'=1+1"
    assert safe_text("Dupont") == "Dupont"
    assert excel_date_format("fr_FR") == "DD/MM/YYYY"
    assert excel_date_format("ro_RO") == "DD.MM.YYYY"


def test_xlsx_has_real_numbers_dates_header_totals_and_safe_text(register: Treasury,
                                                                  tmp_path: Path) -> None:
    target = tmp_path / "banque.xlsx"
    with register.ledger.read() as session:
        written = export_register(session, RegisterFilter(register.bank,
                                                          date_from=dt.date(2026, 2, 1)),
                                  target, locale="fr_FR", language="fr")
    assert written == 5
    sheet = load_workbook(target).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0][0] == "Boulangerie Dupont SARL"
    assert values[1][0].startswith("BNP Paribas (EUR) — FR76")
    header = values[5]
    assert header[0] == "Date" and header[6] == "Entrée"
    first = next(sheet.iter_rows(min_row=7, max_row=7))
    assert first[0].value == dt.datetime(2026, 2, 1) and first[0].number_format == "DD/MM/YYYY"
    assert first[2].value == "'=HYPERLINK(\"http://evil\")" and first[2].data_type == "s"
    assert first[7].value == pytest.approx(120.60) and first[7].data_type == "n"
    assert first[7].number_format == "#,##0.00;-#,##0.00"
    assert first[11].value == pytest.approx(10_000 - 120.60)
    labels = [row[2] for row in values[6:11]]
    assert labels[1:] == ["'+33 Boulangerie", "Dupont & Fils", "'@SUM(A1)", "'-5 remise"]
    totals = values[11]
    assert totals[0] == "Total"
    assert totals[7] == pytest.approx(sum(120.60 * d for d in range(1, 6)))


def test_csv_uses_the_locale_separator_and_decimal_mark(register: Treasury,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "banque.csv"
    with register.ledger.read() as session:
        export_register(session, RegisterFilter(register.bank), target, locale="fr_FR",
                        language="fr")
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 1 + 6  # header, opening, five payments
    assert rows[2][2] == "'=HYPERLINK(\"http://evil\")"
    assert rows[2][7] == "120,60"
    assert rows[2][0] == "2026-02-01"


def test_a_cancelled_export_leaves_no_file(register: Treasury, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ExportCancelled), register.ledger.read() as session:
        export_register(session, RegisterFilter(register.bank), folder / "banque.xlsx",
                        locale="fr_FR", language="fr", cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_progress_reports_every_page(register: Treasury, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with register.ledger.read() as session:
        export_register(session, RegisterFilter(register.bank), tmp_path / "r.xlsx",
                        locale="en_US", language="en", progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (6, 6)


def test_dashboard_export_matches_the_dashboard(register: Treasury, tmp_path: Path) -> None:
    target = tmp_path / "tresorerie.xlsx"
    with register.ledger.read() as session:
        board = build_dashboard(session, year=2026, today=dt.date(2026, 6, 1))
    export_dashboard(board, target, locale="fr_FR", language="fr",
                     company_name="Boulangerie Dupont SARL")
    sheet = load_workbook(target).active
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=6) if row[0].value}
    supplies = rows["Fournitures"]
    assert supplies[2].value == pytest.approx(sum(120.60 * d for d in range(1, 6)))  # February
    assert supplies[13].value == pytest.approx(sum(120.60 * d for d in range(1, 6)))
    header = [cell.value for cell in next(sheet.iter_rows(min_row=5, max_row=5))]
    assert "prévision" in header[7]  # July onwards is forecast
    assert rows["Solde (cumulé)"][12].value == pytest.approx(board.balance[-1] / 100)


def test_vouchers_export_lists_each_voucher_with_its_status(treasury: Treasury,
                                                             tmp_path: Path) -> None:
    from app.exports.vouchers import export_vouchers
    from app.treasury.vouchers import (
        VoucherFilter,
        VoucherInput,
        record_voucher,
        void_voucher,
    )

    with treasury.ledger.unit_of_work() as session:
        for name in ("=cmd|' /C calc'!A0", "Jean Martin"):
            voucher = record_voucher(session, VoucherInput(
                kind="receipt", treasury_account_id=treasury.cash, date=dt.date(2026, 5, 4),
                person_name=name, purpose="Caution", net=5_000,
                category_id=treasury.categories["Other income"]))
        void_voucher(session, voucher_id=voucher.id, reason="Doublon")
    target = tmp_path / "pieces.xlsx"
    with treasury.ledger.read() as session:
        assert export_vouchers(session, VoucherFilter(), target, locale="fr_FR",
                               language="fr") == 2
    rows = list(load_workbook(target).active.iter_rows(min_row=6, values_only=True))
    assert rows[0][0] == "REC-2026-000002" and rows[0][9] == "Annulé"
    assert rows[1][3] == "'=cmd|' /C calc'!A0" and rows[1][7] == pytest.approx(50)
    assert rows[1][2] == dt.datetime(2026, 5, 4)
