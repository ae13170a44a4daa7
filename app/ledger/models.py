"""ORM models of the books: company settings, accounts, journal entries, numbering.

Posted entries live in ``journal_entry`` / ``journal_line`` and are never updated or
deleted (SQLite triggers refuse it, see the first migration). Drafts live in their own
tables, so every row of the journal is posted, numbered and chained.
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
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.storage.base import Base


class Company(Base):
    """The one row of company settings kept in the ledger file."""

    __tablename__ = "company"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Text, default="")
    registration_id: Mapped[str] = mapped_column(String(50), default="")
    vat_id: Mapped[str] = mapped_column(String(50), default="")
    other_ids: Mapped[str] = mapped_column(Text, default="")
    base_currency: Mapped[str] = mapped_column(String(3))
    locale: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(5))
    chart_template: Mapped[str] = mapped_column(String(20))
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, default=1)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    lock_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    type: Mapped[str] = mapped_column(String(10))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    currency: Mapped[str | None] = mapped_column(String(3), nullable=True)
    role: Mapped[str | None] = mapped_column(String(40), nullable=True, unique=True)
    active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        CheckConstraint(
            "type IN ('asset','liability','equity','income','expense')", name="type"
        ),
    )


class Partner(Base):
    """A customer, supplier or employee named on journal lines."""

    __tablename__ = "partner"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="other")


class Journal(Base):
    __tablename__ = "journal"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))


class NumberSequence(Base):
    """The next number of one (document type, series, fiscal year): gapless by design."""

    __tablename__ = "number_sequence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(30))
    series: Mapped[str] = mapped_column(String(20))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    last_number: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("doc_type", "series", "fiscal_year"),)


class JournalEntry(Base):
    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    chain_index: Mapped[int] = mapped_column(Integer, unique=True)
    journal_code: Mapped[str] = mapped_column(ForeignKey("journal.code"))
    number: Mapped[str] = mapped_column(String(40), unique=True)
    fiscal_year: Mapped[int] = mapped_column(Integer)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    label: Mapped[str] = mapped_column(String(300))
    reference: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(30), default="manual")
    reversal_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("journal_entry.id"), nullable=True, unique=True
    )
    posted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    hash: Mapped[str] = mapped_column(String(64))

    lines: Mapped[list[JournalLine]] = relationship(
        back_populates="entry", order_by="JournalLine.line_no"
    )


class JournalLine(Base):
    __tablename__ = "journal_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    # The entry's date, copied so balances at a date need no join (rows never change).
    entry_date: Mapped[dt.date] = mapped_column(Date)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    label: Mapped[str] = mapped_column(String(300), default="")
    currency: Mapped[str] = mapped_column(String(3))
    debit: Mapped[int] = mapped_column(Integer, default=0)
    credit: Mapped[int] = mapped_column(Integer, default=0)
    rate: Mapped[str] = mapped_column(String(30), default="1")
    base_debit: Mapped[int] = mapped_column(Integer, default=0)
    base_credit: Mapped[int] = mapped_column(Integer, default=0)
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"), nullable=True)
    tax_code: Mapped[str | None] = mapped_column(String(20), nullable=True)
    due_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    entry: Mapped[JournalEntry] = relationship(back_populates="lines")

    __table_args__ = (
        UniqueConstraint("entry_id", "line_no"),
        CheckConstraint("debit >= 0 AND credit >= 0 AND base_debit >= 0 AND base_credit >= 0",
                        name="non_negative"),
        # Covering index: balances at a date, in base or in the account's own currency,
        # are answered from the index alone.
        Index("ix_journal_line_account_date", "account_id", "entry_date", "base_debit",
              "base_credit", "debit", "credit"),
        Index("ix_journal_line_date_id", "entry_date", "id"),
        Index("ix_journal_line_account_date_id", "account_id", "entry_date"),
        Index("ix_journal_line_partner", "partner_id"),
    )


class DraftEntry(Base):
    """An entry being prepared: no number, no hash, freely edited or discarded."""

    __tablename__ = "draft_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journal_code: Mapped[str] = mapped_column(ForeignKey("journal.code"))
    date: Mapped[dt.date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(300), default="")
    reference: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)

    lines: Mapped[list[DraftLine]] = relationship(
        back_populates="draft", order_by="DraftLine.line_no", cascade="all, delete-orphan"
    )


class DraftLine(Base):
    __tablename__ = "draft_line"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("draft_entry.id", ondelete="CASCADE"))
    line_no: Mapped[int] = mapped_column(Integer)
    account_code: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(300), default="")
    debit: Mapped[int] = mapped_column(Integer, default=0)
    credit: Mapped[int] = mapped_column(Integer, default=0)

    draft: Mapped[DraftEntry] = relationship(back_populates="lines")
