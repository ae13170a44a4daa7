"""Report PDFs: tables of figures with the company header, drawn with the document
engine's blocks (:mod:`app.documents.layout`). Two reports use them here: the aged
balance (A4 landscape) and the statement of account (A4, in the customer's language).

A report is data (:class:`ReportDocument`: header, title, a few captioned fields, one or
more :class:`ReportTable`, notes). Tables are drawn with the engine's ``GridRow``, in
columns sized to their content; the one column allowed to wrap (a name, a label) takes
the width left, and when the figures alone are wider than the page the tables' type
shrinks (down to :data:`MIN_TABLE_SIZE`), so up to 12 buckets still fit.
Output is byte-stable, like every document: the same data gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app import clock
from app.documents.engine import RTL_LANGUAGES, CompanyHeader, company_header
from app.documents.layout import (
    FILL_GREY,
    GREY,
    Align,
    AmountBox,
    Block,
    Field,
    Frame,
    GridRow,
    Header,
    Logo,
    PageFormat,
    Paragraph,
    Rule,
    Run,
    Spacer,
    draw_page,
    draw_runs,
    get_page_format,
    label_column,
    leading,
    new_canvas,
    paginate,
)
from app.documents.text import BOLD, REGULAR, text_width
from app.documents.vouchers import _document_locale
from app.i18n import format_date, format_minor, format_money, translate
from app.money import Money
from app.receivables.ageing import BASIS_CAPTIONS, EXTRA_COLUMNS, AgedBalance
from app.receivables.statements import LINE_KINDS, Statement

if TYPE_CHECKING:
    from app.ledger.company import CompanySettings

#: A4 turned sideways with narrower margins, for wide tables (12 buckets and more).
A4_LANDSCAPE: PageFormat = replace(get_page_format("A4"), name="A4 landscape",
                                   width=297 * mm, height=210 * mm, margin=12 * mm)
MIN_TABLE_SIZE = 5.5


# --- report data -----------------------------------------------------------------------

@dataclass(frozen=True)
class ReportColumn:
    title: str
    align: Align = "end"
    #: The column that wraps and takes the width the others leave (at most one).
    flexible: bool = False


@dataclass(frozen=True)
class ReportTable:
    columns: tuple[ReportColumn, ...]
    rows: tuple[tuple[str, ...], ...]
    #: A last row in bold (totals).
    total: tuple[str, ...] | None = None
    caption: str = ""


@dataclass(frozen=True)
class ReportDocument:
    """Everything a report PDF shows, already translated and formatted."""

    kind: str
    title: str
    language: str
    company: CompanyHeader
    subtitle: tuple[str, ...] = ()
    #: Captioned values under the title (a customer's name, address...).
    fields: tuple[tuple[str, str], ...] = ()
    tables: tuple[ReportTable, ...] = ()
    #: A boxed amount after the tables: (caption, figure).
    amount: tuple[str, str] | None = None
    notes: tuple[str, ...] = ()
    page_format: PageFormat = field(default_factory=lambda: get_page_format("A4"))


# --- the table block -------------------------------------------------------------------

def _titles(table: ReportTable) -> tuple[str, ...]:
    return tuple(column.title for column in table.columns)


#: Room between columns (the GridRow padding, 0.3 em a side, and some air), and the share
#: of the width a flexible column keeps before the type shrinks.
_GAP = 0.8
_FLEXIBLE_SHARE = 0.25


def _widths_at_one_point(frame: Frame, table: ReportTable) -> list[float]:
    """Per column, at a 1 pt type size: its widest cell on one line (the total in bold)
    or the longest word of its title (titles wrap), and the gap. Widths grow with the
    type size, so one measure serves every size."""
    def width(text: str, font: str) -> float:
        return text_width(frame.visual(text), font, 1.0)

    widths = []
    for index, column in enumerate(table.columns):
        # Titles wrap at plain spaces only (a no-break space holds "> 90" together).
        cells = [width(word, BOLD) for word in column.title.split(" ")]
        cells += [width(row[index], REGULAR) for row in table.rows]
        if table.total is not None:
            cells.append(width(table.total[index], BOLD))
        widths.append(max(cells, default=0.0) + _GAP)
    return widths


def fitting_size(frame: Frame, table: ReportTable) -> float:
    """The body size, or the smaller one at which the fixed columns fit beside the
    flexible column's share (never below :data:`MIN_TABLE_SIZE`)."""
    flexible = any(column.flexible for column in table.columns)
    room = frame.content.width * ((1 - _FLEXIBLE_SHARE) if flexible else 1.0)
    needed = sum(width for width, column in zip(_widths_at_one_point(frame, table),
                                                table.columns, strict=True)
                 if not column.flexible)
    body = frame.format.body_size
    return body if needed * body <= room else max(MIN_TABLE_SIZE, room / needed)


def _column_widths(frame: Frame, table: ReportTable, size: float) -> list[float]:
    """Fixed columns as wide as their content at ``size``; the flexible one takes the
    rest, or (without one) the rest is shared out."""
    natural = [width * size for width in _widths_at_one_point(frame, table)]
    flexible = [i for i, column in enumerate(table.columns) if column.flexible]
    widths = [0.0 if i in flexible else width for i, width in enumerate(natural)]
    rest = max(frame.content.width - sum(widths), 0.0)
    if flexible:
        widths[flexible[0]] = rest
    else:
        widths = [width + rest / len(widths) for width in widths]
    return widths


def table_blocks(frame: Frame, table: ReportTable, size: float | None = None
                 ) -> list[Block]:
    """The caption, the heading (repeated on each page), the rows and the total row, as
    the engine's :class:`GridRow` blocks in type of ``size`` (the largest that fits by
    default)."""
    size = size or fitting_size(frame, table)
    # GridRow sets its type at the frame's body size: a frame of the table's size.
    sized = Frame(replace(frame.format, body_size=size), frame.rtl)
    widths = _column_widths(sized, table, size)
    aligns = [column.align for column in table.columns]
    blocks: list[Block] = []
    if table.caption:
        blocks.append(Paragraph(frame, table.caption, BOLD, frame.format.body_size,
                                keep_with_next=True))
    heading = GridRow(sized, _titles(table), widths, aligns, BOLD, FILL_GREY,
                      keep_with_next=True)
    blocks.append(heading)
    blocks += [GridRow(sized, row, widths, aligns, heading=heading) for row in table.rows]
    if table.total is not None:
        blocks.append(GridRow(sized, table.total, widths, aligns, BOLD, FILL_GREY,
                              heading=heading))
    return blocks


# --- rendering -------------------------------------------------------------------------

def _company_blocks(company: CompanyHeader, frame: Frame) -> list[Block]:
    fmt = frame.format
    logo = Logo.fit(company.logo, fmt.logo_max_width, fmt.logo_height)
    span = Header.text_span(frame, logo)
    lines = [Paragraph(frame, company.name, BOLD, fmt.company_size, span=span)]
    lines += [Paragraph(frame, line, REGULAR, fmt.body_size, span=span)
              for line in company.address_lines]
    lines += [Paragraph(frame, tax_id, REGULAR, fmt.small_size, color=GREY, span=span)
              for tax_id in company.tax_ids]
    return [Header(frame, logo, lines)]


def report_blocks(report: ReportDocument, frame: Frame) -> list[Block]:
    fmt = frame.format
    gap = fmt.body_size * 1.2
    blocks: list[Block] = [
        *_company_blocks(report.company, frame),
        Rule(frame, weight=0.8, space=gap / 2),
        Spacer(gap / 2),
        Paragraph(frame, report.title, BOLD, fmt.title_size, "center", keep_with_next=True),
    ]
    blocks += [Paragraph(frame, line, REGULAR, fmt.body_size, "center", GREY,
                         keep_with_next=True) for line in report.subtitle]
    if report.fields:
        width = label_column(frame, [label for label, _ in report.fields])
        blocks.append(Spacer(gap))
        blocks += [Field(frame, label, value, BOLD if index == 0 else REGULAR, width)
                   for index, (label, value) in enumerate(report.fields)]
    # One type size for all the tables of a report, the smallest any of them needs.
    size = min((fitting_size(frame, table) for table in report.tables), default=None)
    for table in report.tables:
        blocks += [Spacer(gap), *table_blocks(frame, table, size)]
    if report.amount is not None:
        caption, figure = report.amount
        blocks += [Spacer(gap), AmountBox(frame, caption, figure, None)]
    for note in report.notes:
        blocks += [Spacer(fmt.small_size * 0.5),
                   Paragraph(frame, note, REGULAR, fmt.small_size, color=GREY)]
    return blocks


def render_report(report: ReportDocument) -> bytes:
    """The report as PDF bytes, paginated, each page with its footer."""
    fmt = report.page_format
    assert fmt.height is not None, "reports print on pages, not rolls"
    frame = Frame(fmt, rtl=report.language in RTL_LANGUAGES)
    blocks = report_blocks(report, frame)
    footer_height = leading(fmt.small_size) + 3 * mm
    pages = paginate(blocks, top=fmt.height - fmt.margin, bottom=fmt.margin + footer_height)
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, fmt.width, fmt.height)
    canvas.setTitle(report.title)
    canvas.setAuthor(report.company.name)
    canvas.setSubject(report.kind)
    canvas.setCreator("Comptoir")
    for number, page in enumerate(pages, 1):
        draw_page(canvas, page)
        _draw_footer(canvas, report, frame, number, len(pages))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw_footer(canvas: Canvas, report: ReportDocument, frame: Frame, number: int,
                 total: int) -> None:
    fmt = frame.format
    top = fmt.margin + leading(fmt.small_size)
    page = translate("Page {n} of {total}", report.language, n=number, total=total)
    draw_runs(canvas, frame, [Run(report.title, REGULAR, fmt.small_size, GREY)],
              frame.content, top, "start")
    draw_runs(canvas, frame, [Run(page, REGULAR, fmt.small_size, GREY)],
              frame.content, top, "end")


def _write(pdf: bytes, path: Path | str) -> Path:
    """Write through a temporary file, so an interrupted save leaves no half PDF."""
    target = Path(path)
    partial = target.with_name(f".{target.name}.partial")
    partial.write_bytes(pdf)
    partial.replace(target)
    return target


# --- the aged balance ------------------------------------------------------------------

@dataclass(frozen=True)
class _Writer:
    """Translation and formatting in one document's language and locale."""

    language: str
    locale: str
    currency: str

    def t(self, text: str, **values: object) -> str:
        return translate(text, self.language, **values)

    def day(self, value: dt.date | None) -> str:
        return format_date(value, self.locale) if value is not None else ""

    def figure(self, minor: int, blank_zero: bool = True) -> str:
        return "" if blank_zero and minor == 0 else format_minor(minor, self.currency,
                                                                 self.locale)

    def money(self, minor: int) -> str:
        return format_money(Money(minor, self.currency), self.locale)


def _unbroken_sign(label: str) -> str:
    """"> 90" must not break between its sign and its figure."""
    return label.replace("> ", ">\u00a0").replace("≤ ", "≤\u00a0")


def _customer_cell(name: str, code: str | None) -> str:
    # The code goes with the name: a column of its own would take room from the figures.
    return f"{name} ({code})" if code else name


def aged_balance_report(aged: AgedBalance, *, company: CompanySettings, locale: str,
                        language: str) -> ReportDocument:
    """The aged balance as a landscape report: a row per customer (zeros left blank, so
    the eye finds the amounts), then the totals."""
    w = _Writer(language, locale, aged.currency)
    columns = [ReportColumn(w.t("Customer"), "start", flexible=True)] + [
        ReportColumn(_unbroken_sign(w.t(bucket.label))) for bucket in aged.columns] + [
        ReportColumn(w.t(name)) for name in EXTRA_COLUMNS]
    rows = [(_customer_cell(row.customer_name, row.customer_code),
             *(w.figure(amount) for amount in row.amounts[:-1]),
             w.figure(row.balance, blank_zero=False))
            for row in aged.rows]
    total = (w.t("Total"), *(w.figure(amount, blank_zero=False)
                             for amount in aged.totals.amounts))
    return ReportDocument(
        kind="aged_balance",
        title=w.t("Aged balance as of {date}", date=format_date(aged.as_of, locale, "long")),
        language=language, company=company_header(company, language),
        subtitle=(" — ".join((w.t(BASIS_CAPTIONS[aged.by]),
                              w.t("Amounts in {currency}", currency=aged.currency))),),
        tables=(ReportTable(tuple(columns), tuple(rows), total),),
        notes=(w.t("Printed on {date}", date=format_date(clock.today(), locale)),),
        page_format=A4_LANDSCAPE)


def render_aged_balance_pdf(aged: AgedBalance, *, company: CompanySettings, locale: str,
                            language: str) -> bytes:
    return render_report(aged_balance_report(aged, company=company, locale=locale,
                                             language=language))


def save_aged_balance_pdf(aged: AgedBalance, path: Path | str, *, company: CompanySettings,
                          locale: str, language: str) -> Path:
    return _write(render_aged_balance_pdf(aged, company=company, locale=locale,
                                          language=language), path)


# --- the statement of account ----------------------------------------------------------

def _customer_fields(statement: Statement, w: _Writer) -> tuple[tuple[str, str], ...]:
    customer = statement.customer
    fields = [(w.t("Customer"), customer.name)]
    if customer.code:
        fields.append((w.t("Customer code"), customer.code))
    if customer.vat_id or customer.registration_id:
        fields.append((w.t("ID number"), customer.vat_id or customer.registration_id))
    if customer.address:
        fields.append((w.t("Address"), customer.address))
    return tuple(fields)


def _movements_table(statement: Statement, w: _Writer) -> ReportTable:
    rows = [(w.day(statement.date_from), w.t("Opening balance"), "", "", "", "", "",
             w.figure(statement.opening_balance, blank_zero=False))]
    rows += [(w.day(line.date), w.t(LINE_KINDS.get(line.kind, line.kind)), line.number,
              w.day(line.due_date), line.label, w.figure(line.debit), w.figure(line.credit),
              w.figure(line.balance, blank_zero=False))
             for line in statement.lines]
    return ReportTable(
        columns=(ReportColumn(w.t("Date"), "start"), ReportColumn(w.t("Document"), "start"),
                 ReportColumn(w.t("Number"), "start"), ReportColumn(w.t("Due date"), "start"),
                 ReportColumn(w.t("Label"), "start", flexible=True),
                 ReportColumn(w.t("Debit")), ReportColumn(w.t("Credit")),
                 ReportColumn(w.t("Balance"))),
        rows=tuple(rows),
        total=(w.day(statement.date_to), w.t("Closing balance"), "", "", "",
               w.figure(statement.total_debit, blank_zero=False),
               w.figure(statement.total_credit, blank_zero=False),
               w.figure(statement.closing_balance, blank_zero=False)))


def _open_items_table(statement: Statement, w: _Writer) -> ReportTable:
    rows = [(w.t(LINE_KINDS.get(item.kind, item.kind)), item.number, w.day(item.date),
             w.day(item.due_date),
             str(item.days_overdue) if item.days_overdue and item.days_overdue > 0 else "",
             w.figure(item.total, blank_zero=False),
             w.figure(item.open_amount, blank_zero=False))
            for item in statement.open_items]
    open_total = sum(item.open_amount for item in statement.open_items)
    return ReportTable(
        caption=w.t("Open items on {date}", date=w.day(statement.date_to)),
        columns=(ReportColumn(w.t("Document"), "start"), ReportColumn(w.t("Number"), "start"),
                 ReportColumn(w.t("Date"), "start"), ReportColumn(w.t("Due date"), "start"),
                 ReportColumn(w.t("Days overdue"), flexible=True),
                 ReportColumn(w.t("Amount")), ReportColumn(w.t("Open amount"))),
        rows=tuple(rows),
        total=(w.t("Total"), "", "", "", "", "", w.figure(open_total, blank_zero=False)))


def statement_report(statement: Statement, *, company: CompanySettings) -> ReportDocument:
    """The statement as a report in the customer's language (numbers and dates as the
    company's country writes them in that language)."""
    language = statement.language
    w = _Writer(language, _document_locale(company.locale, language), statement.currency)
    tables = [_movements_table(statement, w)]
    if statement.open_items:
        tables.append(_open_items_table(statement, w))
    notes = [w.t("Amounts in {currency}", currency=statement.currency)]
    if statement.overdue > 0:
        notes.insert(0, w.t("Of which overdue: {amount}", amount=w.money(statement.overdue)))
    closing = statement.closing_balance
    return ReportDocument(
        kind="customer_statement", title=w.t("Statement of account"), language=language,
        company=company_header(company, language),
        subtitle=(w.t("Period: {start} – {end}", start=w.day(statement.date_from),
                      end=w.day(statement.date_to)),),
        fields=_customer_fields(statement, w), tables=tuple(tables),
        amount=(w.t("Balance due" if closing >= 0 else "Balance in your favour"),
                w.money(abs(closing))),
        notes=tuple(notes))


def render_statement_pdf(statement: Statement, *, company: CompanySettings) -> bytes:
    """The statement of account as PDF bytes (A4), in the customer's language."""
    return render_report(statement_report(statement, company=company))


def save_statement_pdf(statement: Statement, path: Path | str, *,
                       company: CompanySettings) -> Path:
    return _write(render_statement_pdf(statement, company=company), path)
