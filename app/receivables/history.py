"""A customer's history: its invoices, credit notes, payments, refunds, cancellations,
allocations and transfer to doubtful, in date order, with the running balance of what
it owes.

Each kind of event comes from a *source*: a function returning the customer's items up
to a date, listed in :data:`HISTORY_SOURCES`, with its kinds in :data:`KIND_ORDER`;
items without an amount do not move the balance. Dunning letters (one item per invoice
reminded) and the actions recorded with the customer (calls, visits, promises, notes,
disputes) are sources too: they read the dunning tables directly, so every history has
them whichever module was loaded first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.ledger.models import JournalEntry
from app.receivables.customers import get_customer
from app.receivables.doubtful import get_doubtful
from app.receivables.dunning_models import (
    CustomerAction,
    DunningLetter,
    DunningLetterLine,
    DunningRun,
)
from app.receivables.matching import list_matches
from app.receivables.models import (
    Collection,
    CollectionCancellation,
    CollectionReceipt,
    CustomerInvoice,
    CustomerRefund,
)
from app.treasury.models import Movement

#: The order of same-day items: documents first, then what they settle, then the rest.
KIND_ORDER: dict[str, int] = {
    "invoice": 0,
    "credit_note": 1,
    "collection": 2,
    "refund": 3,
    "collection_cancelled": 4,
    "allocation": 5,
    "doubtful": 6,
    "letter": 7,  # dunning letters, one item per invoice reminded
    "action": 8,  # calls, visits, promises, notes, disputes opened and closed
}


@dataclass(frozen=True)
class HistoryItem:
    date: dt.date
    kind: str
    #: The id of the record in its own table (invoice, collection, match...).
    record_id: int
    number: str
    label: str
    #: What the item adds to what the customer owes (invoices, refunds...).
    debit: int = 0
    #: What it takes off (payments, credit notes).
    credit: int = 0
    #: The amount of an item that does not move the balance (an allocation, a transfer).
    amount: int = 0
    #: The invoice an allocation (or a letter) is about.
    invoice_id: int | None = None
    #: What the customer owes after this item (filled in by :func:`customer_history`).
    balance: int = 0


HistorySource = Callable[[Session, int, "dt.date | None"], Iterable[HistoryItem]]


def _documents(session: Session, customer_id: int, date_to: dt.date | None
               ) -> Iterable[HistoryItem]:
    query = select(CustomerInvoice).where(CustomerInvoice.customer_id == customer_id)
    if date_to is not None:
        query = query.where(CustomerInvoice.date <= date_to)
    for row in session.execute(query).scalars():
        invoice = row.kind == "invoice"
        yield HistoryItem(row.date, row.kind, row.id, row.number, row.reference or row.note,
                          debit=row.total if invoice else 0,
                          credit=0 if invoice else row.total,
                          invoice_id=row.id if invoice else None)


def _payments(session: Session, customer_id: int, date_to: dt.date | None
              ) -> Iterable[HistoryItem]:
    query = (select(Collection, JournalEntry.number, CollectionReceipt.number)
             .join(Movement, Movement.id == Collection.movement_id)
             .join(JournalEntry, JournalEntry.id == Movement.entry_id)
             .outerjoin(CollectionReceipt, CollectionReceipt.collection_id == Collection.id)
             .where(Collection.customer_id == customer_id))
    if date_to is not None:
        query = query.where(Collection.date <= date_to)
    for row, entry_number, receipt_number in session.execute(query):
        yield HistoryItem(row.date, "collection", row.id, receipt_number or entry_number,
                          row.reference, credit=row.amount)
    cancelled = (select(CollectionCancellation, Collection.amount, JournalEntry.number)
                 .join(Collection, Collection.id == CollectionCancellation.collection_id)
                 .join(Movement, Movement.id == CollectionCancellation.reversal_movement_id)
                 .join(JournalEntry, JournalEntry.id == Movement.entry_id)
                 .where(Collection.customer_id == customer_id))
    if date_to is not None:
        cancelled = cancelled.where(CollectionCancellation.date <= date_to)
    for cancel, amount, entry_number in session.execute(cancelled):
        yield HistoryItem(cancel.date, "collection_cancelled", cancel.collection_id,
                          entry_number, cancel.reason, debit=amount)
    refunds = (select(CustomerRefund, JournalEntry.number)
               .join(Movement, Movement.id == CustomerRefund.movement_id)
               .join(JournalEntry, JournalEntry.id == Movement.entry_id)
               .where(CustomerRefund.customer_id == customer_id))
    if date_to is not None:
        refunds = refunds.where(CustomerRefund.date <= date_to)
    for refund, entry_number in session.execute(refunds):
        yield HistoryItem(refund.date, "refund", refund.id, entry_number, refund.reference,
                          debit=refund.amount)


def _allocations(session: Session, customer_id: int, date_to: dt.date | None
                 ) -> Iterable[HistoryItem]:
    for match in list_matches(session, customer_id=customer_id):
        if match.invoice_id is None or (date_to is not None and match.date > date_to):
            continue  # refunds show as refunds
        yield HistoryItem(match.date, "allocation", match.id, match.invoice_number or "",
                          match.credit_number, amount=match.amount,
                          invoice_id=match.invoice_id)


def _doubtful(session: Session, customer_id: int, date_to: dt.date | None
              ) -> Iterable[HistoryItem]:
    transfer = get_doubtful(session, customer_id)
    if transfer is not None and (date_to is None or transfer.date <= date_to):
        yield HistoryItem(transfer.date, "doubtful", customer_id, transfer.entry_number or "",
                          "", amount=transfer.amount)


def _letters(session: Session, customer_id: int, date_to: dt.date | None
             ) -> Iterable[HistoryItem]:
    """One item per invoice a dunning letter reminded: the run's number, the letter's
    title, what was open on the invoice."""
    query = (select(DunningLetterLine, DunningRun.as_of, DunningRun.number,
                    DunningLetter.title)
             .join(DunningLetter, DunningLetter.id == DunningLetterLine.letter_id)
             .join(DunningRun, DunningRun.id == DunningLetter.run_id)
             .where(DunningLetter.customer_id == customer_id))
    if date_to is not None:
        query = query.where(DunningRun.as_of <= date_to)
    for line, as_of, number, title in session.execute(query):
        yield HistoryItem(as_of, "letter", line.id, number, title, amount=line.open_amount,
                          invoice_id=line.invoice_id)


def _actions(session: Session, customer_id: int, date_to: dt.date | None
             ) -> Iterable[HistoryItem]:
    """One item per action; its ``number`` is the action's kind (phone, visit, promise,
    note, dispute, dispute_closed), its amount what was promised."""
    query = select(CustomerAction).where(CustomerAction.customer_id == customer_id)
    if date_to is not None:
        query = query.where(CustomerAction.date <= date_to)
    for action in session.execute(query).scalars():
        yield HistoryItem(action.date, "action", action.id, action.kind, action.note,
                          amount=action.promised_amount or 0, invoice_id=action.invoice_id)


#: Where a customer's history comes from.
HISTORY_SOURCES: list[HistorySource] = [_documents, _payments, _allocations, _doubtful,
                                        _letters, _actions]


@dataclass(frozen=True)
class CustomerHistory:
    customer_id: int
    date_from: dt.date | None
    date_to: dt.date | None
    #: What the customer owed before ``date_from``.
    opening_balance: int
    items: tuple[HistoryItem, ...]

    @property
    def closing_balance(self) -> int:
        return self.items[-1].balance if self.items else self.opening_balance


def customer_history(session: Session, *, customer_id: int, date_from: dt.date | None = None,
                     date_to: dt.date | None = None) -> CustomerHistory:
    """Everything that happened with a customer over ``[date_from, date_to]`` in date
    order, each item with the balance after it; what came before is the opening
    balance."""
    get_customer(session, customer_id)  # a clear error for an unknown customer
    items = [item for source in HISTORY_SOURCES
             for item in source(session, customer_id, date_to)]
    items.sort(key=lambda item: (item.date, KIND_ORDER.get(item.kind, len(KIND_ORDER)),
                                 item.record_id))
    opening, shown, balance = 0, [], 0
    for item in items:
        balance += item.debit - item.credit
        if date_from is not None and item.date < date_from:
            opening = balance
            continue
        shown.append(replace(item, balance=balance))
    return CustomerHistory(customer_id, date_from, date_to, opening, tuple(shown))
