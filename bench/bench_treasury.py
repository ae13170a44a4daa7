"""Treasury benchmarks: a bank register of 1M movements, the dashboard over a year of
1M lines, and an Excel export of 100k lines. Prints figures next to raw SQL.

Targets (issue #3): register first page and a deep page <= 20 ms each; dashboard for
a year over 1M lines <= 0.5 s; Excel export of 100k lines: printed.

    .venv/bin/python bench/bench_treasury.py                 # 1,000,000 movements
    .venv/bin/python bench/bench_treasury.py --movements 100000

The ledger is generated once into bench/out/ and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.exports.register import export_register
from app.ledger.company import CompanySettings, create_company_ledger
from app.storage.ledger_file import open_ledger_file
from app.treasury.accounts import NewTreasuryAccount, create_treasury_account
from app.treasury.bulk import record_many
from app.treasury.categories import ensure_default_categories, list_categories
from app.treasury.dashboard import build_dashboard
from app.treasury.movements import MovementInput
from app.treasury.register import RegisterFilter, open_register

OUT = Path(__file__).resolve().parent / "out"
BATCH = 20_000
START = dt.date(2025, 1, 1)


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def generate(path: Path, movements: int) -> None:
    """One bank account with ``movements`` categorised movements over two years."""
    print(f"generating {movements:,} movements…", flush=True)
    started = time.perf_counter()
    settings = CompanySettings(name="Bench SARL", base_currency="EUR", locale="fr_FR",
                               language="fr", chart_template="fr_pcg")
    ledger = create_company_ledger(path, settings)
    with ledger.unit_of_work() as session:
        ensure_default_categories(session)
        bank = create_treasury_account(session, NewTreasuryAccount(
            kind="bank", name="Banque", currency="EUR", opening_date=START,
            opening_balance=10_000_000)).id
        categories = [(c.id, c.direction, c.vat_rate) for c in list_categories(session)]
    rng = random.Random(11)
    days = 730
    for first in range(0, movements, BATCH):
        items = []
        for index in range(first, min(first + BATCH, movements)):
            category, direction, rate = rng.choice(categories)
            items.append(MovementInput(
                treasury_account_id=bank, direction=direction,
                date=START + dt.timedelta(days=index * days // movements),
                category_id=category, net=rng.randint(500, 500_000), vat_rate=Decimal(rate),
                counterparty=f"Tiers {rng.randint(1, 5000)}"))
        with ledger.unit_of_work() as session:
            record_many(session, items)
    ledger.close()
    print(f"  {time.perf_counter() - started:.0f} s", flush=True)


def report(what: str, app_ms: float, raw_ms: float | None, target: str) -> None:
    raw_text = f"{raw_ms:9.2f} ms raw SQL" if raw_ms is not None else " " * 20
    print(f"  {what:<40} {app_ms:9.2f} ms app   {raw_text}   target {target}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--movements", type=int, default=1_000_000)
    movements = parser.parse_args().movements
    OUT.mkdir(exist_ok=True)
    path = OUT / f"treasury-{movements}.comptoir"
    if not path.exists():
        generate(path, movements)
    ledger = open_ledger_file(path)
    raw = sqlite3.connect(path)
    lines = raw.execute("SELECT count(*) FROM journal_line").fetchone()[0]
    print(f"\n== {movements:,} movements, {lines:,} journal lines")
    with ledger.read() as session:
        account_id = 1
        filter_ = RegisterFilter(account_id)
        report("open register (count + balance before)", timed(
            lambda: open_register(session, filter_), 3), None, target="(once per filter)")
        pager = open_register(session, filter_)
        ledger_account = raw.execute(
            "SELECT account_id FROM treasury_account WHERE id = 1").fetchone()[0]
        raw_page = ("SELECT l.id, l.entry_date, l.debit, l.credit FROM journal_line l"
                    " WHERE l.account_id = ? ORDER BY l.entry_date, l.id LIMIT 200 OFFSET ?")
        report("register first page", timed(lambda: pager.page(session, 0)),
               timed(lambda: raw.execute(raw_page, (ledger_account, 0)).fetchall()),
               target="<= 20 ms")
        deep = pager.page_count - 2
        fresh = open_register(session, filter_)
        report("register deep page, first jump", timed(lambda: fresh.page(session, deep), 1),
               None, target="(finds the page start and balance once)")
        report("register deep page", timed(lambda: pager.page(session, deep)),
               timed(lambda: raw.execute(raw_page, (ledger_account, deep * 200)).fetchall()),
               target="<= 20 ms")
        raw_year = ("SELECT strftime('%m', entry_date), sum(base_debit), sum(base_credit)"
                    " FROM journal_line WHERE account_id = ? AND entry_date BETWEEN"
                    " '2025-01-01' AND '2025-12-31' GROUP BY 1")
        report("dashboard, one year", timed(
            lambda: build_dashboard(session, year=2025, today=dt.date(2026, 12, 31)), 3),
            timed(lambda: raw.execute(raw_year, (ledger_account,)).fetchall(), 3),
            target="<= 500 ms")
        export_from = START + dt.timedelta(days=730 * (movements - 100_000) // movements) \
            if movements > 100_000 else None
        export_filter = RegisterFilter(account_id, date_from=export_from)
        target_file = OUT / "export-100k.xlsx"
        started = time.perf_counter()
        written = export_register(session, export_filter, target_file, locale="fr_FR",
                                  language="fr")
        elapsed = time.perf_counter() - started
        print(f"  Excel export of {written:,} lines: {elapsed:.1f} s "
              f"({written / elapsed:,.0f} lines/s, {target_file.stat().st_size / 1e6:.1f} MB)")
    raw.close()
    ledger.close()


if __name__ == "__main__":
    main()
