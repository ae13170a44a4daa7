"""Money: an integer count of minor units (cents, bani, centimes) and an ISO 4217 code.

No float is ever accepted: amounts come in as ``int`` minor units, ``Decimal`` or
decimal text, and every rounding names its rule. The number of minor digits comes
from babel (CLDR), so JPY has none and TND three.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from babel.numbers import (
    NumberFormatError,
    format_currency,
    get_currency_precision,
    is_currency,
    parse_decimal,
)

from app.errors import CurrencyMismatch, InvalidAmount, UnknownCurrency

#: The default rounding for invoices and VAT (DESIGN §3).
HALF_UP = ROUND_HALF_UP


@cache
def currency_precision(currency: str) -> int:
    """Minor digits of a currency (2 for EUR, 0 for JPY, 3 for TND)."""
    if not is_currency(currency):
        raise UnknownCurrency(currency=currency)
    return int(get_currency_precision(currency))


def _require_exact_number(value: object) -> None:
    # bool is an int subclass and float is inexact: both are refused outright.
    if isinstance(value, bool | float):
        raise InvalidAmount(value=value)


def to_decimal_strict(value: Decimal | int | str) -> Decimal:
    """A Decimal from an int, a Decimal or decimal text; floats are refused."""
    _require_exact_number(value)
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        try:
            result = Decimal(value.strip())
        except InvalidOperation as exc:
            raise InvalidAmount(value=value) from exc
    else:
        raise InvalidAmount(value=value)
    if not result.is_finite():
        raise InvalidAmount(value=value)
    return result


@dataclass(frozen=True, slots=True, order=False)
class Money:
    """An exact amount of one currency."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.minor, int) or isinstance(self.minor, bool):
            raise InvalidAmount(value=self.minor)
        currency_precision(self.currency)  # validates the code

    # --- construction -------------------------------------------------------------

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def from_decimal(
        cls, amount: Decimal | int | str, currency: str, rounding: str = HALF_UP
    ) -> Money:
        """Round a major-unit amount (e.g. ``Decimal("12.345")`` EUR) to minor units."""
        value = to_decimal_strict(amount)
        scaled = value.scaleb(currency_precision(currency))
        return cls(int(scaled.quantize(Decimal(1), rounding=rounding)), currency)

    @classmethod
    def parse(cls, text: str, currency: str, locale: str) -> Money:
        """Read an amount typed by the user in their locale ("1 234,56" in fr_FR).

        More decimals than the currency has is an error, not a silent rounding.
        """
        try:
            value = parse_decimal(text.strip(), locale=locale, strict=False)
        except NumberFormatError as exc:
            raise InvalidAmount(value=text) from exc
        digits = currency_precision(currency)
        if value != value.quantize(Decimal(1).scaleb(-digits)):
            raise InvalidAmount(value=text)
        return cls.from_decimal(value, currency)

    # --- reading ------------------------------------------------------------------

    @property
    def precision(self) -> int:
        return currency_precision(self.currency)

    def to_decimal(self) -> Decimal:
        return Decimal(self.minor).scaleb(-self.precision)

    def format(self, locale: str, *, show_currency: bool = True) -> str:
        """The amount as the user's locale writes it, e.g. ``1 234,56 €``."""
        if show_currency:
            return str(format_currency(self.to_decimal(), self.currency, locale=locale))
        return format_amount(self.minor, self.currency, locale)

    def __str__(self) -> str:
        return f"{self.to_decimal():f} {self.currency}"

    # --- arithmetic -------------------------------------------------------------

    def _check(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(left=self.currency, right=other.currency)

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __bool__(self) -> bool:
        return self.minor != 0

    def __lt__(self, other: Money) -> bool:
        self._check(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._check(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._check(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._check(other)
        return self.minor >= other.minor

    def is_negative(self) -> bool:
        return self.minor < 0

    def multiply(self, factor: Decimal | int | str, rounding: str = HALF_UP) -> Money:
        """This amount times an exact factor (a rate, a quantity), rounded by ``rounding``."""
        product = Decimal(self.minor) * to_decimal_strict(factor)
        return Money(int(product.quantize(Decimal(1), rounding=rounding)), self.currency)

    def percent(self, rate: Decimal | int | str, rounding: str = HALF_UP) -> Money:
        """``rate`` per cent of this amount (VAT at 20 → ``percent(20)``)."""
        return self.multiply(to_decimal_strict(rate) / 100, rounding)

    def convert(
        self, rate: Decimal | int | str, currency: str, rounding: str = HALF_UP
    ) -> Money:
        """This amount in another currency at ``rate`` units of it per unit of this one."""
        major = self.to_decimal() * to_decimal_strict(rate)
        return Money.from_decimal(major, currency, rounding)

    def allocate(self, ratios: Sequence[int]) -> list[Money]:
        """Split in proportion to integer ``ratios`` so that the parts sum to the whole.

        The remainder left by rounding down is handed out one minor unit at a time to
        the parts with the largest fractional share (ties: the earlier part), so
        100 split 1:1:1 gives 34, 33, 33.
        """
        if not ratios or any(r < 0 for r in ratios) or sum(ratios) == 0:
            raise ValueError("ratios must be non-negative with a positive sum")
        total = sum(ratios)
        sign = -1 if self.minor < 0 else 1
        whole = abs(self.minor)
        shares = [whole * r // total for r in ratios]
        remainders = [whole * r % total for r in ratios]
        left = whole - sum(shares)
        order = sorted(range(len(ratios)), key=lambda i: (-remainders[i], i))
        for index in order[:left]:
            shares[index] += 1
        return [Money(sign * share, self.currency) for share in shares]

    def split(self, parts: int) -> list[Money]:
        """Split into ``parts`` near-equal parts that sum to the whole."""
        return self.allocate([1] * parts)


def format_amount(minor: int, currency: str, locale: str) -> str:
    """An amount in the locale's number format with the currency's digits, no symbol."""
    digits = currency_precision(currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return str(
        format_currency(
            Decimal(minor).scaleb(-digits), currency, format=pattern, locale=locale,
            currency_digits=True,
        )
    )


def sum_money(amounts: Sequence[Money], currency: str) -> Money:
    """The sum of ``amounts`` (all in ``currency``); zero for none."""
    total = Money.zero(currency)
    for amount in amounts:
        total = total + amount
    return total
