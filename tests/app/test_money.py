from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import CurrencyMismatch, InvalidAmount, UnknownCurrency
from app.money import Money, currency_precision, format_amount

minor_amounts = st.integers(min_value=-10**15, max_value=10**15)


def test_precision_comes_from_cldr() -> None:
    assert currency_precision("EUR") == 2
    assert currency_precision("JPY") == 0
    assert currency_precision("TND") == 3
    assert currency_precision("DZD") == 2


def test_float_is_refused_everywhere() -> None:
    with pytest.raises(InvalidAmount):
        Money(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(InvalidAmount):
        Money.from_decimal(0.1, "EUR")  # type: ignore[arg-type]
    with pytest.raises(InvalidAmount):
        Money(100, "EUR").multiply(1.2)  # type: ignore[arg-type]
    with pytest.raises(InvalidAmount):
        Money(True, "EUR")  # type: ignore[arg-type]


def test_unknown_currency_is_refused() -> None:
    with pytest.raises(UnknownCurrency):
        Money(1, "XXZ")


def test_rounding_is_half_up_unless_told_otherwise() -> None:
    assert Money.from_decimal("0.125", "EUR").minor == 13
    assert Money.from_decimal("-0.125", "EUR").minor == -13
    assert Money.from_decimal("0.125", "EUR", rounding=ROUND_DOWN).minor == 12
    assert Money(1000, "EUR").percent(Decimal("5.5")).minor == 55
    assert Money(1999, "EUR").percent(20).minor == 400  # 399.8 → 400


def test_mixing_currencies_is_an_error() -> None:
    with pytest.raises(CurrencyMismatch):
        _ = Money(1, "EUR") + Money(1, "RON")


def test_parse_reads_the_users_locale() -> None:
    assert Money.parse("1 234,56", "EUR", "fr_FR") == Money(123456, "EUR")
    assert Money.parse("1.234,56", "RON", "ro_RO") == Money(123456, "RON")
    assert Money.parse("1,234.56", "USD", "en_US") == Money(123456, "USD")
    with pytest.raises(InvalidAmount):
        Money.parse("12,345", "EUR", "fr_FR")  # three decimals for a 2-digit currency
    with pytest.raises(InvalidAmount):
        Money.parse("douze", "EUR", "fr_FR")


def test_format_follows_the_locale() -> None:
    assert Money(123456, "EUR").format("fr_FR") == "1\u202f234,56\xa0€"
    assert Money(123456, "RON").format("ro_RO") == "1.234,56\xa0RON"
    assert Money(123456, "USD").format("en_US") == "$1,234.56"
    assert format_amount(-500, "EUR", "en_US") == "-5.00"
    assert format_amount(7, "JPY", "en_US") == "7"


def test_three_way_split_hands_out_the_remainder() -> None:
    assert [m.minor for m in Money(100, "EUR").split(3)] == [34, 33, 33]
    assert [m.minor for m in Money(-100, "EUR").split(3)] == [-34, -33, -33]


@given(minor_amounts, st.lists(st.integers(min_value=0, max_value=1000), min_size=1,
                               max_size=12).filter(lambda r: sum(r) > 0))
def test_allocation_parts_always_sum_to_the_whole(minor: int, ratios: list[int]) -> None:
    parts = Money(minor, "EUR").allocate(ratios)
    assert sum(p.minor for p in parts) == minor
    assert len(parts) == len(ratios)
    for part, ratio in zip(parts, ratios, strict=True):
        exact = Decimal(minor) * ratio / sum(ratios)
        assert abs(Decimal(part.minor) - exact) < 1


@given(minor_amounts)
def test_decimal_round_trip_is_exact(minor: int) -> None:
    money = Money(minor, "EUR")
    assert Money.from_decimal(money.to_decimal(), "EUR") == money


@given(minor_amounts, minor_amounts)
def test_addition_and_subtraction_are_exact(a: int, b: int) -> None:
    total = Money(a, "RON") + Money(b, "RON")
    assert total.minor == a + b
    assert (total - Money(b, "RON")).minor == a


@given(minor_amounts, st.sampled_from(["fr_FR", "ro_RO", "en_US", "fr_DZ"]))
def test_formatted_amount_parses_back(minor: int, locale: str) -> None:
    text = format_amount(minor, "EUR", locale)
    assert Money.parse(text, "EUR", locale).minor == minor
