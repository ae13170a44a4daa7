"""Dunning letters (lettres de relance / notificări de plată): one PDF for a whole run,
one letter per customer starting on its own page, each in the customer's language.

A letter shows the company header, the customer's address where a window envelope
shows it, the run's reference and the date, the level's title, the template's header
and body with their placeholders filled — the invoices table (number, date, due date,
days late, amount open), the unapplied credit deducted and the total where the body
says ``{invoices_table}`` — then the footer and the signature. The texts are the ones
recorded with the letter, so a reprint is the letter that was sent.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping

from babel import Locale
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from app.documents.engine import _header_blocks, company_header
from app.documents.layout import (
    ADDRESS_WINDOWS,
    FILL_GREY,
    GREY,
    Align,
    Block,
    Frame,
    GridRow,
    Header,
    LetterHead,
    Pair,
    Paragraph,
    Run,
    Spacer,
    TableRow,
    draw_page,
    draw_runs,
    fit_columns,
    get_page_format,
    leading,
    new_canvas,
    paginate,
)
from app.documents.text import BOLD, REGULAR
from app.documents.vouchers import _document_locale
from app.i18n import format_date, format_money, translate
from app.ledger.company import CompanySettings, get_company
from app.money import Money
from app.receivables.customers import company_country
from app.receivables.dunning import INVOICES_TABLE, LetterView, get_run, letter_labels

KIND = "dunning_letters"
#: Stands for the invoices table in a filled text (a character no template can hold).
_TABLE_MARK = "\x00"
_TABLE_ALIGNS: tuple[Align, ...] = ("start", "start", "start", "end", "end")


def render_letters_pdf(session: Session, run_id: int, page_format: str = "A4") -> bytes:
    """The letters of a run as one PDF, one letter per customer, each from a new page
    with its own page count. ``page_format``: "A4" or "A5"."""
    run = get_run(session, run_id)
    company = get_company(session)
    fmt = get_page_format(page_format)
    if fmt.height is None:
        raise ValueError("letters print on A4 or A5 paper")
    frame = Frame(fmt, rtl=False)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, fmt.width, fmt.height)
    _describe(canvas, run.number, company.name)
    bottom = fmt.margin + leading(fmt.small_size) + 3 * mm
    for letter in run.letters:
        pages = paginate(letter_blocks(letter, company, frame),
                         top=fmt.height - fmt.margin, bottom=bottom)
        for number, page in enumerate(pages, 1):
            draw_page(canvas, page)
            _draw_footer(canvas, frame, letter, number, len(pages))
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def letter_blocks(letter: LetterView, company: CompanySettings, frame: Frame) -> list[Block]:
    """One letter as a column of blocks, top to bottom."""
    fmt = frame.format
    locale = _document_locale(company.locale, letter.language)
    labels = letter_labels(letter.language)
    values = _placeholder_values(letter, company, locale)
    gap = fmt.body_size * 1.2
    (header,) = _header_blocks(company_header(company, letter.language), frame)
    assert isinstance(header, Header)
    date_line = _fill(labels["date_line"], {"date": values["date"]})
    reference = _fill(labels["reference"], {"number": letter.run_number})
    before, _, after = _fill(letter.body, values).partition(_TABLE_MARK)
    return [
        LetterHead(frame, header, _address_lines(letter, company, locale)),
        Spacer(gap * 1.5),
        Pair(frame, [Run(reference, REGULAR, fmt.body_size, GREY)],
             [Run(date_line, REGULAR, fmt.body_size)]),
        Spacer(gap * 1.5),
        Paragraph(frame, _fill(letter.title, values), BOLD, fmt.title_size * 0.75,
                  keep_with_next=True),
        Spacer(gap, keep_with_next=True),
        *_text_blocks(frame, _fill(letter.header, values), keep_with_next=True),
        Spacer(gap / 2),
        *_text_blocks(frame, before),
        Spacer(gap / 2),
        *_table_blocks(letter, frame, labels, locale),
        Spacer(gap / 2),
        *_text_blocks(frame, after.replace(_TABLE_MARK, "")),
        Spacer(gap / 2),
        *_text_blocks(frame, _fill(letter.footer, values), keep_with_next=True),
        Spacer(gap, keep_with_next=True),
        *_signature_blocks(frame, _fill(labels["signature"], {"company": company.name})),
    ]


# --- placeholders -----------------------------------------------------------------------


class _KeepUnknown(dict[str, str]):
    """Leaves a placeholder it does not know as it was written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with its placeholders filled; a text that is not a valid template
    prints as written rather than stop the whole batch."""
    try:
        return text.format_map(_KeepUnknown(values))
    except (ValueError, IndexError, AttributeError, KeyError):
        return text


def _placeholder_values(letter: LetterView, company: CompanySettings, locale: str
                        ) -> dict[str, str]:
    def money(minor: int) -> str:
        return format_money(Money(minor, letter.currency), locale)

    return {
        "customer": letter.recipient.splitlines()[0] if letter.recipient else "",
        "company": company.name,
        "date": long_date(letter.date, locale),
        "reference": letter.run_number,
        "total_due": money(letter.total_due),
        "credit": money(letter.credit_applied),
        "days_late": str(max([0, *(line.days_late for line in letter.lines)])),
        "invoice_count": str(len(letter.lines)),
        "oldest_due_date": format_date(min(line.due_date for line in letter.lines), locale)
        if letter.lines else "",
        INVOICES_TABLE: _TABLE_MARK,
    }


def long_date(day: dt.date, locale: str) -> str:
    """``1er mars 2026``: French writes the first of the month as an ordinal."""
    text = format_date(day, locale, "long")
    if day.day == 1 and locale.startswith("fr") and text.startswith("1 "):
        return "1er " + text[2:]
    return text


# --- blocks -----------------------------------------------------------------------------


def _address_lines(letter: LetterView, company: CompanySettings, locale: str) -> list[str]:
    """The recipient as sent, with its country in capitals when abroad (as the post
    asks for international mail)."""
    lines = [line for line in letter.recipient.splitlines() if line.strip()]
    if letter.country and letter.country != company_country(company.locale):
        country = Locale.parse(locale).territories.get(letter.country, letter.country)
        lines.append(str(country).upper())
    return lines


def _text_blocks(frame: Frame, text: str, keep_with_next: bool = False) -> list[Block]:
    """A text as one paragraph per line (so a long letter can break between them), a
    blank line as a small gap."""
    fmt = frame.format
    blocks: list[Block] = []
    for line in text.strip().splitlines():
        if line.strip():
            blocks.append(Paragraph(frame, line.strip(), REGULAR, fmt.body_size,
                                    keep_with_next=keep_with_next))
        elif blocks and not isinstance(blocks[-1], Spacer):
            blocks.append(Spacer(leading(fmt.body_size) * 0.6, keep_with_next=keep_with_next))
    return blocks


def _table_blocks(letter: LetterView, frame: Frame, labels: Mapping[str, str],
                  locale: str) -> list[Block]:
    fmt = frame.format

    def money(minor: int) -> str:
        return format_money(Money(minor, letter.currency), locale)

    heading = [labels[key] for key in ("invoice", "date", "due_date", "days_late",
                                       "open_amount")]
    rows = [[line.number, format_date(line.date, locale), format_date(line.due_date, locale),
             str(line.days_late) if line.days_late > 0 else "—", money(line.open_amount)]
            for line in letter.lines]
    totals = [(labels["total"], money(letter.total_due))]
    if letter.credit_applied:
        totals.insert(0, (labels["credit"], money(-letter.credit_applied)))
    total_rows = [["", "", "", "", figure] for _, figure in totals]  # size the amounts
    widths = fit_columns(frame, heading, [*rows, *total_rows], fmt.body_size)
    head = GridRow(frame, heading, widths, _TABLE_ALIGNS, BOLD, fill=FILL_GREY,
                   keep_with_next=True)
    blocks: list[Block] = [head]
    blocks += [GridRow(frame, row, widths, _TABLE_ALIGNS, heading=head) for row in rows]
    for index, (label, figure) in enumerate(totals):
        last = index == len(totals) - 1
        blocks.append(TableRow(frame, label, figure, widths[-1], BOLD if last else REGULAR,
                               fill=FILL_GREY if last else None))
    return blocks


def _signature_blocks(frame: Frame, caption: str) -> list[Block]:
    """The signature caption under the address column, and the room to sign."""
    fmt = frame.format
    span = frame.rest(ADDRESS_WINDOWS[fmt.name].left - fmt.margin)
    return [Paragraph(frame, caption, BOLD, fmt.body_size, span=span, keep_with_next=True),
            Spacer(fmt.signature_space)]


# --- page furniture ---------------------------------------------------------------------


def _describe(canvas: Canvas, run_number: str, company_name: str) -> None:
    canvas.setTitle(run_number)
    canvas.setAuthor(company_name)
    canvas.setSubject(KIND)
    canvas.setCreator("Comptoir")


def _draw_footer(canvas: Canvas, frame: Frame, letter: LetterView, number: int,
                 total: int) -> None:
    fmt = frame.format
    top = fmt.margin + leading(fmt.small_size)
    page = translate("Page {n} of {total}", letter.language, n=number, total=total)
    reference = f"{letter.run_number} · {letter.recipient.splitlines()[0]}"
    placed: tuple[tuple[str, Align], ...] = ((reference, "start"), (page, "end"))
    for text, align in placed:
        draw_runs(canvas, frame, [Run(text, REGULAR, fmt.small_size, GREY)], frame.content,
                  top, align)
