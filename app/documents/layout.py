"""A small block layout on a reportlab canvas: page formats, blocks that know their
height, pagination, and the page furniture (footer, diagonal marks).

Blocks are measured when they are built (the content width is known from the page
format), so a roll page can be sized to its content before anything is drawn, and the
page count is known before the first footer is written. Positions are logical: "start"
is the left edge in a left-to-right document and the right edge in an Arabic one, so
the same block code lays out both directions.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Literal, Protocol

from PIL import Image
from reportlab.lib.colors import Color, black, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.documents.text import BOLD, REGULAR, register_fonts, text_width, visual, wrap

Align = Literal["start", "end", "center"]

GREY = Color(0.35, 0.35, 0.35)
LIGHT_GREY = Color(0.75, 0.75, 0.75)
FILL_GREY = Color(0.94, 0.94, 0.94)
STAMP_RED = Color(0.70, 0.05, 0.05)
LEADING = 1.3  # line height as a multiple of the font size
ASCENT = 0.95  # DejaVu's ascent is about 0.93 em: the baseline sits this far below a top


@dataclass(frozen=True)
class PageFormat:
    """Paper and type sizes of one output format. ``height`` is None for a roll, whose
    page is as long as its content."""

    name: str
    width: float
    height: float | None
    margin: float
    body_size: float
    small_size: float
    title_size: float
    company_size: float
    amount_size: float
    logo_height: float
    logo_max_width: float
    label_width: float  # the widest a label column beside its values may be
    signature_space: float
    stacked: bool  # one column, everything under everything (receipt printers)


PAGE_FORMATS: dict[str, PageFormat] = {
    "A4": PageFormat("A4", 210 * mm, 297 * mm, margin=18 * mm, body_size=10, small_size=8,
                     title_size=20, company_size=14, amount_size=15, logo_height=25 * mm,
                     logo_max_width=50 * mm, label_width=48 * mm, signature_space=22 * mm,
                     stacked=False),
    "A5": PageFormat("A5", 148 * mm, 210 * mm, margin=11 * mm, body_size=8.5, small_size=7,
                     title_size=15, company_size=11.5, amount_size=12.5, logo_height=18 * mm,
                     logo_max_width=38 * mm, label_width=36 * mm, signature_space=16 * mm,
                     stacked=False),
    # Printers for 80 mm rolls print about 72 mm wide: 4 mm margins keep text on paper.
    "80mm": PageFormat("80mm", 80 * mm, None, margin=4 * mm, body_size=8, small_size=7,
                       title_size=12, company_size=10, amount_size=11, logo_height=15 * mm,
                       logo_max_width=50 * mm, label_width=0, signature_space=12 * mm,
                       stacked=True),
}


def get_page_format(name: str) -> PageFormat:
    try:
        return PAGE_FORMATS[name]
    except KeyError:
        known = ", ".join(PAGE_FORMATS)
        raise ValueError(f"unknown page format {name!r}: one of {known}") from None


@dataclass(frozen=True)
class Span:
    """A horizontal stretch of the page, in points from the left edge."""

    x0: float
    x1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0


@dataclass(frozen=True)
class Frame:
    """Where content goes on a page, and which way text runs."""

    format: PageFormat
    rtl: bool

    @property
    def content(self) -> Span:
        return Span(self.format.margin, self.format.width - self.format.margin)

    def column(self, offset: float, width: float, within: Span | None = None) -> Span:
        """The span ``width`` wide starting ``offset`` points from the start edge."""
        outer = within or self.content
        if self.rtl:
            return Span(outer.x1 - offset - width, outer.x1 - offset)
        return Span(outer.x0 + offset, outer.x0 + offset + width)

    def rest(self, offset: float, within: Span | None = None) -> Span:
        """What is left of ``within`` after the first ``offset`` points from the start."""
        outer = within or self.content
        return self.column(offset, outer.width - offset, outer)

    def visual(self, text: str) -> str:
        return visual(text, self.rtl)


@dataclass(frozen=True)
class Run:
    """A piece of one line in one font; runs follow each other in reading order."""

    text: str
    font: str = REGULAR
    size: float = 10
    color: Color = black


def leading(size: float) -> float:
    return size * LEADING


def draw_runs(canvas: Canvas, frame: Frame, runs: Sequence[Run], span: Span,
              top: float, align: Align = "start", line_size: float | None = None) -> None:
    """Draw ``runs`` on one line whose top is at ``top``, placed in ``span``. Lines that
    share a baseline with bigger text pass that text's size as ``line_size``."""
    pieces = [(frame.visual(run.text), run) for run in runs]
    widths = [text_width(text, run.font, run.size) for text, run in pieces]
    total = sum(widths)
    size = line_size or max(run.size for run in runs)
    baseline = top - size * ASCENT
    if align == "center":
        left = span.x0 + (span.width - total) / 2
    elif (align == "start") != frame.rtl:
        left = span.x0
    else:
        left = span.x1 - total
    # Reading order runs right to left in an Arabic document.
    ordered = list(zip(pieces, widths, strict=True))
    if frame.rtl:
        ordered.reverse()
    x = left
    for (text, run), width in ordered:
        canvas.setFillColor(run.color)
        canvas.setFont(run.font, run.size)
        canvas.drawString(x, baseline, text)
        x += width


def runs_width(frame: Frame, runs: Sequence[Run]) -> float:
    return sum(text_width(frame.visual(run.text), run.font, run.size) for run in runs)


class Block(Protocol):
    """Something of known height that draws itself below ``top``."""

    height: float
    keep_with_next: bool

    def draw(self, canvas: Canvas, top: float) -> None: ...


@dataclass
class Spacer:
    height: float
    keep_with_next: bool = False

    def draw(self, canvas: Canvas, top: float) -> None:
        pass


@dataclass
class Rule:
    """A horizontal line across ``span`` (the whole content width by default)."""

    frame: Frame
    dashed: bool = False
    weight: float = 0.5
    color: Color = GREY
    span: Span | None = None
    space: float = 3.0  # room above and below the line
    keep_with_next: bool = False
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.height = 2 * self.space

    def draw(self, canvas: Canvas, top: float) -> None:
        span = self.span or self.frame.content
        y = top - self.space
        canvas.saveState()
        canvas.setStrokeColor(self.color)
        canvas.setLineWidth(self.weight)
        if self.dashed:
            canvas.setDash(2, 2)
        canvas.line(span.x0, y, span.x1, y)
        canvas.restoreState()


@dataclass
class Paragraph:
    """Text wrapped to ``span`` (the content width by default), one font."""

    frame: Frame
    text: str
    font: str = REGULAR
    size: float = 10
    align: Align = "start"
    color: Color = black
    span: Span | None = None
    keep_with_next: bool = False
    lines: list[str] = field(init=False)
    height: float = field(init=False)

    def __post_init__(self) -> None:
        width = (self.span or self.frame.content).width
        self.lines = wrap(self.text, self.font, self.size, width)
        self.height = len(self.lines) * leading(self.size)

    def draw(self, canvas: Canvas, top: float) -> None:
        span = self.span or self.frame.content
        for index, line in enumerate(self.lines):
            draw_runs(canvas, self.frame, [Run(line, self.font, self.size, self.color)],
                      span, top - index * leading(self.size), self.align)


@dataclass
class Pair:
    """Runs at the start and runs at the end of the same line (a label and its value,
    the number and the date); the end part drops to its own line when both do not fit."""

    frame: Frame
    start: Sequence[Run]
    end: Sequence[Run]
    keep_with_next: bool = False
    height: float = field(init=False)
    _split: bool = field(init=False)

    def __post_init__(self) -> None:
        gap = max(run.size for run in self.end)
        needed = runs_width(self.frame, self.start) + gap + runs_width(self.frame, self.end)
        self._split = needed > self.frame.content.width
        self._start_height = leading(max(run.size for run in self.start))
        line = max(self._start_height, leading(max(run.size for run in self.end)))
        self.height = self._start_height + line if self._split else line

    def draw(self, canvas: Canvas, top: float) -> None:
        content = self.frame.content
        if self._split:
            draw_runs(canvas, self.frame, self.start, content, top, "start")
            draw_runs(canvas, self.frame, self.end, content, top - self._start_height, "end")
            return
        line_size = max(run.size for run in (*self.start, *self.end))
        draw_runs(canvas, self.frame, self.start, content, top, "start", line_size)
        draw_runs(canvas, self.frame, self.end, content, top, "end", line_size)


@dataclass
class Field:
    """A labelled value: the label in a column at the start and the value wrapped beside
    it, or (stacked formats) the label on its own line above the value."""

    frame: Frame
    label: str
    value: str
    value_font: str = REGULAR
    label_width: float | None = None  # the label column; the format's widest by default
    keep_with_next: bool = False
    height: float = field(init=False)
    _label: Paragraph = field(init=False)
    _value: Paragraph = field(init=False)

    def __post_init__(self) -> None:
        fmt = self.frame.format
        if fmt.stacked:
            label_span = value_span = self.frame.content
        else:
            column = self.label_width or fmt.label_width
            label_span = self.frame.column(0, column - fmt.body_size)
            value_span = self.frame.rest(column)
        self._label = Paragraph(self.frame, self.label, BOLD if fmt.stacked else REGULAR,
                                fmt.small_size if fmt.stacked else fmt.body_size,
                                color=GREY, span=label_span)
        self._value = Paragraph(self.frame, self.value, self.value_font, fmt.body_size,
                                span=value_span)
        if fmt.stacked:
            self.height = self._label.height + self._value.height
        else:
            self.height = max(self._label.height, self._value.height) + fmt.body_size * 0.3

    def draw(self, canvas: Canvas, top: float) -> None:
        self._label.draw(canvas, top)
        value_top = top - self._label.height if self.frame.format.stacked else top
        self._value.draw(canvas, value_top)


def label_column(frame: Frame, labels: Sequence[str]) -> float:
    """A label column just wide enough for ``labels`` (and a gap), within the format's
    widest, so that short labels do not push their values far away."""
    fmt = frame.format
    widest = max((text_width(frame.visual(label), REGULAR, fmt.body_size) for label in labels),
                 default=0.0)
    return min(widest + 2 * fmt.body_size, fmt.label_width)


@dataclass
class Stamp:
    """A mark such as DUPLICATE or VOID in a box under the title: outlined red on paged
    formats, white on black on a roll (thermal printers print black only)."""

    frame: Frame
    text: str
    keep_with_next: bool = True
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.size = self.frame.format.body_size * 1.3
        self.height = leading(self.size) + 4 + 4  # box padding + room below

    def draw(self, canvas: Canvas, top: float) -> None:
        text = self.frame.visual(self.text)
        width = text_width(text, BOLD, self.size) + 2 * self.size
        content = self.frame.content
        x0 = content.x0 + (content.width - width) / 2
        box_height = leading(self.size) + 4
        inverted = self.frame.format.stacked
        canvas.saveState()
        canvas.setLineWidth(1.5)
        canvas.setStrokeColor(black if inverted else STAMP_RED)
        canvas.setFillColor(black)
        canvas.rect(x0, top - box_height, width, box_height, stroke=1, fill=int(inverted))
        canvas.restoreState()
        draw_runs(canvas, self.frame, [Run(self.text, BOLD, self.size,
                                           white if inverted else STAMP_RED)],
                  Span(x0, x0 + width), top - 2 - self.size * 0.15, "center")


#: Logos are embedded at this resolution at most. A photo straight from a camera would
#: otherwise go whole into every receipt, making it megabytes long and slow to render.
LOGO_DPI = 300


@lru_cache(maxsize=4)
def _decoded_logo(data: bytes) -> Image.Image | None:
    try:
        with Image.open(io.BytesIO(data)) as opened:
            return opened.convert("RGBA" if _has_alpha(opened) else "RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        # A logo that cannot be read must not stop a receipt from printing.
        return None


@lru_cache(maxsize=16)
def _logo_at(data: bytes, pixels_wide: int, pixels_high: int) -> Image.Image:
    image = _decoded_logo(data)
    assert image is not None
    if image.width <= pixels_wide:
        return image
    return image.resize((pixels_wide, pixels_high), Image.Resampling.LANCZOS)


def _has_alpha(image: Image.Image) -> bool:
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


@dataclass
class Logo:
    """An image scaled to fit ``max_width`` x ``max_height``, keeping its proportions."""

    image: Image.Image
    width: float
    height: float

    @classmethod
    def fit(cls, data: bytes | None, max_width: float, max_height: float) -> Logo | None:
        image = _decoded_logo(data) if data else None
        if data is None or image is None:
            return None
        scale = min(max_width / image.width, max_height / image.height)
        width, height = image.width * scale, image.height * scale
        pixels = max(1, round(width / 72 * LOGO_DPI)), max(1, round(height / 72 * LOGO_DPI))
        return cls(_logo_at(data, *pixels), width, height)

    def draw(self, canvas: Canvas, x: float, top: float) -> None:
        canvas.drawImage(ImageReader(self.image), x, top - self.height, self.width,
                         self.height, mask="auto")


@dataclass
class Header:
    """The company header: logo at the start and the text beside it, or (stacked)
    everything centred, one thing under the other, like a till receipt."""

    frame: Frame
    logo: Logo | None
    lines: list[Paragraph]
    keep_with_next: bool = True
    height: float = field(init=False)

    def __post_init__(self) -> None:
        text_height = sum(line.height for line in self.lines)
        if self.logo is None:
            self.height = text_height
        elif self.frame.format.stacked:
            self.height = self.logo.height + self._logo_gap + text_height
        else:
            self.height = max(self.logo.height, text_height)

    @property
    def _logo_gap(self) -> float:
        return self.frame.format.body_size * 0.6

    def draw(self, canvas: Canvas, top: float) -> None:
        content = self.frame.content
        y = top
        if self.logo is not None:
            if self.frame.format.stacked:
                self.logo.draw(canvas, content.x0 + (content.width - self.logo.width) / 2, y)
                y -= self.logo.height + self._logo_gap
            else:
                x = content.x1 - self.logo.width if self.frame.rtl else content.x0
                self.logo.draw(canvas, x, y)
        for line in self.lines:
            line.draw(canvas, y)
            y -= line.height

    @staticmethod
    def text_span(frame: Frame, logo: Logo | None) -> Span:
        """Where the header text goes: beside the logo, or across the page."""
        if logo is None or frame.format.stacked:
            return frame.content
        return frame.rest(logo.width + 4 * mm)


@dataclass
class TableRow:
    """A label wrapped at the start and an amount at the end, on one table row."""

    frame: Frame
    label: str
    amount: str
    amount_width: float
    font: str = REGULAR
    fill: Color | None = None
    rule: bool = True
    heading: TableRow | None = None  # printed again above this row on a new page
    keep_with_next: bool = False
    height: float = field(init=False)
    _label: Paragraph = field(init=False)

    def __post_init__(self) -> None:
        size = self.frame.format.body_size
        self.padding = size * 0.3
        label_width = self.frame.content.width - self.amount_width - size
        self._label = Paragraph(self.frame, self.label, self.font, size,
                                span=self.frame.column(self.padding, label_width))
        self.height = self._label.height + 2 * self.padding

    def draw(self, canvas: Canvas, top: float) -> None:
        content = self.frame.content
        if self.fill is not None:
            canvas.saveState()
            canvas.setFillColor(self.fill)
            canvas.rect(content.x0, top - self.height, content.width, self.height,
                        stroke=0, fill=1)
            canvas.restoreState()
        self._label.draw(canvas, top - self.padding)
        amount_span = self.frame.column(0, content.width - self.padding)
        draw_runs(canvas, self.frame, [Run(self.amount, self.font, self.frame.format.body_size)],
                  amount_span, top - self.padding, "end")
        if self.rule:
            canvas.saveState()
            canvas.setStrokeColor(LIGHT_GREY)
            canvas.setLineWidth(0.5)
            if self.frame.format.stacked:
                canvas.setDash(1, 2)
            canvas.line(content.x0, top - self.height, content.x1, top - self.height)
            canvas.restoreState()


@dataclass
class AmountBox:
    """The amount in figures (bold, at the end) and in words under it, boxed on paged
    formats and between dashed rules on a roll."""

    frame: Frame
    label: str
    figure: str
    words: str | None
    keep_with_next: bool = True  # the signatures come with it
    height: float = field(init=False)
    _figure: Pair = field(init=False)
    _words: Paragraph | None = field(init=False)

    def __post_init__(self) -> None:
        fmt = self.frame.format
        self.padding = 1.5 * mm if fmt.stacked else fmt.body_size * 0.8
        inner = Frame(_inset(fmt, self.padding), self.frame.rtl)
        self._figure = Pair(inner, [Run(self.label, BOLD, fmt.body_size * 1.1)],
                            [Run(self.figure, BOLD, fmt.amount_size)])
        self._words = None
        if self.words:
            self._words = Paragraph(inner, self.words, REGULAR, fmt.body_size)
        words_height = self._words.height + fmt.body_size * 0.3 if self._words else 0
        self.height = self._figure.height + words_height + 2 * self.padding

    def draw(self, canvas: Canvas, top: float) -> None:
        content = self.frame.content
        canvas.saveState()
        canvas.setLineWidth(0.8)
        if self.frame.format.stacked:
            canvas.setDash(2, 2)
            canvas.line(content.x0, top, content.x1, top)
            canvas.line(content.x0, top - self.height, content.x1, top - self.height)
        else:
            canvas.setFillColor(FILL_GREY)
            canvas.rect(content.x0, top - self.height, content.width, self.height,
                        stroke=1, fill=1)
        canvas.restoreState()
        y = top - self.padding
        self._figure.draw(canvas, y)
        if self._words is not None:
            self._words.draw(canvas, y - self._figure.height - self.frame.format.body_size * 0.3)


def _inset(fmt: PageFormat, padding: float) -> PageFormat:
    """The same format with its content narrowed by ``padding`` on both sides."""
    return replace(fmt, margin=fmt.margin + padding)


@dataclass
class Signatures:
    """Signature blocks: a caption, room to sign and a line; side by side on paged
    formats, one under the other on a roll."""

    frame: Frame
    captions: Sequence[str]
    keep_with_next: bool = False
    height: float = field(init=False)

    def __post_init__(self) -> None:
        fmt = self.frame.format
        self.gap = 8 * mm
        self.caption_height = max(
            (len(wrap(caption, BOLD, fmt.body_size, self._column_width)) for caption in
             self.captions), default=1) * leading(fmt.body_size)
        one = self.caption_height + fmt.signature_space + 2
        rows = len(self.captions) if fmt.stacked else 1
        self.height = rows * one + (rows - 1) * fmt.body_size

    @property
    def _column_width(self) -> float:
        content = self.frame.content
        if self.frame.format.stacked or not self.captions:
            return content.width
        count = len(self.captions)
        return (content.width - (count - 1) * self.gap) / count

    def draw(self, canvas: Canvas, top: float) -> None:
        fmt = self.frame.format
        width = self._column_width
        one = self.caption_height + fmt.signature_space + 2
        for index, caption in enumerate(self.captions):
            if fmt.stacked:
                span, block_top = self.frame.content, top - index * (one + fmt.body_size)
            else:
                span, block_top = self.frame.column(index * (width + self.gap), width), top
            Paragraph(self.frame, caption, BOLD, fmt.body_size, span=span).draw(canvas,
                                                                                 block_top)
            y = block_top - self.caption_height - fmt.signature_space
            canvas.saveState()
            canvas.setStrokeColor(black)
            canvas.setLineWidth(0.6)
            canvas.setDash(1, 2)
            canvas.line(span.x0, y, span.x1, y)
            canvas.restoreState()


# --- pages ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """The blocks of one page with the top of each."""

    placed: tuple[tuple[float, Block], ...]


def content_height(blocks: Sequence[Block]) -> float:
    return sum(block.height for block in blocks)


def paginate(blocks: Sequence[Block], top: float, bottom: float) -> list[Page]:
    """Spread blocks over pages between ``top`` and ``bottom`` (PDF coordinates).

    A block that does not fit starts a new page, taking along the blocks before it that
    asked to be kept with the next one (a title with its first row), and a table row
    brings its table's heading. Spacers are dropped at the top of a page. A block taller
    than a whole page is placed anyway and overflows.
    """
    pages: list[list[Block]] = [[]]
    used = 0.0
    available = top - bottom
    for block in blocks:
        if isinstance(block, Spacer) and not pages[-1]:
            continue
        if used + block.height > available and pages[-1]:
            carried = _trailing_kept(pages[-1])
            if len(carried) == len(pages[-1]):
                carried = []  # everything is kept together: it cannot move as a whole
            del pages[-1][len(pages[-1]) - len(carried):]
            heading = getattr(carried[0] if carried else block, "heading", None)
            pages.append([heading, *carried] if heading is not None else carried)
            used = content_height(pages[-1])
            if isinstance(block, Spacer) and not pages[-1]:
                continue
        pages[-1].append(block)
        used += block.height
    return [_place(page, top) for page in pages]


def _trailing_kept(blocks: list[Block]) -> list[Block]:
    count = 0
    for block in reversed(blocks):
        if not block.keep_with_next:
            break
        count += 1
    return blocks[len(blocks) - count:] if count else []


def _place(blocks: list[Block], top: float) -> Page:
    placed = []
    y = top
    for block in blocks:
        placed.append((y, block))
        y -= block.height
    return Page(tuple(placed))


def draw_page(canvas: Canvas, page: Page) -> None:
    for top, block in page.placed:
        block.draw(canvas, top)


def draw_diagonal_marks(canvas: Canvas, frame: Frame, marks: Sequence[str],
                        page_height: float) -> None:
    """Big grey see-through marks (DUPLICATE, VOID) across the page, corner to corner."""
    if not marks:
        return
    width = frame.format.width
    angle = math.degrees(math.atan2(page_height, width))
    diagonal = math.hypot(width, page_height)
    texts = [frame.visual(mark) for mark in marks]
    widest = max(text_width(text, BOLD, 1) for text in texts)
    size = min(0.7 * diagonal / widest, 0.16 * width)
    step = size * 1.1
    canvas.saveState()
    canvas.setFillColor(Color(0.5, 0.5, 0.5))
    canvas.setFillAlpha(0.22)
    canvas.translate(width / 2, page_height / 2)
    canvas.rotate(angle)
    first = (len(texts) - 1) * step / 2
    for index, text in enumerate(texts):
        canvas.setFont(BOLD, size)
        canvas.drawCentredString(0, first - index * step - size * 0.35, text)
    canvas.restoreState()


def new_canvas(buffer: io.BytesIO, width: float, height: float) -> Canvas:
    """A canvas whose bytes depend only on what is drawn (no dates, no random id)."""
    register_fonts()
    return Canvas(buffer, pagesize=(width, height), invariant=1, pageCompression=1)


# --- letters and tables of several columns ----------------------------------------------


@dataclass(frozen=True)
class Window:
    """Where a window envelope shows the recipient's address, from the page's left edge
    and top: a DL envelope with its window on the right, as French and Romanian
    business letters have it."""

    left: float
    top: float
    width: float
    height: float


ADDRESS_WINDOWS: dict[str, Window] = {
    "A4": Window(left=110 * mm, top=50 * mm, width=80 * mm, height=35 * mm),
    "A5": Window(left=72 * mm, top=38 * mm, width=65 * mm, height=28 * mm),
}


@dataclass
class LetterHead:
    """The top of a letter: the sender's header at the start and the recipient's
    address (name in bold) in the envelope window. The window is a fixed place on the
    paper, so this is the first block of its page; the address moves lower only when
    the header is taller than the room above the window."""

    frame: Frame
    header: Header
    address: Sequence[str]
    keep_with_next: bool = True
    height: float = field(init=False)
    _lines: list[Paragraph] = field(init=False)
    _address_top: float = field(init=False)

    def __post_init__(self) -> None:
        fmt = self.frame.format
        window = ADDRESS_WINDOWS.get(fmt.name)
        if window is None:
            raise ValueError(f"letters print on {', '.join(ADDRESS_WINDOWS)}, not {fmt.name}")
        left = fmt.width - window.left - window.width if self.frame.rtl else window.left
        span = Span(left, left + window.width)
        self._lines = [Paragraph(self.frame, line, BOLD if index == 0 else REGULAR,
                                 fmt.body_size, span=span)
                       for index, line in enumerate(self.address)]
        self._address_top = max(window.top - fmt.margin, self.header.height + fmt.body_size)
        address_height = sum(line.height for line in self._lines)
        self.height = max(self.header.height, self._address_top + address_height)

    def draw(self, canvas: Canvas, top: float) -> None:
        self.header.draw(canvas, top)
        y = top - self._address_top
        for line in self._lines:
            line.draw(canvas, y)
            y -= line.height


def fit_columns(frame: Frame, heading: Sequence[str], rows: Sequence[Sequence[str]],
                size: float, flexible: int = 0) -> list[float]:
    """Widths of a :class:`GridRow` table: each column as wide as its widest cell and
    heading, the ``flexible`` column taking what is left of the content width. When
    that leaves it less than a quarter of the width, headings wrap instead (only their
    longest word counts)."""
    gap = size * 1.2  # the cell padding on both sides and some air

    def widths_for(heading_width: Callable[[str], float]) -> list[float]:
        widths = []
        for index, title in enumerate(heading):
            cells = [text_width(frame.visual(row[index]), BOLD, size) for row in rows]
            widths.append(max([heading_width(title), *cells]) + gap)
        others = sum(width for index, width in enumerate(widths) if index != flexible)
        widths[flexible] = frame.content.width - others
        return widths

    def whole(title: str) -> float:
        return text_width(frame.visual(title), BOLD, size)

    def longest_word(title: str) -> float:
        return max((whole(word) for word in title.split()), default=0.0)

    widths = widths_for(whole)
    if widths[flexible] < frame.content.width / 4:
        widths = widths_for(longest_word)
        widths[flexible] = max(widths[flexible], frame.content.width * 0.15)
    return widths


@dataclass
class GridRow:
    """One row of a table of several columns, each cell wrapped in its column and
    aligned to its start or end (figures at the end). Like :class:`TableRow`, a row
    brings its table's heading along onto a new page."""

    frame: Frame
    cells: Sequence[str]
    widths: Sequence[float]
    aligns: Sequence[Align]
    font: str = REGULAR
    fill: Color | None = None
    rule: bool = True
    heading: GridRow | None = None
    keep_with_next: bool = False
    height: float = field(init=False)
    _paragraphs: list[Paragraph] = field(init=False)

    def __post_init__(self) -> None:
        size = self.frame.format.body_size
        self.padding = size * 0.3
        self._paragraphs = []
        offset = 0.0
        for text, width, align in zip(self.cells, self.widths, self.aligns, strict=True):
            span = self.frame.column(offset + self.padding, width - 2 * self.padding)
            self._paragraphs.append(Paragraph(self.frame, text, self.font, size, align,
                                              span=span))
            offset += width
        self.height = max(p.height for p in self._paragraphs) + 2 * self.padding

    def draw(self, canvas: Canvas, top: float) -> None:
        content = self.frame.content
        if self.fill is not None:
            canvas.saveState()
            canvas.setFillColor(self.fill)
            canvas.rect(content.x0, top - self.height, content.width, self.height,
                        stroke=0, fill=1)
            canvas.restoreState()
        for paragraph in self._paragraphs:
            paragraph.draw(canvas, top - self.padding)
        if self.rule:
            canvas.saveState()
            canvas.setStrokeColor(LIGHT_GREY)
            canvas.setLineWidth(0.5)
            canvas.line(content.x0, top - self.height, content.x1, top - self.height)
            canvas.restoreState()
