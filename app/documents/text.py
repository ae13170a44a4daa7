"""Fonts, measuring, wrapping and right-to-left shaping for printed documents.

Every string goes through :func:`visual` just before it is measured or drawn: Arabic
letters are joined into their contextual forms (``arabic_reshaper``) and the line is put
in display order (``python-bidi``). Wrapping happens on the logical text first, so each
printed line is reordered on its own, as the bidi algorithm requires.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"

_FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

# Arabic, Arabic Supplement, Arabic Extended-A and the two presentation-form blocks.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# Direction marks steer the bidi algorithm; once the line is in display order they are
# only invisible characters that would end up in copied or extracted text.
# Lines break at plain spaces only: no-break spaces (U+00A0, U+202F) hold an amount or
# "Date :" together, which is what they are for.
_SPACES = re.compile("[ \t]+")
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                                        "\u2066\u2067\u2068\u2069"))


# DejaVu Sans has the Arabic presentation forms but not the "Allah" ligature (U+FDF2),
# so that ligature is off: "عبد الله" would print a missing glyph. Harakat (short-vowel
# marks) are dropped, as in most print: without mark positioning reportlab would give
# each one its own advance and open gaps inside words.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={
    "delete_harakat": True,
    "arabic ligature allah": False,
})


@cache
def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab, once per process."""
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD,
                                  italic=REGULAR, boldItalic=BOLD)


def has_arabic(text: str) -> bool:
    return _ARABIC.search(text) is not None


@lru_cache(maxsize=4096)
def visual(text: str, rtl: bool = False) -> str:
    """``text`` as it must be drawn left to right: shaped and reordered when it holds
    Arabic letters (``rtl`` makes the paragraph direction right-to-left)."""
    if has_arabic(text):
        shaped = _RESHAPER.reshape(text)
        text = str(get_display(shaped, base_dir="R" if rtl else None))
    return text.translate(_BIDI_CONTROLS)


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of an already visual string."""
    register_fonts()
    return float(pdfmetrics.stringWidth(text, font, size))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Logical ``text`` cut into lines no wider than ``width`` (at plain spaces, or
    inside a word longer than a line). Newlines in the text are kept."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(_wrap_paragraph(paragraph.strip(), font, size, width))
    return lines


def _fits(text: str, font: str, size: float, width: float) -> bool:
    return text_width(visual(text), font, size) <= width


def _wrap_paragraph(paragraph: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in _SPACES.split(paragraph):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if _fits(candidate, font, size, width):
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while not _fits(current, font, size, width) and len(current) > 1:
            head = _longest_fitting_prefix(current, font, size, width)
            lines.append(head)
            current = current[len(head):]
    lines.append(current)
    return lines


def _longest_fitting_prefix(word: str, font: str, size: float, width: float) -> str:
    for end in range(len(word) - 1, 0, -1):
        if _fits(word[:end], font, size, width):
            return word[:end]
    return word[:1]
