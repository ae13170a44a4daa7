"""Money in and out of a bank account or cash box, transfers between them, and their
reversal. Each is one balanced journal entry (two for a transfer) plus the movement
record that keeps its net, VAT, stamp duty, category, payment method and references.

The counter-line goes to the category's account, or to an explicit third-party account
(``counter_account``) when the money settles a customer or a supplier: there the
account follows the third party (a customer's 411, or 416 once it is doubtful), not
the category, which then only groups the movement on the dashboard.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session, aliased

from app.errors import (
    CashOverdrawn,
    InvalidMovement,
    MovementAlreadyReversed,
    SameAccountTransfer,
)
from app.ledger.accounts import codes_for_roles, get_account
from app.ledger.company import get_company
from app.ledger.models import Account, JournalEntry
from app.ledger.posting import EntryInput, LineInput, PostedEntry, post_entry, reverse_entry
from app.money import Money, to_decimal_strict
from app.treasury.accounts import active_row
from app.treasury.categories import get_category_row
from app.treasury.models import Category, Movement, Transfer, TreasuryAccount

PAYMENT_METHODS = ("cash", "cheque", "transfer", "card", "direct_debit")

#: Warnings a movement may carry back to the user (it is posted all the same).
CASH_LIMIT_EXCEEDED = "treasury.cash_limit_exceeded"


@dataclass(frozen=True)
class MovementInput:
    treasury_account_id: int
    direction: str
    date: dt.date
    #: May be None when ``counter_account`` is given (the movement is then uncategorised).
    category_id: int | None
    net: int
    vat_rate: Decimal = Decimal(0)
    #: Computed from ``net`` and ``vat_rate`` (half-up) when omitted.
    vat: int | None = None
    stamp_duty: int = 0
    counterparty: str = ""
    payment_method: str = "transfer"
    cheque_number: str = ""
    value_date: dt.date | None = None
    invoice_ref: str = ""
    invoice_date: dt.date | None = None
    order_ref: str = ""
    order_date: dt.date | None = None
    note: str = ""
    partner_id: int | None = None
    #: Base-currency units per unit of the account's currency (foreign accounts only).
    rate: Decimal | None = None
    #: A third-party account code (class 4: a customer's 411 or 416, a supplier's 401)
    #: the counter-line posts to instead of the category's account.
    counter_account: str | None = None


@dataclass(frozen=True)
class MovementView:
    id: int
    entry_id: int
    number: str
    treasury_account_id: int
    kind: str
    direction: str
    date: dt.date
    value_date: dt.date | None
    counterparty: str
    category_id: int | None
    category_name: str
    currency: str
    net: int
    vat_rate: Decimal
    vat: int
    stamp_duty: int
    total: int
    payment_method: str
    cheque_number: str
    invoice_ref: str
    invoice_date: dt.date | None
    order_ref: str
    order_date: dt.date | None
    note: str
    transfer_id: int | None
    reversal_of_id: int | None
    reversed_by_id: int | None


@dataclass(frozen=True)
class MovementResult:
    movement: MovementView
    warnings: tuple[str, ...] = field(default=())


def vat_of(net: int, rate: Decimal, currency: str) -> int:
    """VAT on a net amount, rounded half-up to the currency's minor unit."""
    return Money(net, currency).percent(rate).minor


def net_from_total(total: int, rate: Decimal, currency: str) -> tuple[int, int]:
    """(net, VAT) of a VAT-inclusive total: net rounded half-up, VAT the remainder, so
    they always add up to the total the user typed."""
    net = Money(total, currency).multiply(Decimal(100) / (Decimal(100) + rate)).minor
    return net, total - net


# --- the cash rule -------------------------------------------------------------

_RUNNING_BALANCE_SQL = """
WITH daily AS (
    SELECT entry_date AS day, sum(debit - credit) AS delta
    FROM journal_line WHERE account_id = :account GROUP BY entry_date
), running AS (
    SELECT day, sum(delta) OVER (ORDER BY day) AS balance FROM daily
)
SELECT
    (SELECT balance FROM running WHERE day <= :day ORDER BY day DESC LIMIT 1),
    (SELECT min(balance) FROM running WHERE day > :day)
"""


def cash_available(session: Session, account_id: int, day: dt.date) -> int:
    """What can leave a cash box on ``day`` without it going below zero on that day
    or any later day already recorded (a back-dated payment must not overdraw June)."""
    at_day, later_minimum = session.execute(
        text(_RUNNING_BALANCE_SQL), {"account": account_id, "day": day.isoformat()}).one()
    available = int(at_day or 0)
    if later_minimum is not None:
        available = min(available, int(later_minimum))
    return available


def _refuse_overdraw(session: Session, row: TreasuryAccount, day: dt.date, amount: int) -> None:
    if row.kind != "cash":
        return  # a bank account may go negative (an overdraft)
    available = cash_available(session, row.account_id, day)
    if amount > available:
        raise CashOverdrawn(account=row.name, date=day.isoformat(),
                            available=Money(max(available, 0), row.currency),
                            amount=Money(amount, row.currency))


def _cash_warnings(session: Session, row: TreasuryAccount, day: dt.date) -> tuple[str, ...]:
    if row.kind != "cash" or row.cash_limit is None:
        return ()
    balance = cash_available(session, row.account_id, day)
    return (CASH_LIMIT_EXCEEDED,) if balance > row.cash_limit else ()


# --- money in and out --------------------------------------------------------------

def _validate(data: MovementInput, row: TreasuryAccount, base: str) -> tuple[int, int, int]:
    """(net, VAT, total) after every check on what the user typed."""
    if data.direction not in ("in", "out"):
        raise InvalidMovement(field="direction", reason="in or out")
    if data.payment_method not in PAYMENT_METHODS:
        raise InvalidMovement(field="payment_method", reason=", ".join(PAYMENT_METHODS))
    if data.payment_method == "cheque" and not data.cheque_number.strip():
        raise InvalidMovement(field="cheque_number", reason="a cheque needs its number")
    for name in ("net", "stamp_duty"):
        value = getattr(data, name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise InvalidMovement(field=name, reason="a positive amount in minor units")
    rate = to_decimal_strict(data.vat_rate)
    if not Decimal(0) <= rate < Decimal(100):
        raise InvalidMovement(field="vat_rate", reason="a rate from 0 to 100")
    vat = vat_of(data.net, rate, row.currency) if data.vat is None else data.vat
    if vat < 0:
        raise InvalidMovement(field="vat", reason="VAT cannot be negative")
    total = data.net + vat + data.stamp_duty
    if total <= 0:
        raise InvalidMovement(field="net", reason="the amount must be more than zero")
    if row.currency != base and (data.rate is None or to_decimal_strict(data.rate) <= 0):
        raise InvalidMovement(field="rate", reason=f"an amount in {row.currency} needs a rate")
    return data.net, vat, total


@dataclass(frozen=True)
class _TaxCodes:
    """The ledger accounts movements post taxes to, read once per session or batch."""

    base_currency: str
    vat_collected: str
    vat_deductible: str
    stamp_collected: str
    stamp_paid: str

    @classmethod
    def load(cls, session: Session) -> _TaxCodes:
        codes = codes_for_roles(session, "vat_collected", "vat_deductible",
                                "other_taxes_payable", "stamp_duty")
        return cls(get_company(session).base_currency, *codes.values())


def _split_lines(taxes: _TaxCodes, data: MovementInput, currency: str, treasury_code: str,
                 category_code: str, net: int, vat: int, total: int) -> list[LineInput]:
    """The entry's lines. The treasury line is in the account's currency; the others in
    the base currency, split from the converted total so the entry always balances."""
    foreign = currency != taxes.base_currency
    if foreign:
        assert data.rate is not None
        base_total = Money(total, currency).convert(data.rate, taxes.base_currency)
        base_net, base_vat, base_stamp = (
            m.minor for m in base_total.allocate([net, vat, data.stamp_duty]))
    else:
        base_net, base_vat, base_stamp = net, vat, data.stamp_duty
    incoming = data.direction == "in"
    rate_text = format(to_decimal_strict(data.vat_rate).normalize(), "f")
    label = data.counterparty.strip()

    def line(code: str, amount: int, *, treasury_side: bool, tax_code: str | None = None
             ) -> LineInput:
        debit_side = incoming == treasury_side
        return LineInput(code, label=label, tax_code=tax_code, partner_id=data.partner_id,
                         currency=currency if treasury_side else None,
                         rate=data.rate if treasury_side and foreign else None,
                         **({"debit": amount} if debit_side else {"credit": amount}))

    lines = [line(treasury_code, total, treasury_side=True),
             line(category_code, base_net, treasury_side=False)]
    if base_vat:
        vat_code = taxes.vat_collected if incoming else taxes.vat_deductible
        lines.append(line(vat_code, base_vat, treasury_side=False, tax_code=f"VAT{rate_text}"))
    if base_stamp:
        # Stamp duty collected on a receipt is owed to the state; paid on a payment, a charge.
        stamp_code = taxes.stamp_collected if incoming else taxes.stamp_paid
        lines.append(line(stamp_code, base_stamp, treasury_side=False, tax_code="STAMP"))
    return [ln for ln in lines if ln.debit or ln.credit]


def settlement_account(session: Session, code: str) -> int:
    """The id of an account a movement may settle directly: postable and a third-party
    account (class 4), so money never lands on income or a bank by this route."""
    account = get_account(session, code)
    if not account.postable or not account.code.startswith("4"):
        raise InvalidMovement(field="counter_account",
                              reason=f"{code} is not a postable third-party account")
    return account.id


def counter_of(session: Session, data: MovementInput,
               categories: dict[int, Category] | None = None,
               settlements: dict[str, int] | None = None) -> tuple[int, str]:
    """(ledger account id, name for the entry's label) of a movement's counter-line:
    the explicit ``counter_account`` when given, else the category's account. The
    optional dicts cache rows across a batch."""
    category = None
    if data.category_id is not None:
        category = (categories or {}).get(data.category_id) \
            or get_category_row(session, data.category_id)
        if category.direction != data.direction:
            raise InvalidMovement(field="category",
                                  reason="the category is for the other direction")
    if data.counter_account is None:
        if category is None:
            raise InvalidMovement(field="category", reason="choose a category")
        return category.account_id, category.name
    cache = settlements if settlements is not None else {}
    if data.counter_account not in cache:
        cache[data.counter_account] = settlement_account(session, data.counter_account)
    return cache[data.counter_account], category.name if category else ""


def _movement_label(data: MovementInput, category_name: str) -> str:
    return " — ".join(part for part in (data.counterparty.strip(), category_name) if part)


def treasury_line_base(line: LineInput, base_currency: str) -> tuple[int, int]:
    """The base-currency (debit, credit) posting gives a treasury line (half-up)."""
    if line.currency is None or line.currency == base_currency or line.rate is None:
        return line.debit, line.credit
    return (Money(line.debit, line.currency).convert(line.rate, base_currency).minor,
            Money(line.credit, line.currency).convert(line.rate, base_currency).minor)


def _movement_row(data: MovementInput, entry_id: int, currency: str, net: int, vat: int,
                  total: int, base: tuple[int, int]) -> Movement:
    return Movement(
        treasury_account_id=data.treasury_account_id, entry_id=entry_id, kind="movement",
        direction=data.direction, date=data.date, value_date=data.value_date,
        counterparty=data.counterparty.strip(), partner_id=data.partner_id,
        category_id=data.category_id, currency=currency, net=net,
        vat_rate=format(to_decimal_strict(data.vat_rate).normalize(), "f"), vat=vat,
        stamp_duty=data.stamp_duty, total=total, base_debit=base[0], base_credit=base[1],
        payment_method=data.payment_method,
        cheque_number=data.cheque_number.strip(), invoice_ref=data.invoice_ref.strip(),
        invoice_date=data.invoice_date, order_ref=data.order_ref.strip(),
        order_date=data.order_date, note=data.note,
    )


def record_movement(session: Session, data: MovementInput, *, source: str = "treasury"
                    ) -> MovementResult:
    """Post money in or out: one balanced entry in the account's journal, plus the
    movement record. A payment that would overdraw a cash box is refused."""
    row = active_row(session, data.treasury_account_id)
    taxes = _TaxCodes.load(session)
    net, vat, total = _validate(data, row, taxes.base_currency)
    counter_id, counter_name = counter_of(session, data)
    if data.direction == "out":
        _refuse_overdraw(session, row, data.date, total)
    codes = {a.id: a.code for a in session.execute(select(Account).where(
        Account.id.in_([row.account_id, counter_id]))).scalars()}
    entry = post_entry(
        session, journal=row.journal_code, date=data.date,
        label=_movement_label(data, counter_name),
        reference=data.invoice_ref or data.cheque_number, source=source,
        lines=_split_lines(taxes, data, row.currency, codes[row.account_id],
                           codes[counter_id], net, vat, total),
    )
    treasury_line = entry.lines[0]  # _split_lines puts the treasury line first
    movement = _movement_row(data, entry.id, row.currency, net, vat, total,
                             (treasury_line.base_debit, treasury_line.base_credit))
    session.add(movement)
    session.flush()
    return MovementResult(get_movement(session, movement.id),
                          _cash_warnings(session, row, data.date))


# --- transfers -------------------------------------------------------------------

@dataclass(frozen=True)
class TransferInput:
    from_account_id: int
    to_account_id: int
    date: dt.date
    amount_sent: int
    #: In the receiving account's currency; the same as sent when the currencies match.
    amount_received: int | None = None
    #: Base-currency units per unit of each side's currency (foreign sides only).
    rate_sent: Decimal | None = None
    rate_received: Decimal | None = None
    label: str = ""


@dataclass(frozen=True)
class TransferView:
    id: int
    date: dt.date
    from_account_id: int
    to_account_id: int
    amount_sent: int
    amount_received: int
    exchange_difference: int
    movements: tuple[MovementView, MovementView]


def _base_value(amount: int, currency: str, rate: Decimal | None, base: str, side: str) -> int:
    if currency == base:
        return amount
    if rate is None or to_decimal_strict(rate) <= 0:
        raise InvalidMovement(field=f"rate_{side}", reason=f"an amount in {currency} needs a rate")
    return Money(amount, currency).convert(rate, base).minor


@dataclass(frozen=True)
class TransferPlan:
    """A checked transfer: its two entries and its record, ready to post."""

    leaving: EntryInput
    arriving: EntryInput
    amount_received: int
    exchange_difference: int
    record: Transfer


def plan_transfer(data: TransferInput, source: TreasuryAccount, target: TreasuryAccount,
                  codes: dict[int, str], base: str, role_codes: dict[str, str]) -> TransferPlan:
    """Every check on a transfer except the cash rule, and the two entries it posts.
    ``codes`` maps ledger account ids to codes; ``role_codes`` holds internal_transfers,
    exchange_gain and exchange_loss."""
    if data.from_account_id == data.to_account_id:
        raise SameAccountTransfer()
    received = data.amount_received
    if received is None:
        if source.currency != target.currency:
            raise InvalidMovement(field="amount_received",
                                  reason=f"say how much arrives in {target.currency}")
        received = data.amount_sent
    if data.amount_sent <= 0 or received <= 0:
        raise InvalidMovement(field="amount_sent", reason="the amount must be more than zero")
    base_sent = _base_value(data.amount_sent, source.currency, data.rate_sent, base, "sent")
    base_received = _base_value(received, target.currency, data.rate_received, base, "received")
    label = data.label.strip() or f"{source.name} → {target.name}"
    suspense = role_codes["internal_transfers"]
    leaving = EntryInput(source.journal_code, data.date, label, [
        LineInput(suspense, debit=base_sent, label=label),
        LineInput(codes[source.account_id], credit=data.amount_sent, currency=source.currency,
                  rate=data.rate_sent if source.currency != base else None, label=label),
    ], source="treasury.transfer")
    difference = base_received - base_sent
    arriving_lines = [
        LineInput(codes[target.account_id], debit=received, currency=target.currency,
                  rate=data.rate_received if target.currency != base else None, label=label),
        LineInput(suspense, credit=base_sent, label=label),
    ]
    if difference > 0:
        arriving_lines.append(LineInput(role_codes["exchange_gain"], credit=difference,
                                        label=label))
    elif difference < 0:
        arriving_lines.append(LineInput(role_codes["exchange_loss"], debit=-difference,
                                        label=label))
    arriving = EntryInput(target.journal_code, data.date, label, arriving_lines,
                          source="treasury.transfer")
    rate = (Decimal(received) / Decimal(data.amount_sent)).quantize(Decimal("0.000001"))
    record = Transfer(date=data.date, from_account_id=source.id, to_account_id=target.id,
                      amount_sent=data.amount_sent, amount_received=received,
                      rate=format(rate.normalize(), "f"), label=label)
    return TransferPlan(leaving, arriving, received, difference, record)


TRANSFER_ROLES = ("internal_transfers", "exchange_gain", "exchange_loss")


def transfer_role_codes(session: Session) -> dict[str, str]:
    return codes_for_roles(session, *TRANSFER_ROLES)


def _post(session: Session, entry: EntryInput) -> PostedEntry:
    return post_entry(session, journal=entry.journal, date=entry.date, label=entry.label,
                      lines=entry.lines, reference=entry.reference, source=entry.source)


def transfer(session: Session, data: TransferInput) -> TransferView:
    """Move money between two accounts through the internal-transfers account (58/581):
    one entry in each account's journal. Across currencies, the difference between
    what left and what arrived, in base currency, goes to exchange gain or loss."""
    if data.from_account_id == data.to_account_id:
        raise SameAccountTransfer()
    source = active_row(session, data.from_account_id)
    target = active_row(session, data.to_account_id)
    codes = {a.id: a.code for a in session.execute(select(Account).where(
        Account.id.in_([source.account_id, target.account_id]))).scalars()}
    plan = plan_transfer(data, source, target, codes, get_company(session).base_currency,
                         transfer_role_codes(session))
    _refuse_overdraw(session, source, data.date, data.amount_sent)
    leaving, arriving = _post(session, plan.leaving), _post(session, plan.arriving)
    session.add(plan.record)
    session.flush()
    out_movement = _transfer_movement(session, plan.record, source, leaving, "out",
                                      data.amount_sent)
    in_movement = _transfer_movement(session, plan.record, target, arriving, "in",
                                     plan.amount_received)
    return TransferView(plan.record.id, data.date, source.id, target.id, data.amount_sent,
                        plan.amount_received, plan.exchange_difference,
                        (out_movement, in_movement))


def _transfer_movement(session: Session, transfer_row: Transfer, account: TreasuryAccount,
                       entry: PostedEntry, direction: str, amount: int,
                       reversal_of_id: int | None = None) -> MovementView:
    code = session.get(Account, account.account_id).code  # type: ignore[union-attr]
    line = next(ln for ln in entry.lines if ln.account_code == code)
    movement = Movement(
        treasury_account_id=account.id, entry_id=entry.id, kind="transfer",
        direction=direction, date=entry.date, counterparty=transfer_row.label,
        currency=account.currency, net=amount, total=amount, base_debit=line.base_debit,
        base_credit=line.base_credit, payment_method="transfer",
        transfer_id=transfer_row.id, reversal_of_id=reversal_of_id,
    )
    session.add(movement)
    session.flush()
    return get_movement(session, movement.id)


# --- reading and reversing --------------------------------------------------------

def get_movement(session: Session, movement_id: int) -> MovementView:
    views = get_movements(session, [movement_id])
    if movement_id not in views:
        raise InvalidMovement(field="movement", reason=f"no movement {movement_id}")
    return views[movement_id]


def get_movements(session: Session, movement_ids: Sequence[int]) -> dict[int, MovementView]:
    """Several movements read in one query (lists of vouchers, collections…)."""
    if not movement_ids:
        return {}
    reversal = aliased(Movement)
    rows = session.execute(
        select(Movement, JournalEntry.number, Category.name, reversal.id)
        .join(JournalEntry, JournalEntry.id == Movement.entry_id)
        .outerjoin(Category, Category.id == Movement.category_id)
        .outerjoin(reversal, reversal.reversal_of_id == Movement.id)
        .where(Movement.id.in_(list(movement_ids)))).all()
    return {row.id: _movement_view(row, number, category_name or "", reversed_by)
            for row, number, category_name, reversed_by in rows}


def _movement_view(row: Movement, number: str, category_name: str,
                   reversed_by: int | None) -> MovementView:
    return MovementView(
        id=row.id, entry_id=row.entry_id, number=number,
        treasury_account_id=row.treasury_account_id, kind=row.kind, direction=row.direction,
        date=row.date, value_date=row.value_date, counterparty=row.counterparty,
        category_id=row.category_id, category_name=category_name, currency=row.currency,
        net=row.net, vat_rate=Decimal(row.vat_rate), vat=row.vat, stamp_duty=row.stamp_duty,
        total=row.total, payment_method=row.payment_method, cheque_number=row.cheque_number,
        invoice_ref=row.invoice_ref, invoice_date=row.invoice_date, order_ref=row.order_ref,
        order_date=row.order_date, note=row.note, transfer_id=row.transfer_id,
        reversal_of_id=row.reversal_of_id, reversed_by_id=reversed_by,
    )


def movement_for_entry(session: Session, entry_id: int) -> MovementView | None:
    movement_id = session.execute(
        select(Movement.id).where(Movement.entry_id == entry_id)).scalar_one_or_none()
    return get_movement(session, movement_id) if movement_id is not None else None


def _reverse_one(session: Session, movement: Movement, day: dt.date, label: str) -> Movement:
    if movement.reversal_of_id is not None:
        raise InvalidMovement(field="movement", reason="a reversal is not reversed again")
    if session.execute(select(Movement.id).where(Movement.reversal_of_id == movement.id)).first():
        raise MovementAlreadyReversed()
    account = session.get(TreasuryAccount, movement.treasury_account_id)
    assert account is not None
    if movement.direction == "in":  # undoing money in takes it out again
        _refuse_overdraw(session, account, day, movement.total)
    entry = reverse_entry(session, entry_id=movement.entry_id, date=day, label=label)
    mirror = Movement(
        treasury_account_id=movement.treasury_account_id, entry_id=entry.id,
        kind=movement.kind, direction=movement.direction, date=day,
        value_date=movement.value_date, counterparty=movement.counterparty,
        partner_id=movement.partner_id, category_id=movement.category_id,
        currency=movement.currency, net=movement.net, vat_rate=movement.vat_rate,
        vat=movement.vat, stamp_duty=movement.stamp_duty, total=movement.total,
        base_debit=movement.base_credit, base_credit=movement.base_debit,
        payment_method=movement.payment_method, cheque_number=movement.cheque_number,
        invoice_ref=movement.invoice_ref, invoice_date=movement.invoice_date,
        order_ref=movement.order_ref, order_date=movement.order_date, note=label,
        transfer_id=movement.transfer_id, reversal_of_id=movement.id,
    )
    session.add(mirror)
    session.flush()
    return mirror


def reverse_movement(session: Session, *, movement_id: int, date: dt.date | None = None,
                     label: str | None = None) -> tuple[MovementView, ...]:
    """Reverse a movement's entry (both entries for a transfer) and record the mirror
    movements. Returns the reversal movements."""
    movement = session.get(Movement, movement_id)
    if movement is None:
        raise InvalidMovement(field="movement", reason=f"no movement {movement_id}")
    day = date or movement.date
    text_label = label if label is not None else f"Reversal: {movement.counterparty}"
    if movement.transfer_id is None:
        return (get_movement(session, _reverse_one(session, movement, day, text_label).id),)
    # A transfer is undone whole: first the arrival (so the money is back), then the leaving.
    legs = session.execute(select(Movement).where(
        Movement.transfer_id == movement.transfer_id, Movement.reversal_of_id.is_(None)
    ).order_by(Movement.direction)).scalars().all()  # 'in' before 'out'
    return tuple(get_movement(session, _reverse_one(session, leg, day, text_label).id)
                 for leg in legs)
