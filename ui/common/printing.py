"""Printing the app's documents: every printed paper is a PDF (from ``app/documents``),
and this module shows it, prints it or saves it.

- :func:`print_pdf` — a print preview (QPrintPreviewDialog) or, directly, the printer
  dialog; either way the PDF's pages are rendered with QtPdf into the QPrinter, one
  printed page per PDF page, each page the size of the PDF's (A4, A5, or an 80 mm
  roll as long as the document).
- :func:`view_pdf` — look at a document without printing it (no print button, so a
  preview that is not logged as a print cannot end up on paper).
- :func:`save_pdf` / :func:`ask_pdf_path` — write the PDF where the user chooses.
- :func:`render_pdf_pages` — the pages as images, what the printer paints; tests and
  thumbnails use it directly.

"Print directly" (skip the preview) is a user preference shared by every document.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QVBoxLayout,
    QWidget,
)

from ui.common.settings import app_settings, write_value

#: Printers report 600 or 1200 dpi; rendering a page that fine costs hundreds of
#: megabytes for no visible gain, so pages are rendered at most this fine.
MAX_RENDER_DPI = 300
#: And never coarser than this (a preview at screen resolution looks blurred when zoomed).
MIN_RENDER_DPI = 150
POINTS_PER_INCH = 72.0

PRINT_DIRECTLY_KEY = "documents/print_directly"
#: The width of the on-screen viewer, in pixels (from the page's width).
MIN_VIEW_WIDTH = 420
MAX_VIEW_WIDTH = 960


class PdfError(Exception):
    """The bytes could not be read as a PDF."""


# --- reading a PDF -----------------------------------------------------------------------


class _LoadedPdf:
    """A QPdfDocument over bytes in memory (the buffer lives as long as the document)."""

    def __init__(self, pdf: bytes) -> None:
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)
        if self.document.status() != QPdfDocument.Status.Ready or \
                self.document.pageCount() < 1:
            raise PdfError(f"not a readable PDF ({self.document.error().name})")

    def page_count(self) -> int:
        return self.document.pageCount()

    def page_points(self, page: int) -> QSizeF:
        return self.document.pagePointSize(page)

    def render(self, page: int, dpi: float) -> QImage:
        points = self.page_points(page)
        size = QSize(max(1, round(points.width() * dpi / POINTS_PER_INCH)),
                     max(1, round(points.height() * dpi / POINTS_PER_INCH)))
        rendered = self.document.render(page, size)
        # QtPdf leaves the paper transparent: lay the page on white, as printed.
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        return image

    def close(self) -> None:
        self.document.close()
        self.buffer.close()


def pdf_page_sizes(pdf: bytes) -> list[QSizeF]:
    """The size of each page in points (1/72 inch)."""
    loaded = _LoadedPdf(pdf)
    try:
        return [loaded.page_points(page) for page in range(loaded.page_count())]
    finally:
        loaded.close()


def iter_pdf_pages(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page rendered at ``dpi``, one at a time (a long document never sits in
    memory as images all at once)."""
    loaded = _LoadedPdf(pdf)
    try:
        for page in range(loaded.page_count()):
            yield loaded.render(page, dpi)
    finally:
        loaded.close()


def render_pdf_pages(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi``, white paper, the page's own shape."""
    return list(iter_pdf_pages(pdf, dpi))


# --- painting into a printer ---------------------------------------------------------------


def render_dpi(printer: QPrinter) -> int:
    return max(MIN_RENDER_DPI, min(MAX_RENDER_DPI, printer.resolution()))


def _page_layout(points: QSizeF) -> QPageLayout:
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if points.width() > points.height()
                   else QPageLayout.Orientation.Portrait)
    if orientation == QPageLayout.Orientation.Landscape:
        size = QPageSize(QSizeF(points.height(), points.width()), QPageSize.Unit.Point, "",
                         QPageSize.SizeMatchPolicy.FuzzyMatch)
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def prepare_printer(printer: QPrinter, pdf: bytes, title: str) -> None:
    """Paper of the document's first page, no margins: the PDF has its own."""
    sizes = pdf_page_sizes(pdf)
    printer.setDocName(title)
    printer.setFullPage(True)
    printer.setPageLayout(_page_layout(sizes[0]))


def paint_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of ``pdf`` into ``printer`` (one printed page per PDF page, each
    on paper of its own size); the number of pages painted."""
    loaded = _LoadedPdf(pdf)
    painter = QPainter()
    try:
        dpi = render_dpi(printer)
        for page in range(loaded.page_count()):
            layout = _page_layout(loaded.page_points(page))
            if page == 0:
                printer.setPageLayout(layout)
                if not painter.begin(printer):
                    return 0
            else:
                printer.setPageLayout(layout)
                printer.newPage()
            image = loaded.render(page, dpi)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            target = printer.paperRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
        return loaded.page_count()
    finally:
        if painter.isActive():
            painter.end()
        loaded.close()


# --- what the user sees ---------------------------------------------------------------------


def print_directly() -> bool:
    """The user's choice: send documents straight to the printer, without a preview."""
    value = app_settings().value(PRINT_DIRECTLY_KEY, False)
    return value in (True, "true", "1", 1)


def set_print_directly(value: bool) -> None:
    write_value(PRINT_DIRECTLY_KEY, bool(value))


def print_pdf(pdf: bytes, parent: QWidget | None, *, preview: bool, title: str) -> bool:
    """Print ``pdf``: through a print preview (``preview=True``) or the printer dialog.
    True when it was sent to a printer, False when the user closed or cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, pdf, title)
    if preview:
        preview_dialog = QPrintPreviewDialog(printer, parent)
        preview_dialog.setWindowTitle(title)
        preview_dialog.paintRequested.connect(lambda target: paint_pdf(pdf, target))
        preview_dialog.resize(900, 1000)
        try:
            return preview_dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            preview_dialog.deleteLater()
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    return paint_pdf(pdf, printer) > 0


class PdfViewDialog(QDialog):
    """A document on screen, page after page, fitted to the width; no print button."""

    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._loaded = _LoadedPdf(pdf)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self._loaded.document)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        # As wide as the paper at a comfortable zoom: an 80 mm roll opens narrow, A4 wide.
        points = self._loaded.page_points(0).width()
        self.resize(round(min(MAX_VIEW_WIDTH, max(MIN_VIEW_WIDTH, points * 1.5 + 60))), 900)
        self.finished.connect(lambda _code: self._loaded.close())

    def page_count(self) -> int:
        return self._loaded.page_count()


def view_pdf(pdf: bytes, parent: QWidget | None, *, title: str) -> PdfViewDialog:
    """Show the document (not modal); the dialog deletes itself when closed."""
    dialog = PdfViewDialog(pdf, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def ask_pdf_path(parent: QWidget | None, suggested_name: str,
                 folder: Path | None = None) -> Path | None:
    """Where to save a PDF (``.pdf`` added when typed without); None if cancelled."""
    suggested = (folder / suggested_name) if folder is not None else Path(suggested_name)
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Printing", "Save as PDF"), str(suggested),
        QCoreApplication.translate("Printing", "PDF document (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def write_pdf(pdf: bytes, path: Path) -> Path:
    """Write through a temporary file, so an interrupted save leaves no half PDF."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(pdf)
    os.replace(partial, path)
    return path


def save_pdf(pdf: bytes, parent: QWidget | None, suggested_name: str,
             folder: Path | None = None) -> Path | None:
    """Ask where, then write ``pdf`` there; the path written, or None if cancelled."""
    path = ask_pdf_path(parent, suggested_name, folder)
    return None if path is None else write_pdf(pdf, path)
