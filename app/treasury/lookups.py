"""Small look-ups for the screens: the counterparties already used (each with the
category and payment method of its last movement, so the next one is pre-filled), and
the legs of a transfer."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.treasury.models import Movement
from app.treasury.movements import MovementView, get_movement

#: How many counterparties a completer is offered (the most recent ones).
DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class CounterpartyHint:
    name: str
    direction: str
    category_id: int | None
    payment_method: str


def counterparty_hints(session: Session, *, direction: str | None = None,
                       limit: int = DEFAULT_LIMIT) -> list[CounterpartyHint]:
    """Counterparties of money in or out (transfers and reversals left out), most
    recently used first, with what their last movement was booked as."""
    latest = (select(func.max(Movement.id))
              .where(Movement.kind == "movement", Movement.reversal_of_id.is_(None),
                     Movement.counterparty != "")
              .group_by(Movement.counterparty, Movement.direction))
    if direction is not None:
        latest = latest.where(Movement.direction == direction)
    rows = session.execute(
        select(Movement.counterparty, Movement.direction, Movement.category_id,
               Movement.payment_method)
        .where(Movement.id.in_(latest)).order_by(Movement.id.desc()).limit(limit)).all()
    return [CounterpartyHint(name, row_direction, category_id, method)
            for name, row_direction, category_id, method in rows]


def transfer_movements(session: Session, transfer_id: int) -> list[MovementView]:
    """Every movement of a transfer (both legs, and their reversals), in posting order."""
    ids = session.execute(select(Movement.id).where(Movement.transfer_id == transfer_id)
                          .order_by(Movement.id)).scalars().all()
    return [get_movement(session, movement_id) for movement_id in ids]
