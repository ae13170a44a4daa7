"""Fixtures of the Collections tab tests: the treasury test books (a bank account and
a cash box) with a customer, and what the tab sent to the printer."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.receivables.customers import CustomerInput, create_customer
from app.receivables.invoices import (
    InvoiceInput,
    InvoiceLineInput,
    InvoiceResult,
    get_invoice,
    record_invoice,
)
from app.receivables.payments import CollectionInput, CollectionResult, record_collection
from app.receivables.status import customer_balance
from app.storage.ledger_file import LedgerFile
from tests.ui.conftest import TreasuryBooks
from ui.common import printing
from ui.tabs.receivables.tab import CollectionsTab

NOV_23 = dt.date(2026, 11, 23)  # the fixed clock's day


def pdf_text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    raw = "\n".join(page.extract_text() for page in pages)
    return " ".join(raw.replace("\u202f", " ").replace("\xa0", " ").split())


@dataclass
class Printed:
    pdf: bytes
    preview: bool
    title: str

    @property
    def text(self) -> str:
        return pdf_text(self.pdf)


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[Printed]:
    """What the tab sent to print_pdf (preview or printer), instead of a dialog."""
    sent: list[Printed] = []

    def record(pdf: bytes, _parent: object, *, preview: bool, title: str) -> bool:
        sent.append(Printed(pdf, preview, title))
        return True

    monkeypatch.setattr(printing, "print_pdf", record)
    return sent


class CollectionBooks(TreasuryBooks):
    """The treasury test books with a customer, and short ways to record through the
    services (one unit of work each)."""

    def __init__(self, ledger: LedgerFile) -> None:
        super().__init__(ledger)
        self.customer = self.add_customer("Café des Arts", payment_terms_days=30)

    def add_customer(self, name: str, **extra: object) -> int:
        with self.ledger.unit_of_work() as session:
            return create_customer(session, CustomerInput(name=name, **extra)).id  # type: ignore[arg-type]

    def invoice(self, number: str, net: int, day: dt.date, *, rate: str = "20",
                customer: int | None = None, due: dt.date | None = None) -> InvoiceResult:
        with self.ledger.unit_of_work() as session:
            return record_invoice(session, InvoiceInput(
                customer_id=customer or self.customer, number=number, date=day, due_date=due,
                lines=[InvoiceLineInput("Marchandises", "707", net, Decimal(rate))]))

    def collect(self, amount: int, day: dt.date, *, customer: int | None = None,
                **extra: object) -> CollectionResult:
        with self.ledger.unit_of_work() as session:
            return record_collection(session, CollectionInput(
                customer_id=customer or self.customer, treasury_account_id=self.bank,
                date=day, amount=amount, **extra))  # type: ignore[arg-type]

    def status(self, invoice_id: int) -> str:
        with self.ledger.read() as session:
            return get_invoice(session, invoice_id).status

    def balance_of(self, customer: int | None = None):
        with self.ledger.read() as session:
            return customer_balance(session, customer or self.customer)


@pytest.fixture
def books(ledger: LedgerFile, fixed_clock: dt.datetime, isolated_settings: Path
          ) -> CollectionBooks:
    return CollectionBooks(ledger)


def make_tab(qtbot, ledger: LedgerFile) -> CollectionsTab:
    tab = CollectionsTab(ledger)
    qtbot.addWidget(tab)
    tab.resize(1500, 900)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def plain(text: str | None) -> str:
    return (text or "").replace("\u202f", " ").replace("\xa0", " ")
