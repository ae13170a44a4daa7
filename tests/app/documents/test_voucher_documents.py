from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from app.documents.vouchers import preview_voucher, print_voucher, voucher_document
from app.treasury.vouchers import VoucherInput, get_voucher, record_voucher, void_voucher
from tests.app.treasury.conftest import Treasury


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def flat(text: str) -> str:
    """Extracted text with any run of spaces (normal, no-break, narrow) as one space."""
    return " ".join(text.replace("\u202f", " ").replace("\xa0", " ").split())


@pytest.fixture
def payment(treasury: Treasury):
    with treasury.ledger.unit_of_work() as session:
        return record_voucher(session, VoucherInput(
            kind="payment_voucher", treasury_account_id=treasury.bank,
            date=dt.date(2026, 5, 4), person_name="Ștefan Țurcanu",
            person_id_number="1850175123456", purpose="Avance sur frais de mission",
            category_id=treasury.categories["Other expenses"], net=123_456,
            vat_rate=Decimal(0)))


def test_the_original_carries_number_amount_words_and_signatures(treasury: Treasury,
                                                                 payment) -> None:
    with treasury.ledger.unit_of_work() as session:
        printed = print_voucher(session, payment.id)
    text = flat(text_of(printed.pdf))
    assert printed.copy_no == 0 and printed.page_format == "A5"
    assert "Bon de paiement" in text and "PV-2026-000001" in text
    assert "1 234,56 €" in text
    assert "mille deux cent trente-quatre euros et cinquante-six centimes" in text
    assert "Ștefan Țurcanu" in text
    assert "Le bénéficiaire" in text and "Le caissier" in text
    assert "DUPLICATA" not in text


def test_a_reprint_is_marked_duplicate(treasury: Treasury, payment) -> None:
    with treasury.ledger.unit_of_work() as session:
        print_voucher(session, payment.id)
        second = print_voucher(session, payment.id)
    assert second.copy_no == 1
    assert "DUPLICATA" in text_of(second.pdf)


def test_a_void_voucher_prints_void_with_its_reason(treasury: Treasury, payment) -> None:
    with treasury.ledger.unit_of_work() as session:
        void_voucher(session, voucher_id=payment.id, reason="Erreur de montant")
        text = text_of(preview_voucher(session, payment.id))
    assert "ANNULÉ" in text and "Erreur de montant" in text


def test_a_romanian_voucher_is_written_in_romanian(treasury: Treasury) -> None:
    with treasury.ledger.unit_of_work() as session:
        receipt = record_voucher(session, VoucherInput(
            kind="receipt", treasury_account_id=treasury.cash, date=dt.date(2026, 5, 4),
            person_name="Ana Popescu", purpose="Garanție", language="ro",
            category_id=treasury.categories["Other income"], net=100_000))
        document = voucher_document(session, get_voucher(session, receipt.id), copy_no=0)
        text = flat(text_of(print_voucher(session, receipt.id).pdf))
    assert document.title == "Chitanță" and document.locale == "ro_RO"
    assert "Chitanță" in text and "o mie de euro" in text
    assert "REC-2026-000001" in text


def test_preview_does_not_count_as_a_print(treasury: Treasury, payment) -> None:
    with treasury.ledger.unit_of_work() as session:
        preview_voucher(session, payment.id)
        assert get_voucher(session, payment.id).prints == 0
