"""Treasury categories: the small editable list that maps money in or out to an
income or expense account, with the usual VAT rate."""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidMovement, UnknownAccount
from app.i18n import translate
from app.ledger.accounts import AccountView, account_for_role, get_account, postable_accounts
from app.ledger.company import get_company
from app.ledger.models import Account
from app.money import to_decimal_strict
from app.paths import resource_path
from app.treasury.models import Category

DIRECTIONS = ("in", "out")


@dataclass(frozen=True)
class CategoryView:
    id: int
    name: str
    direction: str
    account_code: str
    account_name: str
    vat_rate: Decimal
    active: bool


@cache
def _defaults() -> dict[str, list[dict[str, str]]]:
    data: dict[str, list[dict[str, str]]] = json.loads(
        resource_path("treasury", "default_categories.json").read_text(encoding="utf-8"))
    return data


def ensure_default_categories(session: Session) -> None:
    """Give a ledger its starting categories, once, in the company's language."""
    if session.execute(select(Category.id).limit(1)).first():
        return
    company = get_company(session)
    for item in _defaults().get(company.chart_template, []):
        try:
            code = (account_for_role(session, item["role"]).code if "role" in item
                    else get_account(session, item["account"]).code)
        except UnknownAccount:
            continue  # a chart without that account simply starts without the category
        add_category(session, name=translate(item["name"], company.language),
                     direction=item["direction"], account_code=code,
                     vat_rate=Decimal(item["vat_rate"]))


def _view(session: Session, row: Category) -> CategoryView:
    account = session.get(Account, row.account_id)
    assert account is not None
    return CategoryView(row.id, row.name, row.direction, account.code, account.name,
                        Decimal(row.vat_rate), row.active)


def _check(direction: str, vat_rate: Decimal) -> None:
    if direction not in DIRECTIONS:
        raise InvalidMovement(field="direction", reason="in or out")
    if not Decimal(0) <= to_decimal_strict(vat_rate) < Decimal(100):
        raise InvalidMovement(field="vat_rate", reason="a rate from 0 to 100")


def is_category_account(account: AccountView) -> bool:
    """Money in or out is booked to income, expenses or a third party (class 4 in every
    chart Comptoir ships: customers, suppliers, staff, taxes), never to another bank."""
    return account.type in ("income", "expense") or account.code.startswith("4")


def category_accounts(session: Session) -> list[AccountView]:
    """The accounts a category may be mapped to: postable income, expense and
    third-party accounts, by code."""
    return [account for account in postable_accounts(session) if is_category_account(account)]


def _postable(session: Session, code: str) -> int:
    account = get_account(session, code)
    if not account.postable:
        raise InvalidMovement(field="account", reason=f"{code} cannot be posted to")
    if not is_category_account(account):
        raise InvalidMovement(field="account",
                              reason=f"{code} is not an income, expense or third-party account")
    return account.id


def add_category(session: Session, *, name: str, direction: str, account_code: str,
                 vat_rate: Decimal = Decimal(0)) -> CategoryView:
    _check(direction, vat_rate)
    if not name.strip():
        raise InvalidMovement(field="name", reason="the category needs a name")
    row = Category(name=name.strip(), direction=direction,
                   account_id=_postable(session, account_code),
                   vat_rate=format(to_decimal_strict(vat_rate).normalize(), "f"))
    session.add(row)
    session.flush()
    return _view(session, row)


def update_category(session: Session, *, category_id: int, name: str, account_code: str,
                    vat_rate: Decimal, active: bool = True) -> CategoryView:
    """Rename, remap or retire a category. Posted movements keep the account they were
    posted to: the change applies from the next movement. The account is checked when it
    changes or the category is (re)activated, so a category whose account was closed
    can still be retired."""
    row = get_category_row(session, category_id)
    _check(row.direction, vat_rate)
    if not name.strip():
        raise InvalidMovement(field="name", reason="the category needs a name")
    current = session.get(Account, row.account_id)
    if active or current is None or current.code != account_code:
        row.account_id = _postable(session, account_code)
    row.name = name.strip()
    row.vat_rate = format(to_decimal_strict(vat_rate).normalize(), "f")
    row.active = active
    session.flush()
    return _view(session, row)


def get_category_row(session: Session, category_id: int) -> Category:
    row = session.get(Category, category_id)
    if row is None:
        raise InvalidMovement(field="category", reason=f"no category {category_id}")
    return row


def get_category(session: Session, category_id: int) -> CategoryView:
    return _view(session, get_category_row(session, category_id))


def list_categories(session: Session, *, direction: str | None = None,
                    include_inactive: bool = False) -> list[CategoryView]:
    """Money in first, then money out, each by name."""
    query = select(Category).order_by(Category.direction, Category.name)
    if direction is not None:
        query = query.where(Category.direction == direction)
    return [_view(session, row) for row in session.execute(query).scalars()
            if include_inactive or row.active]
