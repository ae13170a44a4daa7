"""Customer invoices and credit notes: recorded as the sales program numbered them,
posted in the sales journal (VT), and never changed again. A wrong invoice is
cancelled by a credit note.

An invoice posts one entry: debit the customer's receivable account (its total, with
the customer's partner and the due date), credit each line's income account (its net)
and VAT collected (per rate, tax code ``VAT<rate>`` as treasury movements write it).
A credit note posts the mirror image. VAT is computed per line, half-up.

Only the base currency for now: invoices in another currency need exchange
differences at payment, which come with the foreign-currency work.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.errors import DuplicateInvoiceNumber, InvoiceNotFound, ReceivablesError, UnknownAccount
from app.ledger.accounts import account_for_role, get_account
from app.ledger.company import get_company
from app.ledger.models import Account, JournalEntry
from app.ledger.posting import LineInput, post_entry
from app.money import Money, to_decimal_strict
from app.receivables.customers import CustomerView, get_customer, receivable_account
from app.receivables.matching import Allocation, add_match, check_allocations
from app.receivables.models import Customer, CustomerInvoice, CustomerInvoiceLine
from app.receivables.status import customer_balance, settled_amounts, status_of

KINDS = ("invoice", "credit_note")
SALES_JOURNAL = "VT"

#: Warnings an invoice may carry back to the user (it is posted all the same).
CREDIT_LIMIT_EXCEEDED = "receivables.credit_limit_exceeded"


@dataclass(frozen=True)
class InvoiceLineInput:
    label: str
    #: An income account code (class 7).
    account: str
    #: Minor units; negative for a discount line.
    net: int
    vat_rate: Decimal = Decimal(0)


@dataclass(frozen=True)
class InvoiceInput:
    customer_id: int
    #: The number the sales program gave it (unique per kind).
    number: str
    date: dt.date
    lines: Sequence[InvoiceLineInput]
    #: The customer's payment terms from ``date`` when omitted.
    due_date: dt.date | None = None
    #: Only the base currency is accepted for now.
    currency: str | None = None
    reference: str = ""
    note: str = ""


@dataclass(frozen=True)
class InvoiceLineView:
    line_no: int
    label: str
    account_code: str
    net: int
    vat_rate: Decimal
    vat: int

    @property
    def total(self) -> int:
        return self.net + self.vat


@dataclass(frozen=True)
class InvoiceView:
    id: int
    kind: str
    number: str
    customer_id: int
    customer_name: str
    date: dt.date
    due_date: dt.date
    currency: str
    net: int
    vat: int
    total: int
    reference: str
    note: str
    source: str
    entry_id: int
    entry_number: str
    lines: tuple[InvoiceLineView, ...]
    #: Matched so far: paid (invoice) or applied (credit note).
    settled: int
    status: str

    @property
    def open_amount(self) -> int:
        """Left to pay on an invoice; credit left to apply on a credit note."""
        return self.total - self.settled

    @property
    def is_credit_note(self) -> bool:
        return self.kind == "credit_note"


@dataclass(frozen=True)
class InvoiceResult:
    invoice: InvoiceView
    warnings: tuple[str, ...] = field(default=())


# --- checks and amounts ------------------------------------------------------------------

@dataclass(frozen=True)
class _Line:
    label: str
    account_id: int
    account_code: str
    net: int
    rate: Decimal
    vat: int


def _rate_text(rate: Decimal) -> str:
    return format(rate.normalize(), "f")


def vat_code(rate: Decimal) -> str:
    """The tax code of a VAT line, as treasury movements write it (``VAT5.5``)."""
    return f"VAT{_rate_text(rate)}"


def _checked_lines(session: Session, lines: Sequence[InvoiceLineInput], currency: str
                   ) -> list[_Line]:
    if not lines:
        raise ReceivablesError(field="lines", reason="an invoice needs at least one line")
    result = []
    for index, line in enumerate(lines, start=1):
        where = f"line {index}"
        if not line.label.strip():
            raise ReceivablesError(field=where, reason="the line needs a label")
        if not isinstance(line.net, int) or isinstance(line.net, bool) or line.net == 0:
            raise ReceivablesError(field=where, reason="a net amount in minor units, not zero")
        rate = to_decimal_strict(line.vat_rate)
        if not Decimal(0) <= rate < Decimal(100):
            raise ReceivablesError(field=where, reason="a VAT rate from 0 to 100")
        try:
            account = get_account(session, line.account.strip())
        except UnknownAccount as exc:
            raise ReceivablesError(field=where, reason=f"no account {line.account!r}") from exc
        if account.type != "income" or not account.postable:
            raise ReceivablesError(field=where,
                                   reason=f"{account.code} is not a postable income account")
        vat = Money(line.net, currency).percent(rate).minor
        result.append(_Line(line.label.strip(), account.id, account.code, line.net, rate, vat))
    return result


def _checked_header(session: Session, kind: str, data: InvoiceInput, customer: CustomerView,
                    base: str) -> tuple[str, dt.date]:
    number = data.number.strip()
    if not number:
        raise ReceivablesError(field="number", reason="the number from the sales program")
    if len(number) > 50:
        raise ReceivablesError(field="number", reason="at most 50 characters")
    if (data.currency or base) != base:
        raise ReceivablesError(field="currency",
                               reason=f"only {base}, the base currency, for now")
    taken = session.execute(select(CustomerInvoice.id).where(
        CustomerInvoice.kind == kind, CustomerInvoice.number == number)).first()
    if taken:
        raise DuplicateInvoiceNumber(kind=kind.replace("_", " "), number=number)
    due = data.due_date or data.date + dt.timedelta(days=customer.payment_terms_days)
    if kind == "credit_note":
        due = data.date
    if due < data.date:
        raise ReceivablesError(field="due_date", reason="on or after the invoice date")
    return number, due


def _entry_lines(kind: str, customer: CustomerView, receivable: str, vat_account: str,
                 lines: list[_Line], total: int, due: dt.date, label: str) -> list[LineInput]:
    """The entry of an invoice, or its mirror for a credit note. A discount line (or a
    rate whose VAT sums below zero) lands on the other side."""
    invoice = kind == "invoice"

    def line(code: str, value: int, *, customer_side: bool, label: str,
             tax_code: str | None = None, due_date: dt.date | None = None) -> LineInput:
        debit_side = (invoice == customer_side) == (value > 0)
        return LineInput(code, debit=abs(value) if debit_side else 0,
                         credit=0 if debit_side else abs(value), label=label,
                         partner_id=customer.partner_id if customer_side else None,
                         tax_code=tax_code, due_date=due_date)

    result = [line(receivable, total, customer_side=True, label=label,
                   due_date=due if invoice else None)]
    result += [line(item.account_code, item.net, customer_side=False, label=item.label)
               for item in lines]
    by_rate: dict[Decimal, int] = defaultdict(int)
    for item in lines:
        by_rate[item.rate] += item.vat
    result += [line(vat_account, vat, customer_side=False, label=label, tax_code=vat_code(rate))
               for rate, vat in sorted(by_rate.items()) if vat]
    return result


def _record(session: Session, kind: str, data: InvoiceInput, source: str
            ) -> tuple[CustomerInvoice, CustomerView]:
    customer = get_customer(session, data.customer_id)
    base = get_company(session).base_currency
    number, due = _checked_header(session, kind, data, customer, base)
    lines = _checked_lines(session, data.lines, base)
    net = sum(line.net for line in lines)
    vat = sum(line.vat for line in lines)
    if net + vat <= 0:
        raise ReceivablesError(field="lines", reason="the total must be more than zero")
    label = f"{number} {customer.name}"
    entry = post_entry(
        session, journal=SALES_JOURNAL, date=data.date, label=label, reference=number,
        source=f"receivables.{kind}",
        lines=_entry_lines(kind, customer, receivable_account(session, customer.id),
                           account_for_role(session, "vat_collected").code, lines,
                           net + vat, due, label))
    row = CustomerInvoice(
        kind=kind, number=number, customer_id=customer.id, date=data.date, due_date=due,
        currency=base, net=net, vat=vat, total=net + vat, reference=data.reference.strip(),
        note=data.note.strip(), entry_id=entry.id, source=source,
        created_at=clock.now().replace(tzinfo=None))
    session.add(row)
    session.flush()
    for line_no, line in enumerate(lines, start=1):
        session.add(CustomerInvoiceLine(
            invoice_id=row.id, line_no=line_no, label=line.label, account_id=line.account_id,
            net=line.net, vat_rate=_rate_text(line.rate), vat=line.vat))
    session.flush()
    return row, customer


def record_invoice(session: Session, data: InvoiceInput, *, source: str = "form"
                   ) -> InvoiceResult:
    """Post a customer invoice. It is recorded all the same when it takes the customer
    over its credit limit; the result then carries :data:`CREDIT_LIMIT_EXCEEDED`."""
    customer = get_customer(session, data.customer_id)
    owed_before = customer_balance(session, customer.id).balance
    row, _ = _record(session, "invoice", data, source)
    warnings: tuple[str, ...] = ()
    if customer.credit_limit is not None and owed_before + row.total > customer.credit_limit:
        warnings = (CREDIT_LIMIT_EXCEEDED,)
    return InvoiceResult(get_invoice(session, row.id), warnings)


def record_credit_note(session: Session, data: InvoiceInput, *,
                       allocations: Sequence[Allocation | tuple[int, int]] = (),
                       source: str = "form") -> InvoiceResult:
    """Post a credit note and match it at once against the invoices in ``allocations``.
    Whatever is not matched stays customer credit, applied or refunded later."""
    row, customer = _record(session, "credit_note", data, source)
    for item in check_allocations(session, customer_id=customer.id, allocations=allocations,
                                  available=row.total):
        add_match(session, customer_id=customer.id, invoice_id=item.invoice_id,
                  credit_note_id=row.id, amount=item.amount, date=max(row.date, item.date))
    session.flush()
    return InvoiceResult(get_invoice(session, row.id))


def cancel_invoice(session: Session, *, invoice_id: int, number: str, date: dt.date,
                   note: str = "") -> InvoiceResult:
    """Cancel an invoice by a credit note of all its lines, numbered ``number``, matched
    against what is still open on it (the rest, if it was partly paid, is credit)."""
    invoice = get_invoice(session, invoice_id)
    if invoice.kind != "invoice":
        raise ReceivablesError(field="invoice", reason=f"{invoice.number} is a credit note")
    lines = [InvoiceLineInput(line.label, line.account_code, line.net, line.vat_rate)
             for line in invoice.lines]
    credit = InvoiceInput(customer_id=invoice.customer_id, number=number, date=date,
                          lines=lines, reference=invoice.number, note=note)
    allocations = [Allocation(invoice.id, invoice.open_amount)] if invoice.open_amount else []
    return record_credit_note(session, credit, allocations=allocations)


# --- reading -----------------------------------------------------------------------------

def _views(session: Session, rows: Sequence[CustomerInvoice]) -> list[InvoiceView]:
    ids = [row.id for row in rows]
    settled = settled_amounts(session, ids)
    names = dict(session.execute(select(Customer.id, Customer.name).where(
        Customer.id.in_({row.customer_id for row in rows}))).all())
    numbers = dict(session.execute(select(JournalEntry.id, JournalEntry.number).where(
        JournalEntry.id.in_([row.entry_id for row in rows]))).all())
    lines: dict[int, list[InvoiceLineView]] = defaultdict(list)
    for line, code in session.execute(
            select(CustomerInvoiceLine, Account.code)
            .join(Account, Account.id == CustomerInvoiceLine.account_id)
            .where(CustomerInvoiceLine.invoice_id.in_(ids))
            .order_by(CustomerInvoiceLine.invoice_id, CustomerInvoiceLine.line_no)):
        lines[line.invoice_id].append(InvoiceLineView(
            line.line_no, line.label, code, line.net, Decimal(line.vat_rate), line.vat))
    return [
        InvoiceView(
            id=row.id, kind=row.kind, number=row.number, customer_id=row.customer_id,
            customer_name=names[row.customer_id], date=row.date, due_date=row.due_date,
            currency=row.currency, net=row.net, vat=row.vat, total=row.total,
            reference=row.reference, note=row.note, source=row.source, entry_id=row.entry_id,
            entry_number=numbers[row.entry_id], lines=tuple(lines[row.id]),
            settled=settled[row.id], status=status_of(row.kind, row.total, settled[row.id]),
        )
        for row in rows
    ]


def get_invoice(session: Session, invoice_id: int) -> InvoiceView:
    row = session.get(CustomerInvoice, invoice_id)
    if row is None:
        raise InvoiceNotFound(invoice=invoice_id)
    return _views(session, [row])[0]


def find_invoice(session: Session, *, number: str, kind: str = "invoice") -> InvoiceView:
    row = session.execute(select(CustomerInvoice).where(
        CustomerInvoice.kind == kind, CustomerInvoice.number == number.strip())
    ).scalar_one_or_none()
    if row is None:
        raise InvoiceNotFound(invoice=number)
    return _views(session, [row])[0]


@dataclass(frozen=True)
class InvoiceFilter:
    customer_id: int | None = None
    kind: str | None = None
    status: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    #: Due on or before this date (overdue lists).
    due_to: dt.date | None = None
    number: str | None = None


def list_invoices(session: Session, filter_: InvoiceFilter = InvoiceFilter(),
                  limit: int = 10_000) -> list[InvoiceView]:
    """Invoices and credit notes matching the filter, newest first (at most ``limit``
    before the status filter, which is derived)."""
    query = select(CustomerInvoice)
    if filter_.customer_id is not None:
        query = query.where(CustomerInvoice.customer_id == filter_.customer_id)
    if filter_.kind:
        query = query.where(CustomerInvoice.kind == filter_.kind)
    if filter_.date_from:
        query = query.where(CustomerInvoice.date >= filter_.date_from)
    if filter_.date_to:
        query = query.where(CustomerInvoice.date <= filter_.date_to)
    if filter_.due_to:
        query = query.where(CustomerInvoice.due_date <= filter_.due_to)
    if filter_.number and filter_.number.strip():
        query = query.where(CustomerInvoice.number.ilike(f"%{filter_.number.strip()}%"))
    rows = session.execute(query.order_by(CustomerInvoice.date.desc(),
                                          CustomerInvoice.id.desc()).limit(limit)).scalars()
    views = _views(session, list(rows))
    if filter_.status:
        views = [view for view in views if view.status == filter_.status]
    return views
