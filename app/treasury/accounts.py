"""Bank accounts and cash boxes: creating them (with their ledger account, their own
journal and an opening entry), editing what may change, and their balances.

Every balance is read from the journal lines of the account's ledger account, in the
account's own currency; nothing is stored as a total.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import (
    InactiveTreasuryAccount,
    InvalidMovement,
    TreasuryAccountNotFound,
    UnknownAccount,
)
from app.i18n import translate
from app.ledger.accounts import account_for_role, add_account, get_account
from app.ledger.company import get_company
from app.ledger.journals import create_journal, next_free_journal_code
from app.ledger.models import Account, JournalLine
from app.ledger.posting import LineInput, post_entry
from app.money import Money, currency_precision
from app.treasury.identifiers import (
    normalise_algerian_rib,
    normalise_bic,
    normalise_iban,
)
from app.treasury.models import Movement, TreasuryAccount

KINDS = ("bank", "cash")


@dataclass(frozen=True)
class TreasuryAccountView:
    id: int
    kind: str
    name: str
    bank_name: str
    iban: str
    bic: str
    national_number: str
    currency: str
    account_code: str
    journal: str
    opening_date: dt.date
    keeper: str
    cash_limit: int | None
    active: bool
    balance: int

    @property
    def label(self) -> str:
        return f"{self.name} ({self.currency})"


@dataclass(frozen=True)
class NewTreasuryAccount:
    kind: str
    name: str
    currency: str
    opening_date: dt.date
    opening_balance: int = 0
    #: Base-currency units per unit of ``currency`` for the opening entry (foreign only).
    opening_rate: Decimal | None = None
    bank_name: str = ""
    iban: str = ""
    bic: str = ""
    national_number: str = ""
    #: An existing postable ledger account; a new sub-account is opened when omitted.
    ledger_account: str | None = None
    keeper: str = ""
    cash_limit: int | None = None


def _parent_role(kind: str, foreign: bool) -> tuple[str, str]:
    if kind == "bank":
        return ("bank_currency", "bank") if foreign else ("bank", "bank")
    return ("cash_currency", "cash") if foreign else ("cash", "cash")


def _open_sub_account(session: Session, kind: str, name: str, foreign: bool) -> str:
    """A new sub-account for the treasury account: 5121, 5122… under 512 (or the
    chart's foreign-currency parent, e.g. Romania's 5124)."""
    preferred, fallback = _parent_role(kind, foreign)
    try:
        parent = account_for_role(session, preferred)
    except UnknownAccount:
        parent = account_for_role(session, fallback)
    taken = set(session.execute(
        select(Account.code).where(Account.code.like(parent.code + "%"))).scalars())
    for width in (1, 2, 3):
        for number in range(1, 10 ** width):
            code = f"{parent.code}{number:0{width}d}"
            if code not in taken:
                return add_account(session, code=code, name=name).code
    raise InvalidMovement(field="ledger_account", reason="no free sub-account code")


def _check_identifiers(data: NewTreasuryAccount) -> tuple[str, str, str]:
    iban = normalise_iban(data.iban) if data.iban.strip() else ""
    bic = normalise_bic(data.bic) if data.bic.strip() else ""
    national = data.national_number.strip()
    if national and (iban.startswith("DZ") or not iban) and len(national.replace(" ", "")) == 20:
        national = normalise_algerian_rib(national)
    return iban, bic, national


def _use_existing_account(session: Session, code: str) -> str:
    account = get_account(session, code)
    if not account.postable or not account.code.startswith("5"):
        raise InvalidMovement(field="ledger_account",
                              reason=f"{code} is not a postable class-5 account")
    in_use = session.execute(select(TreasuryAccount.id).where(
        TreasuryAccount.account_id == account.id)).first()
    if in_use:
        raise InvalidMovement(field="ledger_account",
                              reason=f"{code} already belongs to another account")
    return account.code


def create_treasury_account(session: Session, data: NewTreasuryAccount) -> TreasuryAccountView:
    """Open a bank account or cash box, with its ledger account, its own journal and,
    if it starts with money, an opening entry against the opening-balance account."""
    if data.kind not in KINDS:
        raise InvalidMovement(field="kind", reason="bank or cash")
    if not data.name.strip():
        raise InvalidMovement(field="name", reason="the account needs a name")
    currency_precision(data.currency)
    if data.kind == "cash" and data.opening_balance < 0:
        raise InvalidMovement(field="opening_balance", reason="a cash box cannot start below zero")
    if data.cash_limit is not None and data.cash_limit < 0:
        raise InvalidMovement(field="cash_limit", reason="the limit cannot be negative")
    iban, bic, national = _check_identifiers(data)
    base = get_company(session).base_currency
    foreign = data.currency != base
    code = (_use_existing_account(session, data.ledger_account) if data.ledger_account
            else _open_sub_account(session, data.kind, data.name.strip(), foreign))
    ledger_account = session.execute(select(Account).where(Account.code == code)).scalar_one()
    ledger_account.currency = data.currency
    journal = create_journal(
        session, code=next_free_journal_code(session, "BQ" if data.kind == "bank" else "CA"),
        name=data.name.strip())
    row = TreasuryAccount(
        kind=data.kind, name=data.name.strip(), bank_name=data.bank_name.strip(), iban=iban,
        bic=bic, national_number=national, currency=data.currency,
        account_id=ledger_account.id, journal_code=journal.code,
        opening_date=data.opening_date, keeper=data.keeper.strip(), cash_limit=data.cash_limit,
        created_at=clock.now().replace(tzinfo=None),
    )
    session.add(row)
    session.flush()
    if data.opening_balance:
        _post_opening(session, row, code, data, foreign)
    return get_treasury_account(session, row.id)


def _post_opening(session: Session, row: TreasuryAccount, code: str,
                  data: NewTreasuryAccount, foreign: bool) -> None:
    if foreign and data.opening_rate is None:
        raise InvalidMovement(field="opening_rate",
                              reason=f"an opening balance in {data.currency} needs a rate")
    amount = abs(data.opening_balance)
    rate = data.opening_rate if foreign else None
    base_amount = (Money(amount, data.currency).convert(rate, get_company(session).base_currency)
                   .minor if rate is not None else amount)
    counterpart = account_for_role(session, "opening_balance").code
    treasury_line = LineInput(code, currency=data.currency, rate=rate, label=data.name,
                              **({"debit": amount} if data.opening_balance > 0
                                 else {"credit": amount}))
    other_line = LineInput(counterpart, label=data.name,
                           **({"credit": base_amount} if data.opening_balance > 0
                              else {"debit": base_amount}))
    label = translate("Opening balance {name}", get_company(session).language, name=data.name)
    entry = post_entry(session, journal="AN", date=data.opening_date, label=label,
               lines=[treasury_line, other_line], source="treasury.opening")
    line = entry.lines[0]
    # The opening is a movement too, so registers and the dashboard need no special case.
    session.add(Movement(
        treasury_account_id=row.id, entry_id=entry.id, kind="opening",
        direction="in" if data.opening_balance > 0 else "out", date=data.opening_date,
        counterparty=label, currency=data.currency, net=amount, total=amount,
        base_debit=line.base_debit, base_credit=line.base_credit, payment_method="transfer"))
    session.flush()


def _view(session: Session, row: TreasuryAccount, balance: int | None = None
          ) -> TreasuryAccountView:
    account = session.get(Account, row.account_id)
    assert account is not None
    return TreasuryAccountView(
        id=row.id, kind=row.kind, name=row.name, bank_name=row.bank_name, iban=row.iban,
        bic=row.bic, national_number=row.national_number, currency=row.currency,
        account_code=account.code, journal=row.journal_code, opening_date=row.opening_date,
        keeper=row.keeper, cash_limit=row.cash_limit, active=row.active,
        balance=balance if balance is not None else ledger_balance(session, row.account_id),
    )


def ledger_balance(session: Session, account_id: int, as_of: dt.date | None = None) -> int:
    """Debit minus credit of a treasury account's lines, in the account's currency."""
    query = select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0)).where(
        JournalLine.account_id == account_id)
    if as_of is not None:
        query = query.where(JournalLine.entry_date <= as_of)
    return int(session.execute(query).scalar_one())


def treasury_account_row(session: Session, treasury_account_id: int) -> TreasuryAccount:
    row = session.get(TreasuryAccount, treasury_account_id)
    if row is None:
        raise TreasuryAccountNotFound(account=treasury_account_id)
    return row


def get_treasury_account(session: Session, treasury_account_id: int,
                         as_of: dt.date | None = None) -> TreasuryAccountView:
    row = treasury_account_row(session, treasury_account_id)
    return _view(session, row, ledger_balance(session, row.account_id, as_of))


def active_row(session: Session, treasury_account_id: int) -> TreasuryAccount:
    """The account, refusing a closed one (for recording movements)."""
    row = treasury_account_row(session, treasury_account_id)
    if not row.active:
        raise InactiveTreasuryAccount(account=row.name)
    return row


def list_treasury_accounts(session: Session, *, include_inactive: bool = False,
                           as_of: dt.date | None = None) -> list[TreasuryAccountView]:
    """Bank accounts first, then cash boxes, each with its balance (one grouped query)."""
    query = select(JournalLine.account_id, func.sum(JournalLine.debit - JournalLine.credit)
                   ).group_by(JournalLine.account_id).where(
        JournalLine.account_id.in_(select(TreasuryAccount.account_id)))
    if as_of is not None:
        query = query.where(JournalLine.entry_date <= as_of)
    balances = {account_id: int(total) for account_id, total in session.execute(query)}
    rows = session.execute(select(TreasuryAccount).order_by(
        TreasuryAccount.kind, TreasuryAccount.name)).scalars()
    return [_view(session, row, balances.get(row.account_id, 0)) for row in rows
            if include_inactive or row.active]


def update_treasury_account(
    session: Session, *, treasury_account_id: int, name: str, bank_name: str = "",
    iban: str = "", bic: str = "", keeper: str = "", cash_limit: int | None = None,
    active: bool = True,
) -> TreasuryAccountView:
    """Change what may change after opening: names, identifiers, keeper, limit, status."""
    row = treasury_account_row(session, treasury_account_id)
    if not name.strip():
        raise InvalidMovement(field="name", reason="the account needs a name")
    row.name = name.strip()
    row.bank_name = bank_name.strip()
    row.iban = normalise_iban(iban) if iban.strip() else ""
    row.bic = normalise_bic(bic) if bic.strip() else ""
    row.keeper = keeper.strip()
    if cash_limit is not None and cash_limit < 0:
        raise InvalidMovement(field="cash_limit", reason="the limit cannot be negative")
    row.cash_limit = cash_limit
    row.active = active
    session.flush()
    return get_treasury_account(session, row.id)


def find_treasury_account(session: Session, reference: str) -> TreasuryAccountView:
    """A bank account or cash box by its ledger account code (``5121``), its journal
    (``BQ1``) or its exact name, as typed on the command line."""
    reference = reference.strip()
    for account in list_treasury_accounts(session, include_inactive=True):
        if reference in (account.account_code, account.journal, account.name):
            return account
    raise TreasuryAccountNotFound(account=reference)
