"""The bulk path of invoices (imports): the same entries and records as one at a time,
every rule kept, all or nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.errors import DuplicateInvoiceNumber, PeriodLocked, ReceivablesError
from app.ledger.company import set_lock_date
from app.ledger.models import JournalEntry
from app.ledger.posting import get_entry
from app.receivables.invoices import (
    CREDIT_LIMIT_EXCEEDED,
    DocumentInput,
    InvoiceInput,
    InvoiceLineInput,
    InvoiceView,
    get_invoice,
    record_documents,
    record_invoice,
)
from app.receivables.models import CustomerInvoice

from .conftest import JAN, Books

LINES = (InvoiceLineInput("Pain", "707", 1_005, Decimal("5.5")),
         InvoiceLineInput("Traiteur", "706", 2_999, Decimal(10)),
         InvoiceLineInput("Remise", "707", -500, Decimal("5.5")))


def document(books: Books, number: str, kind: str = "invoice", *, day: dt.date = JAN,
             lines: tuple[InvoiceLineInput, ...] = LINES, **extra: object) -> DocumentInput:
    return DocumentInput(kind, InvoiceInput(customer_id=books.customer, number=number,
                                            date=day, lines=lines, **extra))  # type: ignore[arg-type]


def record(books: Books, *documents: DocumentInput) -> list[InvoiceView]:
    with books.ledger.unit_of_work() as session:
        recorded = record_documents(session, documents)
    with books.ledger.read() as session:
        return [get_invoice(session, item.id) for item in recorded]


def counts(books: Books) -> tuple[int, int]:
    with books.ledger.read() as session:
        return (int(session.scalar(select(func.count()).select_from(CustomerInvoice)) or 0),
                int(session.scalar(select(func.count()).select_from(JournalEntry)) or 0))


def posted_lines(books: Books, entry_id: int) -> list[tuple[object, ...]]:
    with books.ledger.read() as session:
        return [(line.account_code, line.debit, line.credit, line.tax_code, line.partner_id,
                 line.due_date, line.label.split(" ", 1)[-1])
                for line in get_entry(session, entry_id).lines]


def test_a_bulk_invoice_is_the_invoice_a_form_records(books: Books) -> None:
    with books.ledger.unit_of_work() as session:
        by_form = record_invoice(session, document(books, "F-1").data).invoice
    by_bulk, = record(books, document(books, "F-2", reference="BC-7", note="import"))
    assert (by_bulk.net, by_bulk.vat, by_bulk.total, by_bulk.due_date, by_bulk.status) == (
        by_form.net, by_form.vat, by_form.total, by_form.due_date, by_form.status)
    assert by_bulk.lines == by_form.lines
    assert (by_bulk.source, by_bulk.reference, by_bulk.note) == ("import", "BC-7", "import")
    assert by_bulk.entry_number == "VT-2026-000002"
    assert posted_lines(books, by_bulk.entry_id) == posted_lines(books, by_form.entry_id)


def test_a_bulk_credit_note_posts_the_mirror_and_stays_credit(books: Books) -> None:
    invoice, credit = record(books, document(books, "F-1"), document(books, "AV-1",
                                                                       "credit_note"))
    assert credit.kind == "credit_note" and credit.status == "unapplied"
    assert credit.due_date == credit.date
    assert [(code, credit_side, debit_side) for code, debit_side, credit_side, *_ in
            posted_lines(books, credit.entry_id)] == [
        (code, debit, credit) for code, debit, credit, *_ in
        posted_lines(books, invoice.entry_id)]


@pytest.mark.parametrize(("bad", "error"), [
    ({"lines": (InvoiceLineInput("Pain", "411", 1_000),)}, ReceivablesError),
    ({"due_date": JAN - dt.timedelta(days=1)}, ReceivablesError),
    ({"currency": "USD"}, ReceivablesError),
])
def test_one_bad_document_writes_nothing(books: Books, bad: dict[str, object],
                                         error: type[Exception]) -> None:
    before = counts(books)
    with pytest.raises(error):
        record(books, document(books, "F-1"), document(books, "F-2", **bad))  # type: ignore[arg-type]
    assert counts(books) == before


def test_numbers_are_unique_in_the_ledger_and_in_the_batch(books: Books) -> None:
    record(books, document(books, "F-1"))
    before = counts(books)
    with pytest.raises(DuplicateInvoiceNumber):
        record(books, document(books, "F-2"), document(books, "F-1"))
    with pytest.raises(DuplicateInvoiceNumber):
        record(books, document(books, "F-3"), document(books, "F-3"))
    assert counts(books) == before
    # Unique per kind: a credit note may carry an invoice's number.
    record(books, document(books, "F-1", "credit_note"))


def test_a_locked_period_writes_nothing(books: Books) -> None:
    with books.ledger.unit_of_work() as session:
        set_lock_date(session, JAN)
    before = counts(books)
    with pytest.raises(PeriodLocked):
        record(books, document(books, "F-1", day=JAN + dt.timedelta(days=1)),
               document(books, "F-2"))
    assert counts(books) == before


def test_the_credit_limit_warning_follows_the_batch_invoice_after_invoice(books: Books
                                                                          ) -> None:
    customer = books.add_customer("Hôtel du Parc", credit_limit=5_000)

    def item(number: str, net: int = 2_000, kind: str = "invoice") -> DocumentInput:
        return DocumentInput(kind, InvoiceInput(customer_id=customer, number=number,
                                                date=JAN, lines=[InvoiceLineInput("Pain",
                                                                                  "707", net)]))

    with books.ledger.unit_of_work() as session:
        recorded = record_documents(session, [
            item("F-1"), item("F-2"), item("F-3"),  # 2 000, 4 000, then 6 000: over
            item("AV-1", 3_000, "credit_note"), item("F-4")])  # 3 000, then 5 000: not over
    assert [item.warnings for item in recorded] == [
        (), (), (CREDIT_LIMIT_EXCEEDED,), (), ()]
