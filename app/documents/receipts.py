"""The printed receipt of a customer payment (reçu / chitanță): the invoices it settled
and the amount of each, what stayed on account, the stamp duty paid in cash, the total
in figures and in words, in the customer's language, rendered by the document engine.

Printing is logged like the vouchers': the first print is the original, every later one
is marked DUPLICATA / DUPLICAT / DUPLICATE; the receipt of a cancelled payment is
marked ANNULÉ / ANULAT / VOID.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.documents.amount_words import amount_in_words
from app.documents.engine import (
    DocumentData,
    DocumentLine,
    PartyBlock,
    company_header,
    duplicate_mark,
    render_pdf,
    void_mark,
)
from app.documents.vouchers import _document_locale
from app.i18n import format_date, translate
from app.ledger.company import get_company
from app.money import Money
from app.receivables.receipts import (
    ReceiptView,
    get_receipt,
    receipt_page_format,
    record_receipt_print,
)

KIND = "collection_receipt"
#: How each payment method is written on the receipt (English source text).
METHOD_NAMES = {
    "cash": "Cash",
    "cheque": "Cheque",
    "transfer": "Bank transfer",
    "card": "Card",
    "direct_debit": "Direct debit",
}
SIGNATURES = ("Cashier", "Payer")


def receipt_document(session: Session, receipt: ReceiptView, *, copy_no: int) -> DocumentData:
    """The document of a receipt as printed for the ``copy_no``-th time (0: original)."""
    company = get_company(session)
    language = receipt.language
    locale = _document_locale(company.locale, language)

    def t(text: str, **values: object) -> str:
        return translate(text, language, **values)

    def money(minor: int) -> Money:
        return Money(minor, receipt.currency)

    lines = [DocumentLine(t("Invoice {number} of {date}", number=line.invoice_number,
                            date=format_date(line.invoice_date, locale)), money(line.amount))
             for line in receipt.lines]
    if receipt.on_account:
        lines.append(DocumentLine(t("On account"), money(receipt.on_account)))
    if receipt.stamp_duty:
        lines.append(DocumentLine(t("Stamp duty"), money(receipt.stamp_duty)))
    marks = []
    if receipt.is_void:
        marks.append(void_mark(language))
    if copy_no > 0:
        marks.append(duplicate_mark(language))
    notes = [t("Paid into: {account}", account=receipt.treasury_account_name),
             t("Payment method: {method}", method=t(METHOD_NAMES.get(receipt.method,
                                                                     receipt.method)))]
    if receipt.cheque_number:
        notes.append(t("Cheque no. {number}", number=receipt.cheque_number))
    if receipt.reference:
        notes.append(t("Reference: {reference}", reference=receipt.reference))
    if receipt.is_void:
        notes.append(t("Void: {reason}", reason=receipt.cancel_reason))
    total = money(receipt.total)
    return DocumentData(
        kind=KIND, title=t("Receipt"), number=receipt.number, date=receipt.date,
        language=language, locale=locale, company=company_header(company, language),
        party=PartyBlock(name=receipt.customer_name,
                         id_number=receipt.customer_registration_id or receipt.customer_vat_id,
                         address=receipt.customer_address, role=t("Received from")),
        purpose=t("Payment of invoices") if receipt.lines else t("Payment on account"),
        amount=total, amount_in_words=amount_in_words(total, language), lines=tuple(lines),
        signatures=tuple(t(caption) for caption in SIGNATURES), marks=tuple(marks),
        notes=tuple(notes),
    )


@dataclass(frozen=True)
class PrintedReceipt:
    receipt: ReceiptView
    copy_no: int
    page_format: str
    pdf: bytes


def print_receipt(session: Session, receipt_id: int) -> PrintedReceipt:
    """Log one print of the receipt and render it (duplicate from the second print on).
    Call inside a unit of work: the print log is part of the books' history."""
    copy_no = record_receipt_print(session, receipt_id)
    receipt = get_receipt(session, receipt_id)
    format_name = receipt_page_format(session)
    pdf = render_pdf(receipt_document(session, receipt, copy_no=copy_no), format_name)
    return PrintedReceipt(receipt, copy_no, format_name, pdf)


def preview_receipt(session: Session, receipt_id: int) -> bytes:
    """The receipt as its next print would look, without logging a print."""
    receipt = get_receipt(session, receipt_id)
    document = receipt_document(session, receipt, copy_no=receipt.prints)
    return render_pdf(document, receipt_page_format(session))


def save_receipt_pdf(session: Session, receipt_id: int, path: Path) -> PrintedReceipt:
    printed = print_receipt(session, receipt_id)
    Path(path).write_bytes(printed.pdf)
    return printed
