"""Qt item models of the dashboard tab: the year's table (categories as rows, months as
columns) laid out like the Excel export, the movements behind one cell, and the
recurring items."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from babel.dates import format_date as babel_format_date
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.treasury.dashboard import MONTHS, CellLine, Dashboard, ForecastItem
from app.treasury.recurring import RecurringView
from ui.common.formatting import date_text, money_text
from ui.common.lazy_table import ALIGN_LEFT, ALIGN_RIGHT
from ui.common.list_model import ListField, ListModel
from ui.tabs.treasury.widgets import direction_text

AnyIndex = QModelIndex | QPersistentModelIndex

#: The tint of forecast months (the Excel export uses the same).
FORECAST_COLOUR = "#fff4e5"
NEGATIVE_COLOUR = "#c62828"
HEADING_COLOUR = "#eef1f5"


@dataclass(frozen=True)
class DisplayRow:
    """One line of the table. ``row_key`` is set on the rows whose cells can list their
    movements (categories and the other flows)."""

    label: str
    amounts: tuple[int, ...] | None = None
    total: int | None = None
    row_key: str | None = None
    bold: bool = False
    heading: bool = False
    #: Negative figures in red (net, balance, VAT due).
    signed: bool = False


_CONTEXT = "DashboardTableModel"

#: The fixed lines of the table (categories are data).
LABELS: dict[str, str] = {
    "money_in": QT_TRANSLATE_NOOP("DashboardTableModel", "Money in"),
    "total_in": QT_TRANSLATE_NOOP("DashboardTableModel", "Total in"),
    "money_out": QT_TRANSLATE_NOOP("DashboardTableModel", "Money out"),
    "total_out": QT_TRANSLATE_NOOP("DashboardTableModel", "Total out"),
    "net": QT_TRANSLATE_NOOP("DashboardTableModel", "Net"),
    "balance": QT_TRANSLATE_NOOP("DashboardTableModel", "Balance (cumulative)"),
    "taxes": QT_TRANSLATE_NOOP("DashboardTableModel", "Taxes to pay"),
    "vat_collected": QT_TRANSLATE_NOOP("DashboardTableModel", "VAT collected"),
    "vat_deductible": QT_TRANSLATE_NOOP("DashboardTableModel", "VAT deductible"),
    "vat_due": QT_TRANSLATE_NOOP("DashboardTableModel", "VAT due"),
    "stamp_duty": QT_TRANSLATE_NOOP("DashboardTableModel", "Stamp duty"),
}


def label(key: str) -> str:
    """A fixed line's title in the interface language."""
    return QCoreApplication.translate(_CONTEXT, LABELS[key])


def display_rows(dashboard: Dashboard) -> list[DisplayRow]:
    """The table's lines, in the order of the Excel export: money in, money out, net,
    balance, then the taxes."""
    rows: list[DisplayRow] = []
    sections = (("in", "money_in", "total_in", dashboard.total_in),
                ("out", "money_out", "total_out", dashboard.total_out))
    for section, heading, total_label, totals in sections:
        rows.append(DisplayRow(label(heading), heading=True))
        rows.extend(DisplayRow(row.label, row.amounts, row.total, row_key=row.key)
                    for row in dashboard.rows if row.section == section)
        rows.append(DisplayRow(label(total_label), totals, sum(totals), bold=True))
    rows.append(DisplayRow(label("net"), dashboard.net, sum(dashboard.net), bold=True,
                           signed=True))
    # The year's closing balance stands in the total column of the cumulative balance.
    rows.append(DisplayRow(label("balance"), dashboard.balance,
                           dashboard.balance[-1] if dashboard.balance else None, bold=True,
                           signed=True))
    taxes = dashboard.taxes
    rows.append(DisplayRow(label("taxes"), heading=True))
    rows.append(DisplayRow(label("vat_collected"), taxes.vat_collected,
                           sum(taxes.vat_collected)))
    rows.append(DisplayRow(label("vat_deductible"), taxes.vat_deductible,
                           sum(taxes.vat_deductible)))
    rows.append(DisplayRow(label("vat_due"), taxes.vat_due, sum(taxes.vat_due), bold=True,
                           signed=True))
    rows.append(DisplayRow(label("stamp_duty"), taxes.stamp_duty, sum(taxes.stamp_duty)))
    return rows


def month_title(month: dt.date, locale: str) -> str:
    """``Nov 2026`` / ``nov. 2026``: the stand-alone abbreviated month of the locale."""
    return str(babel_format_date(month, "LLL yyyy", locale=locale))


class DashboardTableModel(QAbstractTableModel):
    """Label, the twelve months and the year's total."""

    LABEL = 0
    FIRST_MONTH = 1
    TOTAL = MONTHS + 1

    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._dashboard: Dashboard | None = None
        self._rows: list[DisplayRow] = []

    def set_dashboard(self, dashboard: Dashboard | None) -> None:
        self.beginResetModel()
        self._dashboard = dashboard
        self._rows = display_rows(dashboard) if dashboard is not None else []
        self.endResetModel()

    @property
    def dashboard(self) -> Dashboard | None:
        return self._dashboard

    def display_row(self, row: int) -> DisplayRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, label: str) -> int:
        """The row showing ``label`` (-1 if none), for tests and keyboard jumps."""
        return next((i for i, row in enumerate(self._rows) if row.label == label), -1)

    def month_index(self, column: int) -> int | None:
        index = column - self.FIRST_MONTH
        return index if 0 <= index < MONTHS else None

    def is_forecast_column(self, column: int) -> bool:
        month = self.month_index(column)
        return month is not None and self._dashboard is not None and \
            self._dashboard.is_forecast(month)

    def lists_movements(self, index: AnyIndex) -> bool:
        """True for a month of a flow row: its cell has movements behind it, and in a
        forecast month the planned items too."""
        row = self.display_row(index.row())
        month = self.month_index(index.column())
        return row is not None and row.row_key is not None and month is not None

    # --- QAbstractTableModel ----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._dashboard is None else MONTHS + 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._dashboard is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.LABEL:
                return self.tr("Category")
            if section == self.TOTAL:
                return self.tr("Total")
            month = self._dashboard.months[section - self.FIRST_MONTH]
            title = month_title(month, self._locale)
            return (title + "\n" + self.tr("forecast")
                    if self.is_forecast_column(section) else title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT if section == self.LABEL else ALIGN_RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and self.is_forecast_column(section):
            return self.tr("Forecast: recurring items planned for this month")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._dashboard is None:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return self._amount(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT if column == self.LABEL else ALIGN_RIGHT
        if role == Qt.ItemDataRole.FontRole and (row.bold or row.heading):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            amount = self._amount(row, column)
            if row.signed and amount is not None and amount < 0:
                return QBrush(QColor(NEGATIVE_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and self.lists_movements(index):
            if self.is_forecast_column(column):
                return self.tr("Click to list the planned items and movements")
            return self.tr("Click to list the movements")
        return None

    def _amount(self, row: DisplayRow, column: int) -> int | None:
        if column == self.TOTAL:
            return row.total
        month = self.month_index(column)
        if month is None or row.amounts is None:
            return None
        return row.amounts[month]

    def _text(self, row: DisplayRow, column: int) -> str:
        if column == self.LABEL:
            return row.label
        amount = self._amount(row, column)
        if amount is None or self._dashboard is None:
            return ""
        # Zero in a category is left blank, so the figures that matter stand out.
        if amount == 0 and not row.bold:
            return ""
        return money_text(amount, self._dashboard.currency, self._locale)

    def _background(self, row: DisplayRow, column: int) -> QBrush | None:
        if row.heading:
            return QBrush(QColor(HEADING_COLOUR))
        if self.is_forecast_column(column):
            return QBrush(QColor(FORECAST_COLOUR))
        return None


# --- small read-only tables ------------------------------------------------------------


_Field = ListField
_ListModel = ListModel


class CellLinesModel(_ListModel):
    """What lies behind one dashboard cell: the journal lines, and in a forecast month
    the planned items (recurring amounts), marked "planned" and tinted like the
    forecast columns. Both are listed by date."""

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        planned = self.tr("planned")
        super().__init__([
            _Field(self.tr("Date"), lambda line: date_text(line.date, locale)),
            _Field(self.tr("Number"),
                   lambda line: planned if isinstance(line, ForecastItem) else line.number),
            _Field(self.tr("Account"),
                   lambda line: "" if isinstance(line, ForecastItem) else line.account_name),
            _Field(self.tr("Label"), lambda line: line.label),
            _Field(self.tr("Amount"), lambda line: money_text(line.amount, currency, locale),
                   right=True),
        ], parent)

    def set_lines(self, lines: Sequence[CellLine],
                  planned: Sequence[ForecastItem] = ()) -> None:
        # Stable: on the same day, what is in the books comes before what is planned.
        self.set_rows(sorted([*lines, *planned], key=lambda line: line.date))

    def line_at(self, row: int) -> CellLine | None:
        """The journal line at ``row``; ``None`` for a planned item."""
        line = self.row_at(row)
        return line if isinstance(line, CellLine) else None

    def planned_at(self, row: int) -> ForecastItem | None:
        item = self.row_at(row)
        return item if isinstance(item, ForecastItem) else None

    def row_data(self, row: Any, role: int) -> Any:
        if not isinstance(row, ForecastItem):
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(FORECAST_COLOUR))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Planned: a recurring item, not in the books")
        return None


class RecurringModel(_ListModel):
    """Recurring items: what, how much, when, and whether they still count."""

    def __init__(self, currency: str, locale: str, category_names: dict[int, str],
                 account_names: dict[int, str], parent: QObject | None = None) -> None:
        super().__init__([
            _Field(self.tr("Label"), lambda item: item.label),
            _Field(self.tr("Direction"), lambda item: direction_text(item.direction)),
            _Field(self.tr("Amount"), lambda item: money_text(item.amount, currency, locale),
                   right=True),
            _Field(self.tr("Day"), lambda item: str(item.day_of_month), right=True),
            _Field(self.tr("From"), lambda item: date_text(item.start_date, locale)),
            _Field(self.tr("Until"), lambda item: date_text(item.end_date, locale)),
            _Field(self.tr("Category"),
                   lambda item: category_names.get(item.category_id, "")),
            _Field(self.tr("Account"),
                   lambda item: account_names.get(item.treasury_account_id, "")
                   if item.treasury_account_id else self.tr("Any")),
            _Field(self.tr("Active"),
                   lambda item: self.tr("Yes") if item.active else self.tr("No")),
        ], parent)

    def item_at(self, row: int) -> RecurringView | None:
        item: RecurringView | None = self.row_at(row)
        return item

    def row_data(self, row: Any, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#7a7a7a"))
        return None
