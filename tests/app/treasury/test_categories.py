from __future__ import annotations

from decimal import Decimal

import pytest

from app.errors import InvalidMovement, UnknownAccount
from app.ledger.models import Account
from app.treasury.categories import (
    add_category,
    category_accounts,
    get_category,
    list_categories,
    update_category,
)

from .conftest import Treasury


def test_categories_map_to_income_expense_or_third_party_accounts(treasury: Treasury) -> None:
    with treasury.ledger.read() as session:
        codes = {account.code for account in category_accounts(session)}
    assert {"706", "6064", "627", "411", "401", "431"} <= codes
    assert not {"5121", "531", "58", "101"} & codes  # no bank, cash, transfers or capital
    assert not any(code.startswith("5") for code in codes)

    with treasury.ledger.unit_of_work() as session:
        added = add_category(session, name="  Photocopies ", direction="out",
                             account_code="6064", vat_rate=Decimal("5.5"))
    assert (added.name, added.account_code, added.vat_rate, added.active) == (
        "Photocopies", "6064", Decimal("5.5"), True)
    with treasury.ledger.unit_of_work() as session, pytest.raises(InvalidMovement) as refused:
        add_category(session, name="Caisse", direction="in", account_code="5121")
    assert refused.value.details["reason"] == (
        "5121 is not an income, expense or third-party account")
    with treasury.ledger.unit_of_work() as session, pytest.raises(UnknownAccount):
        add_category(session, name="Nowhere", direction="in", account_code="999")


def test_a_category_is_renamed_remapped_and_retired(treasury: Treasury) -> None:
    supplies = treasury.categories["Supplies"]
    with treasury.ledger.unit_of_work() as session:
        update_category(session, category_id=supplies, name="Fournitures de bureau",
                        account_code="6061", vat_rate=Decimal("10"))
    with treasury.ledger.read() as session:
        renamed = get_category(session, supplies)
    assert (renamed.name, renamed.account_code, renamed.vat_rate) == (
        "Fournitures de bureau", "6061", Decimal("10"))

    # Its account closed in the chart: the category can still be retired, not reused.
    with treasury.ledger.unit_of_work() as session:
        session.query(Account).filter_by(code="6061").one().active = False
    with treasury.ledger.unit_of_work() as session:
        update_category(session, category_id=supplies, name=renamed.name,
                        account_code="6061", vat_rate=renamed.vat_rate, active=False)
    with treasury.ledger.read() as session:
        assert supplies not in {c.id for c in list_categories(session)}
        assert not get_category(session, supplies).active
    with treasury.ledger.unit_of_work() as session, pytest.raises(InvalidMovement):
        update_category(session, category_id=supplies, name=renamed.name,
                        account_code="6061", vat_rate=renamed.vat_rate, active=True)
