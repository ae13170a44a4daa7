from __future__ import annotations

import datetime as dt
from decimal import Decimal

from app.treasury.lookups import CounterpartyHint, counterparty_hints, transfer_movements
from app.treasury.movements import (
    MovementInput,
    TransferInput,
    record_movement,
    reverse_movement,
    transfer,
)

from .conftest import Treasury


def _record(treasury: Treasury, counterparty: str, category: str, direction: str,
            method: str, day: int) -> int:
    with treasury.ledger.unit_of_work() as session:
        return record_movement(session, MovementInput(
            treasury_account_id=treasury.bank, direction=direction,
            date=dt.date(2026, 3, day), category_id=treasury.categories[category],
            net=1_000, vat_rate=Decimal(0), counterparty=counterparty,
            payment_method=method)).movement.id


def test_hints_give_the_last_category_and_method_most_recent_first(treasury: Treasury) -> None:
    _record(treasury, "EDF", "Utilities", "out", "transfer", 1)
    _record(treasury, "Bureau Vallée", "Supplies", "out", "card", 2)
    _record(treasury, "EDF", "Fees", "out", "direct_debit", 3)
    _record(treasury, "Client comptoir", "Sales of goods", "in", "cash", 4)
    with treasury.ledger.unit_of_work() as session:
        transfer(session, TransferInput(from_account_id=treasury.bank,
                                        to_account_id=treasury.cash,
                                        date=dt.date(2026, 3, 5), amount_sent=500,
                                        label="Funding"))
    with treasury.ledger.read() as session:
        payments = counterparty_hints(session, direction="out")
        everything = counterparty_hints(session)
    assert payments == [
        CounterpartyHint("EDF", "out", treasury.categories["Fees"], "direct_debit"),
        CounterpartyHint("Bureau Vallée", "out", treasury.categories["Supplies"], "card"),
    ]
    assert [hint.name for hint in everything] == ["Client comptoir", "EDF", "Bureau Vallée"]


def test_hints_are_limited(treasury: Treasury) -> None:
    for day in range(1, 6):
        _record(treasury, f"Supplier {day}", "Supplies", "out", "card", day)
    with treasury.ledger.read() as session:
        hints = counterparty_hints(session, limit=2)
    assert [hint.name for hint in hints] == ["Supplier 5", "Supplier 4"]


def test_transfer_movements_are_both_legs_then_their_reversals(treasury: Treasury) -> None:
    with treasury.ledger.unit_of_work() as session:
        view = transfer(session, TransferInput(from_account_id=treasury.bank,
                                               to_account_id=treasury.cash,
                                               date=dt.date(2026, 3, 5), amount_sent=500))
        reverse_movement(session, movement_id=view.movements[0].id)
    with treasury.ledger.read() as session:
        legs = transfer_movements(session, view.id)
    assert [(leg.treasury_account_id, leg.direction, leg.reversal_of_id is not None)
            for leg in legs] == [(treasury.bank, "out", False), (treasury.cash, "in", False),
                                 (treasury.cash, "in", True), (treasury.bank, "out", True)]
