"""Company settings kept in the ledger file, fiscal years, and creating a new ledger."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import ComptoirError
from app.ledger.chart_templates import load_template
from app.ledger.models import Account, Company, Journal
from app.money import currency_precision
from app.storage.ledger_file import LedgerFile, create_ledger_file

LANGUAGES = ("fr", "ro", "en")

#: The journals every ledger starts with: code → English name (translated on screen).
DEFAULT_JOURNALS = {
    "OD": "General",
    "BQ": "Bank",
    "CA": "Cash",
    "VT": "Sales",
    "AC": "Purchases",
    "AN": "Opening balances",
}


class InvalidSettings(ComptoirError):
    code = "company.invalid"
    template = "{field}: {reason}"


@dataclass(frozen=True)
class CompanySettings:
    name: str
    base_currency: str
    locale: str
    language: str
    chart_template: str
    fiscal_year_start_month: int = 1
    address: str = ""
    registration_id: str = ""
    vat_id: str = ""
    other_ids: str = ""
    logo: bytes | None = None
    lock_date: dt.date | None = None


def fiscal_year_of(day: dt.date, start_month: int) -> int:
    """The fiscal year a date falls in, named by the calendar year it starts in."""
    return day.year if day.month >= start_month else day.year - 1


def fiscal_year_bounds(year: int, start_month: int) -> tuple[dt.date, dt.date]:
    """First and last day of fiscal year ``year``."""
    start = dt.date(year, start_month, 1)
    end_year, end_month = (year + 1, start_month) if start_month > 1 else (year + 1, 1)
    return start, dt.date(end_year, end_month, 1) - dt.timedelta(days=1)


def validate_settings(settings: CompanySettings) -> None:
    if not settings.name.strip():
        raise InvalidSettings(field="name", reason="the company needs a name")
    currency_precision(settings.base_currency)
    if settings.language not in LANGUAGES:
        raise InvalidSettings(field="language", reason=f"one of {', '.join(LANGUAGES)}")
    if not 1 <= settings.fiscal_year_start_month <= 12:
        raise InvalidSettings(field="fiscal_year_start_month", reason="a month from 1 to 12")


def get_company(session: Session) -> CompanySettings:
    row = session.get(Company, 1)
    if row is None:
        raise InvalidSettings(field="company", reason="the ledger has no company settings")
    return CompanySettings(
        name=row.name, base_currency=row.base_currency, locale=row.locale,
        language=row.language, chart_template=row.chart_template,
        fiscal_year_start_month=row.fiscal_year_start_month, address=row.address,
        registration_id=row.registration_id, vat_id=row.vat_id, other_ids=row.other_ids,
        logo=row.logo, lock_date=row.lock_date,
    )


def update_company(session: Session, settings: CompanySettings) -> CompanySettings:
    """Change the editable settings. Currency, chart and fiscal year start are fixed
    once entries exist, since every posted amount and number depends on them."""
    validate_settings(settings)
    row = session.get(Company, 1)
    assert row is not None
    current = get_company(session)
    fixed = ("base_currency", "chart_template", "fiscal_year_start_month")
    for field in fixed:
        if getattr(settings, field) != getattr(current, field):
            raise InvalidSettings(field=field, reason="cannot change once the ledger exists")
    for field in ("name", "address", "registration_id", "vat_id", "other_ids", "locale",
                  "language", "logo"):
        setattr(row, field, getattr(settings, field))
    return get_company(session)


def create_company_ledger(path: Path, settings: CompanySettings) -> LedgerFile:
    """Create a new ledger file for a company, with its chart of accounts and journals."""
    validate_settings(settings)
    template = load_template(settings.chart_template)
    ledger = create_ledger_file(path)
    try:
        with ledger.unit_of_work() as session:
            session.add(Company(
                id=1, name=settings.name.strip(), address=settings.address,
                registration_id=settings.registration_id, vat_id=settings.vat_id,
                other_ids=settings.other_ids, base_currency=settings.base_currency,
                locale=settings.locale, language=settings.language,
                chart_template=settings.chart_template,
                fiscal_year_start_month=settings.fiscal_year_start_month,
                logo=settings.logo, lock_date=settings.lock_date,
                created_at=clock.now().replace(tzinfo=None),
            ))
            for code, name in DEFAULT_JOURNALS.items():
                session.add(Journal(code=code, name=name))
            # Ids are given up front (parents come first in the template), so the whole
            # chart goes in as one bulk insert.
            ids = {account.code: index for index, account in enumerate(template.accounts, 1)}
            session.execute(insert(Account), [
                {"id": ids[account.code], "code": account.code, "name": account.name,
                 "type": account.type, "role": account.role, "active": True,
                 "parent_id": ids[account.parent_code] if account.parent_code else None}
                for account in template.accounts
            ])
    except BaseException:
        ledger.close()
        path.unlink(missing_ok=True)
        raise
    return ledger


def with_lock_date(settings: CompanySettings, lock_date: dt.date | None) -> CompanySettings:
    return replace(settings, lock_date=lock_date)


def set_lock_date(session: Session, lock_date: dt.date | None) -> None:
    """Close the books up to ``lock_date`` (inclusive). Moving it back needs no entry."""
    row = session.get(Company, 1)
    assert row is not None
    row.lock_date = lock_date


def company_exists(session: Session) -> bool:
    return session.execute(select(Company.id)).first() is not None
