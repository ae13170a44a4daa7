"""The dunning page: the proposal as of a date, reviewed (a customer unticked, a level
changed, an invoice disputed through an action), validated, and its letters printed as
one PDF whose text names the invoices; the run is then in the history of the invoice
and of the customer, and the next proposal waits for the next delay."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.receivables.dunning import invoice_dunning_history, list_actions, list_runs
from tests.ui.tabs.receivables.conftest import CollectionBooks, make_tab, plain
from ui.tabs.receivables.dunning import DunningPage
from ui.tabs.receivables.models import DunningCustomersModel, DunningInvoicesModel
from ui.tabs.receivables.tab import CollectionsTab

SEP_1 = dt.date(2026, 9, 1)  # due 01/10: 53 days late on 23/11
NOV_1 = dt.date(2026, 11, 1)  # due 01/12: a pre-reminder on 23/11


def open_page(tab: CollectionsTab) -> DunningPage:
    tab.view.pages.setCurrentIndex(tab.view.DUNNING)
    assert tab.dunning.draft is not None  # proposed when shown
    return tab.dunning


def customer_names(page: DunningPage) -> list[str]:
    model = page.customers_model
    return [model.index(row, DunningCustomersModel.CUSTOMER).data()
            for row in range(model.rowCount())]


def cell(page: DunningPage, customer_row: int, column: int) -> str:
    return plain(page.customers_model.index(customer_row, column).data())


def test_run_dunning_and_print_the_letters(qtbot, books: CollectionBooks, printed,
                                           confirm_yes, shown_errors):
    hotel = books.add_customer("Hôtel du Parc")
    boutique = books.add_customer("Boutique Fine")
    late = books.invoice("F-1", 10_000, SEP_1).invoice.id  # Café: 120,00, 53 days late
    books.invoice("F-2", 5_000, NOV_1)  # Café: not due, its pre-reminder is held back
    books.invoice("H-1", 20_000, NOV_1, customer=hotel)  # a pre-reminder
    disputed = books.invoice("E-1", 7_000, SEP_1, customer=boutique).invoice.id
    tab = make_tab(qtbot, books.ledger)
    page = open_page(tab)

    assert customer_names(page) == ["Boutique Fine", "Café des Arts", "Hôtel du Parc"]
    assert cell(page, 1, DunningCustomersModel.LEVEL) == "Level 1"
    assert cell(page, 1, DunningCustomersModel.DUE) == "120,00"
    assert cell(page, 2, DunningCustomersModel.LEVEL) == "Pre-reminder"
    assert plain(page.summary.text()) == (
        "Letters to send: 3 · claimed 444,00 €")

    # The Boutique disputes its invoice: recorded as an action, it leaves the run.
    assert page.select_customer(boutique)
    dialog = page.record_action()
    assert dialog is not None
    dialog.set_kind("dispute")
    dialog.invoice.setCurrentIndex(dialog.invoice.findData(disputed))
    dialog.note.setText("Marchandise abîmée")
    dialog.accept()
    assert shown_errors == []
    assert customer_names(page) == ["Café des Arts", "Hôtel du Parc", "Boutique Fine"]
    row = page.customers_model.row_of(boutique)
    assert cell(page, row, DunningCustomersModel.LEVEL) == "Nothing to send"
    page.select_customer(boutique)
    assert page.invoices_model.index(0, DunningInvoicesModel.REASON).data() == "Disputed"
    # A blocked invoice cannot be ticked back by hand.
    assert not (page.invoices_model.flags(page.invoices_model.index(
        0, DunningInvoicesModel.PICK)) & Qt.ItemFlag.ItemIsUserCheckable)

    # The Hôtel's pre-reminder is left out; the Café's letter is raised to level 2.
    row = page.customers_model.row_of(hotel)
    page.customers_model.setData(page.customers_model.index(row, 0),
                                 Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    page.select_customer(books.customer)
    assert page.invoices_model.review_at(0).invoice_id == late
    assert page.invoices_model.index(1, DunningInvoicesModel.REASON).data() == \
        "Pre-reminder held back"
    page.invoices_model.set_level(0, "2")
    assert cell(page, 0, DunningCustomersModel.LEVEL) == "Level 2"  # the Café, first now
    assert plain(page.summary.text()) == (
        "Letters to send: 1 · claimed 120,00 €")

    page.validate()
    assert shown_errors == [] and len(confirm_yes) == 1
    assert "Send 1 letters as of 23/11/2026?" in confirm_yes[0]
    assert len(printed) == 1 and printed[0].title == "DR-2026-000001"
    text = printed[0].text
    assert "Café des Arts" in text and "F-1" in text and "120,00" in text
    assert "Hôtel du Parc" not in text and "E-1" not in text
    assert "Deuxième relance" in text  # level 2, in the customer's language

    with books.ledger.read() as session:
        (run,) = list_runs(session)
        history = invoice_dunning_history(session, late)
        actions = list_actions(session, customer_id=boutique)
    assert (run.number, run.letters, run.total_due) == ("DR-2026-000001", 1, 12_000)
    assert [(event.kind, event.level) for event in history] == [("letter", "2")]
    assert [action.kind for action in actions] == ["dispute"]
    # The next proposal knows the letter went out; the run is listed and can be reprinted.
    page.select_customer(books.customer)
    review = page.invoices_model.review_at(0)
    assert review.last_level == "2" and review.level is None
    assert page.runs_model.rowCount() == 1
    page.runs.selectRow(0)
    assert page.reprint_selected_run() is not None and len(printed) == 2
    # The customer's history shows the letter.
    tab.view.pages.setCurrentIndex(tab.view.CUSTOMERS)
    tab.select_customer(books.customer)
    assert "letter" in [row.item.kind for row in tab.history_model.rows() if row.item]


def test_nothing_to_send_keeps_validate_off(qtbot, books: CollectionBooks):
    books.invoice("F-1", 10_000, NOV_1, due=dt.date(2026, 12, 31))
    tab = make_tab(qtbot, books.ledger)
    page = open_page(tab)
    assert customer_names(page) == []
    assert not page.validate_button.isEnabled()
    assert page.validate() is None


def test_an_invoice_shows_its_settlement_and_reminders(qtbot, books: CollectionBooks,
                                                       printed, confirm_yes):
    invoice = books.invoice("F-1", 10_000, SEP_1).invoice.id
    books.collect(3_000, dt.date(2026, 10, 20), reference="F-1")
    tab = make_tab(qtbot, books.ledger)
    page = open_page(tab)
    page.validate()
    tab.view.pages.setCurrentIndex(tab.view.INVOICES)
    assert tab.select_invoice(invoice)
    dialog = tab.view_invoice()
    assert dialog is not None
    assert dialog.lines.rowCount() == 1 and dialog.lines.item(0, 0).text() == "Marchandises"
    assert dialog.matches.rowCount() == 1 and plain(dialog.matches.item(0, 2).text()) == \
        "30,00"
    assert dialog.events.rowCount() == 1
    assert [dialog.events.item(0, c).text() for c in range(2)] == [
        "23/11/2026", "Reminder letter"]
    assert dialog.events.item(0, 2).text() == "Level 1 · DR-2026-000001"
