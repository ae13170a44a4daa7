"""Export the list of vouchers (other expenses and receipts) to Excel."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy.orm import Session

from app import clock
from app.exports.spreadsheet import (
    ExportFailed,
    amount_format,
    amount_value,
    atomic_output,
    excel_date_format,
    safe_text,
)
from app.i18n import format_date, translate
from app.ledger.company import get_company
from app.treasury.vouchers import VoucherFilter, list_vouchers

KIND_NAMES = {"receipt": "Receipt", "payment_voucher": "Payment voucher",
              "discharge_slip": "Discharge slip"}
COLUMNS = ("Number", "Kind", "Date", "Person", "ID number", "Purpose", "Account", "Amount",
           "Currency", "Status", "Prints")


def export_vouchers(session: Session, filter_: VoucherFilter, path: Path, *, locale: str,
                    language: str) -> int:
    """Write the filtered vouchers to ``path`` (.xlsx); returns the number of rows."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ExportFailed(path=str(path), problem="choose a .xlsx file")

    def t(text: str, **values: object) -> str:
        return translate(text, language, **values)

    vouchers = list_vouchers(session, filter_)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = t("Vouchers")[:31]
    bold = Font(bold=True)
    sheet.append([safe_text(get_company(session).name)])
    sheet.append([t("Other expenses and receipts")])
    sheet.append([t("Exported on {date}", date=format_date(clock.today(), locale))])
    sheet.append([])
    sheet.append([t(name) for name in COLUMNS])
    for cell in sheet[sheet.max_row]:
        cell.font = bold
    date_format = excel_date_format(locale)
    for voucher in vouchers:
        currency = voucher.movement.currency
        sheet.append([
            voucher.number, t(KIND_NAMES[voucher.kind]), voucher.date,
            safe_text(voucher.person_name), safe_text(voucher.person_id_number),
            safe_text(voucher.purpose), safe_text(voucher.treasury_account_name),
            amount_value(voucher.total, currency), currency,
            t("Void") if voucher.is_void else t("Valid"), voucher.prints,
        ])
        row = sheet.max_row
        sheet.cell(row, 3).number_format = date_format
        sheet.cell(row, 8).number_format = amount_format(currency)
        for column in (4, 5, 6, 7):
            sheet.cell(row, column).data_type = "s"
    for column, width in zip("ABCDEFGHIJK", (18, 18, 12, 28, 16, 40, 20, 14, 8, 10, 8),
                             strict=True):
        sheet.column_dimensions[column].width = width
    try:
        with atomic_output(path) as temporary:
            workbook.save(temporary)
    except OSError as exc:
        raise ExportFailed(path=str(path), problem=exc.strerror or str(exc)) from exc
    return len(vouchers)
