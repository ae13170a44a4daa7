"""Other expenses and receipts: money in or out with no invoice, each proved by a
numbered document printed at the cash desk.

- a **receipt** (reçu / chitanță) for money received,
- a **payment voucher** (bon de paiement / dispoziție de plată) for money paid out,
- a **discharge slip** (décharge / descărcare) signed by whoever receives the money.

Each kind has its own series and gapless number per fiscal year, taken in the same
transaction that posts the movement. Nothing is deleted: a wrong voucher is voided with
a reason, its movement reversed, its number kept. Every print is logged, so the second
and later prints are duplicates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import VoucherAlreadyVoid, VoucherError
from app.ledger.company import fiscal_year_of, get_company
from app.ledger.numbering import take_next_number
from app.treasury.models import Movement, TreasuryAccount
from app.treasury.movements import (
    MovementInput,
    MovementView,
    get_movements,
    record_movement,
    reverse_movement,
)
from app.treasury.voucher_models import Setting, Voucher, VoucherPrint, VoucherVoid

KINDS = ("receipt", "payment_voucher", "discharge_slip")
DIRECTION = {"receipt": "in", "payment_voucher": "out", "discharge_slip": "out"}
DEFAULT_SERIES = {"receipt": "REC", "payment_voucher": "PV", "discharge_slip": "DS"}
PAGE_FORMATS = ("A4", "A5", "80mm")
DEFAULT_PAGE_FORMAT = {"receipt": "80mm", "payment_voucher": "A5", "discharge_slip": "A5"}
STATUSES = ("valid", "void")


@dataclass(frozen=True)
class VoucherInput:
    kind: str
    treasury_account_id: int
    date: dt.date
    person_name: str
    purpose: str
    category_id: int
    net: int
    vat_rate: Decimal = Decimal(0)
    vat: int | None = None
    person_id_number: str = ""
    person_address: str = ""
    payment_method: str = "cash"
    cheque_number: str = ""
    #: The document's language; the company's when omitted.
    language: str | None = None
    rate: Decimal | None = None


@dataclass(frozen=True)
class VoucherView:
    id: int
    kind: str
    number: str
    series: str
    fiscal_year: int
    date: dt.date
    person_name: str
    person_id_number: str
    person_address: str
    purpose: str
    language: str
    movement: MovementView
    treasury_account_name: str
    prints: int
    void_reason: str | None
    void_date: dt.date | None

    @property
    def is_void(self) -> bool:
        return self.void_reason is not None

    @property
    def total(self) -> int:
        return self.movement.total


def _check(data: VoucherInput) -> None:
    if data.kind not in KINDS:
        raise VoucherError(field="kind", reason=", ".join(KINDS))
    if not data.person_name.strip():
        raise VoucherError(field="person_name", reason="say who pays or receives the money")
    if not data.purpose.strip():
        raise VoucherError(field="purpose", reason="say what the money is for")


def format_voucher_number(series: str, fiscal_year: int, number: int) -> str:
    return f"{series}-{fiscal_year}-{number:06d}"


def record_voucher(session: Session, data: VoucherInput) -> VoucherView:
    """Post the movement and number the voucher, in the caller's unit of work."""
    _check(data)
    company = get_company(session)
    result = record_movement(session, MovementInput(
        treasury_account_id=data.treasury_account_id, direction=DIRECTION[data.kind],
        date=data.date, category_id=data.category_id, net=data.net, vat_rate=data.vat_rate,
        vat=data.vat, counterparty=data.person_name.strip(), payment_method=data.payment_method,
        cheque_number=data.cheque_number, note=data.purpose.strip(), rate=data.rate,
    ), source=f"voucher.{data.kind}")
    fiscal_year = fiscal_year_of(data.date, company.fiscal_year_start_month)
    series = DEFAULT_SERIES[data.kind]
    sequence_no = take_next_number(session, doc_type=f"voucher.{data.kind}", series=series,
                                   fiscal_year=fiscal_year)
    row = Voucher(
        kind=data.kind, series=series, fiscal_year=fiscal_year, sequence_no=sequence_no,
        number=format_voucher_number(series, fiscal_year, sequence_no),
        movement_id=result.movement.id, date=data.date, person_name=data.person_name.strip(),
        person_id_number=data.person_id_number.strip(),
        person_address=data.person_address.strip(), purpose=data.purpose.strip(),
        language=data.language or company.language,
        created_at=clock.now().replace(tzinfo=None),
    )
    session.add(row)
    session.flush()
    return get_voucher(session, row.id)


def get_voucher(session: Session, voucher_id: int) -> VoucherView:
    views = get_vouchers(session, [voucher_id])
    if not views:
        raise VoucherError(field="voucher", reason=f"no voucher {voucher_id}")
    return views[0]


def get_vouchers(session: Session, voucher_ids: Sequence[int]) -> list[VoucherView]:
    """Vouchers in the order of ``voucher_ids``, read with a handful of queries."""
    if not voucher_ids:
        return []
    ids = list(voucher_ids)
    rows = {row.id: row for row in session.execute(
        select(Voucher).where(Voucher.id.in_(ids))).scalars()}
    prints = dict(session.execute(
        select(VoucherPrint.voucher_id, func.count()).where(VoucherPrint.voucher_id.in_(ids))
        .group_by(VoucherPrint.voucher_id)).all())
    voids = {void.voucher_id: void for void in session.execute(
        select(VoucherVoid).where(VoucherVoid.voucher_id.in_(ids))).scalars()}
    movements = get_movements(session, [row.movement_id for row in rows.values()])
    account_names = dict(session.execute(select(TreasuryAccount.id, TreasuryAccount.name)).all())
    views = []
    for voucher_id in ids:
        row = rows.get(voucher_id)
        if row is None:
            continue
        movement, void = movements[row.movement_id], voids.get(voucher_id)
        views.append(VoucherView(
            id=row.id, kind=row.kind, number=row.number, series=row.series,
            fiscal_year=row.fiscal_year, date=row.date, person_name=row.person_name,
            person_id_number=row.person_id_number, person_address=row.person_address,
            purpose=row.purpose, language=row.language, movement=movement,
            treasury_account_name=account_names[movement.treasury_account_id],
            prints=int(prints.get(voucher_id, 0)), void_reason=void.reason if void else None,
            void_date=void.date if void else None,
        ))
    return views


def find_voucher(session: Session, *, kind: str, number: str) -> VoucherView:
    """A voucher by kind and number: the full number (``REC-2026-000012``) or just the
    counter of the current fiscal year (``12``)."""
    query = select(Voucher.id).where(Voucher.kind == kind)
    if number.strip().isdigit():
        company = get_company(session)
        year = fiscal_year_of(clock.today(), company.fiscal_year_start_month)
        query = query.where(Voucher.sequence_no == int(number), Voucher.fiscal_year == year)
    else:
        query = query.where(Voucher.number == number.strip())
    voucher_id = session.execute(query).scalar_one_or_none()
    if voucher_id is None:
        raise VoucherError(field="number", reason=f"no {kind} {number}")
    return get_voucher(session, voucher_id)


def void_voucher(session: Session, *, voucher_id: int, reason: str,
                 date: dt.date | None = None) -> VoucherView:
    """Void a voucher: its movement is reversed, its number stays used."""
    if not reason.strip():
        raise VoucherError(field="reason", reason="say why the voucher is void")
    voucher = get_voucher(session, voucher_id)
    if voucher.is_void:
        raise VoucherAlreadyVoid(number=voucher.number)
    day = date or voucher.date
    (reversal,) = reverse_movement(session, movement_id=voucher.movement.id, date=day,
                                   label=f"{voucher.number}: {reason.strip()}")
    session.add(VoucherVoid(voucher_id=voucher_id, reason=reason.strip(), date=day,
                            reversal_movement_id=reversal.id,
                            voided_at=clock.now().replace(tzinfo=None)))
    session.flush()
    return get_voucher(session, voucher_id)


def record_print(session: Session, voucher_id: int) -> int:
    """Log one print of the voucher; returns its copy number (0 for the original,
    1 and more for duplicates)."""
    copy_no = session.execute(select(func.count()).select_from(VoucherPrint).where(
        VoucherPrint.voucher_id == voucher_id)).scalar_one()
    session.add(VoucherPrint(voucher_id=voucher_id, copy_no=int(copy_no),
                             printed_at=clock.now().replace(tzinfo=None)))
    session.flush()
    return int(copy_no)


@dataclass(frozen=True)
class VoucherFilter:
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    person: str | None = None
    amount_min: int | None = None
    amount_max: int | None = None
    status: str | None = None


def list_vouchers(session: Session, filter_: VoucherFilter = VoucherFilter(),
                  limit: int = 10_000) -> list[VoucherView]:
    """Vouchers matching the filter, newest first (at most ``limit``)."""
    query = select(Voucher.id).join(Movement, Movement.id == Voucher.movement_id)
    if filter_.kind:
        query = query.where(Voucher.kind == filter_.kind)
    if filter_.date_from:
        query = query.where(Voucher.date >= filter_.date_from)
    if filter_.date_to:
        query = query.where(Voucher.date <= filter_.date_to)
    if filter_.person and filter_.person.strip():
        query = query.where(Voucher.person_name.ilike(f"%{filter_.person.strip()}%"))
    if filter_.amount_min is not None:
        query = query.where(Movement.total >= filter_.amount_min)
    if filter_.amount_max is not None:
        query = query.where(Movement.total <= filter_.amount_max)
    voided = exists().where(VoucherVoid.voucher_id == Voucher.id)
    if filter_.status == "void":
        query = query.where(voided)
    elif filter_.status == "valid":
        query = query.where(~voided)
    ids = session.execute(query.order_by(Voucher.date.desc(), Voucher.id.desc())
                          .limit(limit)).scalars().all()
    return get_vouchers(session, ids)


def page_format(session: Session, kind: str) -> str:
    """The page format documents of this kind print on (a setting in the ledger)."""
    value = session.get(Setting, f"documents.page_format.{kind}")
    return value.value if value is not None else DEFAULT_PAGE_FORMAT.get(kind, "A4")


def set_page_format(session: Session, kind: str, page_format_name: str) -> None:
    if page_format_name not in PAGE_FORMATS:
        raise VoucherError(field="page_format", reason=", ".join(PAGE_FORMATS))
    key = f"documents.page_format.{kind}"
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=page_format_name))
    else:
        row.value = page_format_name
    session.flush()
