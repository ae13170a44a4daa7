"""Amounts and dates on screen follow the ledger's locale."""

from __future__ import annotations

import datetime as dt

from ui.common.formatting import date_text, money_text


def test_money_text_in_three_locales() -> None:
    assert money_text(123456, "EUR", "fr_FR") == "1\u202f234,56"
    assert money_text(123456, "RON", "ro_RO") == "1.234,56"
    assert money_text(-123456, "USD", "en_US") == "-1,234.56"
    assert money_text(123456, "EUR", "fr_FR", with_symbol=True) == "1\u202f234,56\xa0€"


def test_date_text_in_three_locales() -> None:
    day = dt.date(2026, 11, 23)
    assert date_text(day, "fr_FR") == "23/11/2026"
    assert date_text(day, "ro_RO") == "23.11.2026"
    assert date_text(None, "fr_FR") == ""
