from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from app.errors import (
    AllocationExceedsPayment,
    CollectionAlreadyCancelled,
    ImmutableEntry,
    NotEnoughCredit,
    OverAllocation,
    ReceivablesError,
)
from app.ledger.posting import get_entry
from app.receivables.invoices import get_invoice
from app.receivables.matching import Allocation
from app.receivables.models import ReceivableMatch
from app.receivables.payments import (
    RefundInput,
    apply_credit,
    cancel_collection,
    get_collection,
    propose_allocation,
    refund_credit,
)
from app.receivables.status import customer_balance, open_credits, open_invoices
from app.treasury.accounts import get_treasury_account

from .conftest import JAN, Books

FEB = dt.date(2026, 2, 10)


def three_invoices(books: Books) -> list[int]:
    """F-001 due 14/02, F-002 due 28/02, F-003 due 31/03; 1,200.00 each (VAT included)."""
    return [books.invoice(number, 100_000, day=day).invoice.id for number, day in (
        ("F-001", JAN), ("F-002", dt.date(2026, 1, 29)), ("F-003", dt.date(2026, 3, 1)))]


def state(books: Books, invoice_id: int) -> tuple[str, int]:
    with books.ledger.read() as session:
        invoice = get_invoice(session, invoice_id)
    return invoice.status, invoice.open_amount


def proposal(books: Books, amount: int, reference: str = "") -> list[Allocation]:
    with books.ledger.read() as session:
        return propose_allocation(session, customer_id=books.customer, amount=amount,
                                  reference=reference)


def test_the_proposal_takes_the_oldest_due_first_and_ends_with_a_partial(books: Books
                                                                         ) -> None:
    first, second, third = three_invoices(books)
    assert proposal(books, 150_000) == [(first, 120_000), (second, 30_000)]
    assert proposal(books, 500_000) == [(first, 120_000), (second, 120_000),
                                        (third, 120_000)]


def test_invoices_named_in_the_reference_come_first(books: Books) -> None:
    first, _, third = three_invoices(books)
    assert proposal(books, 150_000, "VIR CAFE DES ARTS FACT f-003") == [
        (third, 120_000), (first, 30_000)]
    # A number inside a longer one is not named: F-00 is not F-001.
    assert proposal(books, 50_000, "F-00 F-0011") == [(first, 50_000)]


def test_a_collection_posts_bank_to_the_customer_account_with_its_partner(books: Books
                                                                          ) -> None:
    (first, *_) = three_invoices(books)
    collection = books.collect(120_000, FEB, reference="F-001").collection
    with books.ledger.read() as session:
        entry = get_entry(session, collection.entry_id)
        bank = get_treasury_account(session, books.bank).balance
    assert entry.journal == "BQ1"
    assert [(ln.account_code, ln.debit, ln.credit) for ln in entry.lines] == [
        ("5121", 120_000, 0), ("411", 0, 120_000)]
    assert entry.lines[1].partner_id is not None
    assert bank == 1_000_000 + 120_000
    assert state(books, first) == ("paid", 0)


def test_partial_payment_leaves_the_invoice_partially_paid(books: Books) -> None:
    (first, *_) = three_invoices(books)
    books.collect(20_000, allocations=[(first, 20_000)])
    assert state(books, first) == ("partially_paid", 100_000)
    books.collect(100_000, allocations=[(first, 100_000)])
    assert state(books, first) == ("paid", 0)


def test_an_overpayment_stays_as_unapplied_credit(books: Books) -> None:
    (first, *_) = three_invoices(books)
    collection = books.collect(130_000, allocations=[(first, 120_000)]).collection
    assert (collection.allocated, collection.unapplied) == (120_000, 10_000)
    with books.ledger.read() as session:
        (credit,) = open_credits(session, customer_id=books.customer)
        balance = customer_balance(session, books.customer)
    assert (credit.kind, credit.id, credit.available) == ("collection", collection.id, 10_000)
    assert (balance.open_invoices, balance.unapplied_credit, balance.balance) == (
        240_000, 10_000, 230_000)


def test_a_deposit_before_the_invoice_is_applied_to_it_later(books: Books) -> None:
    deposit = books.collect(50_000, JAN, allocations=[]).collection
    assert deposit.unapplied == 50_000
    invoice = books.invoice("F-100", 100_000, day=FEB).invoice
    assert invoice.status == "unpaid"  # credit is applied on purpose, not by itself
    with books.ledger.unit_of_work() as session:
        (match,) = apply_credit(session, customer_id=books.customer, date=FEB)
    assert (match.invoice_id, match.collection_id, match.amount) == (invoice.id, deposit.id,
                                                                     50_000)
    assert not match.at_recording and match.date == FEB
    assert state(books, invoice.id) == ("partially_paid", 70_000)


def test_credit_is_taken_oldest_first_across_payments_and_credit_notes(books: Books) -> None:
    first = books.collect(10_000, JAN, allocations=[]).collection
    note = books.credit_note("AV-1", 10_000, day=dt.date(2026, 1, 20)).invoice  # 12,000
    invoice = books.invoice("F-1", 100_000, day=FEB).invoice
    with books.ledger.unit_of_work() as session:
        matches = apply_credit(session, customer_id=books.customer,
                               allocations=[(invoice.id, 15_000)], date=FEB)
    assert [(m.collection_id, m.credit_note_id, m.amount) for m in matches] == [
        (first.id, None, 10_000), (None, note.id, 5_000)]
    with books.ledger.read() as session:
        assert get_invoice(session, note.id).open_amount == 7_000


def test_applying_more_credit_than_there_is_is_refused(books: Books) -> None:
    books.collect(10_000, allocations=[])
    invoice = books.invoice("F-1", 100_000).invoice
    with pytest.raises(NotEnoughCredit), books.ledger.unit_of_work() as session:
        apply_credit(session, customer_id=books.customer, allocations=[(invoice.id, 10_001)])


def test_a_credit_note_can_be_matched_against_an_invoice(books: Books) -> None:
    invoice = books.invoice("F-1", 100_000).invoice
    note = books.credit_note("AV-1", 25_000, allocations=((invoice.id, 30_000),)).invoice
    assert (note.status, note.open_amount) == ("applied", 0)
    assert state(books, invoice.id) == ("partially_paid", 90_000)


def test_a_refund_pays_credit_back_and_uses_it_up(books: Books) -> None:
    collection = books.collect(30_000, JAN, allocations=[]).collection
    with books.ledger.unit_of_work() as session:
        refund = refund_credit(session, RefundInput(
            customer_id=books.customer, treasury_account_id=books.bank, date=FEB,
            amount=20_000, reference="Remboursement trop-perçu")).refund
        entry = get_entry(session, refund.entry_id)
        credits = open_credits(session, customer_id=books.customer)
        bank = get_treasury_account(session, books.bank).balance
    assert [(ln.account_code, ln.debit, ln.credit) for ln in entry.lines] == [
        ("5121", 0, 20_000), ("411", 20_000, 0)]
    assert [(m.collection_id, m.amount) for m in refund.matches] == [(collection.id, 20_000)]
    assert [c.available for c in credits] == [10_000]
    assert bank == 1_000_000 + 30_000 - 20_000
    with pytest.raises(NotEnoughCredit), books.ledger.unit_of_work() as session:
        refund_credit(session, RefundInput(customer_id=books.customer,
                                           treasury_account_id=books.bank, date=FEB,
                                           amount=10_001))


@pytest.mark.parametrize(("allocations", "error"), [
    ([(1, 120_001)], OverAllocation),
    ([(1, 120_000), (2, 30_001)], AllocationExceedsPayment),
    ([(1, 0)], ReceivablesError),
    ([(1, 100), (1, 100)], ReceivablesError),
])
def test_bad_allocations_are_refused_and_nothing_is_recorded(books: Books, allocations,
                                                             error) -> None:  # type: ignore[no-untyped-def]
    three_invoices(books)
    with pytest.raises(error):
        books.collect(150_000, allocations=allocations)
    with books.ledger.read() as session:
        assert get_treasury_account(session, books.bank).balance == 1_000_000


def test_another_customers_invoice_cannot_be_allocated(books: Books) -> None:
    other = books.add_customer("Autre client")
    invoice = books.invoice("F-X", 1_000, customer=other).invoice
    with pytest.raises(ReceivablesError):
        books.collect(1_200, allocations=[(invoice.id, 1_200)])


def test_status_as_of_a_date_ignores_later_payments(books: Books) -> None:
    (first, *_) = three_invoices(books)
    books.collect(50_000, FEB, allocations=[(first, 50_000)])
    with books.ledger.read() as session:
        before = open_invoices(session, customer_id=books.customer,
                               as_of=FEB - dt.timedelta(days=1))
        after = open_invoices(session, customer_id=books.customer, as_of=FEB)
        before_january_29 = open_invoices(session, as_of=dt.date(2026, 1, 28))
    assert [(i.number, i.open_amount) for i in before] == [("F-001", 120_000),
                                                           ("F-002", 120_000)]
    assert [(i.number, i.status) for i in after][:1] == [("F-001", "partially_paid")]
    assert [i.number for i in before_january_29] == ["F-001"]


def test_a_cancelled_payment_reverses_its_money_and_reopens_its_invoices(books: Books
                                                                         ) -> None:
    (first, *_) = three_invoices(books)
    collection = books.collect(120_000, JAN, allocations=[(first, 120_000)]).collection
    with books.ledger.unit_of_work() as session:
        cancelled = cancel_collection(session, collection_id=collection.id,
                                      reason="Chèque impayé", date=FEB)
        bank = get_treasury_account(session, books.bank).balance
        as_of_january = open_invoices(session, customer_id=books.customer,
                                      as_of=dt.date(2026, 1, 31))
    assert cancelled.is_cancelled and cancelled.unapplied == 0
    assert bank == 1_000_000
    assert state(books, first) == ("unpaid", 120_000)
    assert "F-001" not in [i.number for i in as_of_january]  # it was paid then
    with pytest.raises(CollectionAlreadyCancelled), books.ledger.unit_of_work() as session:
        cancel_collection(session, collection_id=collection.id, reason="encore")


def test_matching_rows_cannot_be_changed_or_deleted(books: Books) -> None:
    (first, *_) = three_invoices(books)
    books.collect(1_000, allocations=[(first, 1_000)])
    connection = books.ledger.raw_connection()
    for table in ("customer_match", "customer_collection"):
        for statement in (f"UPDATE {table} SET amount = 2", f"DELETE FROM {table}"):
            with pytest.raises(sqlite3.DatabaseError, match="COMPTOIR_IMMUTABLE"):
                connection.execute(statement)
    connection.close()
    with pytest.raises(ImmutableEntry), books.ledger.unit_of_work() as session:
        row = session.get(ReceivableMatch, 1)
        assert row is not None
        session.delete(row)


def test_only_base_currency_accounts_take_customer_payments(books: Books,
                                                            treasury) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReceivablesError) as caught:
        books.collect(1_000, account=treasury.usd)
    assert caught.value.details["field"] == "treasury_account_id"


def test_collections_are_grouped_under_the_customer_payments_category(books: Books) -> None:
    collection = books.collect(1_000, allocations=[])
    with books.ledger.read() as session:
        from app.treasury.movements import get_movement

        movement = get_movement(session, get_collection(session,
                                                        collection.collection.id).movement_id)
    assert movement.category_name == "Règlements clients"
