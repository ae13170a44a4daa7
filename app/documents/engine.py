"""The document engine: a printed document is data (:class:`DocumentData`), and
:func:`render_pdf` turns it into PDF bytes for A4, A5 or an 80 mm receipt roll.

The PDF is the single source for the screen preview, the printer and the saved file,
so all three always show the same thing. Output is byte-stable: the same data gives
the same bytes (reportlab's invariant mode), which lets tests compare documents.

Callers pass text that is theirs already translated (title, signature captions,
marks, party role); the engine translates its own fixed words (No., Date, Amount...).
"""

from __future__ import annotations

import datetime as dt
import io
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.documents.amount_words import amount_in_words
from app.documents.layout import (
    FILL_GREY,
    GREY,
    Align,
    AmountBox,
    Block,
    Field,
    Frame,
    Header,
    Logo,
    Pair,
    Paragraph,
    Rule,
    Run,
    Signatures,
    Spacer,
    Stamp,
    TableRow,
    content_height,
    draw_diagonal_marks,
    draw_page,
    draw_runs,
    get_page_format,
    label_column,
    leading,
    new_canvas,
    paginate,
)
from app.documents.text import BOLD, REGULAR, text_width
from app.i18n import format_date, format_money, translate
from app.money import Money

if TYPE_CHECKING:
    from app.ledger.company import CompanySettings

PAGE_FORMAT_NAMES = ("A4", "A5", "80mm")
RTL_LANGUAGES = frozenset({"ar"})


@dataclass(frozen=True)
class CompanyHeader:
    """Who issues the document. ``tax_ids`` are printed as given, labels included."""

    name: str
    address_lines: tuple[str, ...] = ()
    tax_ids: tuple[str, ...] = ()
    logo: bytes | None = None


@dataclass(frozen=True)
class PartyBlock:
    """The person or company the money comes from or goes to. ``role`` captions the
    name (already translated, e.g. "Received from"); without it the caption is "Name"."""

    name: str
    id_number: str = ""
    address: str = ""
    role: str = ""


@dataclass(frozen=True)
class DocumentLine:
    """One row of the optional table, e.g. an invoice settled by a receipt."""

    label: str
    amount: Money


@dataclass(frozen=True)
class DocumentData:
    """Everything a printed document shows, in the order it shows it.

    ``amount_in_words`` left as None is written from ``amount`` in ``language``.
    ``marks`` ("DUPLICATA", "ANNULÉ") are stamped under the title and, on A4 and A5,
    across each page. ``signatures`` are the captions of the signature blocks.
    """

    kind: str
    title: str
    number: str
    date: dt.date
    language: str
    locale: str
    company: CompanyHeader
    party: PartyBlock | None = None
    purpose: str = ""
    amount: Money | None = None
    amount_in_words: str | None = None
    lines: tuple[DocumentLine, ...] = ()
    signatures: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


# --- helpers for callers ----------------------------------------------------------------


def company_header(settings: CompanySettings, language: str | None = None) -> CompanyHeader:
    """The header of a company's documents from its settings (ids labelled in
    ``language``, the company's language by default)."""
    language = language or settings.language
    tax_ids = []
    if settings.registration_id.strip():
        tax_ids.append(translate("Reg. no. {number}", language,
                                 number=settings.registration_id.strip()))
    if settings.vat_id.strip():
        tax_ids.append(translate("VAT no. {number}", language, number=settings.vat_id.strip()))
    tax_ids.extend(_lines(settings.other_ids))
    return CompanyHeader(name=settings.name, address_lines=tuple(_lines(settings.address)),
                         tax_ids=tuple(tax_ids), logo=settings.logo)


def duplicate_mark(language: str) -> str:
    """DUPLICATA / DUPLICAT / DUPLICATE: the mark of a second print."""
    return translate("DUPLICATE", language)


def void_mark(language: str) -> str:
    """ANNULÉ / ANULAT / VOID: the mark of a voided document."""
    return translate("VOID", language)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# --- rendering --------------------------------------------------------------------------


def render_pdf(document: DocumentData, page_format: str = "A4") -> bytes:
    """The document as PDF bytes in ``page_format``: "A4", "A5" or "80mm"."""
    fmt = get_page_format(page_format)
    frame = Frame(fmt, rtl=document.language in RTL_LANGUAGES)
    blocks = document_blocks(document, frame)
    buffer = io.BytesIO()
    if fmt.height is None:
        _render_roll(buffer, document, frame, blocks)
    else:
        _render_pages(buffer, document, frame, blocks, fmt.height)
    return buffer.getvalue()


def render_pdf_to(document: DocumentData, path: Path | str, page_format: str = "A4") -> Path:
    """Write the PDF to ``path`` (replacing it) and return the path. The bytes go to a
    temporary file first, so an interrupted save never leaves half a PDF behind."""
    target = Path(path)
    pdf = render_pdf(document, page_format)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(pdf)
    os.replace(partial, target)
    return target


def _render_pages(buffer: io.BytesIO, document: DocumentData, frame: Frame,
                  blocks: list[Block], page_height: float) -> None:
    fmt = frame.format
    footer_height = leading(fmt.small_size) + 3 * mm
    pages = paginate(blocks, top=page_height - fmt.margin, bottom=fmt.margin + footer_height)
    canvas = new_canvas(buffer, fmt.width, page_height)
    _describe(canvas, document)
    for number, page in enumerate(pages, 1):
        draw_page(canvas, page)
        _draw_footer(canvas, document, frame, number, len(pages))
        draw_diagonal_marks(canvas, frame, document.marks, page_height)
        canvas.showPage()
    canvas.save()


def _render_roll(buffer: io.BytesIO, document: DocumentData, frame: Frame,
                 blocks: list[Block]) -> None:
    """One long page as tall as its content: receipt printers cut where it ends."""
    fmt = frame.format
    # Extra room at the bottom so the last line clears the printer's tear bar.
    height = fmt.margin + content_height(blocks) + 3 * fmt.margin
    (page,) = paginate(blocks, top=height - fmt.margin, bottom=0)
    canvas = new_canvas(buffer, fmt.width, height)
    _describe(canvas, document)
    draw_page(canvas, page)
    canvas.showPage()
    canvas.save()


def _describe(canvas: Canvas, document: DocumentData) -> None:
    canvas.setTitle(f"{document.title} {document.number}")
    canvas.setAuthor(document.company.name)
    canvas.setSubject(document.kind)
    canvas.setCreator("Comptoir")


def _draw_footer(canvas: Canvas, document: DocumentData, frame: Frame, number: int,
                 total: int) -> None:
    fmt = frame.format
    top = fmt.margin + leading(fmt.small_size)
    page = translate("Page {n} of {total}", document.language, n=number, total=total)
    draw_runs(canvas, frame, [Run(document.number, REGULAR, fmt.small_size, GREY)],
              frame.content, top, "start")
    draw_runs(canvas, frame, [Run(page, REGULAR, fmt.small_size, GREY)],
              frame.content, top, "end")


# --- composition ------------------------------------------------------------------------


def document_blocks(document: DocumentData, frame: Frame) -> list[Block]:
    """The document as a column of blocks, top to bottom."""
    fmt = frame.format
    gap = fmt.body_size * (0.8 if fmt.stacked else 1.2)
    blocks: list[Block] = [
        *_header_blocks(document.company, frame),
        Rule(frame, weight=0.8, dashed=fmt.stacked, space=gap / 2),
        Spacer(gap / 2),
        *_title_blocks(document, frame),
        Spacer(gap / 2),
        *_number_and_date_blocks(document, frame),
        Rule(frame, dashed=True, color=GREY, space=gap / 2) if fmt.stacked else Spacer(gap),
        *_party_blocks(document, frame),
    ]
    if document.lines:
        blocks += [Spacer(gap), *_table_blocks(document, frame)]
    if document.amount is not None:
        blocks += [Spacer(gap), _amount_block(document, frame)]
    # Notes and signatures stay on the page of the amount they are about.
    for note in document.notes:
        blocks += [Spacer(fmt.small_size * 0.5, keep_with_next=True),
                   Paragraph(frame, note, REGULAR, fmt.small_size, color=GREY,
                             keep_with_next=True)]
    if document.signatures:
        blocks += [Spacer(gap * 1.5, keep_with_next=True),
                   Signatures(frame, document.signatures)]
    if fmt.stacked:
        # A roll has no diagonal mark: repeat the stamps at the foot, where the tear is.
        blocks += [Spacer(gap)] + [Stamp(frame, mark) for mark in document.marks]
    return blocks


def _label(text: str, language: str) -> str:
    """A field caption with the colon the language puts after it ("Date :" in French)."""
    return translate("{label}:", language, label=translate(text, language))


def _header_blocks(company: CompanyHeader, frame: Frame) -> list[Block]:
    fmt = frame.format
    logo = Logo.fit(company.logo, fmt.logo_max_width, fmt.logo_height)
    span = Header.text_span(frame, logo)
    align: Align = "center" if fmt.stacked else "start"
    lines = [Paragraph(frame, company.name, BOLD, fmt.company_size, align, span=span)]
    lines += [Paragraph(frame, line, REGULAR, fmt.body_size, align, span=span)
              for line in company.address_lines]
    lines += [Paragraph(frame, tax_id, REGULAR, fmt.small_size, align, GREY, span=span)
              for tax_id in company.tax_ids]
    return [Header(frame, logo, lines)]


def _title_blocks(document: DocumentData, frame: Frame) -> list[Block]:
    fmt = frame.format
    blocks: list[Block] = [Paragraph(frame, document.title, BOLD, fmt.title_size, "center",
                                     keep_with_next=True)]
    for mark in document.marks:
        blocks += [Spacer(fmt.body_size * 0.4, keep_with_next=True), Stamp(frame, mark)]
    return blocks


def _number_and_date_blocks(document: DocumentData, frame: Frame) -> list[Block]:
    fmt = frame.format
    language = document.language
    number_label = Run(_label("No.", language), REGULAR, fmt.body_size, GREY)
    number = Run(document.number, BOLD, fmt.body_size)
    date_label = Run(_label("Date", language), REGULAR, fmt.body_size, GREY)
    date = Run(format_date(document.date, document.locale, "long"), BOLD, fmt.body_size)
    if fmt.stacked:
        return [Pair(frame, [number_label], [number]), Pair(frame, [date_label], [date])]
    spaced = Run(" ", REGULAR, fmt.body_size)
    return [Pair(frame, [number_label, spaced, number], [date_label, spaced, date])]


def _party_blocks(document: DocumentData, frame: Frame) -> list[Block]:
    language = document.language
    rows: list[tuple[str, str, str]] = []  # label, value, value font
    party = document.party
    if party is not None:
        rows.append((party.role or translate("Name", language), party.name, BOLD))
        if party.id_number.strip():
            rows.append((translate("ID number", language), party.id_number, REGULAR))
        if party.address.strip():
            rows.append((translate("Address", language), party.address, REGULAR))
    if document.purpose.strip():
        rows.append((translate("Purpose", language), document.purpose, REGULAR))
    width = label_column(frame, [label for label, _, _ in rows])
    return [Field(frame, label, value, font, width) for label, value, font in rows]


def _table_blocks(document: DocumentData, frame: Frame) -> list[Block]:
    fmt = frame.format
    language = document.language
    heading = translate("Amount", language)
    figures = [format_money(line.amount, document.locale) for line in document.lines]
    amount_width = max(text_width(frame.visual(text), BOLD, fmt.body_size)
                       for text in [heading, *figures])
    header = TableRow(frame, translate("Label", language), heading, amount_width, BOLD,
                      fill=None if fmt.stacked else FILL_GREY, keep_with_next=True)
    rows = [TableRow(frame, line.label, figure, amount_width, heading=header)
            for line, figure in zip(document.lines, figures, strict=True)]
    return [header, *rows]


def _amount_block(document: DocumentData, frame: Frame) -> Block:
    assert document.amount is not None
    language = document.language
    words = document.amount_in_words
    if words is None:
        words = amount_in_words(document.amount, language)
    in_words = f"{_label('In words', language)} {words}" if words else None
    return AmountBox(frame, translate("Amount", language),
                     format_money(document.amount, document.locale), in_words)
