"""What every Excel and CSV export shares: safe text cells, amounts as real numbers with
the currency's digits, dates as real dates in the locale's order, and writing to a
temporary file that only replaces the target once complete."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel.dates import get_date_format
from babel.numbers import get_decimal_symbol

from app.errors import ComptoirError
from app.money import currency_precision

# A cell starting with one of these is read as a formula by spreadsheet programs.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ExportCancelled(ComptoirError):
    code = "export.cancelled"
    template = "The export was cancelled; no file was written"


class ExportFailed(ComptoirError):
    code = "export.failed"
    template = "Could not write {path}: {problem}"


def safe_text(value: str) -> str:
    """Text that cannot become a formula: a leading = + - @ is escaped with a quote."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def amount_value(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-currency_precision(currency))


def amount_format(currency: str) -> str:
    digits = currency_precision(currency)
    return "#,##0" + ("." + "0" * digits if digits else "") + ";-#,##0" + (
        "." + "0" * digits if digits else "")


def excel_date_format(locale: str) -> str:
    """The locale's short date order as an Excel number format (``DD/MM/YYYY``)."""
    pattern = get_date_format("short", locale=locale).pattern
    pattern = re.sub(r"y+", "YYYY", pattern)
    pattern = re.sub(r"d+", lambda m: "DD" if len(m.group()) > 1 else "D", pattern)
    return re.sub(r"M+", lambda m: "MM" if len(m.group()) > 1 else "M", pattern)


def csv_separator(locale: str) -> str:
    """';' where the decimal mark is a comma (so Excel in fr/ro opens it in columns)."""
    return ";" if get_decimal_symbol(locale) == "," else ","


def csv_amount(minor: int, currency: str, locale: str) -> str:
    text = format(amount_value(minor, currency), "f")
    return text.replace(".", get_decimal_symbol(locale))


def csv_cell(value: Any, locale: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return safe_text(value)
    return "" if value is None else str(value)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; renamed over it only if the block succeeds."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".comptoir-export-", suffix=path.suffix,
                                         dir=path.parent)
    os.close(handle)
    try:
        yield Path(temporary)
        # mkstemp makes the file private (0600); an export gets the usual permissions.
        os.chmod(temporary, 0o666 & ~_current_umask())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_csv(path: Path, rows: Sequence[Sequence[str]], locale: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=csv_separator(locale)).writerows(rows)
