"""Writing the matching (lettrage): checking an allocation of money or credit to a
customer's invoices, and recording it as matching rows.

A matching row is final. It counts from its date, which is the later of the two
documents' dates (or of the day the credit is applied), so an ageing as of an earlier
day still shows the invoice open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app import clock
from app.errors import AllocationExceedsPayment, OverAllocation, ReceivablesError
from app.ledger.company import get_company
from app.ledger.models import JournalEntry
from app.money import Money
from app.receivables.models import (
    Collection,
    CollectionCancellation,
    CollectionReceipt,
    CustomerInvoice,
    ReceivableMatch,
)
from app.receivables.status import settled_amounts
from app.treasury.models import Movement


class Allocation(NamedTuple):
    """``amount`` (minor units) of a payment or credit applied to invoice ``invoice_id``."""

    invoice_id: int
    amount: int


@dataclass(frozen=True)
class CheckedAllocation:
    invoice_id: int
    number: str
    date: dt.date
    amount: int


def check_allocations(session: Session, *, customer_id: int,
                      allocations: Sequence[Allocation | tuple[int, int]],
                      available: int | None) -> list[CheckedAllocation]:
    """Every rule of an allocation, before anything is written: the customer's own
    invoices (not credit notes), each named once, a positive whole amount no more than
    what is open on it, and all together no more than ``available`` (when given)."""
    wanted = [Allocation(*item) for item in allocations]
    ids = [item.invoice_id for item in wanted]
    if len(set(ids)) != len(ids):
        raise ReceivablesError(field="allocations", reason="each invoice is named once")
    rows = {row.id: row for row in session.execute(
        select(CustomerInvoice).where(CustomerInvoice.id.in_(ids))).scalars()}
    settled = settled_amounts(session, ids)
    currency = get_company(session).base_currency
    checked = []
    for item in wanted:
        row = rows.get(item.invoice_id)
        if row is None or row.customer_id != customer_id or row.kind != "invoice":
            raise ReceivablesError(field="allocations",
                                   reason=f"invoice {item.invoice_id} is not this customer's")
        if not isinstance(item.amount, int) or isinstance(item.amount, bool) \
                or item.amount <= 0:
            raise ReceivablesError(field="allocations",
                                   reason=f"{row.number}: a positive amount in minor units")
        open_amount = row.total - settled[row.id]
        if item.amount > open_amount:
            raise OverAllocation(number=row.number, amount=Money(item.amount, currency),
                                 open_amount=Money(open_amount, currency))
        checked.append(CheckedAllocation(row.id, row.number, row.date, item.amount))
    allocated = sum(item.amount for item in checked)
    if available is not None and allocated > available:
        raise AllocationExceedsPayment(allocated=Money(allocated, currency),
                                       amount=Money(available, currency))
    return checked


def add_match(session: Session, *, customer_id: int, amount: int, date: dt.date,
              invoice_id: int | None = None, refund_id: int | None = None,
              collection_id: int | None = None, credit_note_id: int | None = None,
              at_recording: bool = True) -> ReceivableMatch:
    """One matching row: a debit document (invoice or refund) against a credit document
    (payment or credit note)."""
    invoice = session.get(CustomerInvoice, invoice_id) if invoice_id is not None else None
    row = ReceivableMatch(
        customer_id=customer_id, invoice_id=invoice_id, refund_id=refund_id,
        invoice_date=invoice.date if invoice else None,
        invoice_due_date=invoice.due_date if invoice else None,
        collection_id=collection_id, credit_note_id=credit_note_id, amount=amount,
        date=date, at_recording=at_recording, created_at=clock.now().replace(tzinfo=None))
    session.add(row)
    return row


@dataclass(frozen=True)
class MatchView:
    id: int
    customer_id: int
    date: dt.date
    amount: int
    #: The debit side: an invoice, or a refund of credit.
    invoice_id: int | None
    invoice_number: str | None
    refund_id: int | None
    #: The credit side: a payment, or a credit note.
    collection_id: int | None
    credit_note_id: int | None
    #: The credit note's number, or the payment's receipt (else entry) number.
    credit_number: str
    at_recording: bool
    #: The matching of a payment cancelled since no longer counts (from that date).
    cancelled_on: dt.date | None


# Made once: SQLAlchemy memoises the columns of an alias, and adapting them anew for
# each call cost a third of recording a payment.
_MATCHED_INVOICE = aliased(CustomerInvoice)
_MATCHED_CREDIT_NOTE = aliased(CustomerInvoice)


def list_matches(session: Session, *, customer_id: int | None = None,
                 invoice_id: int | None = None, collection_id: int | None = None,
                 credit_note_id: int | None = None, refund_id: int | None = None
                 ) -> list[MatchView]:
    """Matching rows by date, for any of the documents named."""
    invoice, note = _MATCHED_INVOICE, _MATCHED_CREDIT_NOTE
    query = (select(ReceivableMatch, invoice.number, note.number,
                    func.coalesce(CollectionReceipt.number, JournalEntry.number),
                    CollectionCancellation.date)
             .outerjoin(invoice, invoice.id == ReceivableMatch.invoice_id)
             .outerjoin(note, note.id == ReceivableMatch.credit_note_id)
             .outerjoin(Collection, Collection.id == ReceivableMatch.collection_id)
             .outerjoin(CollectionCancellation,
                        CollectionCancellation.collection_id == Collection.id)
             .outerjoin(CollectionReceipt, CollectionReceipt.collection_id == Collection.id)
             .outerjoin(Movement, Movement.id == Collection.movement_id)
             .outerjoin(JournalEntry, JournalEntry.id == Movement.entry_id)
             .order_by(ReceivableMatch.date, ReceivableMatch.id))
    for column, value in ((ReceivableMatch.customer_id, customer_id),
                          (ReceivableMatch.invoice_id, invoice_id),
                          (ReceivableMatch.collection_id, collection_id),
                          (ReceivableMatch.credit_note_id, credit_note_id),
                          (ReceivableMatch.refund_id, refund_id)):
        if value is not None:
            query = query.where(column == value)
    return [
        MatchView(id=row.id, customer_id=row.customer_id, date=row.date, amount=row.amount,
                  invoice_id=row.invoice_id, invoice_number=invoice_number,
                  refund_id=row.refund_id, collection_id=row.collection_id,
                  credit_note_id=row.credit_note_id,
                  credit_number=note_number or payment_number or "",
                  at_recording=row.at_recording, cancelled_on=cancelled_on)
        for row, invoice_number, note_number, payment_number, cancelled_on
        in session.execute(query)
    ]
