"""Receipts for customer payments (reçu / chitanță): a gapless series per fiscal year,
numbered in the transaction that records the payment, listing the invoices the payment
settled and what stayed on account, with the stamp duty paid on top.

Like the cash-desk vouchers: nothing is deleted, a cancelled payment keeps its receipt
number and the receipt prints VOID, and every print is logged so the second and later
prints are duplicates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import ReceiptNotFound, ReceivablesError
from app.ledger.company import fiscal_year_of, get_company
from app.ledger.numbering import take_next_number
from app.receivables.models import (
    Collection,
    CollectionCancellation,
    CollectionReceipt,
    Customer,
    CustomerInvoice,
    ReceiptPrint,
    ReceivableMatch,
)
from app.treasury.models import Movement, TreasuryAccount
from app.treasury.voucher_models import Setting

RECEIPT_DOC_TYPE = "receivables.receipt"
RECEIPT_SERIES = "RC"
PAGE_FORMATS = ("A4", "A5", "80mm")
DEFAULT_PAGE_FORMAT = "A5"
PAGE_FORMAT_KEY = "documents.page_format.collection_receipt"


@dataclass(frozen=True)
class ReceiptLine:
    invoice_id: int
    invoice_number: str
    invoice_date: dt.date
    amount: int


@dataclass(frozen=True)
class ReceiptView:
    id: int
    number: str
    series: str
    fiscal_year: int
    date: dt.date
    language: str
    collection_id: int
    customer_id: int
    customer_name: str
    customer_address: str
    customer_registration_id: str
    customer_vat_id: str
    treasury_account_name: str
    method: str
    cheque_number: str
    reference: str
    currency: str
    #: What settled the customer's account.
    amount: int
    #: Paid on top, in cash (Algeria).
    stamp_duty: int
    #: The invoices the payment settled when it was recorded.
    lines: tuple[ReceiptLine, ...]
    prints: int
    cancel_reason: str | None
    cancelled_on: dt.date | None

    @property
    def total(self) -> int:
        """What the customer handed over."""
        return self.amount + self.stamp_duty

    @property
    def on_account(self) -> int:
        """What was not allocated to an invoice: a deposit or an overpayment."""
        return self.amount - sum(line.amount for line in self.lines)

    @property
    def is_void(self) -> bool:
        return self.cancelled_on is not None


def format_receipt_number(series: str, fiscal_year: int, number: int) -> str:
    return f"{series}-{fiscal_year}-{number:06d}"


def issue_receipt(session: Session, *, collection_id: int, date: dt.date, language: str
                  ) -> int:
    """Number the receipt of a payment: call in the transaction that records it."""
    company = get_company(session)
    fiscal_year = fiscal_year_of(date, company.fiscal_year_start_month)
    sequence_no = take_next_number(session, doc_type=RECEIPT_DOC_TYPE, series=RECEIPT_SERIES,
                                   fiscal_year=fiscal_year)
    row = CollectionReceipt(
        collection_id=collection_id, series=RECEIPT_SERIES, fiscal_year=fiscal_year,
        sequence_no=sequence_no,
        number=format_receipt_number(RECEIPT_SERIES, fiscal_year, sequence_no), date=date,
        language=language, created_at=clock.now().replace(tzinfo=None))
    session.add(row)
    session.flush()
    return row.id


def get_receipt(session: Session, receipt_id: int) -> ReceiptView:
    row = session.get(CollectionReceipt, receipt_id)
    if row is None:
        raise ReceiptNotFound(receipt=receipt_id)
    collection = session.get(Collection, row.collection_id)
    assert collection is not None
    customer = session.get(Customer, collection.customer_id)
    movement = session.get(Movement, collection.movement_id)
    assert customer is not None and movement is not None
    account = session.get(TreasuryAccount, movement.treasury_account_id)
    assert account is not None
    lines = tuple(
        ReceiptLine(invoice_id, number, date, amount)
        for invoice_id, number, date, amount in session.execute(
            select(CustomerInvoice.id, CustomerInvoice.number, CustomerInvoice.date,
                   ReceivableMatch.amount)
            .join(CustomerInvoice, CustomerInvoice.id == ReceivableMatch.invoice_id)
            .where(ReceivableMatch.collection_id == collection.id,
                   ReceivableMatch.at_recording.is_(True))
            .order_by(ReceivableMatch.id)))
    prints = session.execute(select(func.count()).select_from(ReceiptPrint).where(
        ReceiptPrint.receipt_id == receipt_id)).scalar_one()
    cancel = session.execute(select(CollectionCancellation).where(
        CollectionCancellation.collection_id == collection.id)).scalar_one_or_none()
    return ReceiptView(
        id=row.id, number=row.number, series=row.series, fiscal_year=row.fiscal_year,
        date=row.date, language=row.language, collection_id=collection.id,
        customer_id=customer.id, customer_name=customer.name,
        customer_address=customer.address, customer_registration_id=customer.registration_id,
        customer_vat_id=customer.vat_id, treasury_account_name=account.name,
        method=collection.method, cheque_number=movement.cheque_number,
        reference=collection.reference, currency=movement.currency, amount=collection.amount,
        stamp_duty=collection.stamp_duty, lines=lines, prints=int(prints),
        cancel_reason=cancel.reason if cancel else None,
        cancelled_on=cancel.date if cancel else None,
    )


def receipt_of_collection(session: Session, collection_id: int) -> ReceiptView | None:
    receipt_id = session.execute(select(CollectionReceipt.id).where(
        CollectionReceipt.collection_id == collection_id)).scalar_one_or_none()
    return get_receipt(session, receipt_id) if receipt_id is not None else None


def find_receipt(session: Session, *, number: str) -> ReceiptView:
    """A receipt by its full number (``RC-2026-000012``) or the counter of the current
    fiscal year (``12``)."""
    query = select(CollectionReceipt.id)
    if number.strip().isdigit():
        company = get_company(session)
        year = fiscal_year_of(clock.today(), company.fiscal_year_start_month)
        query = query.where(CollectionReceipt.sequence_no == int(number),
                            CollectionReceipt.fiscal_year == year)
    else:
        query = query.where(CollectionReceipt.number == number.strip())
    receipt_id = session.execute(query).scalar_one_or_none()
    if receipt_id is None:
        raise ReceiptNotFound(receipt=number)
    return get_receipt(session, receipt_id)


def list_receipts(session: Session, *, customer_id: int | None = None,
                  date_from: dt.date | None = None, date_to: dt.date | None = None
                  ) -> list[ReceiptView]:
    """Receipts, newest first."""
    query = select(CollectionReceipt.id).join(
        Collection, Collection.id == CollectionReceipt.collection_id)
    if customer_id is not None:
        query = query.where(Collection.customer_id == customer_id)
    if date_from is not None:
        query = query.where(CollectionReceipt.date >= date_from)
    if date_to is not None:
        query = query.where(CollectionReceipt.date <= date_to)
    ids = session.execute(query.order_by(CollectionReceipt.date.desc(),
                                         CollectionReceipt.id.desc())).scalars().all()
    return [get_receipt(session, receipt_id) for receipt_id in ids]


def record_receipt_print(session: Session, receipt_id: int) -> int:
    """Log one print of the receipt; returns its copy number (0 for the original,
    1 and more for duplicates)."""
    copy_no = session.execute(select(func.count()).select_from(ReceiptPrint).where(
        ReceiptPrint.receipt_id == receipt_id)).scalar_one()
    session.add(ReceiptPrint(receipt_id=receipt_id, copy_no=int(copy_no),
                             printed_at=clock.now().replace(tzinfo=None)))
    session.flush()
    return int(copy_no)


def receipt_page_format(session: Session) -> str:
    """The page format receipts print on (a setting in the ledger; A5 by default)."""
    row = session.get(Setting, PAGE_FORMAT_KEY)
    return row.value if row is not None else DEFAULT_PAGE_FORMAT


def set_receipt_page_format(session: Session, page_format_name: str) -> None:
    if page_format_name not in PAGE_FORMATS:
        raise ReceivablesError(field="page_format", reason=", ".join(PAGE_FORMATS))
    row = session.get(Setting, PAGE_FORMAT_KEY)
    if row is None:
        session.add(Setting(key=PAGE_FORMAT_KEY, value=page_format_name))
    else:
        row.value = page_format_name
    session.flush()
