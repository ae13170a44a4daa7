"""The treasury dashboard: for a fiscal year and a set of bank accounts and cash
boxes, money in and out per category and month, the net, the cumulative balance from
the opening balance, the taxes to pay, and a forecast for the months to come.

All figures are summed in SQLite from the journal lines of the chosen accounts, in
the base currency, so every cell agrees with the ledger. The screen, the chart and
the Excel export all render the same ``Dashboard`` object.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from app import clock
from app.errors import UnknownAccount
from app.i18n import translate
from app.ledger.accounts import account_for_role
from app.ledger.company import fiscal_year_bounds, get_company
from app.treasury.categories import list_categories
from app.treasury.models import TreasuryAccount
from app.treasury.recurring import list_recurring, occurrences

MONTHS = 12

#: Row keys besides ``cat:<id>``: lines that are not a categorised movement.
TRANSFERS_IN, TRANSFERS_OUT = "transfer:in", "transfer:out"
JOURNAL_IN, JOURNAL_OUT = "journal:in", "journal:out"
OPENING_IN, OPENING_OUT = "opening:in", "opening:out"
#: Movements without a category: a third party settled straight to its account.
SETTLEMENTS_IN, SETTLEMENTS_OUT = "settlement:in", "settlement:out"
_SPECIAL_LABELS = {
    TRANSFERS_IN: "Internal transfers", TRANSFERS_OUT: "Internal transfers",
    JOURNAL_IN: "Journal entries", JOURNAL_OUT: "Journal entries",
    OPENING_IN: "Opening balances", OPENING_OUT: "Opening balances",
    SETTLEMENTS_IN: "Other settlements", SETTLEMENTS_OUT: "Other settlements",
}


@dataclass(frozen=True)
class ForecastItem:
    """Money expected on a date: a recurring item, or (later modules) an open invoice."""

    date: dt.date
    direction: str
    amount: int
    label: str
    category_id: int | None = None


@dataclass(frozen=True)
class DashboardRow:
    key: str
    section: str
    label: str
    category_id: int | None
    amounts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.amounts)


@dataclass(frozen=True)
class DashboardTaxes:
    vat_collected: tuple[int, ...]
    vat_deductible: tuple[int, ...]
    vat_due: tuple[int, ...]
    stamp_duty: tuple[int, ...]


@dataclass(frozen=True)
class Dashboard:
    year: int
    months: tuple[dt.date, ...]
    currency: str
    opening_balance: int
    rows: tuple[DashboardRow, ...]
    total_in: tuple[int, ...]
    total_out: tuple[int, ...]
    net: tuple[int, ...]
    balance: tuple[int, ...]
    taxes: DashboardTaxes
    #: Index of the first forecast month; None when the whole year is past.
    forecast_from: int | None
    treasury_account_ids: tuple[int, ...]

    def is_forecast(self, month_index: int) -> bool:
        return self.forecast_from is not None and month_index >= self.forecast_from


def _months(start: dt.date) -> tuple[dt.date, ...]:
    months = []
    year, month = start.year, start.month
    for _ in range(MONTHS):
        months.append(dt.date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def _month_index(months: tuple[dt.date, ...], day: dt.date) -> int:
    return (day.year - months[0].year) * 12 + day.month - months[0].month


def _selected(session: Session, ids: Sequence[int] | None) -> list[TreasuryAccount]:
    query = select(TreasuryAccount).order_by(TreasuryAccount.id)
    if ids is not None:
        query = query.where(TreasuryAccount.id.in_(list(ids)))
    return list(session.execute(query).scalars())


# Both queries group in the order of a covering index, so SQLite streams the groups
# straight off the index: no temporary B-tree even over a million lines a year.
_MOVEMENTS_BY_DAY_SQL = """
SELECT date, category_id, kind, direction, sum(base_debit), sum(base_credit)
FROM treasury_movement
WHERE treasury_account_id = :account AND date BETWEEN :start AND :end
GROUP BY date, category_id, kind, direction
"""
_LINES_BY_DAY_SQL = """
SELECT entry_date, sum(base_debit), sum(base_credit) FROM journal_line
WHERE account_id = :account AND entry_date BETWEEN :start AND :end
GROUP BY entry_date
"""


def _group_key(kind: str, direction: str, category_id: int | None) -> str:
    if kind == "transfer":
        return f"transfer:{direction}"
    if kind == "opening":
        return "opening"
    if category_id is None:
        return f"settlement:{direction}"
    return f"cat:{category_id}"


def _signed(row_key: str, section: str, debit: int, credit: int) -> list[tuple[str, int]]:
    """(row key, amount) pairs for one group: in rows count debits, out rows credits;
    a reversal lands in its original's row with the opposite sign, so pairs cancel."""
    if row_key in ("journal", "opening"):
        return [(f"{row_key}:in", debit), (f"{row_key}:out", credit)]
    return [(row_key, debit - credit if section == "in" else credit - debit)]


def _actual_flows(session: Session, accounts: list[TreasuryAccount], start: dt.date,
                  end: dt.date, months: tuple[dt.date, ...], section_of: dict[str, str]
                  ) -> dict[str, list[int]]:
    """Per row key, the amounts of each month: movements by category, transfer and
    opening; what remains of the accounts' lines is what was posted by hand."""
    flows: dict[str, list[int]] = defaultdict(lambda: [0] * MONTHS)
    params = {"start": start.isoformat(), "end": end.isoformat()}
    for account in accounts:
        params["account"] = account.id
        by_day: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for day, category_id, kind, direction, debit, credit in session.execute(
                text(_MOVEMENTS_BY_DAY_SQL), params):
            index = _month_index(months, dt.date.fromisoformat(day))
            key = _group_key(kind, direction, category_id)
            section = section_of.get(key, "in" if key.endswith(":in") else "out")
            for row_key, amount in _signed(key, section, int(debit), int(credit)):
                flows[row_key][index] += amount
            by_day[day][0] += int(debit)
            by_day[day][1] += int(credit)
        params["account"] = account.account_id
        for day, debit, credit in session.execute(text(_LINES_BY_DAY_SQL), params):
            index = _month_index(months, dt.date.fromisoformat(day))
            moved_debit, moved_credit = by_day.get(day, (0, 0))
            flows[JOURNAL_IN][index] += int(debit) - moved_debit
            flows[JOURNAL_OUT][index] += int(credit) - moved_credit
    return flows


def _forecast_items(session: Session, selected_ids: set[int], first: dt.date, last: dt.date
                    ) -> list[ForecastItem]:
    items = []
    for recurring in list_recurring(session, include_inactive=False):
        if recurring.treasury_account_id is not None and \
                recurring.treasury_account_id not in selected_ids:
            continue
        items.extend(ForecastItem(day, recurring.direction, recurring.amount, recurring.label,
                                  recurring.category_id)
                     for day in occurrences(recurring, first, last))
    return items


def forecast_row_key(item: ForecastItem) -> str:
    """The dashboard row a planned item counts in: its category's, or a row of its own
    (``planned:<direction>:<label>``) when it has none."""
    if item.category_id is not None:
        return f"cat:{item.category_id}"
    return f"planned:{item.direction}:{item.label}"


def _placed_forecast(session: Session, accounts: Sequence[TreasuryAccount],
                     months: tuple[dt.date, ...], forecast_from: int, end: dt.date,
                     extra_forecast: Sequence[ForecastItem]
                     ) -> list[tuple[str, int, ForecastItem]]:
    """(row key, month index, item) of every planned item of the forecast months: the
    recurring items of the chosen accounts, then the extra ones (open invoices…), by
    date. The dashboard sums them; a clicked cell lists them."""
    first = months[forecast_from]
    items = _forecast_items(session, {a.id for a in accounts}, first, end)
    return [(forecast_row_key(item), _month_index(months, item.date), item)
            for item in sorted([*items, *extra_forecast], key=lambda i: (i.date, i.label))
            if first <= item.date <= end]


def _monthly_role_totals(session: Session, role: str, start: dt.date, end: dt.date,
                         months: tuple[dt.date, ...], credit_side: bool,
                         tax_code_prefix: str) -> tuple[int, ...]:
    """Per month, the lines of a tax role's account that carry a tax code starting with
    ``tax_code_prefix``: the tax of operations, not the settlements that clear it."""
    try:
        account_id = account_for_role(session, role).id
    except UnknownAccount:  # a chart without the role has nothing to report
        return (0,) * MONTHS
    # Grouped by day, in the covering index's order, then rolled up to months here.
    sql = ("SELECT entry_date, sum(base_debit), sum(base_credit)"
           " FROM journal_line WHERE account_id = :account AND entry_date BETWEEN :start AND :end")
    params: dict[str, Any] = {"account": account_id, "start": start.isoformat(),
                              "end": end.isoformat()}
    sql += " AND tax_code LIKE :tax_code"
    params["tax_code"] = tax_code_prefix + "%"
    totals = [0] * MONTHS
    for day, debit, credit in session.execute(text(sql + " GROUP BY entry_date"), params):
        index = _month_index(months, dt.date.fromisoformat(day))
        totals[index] += (credit - debit) if credit_side else (debit - credit)
    return tuple(totals)


def _taxes(session: Session, start: dt.date, end: dt.date, months: tuple[dt.date, ...]
           ) -> DashboardTaxes:
    """VAT collected minus deductible and stamp duty collected, per month, from the
    ledger's tax accounts (the whole company, whatever accounts are selected). Only lines
    with a tax code count: those of operations, as the VAT return will declare them."""
    collected = _monthly_role_totals(session, "vat_collected", start, end, months, True,
                                     "VAT")
    deductible = _monthly_role_totals(session, "vat_deductible", start, end, months, False,
                                      "VAT")
    stamp = _monthly_role_totals(session, "other_taxes_payable", start, end, months, True,
                                 "STAMP")
    due = tuple(c - d for c, d in zip(collected, deductible, strict=True))
    return DashboardTaxes(collected, deductible, due, stamp)


def _forecast_start(months: tuple[dt.date, ...], today: dt.date) -> int | None:
    index = _month_index(months, today) + 1  # the current month is actual, the next forecast
    if index >= MONTHS:
        return None
    return max(index, 0)


def build_dashboard(
    session: Session,
    *,
    year: int,
    treasury_account_ids: Sequence[int] | None = None,
    today: dt.date | None = None,
    extra_forecast: Sequence[ForecastItem] = (),
    language: str | None = None,
) -> Dashboard:
    """The dashboard of fiscal year ``year`` over the chosen accounts (all by default)."""
    company = get_company(session)
    language = language or company.language
    start, end = fiscal_year_bounds(year, company.fiscal_year_start_month)
    months = _months(start)
    accounts = _selected(session, treasury_account_ids)
    ledger_ids = [account.account_id for account in accounts]
    opening = 0
    if ledger_ids:  # one indexed range per account
        statement = text("SELECT coalesce(sum(base_debit - base_credit), 0) FROM journal_line"
                         " WHERE account_id IN :accounts AND entry_date < :start"
                         ).bindparams(bindparam("accounts", expanding=True))
        opening = int(session.execute(statement, {"accounts": ledger_ids,
                                                  "start": start.isoformat()}).scalar_one())
    categories = list_categories(session, include_inactive=True)
    section_of = {f"cat:{c.id}": c.direction for c in categories}
    flows = _actual_flows(session, accounts, start, end, months, section_of)

    forecast_from = _forecast_start(months, today or clock.today())
    if forecast_from is not None:
        for key, index, item in _placed_forecast(session, accounts, months, forecast_from,
                                                 end, extra_forecast):
            section_of.setdefault(key, item.direction)
            flows[key][index] += item.amount

    rows = _rows(flows, section_of, categories, language)
    total_in = _column_sums(rows, "in")
    total_out = _column_sums(rows, "out")
    net = tuple(i - o for i, o in zip(total_in, total_out, strict=True))
    balance, running = [], opening
    for month_net in net:
        running += month_net
        balance.append(running)
    return Dashboard(
        year=year, months=months, currency=company.base_currency, opening_balance=opening,
        rows=rows, total_in=total_in, total_out=total_out, net=net, balance=tuple(balance),
        taxes=_taxes(session, start, end, months), forecast_from=forecast_from,
        treasury_account_ids=tuple(a.id for a in accounts),
    )


def _rows(flows: dict[str, list[int]], section_of: dict[str, str], categories: Sequence[Any],
          language: str) -> tuple[DashboardRow, ...]:
    """Money in rows then money out rows: categories by name, then the special rows.
    Rows that are zero all year are left out."""
    names = {f"cat:{c.id}": (c.name, c.id) for c in categories}
    result = []
    for section in ("in", "out"):
        keys = [k for k in flows if section_of.get(k, k.rsplit(":", 1)[-1]) == section
                and any(flows[k])]
        keys.sort(key=lambda k: (not k.startswith("cat:"), names.get(k, (k, 0))[0].lower()))
        for key in keys:
            if key in names:
                label, category_id = names[key][0], names[key][1]
            elif key.startswith("planned:"):
                label, category_id = key.split(":", 2)[2], None
            else:
                label, category_id = translate(_SPECIAL_LABELS[key], language), None
            result.append(DashboardRow(key, section, label, category_id, tuple(flows[key])))
    return tuple(result)


def _column_sums(rows: Sequence[DashboardRow], section: str) -> tuple[int, ...]:
    return tuple(sum(row.amounts[i] for row in rows if row.section == section)
                 for i in range(MONTHS))


def forecast_cell_items(
    session: Session,
    *,
    year: int,
    month_index: int,
    row_key: str,
    treasury_account_ids: Sequence[int] | None = None,
    today: dt.date | None = None,
    extra_forecast: Sequence[ForecastItem] = (),
) -> list[ForecastItem]:
    """The planned items behind one forecast cell of the dashboard, by date; none for an
    actual month. Placed exactly as ``build_dashboard`` places them, so they sum to the
    planned part of the cell (its actual part, post-dated movements, is ``cell_lines``)."""
    company = get_company(session)
    start, end = fiscal_year_bounds(year, company.fiscal_year_start_month)
    months = _months(start)
    forecast_from = _forecast_start(months, today or clock.today())
    if forecast_from is None or not forecast_from <= month_index < MONTHS:
        return []
    accounts = _selected(session, treasury_account_ids)
    return [item for key, index, item in _placed_forecast(session, accounts, months,
                                                          forecast_from, end, extra_forecast)
            if key == row_key and index == month_index]


@dataclass(frozen=True)
class CellLine:
    entry_id: int
    movement_id: int | None
    date: dt.date
    number: str
    account_name: str
    label: str
    #: Signed as the cell counts it (a reversal is negative).
    amount: int


def cell_lines(session: Session, *, year: int, month_index: int, row_key: str,
               treasury_account_ids: Sequence[int] | None = None) -> list[CellLine]:
    """The journal lines behind one actual cell of the dashboard."""
    company = get_company(session)
    start, _ = fiscal_year_bounds(year, company.fiscal_year_start_month)
    month = _months(start)[month_index]
    next_month = _months(month)[1]
    accounts = {a.account_id: a.name for a in _selected(session, treasury_account_ids)}
    if not accounts:
        return []
    statement = text(
        "SELECT l.entry_id, m.id, l.entry_date, e.number, l.account_id,"
        " CASE WHEN m.counterparty IS NOT NULL AND m.counterparty <> '' THEN m.counterparty"
        " ELSE e.label END, l.base_debit, l.base_credit, m.kind, m.direction, m.category_id"
        " FROM journal_line l JOIN journal_entry e ON e.id = l.entry_id"
        " LEFT JOIN treasury_movement m ON m.entry_id = l.entry_id"
        " WHERE l.account_id IN :accounts AND l.entry_date >= :start AND l.entry_date < :end"
        " ORDER BY l.entry_date, l.id").bindparams(bindparam("accounts", expanding=True))
    section_of = {f"cat:{c.id}": c.direction
                  for c in list_categories(session, include_inactive=True)}
    lines = []
    for row in session.execute(statement, {"accounts": list(accounts),
                                           "start": month.isoformat(),
                                           "end": next_month.isoformat()}):
        movement_id, kind, direction, category_id = row[1], row[8], row[9], row[10]
        group = "journal" if movement_id is None else _group_key(kind, direction, category_id)
        section = section_of.get(group, "in" if group.endswith(":in") else "out")
        for key, amount in _signed(group, section, int(row[6]), int(row[7])):
            if key == row_key and amount:
                lines.append(CellLine(row[0], movement_id, dt.date.fromisoformat(row[2]),
                                      row[3], accounts[row[4]], row[5], amount))
    return lines
