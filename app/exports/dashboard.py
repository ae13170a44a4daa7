"""Export the treasury dashboard to Excel: the same rows and numbers as the screen,
months as columns, forecast months marked and tinted."""

from __future__ import annotations

from pathlib import Path

from babel.dates import format_date as babel_format_date
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from app import clock
from app.exports.spreadsheet import (
    ExportFailed,
    amount_format,
    amount_value,
    atomic_output,
    safe_text,
)
from app.i18n import format_date, translate
from app.treasury.dashboard import Dashboard

FORECAST_FILL = PatternFill("solid", start_color="FFF4E5", end_color="FFF4E5")


def export_dashboard(dashboard: Dashboard, path: Path, *, locale: str, language: str,
                     company_name: str = "") -> None:
    """Write ``dashboard`` to ``path`` (.xlsx)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportFailed(path=str(path), problem="choose a .xlsx file")
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = translate("Treasury", language)[:31]
    bold = Font(bold=True)
    money = amount_format(dashboard.currency)

    def t(text: str, **values: object) -> str:
        return translate(text, language, **values)

    sheet.append([safe_text(company_name)])
    sheet.append([t("Treasury dashboard {year} ({currency})", year=dashboard.year,
                    currency=dashboard.currency)])
    sheet.append([t("Exported on {date}", date=format_date(clock.today(), locale))])
    sheet.append([])
    header = [t("Category")]
    for index, month in enumerate(dashboard.months):
        name = str(babel_format_date(month, "MMM yyyy", locale=locale))
        header.append(name + (" " + t("(forecast)") if dashboard.is_forecast(index) else ""))
    header.append(t("Total"))
    sheet.append(header)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = bold

    def amounts_row(label: str, values: tuple[int, ...], *, total: bool = True,
                    strong: bool = False) -> None:
        cells = [safe_text(label)] + [amount_value(v, dashboard.currency) for v in values]
        if total:
            cells.append(amount_value(sum(values), dashboard.currency))
        sheet.append(cells)
        row = sheet.max_row
        for column, cell in enumerate(sheet[row], start=0):
            if column >= 1:
                cell.number_format = money
                if 1 <= column <= 12 and dashboard.is_forecast(column - 1):
                    cell.fill = FORECAST_FILL
            if strong:
                cell.font = bold

    for section, title, totals in (("in", t("Money in"), dashboard.total_in),
                                   ("out", t("Money out"), dashboard.total_out)):
        sheet.append([title])
        sheet.cell(sheet.max_row, 1).font = bold
        for row in dashboard.rows:
            if row.section == section:
                amounts_row(row.label, row.amounts)
        amounts_row(t("Total in") if section == "in" else t("Total out"), totals, strong=True)
    amounts_row(t("Net"), dashboard.net, strong=True)
    amounts_row(t("Balance (cumulative)"), dashboard.balance, total=False, strong=True)
    sheet.append([])
    sheet.append([t("Taxes to pay")])
    sheet.cell(sheet.max_row, 1).font = bold
    amounts_row(t("VAT collected"), dashboard.taxes.vat_collected)
    amounts_row(t("VAT deductible"), dashboard.taxes.vat_deductible)
    amounts_row(t("VAT due"), dashboard.taxes.vat_due, strong=True)
    amounts_row(t("Stamp duty"), dashboard.taxes.stamp_duty)
    sheet.column_dimensions["A"].width = 32
    for column in "BCDEFGHIJKLMN":
        sheet.column_dimensions[column].width = 14
    try:
        with atomic_output(path) as temporary:
            workbook.save(temporary)
    except OSError as exc:
        raise ExportFailed(path=str(path), problem=exc.strerror or str(exc)) from exc
