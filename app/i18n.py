"""Translation for text the app itself writes (documents, exports, the command line)
and locale-aware formatting of money, numbers and dates with babel.

The Qt interface uses Qt's own ``tr()``; this helper covers everything printed or
saved outside the widgets. Catalogs are JSON files in ``resources/i18n/<lang>.json``
mapping the English text to its translation; English is the source language.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from functools import cache
from typing import Any

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal

from app.money import Money, format_amount
from app.paths import resource_path

SOURCE_LANGUAGE = "en"


@cache
def _catalog(language: str) -> dict[str, str]:
    path = resource_path("i18n", f"{language}.json")
    if language == SOURCE_LANGUAGE or not path.exists():
        return {}
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def translate(text: str, language: str, **values: Any) -> str:
    """``text`` in ``language`` (the English text when no translation exists),
    with ``{placeholders}`` filled from ``values``."""
    translated = _catalog(language).get(text) or text
    return translated.format(**values) if values else translated


def format_money(amount: Money, locale: str) -> str:
    """``1 234,56 €`` in fr_FR, ``1.234,56 RON`` in ro_RO, ``€1,234.56`` in en_US."""
    return amount.format(locale)


def format_minor(minor: int, currency: str, locale: str) -> str:
    """An amount without its currency sign, for table columns: ``1 234,56``."""
    return format_amount(minor, currency, locale)


def format_date(day: dt.date, locale: str, style: str = "short") -> str:
    """A date as the locale writes it: ``23/11/2026`` (fr_FR), ``23.11.2026`` (ro_RO)."""
    return str(babel_format_date(day, format=style, locale=locale))


def format_number(value: Decimal | int, locale: str) -> str:
    return str(format_decimal(value, locale=locale))


def language_of(locale: str) -> str:
    """The language part of a locale: ``fr`` for ``fr_DZ``."""
    return locale.split("_")[0].split("-")[0]
