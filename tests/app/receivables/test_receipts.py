from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.errors import CashOverdrawn, ImmutableEntry, ReceiptNotFound, ReceivablesError
from app.ledger.numbering import peek_last_number
from app.receivables.models import CollectionReceipt
from app.receivables.payments import (
    RefundInput,
    apply_credit,
    cancel_collection,
    refund_credit,
)
from app.receivables.receipts import (
    RECEIPT_DOC_TYPE,
    RECEIPT_SERIES,
    find_receipt,
    get_receipt,
    list_receipts,
    receipt_page_format,
    record_receipt_print,
    set_receipt_page_format,
)

from .conftest import JAN, Books


def test_cash_desk_payments_always_get_a_receipt_bank_payments_on_request(books: Books
                                                                         ) -> None:
    cash = books.collect(1_000, account=books.cash, method="cash").collection
    cheque_at_the_desk = books.collect(1_000, account=books.cash, method="cheque",
                                       cheque_number="0012345").collection
    bank = books.collect(1_000).collection
    asked = books.collect(1_000, receipt=True).collection
    assert cash.receipt_number == "RC-2026-000001"
    assert cheque_at_the_desk.receipt_number == "RC-2026-000002"
    assert bank.receipt_number is None
    assert asked.receipt_number == "RC-2026-000003"


def test_receipt_numbers_are_gapless_per_fiscal_year(books: Books) -> None:
    numbers = [books.collect(1_000, day, receipt=True).collection.receipt_number
               for day in (JAN, JAN, dt.date(2026, 12, 31), dt.date(2027, 1, 2))]
    assert numbers == ["RC-2026-000001", "RC-2026-000002", "RC-2026-000003",
                       "RC-2027-000001"]


def test_a_refused_payment_takes_no_receipt_number(books: Books) -> None:
    books.collect(1_000, receipt=True)
    with pytest.raises(ReceivablesError):
        books.collect(-5, receipt=True)
    with books.ledger.read() as session:
        assert peek_last_number(session, doc_type=RECEIPT_DOC_TYPE, series=RECEIPT_SERIES,
                                fiscal_year=2026) == 1
    assert books.collect(1_000, receipt=True).collection.receipt_number == "RC-2026-000002"


def test_a_receipt_lists_the_invoices_settled_and_what_stayed_on_account(books: Books
                                                                         ) -> None:
    first = books.invoice("F-1", 10_000).invoice  # 12,000
    second = books.invoice("F-2", 5_000).invoice  # 6,000
    collection = books.collect(20_000, account=books.cash, method="cash",
                               reference="F-2").collection
    with books.ledger.read() as session:
        receipt = get_receipt(session, collection.receipt_id)  # type: ignore[arg-type]
    assert [(line.invoice_number, line.amount) for line in receipt.lines] == [
        ("F-2", 6_000), ("F-1", 12_000)]
    assert (receipt.amount, receipt.on_account, receipt.stamp_duty, receipt.total) == (
        20_000, 2_000, 0, 20_000)
    assert receipt.customer_name == "Café des Arts" and receipt.language == "fr"
    assert {first.id, second.id} == {line.invoice_id for line in receipt.lines}


def test_credit_applied_later_is_not_on_the_receipt(books: Books) -> None:
    collection = books.collect(5_000, receipt=True, allocations=[]).collection
    books.invoice("F-1", 10_000)
    with books.ledger.unit_of_work() as session:
        apply_credit(session, customer_id=books.customer, date=JAN)
        receipt = get_receipt(session, collection.receipt_id)  # type: ignore[arg-type]
    assert receipt.lines == () and receipt.on_account == 5_000


def test_prints_are_logged_so_reprints_are_duplicates(books: Books) -> None:
    collection = books.collect(1_000, receipt=True).collection
    receipt_id = collection.receipt_id
    assert receipt_id is not None
    with books.ledger.unit_of_work() as session:
        assert record_receipt_print(session, receipt_id) == 0
        assert record_receipt_print(session, receipt_id) == 1
        assert get_receipt(session, receipt_id).prints == 2


def test_a_cancelled_payment_keeps_its_receipt_number_void(books: Books) -> None:
    collection = books.collect(1_000, account=books.cash, method="cash").collection
    with books.ledger.unit_of_work() as session:
        cancel_collection(session, collection_id=collection.id, reason="Erreur de client")
        receipt = find_receipt(session, number="RC-2026-000001")
    assert receipt.is_void and receipt.cancel_reason == "Erreur de client"
    assert books.collect(1_000, account=books.cash,
                         method="cash").collection.receipt_number == "RC-2026-000002"


def test_receipts_are_found_listed_and_immutable(books: Books) -> None:
    books.collect(1_000, receipt=True)
    with books.ledger.read() as session:
        assert [r.number for r in list_receipts(session, customer_id=books.customer)] == [
            "RC-2026-000001"]
        with pytest.raises(ReceiptNotFound):
            find_receipt(session, number="RC-2026-000009")
    connection = books.ledger.raw_connection()
    for statement in ("UPDATE collection_receipt SET number = 'x'",
                      "DELETE FROM collection_receipt"):
        with pytest.raises(sqlite3.DatabaseError, match="COMPTOIR_IMMUTABLE"):
            connection.execute(statement)
    connection.close()
    with pytest.raises(ImmutableEntry), books.ledger.unit_of_work() as session:
        row = session.get(CollectionReceipt, 1)
        assert row is not None
        row.language = "en"


def test_a_cash_refund_cannot_overdraw_the_cash_box(books: Books) -> None:
    books.collect(50_000, allocations=[])  # credit received at the bank
    with pytest.raises(CashOverdrawn), books.ledger.unit_of_work() as session:
        refund_credit(session, RefundInput(customer_id=books.customer,
                                           treasury_account_id=books.cash, date=JAN,
                                           amount=30_000, method="cash"))


def test_the_receipt_page_format_is_a_setting(books: Books) -> None:
    with books.ledger.unit_of_work() as session:
        assert receipt_page_format(session) == "A5"
        set_receipt_page_format(session, "80mm")
        assert receipt_page_format(session) == "80mm"
