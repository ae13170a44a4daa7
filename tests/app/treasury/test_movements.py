from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.errors import CashOverdrawn, InvalidMovement, MovementAlreadyReversed, SameAccountTransfer
from app.ledger.accounts import account_balances
from app.ledger.chain import verify_chain
from app.ledger.posting import get_entry
from app.treasury.accounts import get_treasury_account
from app.treasury.movements import (
    CASH_LIMIT_EXCEEDED,
    MovementInput,
    TransferInput,
    net_from_total,
    record_movement,
    reverse_movement,
    transfer,
    vat_of,
)

from .conftest import Treasury

MARCH = dt.date(2026, 3, 10)


def pay(treasury: Treasury, account: int, cents: int, day: dt.date = MARCH,
        category: str = "Supplies", rate: str = "20", **extra: object):
    with treasury.ledger.unit_of_work() as session:
        return record_movement(session, MovementInput(
            treasury_account_id=account, direction="out", date=day,
            category_id=treasury.categories[category], net=cents, vat_rate=Decimal(rate),
            counterparty="Bureau Vallée", payment_method="card", **extra))  # type: ignore[arg-type]


def receive(treasury: Treasury, account: int, cents: int, day: dt.date = MARCH,
            **extra: object):
    with treasury.ledger.unit_of_work() as session:
        return record_movement(session, MovementInput(
            treasury_account_id=account, direction="in", date=day,
            category_id=treasury.categories["Sales of goods"], net=cents,
            vat_rate=Decimal("20"), counterparty="Client comptoir",
            payment_method="cash", **extra))  # type: ignore[arg-type]


def balance(treasury: Treasury, account: int) -> int:
    with treasury.ledger.read() as session:
        return get_treasury_account(session, account).balance


def test_vat_is_half_up_and_inclusive_totals_split_exactly() -> None:
    assert vat_of(1999, Decimal("20"), "EUR") == 400
    assert vat_of(1005, Decimal("5.5"), "EUR") == 55  # 55.275 → 55
    assert net_from_total(1200, Decimal("20"), "EUR") == (1000, 200)
    net, vat = net_from_total(999, Decimal("5.5"), "EUR")
    assert net + vat == 999 and net == 947


def test_money_out_posts_net_vat_and_total(treasury: Treasury) -> None:
    result = pay(treasury, treasury.bank, 10_000, invoice_ref="FA-2026-118",
                 invoice_date=dt.date(2026, 3, 1))
    movement = result.movement
    assert (movement.net, movement.vat, movement.total) == (10_000, 2_000, 12_000)
    assert movement.number == "BQ1-2026-000001"
    with treasury.ledger.read() as session:
        entry = get_entry(session, movement.entry_id)
    lines = {(ln.account_code, ln.debit, ln.credit, ln.tax_code) for ln in entry.lines}
    assert lines == {("6064", 10_000, 0, None), ("44566", 2_000, 0, "VAT20"),
                     ("5121", 0, 12_000, None)}
    assert entry.reference == "FA-2026-118"
    assert balance(treasury, treasury.bank) == 1_000_000 - 12_000


def test_money_in_with_stamp_duty_credits_the_tax_account(treasury: Treasury) -> None:
    result = receive(treasury, treasury.cash, 5_000, stamp_duty=50)
    assert result.movement.total == 6_050
    with treasury.ledger.read() as session:
        balances = account_balances(session)
    assert balances["447"].balance == -50
    assert balances["44571"].balance == -1_000
    assert balances["707"].balance == -5_000


def test_paying_stamp_duty_is_a_charge(treasury: Treasury) -> None:
    pay(treasury, treasury.bank, 1_000, stamp_duty=300)
    with treasury.ledger.read() as session:
        assert account_balances(session)["6354"].balance == 300


def test_cash_cannot_go_below_zero(treasury: Treasury) -> None:
    with pytest.raises(CashOverdrawn) as refused:
        pay(treasury, treasury.cash, 20_000)  # 24,000 with VAT; the box holds 20,000
    assert refused.value.details["available"].minor == 20_000
    assert balance(treasury, treasury.cash) == 20_000
    pay(treasury, treasury.cash, 10_000)  # 12,000: fine
    assert balance(treasury, treasury.cash) == 8_000


def test_a_backdated_payment_may_not_overdraw_a_later_day(treasury: Treasury) -> None:
    pay(treasury, treasury.cash, 15_000, day=dt.date(2026, 4, 1))  # leaves 2,000
    with pytest.raises(CashOverdrawn):
        pay(treasury, treasury.cash, 2_000, day=dt.date(2026, 2, 1))  # 2,400 > 2,000


def test_a_bank_account_may_go_negative(treasury: Treasury) -> None:
    pay(treasury, treasury.bank, 1_000_000)
    assert balance(treasury, treasury.bank) == -200_000


def test_exceeding_the_cash_limit_warns_but_posts(treasury: Treasury) -> None:
    result = receive(treasury, treasury.cash, 200_000)
    assert result.warnings == (CASH_LIMIT_EXCEEDED,)
    assert balance(treasury, treasury.cash) == 260_000


@pytest.mark.parametrize("extra", [
    {"payment_method": "cheque"},  # no cheque number
    {"vat_rate": Decimal("120")},
    {"net": 0},
])
def test_bad_movements_write_nothing(treasury: Treasury, extra: dict[str, object]) -> None:
    values: dict[str, object] = dict(treasury_account_id=treasury.bank, direction="out",
                                     date=MARCH, category_id=treasury.categories["Rent"],
                                     net=100)
    values.update(extra)
    with pytest.raises(InvalidMovement), treasury.ledger.unit_of_work() as session:
        record_movement(session, MovementInput(**values))  # type: ignore[arg-type]
    assert balance(treasury, treasury.bank) == 1_000_000


def test_a_category_for_the_other_direction_is_refused(treasury: Treasury) -> None:
    with pytest.raises(InvalidMovement), treasury.ledger.unit_of_work() as session:
        record_movement(session, MovementInput(
            treasury_account_id=treasury.bank, direction="in", date=MARCH,
            category_id=treasury.categories["Rent"], net=100))


def test_foreign_account_movement_converts_and_balances(treasury: Treasury) -> None:
    with treasury.ledger.unit_of_work() as session:
        result = record_movement(session, MovementInput(
            treasury_account_id=treasury.usd, direction="in", date=MARCH,
            category_id=treasury.categories["Services"], net=10_001, vat_rate=Decimal("20"),
            rate=Decimal("0.9137")))
        entry = get_entry(session, result.movement.entry_id)
    by_account = {ln.account_code: ln for ln in entry.lines}
    assert (by_account["5122"].currency, by_account["5122"].debit) == ("USD", 12_001)
    assert by_account["5122"].base_debit == 10_965  # 120.01 × 0.9137 = 109.653…
    assert by_account["706"].credit + by_account["44571"].credit == 10_965
    assert balance(treasury, treasury.usd) == 50_000 + 12_001


def test_bank_to_cash_transfer_goes_through_58(treasury: Treasury) -> None:
    with treasury.ledger.unit_of_work() as session:
        view = transfer(session, TransferInput(treasury.bank, treasury.cash, MARCH, 30_000))
    assert [m.direction for m in view.movements] == ["out", "in"]
    assert balance(treasury, treasury.bank) == 970_000
    assert balance(treasury, treasury.cash) == 50_000
    with treasury.ledger.read() as session:
        assert account_balances(session)["58"].balance == 0


def test_cash_to_bank_deposit_cannot_exceed_the_cash(treasury: Treasury) -> None:
    with pytest.raises(CashOverdrawn), treasury.ledger.unit_of_work() as session:
        transfer(session, TransferInput(treasury.cash, treasury.bank, MARCH, 20_001))
    assert balance(treasury, treasury.bank) == 1_000_000


def test_cross_currency_transfer_posts_the_exchange_difference(treasury: Treasury) -> None:
    # 100 USD bought at 0.90 leave the USD account; 92 EUR arrive: a 2 EUR gain.
    with treasury.ledger.unit_of_work() as session:
        view = transfer(session, TransferInput(
            treasury.usd, treasury.bank, MARCH, amount_sent=10_000, amount_received=9_200,
            rate_sent=Decimal("0.90")))
    assert view.exchange_difference == 200
    with treasury.ledger.read() as session:
        balances = account_balances(session)
    assert balances["756"].balance == -200
    assert balances["58"].balance == 0
    assert balance(treasury, treasury.usd) == 40_000


def test_a_transfer_to_itself_is_refused(treasury: Treasury) -> None:
    with pytest.raises(SameAccountTransfer), treasury.ledger.unit_of_work() as session:
        transfer(session, TransferInput(treasury.bank, treasury.bank, MARCH, 100))


def test_reversing_a_movement_restores_the_balance_once(treasury: Treasury) -> None:
    movement = pay(treasury, treasury.bank, 5_000).movement
    with treasury.ledger.unit_of_work() as session:
        (mirror,) = reverse_movement(session, movement_id=movement.id, label="Erreur de saisie")
    assert mirror.reversal_of_id == movement.id
    assert balance(treasury, treasury.bank) == 1_000_000
    with pytest.raises(MovementAlreadyReversed), treasury.ledger.unit_of_work() as session:
        reverse_movement(session, movement_id=movement.id)


def test_reversing_a_transfer_undoes_both_legs(treasury: Treasury) -> None:
    with treasury.ledger.unit_of_work() as session:
        view = transfer(session, TransferInput(treasury.bank, treasury.cash, MARCH, 5_000))
        mirrors = reverse_movement(session, movement_id=view.movements[0].id)
    assert len(mirrors) == 2
    assert balance(treasury, treasury.bank) == 1_000_000
    assert balance(treasury, treasury.cash) == 20_000
    with treasury.ledger.raw_connection() as connection:
        assert verify_chain(connection).ok


def test_reversing_cash_received_cannot_overdraw(treasury: Treasury) -> None:
    movement = receive(treasury, treasury.cash, 10_000).movement  # +12,000 → 32,000
    pay(treasury, treasury.cash, 20_000, day=dt.date(2026, 3, 11))  # -24,000 → 8,000
    with pytest.raises(CashOverdrawn), treasury.ledger.unit_of_work() as session:
        reverse_movement(session, movement_id=movement.id, date=dt.date(2026, 3, 12))
