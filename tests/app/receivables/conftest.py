"""Fixtures: a French company's books with a customer (``books``), and an Algerian
company's with a stamp-duty rule (``dz_books``). Amounts are minor units."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest

from app.ledger.company import CompanySettings, create_company_ledger
from app.receivables.customers import CustomerInput, create_customer
from app.receivables.invoices import (
    InvoiceInput,
    InvoiceLineInput,
    InvoiceResult,
    record_credit_note,
    record_invoice,
)
from app.receivables.payments import CollectionInput, CollectionResult, record_collection
from app.receivables.stamp_duty import StampDutyRule, set_stamp_duty_rule
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import NewTreasuryAccount, create_treasury_account
from app.treasury.categories import ensure_default_categories
from tests.app.treasury.conftest import Treasury

JAN = dt.date(2026, 1, 15)


class Books:
    """A ledger with a bank account and a cash box, a customer, and short ways to
    record invoices, credit notes and payments (one unit of work each)."""

    def __init__(self, ledger: LedgerFile, bank: int, cash: int, sales_account: str,
                 customer: CustomerInput) -> None:
        self.ledger, self.bank, self.cash = ledger, bank, cash
        self.sales_account = sales_account
        with ledger.unit_of_work() as session:
            self.customer = create_customer(session, customer).id

    def add_customer(self, name: str, **extra: object) -> int:
        with self.ledger.unit_of_work() as session:
            return create_customer(session, CustomerInput(name=name, **extra)).id  # type: ignore[arg-type]

    def _input(self, number: str, net: int, day: dt.date, rate: str,
               customer: int | None, **extra: object) -> InvoiceInput:
        return InvoiceInput(
            customer_id=customer or self.customer, number=number, date=day,
            lines=[InvoiceLineInput("Marchandises", self.sales_account, net, Decimal(rate))],
            **extra)  # type: ignore[arg-type]

    def invoice(self, number: str, net: int, day: dt.date = JAN, rate: str = "20",
                customer: int | None = None, **extra: object) -> InvoiceResult:
        with self.ledger.unit_of_work() as session:
            return record_invoice(session, self._input(number, net, day, rate, customer,
                                                       **extra))

    def credit_note(self, number: str, net: int, day: dt.date = JAN, rate: str = "20",
                    allocations: tuple[tuple[int, int], ...] = (),
                    customer: int | None = None) -> InvoiceResult:
        with self.ledger.unit_of_work() as session:
            return record_credit_note(session, self._input(number, net, day, rate, customer),
                                      allocations=allocations)

    def collect(self, amount: int, day: dt.date = JAN, *, account: int | None = None,
                customer: int | None = None, **extra: object) -> CollectionResult:
        with self.ledger.unit_of_work() as session:
            return record_collection(session, CollectionInput(
                customer_id=customer or self.customer,
                treasury_account_id=account or self.bank, date=day, amount=amount,
                **extra))  # type: ignore[arg-type]


def french_books(treasury: Treasury) -> Books:
    return Books(treasury.ledger, treasury.bank, treasury.cash, "707", CustomerInput(
        name="Café des Arts", address="3 place du Marché\n69001 Lyon",
        registration_id="732 829 320", vat_id="FR44732829320", payment_terms_days=30))


@pytest.fixture
def books(treasury: Treasury) -> Books:
    return french_books(treasury)


#: The Algerian rule the stamp-duty tests use: 1 %, at least 5 DA, at most 2,500 DA.
DZ_RULE = StampDutyRule(rate=Decimal(1), minimum=500, maximum=250_000)


@contextmanager
def algerian_books(folder: Path) -> Iterator[Books]:
    ledger = create_company_ledger(folder / "atlas.comptoir", CompanySettings(
        name="SARL Atlas Distribution", base_currency="DZD", locale="fr_DZ", language="fr",
        chart_template="dz_scf", address="12 rue Didouche Mourad\nAlger"))
    opening = dt.date(2026, 1, 1)
    with ledger.unit_of_work() as session:
        ensure_default_categories(session)
        bank = create_treasury_account(session, NewTreasuryAccount(
            kind="bank", name="BNA Alger", currency="DZD", opening_date=opening,
            opening_balance=50_000_000)).id
        cash = create_treasury_account(session, NewTreasuryAccount(
            kind="cash", name="Caisse", currency="DZD", opening_date=opening,
            opening_balance=1_000_000)).id
        set_stamp_duty_rule(session, DZ_RULE)
    try:
        yield Books(ledger, bank, cash, "700", CustomerInput(
            name="Épicerie El Baraka", country="DZ", registration_id="416001000000007"))
    finally:
        ledger.close()


@pytest.fixture
def dz_books(tmp_path: Path) -> Iterator[Books]:
    with algerian_books(tmp_path) as opened:
        yield opened
