"""Thin formatting helpers for the widgets: every amount and date on screen goes through
here, so they follow the ledger's locale (company.locale) and never touch floats."""

from __future__ import annotations

import datetime as dt

from app.i18n import format_date, format_minor, format_money
from app.money import Money


def money_text(minor: int, currency: str, locale: str, *, with_symbol: bool = False) -> str:
    """``1 234,56`` (or ``1 234,56 €`` with the symbol) for an amount in minor units."""
    if with_symbol:
        return format_money(Money(minor, currency), locale)
    return format_minor(minor, currency, locale)


def date_text(day: dt.date | None, locale: str, style: str = "short") -> str:
    """``23/11/2026`` in fr_FR, ``23.11.2026`` in ro_RO; empty for no date."""
    if day is None:
        return ""
    return format_date(day, locale, style)
