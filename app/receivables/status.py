"""What is still open, derived from the matching, never stored: the open amount and
status of each invoice, the unapplied credit of each payment and credit note, and a
customer's balance, now or **as of any date** (a matching dated after it, or belonging
to a payment cancelled by then, does not count).

These are the reads the aged balance, the dunning run and the screens build on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, Subquery, and_, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.ledger.models import JournalEntry
from app.receivables.models import (
    Collection,
    CollectionCancellation,
    CollectionReceipt,
    CustomerInvoice,
    ReceivableMatch,
)
from app.treasury.models import Movement

UNPAID, PARTIALLY_PAID, PAID = "unpaid", "partially_paid", "paid"
INVOICE_STATUSES = (UNPAID, PARTIALLY_PAID, PAID)
#: Credit notes and payments: how much of them has been used.
UNAPPLIED, PARTIALLY_APPLIED, APPLIED = "unapplied", "partially_applied", "applied"


def status_of(kind: str, total: int, settled: int) -> str:
    """An invoice is unpaid, partially paid or paid; a credit note unapplied, partially
    applied or applied, by how much of its total is matched."""
    if kind == "invoice":
        return UNPAID if settled == 0 else PAID if settled >= total else PARTIALLY_PAID
    return UNAPPLIED if settled == 0 else APPLIED if settled >= total else PARTIALLY_APPLIED


def _cancelled_collections(as_of: dt.date | None) -> Select[Any]:
    """The ids of payments cancelled on or before ``as_of`` (at all when None)."""
    query = select(CollectionCancellation.collection_id)
    if as_of is not None:
        query = query.where(CollectionCancellation.date <= as_of)
    return query


def live_match(as_of: dt.date | None = None) -> ColumnElement[bool]:
    """The condition a matching row meets while it is in force as of ``as_of``: dated
    on or before it, and not made by a payment cancelled by then."""
    condition = or_(ReceivableMatch.collection_id.is_(None),
                    ReceivableMatch.collection_id.not_in(_cancelled_collections(as_of)))
    if as_of is not None:
        condition = and_(condition, ReceivableMatch.date <= as_of)
    return condition


def _matched(column: InstrumentedAttribute[int | None], customer_id: int | None,
             as_of: dt.date | None) -> Subquery:
    """Live matched amounts grouped by one side's document id (``document_id``,
    ``amount``), for one customer or all."""
    query = (select(column.label("document_id"),
                    func.sum(ReceivableMatch.amount).label("amount"))
             .where(column.is_not(None), live_match(as_of)).group_by(column))
    if customer_id is not None:
        query = query.where(ReceivableMatch.customer_id == customer_id)
    return query.subquery()


def settled_amounts(session: Session, invoice_ids: Iterable[int],
                    as_of: dt.date | None = None) -> dict[int, int]:
    """Per invoice or credit note, how much of it is matched (as of a date): an
    invoice by payments and credit notes, a credit note against invoices and refunds."""
    ids = list(invoice_ids)
    if not ids:
        return {}
    result = dict.fromkeys(ids, 0)
    for column in (ReceivableMatch.invoice_id, ReceivableMatch.credit_note_id):
        query = (select(column, func.sum(ReceivableMatch.amount))
                 .where(column.in_(ids), live_match(as_of)).group_by(column))
        for document_id, amount in session.execute(query):
            assert document_id is not None
            result[document_id] += int(amount)
    return result


@dataclass(frozen=True)
class OpenInvoice:
    invoice_id: int
    customer_id: int
    number: str
    date: dt.date
    due_date: dt.date
    total: int
    settled: int

    @property
    def open_amount(self) -> int:
        return self.total - self.settled

    @property
    def status(self) -> str:
        return status_of("invoice", self.total, self.settled)


def open_invoices(session: Session, *, customer_id: int | None = None,
                  as_of: dt.date | None = None) -> list[OpenInvoice]:
    """Invoices with something left to pay (as of a date), oldest due date first."""
    settled = _matched(ReceivableMatch.invoice_id, customer_id, as_of)
    paid = func.coalesce(settled.c.amount, 0)
    query = (select(CustomerInvoice.id, CustomerInvoice.customer_id, CustomerInvoice.number,
                    CustomerInvoice.date, CustomerInvoice.due_date, CustomerInvoice.total,
                    paid)
             .outerjoin(settled, settled.c.document_id == CustomerInvoice.id)
             .where(CustomerInvoice.kind == "invoice", CustomerInvoice.total > paid)
             .order_by(CustomerInvoice.due_date, CustomerInvoice.date, CustomerInvoice.id))
    if customer_id is not None:
        query = query.where(CustomerInvoice.customer_id == customer_id)
    if as_of is not None:
        query = query.where(CustomerInvoice.date <= as_of)
    return [OpenInvoice(row[0], row[1], row[2], row[3], row[4], int(row[5]), int(row[6]))
            for row in session.execute(query)]


@dataclass(frozen=True)
class OpenCredit:
    """Customer credit not yet applied: a payment not (fully) allocated, a deposit, or
    a credit note not (fully) matched."""

    kind: str  # "collection" or "credit_note"
    id: int
    customer_id: int
    #: The credit note's number, or the payment's receipt number (its entry's without one).
    number: str
    date: dt.date
    amount: int
    used: int

    @property
    def available(self) -> int:
        return self.amount - self.used


def open_credits(session: Session, *, customer_id: int | None = None,
                 as_of: dt.date | None = None) -> list[OpenCredit]:
    """Payments and credit notes with credit left (as of a date), oldest first."""
    by_collection = _matched(ReceivableMatch.collection_id, customer_id, as_of)
    used = func.coalesce(by_collection.c.amount, 0)
    number = func.coalesce(CollectionReceipt.number, JournalEntry.number)
    payments = (select(Collection.id, Collection.customer_id, number, Collection.date,
                       Collection.amount, used)
                .join(Movement, Movement.id == Collection.movement_id)
                .join(JournalEntry, JournalEntry.id == Movement.entry_id)
                .outerjoin(CollectionReceipt, CollectionReceipt.collection_id == Collection.id)
                .outerjoin(by_collection, by_collection.c.document_id == Collection.id)
                .where(Collection.amount > used,
                       Collection.id.not_in(_cancelled_collections(as_of))))
    by_note = _matched(ReceivableMatch.credit_note_id, customer_id, as_of)
    note_used = func.coalesce(by_note.c.amount, 0)
    notes = (select(CustomerInvoice.id, CustomerInvoice.customer_id, CustomerInvoice.number,
                    CustomerInvoice.date, CustomerInvoice.total, note_used)
             .outerjoin(by_note, by_note.c.document_id == CustomerInvoice.id)
             .where(CustomerInvoice.kind == "credit_note", CustomerInvoice.total > note_used))
    if customer_id is not None:
        payments = payments.where(Collection.customer_id == customer_id)
        notes = notes.where(CustomerInvoice.customer_id == customer_id)
    if as_of is not None:
        payments = payments.where(Collection.date <= as_of)
        notes = notes.where(CustomerInvoice.date <= as_of)
    credits = [OpenCredit(kind, document_id, customer, number, day, int(amount), int(used))
               for kind, query in (("collection", payments), ("credit_note", notes))
               for document_id, customer, number, day, amount, used in session.execute(query)]
    return sorted(credits, key=lambda c: (c.date, c.kind != "credit_note", c.id))


@dataclass(frozen=True)
class CustomerBalance:
    customer_id: int
    open_invoices: int
    unapplied_credit: int

    @property
    def balance(self) -> int:
        """What the customer owes (negative when it is owed money)."""
        return self.open_invoices - self.unapplied_credit


def _total(session: Session, query: Select[Any]) -> int:
    return int(session.execute(query).scalar_one() or 0)


def customer_balance(session: Session, customer_id: int, as_of: dt.date | None = None
                     ) -> CustomerBalance:
    """Open invoices and unapplied credit of a customer (as of a date), summed in SQL:
    what is open is the documents' totals less their live matching, since a document is
    never matched beyond its total."""
    def dated(query: Select[Any], column: Any) -> Select[Any]:
        return query if as_of is None else query.where(column <= as_of)

    def documents(kind: str) -> int:
        return _total(session, dated(select(func.sum(CustomerInvoice.total)).where(
            CustomerInvoice.customer_id == customer_id, CustomerInvoice.kind == kind),
            CustomerInvoice.date))

    def matched(column: InstrumentedAttribute[int | None]) -> int:
        return _total(session, select(func.sum(ReceivableMatch.amount)).where(
            ReceivableMatch.customer_id == customer_id, column.is_not(None),
            live_match(as_of)))

    payments = _total(session, dated(select(func.sum(Collection.amount)).where(
        Collection.customer_id == customer_id,
        Collection.id.not_in(_cancelled_collections(as_of))), Collection.date))
    invoices = documents("invoice") - matched(ReceivableMatch.invoice_id)
    credit = (payments + documents("credit_note") - matched(ReceivableMatch.collection_id)
              - matched(ReceivableMatch.credit_note_id))
    return CustomerBalance(customer_id, invoices, credit)
