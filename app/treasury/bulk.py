"""Recording many movements and transfers at once (imports, the demo company), with
the same rules, entries and records as one at a time, at import speed.

The cash rule is kept with a running balance per cash box: items must come in date
order, none dated before the last line already on a cash box they touch, so the
balance after each item is known without asking the database again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.errors import CashOverdrawn, InvalidMovement
from app.ledger.models import Account, JournalLine
from app.ledger.posting import EntryInput, post_entries
from app.money import Money
from app.treasury.models import Category, Movement, TreasuryAccount
from app.treasury.movements import (
    MovementInput,
    TransferInput,
    _movement_label,
    _movement_row,
    _split_lines,
    _TaxCodes,
    _validate,
    counter_of,
    plan_transfer,
    transfer_role_codes,
    treasury_line_base,
)


@dataclass
class _CashBox:
    name: str
    currency: str
    balance: int
    last_day: dt.date | None

    def take(self, day: dt.date, amount: int) -> None:
        if amount > self.balance:
            raise CashOverdrawn(account=self.name, date=day.isoformat(),
                                available=Money(max(self.balance, 0), self.currency),
                                amount=Money(amount, self.currency))
        self.balance -= amount


def _cash_boxes(session: Session, accounts: dict[int, TreasuryAccount]
                ) -> dict[int, _CashBox]:
    boxes = {}
    for row in accounts.values():
        if row.kind != "cash":
            continue
        balance, last_day = session.execute(
            select(func.coalesce(func.sum(JournalLine.debit - JournalLine.credit), 0),
                   func.max(JournalLine.entry_date)).where(
                JournalLine.account_id == row.account_id)).one()
        boxes[row.id] = _CashBox(row.name, row.currency, int(balance),
                                 dt.date.fromisoformat(last_day) if isinstance(last_day, str)
                                 else last_day)
    return boxes


def _check_order(box: _CashBox, day: dt.date) -> None:
    if box.last_day is not None and day < box.last_day:
        raise InvalidMovement(field="date", reason=(
            f"{box.name}: items for a cash box are recorded in date order, after "
            f"{box.last_day.isoformat()}"))
    box.last_day = day


_MOVEMENT_COLUMNS = tuple(column.key for column in Movement.__table__.columns
                          if column.key != "id")
_MOVEMENT_DEFAULTS = {"value_date": None, "partner_id": None, "category_id": None,
                      "vat_rate": "0", "vat": 0, "stamp_duty": 0, "cheque_number": "",
                      "invoice_ref": "", "invoice_date": None, "order_ref": "",
                      "order_date": None, "note": "", "transfer_id": None,
                      "reversal_of_id": None}


def _as_row(movement: Movement) -> dict[str, object]:
    """A transient Movement as a plain row for a bulk insert, defaults filled in."""
    values = {key: getattr(movement, key) for key in _MOVEMENT_COLUMNS}
    for key, default in _MOVEMENT_DEFAULTS.items():
        if values[key] is None:
            values[key] = default
    return values


def record_many(session: Session,
                items: Sequence[MovementInput | TransferInput | EntryInput], *,
                source: str = "treasury.import") -> int:
    """Post every item or none: all are checked first (the cash rule included), then
    the entries go in with :func:`post_entries`, in order, and the records after them.
    Plain journal entries may be mixed in (an import, the demo). Returns the number of
    journal entries written."""
    accounts = {row.id: row for row in session.execute(select(TreasuryAccount)).scalars()}
    codes = dict(session.execute(select(Account.id, Account.code)).all())
    categories = {row.id: row for row in session.execute(select(Category)).scalars()}
    settlements: dict[str, int] = {}
    taxes = _TaxCodes.load(session)
    roles = transfer_role_codes(session)
    boxes = _cash_boxes(session, accounts)
    entries: list[EntryInput] = []
    # What to record once the entries have ids: (kind, item or plan, amounts).
    records: list[tuple[str, object, tuple[int, ...]]] = []
    base = taxes.base_currency

    def account(account_id: int) -> TreasuryAccount:
        row = accounts.get(account_id)
        if row is None or not row.active:
            raise InvalidMovement(field="account", reason=f"no open account {account_id}")
        return row

    for item in items:
        if isinstance(item, EntryInput):
            entries.append(item)
            records.append(("entry", item, ()))
            continue
        if isinstance(item, TransferInput):
            source_row, target_row = account(item.from_account_id), account(item.to_account_id)
            plan = plan_transfer(item, source_row, target_row, codes, taxes.base_currency,
                                 roles)
            if source_row.id in boxes:
                _check_order(boxes[source_row.id], item.date)
                boxes[source_row.id].take(item.date, item.amount_sent)
            if target_row.id in boxes:
                _check_order(boxes[target_row.id], item.date)
                boxes[target_row.id].balance += plan.amount_received
            entries += [plan.leaving, plan.arriving]
            records.append(("transfer", plan, (
                *treasury_line_base(plan.leaving.lines[1], base),
                *treasury_line_base(plan.arriving.lines[0], base))))
            continue
        row = account(item.treasury_account_id)
        net, vat, total = _validate(item, row, taxes.base_currency)
        counter_id, counter_name = counter_of(session, item, categories, settlements)
        if row.id in boxes:
            _check_order(boxes[row.id], item.date)
            if item.direction == "out":
                boxes[row.id].take(item.date, total)
            else:
                boxes[row.id].balance += total
        lines = _split_lines(taxes, item, row.currency, codes[row.account_id],
                             codes[counter_id], net, vat, total)
        entries.append(EntryInput(
            row.journal_code, item.date, _movement_label(item, counter_name), lines,
            reference=item.invoice_ref or item.cheque_number, source=source))
        records.append(("movement", item, (net, vat, total,
                                           *treasury_line_base(lines[0], base))))

    entry_ids = iter(post_entries(session, entries))
    movement_rows: list[dict[str, object]] = []
    for kind, payload, amounts in records:
        if kind == "entry":
            next(entry_ids)
            continue
        if kind == "movement":
            assert isinstance(payload, MovementInput)
            net, vat, total, base_debit, base_credit = amounts
            movement_rows.append(_as_row(_movement_row(
                payload, next(entry_ids), accounts[payload.treasury_account_id].currency,
                net, vat, total, (base_debit, base_credit))))
            continue
        plan = payload
        session.add(plan.record)  # type: ignore[attr-defined]
        session.flush()
        record = plan.record  # type: ignore[attr-defined]
        out_debit, out_credit, in_debit, in_credit = amounts
        for direction, account_id, amount, line_base in (
                ("out", record.from_account_id, record.amount_sent, (out_debit, out_credit)),
                ("in", record.to_account_id, record.amount_received, (in_debit, in_credit))):
            movement_rows.append(_as_row(Movement(
                treasury_account_id=account_id, entry_id=next(entry_ids), kind="transfer",
                direction=direction, date=record.date, counterparty=record.label,
                currency=accounts[account_id].currency, net=amount, vat=0, stamp_duty=0,
                total=amount, base_debit=line_base[0], base_credit=line_base[1],
                payment_method="transfer", transfer_id=record.id)))
    if movement_rows:
        # One multi-row insert: the ORM unit of work would cost more than the entries.
        session.execute(insert(Movement), movement_rows)
    return len(entries)
