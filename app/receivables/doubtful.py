"""Doubtful customers (clients douteux / clienți incerți): a customer whose debt is in
doubt has its receivable moved from the customers account (411 / 4111) to the doubtful
account (416 / 4118) by one entry in the general journal, its partner kept on both
lines. From that day on the customer's invoices, payments and refunds post to the
doubtful account (:func:`app.receivables.customers.receivable_account`), so the
customer's whole balance is always on one account.

Not done here: the provision for doubtful debts (491 / 6817), writing a lost debt off
(654 with its VAT regularisation), and bringing a customer back from doubtful.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import CustomerAlreadyDoubtful, ReceivablesError
from app.i18n import translate
from app.ledger.accounts import account_for_role, get_account
from app.ledger.company import get_company
from app.ledger.models import JournalEntry, JournalLine
from app.ledger.posting import LineInput, post_entry
from app.receivables.customers import doubtful_since, get_customer
from app.receivables.models import (
    Collection,
    CollectionCancellation,
    CustomerInvoice,
    CustomerRefund,
    DoubtfulTransfer,
    ReceivableMatch,
)

GENERAL_JOURNAL = "OD"


@dataclass(frozen=True)
class DoubtfulView:
    customer_id: int
    date: dt.date
    #: What moved to the doubtful account (negative: a credit balance moved).
    amount: int
    entry_id: int | None
    entry_number: str | None


def last_document_date(session: Session, customer_id: int) -> dt.date | None:
    """The latest date of anything recorded for the customer."""
    dates = [
        session.execute(select(func.max(column)).where(condition)).scalar_one()
        for column, condition in (
            (CustomerInvoice.date, CustomerInvoice.customer_id == customer_id),
            (Collection.date, Collection.customer_id == customer_id),
            (CustomerRefund.date, CustomerRefund.customer_id == customer_id),
            (ReceivableMatch.date, ReceivableMatch.customer_id == customer_id),
            (CollectionCancellation.date, CollectionCancellation.collection_id.in_(
                select(Collection.id).where(Collection.customer_id == customer_id))),
        )
    ]
    known = [day for day in dates if day is not None]
    return max(known) if known else None


def partner_balance(session: Session, *, account_code: str, partner_id: int,
                    as_of: dt.date | None = None) -> int:
    """Debit minus credit of a partner's lines on one account (as of a date)."""
    account_id = get_account(session, account_code).id
    query = select(func.coalesce(func.sum(JournalLine.base_debit - JournalLine.base_credit),
                                 0)).where(JournalLine.account_id == account_id,
                                           JournalLine.partner_id == partner_id)
    if as_of is not None:
        query = query.where(JournalLine.entry_date <= as_of)
    return int(session.execute(query).scalar_one())


def mark_doubtful(session: Session, *, customer_id: int, date: dt.date) -> DoubtfulView:
    """Transfer the customer's balance on the customers account to the doubtful account
    as of ``date`` (no entry when it is nil) and mark the customer doubtful. The date may
    not precede anything already recorded for the customer."""
    customer = get_customer(session, customer_id)
    since = doubtful_since(session, customer_id)
    if since is not None:
        raise CustomerAlreadyDoubtful(customer=customer.name, date=since.isoformat())
    last = last_document_date(session, customer_id)
    if last is not None and date < last:
        raise ReceivablesError(field="date", reason=(
            f"on or after the customer's last document ({last.isoformat()})"))
    customers = account_for_role(session, "customers").code
    doubtful = account_for_role(session, "doubtful_customers").code
    amount = partner_balance(session, account_code=customers, partner_id=customer.partner_id,
                             as_of=date)
    entry_id = entry_number = None
    if amount:
        language = get_company(session).language
        label = translate("Transfer to doubtful customers: {name}", language,
                          name=customer.name)
        debit, credit = (doubtful, customers) if amount > 0 else (customers, doubtful)
        entry = post_entry(
            session, journal=GENERAL_JOURNAL, date=date, label=label,
            source="receivables.doubtful",
            lines=[LineInput(debit, debit=abs(amount), label=label,
                             partner_id=customer.partner_id),
                   LineInput(credit, credit=abs(amount), label=label,
                             partner_id=customer.partner_id)])
        entry_id, entry_number = entry.id, entry.number
    session.add(DoubtfulTransfer(customer_id=customer_id, date=date, entry_id=entry_id,
                                 amount=amount, created_at=clock.now().replace(tzinfo=None)))
    session.flush()
    return DoubtfulView(customer_id, date, amount, entry_id, entry_number)


def get_doubtful(session: Session, customer_id: int) -> DoubtfulView | None:
    """The customer's transfer to doubtful customers, if it was made."""
    row = session.execute(select(DoubtfulTransfer).where(
        DoubtfulTransfer.customer_id == customer_id)).scalar_one_or_none()
    if row is None:
        return None
    number = None
    if row.entry_id is not None:
        number = session.execute(select(JournalEntry.number).where(
            JournalEntry.id == row.entry_id)).scalar_one()
    return DoubtfulView(customer_id, row.date, row.amount, row.entry_id, number)
