"""The printed paper of a voucher: receipt, payment voucher or discharge slip, built as
document data from the ledger, then rendered by the engine (screen preview, PDF, print).

Printing is logged: the first print is the original, every later one is marked
DUPLICATA / DUPLICAT / DUPLICATE; a void voucher is marked ANNULÉ / ANULAT / VOID.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError
from sqlalchemy.orm import Session

from app.documents.amount_words import amount_in_words
from app.documents.engine import (
    DocumentData,
    PartyBlock,
    company_header,
    duplicate_mark,
    render_pdf,
    void_mark,
)
from app.i18n import translate
from app.ledger.company import get_company
from app.money import Money
from app.treasury.vouchers import VoucherView, get_voucher, page_format, record_print

#: Titles and who signs, per kind (English source text, translated per document).
TITLES = {
    "receipt": "Receipt",
    "payment_voucher": "Payment voucher",
    "discharge_slip": "Discharge slip",
}
PARTY_ROLES = {
    "receipt": "Received from",
    "payment_voucher": "Paid to",
    "discharge_slip": "Handed over to",
}
SIGNATURES = {
    "receipt": ("Cashier", "Payer"),
    "payment_voucher": ("Cashier", "Approved by", "Recipient"),
    "discharge_slip": ("Handed over by", "Recipient (read and approved)"),
}


def voucher_document(session: Session, voucher: VoucherView, *, copy_no: int) -> DocumentData:
    """The document of a voucher as printed for the ``copy_no``-th time (0: original)."""
    company = get_company(session)
    language = voucher.language

    def t(text: str, **values: object) -> str:
        return translate(text, language, **values)

    amount = Money(voucher.total, voucher.movement.currency)
    marks = []
    if voucher.is_void:
        marks.append(void_mark(language))
    if copy_no > 0:
        marks.append(duplicate_mark(language))
    notes = [t("Paid from: {account}", account=voucher.treasury_account_name)
             if voucher.movement.direction == "out"
             else t("Paid into: {account}", account=voucher.treasury_account_name)]
    if voucher.movement.vat:
        notes.append(t("Including VAT {rate} %: {vat}", rate=voucher.movement.vat_rate,
                       vat=Money(voucher.movement.vat, amount.currency).format(company.locale)))
    if voucher.is_void:
        notes.append(t("Void: {reason}", reason=voucher.void_reason))
    return DocumentData(
        kind=voucher.kind, title=t(TITLES[voucher.kind]), number=voucher.number,
        date=voucher.date, language=language, locale=_document_locale(company.locale, language),
        company=company_header(company, language),
        party=PartyBlock(name=voucher.person_name, id_number=voucher.person_id_number,
                         address=voucher.person_address, role=t(PARTY_ROLES[voucher.kind])),
        purpose=voucher.purpose, amount=amount,
        amount_in_words=amount_in_words(amount, language),
        signatures=tuple(t(caption) for caption in SIGNATURES[voucher.kind]),
        marks=tuple(marks), notes=tuple(notes),
    )


def _document_locale(company_locale: str, language: str) -> str:
    """Numbers and dates follow the company's country in the document's language:
    fr_DZ for a French document of an Algerian company, ar_DZ for an Arabic one."""
    country = company_locale.split("_")[1] if "_" in company_locale else ""
    if company_locale.split("_")[0] == language or not country:
        return company_locale
    candidate = f"{language}_{country}"
    try:
        Locale.parse(candidate)
    except (UnknownLocaleError, ValueError):
        return {"fr": "fr_FR", "ro": "ro_RO", "en": "en_GB", "ar": "ar_DZ"}.get(language,
                                                                               company_locale)
    return candidate


@dataclass(frozen=True)
class PrintedVoucher:
    voucher: VoucherView
    copy_no: int
    page_format: str
    pdf: bytes


def print_voucher(session: Session, voucher_id: int) -> PrintedVoucher:
    """Log one print of the voucher and render it (duplicate from the second print on).
    Call inside a unit of work: the print log is part of the books' history."""
    copy_no = record_print(session, voucher_id)
    voucher = get_voucher(session, voucher_id)
    format_name = page_format(session, voucher.kind)
    pdf = render_pdf(voucher_document(session, voucher, copy_no=copy_no), format_name)
    return PrintedVoucher(voucher, copy_no, format_name, pdf)


def preview_voucher(session: Session, voucher_id: int) -> bytes:
    """The voucher as its next print would look, without logging a print."""
    voucher = get_voucher(session, voucher_id)
    document = voucher_document(session, voucher, copy_no=voucher.prints)
    return render_pdf(document, page_format(session, voucher.kind))


def save_voucher_pdf(session: Session, voucher_id: int, path: Path) -> PrintedVoucher:
    printed = print_voucher(session, voucher_id)
    Path(path).write_bytes(printed.pdf)
    return printed
