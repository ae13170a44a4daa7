from __future__ import annotations

import datetime as dt

from app.receivables.doubtful import mark_doubtful
from app.receivables.history import customer_history
from app.receivables.payments import RefundInput, cancel_collection, refund_credit

from .conftest import Books

D = dt.date


def scenario(books: Books) -> None:
    invoice = books.invoice("F-1", 100_000, day=D(2026, 1, 10)).invoice  # 120,000
    books.credit_note("AV-1", 10_000, day=D(2026, 1, 20),
                      allocations=((invoice.id, 12_000),))
    books.collect(150_000, D(2026, 2, 1), reference="VIR F-1")  # 108,000 + 42,000 credit
    wrong = books.collect(5_000, D(2026, 2, 3), allocations=[]).collection
    with books.ledger.unit_of_work() as session:
        cancel_collection(session, collection_id=wrong.id, reason="Doublon",
                          date=D(2026, 2, 4))
        refund_credit(session, RefundInput(customer_id=books.customer,
                                           treasury_account_id=books.bank,
                                           date=D(2026, 2, 5), amount=42_000))
        mark_doubtful(session, customer_id=books.customer, date=D(2026, 3, 1))


def test_history_lists_everything_in_date_order_with_the_running_balance(books: Books
                                                                         ) -> None:
    scenario(books)
    with books.ledger.read() as session:
        history = customer_history(session, customer_id=books.customer)
    assert [(i.date.isoformat(), i.kind, i.debit, i.credit, i.amount, i.balance)
            for i in history.items] == [
        ("2026-01-10", "invoice", 120_000, 0, 0, 120_000),
        ("2026-01-20", "credit_note", 0, 12_000, 0, 108_000),
        ("2026-01-20", "allocation", 0, 0, 12_000, 108_000),
        ("2026-02-01", "collection", 0, 150_000, 0, -42_000),
        ("2026-02-01", "allocation", 0, 0, 108_000, -42_000),
        ("2026-02-03", "collection", 0, 5_000, 0, -47_000),
        ("2026-02-04", "collection_cancelled", 5_000, 0, 0, -42_000),
        ("2026-02-05", "refund", 42_000, 0, 0, 0),
        ("2026-03-01", "doubtful", 0, 0, 0, 0),
    ]
    assert history.items[0].number == "F-1" and history.items[2].label == "AV-1"
    assert history.closing_balance == 0


def test_a_date_range_starts_from_the_opening_balance(books: Books) -> None:
    scenario(books)
    with books.ledger.read() as session:
        history = customer_history(session, customer_id=books.customer,
                                   date_from=D(2026, 2, 1), date_to=D(2026, 2, 3))
    assert history.opening_balance == 108_000
    assert [i.kind for i in history.items] == ["collection", "allocation", "collection"]
    assert history.closing_balance == -47_000
