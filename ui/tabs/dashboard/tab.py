"""The Treasury dashboard tab: for a fiscal year and a set of accounts, money in and out
per category and month, net, cumulative balance, taxes to pay and the forecast from
recurring items; a chart; the movements behind any cell; the Excel export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSignalBlocker
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from app import clock
from app.errors import ComptoirError
from app.exports.dashboard import export_dashboard
from app.ledger.company import fiscal_year_of, get_company
from app.ledger.journals import journal_revision
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import list_treasury_accounts
from app.treasury.dashboard import (
    Dashboard,
    ForecastItem,
    build_dashboard,
    cell_lines,
    forecast_cell_items,
)
from ui.common.formatting import date_text, money_text
from ui.shell import language as ui_language
from ui.shell.errors import show_error
from ui.tabs.dashboard.dialogs.cell_lines_dialog import CellLinesDialog
from ui.tabs.dashboard.dialogs.recurring_dialog import RecurringItemsDialog
from ui.tabs.dashboard.models import DashboardTableModel, month_title
from ui.tabs.dashboard.view import DashboardView


class DashboardTab(QWidget):
    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
        self._company_name = company.name
        self._locale = company.locale
        self._company_language = company.language
        self._revision = -1
        #: The day the figures were read on: it splits actual months from forecast ones.
        self._today = clock.today()

        self.view = DashboardView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.model = DashboardTableModel(self._locale, self)
        self.view.table.setModel(self.model)
        with QSignalBlocker(self.view.year):
            self.view.year.setValue(fiscal_year_of(clock.today(),
                                                   company.fiscal_year_start_month))
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        view = self.view
        view.year.valueChanged.connect(self.refresh)
        view.accounts.selectionChanged.connect(self.refresh)
        view.table.clicked.connect(self.open_cell)
        view.recurring_button.clicked.connect(self.edit_recurring)
        view.export_button.clicked.connect(self.export)

    def _language(self) -> str:
        return ui_language.current_language() or self._company_language

    # --- reading ----------------------------------------------------------------

    @property
    def dashboard(self) -> Dashboard | None:
        return self.model.dashboard

    def refresh(self) -> None:
        """Re-read the year's figures for the chosen accounts."""
        self._today = clock.today()
        with self._ledger.read() as session:
            self._revision = journal_revision(session)
            accounts = list_treasury_accounts(session, include_inactive=True)
            with QSignalBlocker(self.view.accounts):
                self.view.accounts.set_accounts(accounts)
            dashboard = build_dashboard(
                session, year=self.view.year.value(),
                treasury_account_ids=self.view.accounts.selected_ids(), today=self._today,
                language=self._language())
        self.model.set_dashboard(dashboard)
        self.view.size_columns()
        self.view.chart.set_dashboard(dashboard, self._locale)
        self._show_info(dashboard)

    def _show_info(self, dashboard: Dashboard) -> None:
        start = dashboard.months[0]
        text = self.tr("Opening balance on %1: %2").replace(
            "%1", date_text(start, self._locale, "long")).replace(
            "%2", money_text(dashboard.opening_balance, dashboard.currency, self._locale,
                             with_symbol=True))
        forecast = dashboard.forecast_from is not None
        if forecast:
            assert dashboard.forecast_from is not None
            text += " · " + self.tr("Forecast from %1").replace(
                "%1", month_title(dashboard.months[dashboard.forecast_from], self._locale))
        self.view.info.setText(text)
        self.view.legend.setVisible(forecast)
        self.view.swatch.setVisible(forecast)

    def showEvent(self, event: QShowEvent) -> None:
        # Movements recorded in the Bank & cash tab change the figures.
        super().showEvent(event)
        with self._ledger.read() as session:
            changed = journal_revision(session) != self._revision
        if changed:
            self.refresh()

    # --- the movements behind a cell --------------------------------------------------

    def open_cell(self, index: QModelIndex) -> CellLinesDialog | None:
        """List the movements behind a month of a flow row, and in a forecast month the
        planned items (recurring amounts) that make the rest of the figure."""
        dashboard = self.dashboard
        row = self.model.display_row(index.row())
        month = self.model.month_index(index.column())
        if (dashboard is None or row is None or row.row_key is None or month is None
                or not self.model.lists_movements(index)):
            return None
        accounts = self.view.accounts.selected_ids()
        planned: list[ForecastItem] = []
        try:
            with self._ledger.read() as session:
                lines = cell_lines(session, year=dashboard.year, month_index=month,
                                   row_key=row.row_key, treasury_account_ids=accounts)
                if dashboard.is_forecast(month):
                    planned = forecast_cell_items(
                        session, year=dashboard.year, month_index=month, row_key=row.row_key,
                        treasury_account_ids=accounts, today=self._today)
        except ComptoirError as error:
            show_error(self, error)
            return None
        title = f"{row.label} — {month_title(dashboard.months[month], self._locale)}"
        dialog = CellLinesDialog(self._ledger, title, lines, dashboard.currency, self._locale,
                                 self, planned=planned)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- recurring items and export ---------------------------------------------------

    def edit_recurring(self) -> RecurringItemsDialog:
        dialog = RecurringItemsDialog(self._ledger, self)
        dialog.itemsChanged.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export(self) -> Path | None:
        """Save the dashboard as shown to an Excel workbook (small: written at once)."""
        dashboard = self.dashboard
        if dashboard is None:
            return None
        suggested = self._ledger.path.parent / self.tr("Treasury %1.xlsx").replace(
            "%1", str(dashboard.year))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the dashboard"), str(suggested),
            self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            export_dashboard(dashboard, path, locale=self._locale, language=self._language(),
                             company_name=self._company_name)
        except ComptoirError as error:
            show_error(self, error)
            return None
        QMessageBox.information(self, self.tr("Export"),
                                self.tr("The dashboard was saved to\n%1").replace(
                                    "%1", str(path)))
        return path
