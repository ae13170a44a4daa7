from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.ledger.posting import LineInput, post_entry
from app.treasury.movements import MovementInput, TransferInput, record_movement, transfer
from app.treasury.register import RegisterFilter, open_register, register_totals

from .conftest import Treasury


@pytest.fixture
def month_of_cash(treasury: Treasury) -> Treasury:
    """In March: 30 daily cash sales of 10.00 + 20% VAT, a supplies payment of 50.00 +
    20% on the 15th, a deposit of 100.00 to the bank on the 20th, and a hand-posted
    journal entry on the cash box on the 25th."""
    with treasury.ledger.unit_of_work() as session:
        for day in range(1, 31):
            record_movement(session, MovementInput(
                treasury_account_id=treasury.cash, direction="in",
                date=dt.date(2026, 3, day), category_id=treasury.categories["Sales of goods"],
                net=1_000, vat_rate=Decimal(20), counterparty=f"Ticket {day:02d}",
                payment_method="cash"))
        record_movement(session, MovementInput(
            treasury_account_id=treasury.cash, direction="out", date=dt.date(2026, 3, 15),
            category_id=treasury.categories["Supplies"], net=5_000, vat_rate=Decimal(20),
            counterparty="Papeterie Martin", payment_method="cash", invoice_ref="PM-77"))
        transfer(session, TransferInput(treasury.cash, treasury.bank, dt.date(2026, 3, 20),
                                        10_000, label="Remise d'espèces"))
        post_entry(session, journal="OD", date=dt.date(2026, 3, 25), label="Écart de caisse",
                   lines=[LineInput("5311", debit=3), LineInput("758", credit=3)])
    return treasury


def test_register_lists_every_line_with_a_running_balance(month_of_cash: Treasury) -> None:
    with month_of_cash.ledger.read() as session:
        pager = open_register(session, RegisterFilter(month_of_cash.cash), page_size=7)
        rows = pager.rows(session, 0, pager.row_count)
    assert pager.row_count == 1 + 30 + 1 + 1 + 1  # opening, sales, supplies, deposit, OD
    assert rows[0].balance == 20_000 and rows[0].kind == "opening"
    balance = 0
    for row in rows:
        balance += row.money_in - row.money_out
        assert row.balance == balance
    assert rows[-1].balance == 20_000 + 30 * 1_200 - 6_000 - 10_000 + 3
    supplies = next(r for r in rows if r.label == "Papeterie Martin")
    assert (supplies.net, supplies.vat, supplies.money_out, supplies.reference) == (
        5_000, 1_000, 6_000, "PM-77")
    assert supplies.category == "Fournitures"
    hand_posted = next(r for r in rows if r.date == dt.date(2026, 3, 25) and r.money_in == 3)
    assert (hand_posted.movement_id, hand_posted.net, hand_posted.label) == (
        None, 3, "Écart de caisse")


def test_date_filter_starts_from_the_balance_before_it(month_of_cash: Treasury) -> None:
    second_half = RegisterFilter(month_of_cash.cash, date_from=dt.date(2026, 3, 16),
                                 date_to=dt.date(2026, 3, 31))
    with month_of_cash.ledger.read() as session:
        pager = open_register(session, second_half, page_size=4)
        rows = pager.rows(session, 0, pager.row_count)
        totals = register_totals(session, second_half)
    expected_opening = 20_000 + 15 * 1_200 - 6_000
    assert pager.opening_balance == totals.opening_balance == expected_opening
    assert rows[0].balance == expected_opening + 1_200
    assert totals.lines == 15 + 1 + 1
    assert totals.money_in == 15 * 1_200 + 3 and totals.money_out == 10_000
    assert totals.closing_balance == rows[-1].balance
    assert totals.vat == 15 * 200
    # Net, VAT and stamp duty are signed, so they add up to the money moved.
    assert totals.net + totals.vat + totals.stamp_duty == totals.money_in - totals.money_out


def test_text_filter_hides_the_balance_and_keeps_totals_of_matches(
        month_of_cash: Treasury) -> None:
    by_text = RegisterFilter(month_of_cash.cash, text="ticket 1")
    with month_of_cash.ledger.read() as session:
        pager = open_register(session, by_text, page_size=3)
        rows = pager.rows(session, 0, pager.row_count)
        totals = register_totals(session, by_text)
    assert [r.label for r in rows] == [f"Ticket {d}" for d in range(10, 20)]
    assert all(r.balance is None for r in rows)
    assert totals.lines == 10 and totals.money_in == 12_000


def test_reversed_pairs_are_marked(month_of_cash: Treasury) -> None:
    from app.treasury.movements import reverse_movement

    with month_of_cash.ledger.unit_of_work() as session:
        movement = record_movement(session, MovementInput(
            treasury_account_id=month_of_cash.bank, direction="out",
            date=dt.date(2026, 4, 2), category_id=month_of_cash.categories["Rent"],
            net=80_000, vat_rate=Decimal(20), counterparty="SCI Les Lilas")).movement
        reverse_movement(session, movement_id=movement.id, label="Doublon")
    with month_of_cash.ledger.read() as session:
        pager = open_register(session, RegisterFilter(month_of_cash.bank))
        rows = pager.rows(session, 0, pager.row_count)
    original, mirror = rows[-2], rows[-1]
    assert original.reversed and not original.is_reversal
    assert mirror.is_reversal and mirror.money_in == original.money_out
    assert mirror.balance == rows[-3].balance


def test_a_jump_far_down_gets_the_same_rows_and_balances(month_of_cash: Treasury) -> None:
    with month_of_cash.ledger.read() as session:
        scrolled = open_register(session, RegisterFilter(month_of_cash.cash), page_size=5)
        in_order = [scrolled.page(session, i) for i in range(scrolled.page_count)]
        jumped = open_register(session, RegisterFilter(month_of_cash.cash), page_size=5)
        # Found by an OFFSET read with the balance summed from the index, not by scrolling.
        assert jumped.page(session, 5) == in_order[5]
        assert jumped.page(session, 2) == in_order[2]
