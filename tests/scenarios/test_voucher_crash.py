"""Kill a process recording cash-desk vouchers, many times: voucher numbers must still
run 1..n per kind and fiscal year, each with its movement and its balanced entry."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections import defaultdict
from pathlib import Path

from app.demo import demo_settings
from app.ledger.company import create_company_ledger
from app.ledger.integrity import verify_ledger
from app.treasury.accounts import NewTreasuryAccount, create_treasury_account
from app.treasury.categories import ensure_default_categories

from .test_crash import SEED, Writers, kill_at_a_random_moment, pytestmark, rows  # noqa: F401

VOUCHER_KILLS = 50


def test_voucher_numbers_survive_being_killed_while_posting(tmp_path: Path) -> None:
    path = tmp_path / "vouchers.comptoir"
    ledger = create_company_ledger(path, demo_settings())
    with ledger.unit_of_work() as session:
        ensure_default_categories(session)
        create_treasury_account(session, NewTreasuryAccount(
            kind="bank", name="Banque", currency="EUR", opening_date=dt.date(2025, 1, 1)))
    ledger.close()
    rng = random.Random(SEED + 1)
    started = time.monotonic()
    writers = Writers(path, "vouchers")
    try:
        for _ in range(VOUCHER_KILLS):
            kill_at_a_random_moment(writers, rng)
    finally:
        writers.close()

    assert verify_ledger(path).ok
    vouchers = rows(path, """
        SELECT v.number, v.kind, v.fiscal_year, v.sequence_no, m.total,
               (SELECT sum(base_debit) - sum(base_credit) FROM journal_line
                WHERE entry_id = m.entry_id)
        FROM voucher v JOIN treasury_movement m ON m.id = v.movement_id""")
    assert len(vouchers) >= VOUCHER_KILLS // 2
    numbers: dict[tuple[str, int], set[int]] = defaultdict(set)
    for _number, kind, year, sequence_no, total, imbalance in vouchers:
        assert total > 0 and imbalance == 0
        numbers[kind, year].add(sequence_no)
    for key, seen in numbers.items():
        assert seen == set(range(1, len(seen) + 1)), f"gap in {key}"
    sequences = {(doc_type.removeprefix("voucher."), year): last for doc_type, year, last in rows(
        path, "SELECT doc_type, fiscal_year, last_number FROM number_sequence"
        " WHERE doc_type LIKE 'voucher.%'")}
    assert sequences == {key: len(seen) for key, seen in numbers.items()}
    assert writers.committed <= {number for number, *_ in vouchers}
    assert time.monotonic() - started < 60
