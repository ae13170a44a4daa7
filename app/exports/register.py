"""Export a filtered bank or cash register to Excel (.xlsx) or CSV.

The .xlsx is written in openpyxl's write-only mode, page by page, so a register of
hundreds of thousands of lines never sits in memory. Amounts are numbers and dates
are dates (with formats), not text; a header names the account, the interval and the
export date; a totals row closes the sheet.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy.orm import Session

from app import clock
from app.exports.spreadsheet import (
    Cancelled,
    ExportCancelled,
    ExportFailed,
    Progress,
    amount_format,
    amount_value,
    atomic_output,
    csv_amount,
    csv_separator,
    excel_date_format,
    safe_text,
)
from app.i18n import format_date, translate
from app.ledger.company import get_company
from app.treasury.accounts import get_treasury_account
from app.treasury.register import (
    RegisterFilter,
    RegisterRow,
    open_register,
    register_totals,
)

EXPORT_PAGE = 2_000

COLUMNS = ("Date", "Number", "Label", "Category", "Method", "Reference", "In", "Out",
           "Net", "VAT", "Stamp duty", "Balance")
_AMOUNT_COLUMNS = {"In", "Out", "Net", "VAT", "Stamp duty", "Balance"}


def _row_values(row: RegisterRow) -> tuple[object, ...]:
    return (row.date, row.number, row.label, row.category, row.payment_method, row.reference,
            row.money_in, row.money_out, row.net, row.vat, row.stamp_duty, row.balance)


def _rows(session: Session, filter_: RegisterFilter, progress: Progress | None,
          cancelled: Cancelled | None) -> Iterator[RegisterRow]:
    pager = open_register(session, filter_, page_size=EXPORT_PAGE)
    done = 0
    for index in range(pager.page_count):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        page = pager.page(session, index)
        yield from page
        done += len(page)
        if progress is not None:
            progress(done, pager.row_count)


def _interval_text(filter_: RegisterFilter, locale: str, language: str) -> str:
    start = format_date(filter_.date_from, locale) if filter_.date_from else "…"
    end = format_date(filter_.date_to, locale) if filter_.date_to else "…"
    return translate("Period: {start} – {end}", language, start=start, end=end)


def export_register(session: Session, filter_: RegisterFilter, path: Path, *, locale: str,
                    language: str, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> int:
    """Write the register to ``path`` (.xlsx or .csv); returns the number of lines.
    Nothing is left at ``path`` if the export fails or is cancelled."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportFailed(path=str(path), problem="choose a .xlsx or .csv file")
    try:
        with atomic_output(path) as temporary:
            if suffix == ".xlsx":
                return _write_xlsx(session, filter_, temporary, locale, language, progress,
                                   cancelled)
            return _write_csv(session, filter_, temporary, locale, language, progress,
                              cancelled)
    except OSError as exc:
        raise ExportFailed(path=str(path), problem=exc.strerror or str(exc)) from exc


def _header_lines(session: Session, filter_: RegisterFilter, locale: str, language: str
                  ) -> list[str]:
    company = get_company(session)
    account = get_treasury_account(session, filter_.treasury_account_id)
    title = f"{account.name} ({account.currency})" + (f" — {account.iban}" if account.iban else "")
    exported = translate("Exported on {date}", language,
                         date=format_date(clock.today(), locale))
    lines = [company.name, title, _interval_text(filter_, locale, language), exported]
    if filter_.text:
        lines.append(translate("Search: {text}", language, text=filter_.text))
    return lines


def _write_xlsx(session: Session, filter_: RegisterFilter, path: Path, locale: str,
                language: str, progress: Progress | None, cancelled: Cancelled | None) -> int:
    account = get_treasury_account(session, filter_.treasury_account_id)
    money_format = amount_format(account.currency)
    date_format = excel_date_format(locale)
    workbook = Workbook(write_only=True)
    sheet: WriteOnlyWorksheet = workbook.create_sheet(translate("Register", language)[:31])
    bold = Font(bold=True)

    def text_cell(value: str, font: Font | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=safe_text(value))
        cell.data_type = "s"  # never a formula, whatever the text
        if font:
            cell.font = font
        return cell

    def amount_cell(minor: int | None, font: Font | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=None if minor is None
                             else amount_value(minor, account.currency))
        cell.number_format = money_format
        if font:
            cell.font = font
        return cell

    for line in _header_lines(session, filter_, locale, language):
        sheet.append([text_cell(line, bold)])
    sheet.append([])
    sheet.append([text_cell(translate(name, language), bold) for name in COLUMNS])
    try:
        count = _append_rows(sheet, session, filter_, progress, cancelled, date_format,
                             text_cell, amount_cell)
    except BaseException:
        sheet.close()  # end the sheet's XML stream cleanly; the file itself is discarded
        raise
    totals = register_totals(session, filter_)
    sheet.append([text_cell(translate("Total", language), bold)] + [None] * 5 + [
        amount_cell(totals.money_in, bold), amount_cell(totals.money_out, bold),
        amount_cell(totals.net, bold), amount_cell(totals.vat, bold),
        amount_cell(totals.stamp_duty, bold), amount_cell(totals.closing_balance, bold)])
    workbook.save(path)
    return count


def _append_rows(sheet: WriteOnlyWorksheet, session: Session, filter_: RegisterFilter,
                 progress: Progress | None, cancelled: Cancelled | None, date_format: str,
                 text_cell: Callable[[str], WriteOnlyCell],
                 amount_cell: Callable[[int | None], WriteOnlyCell]) -> int:
    count = 0
    for row in _rows(session, filter_, progress, cancelled):
        cells: list[WriteOnlyCell] = []
        for name, value in zip(COLUMNS, _row_values(row), strict=True):
            if isinstance(value, dt.date):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = date_format
                cells.append(cell)
            elif name in _AMOUNT_COLUMNS:
                cells.append(amount_cell(value))  # type: ignore[arg-type]
            else:
                cells.append(text_cell(str(value)))
        sheet.append(cells)
        count += 1
    return count


def _write_csv(session: Session, filter_: RegisterFilter, path: Path, locale: str,
               language: str, progress: Progress | None, cancelled: Cancelled | None) -> int:
    account = get_treasury_account(session, filter_.treasury_account_id)
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=csv_separator(locale))
        writer.writerow([translate(name, language) for name in COLUMNS])
        for row in _rows(session, filter_, progress, cancelled):
            writer.writerow([
                value.isoformat() if isinstance(value, dt.date)
                else "" if value is None
                else csv_amount(value, account.currency, locale) if name in _AMOUNT_COLUMNS
                else safe_text(str(value))
                for name, value in zip(COLUMNS, _row_values(row), strict=True)])
            count += 1
    return count
