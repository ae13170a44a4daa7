"""The aged balance against a table computed by hand.

The books (amounts in euros, no VAT so totals are nets; the aged balance is taken as of
30/06/2026 unless a test says otherwise):

* Café des Arts: A1 1,000 of 10/06 due 10/07; A2 2,000 of 01/05 due 31/05; A3 3,000 of
  01/03 due 31/03, paid 500 on 15/04 and 1,000 on 05/07 (after the date); A4 700 of
  02/07 (after the date).
* Boulangerie Martin: B1 1,500 of 10/04 due 10/05; B2 800 of 20/03 due 19/04 with
  credit note BC1 300 of 15/05 against it; a deposit of 400 on 20/06, applied to B1 on
  10/07 (after the date).
* Épicerie Durand: C1 1,200 of 01/02 due 03/03, paid 200 on 10/03; doubtful from 01/06
  (1,000 to 416); C2 300 of 05/06 due 05/07 (on 416).
* Hôtel du Parc: D1 600 of 01/06 due 15/06, paid on 16/06, the payment cancelled on
  25/06.
* Traiteur Blanc: E1 900 of 02/05, paid in full on 20/05: not in the table.

By due date, boundaries (0, 30, 60, 90), as of 30/06 (days overdue in brackets):

| customer       | Not due    | 1–30                | 31–60      | 61–90     | > 90       |
|----------------|------------|---------------------|------------|-----------|------------|
| Café des Arts  | A1 1,000   | A2 2,000 (30)       |            |           | A3 2,500   |
| B. Martin      |            |                     | B1 1,500   | B2 500    |            |
| Hôtel du Parc  |            | D1 600 (15)         |            |           |            |

plus unapplied credit −400 (Martin), doubtful 1,300 (Durand): balance 9,000.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from alembic import command
from sqlalchemy import create_engine, insert, select

from app.errors import ImmutableEntry, ReceivablesError
from app.ledger.integrity import open_ledger
from app.receivables.ageing import (
    NOT_DUE,
    AgedBalance,
    AgedLine,
    aged_balance,
    aged_balance_trend,
    aged_lines,
    bucket_of,
    make_buckets,
    month_ends,
    parse_boundaries,
)
from app.receivables.customers import get_customer
from app.receivables.doubtful import mark_doubtful, partner_balance
from app.receivables.models import CustomerInvoice, ReceivableMatch
from app.receivables.payments import (
    RefundInput,
    apply_credit,
    cancel_collection,
    refund_credit,
)
from app.storage.ledger_file import _alembic_config

from .conftest import Books

D = dt.date
AS_OF = D(2026, 6, 30)
EUR = 100  # minor units per euro


@dataclass(frozen=True)
class Scenario:
    cafe: int
    martin: int
    durand: int
    parc: int
    blanc: int
    invoices: dict[str, int]


def ageing_scenario(books: Books) -> Scenario:
    """The books of the module docstring."""
    cafe = books.customer
    martin = books.add_customer("Boulangerie Martin", code="MART")
    durand = books.add_customer("Épicerie Durand")
    parc = books.add_customer("Hôtel du Parc")
    blanc = books.add_customer("Traiteur Blanc")
    ids: dict[str, int] = {}

    def invoice(number: str, euros: int, day: dt.date, due: dt.date, customer: int) -> int:
        ids[number] = books.invoice(number, euros * EUR, day=day, rate="0", due_date=due,
                                    customer=customer).invoice.id
        return ids[number]

    # Café des Arts
    invoice("A3", 3_000, D(2026, 3, 1), D(2026, 3, 31), cafe)
    books.collect(500 * EUR, D(2026, 4, 15), allocations=[(ids["A3"], 500 * EUR)])
    invoice("A2", 2_000, D(2026, 5, 1), D(2026, 5, 31), cafe)
    invoice("A1", 1_000, D(2026, 6, 10), D(2026, 7, 10), cafe)
    invoice("A4", 700, D(2026, 7, 2), D(2026, 8, 1), cafe)
    books.collect(1_000 * EUR, D(2026, 7, 5), allocations=[(ids["A3"], 1_000 * EUR)])
    # Boulangerie Martin
    invoice("B2", 800, D(2026, 3, 20), D(2026, 4, 19), martin)
    invoice("B1", 1_500, D(2026, 4, 10), D(2026, 5, 10), martin)
    books.credit_note("BC1", 300 * EUR, day=D(2026, 5, 15), rate="0", customer=martin,
                      allocations=((ids["B2"], 300 * EUR),))
    books.collect(400 * EUR, D(2026, 6, 20), customer=martin, allocations=[])
    with books.ledger.unit_of_work() as session:
        apply_credit(session, customer_id=martin, date=D(2026, 7, 10),
                     allocations=[(ids["B1"], 400 * EUR)])
    # Épicerie Durand, doubtful from 01/06
    invoice("C1", 1_200, D(2026, 2, 1), D(2026, 3, 3), durand)
    books.collect(200 * EUR, D(2026, 3, 10), customer=durand)
    with books.ledger.unit_of_work() as session:
        mark_doubtful(session, customer_id=durand, date=D(2026, 6, 1))
    invoice("C2", 300, D(2026, 6, 5), D(2026, 7, 5), durand)
    # Hôtel du Parc: paid, then the payment cancelled
    invoice("D1", 600, D(2026, 6, 1), D(2026, 6, 15), parc)
    paid = books.collect(600 * EUR, D(2026, 6, 16), customer=parc).collection
    with books.ledger.unit_of_work() as session:
        cancel_collection(session, collection_id=paid.id, reason="Chèque impayé",
                          date=D(2026, 6, 25))
    # Traiteur Blanc, paid in full
    invoice("E1", 900, D(2026, 5, 2), D(2026, 6, 1), blanc)
    books.collect(900 * EUR, D(2026, 5, 20), customer=blanc)
    return Scenario(cafe, martin, durand, parc, blanc, ids)


def aged(books: Books, **options: object) -> AgedBalance:
    with books.ledger.read() as session:
        return aged_balance(session, **{"as_of": AS_OF, **options})  # type: ignore[arg-type]


def table(balance: AgedBalance) -> dict[str, tuple[int, ...]]:
    """Per customer: its buckets, then credit, doubtful and bills, in euros."""
    return {row.customer_name: tuple(amount // EUR for amount in (
        *row.buckets, row.credit, row.doubtful, row.bills)) for row in balance.rows}


@pytest.fixture
def scenario(books: Books) -> Scenario:
    return ageing_scenario(books)


# --- buckets ---------------------------------------------------------------------------

def test_buckets_are_cut_at_their_boundaries() -> None:
    assert [b.label for b in make_buckets(None, "due")] == [
        NOT_DUE, "1–30", "31–60", "61–90", "> 90"]
    assert [b.label for b in make_buckets(None, "invoice")] == [
        "0–30", "31–60", "61–90", "> 90"]
    assert [b.label for b in make_buckets((15, 45), "due")] == ["≤ 15", "16–45", "> 45"]
    not_due, first, *_, last = make_buckets((0, 30, 60, 90), "due")
    assert not_due.holds(-400) and not_due.holds(0) and not not_due.holds(1)
    assert first.holds(1) and first.holds(30) and not first.holds(31)
    assert last.holds(91) and last.holds(10_000) and not last.holds(90)
    buckets = make_buckets((0, 30, 60, 90), "due")
    for days in range(-40, 200):
        assert [b.index for b in buckets if b.holds(days)] == [bucket_of(buckets, days)]


def test_buckets_are_checked() -> None:
    assert len(make_buckets(tuple(range(0, 330, 30)), "due")) == 12
    for wrong in ((), tuple(range(0, 360, 30)), (30, 30), (60, 30), (-10, 30)):
        by = "invoice" if wrong == (-10, 30) else "due"
        with pytest.raises(ReceivablesError) as caught:
            make_buckets(wrong, by)  # type: ignore[arg-type]
        assert caught.value.details["field"] == "buckets"
    with pytest.raises(ReceivablesError):
        make_buckets(None, "age")  # type: ignore[arg-type]
    assert parse_boundaries("30, 60,90") == (30, 60, 90)
    with pytest.raises(ReceivablesError):
        parse_boundaries("30,soixante")


# --- the hand-computed table -------------------------------------------------------------

def test_by_due_date_as_of_the_end_of_june(books: Books, scenario: Scenario) -> None:
    balance = aged(books)
    assert [b.label for b in balance.columns] == [NOT_DUE, "1–30", "31–60", "61–90", "> 90"]
    #                                 Not due  1–30  31–60  61–90  > 90  credit  416  413
    assert table(balance) == {
        "Boulangerie Martin": (0, 0, 1_500, 500, 0, -400, 0, 0),
        "Café des Arts": (1_000, 2_000, 0, 0, 2_500, 0, 0, 0),
        "Hôtel du Parc": (0, 600, 0, 0, 0, 0, 0, 0),
        "Épicerie Durand": (0, 0, 0, 0, 0, 0, 1_300, 0),
    }
    assert [row.customer_name for row in balance.rows] == [
        "Boulangerie Martin", "Café des Arts", "Épicerie Durand", "Hôtel du Parc"]
    totals = balance.totals
    assert totals.buckets == tuple(euros * EUR for euros in (1_000, 2_600, 1_500, 500, 2_500))
    assert (totals.total, totals.credit, totals.doubtful, totals.bills, totals.balance) == (
        8_100 * EUR, -400 * EUR, 1_300 * EUR, 0, 9_000 * EUR)
    martin = balance.rows[0]
    assert martin.customer_code == "MART" and martin.total == 2_000 * EUR
    assert martin.overdue == 2_000 * EUR and martin.balance == 1_600 * EUR
    assert martin.amounts == (0, 0, 150_000, 50_000, 0, 200_000, -40_000, 0, 0, 160_000)


def test_by_invoice_date(books: Books, scenario: Scenario) -> None:
    balance = aged(books, by="invoice")
    assert [b.label for b in balance.columns] == ["0–30", "31–60", "61–90", "> 90"]
    #                                  0–30  31–60  61–90  > 90  credit  416  413
    assert table(balance) == {
        "Boulangerie Martin": (0, 0, 1_500, 500, -400, 0, 0),
        "Café des Arts": (1_000, 2_000, 0, 2_500, 0, 0, 0),
        "Hôtel du Parc": (600, 0, 0, 0, 0, 0, 0),
        "Épicerie Durand": (0, 0, 0, 0, 0, 1_300, 0),
    }
    assert balance.totals.balance == 9_000 * EUR


def test_custom_buckets(books: Books, scenario: Scenario) -> None:
    balance = aged(books, buckets=(15, 45))
    assert [b.label for b in balance.columns] == ["≤ 15", "16–45", "> 45"]
    assert [amount // EUR for amount in balance.totals.buckets] == [1_600, 2_000, 4_500]


def test_as_of_an_earlier_date_nothing_later_counts(books: Books, scenario: Scenario
                                                    ) -> None:
    """As of 31/05: A1, C2, D1 not invoiced yet; A2 not due; Durand not yet doubtful;
    Martin's deposit not paid yet."""
    balance = aged(books, as_of=D(2026, 5, 31))
    #                                 Not due  1–30  31–60  61–90  > 90  credit  416  413
    assert table(balance) == {
        "Boulangerie Martin": (0, 1_500, 500, 0, 0, 0, 0, 0),
        "Café des Arts": (2_000, 0, 0, 2_500, 0, 0, 0, 0),
        "Épicerie Durand": (0, 0, 0, 1_000, 0, 0, 0, 0),
    }
    assert balance.totals.balance == 7_500 * EUR


def test_a_cancelled_payment_counts_until_its_cancellation(books: Books,
                                                           scenario: Scenario) -> None:
    assert "Hôtel du Parc" not in table(aged(books, as_of=D(2026, 6, 20)))
    assert table(aged(books, as_of=D(2026, 6, 25)))["Hôtel du Parc"][1] == 600


def test_later_payments_and_credit_count_from_their_date(books: Books, scenario: Scenario
                                                         ) -> None:
    later = table(aged(books, as_of=D(2026, 7, 31)))
    # A3 2,500 - 1,000 paid on 05/07; A4 invoiced 02/07; B1 1,500 - 400 applied 10/07.
    assert later["Café des Arts"] == (700, 1_000, 0, 2_000, 1_500, 0, 0, 0)
    assert later["Boulangerie Martin"] == (0, 0, 0, 1_100, 500, 0, 0, 0)


def test_one_customer(books: Books, scenario: Scenario) -> None:
    balance = aged(books, customer_id=scenario.martin, detail=True)
    assert balance.customer_id == scenario.martin
    assert table(balance) == {"Boulangerie Martin": (0, 0, 1_500, 500, 0, -400, 0, 0)}
    assert {line.customer_id for line in balance.lines} == {scenario.martin}


def test_the_total_ties_to_the_ledger(books: Books, scenario: Scenario) -> None:
    """Buckets, credit, doubtful and bills together are the customers' balances on
    411, 416 and 413."""
    for day in (D(2026, 4, 30), D(2026, 5, 31), AS_OF, D(2026, 7, 31)):
        with books.ledger.read() as session:
            balance = aged_balance(session, as_of=day)
            partners = [get_customer(session, customer).partner_id for customer in (
                scenario.cafe, scenario.martin, scenario.durand, scenario.parc,
                scenario.blanc)]
            ledger = sum(partner_balance(session, account_code=code, partner_id=partner,
                                         as_of=day)
                         for code in ("411", "416", "413") for partner in partners)
        assert balance.totals.balance == ledger, day


# --- drill-down ------------------------------------------------------------------------

def test_the_drill_down_lists_open_invoices_and_credit(books: Books, scenario: Scenario
                                                       ) -> None:
    balance = aged(books, detail=True)
    cafe = balance.lines_of(scenario.cafe)
    assert [(line.number, line.due_date, line.days_overdue, line.open_amount // EUR,
             line.bucket) for line in cafe] == [
        ("A3", D(2026, 3, 31), 91, 2_500, 4),
        ("A2", D(2026, 5, 31), 30, 2_000, 1),
        ("A1", D(2026, 7, 10), -10, 1_000, 0),
    ]
    martin = balance.lines_of(scenario.martin)
    assert [(line.kind, line.open_amount // EUR, line.bucket) for line in martin] == [
        ("invoice", 500, 3), ("invoice", 1_500, 2), ("collection", -400, None)]
    durand = balance.lines_of(scenario.durand)
    assert [(line.number, line.open_amount // EUR, line.bucket, line.doubtful)
            for line in durand] == [("C1", 1_000, None, True), ("C2", 300, None, True)]
    # Customer by customer in the order of the rows.
    order = [row.customer_id for row in balance.rows]
    assert list(dict.fromkeys(line.customer_id for line in balance.lines)) == order
    # Without the doubtful lines, the drill-down adds up to the buckets and the credit.
    assert sum(line.open_amount for line in balance.lines if not line.doubtful) == \
        balance.totals.total + balance.totals.credit


def test_the_drill_down_by_invoice_date_uses_the_age_of_the_invoice(
        books: Books, scenario: Scenario) -> None:
    with books.ledger.read() as session:
        lines = aged_lines(session, as_of=AS_OF, by="invoice", customer_id=scenario.cafe)
    assert [(line.number, line.age_days, line.days_overdue, line.bucket)
            for line in lines] == [("A3", 121, 91, 3), ("A2", 60, 30, 1), ("A1", 20, -10, 0)]
    assert aged(books).lines == ()  # only when asked for


# --- the trend -------------------------------------------------------------------------

def test_month_ends() -> None:
    assert month_ends(D(2026, 3, 15), 4) == [
        D(2025, 12, 31), D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 15)]
    assert len(month_ends(AS_OF, 12)) == 12 and month_ends(AS_OF, 12)[0] == D(2025, 7, 31)
    with pytest.raises(ReceivablesError):
        month_ends(AS_OF, 0)


def test_the_trend_gives_the_totals_of_each_month_end(books: Books, scenario: Scenario
                                                      ) -> None:
    with books.ledger.read() as session:
        trend = aged_balance_trend(session, as_of=D(2026, 7, 31), months=5)
        expected = [aged_balance(session, as_of=point.month_end).totals for point in trend]
    assert [point.month_end for point in trend] == [
        D(2026, 3, 31), D(2026, 4, 30), D(2026, 5, 31), D(2026, 6, 30), D(2026, 7, 31)]
    assert [point.totals for point in trend] == expected
    may, june = trend[2].totals, trend[3].totals
    assert [amount // EUR for amount in may.buckets] == [2_000, 1_500, 500, 3_500, 0]
    assert [amount // EUR for amount in june.buckets] == [1_000, 2_600, 1_500, 500, 2_500]
    assert (june.credit, june.doubtful) == (-400 * EUR, 1_300 * EUR)
    assert [point.totals.balance // EUR for point in trend] == [
        4_800, 5_800, 7_500, 9_000, 8_700]


def test_an_empty_ledger_has_an_empty_aged_balance(books: Books) -> None:
    balance = aged(books)
    assert balance.rows == () and balance.totals.balance == 0
    assert balance.totals.buckets == (0,) * 5 and balance.currency == "EUR"


def _summary_from_lines(lines: list[AgedLine], width: int) -> dict[int, tuple[int, ...]]:
    """Per customer not doubtful: the buckets then the credit, added up from the
    drill-down (an open amount read per invoice, the other way of computing them)."""
    sums: dict[int, list[int]] = {}
    for line in lines:
        if line.doubtful:
            continue
        row = sums.setdefault(line.customer_id, [0] * (width + 1))
        row[width if line.bucket is None else line.bucket] += line.open_amount
    return {customer: tuple(row) for customer, row in sums.items() if any(row)}


@pytest.mark.parametrize("by", ["due", "invoice"])
def test_the_summary_agrees_with_the_drill_down_on_every_date(
        books: Books, scenario: Scenario, by: str) -> None:
    # A refund uses credit but settles no invoice: in no bucket, out of the credit.
    books.collect(300 * EUR, D(2026, 6, 20), customer=scenario.blanc, allocations=[])
    with books.ledger.unit_of_work() as session:
        refund_credit(session, RefundInput(
            customer_id=scenario.blanc, treasury_account_id=books.bank,
            date=D(2026, 6, 25), amount=100 * EUR))
    day = D(2026, 2, 1)
    while day <= D(2026, 8, 15):
        with books.ledger.read() as session:
            balance = aged_balance(session, as_of=day, by=by)  # type: ignore[arg-type]
            lines = aged_lines(session, as_of=day, by=by)  # type: ignore[arg-type]
        width = len(balance.columns)
        summary = {row.customer_id: (*row.buckets, row.credit) for row in balance.rows
                   if any(row.buckets) or row.credit}
        assert summary == _summary_from_lines(lines, width), day
        day += dt.timedelta(days=4)


def test_a_matching_row_carries_its_invoice_dates(books: Books, scenario: Scenario
                                                  ) -> None:
    with books.ledger.read() as session:
        rows = session.execute(select(ReceivableMatch).where(
            ReceivableMatch.invoice_id == scenario.invoices["A3"])).scalars().all()
        assert rows and all((row.invoice_date, row.invoice_due_date)
                            == (D(2026, 3, 1), D(2026, 3, 31)) for row in rows)
        payment = rows[0].collection_id
    with pytest.raises(ImmutableEntry), books.ledger.unit_of_work() as session:
        session.execute(insert(ReceivableMatch).values(
            customer_id=scenario.cafe, invoice_id=scenario.invoices["A1"],
            collection_id=payment, amount=1, date=D(2026, 7, 1),
            invoice_date=D(2026, 6, 10), invoice_due_date=D(2026, 12, 31),
            at_recording=False, created_at=dt.datetime(2026, 7, 1)))


def test_upgrading_an_older_ledger_copies_the_invoice_dates_into_its_matching(
        books: Books, scenario: Scenario) -> None:
    path = books.ledger.path
    books.ledger.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0005")
    engine.dispose()

    books.ledger = open_ledger(path)  # upgrades to head again
    with books.ledger.read() as session:
        copies = session.execute(select(
            ReceivableMatch.invoice_id, ReceivableMatch.invoice_date,
            ReceivableMatch.invoice_due_date, CustomerInvoice.date, CustomerInvoice.due_date)
            .join(CustomerInvoice, CustomerInvoice.id == ReceivableMatch.invoice_id)).all()
    assert copies and all(row[1:3] == row[3:5] for row in copies)
    assert table(aged(books))["Café des Arts"] == (1_000, 2_000, 0, 0, 2_500, 0, 0, 0)
