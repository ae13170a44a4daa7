"""The aged balance written to .xlsx, .csv and .pdf and read back: typed cells, the
header, per-customer rows, totals, the per-invoice sheet; and ``comptoir aged-balance``
run in-process."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.documents.reports import render_aged_balance_pdf, save_aged_balance_pdf
from app.exports.aged_balance import export_aged_balance
from app.exports.spreadsheet import ExportFailed
from app.ledger.company import get_company
from app.receivables.ageing import AgedBalance, aged_balance
from tests.app.receivables.conftest import Books, french_books
from tests.app.receivables.test_ageing import AS_OF, ageing_scenario
from tests.app.treasury.conftest import Treasury


@pytest.fixture
def books(treasury: Treasury) -> Books:
    books = french_books(treasury)
    ageing_scenario(books)
    return books


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for what is written (the ledger sits in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def aged(books: Books, **options: object) -> AgedBalance:
    with books.ledger.read() as session:
        return aged_balance(session, **{"as_of": AS_OF, **options})  # type: ignore[arg-type]


def write(balance: AgedBalance, path: Path, language: str = "fr") -> Path:
    export_aged_balance(balance, path, locale="fr_FR", language=language,
                        company_name="=Boulangerie Dupont SARL")
    return path


def pdf_text(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_xlsx_has_a_header_typed_rows_and_totals(books: Books, out: Path,
                                                 fixed_clock: dt.datetime) -> None:
    sheet = load_workbook(write(aged(books), out / "balance.xlsx")).worksheets[0]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert sheet.title == "Balance âgée"
    assert values[0][0] == "'=Boulangerie Dupont SARL"  # never a formula
    assert values[1][0] == "Balance âgée au 30 juin 2026"
    assert values[2][0] == "Par date d'échéance (EUR)"
    assert values[3][0] == "Exporté le 23/11/2026"
    assert values[5] == ["Code client", "Client", "Non échu", "1–30", "31–60", "61–90",
                         "> 90", "Total", "Crédit non imputé", "Douteux", "Effets à recevoir",
                         "Solde"]
    assert [row[1] for row in values[6:10]] == [
        "Boulangerie Martin", "Café des Arts", "Épicerie Durand", "Hôtel du Parc"]
    martin = next(sheet.iter_rows(min_row=7, max_row=7))
    assert martin[0].value == "MART" and martin[0].data_type == "s"
    assert [cell.value for cell in martin[2:]] == [0, 0, 1_500, 500, 0, 2_000, -400, 0, 0,
                                                   1_600]
    assert martin[4].data_type == "n" and martin[4].number_format == "#,##0.00;-#,##0.00"
    totals = values[10]
    assert totals[0] == "Total" and totals[2:] == [1_000, 2_600, 1_500, 500, 2_500, 8_100,
                                                   -400, 1_300, 0, 9_000]
    assert len(load_workbook(out / "balance.xlsx").worksheets) == 1


def test_xlsx_with_the_drill_down_has_a_sheet_of_invoices(books: Books, out: Path
                                                          ) -> None:
    book = load_workbook(write(aged(books, detail=True), out / "detail.xlsx"))
    sheet = book.worksheets[1]
    assert sheet.title == "Détail par facture"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Code client", "Client", "Pièce", "Numéro", "Date", "Échéance",
                       "Jours de retard", "Tranche", "Reste dû"]
    martin = [row for row in rows[1:] if row[1] == "Boulangerie Martin"]
    assert [(row[2], row[3], row[6], row[7], row[8]) for row in martin] == [
        ("Facture", "B2", 72, "61–90", 500), ("Facture", "B1", 51, "31–60", 1_500),
        ("Règlement", martin[2][3], None, "Crédit non imputé", -400)]
    b2 = next(sheet.iter_rows(min_row=2, max_row=2))
    assert b2[4].value == dt.datetime(2026, 3, 20) and b2[4].number_format == "DD/MM/YYYY"
    assert b2[6].data_type == "n"
    durand = [row for row in rows[1:] if row[1] == "Épicerie Durand"]
    assert {row[7] for row in durand} == {"Douteux"}
    assert sum(Decimal(str(row[8])) for row in rows[1:]) == 9_000


def test_csv_uses_the_locale_separator_and_decimal_mark(books: Books, out: Path
                                                        ) -> None:
    path = write(aged(books), out / "balance.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Code client", "Client", "Non échu"]
    assert rows[1] == ["MART", "Boulangerie Martin", "0,00", "0,00", "1500,00", "500,00",
                       "0,00", "2000,00", "-400,00", "0,00", "0,00", "1600,00"]
    assert rows[-1][0] == "Total" and rows[-1][-1] == "9000,00"
    assert len(rows) == 6


def test_an_unknown_suffix_writes_nothing(books: Books, out: Path) -> None:
    with pytest.raises(ExportFailed):
        write(aged(books), out / "balance.ods")
    assert not list(out.iterdir())


def test_the_pdf_is_a_landscape_table_with_the_totals(books: Books) -> None:
    with books.ledger.read() as session:
        company = get_company(session)
    pdf = render_aged_balance_pdf(aged(books), company=company, locale="fr_FR",
                                  language="fr")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    text = pdf_text(pdf)
    for expected in ("Boulangerie Dupont SARL", "Balance âgée au 30 juin 2026",
                     "Par date d'échéance — Montants en EUR", "Non", "échu", "1–30", "> 90",
                     "Boulangerie Martin (MART)", "Épicerie Durand", "1 300,00", "-400,00",
                     "Total", "2 600,00", "8 100,00", "9 000,00", "Page 1 sur 1"):
        assert expected in text, expected
    assert render_aged_balance_pdf(aged(books), company=company, locale="fr_FR",
                                   language="fr") == pdf  # byte-stable


def test_twelve_buckets_fit_the_page(books: Books) -> None:
    balance = aged(books, buckets=tuple(range(0, 330, 30)))
    with books.ledger.read() as session:
        company = get_company(session)
    text = pdf_text(render_aged_balance_pdf(balance, company=company, locale="fr_FR",
                                            language="fr"))
    for label in ("271–300", "> 300", "9 000,00"):
        assert label in text


# --- the command line ------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".xlsx", ".pdf", ".csv"])
def test_the_command_writes_each_format(books: Books, out: Path, suffix: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    books.ledger.close()  # the command opens the file itself
    target = out / f"balance{suffix}"
    assert main(["aged-balance", str(books.ledger.path), "--as-of", "2026-06-30",
                 "--out", str(target)]) == 0
    printed = capsys.readouterr().out.strip().replace("\u202f", " ").replace("\xa0", " ")
    assert printed == (f"wrote the aged balance as of 2026-06-30 (4 customers, 9 000,00 €) "
                       f"to {target}")
    assert target.stat().st_size > 0


def test_the_command_by_invoice_date_with_buckets_and_detail(books: Books, out: Path
                                                             ) -> None:
    books.ledger.close()
    target = out / "balance.xlsx"
    assert main(["aged-balance", str(books.ledger.path), "--as-of", "2026-05-31", "--by",
                 "invoice", "--buckets", "45,90", "--detail", "--out", str(target)]) == 0
    book = load_workbook(target)
    header = [cell.value for cell in book.worksheets[0][6]]
    assert header[2:5] == ["0–45", "46–90", "> 90"]
    assert len(book.worksheets) == 2


def test_the_command_refuses_bad_buckets_and_formats(books: Books, out: Path,
                                                     capsys: pytest.CaptureFixture[str]
                                                     ) -> None:
    books.ledger.close()
    path = str(books.ledger.path)
    assert main(["aged-balance", path, "--as-of", "2026-06-30", "--buckets", "60,30",
                 "--out", str(out / "a.xlsx")]) == 2
    assert "buckets: boundaries in increasing order" in capsys.readouterr().err
    assert main(["aged-balance", path, "--as-of", "2026-06-30", "--out",
                 str(out / "a.txt")]) == 2
    assert main(["aged-balance", path, "--as-of", "30/06/2026", "--out",
                 str(out / "a.csv")]) == 2
    assert not list(out.glob("a.*"))


def test_save_pdf_replaces_the_file_whole(books: Books, out: Path) -> None:
    with books.ledger.read() as session:
        company = get_company(session)
    target = out / "balance.pdf"
    target.write_bytes(b"old")
    save_aged_balance_pdf(aged(books), target, company=company, locale="fr_FR",
                          language="fr")
    assert target.read_bytes().startswith(b"%PDF") and len(list(out.iterdir())) == 1
