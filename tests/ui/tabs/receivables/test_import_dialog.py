"""The invoice import dialog: a CSV mapped column by column and the mapping saved under
a name; previewed (documents, new customers) and imported off the GUI thread; then a
second file read with the saved mapping, whose problems are listed by line and column
and which imports nothing."""

from __future__ import annotations

from pathlib import Path

from app.receivables.customers import list_customers
from app.receivables.importing import list_mappings, load_mapping
from app.receivables.invoices import InvoiceFilter, find_invoice, list_invoices
from tests.ui.tabs.receivables.conftest import CollectionBooks, make_tab, plain
from ui.tabs.receivables.dialogs.import_dialog import ImportDialog

GOOD = """Numéro;Date;Client;Nom;Libellé;HT;TVA
F-100;01/10/2026;C1;Boulangerie Martin;Pain;100,00;5,5
F-100;01/10/2026;C1;Boulangerie Martin;Gâteaux;50,00;20
F-101;05/10/2026;C2;Hôtel Neuf;Traiteur;200,00;10
"""

BAD = """Numéro;Date;Client;Nom;Libellé;HT;TVA
F-200;01/10/2026;C1;Boulangerie Martin;Pain;100,00;5,5
F-201;31/02/2026;C1;Boulangerie Martin;Pain;abc;5,5
"""


def wait_job(qtbot, dialog: ImportDialog) -> None:
    if dialog.job is not None:
        assert dialog.job.wait()
    qtbot.waitUntil(lambda: dialog.job is None)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def invoice_numbers(books: CollectionBooks) -> list[str]:
    with books.ledger.read() as session:
        return sorted(v.number for v in list_invoices(session, InvoiceFilter()))


def test_import_with_a_mapping_saved_then_reused(qtbot, books: CollectionBooks, tmp_path,
                                                 shown_errors):
    books.add_customer("Boulangerie Martin", code="C1")
    tab = make_tab(qtbot, books.ledger)
    tab.view.pages.setCurrentIndex(tab.view.INVOICES)
    dialog = tab.import_invoices()
    assert not dialog.import_button.isEnabled()

    dialog.set_path(write(tmp_path, "ventes.csv", GOOD))
    wait_job(qtbot, dialog)
    # The file's headers are offered; nothing is planned before the columns are chosen.
    combo = dialog.columns["number_column"]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Numéro", "Date", "Client", "Nom", "Libellé", "HT", "TVA"]
    assert "3 rows" in dialog.summary.text()
    for field, header in (("number_column", "Numéro"), ("date_column", "Date"),
                          ("customer_code_column", "Client"), ("net_column", "HT"),
                          ("vat_rate_column", "TVA"), ("customer_name_column", "Nom"),
                          ("label_column", "Libellé")):
        dialog.columns[field].setEditText(header)
    dialog.default_account.set_account_code("707")
    dialog.create_customers.setChecked(True)
    dialog.mapping_name.setEditText("Ventes")
    assert dialog.save_current_mapping()

    dialog.start_preview()
    wait_job(qtbot, dialog)
    assert dialog.previewed is not None and dialog.previewed.preview.ok
    assert dialog.documents_model.rowCount() == 2
    summary = plain(dialog.summary.text())
    assert summary.startswith("2 invoices (385,50 €) and 0 credit notes (0,00 €)")
    assert "1 new customers" in summary and "ready to import" in summary
    assert dialog.import_button.isEnabled()

    dialog.start_import()
    wait_job(qtbot, dialog)
    assert shown_errors == [] and dialog.result_ is not None
    assert (dialog.result_.invoices, dialog.result_.customers_created) == (2, 1)
    assert not dialog.isVisible()
    with books.ledger.read() as session:
        first = find_invoice(session, number="F-100")
        hotel = list_customers(session, search="Hôtel Neuf")
        mapping = load_mapping(session, "Ventes")
    assert (first.net, first.vat, first.total, first.source) == (15_000, 1_550, 16_550,
                                                                 "import")
    assert [line.label for line in first.lines] == ["Pain", "Gâteaux"]
    assert [customer.code for customer in hotel] == ["C2"]
    assert mapping.default_account == "707" and mapping.create_missing_customers
    assert "Imported: 2 invoices and 0 credit notes; 1 new customers." in \
        tab.view.notice.text()
    assert tab.invoices_model.row_of(first.id) >= 0

    # A second file, with the saved mapping: its problems are shown, nothing imported.
    dialog = tab.import_invoices()
    with books.ledger.read() as session:
        assert list_mappings(session) == ["Ventes"]
    dialog.mapping_name.setEditText("Ventes")
    assert dialog.load_selected_mapping() is not None
    assert dialog.columns["net_column"].currentText() == "HT"
    dialog.set_path(write(tmp_path, "ventes-2.csv", BAD))
    wait_job(qtbot, dialog)
    preview = dialog.previewed.preview
    assert [(p.line, p.column, p.code) for p in preview.problems] == [
        (3, "Date", "import.bad_date"), (3, "HT", "import.bad_amount")]
    model = dialog.problems_model
    assert [model.index(0, column).data() for column in range(4)] == [
        "3", "Date", "Not a date", "31/02/2026"]
    assert dialog.results.currentWidget() is dialog.problems
    assert "2 problems: nothing can be imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.start_import() is None
    dialog.reject()
    assert invoice_numbers(books) == ["F-100", "F-101"]


def test_an_unreadable_file_is_said_and_imports_nothing(qtbot, books: CollectionBooks,
                                                        tmp_path):
    tab = make_tab(qtbot, books.ledger)
    dialog = tab.import_invoices()
    path = tmp_path / "ventes.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    dialog.set_path(path)
    wait_job(qtbot, dialog)
    assert dialog.previewed is None
    assert "ventes.xlsx" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert invoice_numbers(books) == []
