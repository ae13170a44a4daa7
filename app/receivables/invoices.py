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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import (
    DuplicateInvoiceNumber,
    InvoiceNotFound,
    PeriodLocked,
    ReceivablesError,
    UnknownAccount,
)
from app.ledger.accounts import AccountView, account_for_role, get_account
from app.ledger.company import get_company
from app.ledger.models import Account, JournalEntry
from app.ledger.posting import EntryInput, LineInput, post_entries, post_entry
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


@dataclass(frozen=True)
class CheckedDocument:
    """An invoice or credit note that passed every rule but the unique number."""

    kind: str
    number: str
    date: dt.date
    due_date: dt.date
    lines: tuple[_Line, ...]

    @property
    def net(self) -> int:
        return sum(line.net for line in self.lines)

    @property
    def vat(self) -> int:
        return sum(line.vat for line in self.lines)

    @property
    def total(self) -> int:
        return self.net + self.vat


def _rate_text(rate: Decimal) -> str:
    return format(rate.normalize(), "f")


def vat_code(rate: Decimal) -> str:
    """The tax code of a VAT line, as treasury movements write it (``VAT5.5``)."""
    return f"VAT{_rate_text(rate)}"


def line_vat(net: int, rate: Decimal, currency: str) -> int:
    """The VAT of one line: ``rate`` per cent of its net, half-up (DESIGN §3)."""
    return Money(net, currency).percent(rate).minor


class InvoiceRules:
    """Every rule an invoice or credit note must meet before it is posted, with the base
    currency, the lock date and the accounts read once: one check for a form, thousands
    for an import. A number already taken is checked apart (:func:`taken_numbers`) so
    that a batch asks the database once."""

    def __init__(self, session: Session) -> None:
        company = get_company(session)
        self._session = session
        self.base_currency = company.base_currency
        self._lock_date = company.lock_date
        self._accounts: dict[str, AccountView] = {}

    def income_account(self, code: str, where: str) -> AccountView:
        code = code.strip()
        if code not in self._accounts:
            try:
                self._accounts[code] = get_account(self._session, code)
            except UnknownAccount as exc:
                raise ReceivablesError(field=where, reason=f"no account {code!r}") from exc
        account = self._accounts[code]
        if account.type != "income" or not account.postable:
            raise ReceivablesError(field=where,
                                   reason=f"{account.code} is not a postable income account")
        return account

    def lines(self, lines: Sequence[InvoiceLineInput]) -> list[_Line]:
        if not lines:
            raise ReceivablesError(field="lines", reason="an invoice needs at least one line")
        result = []
        for index, line in enumerate(lines, start=1):
            where = f"line {index}"
            if not line.label.strip():
                raise ReceivablesError(field=where, reason="the line needs a label")
            if not isinstance(line.net, int) or isinstance(line.net, bool) or line.net == 0:
                raise ReceivablesError(field=where,
                                       reason="a net amount in minor units, not zero")
            rate = to_decimal_strict(line.vat_rate)
            if not Decimal(0) <= rate < Decimal(100):
                raise ReceivablesError(field=where, reason="a VAT rate from 0 to 100")
            account = self.income_account(line.account, where)
            result.append(_Line(line.label.strip(), account.id, account.code, line.net, rate,
                                line_vat(line.net, rate, self.base_currency)))
        return result

    def header(self, kind: str, data: InvoiceInput, payment_terms_days: int
               ) -> tuple[str, dt.date]:
        """The number and the due date (credit notes: their date)."""
        if kind not in KINDS:
            raise ReceivablesError(field="kind", reason="an invoice or a credit note")
        number = data.number.strip()
        if not number:
            raise ReceivablesError(field="number", reason="the number from the sales program")
        if len(number) > 50:
            raise ReceivablesError(field="number", reason="at most 50 characters")
        if (data.currency or self.base_currency) != self.base_currency:
            raise ReceivablesError(field="currency",
                                   reason=f"only {self.base_currency}, the base currency, "
                                          "for now")
        due = data.due_date or data.date + dt.timedelta(days=payment_terms_days)
        if kind == "credit_note":
            due = data.date
        if due < data.date:
            raise ReceivablesError(field="due_date", reason="on or after the invoice date")
        return number, due

    def check(self, kind: str, data: InvoiceInput, *, payment_terms_days: int
              ) -> CheckedDocument:
        """``data`` checked for a customer with these terms (the customer itself is
        looked up by the caller, which may be about to create it)."""
        number, due = self.header(kind, data, payment_terms_days)
        checked = CheckedDocument(kind, number, data.date, due, tuple(self.lines(data.lines)))
        if checked.total <= 0:
            raise ReceivablesError(field="lines", reason="the total must be more than zero")
        # Posting would refuse it too; said here so that a preview can tell.
        if self._lock_date is not None and data.date <= self._lock_date:
            raise PeriodLocked(lock_date=self._lock_date.isoformat(),
                               date=data.date.isoformat())
        return checked


def taken_numbers(session: Session, numbers: Iterable[str]) -> set[tuple[str, str]]:
    """The (kind, number) pairs among ``numbers`` already recorded, in a few queries."""
    wanted = sorted({number.strip() for number in numbers})
    taken: set[tuple[str, str]] = set()
    for start in range(0, len(wanted), 500):  # well under SQLite's bound-parameter limit
        taken.update((kind, number) for kind, number in session.execute(
            select(CustomerInvoice.kind, CustomerInvoice.number).where(
                CustomerInvoice.number.in_(wanted[start:start + 500]))).all())
    return taken


def _refuse_taken_numbers(session: Session, documents: Sequence[CheckedDocument]) -> None:
    """Numbers are unique per kind: in the ledger and within the batch itself."""
    taken = taken_numbers(session, [document.number for document in documents])
    for document in documents:
        key = (document.kind, document.number)
        if key in taken:
            raise DuplicateInvoiceNumber(kind=document.kind.replace("_", " "),
                                         number=document.number)
        taken.add(key)


def _entry_lines(kind: str, customer: CustomerView, receivable: str, vat_account: str,
                 lines: Sequence[_Line], total: int, due: dt.date, label: str
                 ) -> list[LineInput]:
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


def _entry_input(document: CheckedDocument, customer: CustomerView, receivable: str,
                 vat_account: str) -> EntryInput:
    label = f"{document.number} {customer.name}"
    return EntryInput(
        journal=SALES_JOURNAL, date=document.date, label=label, reference=document.number,
        source=f"receivables.{document.kind}",
        lines=_entry_lines(document.kind, customer, receivable, vat_account, document.lines,
                           document.total, document.due_date, label))


def _invoice_values(document: CheckedDocument, data: InvoiceInput, customer_id: int,
                    currency: str, entry_id: int, source: str) -> dict[str, Any]:
    return dict(
        kind=document.kind, number=document.number, customer_id=customer_id,
        date=document.date, due_date=document.due_date, currency=currency, net=document.net,
        vat=document.vat, total=document.total, reference=data.reference.strip(),
        note=data.note.strip(), entry_id=entry_id, source=source,
        created_at=clock.now().replace(tzinfo=None))


def _line_values(document: CheckedDocument, invoice_id: int) -> list[dict[str, Any]]:
    return [dict(invoice_id=invoice_id, line_no=line_no, label=line.label,
                 account_id=line.account_id, net=line.net, vat_rate=_rate_text(line.rate),
                 vat=line.vat)
            for line_no, line in enumerate(document.lines, start=1)]


def _record(session: Session, kind: str, data: InvoiceInput, source: str
            ) -> tuple[CustomerInvoice, CustomerView]:
    customer = get_customer(session, data.customer_id)
    rules = InvoiceRules(session)
    document = rules.check(kind, data, payment_terms_days=customer.payment_terms_days)
    _refuse_taken_numbers(session, [document])
    entry = _entry_input(document, customer, receivable_account(session, customer.id),
                         account_for_role(session, "vat_collected").code)
    posted = post_entry(session, journal=entry.journal, date=entry.date, label=entry.label,
                        reference=entry.reference, source=entry.source, lines=entry.lines)
    row = CustomerInvoice(**_invoice_values(document, data, customer.id, rules.base_currency,
                                            posted.id, source))
    session.add(row)
    session.flush()
    session.add_all(CustomerInvoiceLine(**values) for values in _line_values(document, row.id))
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


# --- many at once ------------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentInput:
    """One invoice or credit note of a batch (:func:`record_documents`)."""

    kind: str
    data: InvoiceInput


@dataclass(frozen=True)
class RecordedDocument:
    id: int
    kind: str
    number: str
    total: int
    #: :data:`CREDIT_LIMIT_EXCEEDED` when this invoice took its customer over its limit.
    warnings: tuple[str, ...] = ()


class _BatchCustomers:
    """Each customer of a batch read once, with what it owes as the batch goes on (the
    credit-limit warning of :func:`record_invoice`, invoice after invoice)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._views: dict[int, CustomerView] = {}
        self._receivables: dict[int, str] = {}
        self._owed: dict[int, int] = {}

    def get(self, customer_id: int) -> CustomerView:
        if customer_id not in self._views:
            self._views[customer_id] = get_customer(self._session, customer_id)
        return self._views[customer_id]

    def receivable(self, customer_id: int) -> str:
        if customer_id not in self._receivables:
            self._receivables[customer_id] = receivable_account(self._session, customer_id)
        return self._receivables[customer_id]

    def add(self, customer_id: int, document: CheckedDocument) -> tuple[str, ...]:
        """Count ``document`` in what the customer owes; the warnings it earns."""
        if customer_id not in self._owed:
            self._owed[customer_id] = customer_balance(self._session, customer_id).balance
        owed_before = self._owed[customer_id]
        if document.kind == "credit_note":
            self._owed[customer_id] = owed_before - document.total
            return ()
        self._owed[customer_id] = owed_before + document.total
        limit = self.get(customer_id).credit_limit
        if limit is not None and owed_before + document.total > limit:
            return (CREDIT_LIMIT_EXCEEDED,)
        return ()


def record_documents(session: Session, documents: Sequence[DocumentInput], *,
                     source: str = "import") -> list[RecordedDocument]:
    """Post many invoices and credit notes in the session's transaction (imports), by the
    rules of :func:`record_invoice` and :func:`record_credit_note`, at import speed: each
    customer and account is read once, the entries go in with :func:`post_entries`.
    Every document is checked before the first is written, so a bad one writes nothing.
    Credit notes are not matched here: they stay customer credit, applied later."""
    if not documents:
        return []
    rules = InvoiceRules(session)
    customers = _BatchCustomers(session)
    checked = [
        rules.check(document.kind, document.data,
                    payment_terms_days=customers.get(document.data.customer_id)
                    .payment_terms_days)
        for document in documents]
    _refuse_taken_numbers(session, checked)
    # What each customer owes is read before the batch is written.
    warnings = [customers.add(document.data.customer_id, item)
                for item, document in zip(checked, documents, strict=True)]
    vat_account = account_for_role(session, "vat_collected").code
    entry_ids = post_entries(session, [
        _entry_input(item, customers.get(document.data.customer_id),
                     customers.receivable(document.data.customer_id), vat_account)
        for item, document in zip(checked, documents, strict=True)])
    invoice_ids = session.execute(
        insert(CustomerInvoice).returning(CustomerInvoice.id, sort_by_parameter_order=True),
        [_invoice_values(item, document.data, document.data.customer_id,
                         rules.base_currency, entry_id, source)
         for item, document, entry_id in zip(checked, documents, entry_ids, strict=True)],
    ).scalars().all()
    session.execute(insert(CustomerInvoiceLine), [
        values for item, invoice_id in zip(checked, invoice_ids, strict=True)
        for values in _line_values(item, invoice_id)])
    return [RecordedDocument(invoice_id, item.kind, item.number, item.total, warned)
            for item, invoice_id, warned in zip(checked, invoice_ids, warnings, strict=True)]


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
