"""The aged balance page of the Collections tab: as of any date, by due date or by
invoice date, with buckets the user chooses; one row per customer and a totals row,
a drill-down to the open invoices and credit of the selected customer, an export, and
the month-end totals of the last twelve months as a chart (computed off the GUI
thread: twelve aged balances over a big ledger take a moment).

The screen, the export and the chart show the same ``AgedBalance`` objects the
services compute, so they always agree.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.documents.reports import save_aged_balance_pdf
from app.errors import ComptoirError
from app.exports.aged_balance import export_aged_balance
from app.ledger.company import get_company
from app.receivables.ageing import (
    AGE_BASES,
    BY_DUE,
    DEFAULT_BOUNDARIES,
    AgeBasis,
    AgedBalance,
    TrendPoint,
    aged_balance,
    aged_balance_trend,
    aged_lines,
    parse_boundaries,
)
from app.storage.ledger_file import LedgerFile
from ui.common.formatting import date_text, money_text
from ui.common.worker import Job, JobControl, run_job
from ui.shell import language as ui_language
from ui.shell.errors import exception_text, show_error
from ui.tabs.journal.widgets import date_of, make_date_edit
from ui.tabs.receivables.chart import AgedTrendChart
from ui.tabs.receivables.models import AgedBalanceModel, AgedLinesModel, bucket_title
from ui.tabs.receivables.widgets import (
    CAPTION_STYLE,
    list_table,
    size_columns,
    size_model_columns,
)
from ui.tabs.treasury.widgets import hint_label

#: The export formats, by file suffix.
EXPORT_SUFFIXES = (".xlsx", ".csv", ".pdf")
TREND_MONTHS = 12


def boundaries_text(boundaries: tuple[int, ...]) -> str:
    return ", ".join(str(day) for day in boundaries)


class AgedBalancePage(QWidget):
    #: The user asked to see a document of the drill-down: (customer id, number).
    documentRequested = Signal(int, str)

    def __init__(self, ledger: LedgerFile, currency: str, locale: str, language: str,
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._language = language
        self._currency = currency
        self._locale = locale
        self.aged: AgedBalance | None = None
        #: The job computing the trend, while it runs; its result once done.
        self.trend_job: Job | None = None
        #: The job writing an export, while it runs.
        self.export_job: Job | None = None
        self.trend: list[TrendPoint] = []
        self._trend_key: tuple[object, ...] | None = None
        self._build(today)
        self._connect()

    # --- layout -----------------------------------------------------------------

    def _build(self, today: dt.date) -> None:
        self.as_of = make_date_edit(self._locale, today)
        self.by = QComboBox()
        self.by.addItem(self.tr("Days past the due date"), BY_DUE)
        self.by.addItem(self.tr("Days since the invoice date"), "invoice")
        assert {self.by.itemData(i) for i in range(self.by.count())} == set(AGE_BASES)
        self.buckets = QLineEdit(boundaries_text(DEFAULT_BOUNDARIES[BY_DUE]))
        self.buckets.setToolTip(self.tr("The last day of each bucket, separated by commas "
                                        "(up to 11: 12 buckets)"))
        digit = self.fontMetrics().horizontalAdvance("0")
        self.buckets.setMaximumWidth(digit * 22)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Excel, CSV or PDF, with the invoices of "
                                              "each customer"))
        self.hint = hint_label()
        controls = QHBoxLayout()
        as_of_label = QLabel(self.tr("&As of"))
        as_of_label.setBuddy(self.as_of)
        buckets_label = QLabel(self.tr("&Buckets (days)"))
        buckets_label.setBuddy(self.buckets)
        controls.addWidget(as_of_label)
        controls.addWidget(self.as_of)
        controls.addSpacing(8)
        controls.addWidget(self.by)
        controls.addSpacing(8)
        controls.addWidget(buckets_label)
        controls.addWidget(self.buckets)
        controls.addWidget(self.hint, 1)
        controls.addWidget(self.export_button)

        self.model = AgedBalanceModel(self._locale, self)
        self.table = list_table()
        self.table.setModel(self.model)
        self.summary = QLabel()
        self.summary.setStyleSheet(CAPTION_STYLE)

        self.lines_model = AgedLinesModel(self._currency, self._locale, self)
        self.lines = list_table()
        self.lines.setModel(self.lines_model)
        size_model_columns(self.lines, AgedLinesModel.NUMBER)
        self.lines_title = QLabel()
        lines_panel = QWidget()
        lines_layout = QVBoxLayout(lines_panel)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.lines_title)
        lines_layout.addWidget(self.lines, 1)

        self.chart = AgedTrendChart()
        self.trend_status = QLabel()
        self.trend_status.setStyleSheet(CAPTION_STYLE)
        chart_panel = QWidget()
        chart_layout = QVBoxLayout(chart_panel)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.trend_status)

        below = QSplitter(Qt.Orientation.Horizontal)
        below.addWidget(lines_panel)
        below.addWidget(chart_panel)
        below.setStretchFactor(0, 1)
        below.setStretchFactor(1, 1)
        below.setSizes([1000, 1000])
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.as_of.dateChanged.connect(self.refresh)
        self.by.currentIndexChanged.connect(self._on_basis)
        self.buckets.editingFinished.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._on_row_selected)
        self.lines.doubleClicked.connect(self._on_line_double_clicked)
        self.export_button.clicked.connect(self.export)

    # --- reading ----------------------------------------------------------------

    def basis(self) -> AgeBasis:
        return BY_DUE if self.by.currentData() == BY_DUE else "invoice"

    def day(self) -> dt.date:
        return date_of(self.as_of)

    def boundaries(self) -> tuple[int, ...]:
        """The buckets typed; raises ReceivablesError when they are not understood."""
        return parse_boundaries(self.buckets.text())

    def _on_basis(self) -> None:
        # Each basis has its own default buckets; custom ones are kept.
        defaults = {boundaries_text(cuts) for cuts in DEFAULT_BOUNDARIES.values()}
        if self.buckets.text().strip() in defaults:
            with QSignalBlocker(self.buckets):
                self.buckets.setText(boundaries_text(DEFAULT_BOUNDARIES[self.basis()]))
        self.refresh()

    def refresh(self) -> None:
        """Compute the aged balance as the controls say; the trend follows."""
        selected = self.selected_customer_id()
        try:
            boundaries = self.boundaries()
            with self._ledger.read() as session:
                aged = aged_balance(session, as_of=self.day(), by=self.basis(),
                                    buckets=boundaries)
        except ComptoirError as error:
            self.hint.setText(exception_text(error))
            return
        self.hint.setText("")
        self.aged = aged
        self.model.set_aged_balance(aged)
        self.lines_model.bucket_titles = [bucket_title(b.label) for b in aged.columns]
        width = [26] + [11] * len(aged.columns) + [12, 11, 11, 11, 12]
        size_columns(self.table, width, 0)
        self.summary.setText(self.tr(
            "As of %1: %2 customers · open invoices %3 · overdue %4 · balance %5").replace(
            "%1", date_text(aged.as_of, self._locale)).replace(
            "%2", str(len(aged.rows))).replace(
            "%3", self._money(aged.totals.total)).replace(
            "%4", self._money(sum(row.overdue for row in aged.rows)
                              if aged.by == BY_DUE else 0)).replace(
            "%5", self._money(aged.totals.balance)))
        if selected is not None and (row := self.model.row_of(selected)) >= 0:
            self.table.selectRow(row)
        else:
            self._on_row_selected()
        self.start_trend()

    def _money(self, minor: int) -> str:
        return money_text(minor, self._currency, self._locale, with_symbol=True)

    # --- drill-down ---------------------------------------------------------------

    def selected_customer_id(self) -> int | None:
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        item = self.model.row_at(rows[0].row()) if rows else None
        return item.customer_id if item is not None else None

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def _on_row_selected(self, *_args: object) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is None or self.aged is None:
            self.lines_model.set_rows([])
            self.lines_title.setText(self.tr("Select a customer to see its open invoices."))
            return
        item = self.model.row_at(self.model.row_of(customer_id))
        with self._ledger.read() as session:
            lines = aged_lines(session, as_of=self.aged.as_of, by=self.aged.by,
                               buckets=self.aged.columns, customer_id=customer_id)
        self.lines_model.set_rows(lines)
        self.lines_title.setText(self.tr("%1: open invoices and credit").replace(
            "%1", item.customer_name if item else ""))

    def _on_line_double_clicked(self) -> None:
        rows = self.lines.selectionModel().selectedRows()
        line = self.lines_model.row_at(rows[0].row()) if rows else None
        if line is not None and line.kind in ("invoice", "credit_note"):
            self.documentRequested.emit(line.customer_id, line.number)

    # --- the trend ----------------------------------------------------------------

    def start_trend(self) -> Job | None:
        """Compute the month-end totals off the GUI thread (once per set of choices)."""
        if self.aged is None:
            return None
        key = (self.aged.as_of, self.aged.by, tuple(b.high for b in self.aged.columns))
        if key == self._trend_key or self.trend_job is not None:
            return self.trend_job
        self._trend_key = key
        ledger, as_of, by = self._ledger, self.aged.as_of, self.aged.by
        boundaries = self.boundaries()
        columns = self.aged.columns

        def work(_control: JobControl) -> list[TrendPoint]:
            with ledger.read() as session:
                return aged_balance_trend(session, as_of=as_of, months=TREND_MONTHS, by=by,
                                          buckets=boundaries)

        self.trend_status.setText(self.tr("Computing the month-end totals…"))
        job = run_job(work, on_done=lambda points: self._trend_done(points, columns),
                      on_failed=self._trend_failed)
        job.on_finished.append(self._trend_finished)
        self.trend_job = job
        return job

    def _trend_done(self, points: list[TrendPoint], columns: tuple) -> None:  # type: ignore[type-arg]
        self.trend = points
        self.chart.set_trend(points, columns, self._currency, self._locale)
        self.trend_status.setText(self.tr("Open invoices at each month end, as they stood "
                                          "that day"))

    def _trend_failed(self, error: Exception) -> None:
        self.trend_status.setText(exception_text(error))

    def _trend_finished(self) -> None:
        self.trend_job = None
        # The choices may have changed while it ran.
        if self.aged is not None and self._trend_key != (
                self.aged.as_of, self.aged.by, tuple(b.high for b in self.aged.columns)):
            self.start_trend()

    # --- export -------------------------------------------------------------------

    def export(self) -> Job | None:
        """Ask for a file (.xlsx, .csv or .pdf), then write the aged balance as shown,
        with each customer's invoices, off the GUI thread."""
        if self.aged is None:
            return None
        suggested = self._ledger.path.parent / self.tr("Aged balance %1.xlsx").replace(
            "%1", self.aged.as_of.isoformat())
        filters = ";;".join((self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)"),
                             self.tr("PDF document (*.pdf)")))
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the aged balance"), str(suggested), filters)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in EXPORT_SUFFIXES:
            suffix = next((s for s in EXPORT_SUFFIXES if s[1:] in chosen_filter), ".xlsx")
            path = path.with_name(path.name + suffix)
        return self.start_export(path)

    def start_export(self, path: Path) -> Job | None:
        if self.aged is None or self.export_job is not None:
            return None
        ledger, locale = self._ledger, self._locale
        language = ui_language.current_language() or self._language
        as_of, by, boundaries = self.aged.as_of, self.aged.by, self.boundaries()

        def work(_control: JobControl) -> Path:
            with ledger.read() as session:
                aged = aged_balance(session, as_of=as_of, by=by, buckets=boundaries,
                                    detail=True)
                company = get_company(session)
            if path.suffix.lower() == ".pdf":
                return save_aged_balance_pdf(aged, path, company=company, locale=locale,
                                             language=language)
            export_aged_balance(aged, path, locale=locale, language=language,
                                company_name=company.name)
            return path

        job = run_job(work, on_done=self._export_done,
                      on_failed=lambda error: show_error(self, error), parent=self,
                      label=self.tr("Exporting the aged balance…"), cancellable=False)
        job.on_finished.append(self._export_finished)
        self.export_job = job
        return job

    def _export_finished(self) -> None:
        self.export_job = None

    def _export_done(self, path: Path) -> None:
        QMessageBox.information(self, self.tr("Export"),
                                self.tr("The aged balance is written to %1").replace(
                                    "%1", str(path)))
