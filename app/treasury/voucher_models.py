"""ORM models of the vouchers printed at the cash desk (receipts, payment vouchers,
discharge slips), their prints and their voids, and the per-kind document settings.

A voucher row is written once, with its number, in the transaction that posts its
movement. Prints and voids are further rows, never edits: the history is the table.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.base import Base


class Voucher(Base):
    __tablename__ = "voucher"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    series: Mapped[str] = mapped_column(String(20))
    fiscal_year: Mapped[int] = mapped_column(Integer)
    sequence_no: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    movement_id: Mapped[int] = mapped_column(ForeignKey("treasury_movement.id"), unique=True)
    date: Mapped[dt.date] = mapped_column(Date)
    person_name: Mapped[str] = mapped_column(String(200))
    person_id_number: Mapped[str] = mapped_column(String(50), default="")
    person_address: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(5))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        CheckConstraint("kind IN ('receipt','payment_voucher','discharge_slip')", name="kind"),
        Index("ix_voucher_kind_date", "kind", "date"),
        Index("ix_voucher_series_year_no", "kind", "series", "fiscal_year", "sequence_no",
              unique=True),
    )


class VoucherPrint(Base):
    """One printing (or PDF) of a voucher: the first is the original, the rest duplicates."""

    __tablename__ = "voucher_print"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("voucher.id"), index=True)
    printed_at: Mapped[dt.datetime] = mapped_column(DateTime)
    copy_no: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_voucher_print_copy", "voucher_id", "copy_no", unique=True),)


class VoucherVoid(Base):
    __tablename__ = "voucher_void"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    voucher_id: Mapped[int] = mapped_column(ForeignKey("voucher.id"), unique=True)
    reason: Mapped[str] = mapped_column(String(300))
    date: Mapped[dt.date] = mapped_column(Date)
    reversal_movement_id: Mapped[int] = mapped_column(ForeignKey("treasury_movement.id"))
    voided_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Setting(Base):
    """A named setting kept in the ledger file (e.g. the page format of each document)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
