"""The document engine: every format and language renders, and the PDF's text holds
what the paper must show (number, company, amount in figures and words, marks)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import struct
import unicodedata
import zlib
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics

from app.documents.amount_words import amount_in_words
from app.documents.engine import (
    PAGE_FORMAT_NAMES,
    CompanyHeader,
    DocumentData,
    DocumentLine,
    PartyBlock,
    company_header,
    duplicate_mark,
    render_pdf,
    render_pdf_to,
    void_mark,
)
from app.documents.text import BOLD, REGULAR, register_fonts, visual, wrap
from app.i18n import format_money
from app.money import Money
from tests.conftest import french_company

ROLL_WIDTH_PT = 226.77  # 80 mm

COMPANIES = {
    "fr": CompanyHeader("Boulangerie Dupont SARL", ("12 rue des Lilas", "75011 Paris"),
                        ("N° TVA : FR40732829320",)),
    "ro": CompanyHeader("Brutăria Ștefănescu SRL", ("Str. Mărășești nr. 14", "Iași"),
                        ("CIF: RO12345678",)),
    "en": CompanyHeader("Dupont Bakery Ltd", ("1 High Street", "London"), ()),
    "ar": CompanyHeader("مخبزة الأمل", ("شارع العربي بن مهيدي 12", "الجزائر"),
                        ("NIF: 000016001234567",)),
}
LOCALES = {"fr": ("fr_FR", "EUR"), "ro": ("ro_RO", "RON"), "en": ("en_US", "USD"),
           "ar": ("ar_DZ", "DZD")}
TITLES = {"fr": "Reçu", "ro": "Chitanță", "en": "Receipt", "ar": "وصل استلام"}
PARTIES = {
    "fr": PartyBlock("Jean Martin", "AB123456", "3 avenue Victor Hugo, Lyon", "Reçu de"),
    "ro": PartyBlock("Țiței Ștefan", "1850101223344", "Bd. Ștefan cel Mare 5, Iași",
                     "Am primit de la"),
    "en": PartyBlock("John Smith", role="Received from"),
    "ar": PartyBlock("محمد بن علي", "109876543210", "حي السلام، وهران", "استلمنا من"),
}
WORDS = {
    "fr": "mille deux cent trente-quatre euros et cinquante centimes",
    "ro": "o mie două sute treizeci și patru de lei și cincizeci de bani",
    "en": None,  # None: the engine writes them with amount_in_words
    "ar": None,
}


def sample(language: str, *, marks: tuple[str, ...] = (), extra_lines: int = 0,
           logo: bytes | None = None) -> DocumentData:
    locale, currency = LOCALES[language]
    lines: tuple[DocumentLine, ...] = (
        DocumentLine("F-2026-0101", Money.from_decimal("1000", currency)),
        DocumentLine("F-2026-0107", Money.from_decimal("234.50", currency)),
    )
    lines += tuple(DocumentLine(f"F-2026-{index:04}", Money(100, currency))
                   for index in range(extra_lines))
    company = dataclasses.replace(COMPANIES[language], logo=logo)
    return DocumentData(
        kind="receipt", title=TITLES[language], number="RC-2026-000042",
        date=dt.date(2026, 11, 23), language=language, locale=locale, company=company,
        party=PARTIES[language], purpose="Acompte / avans / deposit",
        amount=Money.from_decimal("1234.50", currency), amount_in_words=WORDS[language],
        lines=lines, signatures=("Cashier", "Recipient"), marks=marks,
    )


def pdf_text(pdf: bytes) -> str:
    """All pages' text, made comparable with :func:`plain`."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return plain("\n".join(page.extract_text() for page in reader.pages))


def plain(text: str) -> str:
    """Arabic presentation forms folded back to letters, short-vowel marks (which print
    leaves out) dropped, and every run of spaces, no-break ones too, one plain space."""
    folded = unicodedata.normalize("NFKC", text)
    folded = "".join(char for char in folded if unicodedata.category(char) != "Mn")
    return re.sub(r"\s+", " ", folded)


def logo_png(width: int = 40, height: int = 20) -> bytes:
    """A small PNG (orange left half, blue right half), written by hand."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + b"\xd0\x50\x10" * (width // 2) + b"\x10\x30\xa0" * (width - width // 2)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(row * height)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("page_format", PAGE_FORMAT_NAMES)
@pytest.mark.parametrize("language", ["fr", "ro", "en", "ar"])
def test_each_format_and_language_prints_what_the_paper_must_show(
        language: str, page_format: str) -> None:
    document = sample(language, marks=(duplicate_mark(language),))
    assert document.amount is not None
    text = pdf_text(render_pdf(document, page_format))

    assert "RC-2026-000042" in text
    assert plain(document.company.name) in text
    # Extracted text gives no-break spaces back as plain ones: compare flattened.
    figure = format_money(document.amount, document.locale)
    digits = re.sub(r"[^\d.,\u202f]", "", figure).strip(".,")
    assert plain(digits) in text
    words = document.amount_in_words or amount_in_words(document.amount, language)
    assert plain(words) in text
    assert plain(duplicate_mark(language)) in text


def test_french_amount_keeps_its_narrow_no_break_space() -> None:
    document = sample("fr")
    raw = pypdf.PdfReader(io.BytesIO(render_pdf(document))).pages[0].extract_text()
    # fr_FR groups thousands with U+202F, which DejaVu draws (no substitute glyph).
    assert "1\u202f234,50" in raw


def test_marks_are_translated_and_survive_text_extraction() -> None:
    assert [duplicate_mark(lang) for lang in ("fr", "ro", "en")] == \
        ["DUPLICATA", "DUPLICAT", "DUPLICATE"]
    assert [void_mark(lang) for lang in ("fr", "ro", "en")] == ["ANNULÉ", "ANULAT", "VOID"]
    for page_format in PAGE_FORMAT_NAMES:
        text = pdf_text(render_pdf(sample("fr", marks=("DUPLICATA", "ANNULÉ")), page_format))
        assert "DUPLICATA" in text and "ANNULÉ" in text


def test_romanian_diacritics_survive() -> None:
    text = pdf_text(render_pdf(sample("ro"), "A5"))
    for needed in ("Brutăria Ștefănescu", "Mărășești", "Țiței Ștefan", "Chitanță",
                   "două sute treizeci și patru", "Pagina 1 din 1"):
        assert needed in text


def test_fixed_words_are_in_the_document_language() -> None:
    french = pdf_text(render_pdf(sample("fr"), "A4"))
    assert all(word in french for word in ("N° :", "Date :", "Montant", "En lettres :",
                                           "Page 1 sur 1"))
    arabic = pdf_text(render_pdf(sample("ar"), "A4"))
    assert "المبلغ" in arabic and "بالحروف" in arabic


def test_roll_is_80_mm_wide_and_as_long_as_its_content() -> None:
    short = pypdf.PdfReader(io.BytesIO(render_pdf(sample("fr"), "80mm")))
    long = pypdf.PdfReader(io.BytesIO(render_pdf(sample("fr", extra_lines=30), "80mm")))
    assert len(short.pages) == len(long.pages) == 1
    assert float(short.pages[0].mediabox.width) == pytest.approx(ROLL_WIDTH_PT, abs=0.01)
    assert float(long.pages[0].mediabox.height) > float(short.pages[0].mediabox.height) + 200


def test_long_documents_run_onto_numbered_pages() -> None:
    pdf = render_pdf(sample("en", extra_lines=60), "A5")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total >= 2
    pages = [page.extract_text() for page in reader.pages]
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {total}" in page
        if "F-2026-00" in page:  # a page of table rows starts with the table's heading
            assert "Label" in page
    # The signatures are never left alone on a page: the amount comes along.
    assert all(caption in pages[-1] for caption in ("Amount", "Cashier", "Recipient"))
    text = pdf_text(pdf)
    assert all(f"F-2026-{index:04}" in text for index in range(60))


def test_same_input_gives_the_same_bytes() -> None:
    document = sample("fr", marks=("DUPLICATA",), logo=logo_png())
    first = {fmt: render_pdf(document, fmt) for fmt in PAGE_FORMAT_NAMES}
    render_pdf(sample("ar"), "A4")  # other documents in between leave no trace
    assert {fmt: render_pdf(document, fmt) for fmt in PAGE_FORMAT_NAMES} == first
    assert render_pdf(sample("ro")) != first["A4"]


def test_logo_is_drawn_and_a_broken_one_is_left_out() -> None:
    with_logo = pypdf.PdfReader(io.BytesIO(render_pdf(sample("fr", logo=logo_png()))))
    assert len(with_logo.pages[0].images) == 1
    broken = pypdf.PdfReader(io.BytesIO(render_pdf(sample("fr", logo=b"not an image"))))
    assert len(broken.pages[0].images) == 0
    assert "Boulangerie Dupont SARL" in broken.pages[0].extract_text()


def test_a_big_logo_is_embedded_at_print_resolution_only() -> None:
    pdf = render_pdf(sample("fr", logo=logo_png(3000, 1500)), "A4")
    (image,) = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].images
    assert image.image is not None
    assert image.image.width <= 600  # 50 mm at 300 dpi


def test_render_pdf_to_writes_the_same_bytes(tmp_path: Path) -> None:
    document = sample("ro")
    path = render_pdf_to(document, tmp_path / "receipt.pdf", "80mm")
    assert path.read_bytes() == render_pdf(document, "80mm")


def test_unknown_page_format_is_refused() -> None:
    with pytest.raises(ValueError, match="Letter"):
        render_pdf(sample("en"), "Letter")


def test_minimal_document_renders() -> None:
    document = DocumentData(kind="note", title="Note", number="N-1", date=dt.date(2026, 1, 2),
                            language="en", locale="en_GB", company=CompanyHeader("Solo"))
    for page_format in PAGE_FORMAT_NAMES:
        assert "N-1" in pdf_text(render_pdf(document, page_format))


def test_company_header_from_settings_labels_the_ids() -> None:
    header = company_header(french_company(other_ids="SIRET 732 829 320 00074"))
    assert header.name == "Boulangerie Dupont SARL"
    assert header.address_lines == ("12 rue des Lilas", "75011 Paris")
    assert header.tax_ids == ("N° d'immatriculation\u00a0: 732 829 320",
                              "N° TVA\u00a0: FR40732829320", "SIRET 732 829 320 00074")


def test_arabic_is_shaped_and_put_in_display_order() -> None:
    shown = visual("باب", rtl=True)
    assert shown == "\ufe8f\ufe8e\ufe91"  # final beh, final alef, initial beh: right to left
    assert visual("Cash 12", rtl=True) == "Cash 12"  # no Arabic letters: left alone
    assert "\u200f" not in visual("\u200f1.234,50\u00a0د.ج.\u200f", rtl=True)


def test_arabic_prints_only_glyphs_the_font_has() -> None:
    register_fonts()
    for font in (REGULAR, BOLD):
        glyphs = pdfmetrics.getFont(font).face.charToGlyph
        for text in ("عبد الله", "لأن إلى آخر", amount_in_words(Money(123450, "DZD"), "ar"),
                     duplicate_mark("ar"), void_mark("ar")):
            assert all(ord(char) in glyphs for char in visual(text, rtl=True)), text


def test_wrapping_keeps_no_break_spaces_together() -> None:
    lines = wrap("Total 1\u202f234\u202f567,00\u00a0€ payé", "DejaVuSans", 10, 90)
    assert "1\u202f234\u202f567,00\u00a0€" in lines
    assert all(line for line in lines)
