"""Stamp duty on cash payments, with an Algerian company's rule: 1 %, at least 5.00 DA,
at most 2,500.00 DA (amounts below in centimes)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.errors import ReceivablesError
from app.ledger.posting import get_entry
from app.receivables.receipts import get_receipt
from app.receivables.stamp_duty import (
    StampDutyRule,
    get_stamp_duty_rule,
    set_stamp_duty_rule,
    stamp_duty_for,
    stamp_duty_on,
)
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import get_treasury_account

from .conftest import DZ_RULE, Books


@pytest.mark.parametrize(("amount", "duty"), [
    (30_000, 500),  # 300.00 DA: 1 % is 3.00, raised to the 5.00 minimum
    (50_050, 501),  # 500.50 DA: 5.005 rounds half-up to 5.01
    (1_234_567, 12_346),  # 12,345.67 DA: 123.4567 → 123.46
    (25_000_000, 250_000),  # 250,000 DA: exactly the 2,500 maximum
    (30_000_000, 250_000),  # 300,000 DA: 3,000 capped at 2,500
])
def test_the_duty_is_the_rate_between_the_minimum_and_the_maximum(amount: int,
                                                                  duty: int) -> None:
    assert stamp_duty_on(amount, DZ_RULE, "DZD") == duty


def test_a_cash_payment_pays_the_duty_on_top_posted_to_the_tax_account(dz_books: Books
                                                                       ) -> None:
    invoice = dz_books.invoice("FA-2026-001", 1_037_451, rate="19").invoice  # 12,345.67 DA
    assert invoice.total == 1_234_567
    collection = dz_books.collect(1_234_567, account=dz_books.cash, method="cash").collection
    assert (collection.amount, collection.stamp_duty, collection.total) == (
        1_234_567, 12_346, 1_246_913)
    with dz_books.ledger.read() as session:
        entry = get_entry(session, collection.entry_id)
        cash = get_treasury_account(session, dz_books.cash).balance
        receipt = get_receipt(session, collection.receipt_id)  # type: ignore[arg-type]
    lines = [(ln.account_code[:2], ln.debit, ln.credit, ln.tax_code) for ln in entry.lines]
    assert lines == [("53", 1_246_913, 0, None), ("41", 0, 1_234_567, None),
                     ("44", 0, 12_346, "STAMP")]
    assert [ln.account_code for ln in entry.lines][1:] == ["411", "447"]
    assert cash == 1_000_000 + 1_246_913
    assert (receipt.stamp_duty, receipt.total) == (12_346, 1_246_913)
    assert invoice.id in {line.invoice_id for line in receipt.lines}


def test_small_and_large_cash_payments_get_the_minimum_and_the_maximum(dz_books: Books
                                                                       ) -> None:
    small = dz_books.collect(30_000, account=dz_books.cash, method="cash").collection
    large = dz_books.collect(30_000_000, account=dz_books.cash, method="cash").collection
    assert (small.stamp_duty, large.stamp_duty) == (500, 250_000)


def test_no_duty_on_a_bank_transfer_nor_without_a_rule(dz_books: Books,
                                                       ledger: LedgerFile) -> None:
    assert dz_books.collect(1_234_567).collection.stamp_duty == 0
    with ledger.read() as session:  # a French company has no rule
        assert get_stamp_duty_rule(session) is None
        assert stamp_duty_for(session, 1_000_000) == 0


def test_the_rule_is_checked_kept_and_removed(dz_books: Books) -> None:
    with dz_books.ledger.unit_of_work() as session:
        assert get_stamp_duty_rule(session) == DZ_RULE
        for bad in (StampDutyRule(Decimal(0)), StampDutyRule(Decimal(1), minimum=-1),
                    StampDutyRule(Decimal(1), minimum=500, maximum=100)):
            with pytest.raises(ReceivablesError):
                set_stamp_duty_rule(session, bad)
        set_stamp_duty_rule(session, StampDutyRule(Decimal("1.5"), minimum=0))
        assert get_stamp_duty_rule(session) == StampDutyRule(Decimal("1.5"), 0, None)
        set_stamp_duty_rule(session, None)
        assert get_stamp_duty_rule(session) is None
