from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

import pytest

from app.errors import CashOverdrawn, ImmutableEntry, VoucherAlreadyVoid, VoucherError
from app.ledger.numbering import peek_last_number
from app.treasury.accounts import get_treasury_account
from app.treasury.vouchers import (
    VoucherFilter,
    VoucherInput,
    find_voucher,
    get_voucher,
    list_vouchers,
    page_format,
    record_print,
    record_voucher,
    set_page_format,
    void_voucher,
)

from .conftest import Treasury

DAY = dt.date(2026, 5, 4)


def voucher(treasury: Treasury, kind: str = "payment_voucher", net: int = 5_000,
            person: str = "Jean Martin", day: dt.date = DAY, **extra: object):
    category = "Other income" if kind == "receipt" else "Other expenses"
    with treasury.ledger.unit_of_work() as session:
        return record_voucher(session, VoucherInput(
            kind=kind, treasury_account_id=treasury.cash, date=day, person_name=person,
            purpose="Avance sur frais de déplacement", category_id=treasury.categories[
                category], net=net, person_id_number="1850175123456",
            **extra))  # type: ignore[arg-type]


def cash(treasury: Treasury) -> int:
    with treasury.ledger.read() as session:
        return get_treasury_account(session, treasury.cash).balance


def test_each_kind_numbers_its_own_series_without_gaps(treasury: Treasury) -> None:
    first = voucher(treasury)
    second = voucher(treasury)
    receipt = voucher(treasury, kind="receipt")
    slip = voucher(treasury, kind="discharge_slip")
    assert [first.number, second.number] == ["PV-2026-000001", "PV-2026-000002"]
    assert receipt.number == "REC-2026-000001" and slip.number == "DS-2026-000001"
    next_year = voucher(treasury, day=dt.date(2027, 1, 2))
    assert next_year.number == "PV-2027-000001"


def test_a_voucher_posts_its_movement(treasury: Treasury) -> None:
    paid = voucher(treasury, net=4_000)
    received = voucher(treasury, kind="receipt", net=1_500)
    assert paid.movement.direction == "out" and received.movement.direction == "in"
    assert cash(treasury) == 20_000 - 4_000 + 1_500
    assert paid.movement.counterparty == "Jean Martin"
    assert paid.language == "fr"


def test_a_refused_payment_takes_no_number(treasury: Treasury) -> None:
    with pytest.raises(CashOverdrawn):
        voucher(treasury, net=50_000)
    with treasury.ledger.read() as session:
        assert peek_last_number(session, doc_type="voucher.payment_voucher", series="PV",
                                fiscal_year=2026) == 0
    assert voucher(treasury).number == "PV-2026-000001"


def test_void_reverses_the_money_and_keeps_the_number(treasury: Treasury) -> None:
    paid = voucher(treasury, net=4_000)
    with treasury.ledger.unit_of_work() as session:
        voided = void_voucher(session, voucher_id=paid.id, reason="Montant erroné")
    assert voided.is_void and voided.void_reason == "Montant erroné"
    assert cash(treasury) == 20_000
    assert voucher(treasury).number == "PV-2026-000002"
    with pytest.raises(VoucherAlreadyVoid), treasury.ledger.unit_of_work() as session:
        void_voucher(session, voucher_id=paid.id, reason="encore")
    with pytest.raises(VoucherError), treasury.ledger.unit_of_work() as session:
        void_voucher(session, voucher_id=voided.id, reason="  ")


def test_prints_are_counted_so_reprints_are_duplicates(treasury: Treasury) -> None:
    paid = voucher(treasury)
    with treasury.ledger.unit_of_work() as session:
        assert record_print(session, paid.id) == 0
        assert record_print(session, paid.id) == 1
        assert get_voucher(session, paid.id).prints == 2


def test_vouchers_cannot_be_edited_or_deleted(treasury: Treasury) -> None:
    voucher(treasury)
    connection = treasury.ledger.raw_connection()
    for statement in ("UPDATE voucher SET person_name = 'x'", "DELETE FROM voucher"):
        with pytest.raises(sqlite3.DatabaseError, match="COMPTOIR_IMMUTABLE"):
            connection.execute(statement)
    connection.close()
    from app.treasury.voucher_models import Voucher

    with pytest.raises(ImmutableEntry), treasury.ledger.unit_of_work() as session:
        row = session.get(Voucher, 1)
        assert row is not None
        row.purpose = "changed"


def test_missing_person_or_purpose_is_refused(treasury: Treasury) -> None:
    with pytest.raises(VoucherError):
        voucher(treasury, person=" ")


def test_filters_find_vouchers(treasury: Treasury) -> None:
    voucher(treasury, person="Jean Martin", net=1_000)
    voucher(treasury, person="Ana Popescu", net=3_000, day=DAY + dt.timedelta(days=1))
    receipt = voucher(treasury, kind="receipt", person="Ana Popescu", net=9_000)
    with treasury.ledger.unit_of_work() as session:
        void_voucher(session, voucher_id=receipt.id, reason="Doublon")
    with treasury.ledger.read() as session:
        def names(**kwargs: object) -> list[str]:
            return [v.number for v in list_vouchers(session, VoucherFilter(**kwargs))]

        assert names(person="popescu") == ["PV-2026-000002", "REC-2026-000001"]
        assert names(kind="payment_voucher", amount_min=2_000) == ["PV-2026-000002"]
        assert names(status="void") == ["REC-2026-000001"]
        assert names(status="valid", date_to=DAY) == ["PV-2026-000001"]
        assert find_voucher(session, kind="receipt", number="REC-2026-000001").id == receipt.id


def test_page_format_is_a_setting_per_kind(treasury: Treasury) -> None:
    with treasury.ledger.unit_of_work() as session:
        assert page_format(session, "receipt") == "80mm"
        set_page_format(session, "receipt", "A5")
        assert page_format(session, "receipt") == "A5"
        with pytest.raises(VoucherError):
            set_page_format(session, "receipt", "Letter")


def test_vat_on_a_voucher(treasury: Treasury) -> None:
    receipt = voucher(treasury, kind="receipt", net=10_000, vat_rate=Decimal(20))
    assert (receipt.movement.vat, receipt.total) == (2_000, 12_000)
