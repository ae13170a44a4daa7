"""Payments from customers (collections) and their allocation to invoices, customer
credit applied later or refunded, and cancelling a payment recorded by mistake.

A payment is a treasury movement in, on a bank account or a cash box, whose
counter-line credits the customer's receivable account (411, or 416 once the customer
is doubtful) with the customer's partner. It is grouped under the ledger's "Customer
payments" category on the treasury dashboard when there is one. In cash, the stamp duty
of the company's rule (Algeria) is added to what the customer pays and credited to the
tax account. What the payment does not settle stays unapplied customer credit (a
deposit, an overpayment): :func:`apply_credit` applies it to invoices later,
:func:`refund_credit` pays it back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.errors import (
    CollectionAlreadyCancelled,
    CollectionNotFound,
    NotEnoughCredit,
    ReceivablesError,
)
from app.ledger.company import get_company
from app.ledger.models import Account, JournalEntry
from app.money import Money
from app.receivables.customers import (
    CustomerView,
    doubtful_since,
    get_customer,
    receivable_account,
)
from app.receivables.matching import (
    Allocation,
    MatchView,
    add_match,
    check_allocations,
    list_matches,
)
from app.receivables.models import (
    Collection,
    CollectionCancellation,
    CollectionReceipt,
    Customer,
    CustomerRefund,
    ReceivableMatch,
)
from app.receivables.receipts import issue_receipt
from app.receivables.stamp_duty import stamp_duty_for
from app.receivables.status import OpenCredit, open_credits, open_invoices
from app.treasury.accounts import active_row
from app.treasury.models import Category, Movement
from app.treasury.movements import (
    PAYMENT_METHODS,
    MovementInput,
    MovementResult,
    record_movement,
    reverse_movement,
)


@dataclass(frozen=True)
class CollectionInput:
    customer_id: int
    treasury_account_id: int
    date: dt.date
    #: What settles the customer's account, in minor units (the stamp duty comes on top).
    amount: int
    method: str = "transfer"
    reference: str = ""
    #: None: allocated as :func:`propose_allocation` proposes. An empty list: nothing
    #: allocated, the whole payment stays customer credit (a deposit).
    allocations: Sequence[Allocation | tuple[int, int]] | None = None
    #: Number a receipt in the same transaction (a payment in cash, or into a cash box,
    #: always gets one).
    receipt: bool = False
    cheque_number: str = ""
    note: str = ""


@dataclass(frozen=True)
class CollectionView:
    id: int
    customer_id: int
    customer_name: str
    date: dt.date
    amount: int
    stamp_duty: int
    method: str
    reference: str
    treasury_account_id: int
    movement_id: int
    entry_id: int
    entry_number: str
    #: The matching of this payment, to invoices and to refunds.
    matches: tuple[MatchView, ...]
    receipt_id: int | None
    receipt_number: str | None
    cancelled_on: dt.date | None
    cancel_reason: str | None

    @property
    def total(self) -> int:
        """What the customer paid: the amount and the stamp duty."""
        return self.amount + self.stamp_duty

    @property
    def allocated(self) -> int:
        return sum(m.amount for m in self.matches if m.invoice_id is not None)

    @property
    def refunded(self) -> int:
        return sum(m.amount for m in self.matches if m.refund_id is not None)

    @property
    def unapplied(self) -> int:
        """Customer credit still available from this payment."""
        if self.cancelled_on is not None:
            return 0
        return self.amount - self.allocated - self.refunded

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_on is not None


@dataclass(frozen=True)
class CollectionResult:
    collection: CollectionView
    #: Treasury warnings (a cash box over its limit); the payment is recorded anyway.
    warnings: tuple[str, ...] = field(default=())


# --- proposing an allocation -----------------------------------------------------------

def _named_in(reference: str, number: str) -> bool:
    """Whether an invoice number appears in a payment reference as a whole token:
    ``F-12`` is named by "Règlement F-12" but not by "F-123"."""
    pattern = rf"(?<![0-9A-Za-z]){re.escape(number)}(?![0-9A-Za-z])"
    return re.search(pattern, reference, re.IGNORECASE) is not None


def propose_allocation(session: Session, *, customer_id: int, amount: int,
                       reference: str = "") -> list[Allocation]:
    """How ``amount`` would settle the customer's open invoices: those whose number
    appears in ``reference`` first, then the oldest due date first; the last one
    reached may be settled in part. What is left over is not allocated (it stays
    customer credit)."""
    invoices = open_invoices(session, customer_id=customer_id)  # oldest due first
    named = [item for item in invoices if reference and _named_in(reference, item.number)]
    ordered = named + [item for item in invoices if item not in named]
    proposal, left = [], amount
    for item in ordered:
        if left <= 0:
            break
        part = min(left, item.open_amount)
        proposal.append(Allocation(item.invoice_id, part))
        left -= part
    return proposal


# --- recording a payment ---------------------------------------------------------------

def _checked(session: Session, *, customer_id: int, amount: int, method: str
             ) -> CustomerView:
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ReceivablesError(field="amount", reason="a positive amount in minor units")
    if method not in PAYMENT_METHODS:
        raise ReceivablesError(field="method", reason=", ".join(PAYMENT_METHODS))
    return get_customer(session, customer_id)


def _check_base_currency(session: Session, treasury_account_id: int) -> str:
    """The kind (bank or cash) of an open treasury account in the base currency."""
    account = active_row(session, treasury_account_id)
    base = get_company(session).base_currency
    if account.currency != base:
        raise ReceivablesError(field="treasury_account_id",
                               reason=f"an account in {base}, the base currency, for now")
    return account.kind


def customer_category(session: Session, direction: str) -> int | None:
    """The treasury category that groups money from (or to) customers on the dashboard:
    the first active one of that direction mapped to the customers account, if any."""
    return session.execute(
        select(Category.id)
        .join(Account, Account.id == Category.account_id)
        .where(Category.direction == direction, Account.role == "customers",
               Category.active.is_(True))
        .order_by(Category.id).limit(1)).scalar_one_or_none()


def _movement(session: Session, customer: CustomerView, *, treasury_account_id: int,
              direction: str, date: dt.date, amount: int, stamp_duty: int, method: str,
              reference: str, cheque_number: str, note: str, source: str) -> MovementResult:
    return record_movement(session, MovementInput(
        treasury_account_id=treasury_account_id, direction=direction, date=date,
        category_id=customer_category(session, direction), net=amount,
        stamp_duty=stamp_duty, counterparty=customer.name, payment_method=method,
        cheque_number=cheque_number, invoice_ref=reference.strip()[:50], note=note,
        partner_id=customer.partner_id,
        counter_account=receivable_account(session, customer.id)), source=source)


def record_collection(session: Session, data: CollectionInput) -> CollectionResult:
    """Post a customer's payment, allocate it to invoices, and number its receipt when
    one is asked for (always in cash or at the cash desk). Everything is checked before anything is
    written; a refused payment takes no receipt number."""
    customer = _checked(session, customer_id=data.customer_id, amount=data.amount,
                        method=data.method)
    account_kind = _check_base_currency(session, data.treasury_account_id)
    wanted = (propose_allocation(session, customer_id=customer.id, amount=data.amount,
                                 reference=data.reference)
              if data.allocations is None else data.allocations)
    allocations = check_allocations(session, customer_id=customer.id, allocations=wanted,
                                    available=data.amount)
    stamp = stamp_duty_for(session, data.amount) if data.method == "cash" else 0
    result = _movement(
        session, customer, treasury_account_id=data.treasury_account_id, direction="in",
        date=data.date, amount=data.amount, stamp_duty=stamp, method=data.method,
        reference=data.reference, cheque_number=data.cheque_number, note=data.note,
        source="receivables.collection")
    row = Collection(customer_id=customer.id, movement_id=result.movement.id, date=data.date,
                     amount=data.amount, stamp_duty=stamp, method=data.method,
                     reference=data.reference.strip(),
                     created_at=clock.now().replace(tzinfo=None))
    session.add(row)
    session.flush()
    for item in allocations:
        add_match(session, customer_id=customer.id, invoice_id=item.invoice_id,
                  collection_id=row.id, amount=item.amount, date=max(data.date, item.date))
    session.flush()
    if data.receipt or data.method == "cash" or account_kind == "cash":
        issue_receipt(session, collection_id=row.id, date=data.date,
                      language=customer.language)
    return CollectionResult(get_collection(session, row.id), result.warnings)


# --- applying credit later -------------------------------------------------------------

def _credits(session: Session, customer_id: int, collection_id: int | None,
             credit_note_id: int | None, day: dt.date | None = None) -> list[OpenCredit]:
    credits = open_credits(session, customer_id=customer_id)
    if collection_id is not None or credit_note_id is not None:
        credits = [c for c in credits
                   if (c.kind == "collection" and c.id == collection_id)
                   or (c.kind == "credit_note" and c.id == credit_note_id)]
    if day is not None:
        credits = [c for c in credits if c.date <= day]
    return credits


def _source_ids(credit: OpenCredit) -> tuple[int | None, int | None]:
    """(collection id, credit note id) of a credit, one of them None."""
    if credit.kind == "collection":
        return credit.id, None
    return None, credit.id


def _refuse_short_credit(session: Session, customer: CustomerView, available: int,
                         amount: int) -> None:
    if amount > available:
        currency = get_company(session).base_currency
        raise NotEnoughCredit(customer=customer.name, available=Money(available, currency),
                              amount=Money(amount, currency))


def apply_credit(session: Session, *, customer_id: int, date: dt.date | None = None,
                 allocations: Sequence[Allocation | tuple[int, int]] | None = None,
                 collection_id: int | None = None, credit_note_id: int | None = None
                 ) -> list[MatchView]:
    """Apply a customer's unapplied credit (payments on account, deposits, credit notes)
    to its invoices: from the payment or credit note named, else from the oldest credit
    first. Without ``allocations``, as much as the credit covers, oldest due invoice
    first. The matching counts from ``date`` (today by default), or from the later
    document's date. Returns the matching rows written."""
    customer = get_customer(session, customer_id)
    day = date or clock.today()
    credits = _credits(session, customer.id, collection_id, credit_note_id)
    available = sum(c.available for c in credits)
    wanted = (propose_allocation(session, customer_id=customer.id, amount=available)
              if allocations is None else allocations)
    checked = check_allocations(session, customer_id=customer.id, allocations=wanted,
                                available=None)
    _refuse_short_credit(session, customer, available, sum(a.amount for a in checked))
    rows: list[ReceivableMatch] = []
    left = {index: credit.available for index, credit in enumerate(credits)}
    for item in checked:
        needed = item.amount
        for index, credit in enumerate(credits):
            part = min(needed, left[index])
            if part <= 0:
                continue
            collection, note = _source_ids(credit)
            rows.append(add_match(session, customer_id=customer.id, invoice_id=item.invoice_id,
                                  amount=part, date=max(day, item.date, credit.date),
                                  collection_id=collection, credit_note_id=note,
                                  at_recording=False))
            left[index] -= part
            needed -= part
            if needed == 0:
                break
    session.flush()
    ids = {row.id for row in rows}
    return [m for m in list_matches(session, customer_id=customer.id) if m.id in ids]


# --- refunds ---------------------------------------------------------------------------

@dataclass(frozen=True)
class RefundInput:
    customer_id: int
    treasury_account_id: int
    date: dt.date
    amount: int
    method: str = "transfer"
    reference: str = ""
    #: The credit to refund; the oldest credit first when neither is given.
    collection_id: int | None = None
    credit_note_id: int | None = None
    cheque_number: str = ""
    note: str = ""


@dataclass(frozen=True)
class RefundView:
    id: int
    customer_id: int
    customer_name: str
    date: dt.date
    amount: int
    method: str
    reference: str
    treasury_account_id: int
    movement_id: int
    entry_id: int
    entry_number: str
    #: The payments and credit notes the refund drew on.
    matches: tuple[MatchView, ...]


@dataclass(frozen=True)
class RefundResult:
    refund: RefundView
    warnings: tuple[str, ...] = field(default=())


def refund_credit(session: Session, data: RefundInput) -> RefundResult:
    """Pay unapplied credit back to the customer: a treasury movement out whose
    counter-line debits the customer's receivable account, matched against the credit
    it uses up (oldest first). A cash refund may not overdraw the cash box."""
    customer = _checked(session, customer_id=data.customer_id, amount=data.amount,
                        method=data.method)
    _check_base_currency(session, data.treasury_account_id)
    credits = _credits(session, customer.id, data.collection_id, data.credit_note_id,
                       data.date)
    _refuse_short_credit(session, customer, sum(c.available for c in credits), data.amount)
    result = _movement(
        session, customer, treasury_account_id=data.treasury_account_id, direction="out",
        date=data.date, amount=data.amount, stamp_duty=0, method=data.method,
        reference=data.reference, cheque_number=data.cheque_number, note=data.note,
        source="receivables.refund")
    row = CustomerRefund(customer_id=customer.id, movement_id=result.movement.id,
                         date=data.date, amount=data.amount, method=data.method,
                         reference=data.reference.strip(),
                         created_at=clock.now().replace(tzinfo=None))
    session.add(row)
    session.flush()
    needed = data.amount
    for credit in credits:
        part = min(needed, credit.available)
        if part <= 0:
            break
        collection, note = _source_ids(credit)
        add_match(session, customer_id=customer.id, refund_id=row.id, amount=part,
                  date=data.date, collection_id=collection, credit_note_id=note)
        needed -= part
    session.flush()
    return RefundResult(get_refund(session, row.id), result.warnings)


def get_refund(session: Session, refund_id: int) -> RefundView:
    row = session.get(CustomerRefund, refund_id)
    if row is None:
        raise ReceivablesError(field="refund", reason=f"no refund {refund_id}")
    customer = session.get(Customer, row.customer_id)
    movement = session.get(Movement, row.movement_id)
    assert customer is not None and movement is not None
    entry = session.get(JournalEntry, movement.entry_id)
    assert entry is not None
    return RefundView(
        id=row.id, customer_id=row.customer_id, customer_name=customer.name, date=row.date,
        amount=row.amount, method=row.method, reference=row.reference,
        treasury_account_id=movement.treasury_account_id, movement_id=movement.id,
        entry_id=entry.id, entry_number=entry.number,
        matches=tuple(list_matches(session, refund_id=row.id)))


# --- cancelling a payment --------------------------------------------------------------

def cancel_collection(session: Session, *, collection_id: int, reason: str,
                      date: dt.date | None = None) -> CollectionView:
    """Cancel a payment recorded by mistake: its movement is reversed (stamp duty
    included), its matching stops counting from ``date`` (the payment's own date by
    default), and its receipt keeps its number and prints VOID. A payment already partly
    refunded cannot be cancelled."""
    if not reason.strip():
        raise ReceivablesError(field="reason", reason="say why the payment is cancelled")
    collection = get_collection(session, collection_id)
    if collection.is_cancelled:
        raise CollectionAlreadyCancelled(number=collection.receipt_number
                                         or collection.entry_number)
    if collection.refunded:
        raise ReceivablesError(field="collection",
                               reason="part of this payment was refunded already")
    day = date or collection.date
    if day < collection.date:
        raise ReceivablesError(field="date", reason="on or after the payment's date")
    since = doubtful_since(session, collection.customer_id)
    if since is not None and collection.date < since:
        # Its reversal would land on 411 while the customer's balance lives on 416.
        raise ReceivablesError(field="collection", reason=(
            "the customer was transferred to doubtful customers after this payment"))
    label = f"{collection.receipt_number or collection.entry_number}: {reason.strip()}"
    (reversal,) = reverse_movement(session, movement_id=collection.movement_id, date=day,
                                   label=label)
    session.add(CollectionCancellation(
        collection_id=collection_id, reason=reason.strip(), date=day,
        reversal_movement_id=reversal.id, cancelled_at=clock.now().replace(tzinfo=None)))
    session.flush()
    return get_collection(session, collection_id)


# --- reading ---------------------------------------------------------------------------

def get_collection(session: Session, collection_id: int) -> CollectionView:
    row = session.get(Collection, collection_id)
    if row is None:
        raise CollectionNotFound(collection=collection_id)
    customer = session.get(Customer, row.customer_id)
    movement = session.get(Movement, row.movement_id)
    assert customer is not None and movement is not None
    entry = session.get(JournalEntry, movement.entry_id)
    assert entry is not None
    receipt = session.execute(select(CollectionReceipt).where(
        CollectionReceipt.collection_id == row.id)).scalar_one_or_none()
    cancel = session.execute(select(CollectionCancellation).where(
        CollectionCancellation.collection_id == row.id)).scalar_one_or_none()
    return CollectionView(
        id=row.id, customer_id=row.customer_id, customer_name=customer.name, date=row.date,
        amount=row.amount, stamp_duty=row.stamp_duty, method=row.method,
        reference=row.reference, treasury_account_id=movement.treasury_account_id,
        movement_id=movement.id, entry_id=entry.id, entry_number=entry.number,
        matches=tuple(list_matches(session, collection_id=row.id)),
        receipt_id=receipt.id if receipt else None,
        receipt_number=receipt.number if receipt else None,
        cancelled_on=cancel.date if cancel else None,
        cancel_reason=cancel.reason if cancel else None,
    )


def list_collections(session: Session, *, customer_id: int | None = None,
                     date_from: dt.date | None = None, date_to: dt.date | None = None,
                     limit: int = 10_000) -> list[CollectionView]:
    """Payments received, newest first."""
    query = select(Collection.id)
    if customer_id is not None:
        query = query.where(Collection.customer_id == customer_id)
    if date_from is not None:
        query = query.where(Collection.date >= date_from)
    if date_to is not None:
        query = query.where(Collection.date <= date_to)
    ids = session.execute(query.order_by(Collection.date.desc(), Collection.id.desc())
                          .limit(limit)).scalars().all()
    return [get_collection(session, collection_id) for collection_id in ids]
