from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.documents.receipts import preview_receipt, print_receipt, receipt_document
from app.receivables.customers import CustomerInput, update_customer
from app.receivables.payments import cancel_collection
from app.receivables.receipts import get_receipt
from tests.app.receivables.conftest import Books, algerian_books, french_books
from tests.app.treasury.conftest import Treasury


@pytest.fixture
def books(treasury: Treasury) -> Books:
    return french_books(treasury)


@pytest.fixture
def dz_books(tmp_path: Path) -> Iterator[Books]:
    with algerian_books(tmp_path) as opened:
        yield opened


def text_of(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


def cash_payment(books: Books) -> int:
    books.invoice("F-2026-001", 100_000)  # 1 200,00 €
    books.invoice("F-2026-002", 20_000)  # 240,00 €
    collection = books.collect(150_000, account=books.cash, method="cash",
                               reference="F-2026-002").collection
    assert collection.receipt_id is not None
    return collection.receipt_id


def test_the_receipt_lists_the_invoices_settled_and_the_total_in_words(books: Books) -> None:
    receipt_id = cash_payment(books)
    with books.ledger.unit_of_work() as session:
        printed = print_receipt(session, receipt_id)
    text = text_of(printed.pdf)
    assert printed.copy_no == 0 and printed.page_format == "A5"
    assert "Reçu" in text and "RC-2026-000001" in text
    assert "Reçu de" in text and "Café des Arts" in text and "732829320" in text
    assert "Facture F-2026-002 du 15/01/2026 240,00 €" in text
    assert "Facture F-2026-001 du 15/01/2026 1 200,00 €" in text
    assert "Acompte 60,00 €" in text
    assert "1 500,00 €" in text and "mille cinq cents euros" in text
    assert "Mode de règlement : Espèces" in text and "Caisse magasin" in text
    assert "DUPLICATA" not in text


def test_a_reprint_is_a_duplicate_and_a_cancelled_payment_prints_void(books: Books) -> None:
    receipt_id = cash_payment(books)
    with books.ledger.unit_of_work() as session:
        print_receipt(session, receipt_id)
        second = print_receipt(session, receipt_id)
        cancel_collection(session, collection_id=get_receipt(session, receipt_id).collection_id,
                          reason="Erreur de caisse")
        voided = text_of(preview_receipt(session, receipt_id))
    assert second.copy_no == 1 and "DUPLICATA" in text_of(second.pdf)
    assert "ANNULÉ" in voided and "Erreur de caisse" in voided


def test_the_receipt_speaks_the_customers_language(books: Books) -> None:
    with books.ledger.unit_of_work() as session:
        update_customer(session, customer_id=books.customer, data=CustomerInput(
            name="Café des Arts", language="ro"))
    receipt_id = cash_payment(books)
    with books.ledger.read() as session:
        document = receipt_document(session, get_receipt(session, receipt_id), copy_no=0)
        text = text_of(preview_receipt(session, receipt_id))
    assert document.title == "Chitanță" and document.locale == "ro_RO"
    assert "Factura F-2026-002 din 15.01.2026" in text and "Numerar" in text


def test_an_algerian_cash_receipt_shows_the_stamp_duty(dz_books: Books) -> None:
    dz_books.invoice("FA-001", 100_000, rate="19")  # 1 190,00 DA
    collection = dz_books.collect(119_000, account=dz_books.cash, method="cash").collection
    with dz_books.ledger.read() as session:
        text = text_of(preview_receipt(session, collection.receipt_id))  # type: ignore[arg-type]
    # 1 % of 1 190,00 is 11,90 DA; the customer hands over 1 201,90 DA.
    assert "Droit de timbre 11,90" in text
    assert "1 201,90" in text
