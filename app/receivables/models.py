"""ORM models of the receivables: customers, their invoices and credit notes, the
payments collected from them and the refunds paid back, the matching between them,
the transfer to doubtful customers, and the receipts printed for payments.

Only the customer record is edited. Everything else is written once, in the
transaction that posts its journal entry, and never changed or deleted (triggers
refuse it, see migration 0004): a wrong invoice is cancelled by a credit note, a wrong
payment by a cancellation that reverses its movement. Amounts are base-currency minor
units. What is still open on an invoice, and its status, are never stored: they are
derived from the matching rows.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base


class Customer(Base):
    """A customer, named on its receivable lines through its ledger partner."""

    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partner.id"), unique=True)
    #: The customer's code in the sales program, optional (used to match imports).
    code: Mapped[str | None] = mapped_column(String(30), nullable=True, unique=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(String(2))
    registration_id: Mapped[str] = mapped_column(String(50), default="")
    vat_id: Mapped[str] = mapped_column(String(50), default="")
    language: Mapped[str] = mapped_column(String(5))
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    credit_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    max_dunning_level: Mapped[int] = mapped_column(Integer, default=3)
    excluded_from_dunning: Mapped[bool] = mapped_column(default=False)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("max_dunning_level BETWEEN 0 AND 3", name="dunning_level"),
        CheckConstraint("payment_terms_days >= 0", name="terms"),
        CheckConstraint("credit_limit IS NULL OR credit_limit >= 0", name="credit_limit"),
        Index("ix_customer_name", "name"),
    )


class CustomerInvoice(Base):
    """A sales invoice or credit note, numbered by the sales program that issued it."""

    __tablename__ = "customer_invoice"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    number: Mapped[str] = mapped_column(String(50))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    net: Mapped[int] = mapped_column(Integer)
    vat: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), unique=True)
    source: Mapped[str] = mapped_column(String(30), default="form")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("kind IN ('invoice','credit_note')", name="kind"),
        CheckConstraint("total > 0", name="positive"),
        UniqueConstraint("kind", "number"),
        Index("ix_customer_invoice_customer_due", "customer_id", "due_date"),
        Index("ix_customer_invoice_date", "date"),
        # Covers the aged balance's scan: per customer, no row fetched.
        Index("ix_customer_invoice_ageing", "customer_id", "kind", "date", "due_date",
              "total"),
    )


class CustomerInvoiceLine(Base):
    __tablename__ = "customer_invoice_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("customer_invoice.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(300))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    #: Negative for a discount line; the document's total stays positive.
    net: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[str] = mapped_column(String(10), default="0")
    vat: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("invoice_id", "line_no"),)


class Collection(Base):
    """Money received from a customer (encaissement / încasare): the business record of
    one treasury movement in, with the stamp duty paid on top when in cash."""

    __tablename__ = "customer_collection"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    movement_id: Mapped[int] = mapped_column(ForeignKey("treasury_movement.id"), unique=True)
    date: Mapped[dt.date] = mapped_column(Date)
    #: What settles the customer's account (the movement's net).
    amount: Mapped[int] = mapped_column(Integer)
    #: Paid on top of ``amount`` when the method is cash (Algeria), owed to the state.
    stamp_duty: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(15))
    reference: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("amount > 0 AND stamp_duty >= 0", name="amounts"),
        # Covers the unapplied credit's sum per customer as of a date.
        Index("ix_customer_collection_customer_date_amount", "customer_id", "date",
              "amount"),
    )


class CollectionCancellation(Base):
    """A payment recorded by mistake: its movement reversed, its matching void from
    ``date`` on. Its receipt, if any, keeps its number and prints VOID."""

    __tablename__ = "customer_collection_cancel"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    collection_id: Mapped[int] = mapped_column(ForeignKey("customer_collection.id"),
                                               unique=True)
    reason: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date] = mapped_column(Date)
    reversal_movement_id: Mapped[int] = mapped_column(ForeignKey("treasury_movement.id"))
    cancelled_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CustomerRefund(Base):
    """Unapplied customer credit paid back: one treasury movement out."""

    __tablename__ = "customer_refund"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    movement_id: Mapped[int] = mapped_column(ForeignKey("treasury_movement.id"), unique=True)
    date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)
    method: Mapped[str] = mapped_column(String(15))
    reference: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("amount > 0", name="positive"),
        Index("ix_customer_refund_customer", "customer_id"),
    )


class ReceivableMatch(Base):
    """Matching (lettrage): ``amount`` of a debit document (an invoice, or a refund)
    settled by a credit document (a payment, or a credit note), from ``date`` on.

    Many-to-many: an invoice may be settled by several payments and credit notes, a
    payment may settle several invoices. ``at_recording`` tells the matching made with
    the credit document itself (what its receipt lists) from credit applied later.
    """

    __tablename__ = "customer_match"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("customer_invoice.id"),
                                                   nullable=True)
    refund_id: Mapped[int | None] = mapped_column(ForeignKey("customer_refund.id"),
                                                  nullable=True)
    collection_id: Mapped[int | None] = mapped_column(ForeignKey("customer_collection.id"),
                                                      nullable=True)
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("customer_invoice.id"),
                                                       nullable=True)
    amount: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date)
    #: The invoice's own dates, copied (an invoice never changes; a trigger checks the
    #: copy) so the aged balance buckets what is paid without reading each invoice.
    invoice_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    invoice_due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    at_recording: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("amount > 0", name="positive"),
        CheckConstraint("(invoice_id IS NULL) <> (refund_id IS NULL)", name="one_debit"),
        CheckConstraint("(collection_id IS NULL) <> (credit_note_id IS NULL)",
                        name="one_credit"),
        Index("ix_customer_match_invoice", "invoice_id", "date", "amount"),
        Index("ix_customer_match_collection", "collection_id"),
        Index("ix_customer_match_credit_note", "credit_note_id"),
        # Covers the aged balance: what is matched per customer as of a date, by the
        # invoice's bucket, the cancelled payments told by ``collection_id``.
        Index("ix_customer_match_ageing", "customer_id", "date", "invoice_due_date",
              "invoice_date", "amount", "collection_id"),
    )


class DoubtfulTransfer(Base):
    """The day a customer became doubtful: its receivable moved to 416 / 4118 by one
    entry. From then on its invoices, payments and refunds use the doubtful account."""

    __tablename__ = "customer_doubtful"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), unique=True)
    date: Mapped[dt.date] = mapped_column(Date)
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"),
                                                 nullable=True, unique=True)
    amount: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CollectionReceipt(Base):
    """The receipt (reçu / chitanță) of a payment: gapless series per fiscal year,
    numbered in the transaction that records the payment."""

    __tablename__ = "collection_receipt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    collection_id: Mapped[int] = mapped_column(ForeignKey("customer_collection.id"),
                                               unique=True)
    series: Mapped[str] = mapped_column(String(20))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    sequence_no: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    date: Mapped[dt.date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(5))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_collection_receipt_series_year_no", "series", "fiscal_year", "sequence_no",
              unique=True),
    )


class ReceiptPrint(Base):
    """One printing (or PDF) of a receipt: the first is the original, the rest duplicates."""

    __tablename__ = "collection_receipt_print"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("collection_receipt.id"))
    copy_no: Mapped[int] = mapped_column(Integer)
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_collection_receipt_print_copy", "receipt_id", "copy_no", unique=True),
    )
