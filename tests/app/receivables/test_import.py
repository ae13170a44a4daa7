"""Importing customer invoices and credit notes from a sales program's CSV or XLSX export,
with a mapping saved in the ledger: what lands, and what a bad file does (nothing)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.errors import (
    ImportFileError,
    ImportMappingError,
    ImportMappingNotFound,
    ImportRefused,
    InvalidAmount,
)
from app.ledger.models import JournalEntry
from app.ledger.posting import get_entry
from app.receivables.customers import CustomerInput, create_customer, find_customer
from app.receivables.importing import (
    ImportMapping,
    ImportResult,
    Table,
    delete_mapping,
    list_mappings,
    load_mapping,
    parse_amount,
    preview_import,
    read_mapped_table,
    read_table,
    run_import,
    save_mapping,
)
from app.receivables.invoices import find_invoice
from app.receivables.models import Customer, CustomerInvoice

from .conftest import Books

DATA = Path(__file__).parent / "data"

#: The export of the bakery's till software: ';', decimal commas, a type column.
TILL = ImportMapping(
    number_column="N° pièce", kind_column="Type", invoice_values=("Facture",),
    credit_note_values=("Avoir",), date_column="Date", due_date_column="Échéance",
    customer_code_column="Code client", customer_name_column="Client",
    label_column="Libellé", net_column="HT", vat_rate_column="Taux TVA",
    vat_amount_column="TVA", account_column="Compte", date_format="%d/%m/%Y",
    decimal_separator=",", thousands_separator=" ")
TILL_NAME = "Logiciel de caisse"


@pytest.fixture
def shop(books: Books) -> Books:
    """The books with two customers known by their till codes, and the mapping saved."""
    with books.ledger.unit_of_work() as session:
        create_customer(session, CustomerInput(name="Boulangerie Martin", code="C001"))
        create_customer(session, CustomerInput(name="Hôtel Le Régent", code="C002",
                                               payment_terms_days=45))
        save_mapping(session, TILL_NAME, TILL)
    return books


def import_file(books: Books, path: Path, mapping_name: str = TILL_NAME) -> ImportResult:
    """What the import dialog does: load the mapping, read the file, import: one unit of
    work."""
    with books.ledger.unit_of_work() as session:
        mapping = load_mapping(session, mapping_name)
        return run_import(session, read_mapped_table(path, mapping), mapping)


def counts(books: Books) -> tuple[int, int, int]:
    """(invoices and credit notes, journal entries, customers) in the ledger."""
    with books.ledger.read() as session:
        def count(model: type) -> int:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)
        return count(CustomerInvoice), count(JournalEntry), count(Customer)


def entry_lines(books: Books, entry_id: int) -> list[tuple[str, int, int, str | None]]:
    with books.ledger.read() as session:
        return [(line.account_code, line.debit, line.credit, line.tax_code)
                for line in get_entry(session, entry_id).lines]


def refused(books: Books, path: Path, mapping_name: str = TILL_NAME) -> ImportRefused:
    before = counts(books)
    with pytest.raises(ImportRefused) as caught:
        import_file(books, path, mapping_name)
    assert counts(books) == before, "nothing may be imported from a bad file"
    return caught.value


# --- a good file -------------------------------------------------------------------------

def test_a_csv_imported_with_a_saved_mapping_lands_in_the_ledger(shop: Books) -> None:
    invoices_before, entries_before, _ = counts(shop)
    result = import_file(shop, DATA / "ventes_janvier.csv")
    assert (result.invoices, result.credit_notes, result.customers_created) == (3, 1, 0)
    assert counts(shop)[:2] == (invoices_before + 4, entries_before + 4)
    with shop.ledger.read() as session:
        two_lines = find_invoice(session, number="FA-1001")
        given_due = find_invoice(session, number="FA-1002")
        by_terms = find_invoice(session, number="FA-1003")
        credit = find_invoice(session, number="AV-0001", kind="credit_note")
        martin = find_customer(session, code="C001")
    # Two rows with the same number are the two lines of one invoice.
    assert [(line.label, line.account_code, line.net, line.vat_rate, line.vat)
            for line in two_lines.lines] == [
        ("Baguettes tradition", "701", 125_000, Decimal("5.5"), 6_875),
        ("Livraison", "706", 3_500, Decimal(20), 700)]
    assert (two_lines.customer_id, two_lines.date, two_lines.total) == (
        martin.id, dt.date(2026, 1, 5), 136_075)
    assert two_lines.due_date == dt.date(2026, 2, 4)  # the customer's 30 days
    assert (two_lines.source, two_lines.note) == ("import", "Imported from ventes_janvier.csv")
    assert entry_lines(shop, two_lines.entry_id) == [
        ("411", 136_075, 0, None), ("701", 0, 125_000, None), ("706", 0, 3_500, None),
        ("44571", 0, 6_875, "VAT5.5"), ("44571", 0, 700, "VAT20")]
    assert (given_due.customer_name, given_due.due_date, given_due.vat) == (
        "Hôtel Le Régent", dt.date(2026, 2, 28), 13_203)  # 2 400,50 × 5,5 % = 132,0275
    assert by_terms.due_date == dt.date(2026, 3, 2)
    # Written negative by the till, recorded as a credit note of 120,00 + 6,60.
    assert (credit.kind, credit.net, credit.vat, credit.total) == ("credit_note", 12_000, 660,
                                                                   12_660)
    assert entry_lines(shop, credit.entry_id) == [
        ("411", 0, 12_660, None), ("701", 12_000, 0, None), ("44571", 660, 0, "VAT5.5")]
    assert result.document_ids == (two_lines.id, given_due.id, credit.id, by_terms.id)


def test_the_preview_shows_documents_and_totals_and_writes_nothing(shop: Books) -> None:
    before = counts(shop)
    with shop.ledger.read() as session:
        preview = preview_import(session, read_table(DATA / "ventes_janvier.csv"), TILL)
    assert counts(shop) == before
    assert preview.ok and (preview.invoices, preview.credit_notes) == (3, 1)
    assert [(doc.number, doc.file_lines) for doc in preview.documents] == [
        ("FA-1001", (2, 3)), ("FA-1002", (4,)), ("AV-0001", (6,)), ("FA-1003", (7,))]
    assert preview.invoiced_total == 136_075 + 253_253 + 92_882
    assert preview.credited_total == 12_660


def _write_till_workbook(path: Path) -> None:
    """The same till, exporting to Excel: real dates, numbers as binary floats, a rate
    cell formatted as a percentage, an account typed as a number."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Ventes"
    sheet.append(["N° pièce", "Type", "Date", "Échéance", "Code client", "Client", "Libellé",
                  "HT", "Taux TVA", "TVA", "Compte"])
    sheet.append(["FX-3001", "Facture", dt.datetime(2026, 2, 10), None, "C001",
                  "Boulangerie Martin", "Viennoiseries", 1234.5, 0.055, 67.9, 701])
    sheet.append(["FX-3001", "Facture", dt.datetime(2026, 2, 10), None, "C001",
                  "Boulangerie Martin", "Livraisons", 100.1 * 3, 20, 60.06, "706"])
    sheet.append(["AX-3001", "Avoir", dt.date(2026, 2, 12), None, "C002",
                  "Hôtel Le Régent", "Geste commercial", 50, 0.2, 10, 701])
    sheet["I2"].number_format = "0.0%"
    sheet["I4"].number_format = "0%"
    workbook.save(path)


def test_the_same_mapping_reloaded_by_name_reads_an_xlsx(shop: Books, tmp_path: Path
                                                         ) -> None:
    assert 100.1 * 3 == 300.29999999999995  # what the workbook holds
    path = tmp_path / "ventes_fevrier.xlsx"
    _write_till_workbook(path)
    with shop.ledger.read() as session:
        assert list_mappings(session) == [TILL_NAME]
    result = import_file(shop, path)
    assert (result.invoices, result.credit_notes) == (1, 1)
    with shop.ledger.read() as session:
        invoice = find_invoice(session, number="FX-3001")
        credit = find_invoice(session, number="AX-3001", kind="credit_note")
    assert [(line.account_code, line.net, line.vat_rate, line.vat)
            for line in invoice.lines] == [
        ("701", 123_450, Decimal("5.5"), 6_790), ("706", 30_030, Decimal(20), 6_006)]
    assert (invoice.date, invoice.due_date) == (dt.date(2026, 2, 10), dt.date(2026, 3, 12))
    assert (credit.customer_name, credit.total) == ("Hôtel Le Régent", 6_000)


def test_a_cp1252_file_with_commas_reads_its_accents_and_creates_customers(books: Books
                                                                           ) -> None:
    table = read_table(DATA / "ventes_cp1252.csv")
    assert (table.encoding, table.delimiter) == ("cp1252", ",")
    assert table.headers[4] == "Désignation"
    mapping = ImportMapping(
        number_column="Facture", date_column="Date facture", customer_code_column="Client",
        customer_name_column="Nom client", create_missing_customers=True,
        label_column="Désignation", net_column="Montant HT", vat_rate_column="TVA %",
        default_account="707", decimal_separator=".", thousands_separator=",",
        encoding="cp1252")
    with books.ledger.unit_of_work() as session:
        save_mapping(session, "Ancien logiciel", mapping)
    result = import_file(books, DATA / "ventes_cp1252.csv", "Ancien logiciel")
    # No kind column: the negative document is a credit note.
    assert (result.invoices, result.credit_notes, result.customers_created) == (2, 1, 2)
    with books.ledger.read() as session:
        cream = find_invoice(session, number="2026-0101")
        credit = find_invoice(session, number="2026-0103", kind="credit_note")
        new_customer = find_customer(session, code="C050")
    assert cream.lines[0].label == "Crème brûlée" and cream.net == 120_000
    assert (credit.lines[0].label, credit.net, credit.vat) == ("Remise qualité", 1_200, 66)
    assert (new_customer.name, credit.customer_id) == ("Pâtisserie Éléonore", new_customer.id)


# --- bad files ---------------------------------------------------------------------------

def test_a_bad_date_on_line_7_refuses_the_whole_file(shop: Books) -> None:
    error = refused(shop, DATA / "ventes_date_invalide.csv")
    assert error.code == "import.refused"
    assert (error.details["line"], error.details["column"], error.details["problem_code"]) \
        == (7, "Date", "import.bad_date")
    assert str(error) == (
        "ventes_date_invalide.csv, line 7, column 'Date': '31/02/2026' is not a date "
        "written like 31/12/2026 (1 problem(s) in all; nothing was imported)")


def test_every_problem_is_named_by_line_and_column_and_nothing_is_imported(shop: Books
                                                                           ) -> None:
    shop.invoice("FA-1001", 1_000)  # already in the ledger, typed in a form
    error = refused(shop, DATA / "ventes_erreurs.csv")
    assert [(problem.code, problem.line, problem.column)
            for problem in error.details["problems"]] == [
        ("import.unknown_customer", 3, "Code client"),
        ("import.vat_mismatch", 4, "TVA"),
        ("import.duplicate_number", 5, "N° pièce"),
        ("import.inconsistent_document", 7, "Date"),  # FC-3004's two lines differ
    ]
    assert error.details["line"] == 3 and error.details["count"] == 4
    vat = error.details["problems"][1]
    assert vat.message == "the VAT should be 40.00 EUR (20 % of 200.00 EUR)"


def test_a_reimport_of_the_same_file_is_refused_as_duplicates(shop: Books) -> None:
    import_file(shop, DATA / "ventes_janvier.csv")
    error = refused(shop, DATA / "ventes_janvier.csv")
    problems = error.details["problems"]
    assert {problem.code for problem in problems} == {"import.duplicate_number"}
    assert [problem.line for problem in problems] == [2, 4, 6, 7]


@pytest.mark.parametrize(("name", "problem"), [
    ("image.csv", "it is not a text (CSV) file"),
    ("vide.csv", "the file is empty"),
])
def test_a_binary_or_empty_file_gets_a_clear_error_and_imports_nothing(
        shop: Books, name: str, problem: str) -> None:
    before = counts(shop)
    with pytest.raises(ImportFileError) as caught:
        import_file(shop, DATA / name)
    assert counts(shop) == before
    assert caught.value.details == {"path": name, "problem": problem}
    assert str(caught.value) == f"{name} cannot be imported: {problem}"


def test_a_header_without_rows_or_a_broken_workbook_is_refused(tmp_path: Path) -> None:
    header_only = tmp_path / "entete.csv"
    header_only.write_text("N° pièce;Date\n\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="no row under the header"):
        read_table(header_only)
    broken = tmp_path / "ventes.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ImportFileError, match="not an Excel workbook"):
        read_table(broken)


def test_a_mapped_column_missing_from_the_file_is_named_on_the_header_line(shop: Books
                                                                           ) -> None:
    with shop.ledger.read() as session:
        preview = preview_import(session, read_table(DATA / "ventes_janvier.csv"),
                                 replace(TILL, net_column="Net HT"))
    assert not preview.documents
    assert [(p.code, p.line, p.column) for p in preview.problems] == [
        ("import.missing_column", 1, "Net HT")]


def test_a_table_built_in_memory_can_be_previewed(shop: Books) -> None:
    """Lines of one invoice for two customers; an unknown account; a wrong currency."""
    table = Table(headers=("No", "Date", "Client", "HT", "TVA", "Compte", "Devise"),
                  rows=(("F1", "01/04/2026", "C001", "10,00", "20", "707", "EUR"),
                        ("F1", "01/04/2026", "C002", "5,00", "20", "707", ""),
                        ("F2", "02/04/2026", "C001", "8,00", "20", "411", "USD")),
                  lines=(2, 3, 4), name="memoire.csv")
    mapping = ImportMapping(number_column="No", date_column="Date",
                            customer_code_column="Client", net_column="HT",
                            vat_rate_column="TVA", account_column="Compte",
                            currency_column="Devise")
    with shop.ledger.read() as session:
        preview = preview_import(session, table, mapping)
    assert [(p.code, p.line, p.column) for p in preview.problems] == [
        ("import.inconsistent_document", 3, "Client"),
        ("import.bad_account", 4, "Compte"),
        ("import.wrong_currency", 4, "Devise")]


# --- the mapping -------------------------------------------------------------------------

def test_a_mapping_is_saved_as_json_reloaded_replaced_and_deleted(books: Books) -> None:
    assert ImportMapping.from_json(TILL.to_json()) == TILL
    with books.ledger.unit_of_work() as session:
        save_mapping(session, "Caisse", TILL)
        save_mapping(session, "Caisse", replace(TILL, sheet="Ventes"))
        save_mapping(session, "autre", TILL)
    with books.ledger.unit_of_work() as session:
        assert list_mappings(session) == ["autre", "Caisse"]
        assert load_mapping(session, " Caisse ").sheet == "Ventes"
        delete_mapping(session, "autre")
    with books.ledger.read() as session:
        assert list_mappings(session) == ["Caisse"]
        with pytest.raises(ImportMappingNotFound):
            load_mapping(session, "autre")


@pytest.mark.parametrize(("changes", "field"), [
    ({"net_column": " "}, "net_column"),
    ({"date_format": "%d/%m"}, "date_format"),
    ({"decimal_separator": ",", "thousands_separator": ","}, "thousands_separator"),
    ({"account_column": None}, "account_column"),
    ({"create_missing_customers": True, "customer_name_column": None},
     "customer_name_column"),
    ({"credit_note_values": ("Facture",)}, "credit_note_values"),
])
def test_a_mapping_that_makes_no_sense_is_refused_naming_the_setting(
        books: Books, changes: dict[str, object], field: str) -> None:
    mapping = replace(TILL, **changes)  # type: ignore[arg-type]
    with books.ledger.unit_of_work() as session, pytest.raises(ImportMappingError) as caught:
        save_mapping(session, "Caisse", mapping)
    assert caught.value.details["field"] == field


def test_a_saved_mapping_with_unknown_settings_is_refused() -> None:
    with pytest.raises(ImportMappingError) as caught:
        ImportMapping.from_json(TILL.to_json().replace('"sheet"', '"feuille"'))
    assert caught.value.details["field"] == "feuille"


# --- values ------------------------------------------------------------------------------

def test_amounts_follow_the_locale_or_the_chosen_separators_and_never_round() -> None:
    assert parse_amount("1 234,56", "EUR", locale="fr_FR") == 123_456
    assert parse_amount("1.234,56", "EUR", locale="en_US", decimal_separator=",",
                        thousands_separator=".") == 123_456
    assert parse_amount(Decimal("300.29999999999995"), "EUR", locale="fr_FR") == 30_030
    for bad in ("12,345", "12.50", "abc", Decimal("12.345")):
        with pytest.raises(InvalidAmount):
            parse_amount(bad, "EUR", locale="fr_FR", decimal_separator=",")
