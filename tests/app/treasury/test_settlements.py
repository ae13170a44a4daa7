"""Movements that settle a third party straight to its account (``counter_account``):
a customer's payment to 411 or 416, with or without a category."""

from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidMovement, UnknownAccount
from app.ledger.posting import get_entry
from app.treasury.bulk import record_many
from app.treasury.dashboard import SETTLEMENTS_IN, SETTLEMENTS_OUT, build_dashboard, cell_lines
from app.treasury.movements import MovementInput, record_movement

from .conftest import Treasury

DAY = dt.date(2026, 3, 10)


def settle(treasury: Treasury, direction: str = "in", category: str | None = None,
           account: str = "416", net: int = 5_000) -> MovementInput:
    return MovementInput(
        treasury_account_id=treasury.bank, direction=direction, date=DAY,
        category_id=treasury.categories[category] if category else None, net=net,
        counterparty="Café des Arts", counter_account=account)


def posted(treasury: Treasury, data: MovementInput) -> list[tuple[str, int, int]]:
    with treasury.ledger.unit_of_work() as session:
        movement = record_movement(session, data).movement
        return [(ln.account_code, ln.debit, ln.credit)
                for ln in get_entry(session, movement.entry_id).lines]


def test_the_counter_line_goes_to_the_account_given(treasury: Treasury) -> None:
    assert posted(treasury, settle(treasury)) == [("5121", 5_000, 0), ("416", 0, 5_000)]


def test_the_account_given_wins_over_the_categorys(treasury: Treasury) -> None:
    lines = posted(treasury, settle(treasury, category="Customer payments"))
    assert lines == [("5121", 5_000, 0), ("416", 0, 5_000)]


@pytest.mark.parametrize("account", ["707", "531", "41"])
def test_only_postable_third_party_accounts_are_settled(treasury: Treasury,
                                                        account: str) -> None:
    with pytest.raises(InvalidMovement) as caught:
        posted(treasury, settle(treasury, account=account))
    assert caught.value.details["field"] == "counter_account"


def test_a_movement_needs_a_category_or_an_account(treasury: Treasury) -> None:
    with pytest.raises(InvalidMovement) as caught:
        posted(treasury, MovementInput(treasury_account_id=treasury.bank, direction="in",
                                       date=DAY, category_id=None, net=100))
    assert caught.value.details["field"] == "category"
    with pytest.raises(UnknownAccount):
        posted(treasury, settle(treasury, account="4999"))


def test_bulk_recording_settles_the_same_way(treasury: Treasury) -> None:
    with treasury.ledger.unit_of_work() as session:
        assert record_many(session, [settle(treasury), settle(treasury, "out", net=1_000)]) == 2
    with treasury.ledger.read() as session:
        board = build_dashboard(session, year=2026, treasury_account_ids=[treasury.bank],
                                today=dt.date(2026, 6, 1))
        rows = {row.key: row for row in board.rows}
        lines = cell_lines(session, year=2026, month_index=2, row_key=SETTLEMENTS_IN,
                           treasury_account_ids=[treasury.bank])
    assert rows[SETTLEMENTS_IN].amounts[2] == 5_000 and rows[SETTLEMENTS_IN].section == "in"
    assert rows[SETTLEMENTS_OUT].amounts[2] == 1_000
    assert rows[SETTLEMENTS_IN].label == "Autres règlements"
    assert [line.amount for line in lines] == [5_000]
