"""Receivables benchmarks: the aged balance over 100k open invoices (about 1M journal
lines in all) and allocating a payment. Prints figures next to raw SQL.

Targets (issue #5): aged balance as of a date over 100k open invoices <= 0.3 s;
allocating a payment <= 20 ms.

    .venv/bin/python bench/bench_receivables.py                # 100,000 open invoices
    .venv/bin/python bench/bench_receivables.py --open 10000

The ledger is generated once into bench/out/ and reused. The receivables services
record one document per call; the generator here posts the entries in bulk
(``post_entries`` for invoices, ``record_many`` for payments) and writes the
receivables rows beside them with Core inserts, exactly as the services would.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.documents.reports import save_aged_balance_pdf
from app.exports.aged_balance import export_aged_balance
from app.ledger.accounts import account_for_role
from app.ledger.company import CompanySettings, create_company_ledger, get_company
from app.ledger.models import Partner
from app.ledger.posting import EntryInput, LineInput, post_entries
from app.receivables.ageing import aged_balance, aged_balance_trend, aged_lines
from app.receivables.doubtful import mark_doubtful
from app.receivables.models import (
    Collection,
    Customer,
    CustomerInvoice,
    CustomerInvoiceLine,
    ReceivableMatch,
)
from app.receivables.payments import CollectionInput, propose_allocation, record_collection
from app.storage.ledger_file import LedgerFile, open_ledger_file
from app.treasury.accounts import NewTreasuryAccount, create_treasury_account
from app.treasury.bulk import record_many
from app.treasury.models import Movement
from app.treasury.movements import MovementInput

OUT = Path(__file__).resolve().parent / "out"
BATCH = 20_000
CUSTOMERS = 2_000
DOUBTFUL = 20
DEPOSITS = 500
END = dt.date(2026, 11, 30)
DAYS = 730
#: A tenth of the open invoices are partly paid.
PARTLY_PAID_SHARE = 10
#: Journal lines: 3 per invoice (customer, sales, VAT) and 2 per payment.
TARGET_LINES = 1_000_000
NOW = dt.datetime(2026, 12, 1, 9, 0)


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``action`` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def report(what: str, app_ms: float, raw_ms: float | None, target: str) -> None:
    raw_text = f"{raw_ms:9.2f} ms raw SQL" if raw_ms is not None else " " * 20
    print(f"  {what:<44} {app_ms:9.2f} ms app   {raw_text}   target {target}", flush=True)


# --- generating the books --------------------------------------------------------------

@dataclass(frozen=True)
class _Invoice:
    customer: int  # index into the customer list
    date: dt.date
    due: dt.date
    net: int

    @property
    def vat(self) -> int:
        return self.net // 5

    @property
    def total(self) -> int:
        return self.net + self.vat


@dataclass(frozen=True)
class _Payment:
    invoice: int | None  # index into the invoice list; None: a deposit on account
    customer: int
    date: dt.date
    amount: int


def _plan(open_count: int, rng: random.Random) -> tuple[list[_Invoice], list[_Payment]]:
    """Invoices over two years (recent ones more often still open) and the payments
    that settle the others, sized so the whole makes about TARGET_LINES lines."""
    partly = open_count // PARTLY_PAID_SHARE
    paid_count = max(0, (TARGET_LINES - 3 * open_count - 2 * partly - 2 * DEPOSITS) // 5)
    total = open_count + paid_count
    start = END - dt.timedelta(days=DAYS)
    invoices = []
    for index in range(total):
        day = start + dt.timedelta(days=index * DAYS // total)
        invoices.append(_Invoice(rng.randrange(CUSTOMERS), day,
                                 day + dt.timedelta(days=rng.choice((0, 30, 30, 45, 60))),
                                 rng.randint(1_000, 900_000)))
    # Weighted sample without replacement (Efraimidis–Spirakis): recent invoices are
    # likelier to be still open.
    keys = sorted(range(total), key=lambda i: rng.random() ** (1 / (i + 1)), reverse=True)
    still_open = set(keys[:open_count])
    payments = []
    for index, invoice in enumerate(invoices):
        day = min(END, invoice.date + dt.timedelta(days=rng.randint(5, 75)))
        if index not in still_open:
            payments.append(_Payment(index, invoice.customer, day, invoice.total))
        elif len(payments) % PARTLY_PAID_SHARE == 0 and partly > 0:
            partly -= 1
            payments.append(_Payment(index, invoice.customer, day,
                                     invoice.total * rng.randint(10, 90) // 100))
    for _ in range(DEPOSITS):
        payments.append(_Payment(None, rng.randrange(CUSTOMERS),
                                 start + dt.timedelta(days=rng.randrange(DAYS)),
                                 rng.randint(1_000, 100_000)))
    payments.sort(key=lambda payment: payment.date)
    return invoices, payments


def _customers(session: Session) -> list[tuple[int, int]]:
    """(customer id, partner id) of CUSTOMERS new customers."""
    partners = session.execute(insert(Partner).returning(Partner.id), [
        {"name": f"Client {n:05d}", "kind": "customer"} for n in range(CUSTOMERS)]
    ).scalars().all()
    rows = [dict(partner_id=partner, code=f"C{n:05d}", name=f"Client {n:05d}", address="",
                 country="FR", registration_id="", vat_id="", language="fr",
                 payment_terms_days=30, credit_limit=None, max_dunning_level=3,
                 excluded_from_dunning=False, email="", phone="", active=True,
                 created_at=NOW) for n, partner in enumerate(partners)]
    ids = session.execute(insert(Customer).returning(Customer.id), rows).scalars().all()
    return list(zip(ids, partners, strict=True))


def _post_invoices(session: Session, invoices: Sequence[_Invoice],
                   customers: Sequence[tuple[int, int]], first: int) -> list[int]:
    receivable = account_for_role(session, "customers").code
    vat = account_for_role(session, "vat_collected").code
    sales = account_for_role(session, "sales_goods")
    entries = []
    for offset, item in enumerate(invoices):
        number = f"F{first + offset:07d}"
        label = f"{number} Client {item.customer:05d}"
        entries.append(EntryInput("VT", item.date, label, [
            LineInput(receivable, debit=item.total, label=label,
                      partner_id=customers[item.customer][1], due_date=item.due),
            LineInput(sales.code, credit=item.net, label="Marchandises"),
            LineInput(vat, credit=item.vat, label=label, tax_code="VAT20")],
            reference=number, source="receivables.invoice"))
    entry_ids = post_entries(session, entries)
    ids = session.execute(insert(CustomerInvoice).returning(CustomerInvoice.id), [
        dict(kind="invoice", number=f"F{first + offset:07d}",
             customer_id=customers[item.customer][0], date=item.date, due_date=item.due,
             currency="EUR", net=item.net, vat=item.vat, total=item.total, reference="",
             note="", entry_id=entry_id, source="bench", created_at=NOW)
        for offset, (item, entry_id) in enumerate(zip(invoices, entry_ids, strict=True))]
    ).scalars().all()
    session.execute(insert(CustomerInvoiceLine), [
        dict(invoice_id=invoice_id, line_no=1, label="Marchandises", account_id=sales.id,
             net=item.net, vat_rate="20", vat=item.vat)
        for invoice_id, item in zip(ids, invoices, strict=True)])
    return list(ids)


def _post_payments(session: Session, payments: Sequence[_Payment], bank: int,
                   customers: Sequence[tuple[int, int]], invoice_ids: Sequence[int],
                   invoices: Sequence[_Invoice]) -> None:
    last = session.execute(select(Movement.id).order_by(Movement.id.desc()).limit(1)
                           ).scalar_one_or_none() or 0
    record_many(session, [MovementInput(
        treasury_account_id=bank, direction="in", date=item.date, category_id=None,
        net=item.amount, counterparty=f"Client {item.customer:05d}",
        partner_id=customers[item.customer][1], counter_account="411")
        for item in payments], source="receivables.collection")
    movements = session.execute(select(Movement.id).where(Movement.id > last)
                                .order_by(Movement.id)).scalars().all()
    ids = session.execute(insert(Collection).returning(Collection.id), [
        dict(customer_id=customers[item.customer][0], movement_id=movement, date=item.date,
             amount=item.amount, stamp_duty=0, method="transfer", reference="",
             created_at=NOW)
        for item, movement in zip(payments, movements, strict=True)]).scalars().all()
    matches = [dict(customer_id=customers[item.customer][0],
                    invoice_id=invoice_ids[item.invoice], refund_id=None,
                    collection_id=collection, credit_note_id=None, amount=item.amount,
                    date=max(item.date, invoices[item.invoice].date),
                    invoice_date=invoices[item.invoice].date,
                    invoice_due_date=invoices[item.invoice].due, at_recording=True,
                    created_at=NOW)
               for item, collection in zip(payments, ids, strict=True)
               if item.invoice is not None]
    if matches:
        session.execute(insert(ReceivableMatch), matches)


def generate(path: Path, open_count: int) -> None:
    print(f"generating {open_count:,} open invoices (~{TARGET_LINES:,} lines)…", flush=True)
    started = time.perf_counter()
    ledger = create_company_ledger(path, CompanySettings(
        name="Bench Distribution SARL", base_currency="EUR", locale="fr_FR", language="fr",
        chart_template="fr_pcg"))
    rng = random.Random(5)
    invoices, payments = _plan(open_count, rng)
    with ledger.unit_of_work() as session:
        bank = create_treasury_account(session, NewTreasuryAccount(
            kind="bank", name="Banque", currency="EUR",
            opening_date=END - dt.timedelta(days=DAYS + 1))).id
        customers = _customers(session)
    invoice_ids: list[int] = []
    for first in range(0, len(invoices), BATCH):
        with ledger.unit_of_work() as session:
            invoice_ids += _post_invoices(session, invoices[first:first + BATCH], customers,
                                          first)
    for first in range(0, len(payments), BATCH):
        with ledger.unit_of_work() as session:
            _post_payments(session, payments[first:first + BATCH], bank, customers,
                           invoice_ids, invoices)
    with ledger.unit_of_work() as session:
        for customer_id, _ in customers[:DOUBTFUL]:
            mark_doubtful(session, customer_id=customer_id, date=END)
    ledger.close()
    print(f"  {time.perf_counter() - started:.0f} s: {len(invoices):,} invoices, "
          f"{len(payments):,} payments", flush=True)


# --- measuring -------------------------------------------------------------------------

RAW_AGEING = """
SELECT customer_id, bucket, sum(amount) FROM (
  SELECT customer_id, CASE WHEN due_date >= :d0 THEN 0 WHEN due_date >= :d1 THEN 1
    WHEN due_date >= :d2 THEN 2 WHEN due_date >= :d3 THEN 3 ELSE 4 END AS bucket,
    total AS amount FROM customer_invoice WHERE kind = 'invoice' AND date <= :d0
  UNION ALL
  SELECT i.customer_id, CASE WHEN i.due_date >= :d0 THEN 0 WHEN i.due_date >= :d1 THEN 1
    WHEN i.due_date >= :d2 THEN 2 WHEN i.due_date >= :d3 THEN 3 ELSE 4 END, -m.amount
  FROM customer_match m JOIN customer_invoice i ON i.id = m.invoice_id
  WHERE m.invoice_id IS NOT NULL AND m.date <= :d0)
GROUP BY customer_id, bucket"""


class _Rollback(Exception):
    """Raised inside a unit of work to undo what a measurement wrote."""


def _busiest_customer(session: Session, as_of: dt.date) -> tuple[int, int]:
    lines = aged_lines(session, as_of=as_of)
    counts: dict[int, int] = {}
    for line in lines:
        if line.kind == "invoice" and not line.doubtful:
            counts[line.customer_id] = counts.get(line.customer_id, 0) + 1
    return max(counts.items(), key=lambda item: item[1])


def _allocate_once(ledger: LedgerFile, customer: int, bank: int, day: dt.date,
                   commit: bool) -> float:
    """Milliseconds to record one payment allocated as proposed (oldest due first),
    committed (durable) or rolled back."""
    started = time.perf_counter()
    with contextlib.suppress(_Rollback), ledger.unit_of_work() as session:
        record_collection(session, CollectionInput(
            customer_id=customer, treasury_account_id=bank, date=day, amount=2_500_000,
            reference="VIR CLIENT"))
        if not commit:
            raise _Rollback
    return (time.perf_counter() - started) * 1000


def measure(path: Path, open_count: int) -> None:
    ledger = open_ledger_file(path)
    raw = sqlite3.connect(path)
    lines = raw.execute("SELECT count(*) FROM journal_line").fetchone()[0]
    invoices = raw.execute("SELECT count(*) FROM customer_invoice").fetchone()[0]
    print(f"\n== {invoices:,} invoices, {lines:,} journal lines")
    cutoffs = {f"d{n}": (END - dt.timedelta(days=days)).isoformat()
               for n, days in enumerate((0, 30, 60, 90))}
    with ledger.read() as session:
        aged = aged_balance(session, as_of=END)
        open_invoices = sum(1 for line in aged_lines(session, as_of=END)
                            if line.kind == "invoice")
        print(f"  {open_invoices:,} open invoices, {len(aged.rows):,} customers, "
              f"balance {aged.totals.balance / 100:,.2f} EUR")
        report("aged balance, last day (raw: buckets only)", timed(
            lambda: aged_balance(session, as_of=END)),
            timed(lambda: raw.execute(RAW_AGEING, cutoffs).fetchall()), target="<= 300 ms")
        middle = END - dt.timedelta(days=200)
        report("aged balance, as of 200 days earlier", timed(
            lambda: aged_balance(session, as_of=middle)), None, target="<= 300 ms")
        report("aged balance by invoice date", timed(
            lambda: aged_balance(session, as_of=END, by="invoice")), None,
            target="<= 300 ms")
        report("aged balance with the drill-down of all", timed(
            lambda: aged_balance(session, as_of=END, detail=True), 3), None,
            target="(exports)")
        customer, count = _busiest_customer(session, END)
        report(f"one customer's drill-down ({count} invoices)", timed(
            lambda: aged_lines(session, as_of=END, customer_id=customer)), None,
            target="(opening a row)")
        report("trend: 12 month ends", timed(
            lambda: aged_balance_trend(session, as_of=END), 1), None, target="(chart)")
        report("propose an allocation", timed(lambda: propose_allocation(
            session, customer_id=customer, amount=2_500_000)), None, target="")
        detailed = aged_balance(session, as_of=END, detail=True)
        company = get_company(session)
        for suffix in (".xlsx", ".csv", ".pdf"):
            target_file = OUT / f"aged-balance{suffix}"
            started = time.perf_counter()
            if suffix == ".pdf":
                save_aged_balance_pdf(detailed, target_file, company=company,
                                      locale="fr_FR", language="fr")
            else:
                export_aged_balance(detailed, target_file, locale="fr_FR", language="fr",
                                    company_name=company.name)
            what = "with the drill-down" if suffix == ".xlsx" else "customers"
            print(f"  export {suffix:<5} ({what}): {time.perf_counter() - started:.1f} s "
                  f"({target_file.stat().st_size / 1e6:.1f} MB)", flush=True)
    bank = raw.execute("SELECT id FROM treasury_account LIMIT 1").fetchone()[0]
    day = END + dt.timedelta(days=1)
    report("allocate a payment (rolled back)", statistics.median(
        _allocate_once(ledger, customer, bank, day, commit=False) for _ in range(5)), None,
        target="<= 20 ms")
    raw.close()
    ledger.close()
    # A committed payment changes the books: measured on a copy, thrown away after.
    copy = path.with_name(f"{path.stem}-copy{path.suffix}")
    shutil.copyfile(path, copy)
    try:
        ledger = open_ledger_file(copy)
        report("allocate a payment (committed, durable)", statistics.median(
            _allocate_once(ledger, customer, bank, day, commit=True) for _ in range(5)),
            None, target="<= 20 ms")
        ledger.close()
    finally:
        for leftover in copy.parent.glob(f"{copy.name}*"):
            leftover.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--open", type=int, default=100_000, dest="open_count",
                        help="open invoices to generate (default 100,000)")
    open_count = parser.parse_args().open_count
    OUT.mkdir(exist_ok=True)
    path = OUT / f"receivables-{open_count}.comptoir"
    if not path.exists():
        generate(path, open_count)
    measure(path, open_count)


if __name__ == "__main__":
    main()
