"""The dashboard's chart: bars for money in and out per month, and a line for the
cumulative balance on a second axis. Forecast months are drawn lighter (their bars)
and dashed (the balance)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.money import currency_precision
from app.treasury.dashboard import Dashboard
from ui.tabs.dashboard.models import month_title

IN_COLOUR = QColor("#2e7d32")
OUT_COLOUR = QColor("#c62828")
BALANCE_COLOUR = QColor("#1f4e9c")


def _lighter(colour: QColor) -> QColor:
    faded = QColor(colour)
    faded.setAlpha(90)
    return faded


def chart_value(minor: int, currency: str) -> float:
    """An amount in major units for plotting only: QtCharts takes floating-point
    coordinates. Nothing computed from it is ever shown or stored."""
    return float(Decimal(minor).scaleb(-currency_precision(currency)))


class DashboardChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.in_set: QBarSet | None = None
        self.out_set: QBarSet | None = None
        self.balance_series: list[QLineSeries] = []
        self.setChart(QChart())

    def set_dashboard(self, dashboard: Dashboard, locale: str) -> None:
        """Draw ``dashboard`` (a new chart each time: QtCharts keeps no stale axes)."""
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        currency = dashboard.currency
        forecast = [i for i in range(len(dashboard.months)) if dashboard.is_forecast(i)]

        bars = QBarSeries()
        self.in_set = self._bar_set(self.tr("Money in"), dashboard.total_in, currency,
                                    IN_COLOUR, forecast)
        self.out_set = self._bar_set(self.tr("Money out"), dashboard.total_out, currency,
                                     OUT_COLOUR, forecast)
        bars.append(self.in_set)
        bars.append(self.out_set)
        chart.addSeries(bars)

        self.balance_series = self._balance_lines(dashboard, forecast)
        for series in self.balance_series:
            chart.addSeries(series)

        months = QBarCategoryAxis()
        months.append([month_title(month, locale) for month in dashboard.months])
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        flows_axis = QValueAxis()
        flows_axis.setLabelFormat("%.0f")
        flows_axis.setTitleText(self.tr("In / out (%1)").replace("%1", currency))
        chart.addAxis(flows_axis, Qt.AlignmentFlag.AlignLeft)
        balance_axis = QValueAxis()
        balance_axis.setLabelFormat("%.0f")
        balance_axis.setTitleText(self.tr("Balance (%1)").replace("%1", currency))
        chart.addAxis(balance_axis, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(months)
        bars.attachAxis(flows_axis)
        flows_axis.setMin(0)
        flows_axis.applyNiceNumbers()
        for series in self.balance_series:
            series.attachAxis(months)
            series.attachAxis(balance_axis)
        self._fit_balance_axis(balance_axis, dashboard)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()

    def _bar_set(self, title: str, amounts: tuple[int, ...], currency: str, colour: QColor,
                 forecast: list[int]) -> QBarSet:
        bar_set = QBarSet(title)
        bar_set.append([chart_value(amount, currency) for amount in amounts])
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour)
        # "Selected" bars are the forecast months, drawn in a faded colour.
        bar_set.setSelectedColor(_lighter(colour))
        bar_set.selectBars(forecast)
        return bar_set

    def _balance_lines(self, dashboard: Dashboard, forecast: list[int]) -> list[QLineSeries]:
        """A solid line over the actual months; a dashed one from the last actual month
        over the forecast."""
        currency = dashboard.currency
        points = [QPointF(i, chart_value(value, currency))
                  for i, value in enumerate(dashboard.balance)]
        first_forecast = forecast[0] if forecast else len(points)
        actual = QLineSeries()
        actual.setName(self.tr("Balance"))
        actual.setPen(QPen(BALANCE_COLOUR, 2.5))
        actual.append(points[:first_forecast])
        series = [actual]
        if forecast:
            planned = QLineSeries()
            planned.setName(self.tr("Balance (forecast)"))
            pen = QPen(BALANCE_COLOUR, 2.5)
            pen.setStyle(Qt.PenStyle.DashLine)
            planned.setPen(pen)
            planned.append(points[max(first_forecast - 1, 0):])
            series.append(planned)
        return series

    @staticmethod
    def _fit_balance_axis(axis: QValueAxis, dashboard: Dashboard) -> None:
        values = [chart_value(v, dashboard.currency) for v in dashboard.balance] or [0.0]
        low, high = min(*values, 0.0), max(*values, 0.0)
        span = (high - low) or 1.0
        axis.setRange(low - span * 0.05, high + span * 0.05)
        axis.applyNiceNumbers()
