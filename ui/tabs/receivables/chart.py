"""The aged balance's trend: its month-end totals over the last twelve months as
stacked bars, one colour per bucket (green for what is not due, to red for the oldest),
and doubtful customers in grey on top."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from babel.dates import format_date as babel_format_date
from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from app.receivables.ageing import Bucket, TrendPoint
from ui.tabs.dashboard.chart import chart_value
from ui.tabs.receivables.models import bucket_title

#: From what is not due to the oldest debts.
BUCKET_COLOURS = ("#2e7d32", "#9ccc65", "#fdd835", "#fb8c00", "#e53935", "#8e0000")
DOUBTFUL_COLOUR = QColor("#7a7a7a")


def short_month(day: dt.date, locale: str, *, with_year: bool) -> str:
    """``nov.``, or ``janv. 26`` with the year: short enough for twelve months side by
    side."""
    return str(babel_format_date(day, "LLL yy" if with_year else "LLL", locale=locale))


def bucket_colour(index: int, count: int) -> QColor:
    """A colour from green to dark red, spread over ``count`` buckets."""
    if count <= 1:
        return QColor(BUCKET_COLOURS[0])
    position = round(index * (len(BUCKET_COLOURS) - 1) / (count - 1))
    return QColor(BUCKET_COLOURS[position])


class AgedTrendChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        self.series: QStackedBarSeries | None = None
        self.setChart(QChart())

    def set_trend(self, points: Sequence[TrendPoint], buckets: Sequence[Bucket],
                  currency: str, locale: str) -> None:
        """Draw the month-end totals (a new chart each time: QtCharts keeps no stale
        axes)."""
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        if points:
            chart.setTitle(self.tr("Month-end totals, %1 – %2").replace(
                "%1", short_month(points[0].month_end, locale, with_year=True)).replace(
                "%2", short_month(points[-1].month_end, locale, with_year=True)))
        series = QStackedBarSeries()
        for bucket in buckets:
            bar_set = QBarSet(bucket_title(bucket.label))
            bar_set.append([chart_value(point.totals.buckets[bucket.index], currency)
                            for point in points])
            colour = bucket_colour(bucket.index, len(buckets))
            bar_set.setColor(colour)
            bar_set.setBorderColor(colour)
            series.append(bar_set)
        if any(point.totals.doubtful for point in points):
            doubtful = QBarSet(self.tr("Doubtful"))
            doubtful.append([chart_value(max(point.totals.doubtful, 0), currency)
                             for point in points])
            doubtful.setColor(DOUBTFUL_COLOUR)
            doubtful.setBorderColor(DOUBTFUL_COLOUR)
            series.append(doubtful)
        chart.addSeries(series)
        months = QBarCategoryAxis()
        months.append([short_month(point.month_end, locale,
                                    with_year=False) for point in points])
        font = months.labelsFont()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        months.setLabelsFont(font)
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        amounts = QValueAxis()
        amounts.setLabelFormat("%.0f")
        amounts.setTitleText(self.tr("Open (%1)").replace("%1", currency))
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months)
        series.attachAxis(amounts)
        amounts.setMin(0)
        amounts.applyNiceNumbers()
        self.series = series
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()
