"""The statement of account (relevé de compte / extras de cont) of one customer for a
period: what it owed at the start, every invoice, credit note, payment, payment
cancelled and refund of the period with the running balance, what it owes at the end,
and the open items that make up that closing balance. Printed in the customer's
language by :func:`app.documents.reports.render_statement_pdf`.

Built on the customer history (:mod:`app.receivables.history`), keeping only the items
that move the balance; the open items come from the matching as of the last day
(:mod:`app.receivables.status`), so the two always agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ReceivablesError
from app.ledger.company import get_company
from app.receivables.customers import CustomerView, get_customer
from app.receivables.history import customer_history
from app.receivables.models import CustomerInvoice
from app.receivables.status import open_credits, open_invoices

#: The kinds of statement lines, in English (translated when printed).
LINE_KINDS: dict[str, str] = {
    "invoice": "Invoice",
    "credit_note": "Credit note",
    "collection": "Payment",
    "collection_cancelled": "Payment cancelled",
    "refund": "Refund",
}


@dataclass(frozen=True)
class StatementLine:
    date: dt.date
    #: One of :data:`LINE_KINDS`.
    kind: str
    number: str
    label: str
    #: An invoice's due date.
    due_date: dt.date | None
    #: What the line adds to what the customer owes (invoices, cancellations, refunds).
    debit: int
    #: What it takes off (payments, credit notes).
    credit: int
    #: What the customer owes after this line.
    balance: int


@dataclass(frozen=True)
class OpenItem:
    """Part of the closing balance: an invoice left to pay, or credit not yet used
    (negative)."""

    kind: str
    number: str
    date: dt.date
    due_date: dt.date | None
    total: int
    open_amount: int
    #: Days past the due date on the statement's last day (negative: not due yet).
    days_overdue: int | None


@dataclass(frozen=True)
class Statement:
    customer: CustomerView
    date_from: dt.date
    date_to: dt.date
    currency: str
    opening_balance: int
    lines: tuple[StatementLine, ...]
    open_items: tuple[OpenItem, ...]

    @property
    def language(self) -> str:
        """The statement is written in the customer's language."""
        return self.customer.language

    @property
    def total_debit(self) -> int:
        return sum(line.debit for line in self.lines)

    @property
    def total_credit(self) -> int:
        return sum(line.credit for line in self.lines)

    @property
    def closing_balance(self) -> int:
        return self.opening_balance + self.total_debit - self.total_credit

    @property
    def overdue(self) -> int:
        """Invoices past their due date on the last day."""
        return sum(item.open_amount for item in self.open_items
                   if item.days_overdue is not None and item.days_overdue > 0)


def statement(session: Session, *, customer_id: int, date_from: dt.date,
              date_to: dt.date) -> Statement:
    """The customer's statement of account over ``[date_from, date_to]``."""
    if date_to < date_from:
        raise ReceivablesError(field="date_to", reason="on or after the first day")
    customer = get_customer(session, customer_id)
    history = customer_history(session, customer_id=customer_id, date_from=date_from,
                               date_to=date_to)
    moving = [item for item in history.items if item.debit or item.credit]
    due_dates = _due_dates(session, [item.record_id for item in moving
                                     if item.kind == "invoice"])
    lines = tuple(
        StatementLine(date=item.date, kind=item.kind, number=item.number, label=item.label,
                      due_date=due_dates.get(item.record_id) if item.kind == "invoice"
                      else None, debit=item.debit, credit=item.credit, balance=item.balance)
        for item in moving)
    return Statement(customer=customer, date_from=date_from, date_to=date_to,
                     currency=get_company(session).base_currency,
                     opening_balance=history.opening_balance, lines=lines,
                     open_items=_open_items(session, customer_id, date_to))


def _due_dates(session: Session, invoice_ids: list[int]) -> dict[int, dt.date]:
    if not invoice_ids:
        return {}
    rows = session.execute(select(CustomerInvoice.id, CustomerInvoice.due_date)
                           .where(CustomerInvoice.id.in_(invoice_ids)))
    return {invoice_id: due for invoice_id, due in rows}


def _open_items(session: Session, customer_id: int, as_of: dt.date) -> tuple[OpenItem, ...]:
    """Open invoices (oldest due first), then unapplied credit, as of ``as_of``."""
    invoices = [OpenItem("invoice", item.number, item.date, item.due_date, item.total,
                         item.open_amount, (as_of - item.due_date).days)
                for item in open_invoices(session, customer_id=customer_id, as_of=as_of)]
    credits = [OpenItem(item.kind, item.number, item.date, None, item.amount,
                        -item.available, None)
               for item in open_credits(session, customer_id=customer_id, as_of=as_of)]
    return tuple(invoices + credits)
