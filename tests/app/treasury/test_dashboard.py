from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.ledger.accounts import account_balances
from app.treasury.accounts import get_treasury_account
from app.treasury.dashboard import (
    JOURNAL_IN,
    OPENING_IN,
    TRANSFERS_IN,
    TRANSFERS_OUT,
    ForecastItem,
    build_dashboard,
    cell_lines,
    forecast_cell_items,
)
from app.treasury.movements import (
    MovementInput,
    TransferInput,
    record_movement,
    reverse_movement,
    transfer,
)
from app.treasury.recurring import RecurringInput, add_recurring, occurrences

from .conftest import Treasury

TODAY = dt.date(2026, 6, 15)


def move(treasury: Treasury, account: int, direction: str, category: str, net: int,
         day: dt.date, rate: str = "20", stamp: int = 0) -> int:
    with treasury.ledger.unit_of_work() as session:
        return record_movement(session, MovementInput(
            treasury_account_id=account, direction=direction, date=day,
            category_id=treasury.categories[category], net=net, vat_rate=Decimal(rate),
            stamp_duty=stamp, payment_method="transfer",
            rate=Decimal("0.9") if account == treasury.usd else None)).movement.id


@pytest.fixture
def first_half(treasury: Treasury) -> Treasury:
    """January: a 1,000.00 + VAT sale to the bank; 200.00 + VAT of supplies paid from the
    bank. February: rent 800.00 + VAT from the bank; 50.00 cash sale + VAT and 1.00 stamp.
    March: 100.00 bank → cash; a bank-fee payment reversed the same day."""
    move(treasury, treasury.bank, "in", "Sales of goods", 100_000, dt.date(2026, 1, 10))
    move(treasury, treasury.bank, "out", "Supplies", 20_000, dt.date(2026, 1, 20))
    move(treasury, treasury.bank, "out", "Rent", 80_000, dt.date(2026, 2, 1))
    move(treasury, treasury.cash, "in", "Sales of goods", 5_000, dt.date(2026, 2, 14),
         stamp=100)
    with treasury.ledger.unit_of_work() as session:
        transfer(session, TransferInput(treasury.bank, treasury.cash, dt.date(2026, 3, 3),
                                        10_000))
    fee = move(treasury, treasury.bank, "out", "Bank fees", 1_500, dt.date(2026, 3, 31), "0")
    with treasury.ledger.unit_of_work() as session:
        reverse_movement(session, movement_id=fee)
    return treasury


def rows_by_key(dashboard):
    return {row.key: row for row in dashboard.rows}


def test_months_sum_the_categories_in_base_currency(first_half: Treasury) -> None:
    t = first_half
    with t.ledger.read() as session:
        board = build_dashboard(session, year=2026, treasury_account_ids=[t.bank, t.cash],
                                today=TODAY)
    rows = rows_by_key(board)
    sales = rows[f"cat:{t.categories['Sales of goods']}"]
    assert sales.amounts[:3] == (120_000, 6_100, 0) and sales.section == "in"
    assert rows[f"cat:{t.categories['Supplies']}"].amounts[0] == 24_000
    assert rows[f"cat:{t.categories['Rent']}"].amounts[1] == 96_000
    assert f"cat:{t.categories['Bank fees']}" not in rows  # reversed: cancels, row omitted
    assert rows[TRANSFERS_IN].amounts[2] == rows[TRANSFERS_OUT].amounts[2] == 10_000
    assert rows[OPENING_IN].amounts[0] == 1_020_000  # the two accounts open on 1 January
    assert board.opening_balance == 0
    assert board.total_in[:3] == (1_140_000, 6_100, 10_000)
    assert board.total_out[:3] == (24_000, 96_000, 10_000)
    assert board.net[:3] == (1_116_000, -89_900, 0)


def test_cumulative_balance_equals_the_ledger_at_each_month_end(first_half: Treasury) -> None:
    t = first_half
    with t.ledger.read() as session:
        board = build_dashboard(session, year=2026, treasury_account_ids=[t.bank, t.cash],
                                today=TODAY)
        for index, month_end in enumerate((dt.date(2026, 1, 31), dt.date(2026, 2, 28),
                                           dt.date(2026, 3, 31))):
            in_ledger = sum(get_treasury_account(session, i, as_of=month_end).balance
                            for i in (t.bank, t.cash))
            assert board.balance[index] == in_ledger


def test_next_year_opens_with_this_years_closing_balance(first_half: Treasury) -> None:
    t = first_half
    with t.ledger.read() as session:
        board = build_dashboard(session, year=2027, treasury_account_ids=[t.bank, t.cash],
                                today=TODAY)
        this_year = build_dashboard(session, year=2026, treasury_account_ids=[t.bank, t.cash],
                                    today=TODAY)
    assert board.opening_balance == this_year.balance[-1]
    assert board.forecast_from == 0


def test_taxes_to_pay_come_from_the_vat_accounts(first_half: Treasury) -> None:
    t = first_half
    with t.ledger.read() as session:
        board = build_dashboard(session, year=2026, today=TODAY)
        balances = account_balances(session, as_of=dt.date(2026, 12, 31))
    assert board.taxes.vat_collected[:2] == (20_000, 1_000)
    assert board.taxes.vat_deductible[:2] == (4_000, 16_000)
    assert board.taxes.vat_due[:2] == (16_000, -15_000)
    assert board.taxes.stamp_duty[1] == 100
    assert sum(board.taxes.vat_due) == -balances["44571"].balance - balances["44566"].balance


def test_recurring_items_fill_the_forecast_months_only(first_half: Treasury) -> None:
    t = first_half
    with t.ledger.unit_of_work() as session:
        add_recurring(session, RecurringInput(
            label="Loyer", direction="out", amount=96_000, day_of_month=31,
            start_date=dt.date(2026, 1, 1), category_id=t.categories["Rent"]))
        add_recurring(session, RecurringInput(
            label="Subvention", direction="in", amount=5_000, day_of_month=5,
            start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 10, 31)))
    with t.ledger.read() as session:
        board = build_dashboard(session, year=2026, today=TODAY)
    rows = rows_by_key(board)
    rent = rows[f"cat:{t.categories['Rent']}"]
    assert board.forecast_from == 6  # July
    assert rent.amounts[5] == 0 and rent.amounts[6:] == (96_000,) * 6
    assert rows["planned:in:Subvention"].amounts[8:10] == (5_000, 5_000)
    assert board.is_forecast(6) and not board.is_forecast(5)


def test_thirty_first_falls_on_the_last_day_of_short_months() -> None:
    from app.treasury.recurring import RecurringView

    item = RecurringView(label="x", direction="out", amount=1, day_of_month=31,
                         start_date=dt.date(2026, 1, 1))
    assert occurrences(item, dt.date(2026, 2, 1), dt.date(2026, 4, 30)) == [
        dt.date(2026, 2, 28), dt.date(2026, 3, 31), dt.date(2026, 4, 30)]


def test_a_cell_lists_the_lines_behind_it(first_half: Treasury) -> None:
    t = first_half
    with t.ledger.unit_of_work() as session:
        from app.ledger.posting import LineInput, post_entry

        post_entry(session, journal="OD", date=dt.date(2026, 2, 2), label="Intérêts",
                   lines=[LineInput("5121", debit=123), LineInput("758", credit=123)])
    with t.ledger.read() as session:
        board = build_dashboard(session, year=2026, today=TODAY)
        sales = cell_lines(session, year=2026, month_index=1,
                           row_key=f"cat:{t.categories['Sales of goods']}")
        journal = cell_lines(session, year=2026, month_index=1, row_key=JOURNAL_IN)
        fees = cell_lines(session, year=2026, month_index=2,
                          row_key=f"cat:{t.categories['Bank fees']}")
    assert [(line.account_name, line.amount) for line in sales] == [("Caisse magasin", 6_100)]
    assert rows_by_key(board)[JOURNAL_IN].amounts[1] == sum(line.amount for line in journal)
    assert sorted(line.amount for line in fees) == [-1_500, 1_500]


def test_a_forecast_cell_lists_the_planned_items_behind_it(first_half: Treasury) -> None:
    t = first_half
    rent, sales = t.categories["Rent"], t.categories["Sales of goods"]
    with t.ledger.unit_of_work() as session:
        add_recurring(session, RecurringInput(
            label="Loyer", direction="out", amount=96_000, day_of_month=31,
            start_date=dt.date(2026, 1, 1), category_id=rent))
        add_recurring(session, RecurringInput(
            label="Parking", direction="out", amount=6_000, day_of_month=10,
            start_date=dt.date(2026, 1, 1), category_id=rent, treasury_account_id=t.cash))
        add_recurring(session, RecurringInput(
            label="Subvention", direction="in", amount=5_000, day_of_month=5,
            start_date=dt.date(2026, 9, 1), end_date=dt.date(2026, 10, 31)))
    # A sale already recorded for August counts in the same cell as planned items.
    move(t, t.bank, "in", "Sales of goods", 10_000, dt.date(2026, 8, 3))
    invoice = ForecastItem(dt.date(2026, 8, 20), "in", 7_000, "Facture 12", sales)
    with t.ledger.read() as session:
        july = forecast_cell_items(session, year=2026, month_index=6, row_key=f"cat:{rent}",
                                   today=TODAY)
        bank_only = forecast_cell_items(session, year=2026, month_index=6,
                                        row_key=f"cat:{rent}",
                                        treasury_account_ids=[t.bank], today=TODAY)
        grant = forecast_cell_items(session, year=2026, month_index=8,
                                    row_key="planned:in:Subvention", today=TODAY)
        june = forecast_cell_items(session, year=2026, month_index=5, row_key=f"cat:{rent}",
                                   today=TODAY)
        board = build_dashboard(session, year=2026, today=TODAY, extra_forecast=[invoice])
        # Every forecast cell: the planned items plus the lines already posted.
        for row in board.rows:
            for month in range(board.forecast_from or 0, 12):
                planned = forecast_cell_items(session, year=2026, month_index=month,
                                              row_key=row.key, today=TODAY,
                                              extra_forecast=[invoice])
                posted = cell_lines(session, year=2026, month_index=month, row_key=row.key)
                assert sum(i.amount for i in planned) + sum(line.amount for line in posted) \
                    == row.amounts[month], (row.key, month)
        august_sales = forecast_cell_items(session, year=2026, month_index=7,
                                           row_key=f"cat:{sales}", today=TODAY,
                                           extra_forecast=[invoice])
    assert july == [
        ForecastItem(dt.date(2026, 7, 10), "out", 6_000, "Parking", rent),
        ForecastItem(dt.date(2026, 7, 31), "out", 96_000, "Loyer", rent)]
    assert [item.label for item in bank_only] == ["Loyer"]  # parking is paid in cash
    assert grant == [ForecastItem(dt.date(2026, 9, 5), "in", 5_000, "Subvention")]
    assert june == []  # the current month is actual: it has movements, not a plan
    assert august_sales == [invoice]
    assert rows_by_key(board)[f"cat:{sales}"].amounts[7] == 12_000 + 7_000


def test_a_vat_settlement_does_not_count_as_vat_collected(first_half: Treasury) -> None:
    from app.ledger.posting import LineInput, post_entry

    t = first_half
    with t.ledger.unit_of_work() as session:  # January's return clears both accounts
        post_entry(session, journal="OD", date=dt.date(2026, 2, 19), label="Déclaration",
                   lines=[LineInput("44571", debit=20_000), LineInput("44566", credit=4_000),
                          LineInput("44551", credit=16_000)])
        board = build_dashboard(session, year=2026, today=TODAY)
    assert board.taxes.vat_collected[:2] == (20_000, 1_000)
    assert board.taxes.vat_deductible[:2] == (4_000, 16_000)
