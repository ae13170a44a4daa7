"""Ledger core benchmarks on generated ledgers of 10k, 100k and 1M entries.

Prints, for each size, the app's figure next to the same query run as raw SQL on the
same file. Targets at 1M (issue #2): open + first journal page <= 1 s; all account
balances <= 2x raw SQL; one page deep in the journal <= 20 ms; durable posting <= 10 ms.

    .venv/bin/python bench/bench_ledger.py              # 10k, 100k, 1M
    .venv/bin/python bench/bench_ledger.py --sizes 10000

Ledgers are generated once into bench/out/ and reused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.demo import create_demo_ledger
from app.ledger.accounts import account_balances
from app.ledger.journal_view import JournalFilter, open_journal
from app.ledger.posting import LineInput, post_entry
from app.storage.ledger_file import open_ledger_file, quick_check_problems

OUT = Path(__file__).resolve().parent / "out"

RAW_FIRST_PAGE = """
SELECT l.id, e.number, l.entry_date, a.code, l.label, l.base_debit, l.base_credit
FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id
ORDER BY l.entry_date, l.id LIMIT 200"""
RAW_BALANCES = """
SELECT account_id, sum(base_debit), sum(base_credit) FROM journal_line GROUP BY account_id"""
RAW_DEEP_PAGE = """
SELECT l.id, e.number, l.entry_date, a.code, l.label, l.base_debit, l.base_credit
FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id JOIN account a ON a.id = l.account_id
ORDER BY l.entry_date, l.id LIMIT 200 OFFSET ?"""


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of ``action`` in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def ledger_of(entries: int) -> Path:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"ledger-{entries}.comptoir"
    if not path.exists():
        print(f"generating {entries:,} entries…", flush=True)
        start = time.perf_counter()
        create_demo_ledger(path, entries=entries, seed=7)
        print(f"  {time.perf_counter() - start:.1f} s", flush=True)
    return path


def bench_size(entries: int) -> None:
    source = ledger_of(entries)
    work = OUT / f"work-{entries}.comptoir"
    shutil.copyfile(source, work)
    lines = sqlite3.connect(work).execute("SELECT count(*) FROM journal_line").fetchone()[0]
    print(f"\n== {entries:,} entries, {lines:,} lines, {work.stat().st_size / 1e6:.0f} MB")

    def open_and_first_page() -> float:
        """As the window opens a ledger (integrity check in the background): the time
        until the first page is on screen. Closing, which waits for the check, is not
        part of it."""
        start = time.perf_counter()
        ledger = open_ledger_file(work, check_in_background=True)
        with ledger.read() as session:
            open_journal(session, JournalFilter()).page(session, 0)
        elapsed = (time.perf_counter() - start) * 1000
        ledger.close()
        return elapsed

    def raw_first_page() -> None:
        connection = sqlite3.connect(work)
        connection.execute(RAW_FIRST_PAGE).fetchall()
        connection.close()

    report("open + first journal page",
           statistics.median(open_and_first_page() for _ in range(3)), timed(raw_first_page, 3),
           target="<= 1000 ms at 1M")
    report("integrity check (background at open)", timed(lambda: quick_check_problems(work), 1),
           None, target="(writes wait for it)")

    ledger = open_ledger_file(work)
    raw = sqlite3.connect(work)
    with ledger.read() as session:
        report("all account balances", timed(lambda: account_balances(session)),
               timed(lambda: raw.execute(RAW_BALANCES).fetchall()), target="<= 2x raw")
        pager = open_journal(session, JournalFilter())
        deep = pager.page_count - 3
        fresh = open_journal(session, JournalFilter())
        report("journal page deep, first jump", timed(lambda: fresh.page(session, deep), 1),
               None, target="(finds the page start once)")
        report("journal page deep (page fetch)", timed(lambda: pager.page(session, deep)),
               timed(lambda: raw.execute(RAW_DEEP_PAGE, (deep * pager.page_size,)).fetchall()),
               target="<= 20 ms")
        report("open journal view (count)", timed(
            lambda: open_journal(session, JournalFilter()), 3), None, target="(once per filter)")

    def post_one() -> None:
        with ledger.unit_of_work() as session:
            post_entry(session, journal="OD", date=dt.date.today(), label="bench",
                       lines=[LineInput("512", debit=100), LineInput("706", credit=100)])

    def raw_insert() -> None:
        raw.execute("CREATE TABLE IF NOT EXISTS bench_probe (x INTEGER)")
        raw.execute("INSERT INTO bench_probe VALUES (1)")
        raw.commit()

    raw.execute("PRAGMA synchronous=FULL")
    report("post one entry durably", timed(post_one, 30), timed(raw_insert, 30),
           target="<= 10 ms")
    raw.close()
    ledger.close()
    work.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)


def report(what: str, app_ms: float, raw_ms: float | None, target: str) -> None:
    raw_text = f"{raw_ms:9.2f} ms raw SQL" if raw_ms is not None else " " * 20
    print(f"  {what:<38} {app_ms:9.2f} ms app   {raw_text}   target {target}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    for size in parser.parse_args().sizes:
        bench_size(size)


if __name__ == "__main__":
    main()
