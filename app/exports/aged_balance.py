"""Export the aged balance (balance âgée / balanța de vechime) to Excel (.xlsx) or CSV.

The .xlsx has a header (company, title with the date, the basis of the ages, the
export date), one row per customer with its buckets and extra columns, a totals row,
and, when the aged balance carries its drill-down, a second sheet with every open
invoice and unapplied credit. Amounts are numbers and dates are dates, with formats;
text can never become a formula. The .csv holds the per-customer table and its totals.

The PDF of the same object is drawn by :mod:`app.documents.reports`: exports and
documents are independent siblings (DESIGN §1), so each writes its own formats.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app import clock
from app.exports.spreadsheet import (
    ExportFailed,
    amount_format,
    amount_value,
    atomic_output,
    csv_amount,
    csv_separator,
    excel_date_format,
    safe_text,
)
from app.i18n import format_date, translate
from app.receivables.ageing import (
    BASIS_CAPTIONS,
    EXTRA_COLUMNS,
    LINE_KINDS,
    AgedBalance,
    AgedLine,
)

SUFFIXES = (".xlsx", ".csv")
LEADING_COLUMNS = ("Customer code", "Customer")
DETAIL_COLUMNS = ("Customer code", "Customer", "Document", "Number", "Date", "Due date",
                  "Days overdue", "Bucket", "Open amount")
#: The bucket column of a doubtful customer's lines (they are all in its doubtful column).
DOUBTFUL_BUCKET = "Doubtful"


def aged_balance_title(aged: AgedBalance, locale: str, language: str) -> str:
    return translate("Aged balance as of {date}", language,
                     date=format_date(aged.as_of, locale, "long"))


def column_titles(aged: AgedBalance, language: str) -> list[str]:
    """Customer code, customer, the buckets and the extra columns, translated."""
    return [translate(name, language) for name in LEADING_COLUMNS] + [
        translate(bucket.label, language) for bucket in aged.columns] + [
        translate(name, language) for name in EXTRA_COLUMNS]


def export_aged_balance(aged: AgedBalance, path: Path, *, locale: str, language: str,
                        company_name: str) -> int:
    """Write ``aged`` to ``path`` (.xlsx or .csv); returns the number of customer rows.
    Nothing is left at ``path`` if writing fails."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ExportFailed(path=str(path), problem="choose a .xlsx or .csv file")
    try:
        with atomic_output(path) as temporary:
            if suffix == ".xlsx":
                _write_xlsx(aged, temporary, locale, language, company_name)
            else:
                _write_csv(aged, temporary, locale, language)
    except OSError as exc:
        raise ExportFailed(path=str(path), problem=exc.strerror or str(exc)) from exc
    return len(aged.rows)


def _header_lines(aged: AgedBalance, locale: str, language: str, company_name: str
                  ) -> list[str]:
    return [company_name, aged_balance_title(aged, locale, language),
            f"{translate(BASIS_CAPTIONS[aged.by], language)} ({aged.currency})",
            translate("Exported on {date}", language,
                      date=format_date(clock.today(), locale))]


class _Cells:
    """Typed write-only cells of one sheet: safe text, amounts, dates, whole numbers."""

    def __init__(self, sheet: WriteOnlyWorksheet, currency: str, locale: str) -> None:
        self.sheet = sheet
        self.currency = currency
        self.money_format = amount_format(currency)
        self.date_format = excel_date_format(locale)
        self.bold = Font(bold=True)

    def text(self, value: str, bold: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=safe_text(value))
        cell.data_type = "s"  # never a formula, whatever the text
        if bold:
            cell.font = self.bold
        return cell

    def amount(self, minor: int, bold: bool = False) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=amount_value(minor, self.currency))
        cell.number_format = self.money_format
        if bold:
            cell.font = self.bold
        return cell

    def date(self, value: object) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=value)
        if value is not None:
            cell.number_format = self.date_format
        return cell

    def number(self, value: int | None) -> WriteOnlyCell:
        return WriteOnlyCell(self.sheet, value=value)


def _write_xlsx(aged: AgedBalance, path: Path, locale: str, language: str,
                company_name: str) -> None:
    workbook = Workbook(write_only=True)
    _summary_sheet(workbook, aged, locale, language, company_name)
    if aged.lines:
        _detail_sheet(workbook, aged, locale, language)
    workbook.save(path)


def _set_widths(sheet: WriteOnlyWorksheet, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def _summary_sheet(workbook: Workbook, aged: AgedBalance, locale: str, language: str,
                   company_name: str) -> None:
    sheet: WriteOnlyWorksheet = workbook.create_sheet(translate("Aged balance",
                                                                language)[:31])
    cells = _Cells(sheet, aged.currency, locale)
    titles = column_titles(aged, language)
    _set_widths(sheet, [12, 32] + [14] * (len(titles) - 2))
    for line in _header_lines(aged, locale, language, company_name):
        sheet.append([cells.text(line, bold=True)])
    sheet.append([])
    sheet.append([cells.text(title, bold=True) for title in titles])
    for row in aged.rows:
        sheet.append([cells.text(row.customer_code or ""), cells.text(row.customer_name)]
                     + [cells.amount(amount) for amount in row.amounts])
    sheet.append([cells.text(translate("Total", language), bold=True), None]
                 + [cells.amount(amount, bold=True) for amount in aged.totals.amounts])


def _detail_sheet(workbook: Workbook, aged: AgedBalance, locale: str, language: str
                  ) -> None:
    sheet: WriteOnlyWorksheet = workbook.create_sheet(translate("Detail by invoice",
                                                                language)[:31])
    cells = _Cells(sheet, aged.currency, locale)
    _set_widths(sheet, (12, 32, 14, 16, 12, 12, 10, 12, 14))
    sheet.append([cells.text(translate(name, language), bold=True)
                  for name in DETAIL_COLUMNS])
    names = {row.customer_id: (row.customer_code or "", row.customer_name)
             for row in aged.rows}
    bucket_name = _bucket_namer(aged, language)
    for line in aged.lines:
        code, name = names.get(line.customer_id, ("", ""))
        sheet.append([
            cells.text(code), cells.text(name),
            cells.text(translate(LINE_KINDS[line.kind], language)), cells.text(line.number),
            cells.date(line.date), cells.date(line.due_date), cells.number(line.days_overdue),
            cells.text(bucket_name(line)), cells.amount(line.open_amount)])


def _bucket_namer(aged: AgedBalance, language: str) -> Callable[[AgedLine], str]:
    labels = [translate(bucket.label, language) for bucket in aged.columns]
    doubtful = translate(DOUBTFUL_BUCKET, language)
    credit = translate("Unapplied credit", language)

    def name(line: AgedLine) -> str:
        if line.doubtful:
            return doubtful
        return credit if line.bucket is None else labels[line.bucket]
    return name


def _write_csv(aged: AgedBalance, path: Path, locale: str, language: str) -> None:
    def money(minor: int) -> str:
        return csv_amount(minor, aged.currency, locale)

    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=csv_separator(locale))
        writer.writerow(column_titles(aged, language))
        for row in aged.rows:
            writer.writerow([safe_text(row.customer_code or ""), safe_text(row.customer_name)]
                            + [money(amount) for amount in row.amounts])
        writer.writerow([translate("Total", language), ""]
                        + [money(amount) for amount in aged.totals.amounts])
