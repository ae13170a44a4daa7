"""ORM models of the treasury: bank accounts and cash boxes, categories, movements,
transfers and recurring items for the forecast.

Balances are never stored: they come from the journal lines of each treasury
account's ledger account. A movement is the business record (net, VAT, stamp duty,
category, payment method, references) of one posted entry; like the entry, it is
never changed or deleted, only reversed.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base


class TreasuryAccount(Base):
    __tablename__ = "treasury_account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(100))
    bank_name: Mapped[str] = mapped_column(String(100), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    bic: Mapped[str] = mapped_column(String(11), default="")
    national_number: Mapped[str] = mapped_column(String(40), default="")
    currency: Mapped[str] = mapped_column(String(3))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), unique=True)
    journal_code: Mapped[str] = mapped_column(ForeignKey("journal.code"))
    opening_date: Mapped[dt.date] = mapped_column(Date)
    keeper: Mapped[str] = mapped_column(String(100), default="")
    cash_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (CheckConstraint("kind IN ('bank','cash')", name="kind"),)


class Category(Base):
    """A small editable list mapping money in or out to an income or expense account."""

    __tablename__ = "treasury_category"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    direction: Mapped[str] = mapped_column(String(3))
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"))
    vat_rate: Mapped[str] = mapped_column(String(10), default="0")
    active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (CheckConstraint("direction IN ('in','out')", name="direction"),)


class Transfer(Base):
    __tablename__ = "treasury_transfer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    date: Mapped[dt.date] = mapped_column(Date)
    from_account_id: Mapped[int] = mapped_column(ForeignKey("treasury_account.id"))
    to_account_id: Mapped[int] = mapped_column(ForeignKey("treasury_account.id"))
    amount_sent: Mapped[int] = mapped_column(Integer)
    amount_received: Mapped[int] = mapped_column(Integer)
    rate: Mapped[str] = mapped_column(String(30), default="1")
    label: Mapped[str] = mapped_column(String(300), default="")
    reversal_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("treasury_transfer.id"), nullable=True, unique=True)


class Movement(Base):
    __tablename__ = "treasury_movement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    treasury_account_id: Mapped[int] = mapped_column(ForeignKey("treasury_account.id"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(12))
    direction: Mapped[str] = mapped_column(String(3))
    date: Mapped[dt.date] = mapped_column(Date)
    value_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    counterparty: Mapped[str] = mapped_column(String(200), default="")
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partner.id"), nullable=True)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("treasury_category.id"), nullable=True)
    currency: Mapped[str] = mapped_column(String(3))
    net: Mapped[int] = mapped_column(Integer)
    vat_rate: Mapped[str] = mapped_column(String(10), default="0")
    vat: Mapped[int] = mapped_column(Integer, default=0)
    stamp_duty: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int] = mapped_column(Integer)
    # The treasury line's base-currency debit and credit, kept so the dashboard sums
    # movements from one covering index instead of joining every journal line.
    base_debit: Mapped[int] = mapped_column(Integer, default=0)
    base_credit: Mapped[int] = mapped_column(Integer, default=0)
    payment_method: Mapped[str] = mapped_column(String(15), default="transfer")
    cheque_number: Mapped[str] = mapped_column(String(30), default="")
    invoice_ref: Mapped[str] = mapped_column(String(50), default="")
    invoice_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    order_ref: Mapped[str] = mapped_column(String(50), default="")
    order_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    transfer_id: Mapped[int | None] = mapped_column(
        ForeignKey("treasury_transfer.id"), nullable=True)
    reversal_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("treasury_movement.id"), nullable=True, unique=True)

    __table_args__ = (
        CheckConstraint("direction IN ('in','out')", name="direction"),
        CheckConstraint("net >= 0 AND vat >= 0 AND stamp_duty >= 0 AND total >= 0",
                        name="non_negative"),
        # Covering, in the dashboard's GROUP BY order: no temporary B-tree at 1M rows.
        Index("ix_treasury_movement_account_date", "treasury_account_id", "date",
              "category_id", "kind", "direction", "base_debit", "base_credit"),
        Index("ix_treasury_movement_category_date", "category_id", "date"),
    )


class RecurringItem(Base):
    """A planned monthly amount (rent, salaries) for the treasury forecast."""

    __tablename__ = "treasury_recurring"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(200))
    direction: Mapped[str] = mapped_column(String(3))
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("treasury_category.id"), nullable=True)
    treasury_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("treasury_account.id"), nullable=True)
    amount: Mapped[int] = mapped_column(Integer)
    day_of_month: Mapped[int] = mapped_column(Integer, default=1)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        CheckConstraint("direction IN ('in','out')", name="direction"),
        CheckConstraint("amount > 0", name="positive"),
        CheckConstraint("day_of_month BETWEEN 1 AND 31", name="day"),
    )
