"""The small pure helpers of the Bank & cash tab."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from ui.tabs.treasury.dialogs.account_dialog import check_identifier, rib_applies
from ui.tabs.treasury.dialogs.movement_dialog import Amounts, split_amount
from ui.tabs.treasury.tab import export_path, safe_file_stem
from ui.tabs.treasury.widgets import decimal_text, parse_locale_decimal, period_range

TODAY = dt.date(2026, 3, 15)


@pytest.mark.parametrize(("preset", "expected"), [
    ("this_month", (dt.date(2026, 3, 1), dt.date(2026, 3, 31))),
    ("last_month", (dt.date(2026, 2, 1), dt.date(2026, 2, 28))),
    ("this_year", (dt.date(2026, 1, 1), dt.date(2026, 12, 31))),
    ("last_year", (dt.date(2025, 1, 1), dt.date(2025, 12, 31))),
    ("all", (None, None)),
])
def test_period_presets(preset: str, expected: tuple[object, object]) -> None:
    assert period_range(preset, TODAY) == expected


def test_last_month_in_january_is_last_december() -> None:
    assert period_range("last_month", dt.date(2026, 1, 10)) == (
        dt.date(2025, 12, 1), dt.date(2025, 12, 31))


def test_amounts_net_or_vat_included_and_a_typed_vat() -> None:
    rate = Decimal("20")
    assert split_amount(10_000, vat_included=False, rate=rate, currency="EUR") == Amounts(
        10_000, 2_000, 0)
    assert split_amount(12_000, vat_included=True, rate=rate, currency="EUR") == Amounts(
        10_000, 2_000, 0)
    # A VAT typed by hand keeps the VAT-included total the user typed.
    typed = split_amount(12_000, vat_included=True, rate=rate, currency="EUR", vat_typed=1_999,
                         stamp_duty=50)
    assert (typed.net, typed.vat, typed.total) == (10_001, 1_999, 12_050)
    assert split_amount(999, vat_included=True, rate=Decimal("5.5"), currency="EUR").total == 999


def test_decimals_typed_in_the_locale() -> None:
    assert parse_locale_decimal("5,5", "fr_FR") == Decimal("5.5")
    assert parse_locale_decimal("0.9184", "en_US") == Decimal("0.9184")
    assert parse_locale_decimal("abc", "fr_FR") is None
    assert decimal_text(Decimal("5.50"), "fr_FR") == "5,5"
    assert decimal_text(Decimal("20"), "ro_RO") == "20"


def test_identifier_checks_use_the_service_rules() -> None:
    from app.treasury.identifiers import normalise_algerian_rib, normalise_iban

    assert check_identifier("", normalise_iban).ok
    assert check_identifier("FR7630006000011234567890189", normalise_iban).ok
    assert not check_identifier("FR7630006000011234567890188", normalise_iban).ok
    assert rib_applies("00100123 0123456789 12", "")
    assert not rib_applies("00100123 0123456789 12", "FR7630006000011234567890189")
    assert not check_identifier("00100123012345678912", normalise_algerian_rib).ok


def test_export_paths_get_the_chosen_suffix() -> None:
    assert export_path("/tmp/a", "CSV file (*.csv)") == Path("/tmp/a.csv")
    assert export_path("/tmp/a", "Excel workbook (*.xlsx)") == Path("/tmp/a.xlsx")
    assert export_path("/tmp/a.CSV", "Excel workbook (*.xlsx)") == Path("/tmp/a.CSV")
    assert safe_file_stem("BNP / Paris: courant") == "BNP _ Paris_ courant"
