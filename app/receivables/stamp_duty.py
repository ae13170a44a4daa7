"""Stamp duty on invoices settled in cash (Algeria: droit de timbre): the company's rule
(a rate, a minimum, a maximum) kept in the ledger's settings, and the duty on an amount.

The duty is computed when a payment is collected in cash, added to what the customer
pays, posted to the tax account owed to the state (role ``other_taxes_payable``, tax
code ``STAMP``) and printed on the receipt. A ledger without a rule charges none.

One rate with a floor and a ceiling is the rule DESIGN §4 names; a scale of brackets,
if the law asks for one, would replace :func:`stamp_duty_on`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from app.errors import ReceivablesError
from app.ledger.company import get_company
from app.money import Money, to_decimal_strict
from app.treasury.voucher_models import Setting

RATE_KEY = "stamp_duty.rate"
MINIMUM_KEY = "stamp_duty.minimum"
MAXIMUM_KEY = "stamp_duty.maximum"


@dataclass(frozen=True)
class StampDutyRule:
    #: Per cent of the amount paid in cash.
    rate: Decimal
    #: Minor units of the base currency.
    minimum: int = 0
    #: Minor units; no ceiling when None.
    maximum: int | None = None


def stamp_duty_on(amount: int, rule: StampDutyRule, currency: str) -> int:
    """The duty on ``amount`` paid in cash: ``rate`` per cent rounded half-up, raised to
    the minimum and capped at the maximum."""
    duty = Money(amount, currency).percent(rule.rate).minor
    duty = max(duty, rule.minimum)
    if rule.maximum is not None:
        duty = min(duty, rule.maximum)
    return duty


def get_stamp_duty_rule(session: Session) -> StampDutyRule | None:
    """The company's rule, or None when it charges no stamp duty."""
    rate = session.get(Setting, RATE_KEY)
    if rate is None:
        return None
    minimum = session.get(Setting, MINIMUM_KEY)
    maximum = session.get(Setting, MAXIMUM_KEY)
    return StampDutyRule(rate=Decimal(rate.value),
                         minimum=int(minimum.value) if minimum else 0,
                         maximum=int(maximum.value) if maximum and maximum.value else None)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def set_stamp_duty_rule(session: Session, rule: StampDutyRule | None) -> None:
    """Keep the company's rule in the ledger (None: no stamp duty from now on)."""
    if rule is None:
        for key in (RATE_KEY, MINIMUM_KEY, MAXIMUM_KEY):
            row = session.get(Setting, key)
            if row is not None:
                session.delete(row)
        session.flush()
        return
    rate = to_decimal_strict(rule.rate)
    if not Decimal(0) < rate < Decimal(100):
        raise ReceivablesError(field="stamp_duty.rate", reason="a rate above 0 and below 100")
    if not _whole(rule.minimum):
        raise ReceivablesError(field="stamp_duty.minimum", reason="a positive amount")
    if rule.maximum is not None and (not _whole(rule.maximum) or rule.maximum < rule.minimum):
        raise ReceivablesError(field="stamp_duty.maximum",
                               reason="an amount no less than the minimum, or none")
    values = {RATE_KEY: format(rate.normalize(), "f"), MINIMUM_KEY: str(rule.minimum),
              MAXIMUM_KEY: "" if rule.maximum is None else str(rule.maximum)}
    for key, value in values.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
    session.flush()


def stamp_duty_for(session: Session, amount: int) -> int:
    """The duty a cash payment of ``amount`` bears under the company's rule (0 without)."""
    rule = get_stamp_duty_rule(session)
    if rule is None or amount <= 0:
        return 0
    return stamp_duty_on(amount, rule, get_company(session).base_currency)
