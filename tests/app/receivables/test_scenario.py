"""A quarter with two customers, end to end: the books always balance, the hash chain
holds, and what the receivables say a customer owes is what the ledger holds on 411 and
416 for its partner, on every day."""

from __future__ import annotations

import datetime as dt

from app.ledger.accounts import account_balances
from app.ledger.chain import verify_chain
from app.ledger.integrity import verify_ledger
from app.receivables.customers import get_customer
from app.receivables.doubtful import mark_doubtful, partner_balance
from app.receivables.payments import (
    RefundInput,
    apply_credit,
    cancel_collection,
    refund_credit,
)
from app.receivables.status import customer_balance, open_invoices
from app.treasury.dashboard import build_dashboard

from .conftest import Books

D = dt.date


def run_quarter(books: Books) -> int:
    other = books.add_customer("Hôtel du Parc", payment_terms_days=45)
    books.collect(30_000, D(2026, 1, 5), allocations=[], receipt=True)  # a deposit
    first = books.invoice("F-1", 100_000, day=D(2026, 1, 10)).invoice
    books.invoice("F-2", 40_000, day=D(2026, 1, 12), customer=other)
    with books.ledger.unit_of_work() as session:
        apply_credit(session, customer_id=books.customer, date=D(2026, 1, 10))
    books.invoice("F-3", 60_000, day=D(2026, 1, 20))
    books.collect(100_000, D(2026, 2, 2), account=books.cash, method="cash",
                  reference="F-3 F-1")
    books.credit_note("AV-1", 10_000, day=D(2026, 2, 5), customer=other)
    wrong = books.collect(48_000, D(2026, 2, 10), customer=other).collection
    with books.ledger.unit_of_work() as session:
        cancel_collection(session, collection_id=wrong.id, reason="Rejet",
                          date=D(2026, 2, 12))
    books.collect(50_000, D(2026, 2, 20), customer=other)  # 2,000 over
    with books.ledger.unit_of_work() as session:
        refund_credit(session, RefundInput(customer_id=other, treasury_account_id=books.bank,
                                           date=D(2026, 2, 25), amount=2_000))
        mark_doubtful(session, customer_id=books.customer, date=D(2026, 3, 1))
    books.collect(10_000, D(2026, 3, 10))
    assert first.id
    return other


def test_the_books_balance_and_the_chain_holds(books: Books) -> None:
    run_quarter(books)
    with books.ledger.read() as session:
        balances = account_balances(session)
    assert sum(b.debit for b in balances.values() if len(b.code) == 1) == \
        sum(b.credit for b in balances.values() if len(b.code) == 1)
    with books.ledger.raw_connection() as connection:
        report = verify_chain(connection)
    assert report.ok and report.entries > 10
    assert verify_ledger(books.ledger.path).ok


def test_what_a_customer_owes_is_its_partner_balance_on_every_day(books: Books) -> None:
    other = run_quarter(books)
    with books.ledger.read() as session:
        for customer_id in (books.customer, other):
            partner = get_customer(session, customer_id).partner_id
            day = D(2026, 1, 1)
            while day <= D(2026, 3, 31):
                in_ledger = sum(partner_balance(session, account_code=code,
                                                partner_id=partner, as_of=day)
                                for code in ("411", "416"))
                assert customer_balance(session, customer_id, day).balance == in_ledger, day
                day += dt.timedelta(days=1)


def test_the_quarter_ends_with_the_expected_open_items(books: Books) -> None:
    other = run_quarter(books)
    with books.ledger.read() as session:
        mine = open_invoices(session, customer_id=books.customer)
        theirs = open_invoices(session, customer_id=other)
        board = build_dashboard(session, year=2026, today=D(2026, 4, 1))
    # The deposit leaves 90,000 on F-1. The cash names F-1 and F-3: F-1 (due first) takes
    # 90,000, F-3 the other 10,000 of its 72,000; 10 March brings it to 52,000.
    assert [(i.number, i.open_amount) for i in mine] == [("F-3", 52_000)]
    assert theirs == []
    assert board.rows  # customer payments, refunds and reversals all have a row
