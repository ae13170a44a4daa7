from __future__ import annotations

import datetime as dt

import pytest

from app.errors import CustomerAlreadyDoubtful, ReceivablesError
from app.ledger.posting import get_entry
from app.receivables.customers import get_customer
from app.receivables.doubtful import mark_doubtful, partner_balance
from app.receivables.payments import cancel_collection
from app.receivables.status import customer_balance

from .conftest import JAN, Books

MARCH = dt.date(2026, 3, 1)


def balances(books: Books) -> tuple[int, int]:
    """The customer's balance on 411 and on 416."""
    with books.ledger.read() as session:
        partner = get_customer(session, books.customer).partner_id
        return (partner_balance(session, account_code="411", partner_id=partner),
                partner_balance(session, account_code="416", partner_id=partner))


def test_marking_doubtful_moves_the_open_balance_to_416(books: Books) -> None:
    books.invoice("F-1", 100_000)  # 120,000
    books.invoice("F-2", 50_000)  # 60,000
    books.collect(30_000)  # 150,000 left
    with books.ledger.unit_of_work() as session:
        transfer = mark_doubtful(session, customer_id=books.customer, date=MARCH)
        entry = get_entry(session, transfer.entry_id)  # type: ignore[arg-type]
        customer = get_customer(session, books.customer)
    assert transfer.amount == 150_000 and entry.journal == "OD"
    assert [(ln.account_code, ln.debit, ln.credit, ln.partner_id) for ln in entry.lines] == [
        ("416", 150_000, 0, customer.partner_id), ("411", 0, 150_000, customer.partner_id)]
    assert entry.label == "Transfert en clients douteux : Café des Arts"
    assert customer.doubtful and customer.doubtful_since == MARCH
    assert balances(books) == (0, 150_000)


def test_a_doubtful_customer_pays_and_is_invoiced_on_the_doubtful_account(books: Books
                                                                          ) -> None:
    books.invoice("F-1", 100_000)
    with books.ledger.unit_of_work() as session:
        mark_doubtful(session, customer_id=books.customer, date=MARCH)
    collection = books.collect(20_000, dt.date(2026, 3, 5)).collection
    books.invoice("F-2", 10_000, day=dt.date(2026, 3, 6))
    with books.ledger.read() as session:
        entry = get_entry(session, collection.entry_id)
        owed = customer_balance(session, books.customer).balance
    assert [ln.account_code for ln in entry.lines] == ["5121", "416"]
    assert balances(books) == (0, 120_000 - 20_000 + 12_000)
    assert owed == 112_000


def test_a_customer_is_marked_doubtful_once(books: Books) -> None:
    books.invoice("F-1", 1_000)
    with books.ledger.unit_of_work() as session:
        mark_doubtful(session, customer_id=books.customer, date=MARCH)
    with pytest.raises(CustomerAlreadyDoubtful), books.ledger.unit_of_work() as session:
        mark_doubtful(session, customer_id=books.customer, date=MARCH)


def test_the_transfer_cannot_be_dated_before_the_customers_last_document(books: Books
                                                                         ) -> None:
    books.invoice("F-1", 1_000, day=MARCH)
    with pytest.raises(ReceivablesError) as caught, books.ledger.unit_of_work() as session:
        mark_doubtful(session, customer_id=books.customer, date=JAN)
    assert caught.value.details["field"] == "date"


def test_a_customer_owing_nothing_is_marked_without_an_entry(books: Books) -> None:
    with books.ledger.unit_of_work() as session:
        transfer = mark_doubtful(session, customer_id=books.customer, date=MARCH)
    assert transfer.amount == 0 and transfer.entry_id is None


def test_a_payment_from_before_the_transfer_cannot_be_cancelled_after_it(books: Books
                                                                         ) -> None:
    books.invoice("F-1", 10_000)
    collection = books.collect(1_000).collection
    with books.ledger.unit_of_work() as session:
        mark_doubtful(session, customer_id=books.customer, date=MARCH)
    with pytest.raises(ReceivablesError) as caught, books.ledger.unit_of_work() as session:
        cancel_collection(session, collection_id=collection.id, reason="Rejet", date=MARCH)
    assert caught.value.details["field"] == "collection"
