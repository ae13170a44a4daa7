"""Chart-of-accounts templates shipped in ``resources/charts``.

``templates.json`` lists the templates; each one points to a UTF-8 CSV with
``;`` separators and the header ``code;name;type;role``. Each CSV follows its
country's official nomenclature: the French PCG (règlement ANC 2014-03, as
amended by ANC 2022-06 for years opened from 2025), the Algerian SCF (arrêté du
26 juillet 2008) and the Romanian plan de conturi (OMFP 1802/2014, as amended).

A *role* names the account that the app posts to automatically (bank, VAT
collected, exchange gain...). Each role sits on exactly one account of each
template, so posting code asks for a role and never hard-codes a country's
account numbers.

Opening balances (role ``opening_balance``) go to each chart's suspense account:
FR 471 "Compte d'attente", DZ 47 "Comptes transitoires ou d'attente", RO 473
"Decontări din operațiuni în curs de clarificare". We do not use the class-8
opening accounts (FR 890 "Bilan d'ouverture", RO 891 "Bilanț de deschidere";
the SCF has none). A complete opening entry leaves the suspense account at
zero. An incomplete one leaves a balance in the trial balance that the
accountant has to clear, where a class-8 account would hide it off the
balance sheet. This choice also keeps every template within classes 1 to 7.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import resource_path

ACCOUNT_TYPES: tuple[str, ...] = ("asset", "liability", "equity", "income", "expense")

ROLES: tuple[str, ...] = (
    "bank",
    "cash",
    "internal_transfers",
    "customers",
    "doubtful_customers",
    "bills_receivable",
    "suppliers",
    "wages_due",
    "staff_advances",
    "expense_notes",
    "vat_deductible",
    "vat_collected",
    "vat_awaiting",
    "vat_payable",
    "vat_credit",
    "stamp_duty",
    "bank_fees",
    "exchange_gain",
    "exchange_loss",
    "sales_goods",
    "sales_services",
    "purchases_goods",
    "other_income",
    "other_expense",
    "opening_balance",
    "retained_earnings",
    "result",
    "other_taxes_payable",
)

#: Roles a template may give: where a chart has a dedicated parent for foreign-currency
#: bank accounts and cash boxes (Romania: 5124, 5314). Otherwise bank and cash serve.
OPTIONAL_ROLES: tuple[str, ...] = ("bank_currency", "cash_currency")

CHARTS_DIR = "charts"
INDEX_FILE = "templates.json"
CSV_HEADER: tuple[str, ...] = ("code", "name", "type", "role")

# ASCII digits only: str.isdigit() would also accept "²" or Arabic-Indic digits.
_CODE_PATTERN = re.compile(r"[0-9]+")


@dataclass(frozen=True)
class TemplateInfo:
    """One entry of ``templates.json``: what the ledger-creation wizard shows."""

    id: str
    country: str
    names: dict[str, str]
    default_currency: str
    default_locale: str

    def name_in(self, language: str) -> str:
        """The template's name in ``language``, else in English, else any."""
        return self.names.get(language) or self.names.get("en") or next(iter(self.names.values()))


@dataclass(frozen=True)
class TemplateAccount:
    """One account of a template. ``parent_code`` is None for class rows."""

    code: str
    name: str
    type: str
    role: str | None
    parent_code: str | None


@dataclass(frozen=True)
class ChartTemplate:
    """A template's accounts, in file order (which is code order)."""

    info: TemplateInfo
    accounts: tuple[TemplateAccount, ...]

    def account_for_role(self, role: str) -> TemplateAccount:
        for account in self.accounts:
            if account.role == role:
                return account
        raise KeyError(f"chart template {self.info.id!r} has no account with role {role!r}")


@dataclass(frozen=True)
class _IndexEntry:
    info: TemplateInfo
    file: str


@dataclass(frozen=True)
class _Row:
    line: int
    code: str
    name: str
    type: str
    role: str | None


def list_templates() -> list[TemplateInfo]:
    """Every shipped template, in the order of ``templates.json``."""
    return [entry.info for entry in _read_index()]


def load_template(template_id: str) -> ChartTemplate:
    """Load and validate a shipped template. Raises KeyError for an unknown id."""
    for entry in _read_index():
        if entry.info.id == template_id:
            return load_template_file(entry.info, resource_path(CHARTS_DIR, entry.file))
    raise KeyError(f"unknown chart template {template_id!r}")


def load_template_file(info: TemplateInfo, path: Path) -> ChartTemplate:
    """Load and validate the CSV at ``path``; errors name the file and line."""
    rows = _read_rows(path)
    _check_unique_codes(path, rows)
    _check_roles(path, rows)
    codes = {row.code for row in rows}
    accounts = tuple(
        TemplateAccount(row.code, row.name, row.type, row.role, _parent_code(row.code, codes))
        for row in rows
    )
    return ChartTemplate(info, accounts)


def _read_index() -> list[_IndexEntry]:
    path = resource_path(CHARTS_DIR, INDEX_FILE)
    with path.open(encoding="utf-8") as handle:
        entries = json.load(handle)
    return [_index_entry(path, number, entry) for number, entry in enumerate(entries, start=1)]


def _index_entry(path: Path, number: int, entry: Any) -> _IndexEntry:
    try:
        info = TemplateInfo(
            id=entry["id"],
            country=entry["country"],
            names=dict(entry["name"]),
            default_currency=entry["default_currency"],
            default_locale=entry["default_locale"],
        )
        return _IndexEntry(info, entry["file"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: template #{number} is malformed ({exc!r})") from exc


def _read_rows(path: Path) -> list[_Row]:
    # utf-8-sig: a byte-order mark added by a spreadsheet must not break the header check.
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        header = next(reader, [])
        if tuple(header) != CSV_HEADER:
            raise _error(path, 1, f"the header must be {';'.join(CSV_HEADER)!r}")
        # line_num is the physical line just read, so errors point at the right line.
        return [_parse_row(path, reader.line_num, fields) for fields in reader]


def _parse_row(path: Path, line: int, fields: list[str]) -> _Row:
    if len(fields) != len(CSV_HEADER):
        raise _error(path, line, f"expected {len(CSV_HEADER)} fields, found {len(fields)}")
    code, name, account_type, role = (field.strip() for field in fields)
    if not _CODE_PATTERN.fullmatch(code):
        raise _error(path, line, f"the account code {code!r} must contain digits only")
    if not name:
        raise _error(path, line, f"account {code} has no name")
    if account_type not in ACCOUNT_TYPES:
        allowed = ", ".join(ACCOUNT_TYPES)
        raise _error(path, line, f"account {code} has type {account_type!r}, not one of {allowed}")
    if role and role not in ROLES and role not in OPTIONAL_ROLES:
        raise _error(path, line, f"account {code} has an unknown role {role!r}")
    return _Row(line, code, name, account_type, role or None)


def _check_unique_codes(path: Path, rows: list[_Row]) -> None:
    first_line: dict[str, int] = {}
    for row in rows:
        if row.code in first_line:
            message = f"account {row.code} is already defined on line {first_line[row.code]}"
            raise _error(path, row.line, message)
        first_line[row.code] = row.line


def _check_roles(path: Path, rows: list[_Row]) -> None:
    first_line: dict[str, int] = {}
    for row in rows:
        if row.role is None:
            continue
        if row.role in first_line:
            message = f"role {row.role!r} is already on the account of line {first_line[row.role]}"
            raise _error(path, row.line, message)
        first_line[row.role] = row.line
    missing = [role for role in ROLES if role not in first_line]
    if missing:
        raise ValueError(f"{path}: no account has the role(s) {', '.join(missing)}")


def _parent_code(code: str, codes: set[str]) -> str | None:
    """The longest proper prefix of ``code`` that is itself an account."""
    for length in range(len(code) - 1, 0, -1):
        if code[:length] in codes:
            return code[:length]
    return None


def _error(path: Path, line: int, message: str) -> ValueError:
    return ValueError(f"{path}:{line}: {message}")
