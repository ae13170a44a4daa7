"""Printing documents: PDF pages rendered with QtPdf, painted into a QPrinter one page
per PDF page on paper of the page's own size (A4, A5, an 80 mm roll), the preview and
printer dialogs (their exec patched), viewing and saving."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog

from app.documents.engine import CompanyHeader, DocumentData, DocumentLine, render_pdf
from app.money import Money
from ui.common import printing

MM = 72 / 25.4


def document(extra_lines: int = 0) -> DocumentData:
    lines = tuple(DocumentLine(f"F-2026-{index:04}", Money(1_000 + index, "EUR"))
                  for index in range(2 + extra_lines))
    return DocumentData(
        kind="receipt", title="Reçu", number="REC-2026-000042", date=dt.date(2026, 11, 23),
        language="fr", locale="fr_FR", company=CompanyHeader("Boulangerie Dupont SARL"),
        purpose="Acompte", amount=Money(123_450, "EUR"), lines=lines,
        signatures=("Le caissier", "Le payeur"))


@pytest.fixture(scope="module")
def a5_two_pages() -> bytes:
    pdf = render_pdf(document(extra_lines=45), "A5")
    assert len(pdf_reader(pdf).pages) == 2
    return pdf


@pytest.fixture(scope="module")
def roll() -> bytes:
    return render_pdf(document(), "80mm")


def pdf_reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    return [(float(page.mediabox.width) / MM, float(page.mediabox.height) / MM)
            for page in PdfReader(str(path)).pages]


def pdf_printer(path: Path, printer: QPrinter | None = None) -> QPrinter:
    """A printer that prints into a PDF file (what a real printer gets, made readable)."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# --- rendering -----------------------------------------------------------------------------


def test_render_pdf_pages_gives_an_image_per_page_in_the_shape_of_a5(qtbot, a5_two_pages):
    images = printing.render_pdf_pages(a5_two_pages, 100)
    assert len(images) == 2
    for image in images:
        assert not image.isNull()
        assert image.width() / image.height() == pytest.approx(148 / 210, abs=0.005)
        assert image.width() == pytest.approx(148 / 25.4 * 100, abs=1)
    # White paper with ink on it, not a blank or transparent page.
    first = images[0]
    assert first.pixelColor(2, 2).name() == "#ffffff"
    assert any(first.pixelColor(x, y).lightness() < 128
               for x in range(0, first.width(), 4) for y in range(0, first.height() // 4, 4))


def test_render_pdf_pages_keeps_the_80mm_roll_narrow_and_long(qtbot, roll):
    (image,) = printing.render_pdf_pages(roll, 203)  # a thermal printer's resolution
    (points,) = printing.pdf_page_sizes(roll)
    assert image.width() == pytest.approx(80 / 25.4 * 203, abs=1)
    assert image.width() / image.height() == pytest.approx(points.width() / points.height(),
                                                           abs=0.005)
    assert image.height() > image.width()


def test_a_file_that_is_not_a_pdf_is_refused(qtbot):
    with pytest.raises(printing.PdfError):
        printing.render_pdf_pages(b"not a pdf", 96)


# --- printing ------------------------------------------------------------------------------


def test_paint_pdf_prints_each_page_on_paper_of_its_own_size(qtbot, tmp_path, a5_two_pages,
                                                             roll):
    target = tmp_path / "a5.pdf"
    printer = pdf_printer(target)
    printing.prepare_printer(printer, a5_two_pages, "REC-2026-000042")
    assert printing.paint_pdf(a5_two_pages, printer) == 2
    assert [(round(w), round(h)) for w, h in page_sizes_mm(target)] == [(148, 210)] * 2

    target = tmp_path / "roll.pdf"
    printer = pdf_printer(target)
    assert printing.paint_pdf(roll, printer) == 1
    ((width, height),) = page_sizes_mm(target)
    (points,) = printing.pdf_page_sizes(roll)
    assert round(width) == 80 and height == pytest.approx(points.height() / MM, abs=1)


def test_print_pdf_with_preview_paints_the_pages_into_the_preview_printer(
        qtbot, tmp_path, monkeypatch, a5_two_pages):
    target = tmp_path / "preview.pdf"
    shown: list[str] = []

    def exec_(dialog: QPrintPreviewDialog) -> int:
        # What the preview does on show and when the user clicks Print.
        shown.append(dialog.windowTitle())
        dialog.paintRequested.emit(pdf_printer(target, dialog.printer()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    assert printing.print_pdf(a5_two_pages, None, preview=True, title="REC-2026-000042")
    assert shown == ["REC-2026-000042"]
    assert len(page_sizes_mm(target)) == 2


def test_closing_the_preview_prints_nothing(qtbot, monkeypatch, roll):
    monkeypatch.setattr(QPrintPreviewDialog, "exec",
                        lambda _dialog: QDialog.DialogCode.Rejected)
    assert not printing.print_pdf(roll, None, preview=True, title="x")


def test_print_pdf_directly_asks_for_the_printer_then_prints(qtbot, tmp_path, monkeypatch,
                                                           roll):
    target = tmp_path / "direct.pdf"

    def exec_(dialog: QPrintDialog) -> int:
        pdf_printer(target, dialog.printer())  # the user picks "print to file"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    assert printing.print_pdf(roll, None, preview=False, title="REC-2026-000042")
    ((width, _height),) = page_sizes_mm(target)
    assert round(width) == 80

    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    target.unlink()
    assert not printing.print_pdf(roll, None, preview=False, title="x")
    assert not target.exists()


def test_print_directly_is_remembered(qtbot, isolated_settings):
    assert not printing.print_directly()
    printing.set_print_directly(True)
    assert printing.print_directly()
    printing.set_print_directly(False)
    assert not printing.print_directly()


# --- viewing and saving --------------------------------------------------------------------


def test_view_pdf_shows_every_page_without_printing(qtbot, a5_two_pages):
    dialog = printing.view_pdf(a5_two_pages, None, title="REC-2026-000042")
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "REC-2026-000042"
    assert dialog.page_count() == 2
    dialog.reject()


def test_save_pdf_writes_where_the_user_chose(qtbot, tmp_path, monkeypatch, roll):
    asked: list[str] = []

    def answer(_parent, _caption, suggested, _filter, *_args, **_kwargs):
        asked.append(suggested)
        return (str(tmp_path / "recu"), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    path = printing.save_pdf(roll, None, "REC-2026-000042.pdf", tmp_path)
    assert path == tmp_path / "recu.pdf"  # the suffix is added
    assert path.read_bytes() == roll
    assert asked == [str(tmp_path / "REC-2026-000042.pdf")]
    assert not list(tmp_path.glob(".*.partial"))

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_args, **_kwargs: ("", "")))
    assert printing.save_pdf(roll, None, "x.pdf") is None
