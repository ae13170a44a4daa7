"""ORM models of dunning (relances / somații): the settings kept in the ledger file
(levels and their delays, letter templates per level and language, accounts never
reminded), the actions recorded with customers (calls, visits, promises, disputes),
and the runs with the letters they sent.

Settings are edited. Actions, runs, letters and letter lines are written once and
never changed or deleted (triggers refuse it, see migration 0005): a dispute is
closed by a further action, not by editing the one that opened it.
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

LEVEL_CHECK = "level IN ('P','1','2','3')"


class DunningLevel(Base):
    """One dunning level and its delay in days from the due date (negative: before)."""

    __tablename__ = "dunning_level"

    level: Mapped[str] = mapped_column(String(1), primary_key=True)
    delay_days: Mapped[int] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (CheckConstraint(LEVEL_CHECK, name="level"),)


class DunningTemplate(Base):
    """The text of the letter of one level in one language; ``body`` holds the
    ``{invoices_table}`` placeholder where the invoices are listed."""

    __tablename__ = "dunning_template"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    level: Mapped[str] = mapped_column(String(1))
    language: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(String(200))
    header: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    footer: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(LEVEL_CHECK, name="level"),
        UniqueConstraint("level", "language"),
    )


class DunningExcludedAccount(Base):
    """An account (and its sub-accounts) whose receivables are never reminded."""

    __tablename__ = "dunning_excluded_account"

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True)


class CustomerAction(Base):
    """Something done or agreed with a customer about what it owes: a call, a visit,
    a promise to pay, a note, or an invoice disputed (``dispute``) and the dispute
    closed (``dispute_closed``). The latest dispute row of an invoice says whether it
    is disputed."""

    __tablename__ = "customer_action"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("customer_invoice.id"),
                                                   nullable=True)
    date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(15))
    note: Mapped[str] = mapped_column(Text, default="")
    promised_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    promised_amount: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint(
            "kind IN ('phone','visit','promise','dispute','dispute_closed','note')",
            name="kind"),
        CheckConstraint("kind NOT IN ('dispute','dispute_closed') OR invoice_id IS NOT NULL",
                        name="dispute_invoice"),
        CheckConstraint("promised_amount IS NULL OR promised_amount > 0", name="promised"),
        Index("ix_customer_action_customer_date", "customer_id", "date"),
        Index("ix_customer_action_invoice", "invoice_id"),
    )


class DunningRun(Base):
    """A validated dunning run: gapless number per fiscal year (DR-2026-000001)."""

    __tablename__ = "dunning_run"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    sequence_no: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_dunning_run_year_no", "fiscal_year", "sequence_no", unique=True),
    )


class DunningLetter(Base):
    """The letter a run sent one customer, as it was written: the recipient's address
    and the template's texts with the placeholders filled (``{invoices_table}`` kept
    where the table prints), so a reprint shows what was sent."""

    __tablename__ = "dunning_letter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("dunning_run.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    #: The highest level among its lines.
    level: Mapped[str] = mapped_column(String(1))
    language: Mapped[str] = mapped_column(String(5))
    recipient: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String(2))
    title: Mapped[str] = mapped_column(String(200))
    header: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    footer: Mapped[str] = mapped_column(Text)
    currency: Mapped[str] = mapped_column(String(3))
    #: Unapplied customer credit deducted from the invoices listed.
    credit_applied: Mapped[int] = mapped_column(Integer)
    total_due: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint(LEVEL_CHECK, name="level"),
        UniqueConstraint("run_id", "customer_id"),
        Index("ix_dunning_letter_customer", "customer_id"),
    )


class DunningLetterLine(Base):
    """One invoice reminded by a letter, at its level, with what was open on it."""

    __tablename__ = "dunning_letter_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("dunning_letter.id"))
    invoice_id: Mapped[int] = mapped_column(ForeignKey("customer_invoice.id"))
    level: Mapped[str] = mapped_column(String(1))
    open_amount: Mapped[int] = mapped_column(Integer)
    credit_applied: Mapped[int] = mapped_column(Integer, default=0)
    days_late: Mapped[int] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint(LEVEL_CHECK, name="level"),
        CheckConstraint("open_amount > 0 AND credit_applied >= 0", name="amounts"),
        UniqueConstraint("letter_id", "invoice_id"),
        Index("ix_dunning_letter_line_invoice", "invoice_id"),
    )
