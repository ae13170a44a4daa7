from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.errors import CashOverdrawn, InvalidMovement
from app.ledger.chain import verify_chain
from app.treasury.accounts import get_treasury_account
from app.treasury.bulk import record_many
from app.treasury.movements import MovementInput, TransferInput, record_movement
from app.treasury.register import RegisterFilter, open_register

from .conftest import Treasury


def sale(treasury: Treasury, day: int, net: int) -> MovementInput:
    return MovementInput(treasury_account_id=treasury.cash, direction="in",
                         date=dt.date(2026, 4, day), category_id=treasury.categories[
                             "Sales of goods"], net=net, vat_rate=Decimal("5.5"),
                         counterparty="Recette du jour", payment_method="cash")


def test_many_items_post_like_one_at_a_time(treasury: Treasury) -> None:
    items = [sale(treasury, day, 10_000) for day in range(1, 11)]
    items.append(TransferInput(treasury.cash, treasury.bank, dt.date(2026, 4, 11), 100_000))
    with treasury.ledger.unit_of_work() as session:
        assert record_many(session, items) == 12  # entries: ten sales, two per transfer
    # The same sale one at a time gives the same lines as the bulk one.
    with treasury.ledger.unit_of_work() as session:
        single = record_movement(session, sale(treasury, 12, 10_000)).movement
    with treasury.ledger.read() as session:
        cash = get_treasury_account(session, treasury.cash)
        pager = open_register(session, RegisterFilter(treasury.cash))
        rows = pager.rows(session, 0, pager.row_count)
    assert cash.balance == 20_000 + 10 * 10_550 - 100_000 + 10_550
    bulk_row, single_row = rows[1], rows[-1]
    assert (bulk_row.net, bulk_row.vat, bulk_row.category) == (
        single_row.net, single_row.vat, single_row.category)
    assert single.number == "CA1-2026-000012"  # ten sales, the deposit leaving, then this
    with treasury.ledger.raw_connection() as connection:
        assert verify_chain(connection).ok


def test_the_cash_rule_holds_in_bulk_and_nothing_is_written(treasury: Treasury) -> None:
    items = [sale(treasury, 1, 1_000),
             TransferInput(treasury.cash, treasury.bank, dt.date(2026, 4, 2), 30_000)]
    with pytest.raises(CashOverdrawn), treasury.ledger.unit_of_work() as session:
        record_many(session, items)
    with treasury.ledger.read() as session:
        assert get_treasury_account(session, treasury.cash).balance == 20_000


def test_cash_items_must_come_in_date_order(treasury: Treasury) -> None:
    with pytest.raises(InvalidMovement), treasury.ledger.unit_of_work() as session:
        record_many(session, [sale(treasury, 5, 100), sale(treasury, 4, 100)])
