from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from app.errors import DuplicateInvoiceNumber, ImmutableEntry, ReceivablesError
from app.ledger.posting import get_entry
from app.receivables.customers import CustomerInput, update_customer
from app.receivables.invoices import (
    CREDIT_LIMIT_EXCEEDED,
    InvoiceFilter,
    InvoiceInput,
    InvoiceLineInput,
    cancel_invoice,
    find_invoice,
    get_invoice,
    list_invoices,
    record_invoice,
)
from app.receivables.models import CustomerInvoice

from .conftest import JAN, Books


def lines_of(books: Books, entry_id: int) -> list[tuple[str, int, int, str | None]]:
    with books.ledger.read() as session:
        return [(ln.account_code, ln.debit, ln.credit, ln.tax_code)
                for ln in get_entry(session, entry_id).lines]


def test_an_invoice_posts_receivable_income_and_vat_in_the_sales_journal(books: Books
                                                                         ) -> None:
    invoice = books.invoice("F-001", 10_000).invoice
    assert (invoice.net, invoice.vat, invoice.total) == (10_000, 2_000, 12_000)
    assert invoice.entry_number == "VT-2026-000001"
    assert lines_of(books, invoice.entry_id) == [
        ("411", 12_000, 0, None), ("707", 0, 10_000, None), ("44571", 0, 2_000, "VAT20")]
    with books.ledger.read() as session:
        receivable = get_entry(session, invoice.entry_id).lines[0]
    assert receivable.due_date == JAN + dt.timedelta(days=30)
    assert receivable.partner_id is not None


def test_vat_is_rounded_half_up_per_line_then_summed_per_rate(books: Books) -> None:
    with books.ledger.unit_of_work() as session:
        invoice = record_invoice(session, InvoiceInput(
            customer_id=books.customer, number="F-002", date=JAN, lines=[
                InvoiceLineInput("Pain", "707", 1_005, Decimal("5.5")),  # 55.275 → 55
                InvoiceLineInput("Gâteau", "707", 1_010, Decimal("5.5")),  # 55.55 → 56
                InvoiceLineInput("Traiteur", "706", 2_999, Decimal(10)),  # 299.9 → 300
                InvoiceLineInput("Remise", "707", -500, Decimal("5.5")),  # -27.5 → -28
            ])).invoice
    assert invoice.vat == 55 + 56 + 300 - 28
    assert invoice.total == 1_005 + 1_010 + 2_999 - 500 + invoice.vat
    assert lines_of(books, invoice.entry_id) == [
        ("411", invoice.total, 0, None), ("707", 0, 1_005, None), ("707", 0, 1_010, None),
        ("706", 0, 2_999, None), ("707", 500, 0, None),  # the discount is a debit
        ("44571", 0, 83, "VAT5.5"), ("44571", 0, 300, "VAT10")]


def test_the_due_date_is_given_or_follows_the_customer_terms(books: Books) -> None:
    given = books.invoice("F-010", 1_000, due_date=dt.date(2026, 3, 31)).invoice
    assert given.due_date == dt.date(2026, 3, 31)
    with pytest.raises(ReceivablesError) as caught:
        books.invoice("F-011", 1_000, due_date=JAN - dt.timedelta(days=1))
    assert caught.value.details["field"] == "due_date"


def test_a_credit_note_posts_the_mirror_image(books: Books) -> None:
    note = books.credit_note("AV-001", 5_000).invoice
    assert note.kind == "credit_note" and note.total == 6_000
    assert lines_of(books, note.entry_id) == [
        ("411", 0, 6_000, None), ("707", 5_000, 0, None), ("44571", 1_000, 0, "VAT20")]
    assert note.status == "unapplied" and note.open_amount == 6_000


def test_numbers_are_unique_per_kind(books: Books) -> None:
    books.invoice("F-001", 1_000)
    with pytest.raises(DuplicateInvoiceNumber):
        books.invoice(" F-001 ", 2_000)
    assert books.credit_note("F-001", 500).invoice.number == "F-001"


@pytest.mark.parametrize(("change", "field"), [
    ({"number": " "}, "number"),
    ({"currency": "USD"}, "currency"),
    ({"lines": []}, "lines"),
    ({"lines": [InvoiceLineInput("Loyer", "512", 1_000)]}, "line 1"),
    ({"lines": [InvoiceLineInput("Rien", "707", 0)]}, "line 1"),
    ({"lines": [InvoiceLineInput("Avoir", "707", -1_000)]}, "lines"),
    ({"lines": [InvoiceLineInput("", "707", 1_000)]}, "line 1"),
    ({"lines": [InvoiceLineInput("X", "707", 1_000, Decimal(100))]}, "line 1"),
])
def test_bad_invoices_are_refused_and_post_nothing(books: Books, change: dict[str, object],
                                                   field: str) -> None:
    values: dict[str, object] = dict(customer_id=books.customer, number="F-9", date=JAN,
                                     lines=[InvoiceLineInput("X", "707", 1_000)])
    values.update(change)
    with pytest.raises(ReceivablesError) as caught, \
            books.ledger.unit_of_work() as session:
        record_invoice(session, InvoiceInput(**values))  # type: ignore[arg-type]
    assert caught.value.details["field"] == field
    with books.ledger.read() as session:
        assert list_invoices(session) == []


def test_going_over_the_credit_limit_warns_but_records(books: Books) -> None:
    with books.ledger.unit_of_work() as session:
        update_customer(session, customer_id=books.customer, data=CustomerInput(
            name="Café des Arts", credit_limit=20_000))
    assert books.invoice("F-001", 10_000).warnings == ()  # 12,000 owed
    books.collect(2_000)  # 10,000 owed
    assert books.invoice("F-002", 8_000).warnings == ()  # 19,600 owed
    over = books.invoice("F-003", 1_000)  # 20,800 owed
    assert over.warnings == (CREDIT_LIMIT_EXCEEDED,)
    assert over.invoice.id


def test_posted_invoices_cannot_be_changed_or_deleted(books: Books) -> None:
    books.invoice("F-001", 1_000)
    connection = books.ledger.raw_connection()
    for statement in ("UPDATE customer_invoice SET total = 1", "DELETE FROM customer_invoice",
                      "UPDATE customer_invoice_line SET net = 1",
                      "DELETE FROM customer_invoice_line", "DELETE FROM customer"):
        with pytest.raises(sqlite3.DatabaseError, match="COMPTOIR_IMMUTABLE"):
            connection.execute(statement)
    connection.close()
    with pytest.raises(ImmutableEntry), books.ledger.unit_of_work() as session:
        row = session.get(CustomerInvoice, 1)
        assert row is not None
        row.due_date = dt.date(2030, 1, 1)


def test_cancelling_an_invoice_issues_a_matched_credit_note(books: Books) -> None:
    invoice = books.invoice("F-001", 10_000).invoice
    books.collect(2_000, allocations=[(invoice.id, 2_000)])
    with books.ledger.unit_of_work() as session:
        note = cancel_invoice(session, invoice_id=invoice.id, number="AV-001",
                              date=dt.date(2026, 1, 20)).invoice
        cancelled = get_invoice(session, invoice.id)
    assert note.total == 12_000 and note.reference == "F-001"
    assert cancelled.status == "paid" and cancelled.open_amount == 0
    assert (note.status, note.open_amount) == ("partially_applied", 2_000)  # now credit


def test_invoices_are_listed_and_found_with_their_derived_status(books: Books) -> None:
    paid = books.invoice("F-001", 1_000).invoice
    books.invoice("F-002", 1_000, day=dt.date(2026, 2, 1))
    books.collect(1_200, allocations=[(paid.id, 1_200)])
    with books.ledger.read() as session:
        assert [i.number for i in list_invoices(session)] == ["F-002", "F-001"]
        assert [i.number for i in list_invoices(session, InvoiceFilter(status="paid"))] == [
            "F-001"]
        assert [i.number for i in list_invoices(session, InvoiceFilter(
            date_from=dt.date(2026, 2, 1)))] == ["F-002"]
        assert find_invoice(session, number="F-002").status == "unpaid"
