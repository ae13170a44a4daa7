"""The aged balance page: the hand-computed table as of two dates, by due date and by
invoice date, custom buckets, the drill-down to a customer's invoices, the trend chart
(computed off the GUI thread) and the way to an invoice from the drill-down."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from tests.ui.tabs.receivables.conftest import CollectionBooks, make_tab, plain
from ui.tabs.receivables.aged_balance import AgedBalancePage
from ui.tabs.receivables.tab import CollectionsTab

JUN_1 = dt.date(2026, 6, 1)
SEP_1 = dt.date(2026, 9, 1)
OCT_1 = dt.date(2026, 10, 1)
NOV_1 = dt.date(2026, 11, 1)


def ledger_books(books: CollectionBooks) -> tuple[int, int]:
    """Café des Arts: 100,00 due 01/07 (145 days late on 23/11), 200,00 due 01/10 of
    which 50,00 paid on 10/11, 300,00 due 01/12. Hôtel du Parc: 80,00 due 31/10, and
    a 20,00 deposit on 15/11."""
    hotel = books.add_customer("Hôtel du Parc")
    books.invoice("F-1", 10_000, JUN_1, rate="0")
    second = books.invoice("F-2", 20_000, SEP_1, rate="0").invoice.id
    books.invoice("F-3", 30_000, NOV_1, rate="0")
    books.invoice("H-1", 8_000, OCT_1, rate="0", customer=hotel)
    books.collect(5_000, dt.date(2026, 11, 10), allocations=[(second, 5_000)])
    books.collect(2_000, dt.date(2026, 11, 15), customer=hotel, allocations=[])
    return books.customer, hotel


def open_page(qtbot, tab: CollectionsTab) -> AgedBalancePage:
    tab.view.pages.setCurrentIndex(tab.view.AGED)
    page = tab.aged
    assert page.aged is not None  # computed when shown
    wait_trend(qtbot, page)
    return page


def wait_trend(qtbot, page: AgedBalancePage) -> None:
    if page.trend_job is not None:
        assert page.trend_job.wait()
    qtbot.waitUntil(lambda: page.trend_job is None)


def row_texts(page: AgedBalancePage, row: int) -> list[str]:
    model = page.model
    return [plain(model.index(row, column).data()) for column in range(model.columnCount())]


def headers(page: AgedBalancePage) -> list[str]:
    model = page.model
    return [model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(model.columnCount())]


def test_the_aged_balance_shows_the_hand_computed_table(qtbot, books: CollectionBooks):
    cafe, hotel = ledger_books(books)
    tab = make_tab(qtbot, books.ledger)
    page = open_page(qtbot, tab)
    assert headers(page) == ["Customer", "Not due", "1–30", "31–60", "61–90", "> 90",
                             "Open invoices", "Credit", "Doubtful", "Bills received",
                             "Balance"]
    assert row_texts(page, 0) == ["Café des Arts", "300,00", "", "150,00", "", "100,00",
                                  "550,00", "", "", "", "550,00"]
    assert row_texts(page, 1) == ["Hôtel du Parc", "", "80,00", "", "", "", "80,00",
                                  "-20,00", "", "", "60,00"]
    assert row_texts(page, 2) == ["Total", "300,00", "80,00", "150,00", "", "100,00",
                                  "630,00", "-20,00", "", "", "610,00"]
    assert plain(page.summary.text()) == (
        "As of 23/11/2026: 2 customers · open invoices 630,00 € · overdue 330,00 € · "
        "balance 610,00 €")

    # As of an earlier day: the payment of 10/11 and the deposit of 15/11 do not count.
    page.as_of.setDate(dt.date(2026, 11, 5))
    wait_trend(qtbot, page)
    assert row_texts(page, 2) == ["Total", "300,00", "80,00", "200,00", "", "100,00",
                                  "680,00", "", "", "", "680,00"]

    # By invoice date, with buckets of my own.
    page.as_of.setDate(dt.date(2026, 11, 23))
    page.by.setCurrentIndex(page.by.findData("invoice"))
    assert page.buckets.text() == "30, 60, 90"  # the default of that basis
    page.buckets.setText("60, 120")
    page.buckets.editingFinished.emit()
    wait_trend(qtbot, page)
    assert headers(page)[1:4] == ["0–60", "61–120", "> 120"]
    # Ages: F-1 175 days, F-2 83, F-3 22, H-1 53.
    assert row_texts(page, 0)[:4] == ["Café des Arts", "300,00", "150,00", "100,00"]
    assert row_texts(page, 1)[:4] == ["Hôtel du Parc", "80,00", "", ""]

    # Buckets that are not understood are said, and the table stays as it was.
    page.buckets.setText("90, 30")
    page.buckets.editingFinished.emit()
    assert "increasing order" in page.hint.text()
    assert headers(page)[1:4] == ["0–60", "61–120", "> 120"]
    del cafe, hotel


def test_drill_down_trend_and_the_way_to_an_invoice(qtbot, books: CollectionBooks):
    cafe, _hotel = ledger_books(books)
    tab = make_tab(qtbot, books.ledger)
    page = open_page(qtbot, tab)
    assert page.select_customer(cafe)
    lines = page.lines_model
    assert [(line.number, line.open_amount, lines.index(r, lines.BUCKET).data())
            for r, line in enumerate(lines.rows())] == [
        ("F-1", 10_000, "> 90"), ("F-2", 15_000, "31–60"), ("F-3", 30_000, "Not due")]
    assert lines.index(0, lines.DAYS).data() == "145"

    # The chart: twelve month ends, one bar set per bucket.
    assert len(page.trend) == 12 and page.trend[-1].month_end == dt.date(2026, 11, 23)
    assert page.trend[-1].totals.total == 63_000
    assert page.chart.series is not None and page.chart.series.count() == 5
    assert page.chart.series.barSets()[0].at(11) == 300.0  # not due on 23/11

    # Double-click a line: the invoices page shows that invoice.
    page.lines.selectRow(1)
    page._on_line_double_clicked()
    assert tab.view.pages.currentWidget() is tab.view.invoices
    assert tab.selected_invoice().number == "F-2"


def test_export_to_excel_and_pdf(qtbot, books: CollectionBooks, tmp_path, shown_infos,
                                 shown_errors):
    import openpyxl

    from tests.ui.tabs.receivables.conftest import pdf_text

    ledger_books(books)
    tab = make_tab(qtbot, books.ledger)
    page = open_page(qtbot, tab)
    job = page.start_export(tmp_path / "agee.xlsx")
    assert job is not None and job.wait()
    assert shown_errors == [] and len(shown_infos) == 1
    sheet = openpyxl.load_workbook(tmp_path / "agee.xlsx").worksheets[0]
    values = [cell for row in sheet.iter_rows(values_only=True) for cell in row]
    assert "Café des Arts" in values and "Hôtel du Parc" in values
    job = page.start_export(tmp_path / "agee.pdf")
    assert job is not None and job.wait()
    text = pdf_text((tmp_path / "agee.pdf").read_bytes())
    assert "Café des Arts" in text and "610,00" in text
