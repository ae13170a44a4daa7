"""Recurring items (rent, salaries, a loan): planned monthly amounts that feed the
treasury forecast. They are a plan, not the books: editable, never posted."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidMovement
from app.treasury.models import RecurringItem


@dataclass(frozen=True)
class RecurringInput:
    label: str
    direction: str
    #: Base-currency minor units, each month.
    amount: int
    day_of_month: int
    start_date: dt.date
    end_date: dt.date | None = None
    category_id: int | None = None
    treasury_account_id: int | None = None


@dataclass(frozen=True)
class RecurringView(RecurringInput):
    id: int = 0
    active: bool = True


def _check(data: RecurringInput) -> None:
    if not data.label.strip():
        raise InvalidMovement(field="label", reason="the item needs a label")
    if data.direction not in ("in", "out"):
        raise InvalidMovement(field="direction", reason="in or out")
    if not isinstance(data.amount, int) or data.amount <= 0:
        raise InvalidMovement(field="amount", reason="a positive amount in minor units")
    if not 1 <= data.day_of_month <= 31:
        raise InvalidMovement(field="day_of_month", reason="a day from 1 to 31")
    if data.end_date is not None and data.end_date < data.start_date:
        raise InvalidMovement(field="end_date", reason="the end comes after the start")


def _view(row: RecurringItem) -> RecurringView:
    return RecurringView(
        label=row.label, direction=row.direction, amount=row.amount,
        day_of_month=row.day_of_month, start_date=row.start_date, end_date=row.end_date,
        category_id=row.category_id, treasury_account_id=row.treasury_account_id,
        id=row.id, active=row.active)


def _apply(row: RecurringItem, data: RecurringInput) -> None:
    row.label = data.label.strip()
    row.direction = data.direction
    row.amount = data.amount
    row.day_of_month = data.day_of_month
    row.start_date = data.start_date
    row.end_date = data.end_date
    row.category_id = data.category_id
    row.treasury_account_id = data.treasury_account_id


def add_recurring(session: Session, data: RecurringInput) -> RecurringView:
    _check(data)
    row = RecurringItem()
    _apply(row, data)
    session.add(row)
    session.flush()
    return _view(row)


def update_recurring(session: Session, recurring_id: int, data: RecurringInput,
                     active: bool = True) -> RecurringView:
    _check(data)
    row = session.get(RecurringItem, recurring_id)
    if row is None:
        raise InvalidMovement(field="recurring", reason=f"no recurring item {recurring_id}")
    _apply(row, data)
    row.active = active
    session.flush()
    return _view(row)


def list_recurring(session: Session, *, include_inactive: bool = True) -> list[RecurringView]:
    rows = session.execute(select(RecurringItem).order_by(
        RecurringItem.direction, RecurringItem.label)).scalars()
    return [_view(row) for row in rows if include_inactive or row.active]


def occurrences(item: RecurringView, first: dt.date, last: dt.date) -> list[dt.date]:
    """The dates the item falls on between ``first`` and ``last`` (inclusive); the 31st
    falls on the last day of shorter months."""
    dates = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = min(item.day_of_month, calendar.monthrange(year, month)[1])
        when = dt.date(year, month, day)
        in_window = first <= when <= last and when >= item.start_date
        if in_window and (item.end_date is None or when <= item.end_date):
            dates.append(when)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return dates
