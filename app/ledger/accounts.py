"""The chart of accounts: reading it, adding, renaming and deactivating accounts,
and balances at a date, summed in the database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import (
    AccountHasBalance,
    DuplicateAccount,
    InvalidAccountCode,
    NoParentAccount,
    UnknownAccount,
)
from app.ledger.chart_templates import ACCOUNT_TYPES
from app.ledger.company import get_company
from app.ledger.models import Account, JournalLine
from app.money import Money


@dataclass(frozen=True)
class AccountView:
    id: int
    code: str
    name: str
    type: str
    parent_code: str | None
    role: str | None
    active: bool
    has_children: bool

    @property
    def is_heading(self) -> bool:
        return is_heading_account(self.code, self.has_children)

    @property
    def postable(self) -> bool:
        return self.active and not self.is_heading


@dataclass(frozen=True)
class AccountBalance:
    code: str
    name: str
    debit: int
    credit: int

    @property
    def balance(self) -> int:
        """Debit minus credit, in base minor units."""
        return self.debit - self.credit


def is_heading_account(code: str, has_children: bool) -> bool:
    """Class (1-digit) and chapter (2-digit) accounts with sub-accounts only group others.

    Accounts of three digits and more stay postable even with sub-accounts: French
    practice posts to 411 while 4111 exists, and a leaf like 58 is posted to directly.
    """
    return has_children and len(code) <= 2


def list_accounts(session: Session, *, include_inactive: bool = True) -> list[AccountView]:
    """Every account in code order."""
    rows = session.execute(select(Account).order_by(Account.code)).scalars().all()
    by_id = {row.id: row for row in rows}
    parents = {row.parent_id for row in rows if row.parent_id is not None}
    return [
        AccountView(
            id=row.id, code=row.code, name=row.name, type=row.type,
            parent_code=by_id[row.parent_id].code if row.parent_id else None,
            role=row.role, active=row.active, has_children=row.id in parents,
        )
        for row in rows
        if include_inactive or row.active
    ]


def postable_accounts(session: Session) -> list[AccountView]:
    return [account for account in list_accounts(session) if account.postable]


def account_for_role(session: Session, role: str) -> AccountView:
    row = session.execute(select(Account).where(Account.role == role)).scalar_one_or_none()
    if row is None:
        raise UnknownAccount(account=role)
    return _view(session, row)


def codes_for_roles(session: Session, *roles: str) -> dict[str, str]:
    """The codes of the accounts holding ``roles``, in one query: what posting code
    needs on every document, without :func:`account_for_role`'s full view."""
    found: dict[str | None, str] = {role: code for role, code in session.execute(
        select(Account.role, Account.code).where(Account.role.in_(roles)))}
    for role in roles:
        if role not in found:
            raise UnknownAccount(account=role)
    return {role: found[role] for role in roles}


def get_account(session: Session, code: str) -> AccountView:
    row = session.execute(select(Account).where(Account.code == code)).scalar_one_or_none()
    if row is None:
        raise UnknownAccount(account=code)
    return _view(session, row)


def _view(session: Session, row: Account) -> AccountView:
    parent = session.get(Account, row.parent_id) if row.parent_id else None
    has_children = session.execute(
        select(func.count()).select_from(Account).where(Account.parent_id == row.id)
    ).scalar_one() > 0
    return AccountView(row.id, row.code, row.name, row.type, parent.code if parent else None,
                       row.role, row.active, has_children)


def _parent_for(session: Session, code: str) -> Account | None:
    """The account whose code is the longest proper prefix of ``code``."""
    for length in range(len(code) - 1, 0, -1):
        parent = session.execute(
            select(Account).where(Account.code == code[:length])).scalar_one_or_none()
        if parent is not None:
            return parent
    return None


def add_account(session: Session, *, code: str, name: str, type: str | None = None
                ) -> AccountView:
    """Add a sub-account under the account whose code is its longest prefix.
    Its type defaults to the parent's."""
    code = code.strip()
    if not code.isdigit() or code[0] not in "12345678":
        raise InvalidAccountCode(account=code)
    if session.execute(select(Account.id).where(Account.code == code)).first():
        raise DuplicateAccount(account=code)
    if not name.strip():
        raise InvalidAccountCode(account=code)
    parent = _parent_for(session, code)
    if parent is None:
        raise NoParentAccount(account=code)
    account_type = type or parent.type
    if account_type not in ACCOUNT_TYPES:
        raise InvalidAccountCode(account=code)
    row = Account(code=code, name=name.strip(), type=account_type, parent_id=parent.id)
    session.add(row)
    session.flush()
    return _view(session, row)


def rename_account(session: Session, *, code: str, name: str) -> AccountView:
    row = session.execute(select(Account).where(Account.code == code)).scalar_one_or_none()
    if row is None:
        raise UnknownAccount(account=code)
    if not name.strip():
        raise InvalidAccountCode(account=code)
    row.name = name.strip()
    session.flush()
    return _view(session, row)


def set_account_active(session: Session, *, code: str, active: bool) -> AccountView:
    """Deactivate (or reactivate) an account. An account with money on it stays active,
    so nothing can vanish from the balance sheet."""
    row = session.execute(select(Account).where(Account.code == code)).scalar_one_or_none()
    if row is None:
        raise UnknownAccount(account=code)
    if not active:
        debit, credit = session.execute(
            select(func.coalesce(func.sum(JournalLine.base_debit), 0),
                   func.coalesce(func.sum(JournalLine.base_credit), 0))
            .where(JournalLine.account_id == row.id)).one()
        if debit != credit:
            currency = get_company(session).base_currency
            raise AccountHasBalance(account=code, balance=Money(debit - credit, currency))
    row.active = active
    session.flush()
    return _view(session, row)


def account_balances(
    session: Session, *, as_of: dt.date | None = None, date_from: dt.date | None = None
) -> dict[str, AccountBalance]:
    """Debit and credit totals per account code over ``[date_from, as_of]``, with every
    parent holding the sum of its sub-accounts. Summed in SQL from the covering index."""
    query = select(JournalLine.account_id, func.sum(JournalLine.base_debit),
                   func.sum(JournalLine.base_credit)).group_by(JournalLine.account_id)
    if as_of is not None:
        query = query.where(JournalLine.entry_date <= as_of)
    if date_from is not None:
        query = query.where(JournalLine.entry_date >= date_from)
    own = {row[0]: (int(row[1]), int(row[2])) for row in session.execute(query)}
    accounts = session.execute(select(Account.id, Account.code, Account.name,
                                      Account.parent_id)).all()
    totals: dict[int, list[int]] = {acc.id: [0, 0] for acc in accounts}
    parent_of = {acc.id: acc.parent_id for acc in accounts}
    for account_id, (debit, credit) in own.items():
        node: int | None = account_id
        while node is not None:
            totals[node][0] += debit
            totals[node][1] += credit
            node = parent_of[node]
    return {
        acc.code: AccountBalance(acc.code, acc.name, totals[acc.id][0], totals[acc.id][1])
        for acc in accounts
    }
