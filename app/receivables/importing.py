"""Customer invoices and credit notes imported from another sales program's CSV or XLSX
export, through a column mapping the user saves under a name.

Three steps, each usable alone:

1. :func:`read_table`: the file as a header and rows of typed cells (text, ``Decimal``,
   date); a CSV's encoding (UTF-8, else Windows-1252) and delimiter are found by
   themselves.
2. :func:`preview_import`: the invoices and credit notes the rows make (rows sharing a
   number are the lines of one document) and every problem, by file line and column,
   without writing anything.
3. :func:`run_import`: the same, written in the caller's unit of work, or refused with
   the first problem named when there is any: every document lands, or none does.

Amounts are never floats: CSV text goes through :meth:`Money.parse` (the ledger's
locale, or the mapping's separators), a spreadsheet number through ``Decimal(str(x))``.
The VAT posted is Comptoir's (half-up per line); a VAT column in the file is only
checked against it, within one minor unit.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import (
    ComptoirError,
    ImportFileError,
    ImportMappingError,
    ImportMappingNotFound,
    ImportRefused,
    InvalidAmount,
    PeriodLocked,
    ReceivablesError,
)
from app.ledger.company import get_company
from app.money import HALF_UP, Money, currency_precision
from app.receivables.customers import DEFAULT_TERMS_DAYS, CustomerInput, create_customer
from app.receivables.invoices import (
    DocumentInput,
    InvoiceInput,
    InvoiceLineInput,
    InvoiceRules,
    line_vat,
    record_documents,
    taken_numbers,
)
from app.receivables.models import Customer
from app.treasury.voucher_models import Setting

#: The ``source`` imported invoices are recorded with.
IMPORT_SOURCE = "import"

# --- reading a file ----------------------------------------------------------------------

#: A cell as read: text, a number, a date, or nothing.
Cell = str | Decimal | dt.date | None

XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
CSV_ENCODINGS = ("utf-8-sig", "cp1252")
CSV_DELIMITERS = (";", ",", "\t", "|")
_ZIP_MAGIC = b"PK\x03\x04"
_SNIFF_CHARS = 8192


@dataclass(frozen=True)
class Table:
    """A file's header and data rows, each row as long as the header."""

    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: The file line (CSV) or sheet row (XLSX) each row starts on, for messages.
    lines: tuple[int, ...]
    #: The file's name, as messages show it.
    name: str
    #: The line (or sheet row) of the header.
    header_line: int = 1
    #: What was read: the CSV's encoding and delimiter, or the XLSX sheet.
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


def read_table(path: Path | str, *, encoding: str | None = None,
               delimiter: str | None = None, sheet: str | None = None) -> Table:
    """Read a CSV or XLSX file (by its suffix, or the zip signature of a workbook).
    Blank rows are skipped. Raises :class:`ImportFileError` for a file that is empty,
    not text, not a workbook, or has no row under its header."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path=path.name, problem=exc.strerror or str(exc)) from exc
    if not data.strip():
        raise ImportFileError(path=path.name, problem="the file is empty")
    if path.suffix.lower() in XLSX_SUFFIXES or data.startswith(_ZIP_MAGIC):
        table = _read_xlsx(path, sheet)
    else:
        table = _read_csv(path.name, data, encoding, delimiter)
    if not table.rows:
        raise ImportFileError(path=path.name, problem="there is no row under the header line")
    return table


def read_mapped_table(path: Path | str, mapping: ImportMapping) -> Table:
    """:func:`read_table` with the encoding, delimiter and sheet the mapping keeps."""
    return read_table(path, encoding=mapping.encoding, delimiter=mapping.delimiter,
                      sheet=mapping.sheet)


def _looks_binary(text: str) -> bool:
    """Control characters other than tabs and line ends: not something a person typed."""
    sample = text[:_SNIFF_CHARS]
    controls = sum(1 for char in sample if char < " " and char not in "\t\r\n\f")
    return controls > len(sample) // 100


def _decoded(name: str, data: bytes, encoding: str | None) -> tuple[str, str]:
    """The text and the encoding that read it: ``encoding``, else UTF-8 (with or without
    a BOM), else Windows-1252, which older sales programs write."""
    if b"\x00" in data[:_SNIFF_CHARS]:
        raise ImportFileError(path=name, problem="it is not a text (CSV) file")
    for candidate in (encoding,) if encoding else CSV_ENCODINGS:
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        except LookupError as exc:
            raise ImportFileError(path=name, problem=f"unknown encoding {candidate!r}") from exc
        if _looks_binary(text):
            raise ImportFileError(path=name, problem="it is not a text (CSV) file")
        if not text.strip():
            raise ImportFileError(path=name, problem="the file is empty")
        return text, candidate
    expected = encoding or "UTF-8 or Windows-1252"
    raise ImportFileError(path=name, problem=f"it is not {expected} text")


def _sniffed_delimiter(text: str) -> str:
    """The candidate that splits the first lines into the same number (two or more) of
    columns most often; ';' wins ties, as decimal commas make ',' the riskier guess."""
    sample = [line for line in text[:_SNIFF_CHARS].splitlines()[:20] if line.strip()]
    best, best_score = ",", (0, 0)
    for candidate in CSV_DELIMITERS:
        widths = [len(row) for row in csv.reader(sample, delimiter=candidate)]
        if not widths or widths[0] < 2:
            continue
        score = (sum(width == widths[0] for width in widths), widths[0])
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_csv(name: str, data: bytes, encoding: str | None, delimiter: str | None) -> Table:
    text, used_encoding = _decoded(name, data, encoding)
    used_delimiter = delimiter or _sniffed_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=used_delimiter)
    headers: tuple[str, ...] | None = None
    header_line = 1
    rows: list[tuple[Cell, ...]] = []
    lines: list[int] = []
    next_line = 1
    try:
        for record in reader:
            line, next_line = next_line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if headers is None:
                headers, header_line = tuple(cell.strip() for cell in record), line
                continue
            rows.append(_padded([cell.strip() or None for cell in record], len(headers)))
            lines.append(line)
    except csv.Error as exc:
        raise ImportFileError(path=name, problem=f"line {reader.line_num}: {exc}") from exc
    return Table(headers or (), tuple(rows), tuple(lines), name, header_line,
                 encoding=used_encoding, delimiter=used_delimiter)


def _padded(cells: list[Cell], width: int) -> tuple[Cell, ...]:
    return tuple(cells[:width]) + (None,) * (width - len(cells))


def _xlsx_cell(cell: Any) -> Cell:
    """A workbook cell as text, Decimal or date. A float becomes ``Decimal(str(x))``, its
    shortest text (12.3, not 12.300000000000000710542735760100185871124267578125)."""
    value = cell.value
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        number = Decimal(value) if isinstance(value, int) else Decimal(str(value))
        # Shown as 20 %, stored as 0.2: the user means the percentage.
        if "%" in (getattr(cell, "number_format", "") or ""):
            number = number.scaleb(2)
        return number
    return str(value)


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise ImportFileError(path=path.name,
                              problem="it is not an Excel workbook (.xlsx) that can be read"
                              ) from exc
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise ImportFileError(path=path.name, problem=(
                f"there is no sheet {sheet!r} (sheets: {', '.join(workbook.sheetnames)})"))
        worksheet = workbook[sheet] if sheet is not None else workbook.worksheets[0]
        headers: tuple[str, ...] | None = None
        header_line = 1
        rows: list[tuple[Cell, ...]] = []
        lines: list[int] = []
        # Missing rows are filled in by openpyxl, so the count is the sheet row number.
        for row_number, row in enumerate(worksheet.iter_rows(), start=1):
            cells = [_xlsx_cell(cell) for cell in row]
            if all(cell is None for cell in cells):
                continue
            if headers is None:
                headers, header_line = _trimmed_headers(cells), row_number
                continue
            rows.append(_padded(cells, len(headers)))
            lines.append(row_number)
    except ImportFileError:
        raise
    except Exception as exc:  # a damaged workbook can fail anywhere in openpyxl's parser
        raise ImportFileError(path=path.name,
                              problem=f"the workbook cannot be read ({exc})") from exc
    finally:
        workbook.close()
    return Table(headers or (), tuple(rows), tuple(lines), path.name, header_line,
                 sheet=worksheet.title)


def _trimmed_headers(cells: list[Cell]) -> tuple[str, ...]:
    names = [_text(cell) for cell in cells]
    while names and not names[-1]:
        names.pop()
    return tuple(names)


def _text(cell: Cell) -> str:
    """A cell as text: a number as written (a customer code 1001 stays ``1001``)."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return format(cell.normalize(), "f") if cell.is_finite() else str(cell)
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell.strip()


# --- values ------------------------------------------------------------------------------

_PLAIN_NUMBER = r"[+-]?(\d+({point}\d*)?|{point}\d+)"
#: What a binary float may carry beyond the currency's digits: 0.1 + 0.2 is
#: 0.30000000000000004 in a spreadsheet.
_FLOAT_NOISE = Decimal("1e-9")
_SPACES = (" ", "\u00a0", "\u202f")


def parse_amount(cell: Cell, currency: str, *, locale: str,
                 decimal_separator: str | None = None, thousands_separator: str = "") -> int:
    """Minor units of ``currency`` from a cell: text in ``locale`` (or with the chosen
    separators), or a spreadsheet number. More decimals than the currency has is an
    error, not a rounding. Raises :class:`InvalidAmount`."""
    if isinstance(cell, Decimal):
        return _minor_from_number(cell, currency)
    if not isinstance(cell, str):
        raise InvalidAmount(value=_text(cell))
    if decimal_separator is None:
        return Money.parse(cell, currency, locale).minor
    text = cell
    for space in _SPACES:  # spaces group digits whatever the separators
        text = text.replace(space, "")
    if thousands_separator.strip():
        text = text.replace(thousands_separator, "")
    # Only digits, a sign and the decimal separator are left: any other mark is a
    # misread file (a '.' when ',' was chosen), not something to guess about.
    if not re.fullmatch(_PLAIN_NUMBER.format(point=re.escape(decimal_separator)), text):
        raise InvalidAmount(value=cell)
    return Money.parse(text.replace(decimal_separator, "."), currency, "en_US").minor


def _minor_from_number(number: Decimal, currency: str) -> int:
    if not number.is_finite():
        raise InvalidAmount(value=str(number))
    rounded = number.quantize(Decimal(1).scaleb(-currency_precision(currency)), HALF_UP)
    if abs(number - rounded) > _FLOAT_NOISE:
        raise InvalidAmount(value=_text(number))
    return Money.from_decimal(rounded, currency).minor


def parse_rate(cell: Cell, decimal_separator: str | None = None) -> Decimal:
    """A VAT rate in per cent (``20``, ``5,5``, ``5.5 %``); raises ValueError."""
    if isinstance(cell, Decimal):
        value = cell
    elif isinstance(cell, str):
        text = cell.replace("%", "")
        for space in _SPACES:
            text = text.replace(space, "")
        # A rate has no thousands: whichever mark it uses is the decimal one.
        text = text.replace(decimal_separator or ",", ".")
        try:
            value = Decimal(text)
        except InvalidOperation as exc:
            raise ValueError(cell) from exc
    else:
        raise ValueError(cell)
    if not value.is_finite() or not Decimal(0) <= value < Decimal(100):
        raise ValueError(cell)
    return value


def parse_date(cell: Cell, date_format: str) -> dt.date:
    """A date cell, or text in ``date_format`` (strptime); raises ValueError."""
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, str):
        return dt.datetime.strptime(cell.strip(), date_format).date()
    raise ValueError(cell)


def _date_example(date_format: str) -> str:
    return dt.date(2026, 12, 31).strftime(date_format)


# --- the mapping -------------------------------------------------------------------------

MAPPING_KEY_PREFIX = "import.mapping.customer_invoices."
MAPPING_FORMAT_VERSION = 1
_MAX_NAME = 60
DECIMAL_SEPARATORS = (",", ".")
THOUSANDS_SEPARATORS = ("", " ", "\u00a0", "\u202f", ".", ",", "'")


@dataclass(frozen=True)
class ImportMapping:
    """Which column holds what, by its header (case and spaces do not matter), and how
    the values are written. Rows with the same number are the lines of one document."""

    number_column: str
    date_column: str
    customer_code_column: str
    #: Net of the line; an invoice's discount line may be negative.
    net_column: str
    #: Per cent (20, 5,5, or a spreadsheet percentage).
    vat_rate_column: str
    #: Invoice or credit note from this column's values; by the sign of the document's
    #: total when None (negative: a credit note). A credit note's amounts may be written
    #: negative, as most programs export them, or positive.
    kind_column: str | None = None
    invoice_values: tuple[str, ...] = ("invoice", "facture", "factura", "factură")
    credit_note_values: tuple[str, ...] = ("credit note", "avoir", "storno")
    #: The customer's payment terms from the date when None or the cell is empty.
    due_date_column: str | None = None
    customer_name_column: str | None = None
    #: Unknown customer codes become new customers (named by ``customer_name_column``).
    create_missing_customers: bool = False
    #: The document number when None or the cell is empty.
    label_column: str | None = None
    #: Checked against the VAT computed by Comptoir, within one minor unit.
    vat_amount_column: str | None = None
    #: An income account code per line; ``default_account`` when None or empty.
    account_column: str | None = None
    default_account: str | None = None
    #: Must be the base currency when given.
    currency_column: str | None = None
    #: A strptime pattern: ``%d/%m/%Y`` reads 31/12/2026.
    date_format: str = "%d/%m/%Y"
    #: The ledger's locale reads amounts when None.
    decimal_separator: str | None = None
    thousands_separator: str = ""
    #: How to read the file (found by themselves when None).
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None

    def to_json(self) -> str:
        return json.dumps({"version": MAPPING_FORMAT_VERSION, **asdict(self)},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ImportMapping:
        """A mapping saved by :meth:`to_json`, checked (:func:`check_mapping`)."""
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ImportMappingError(field="mapping", reason="not valid JSON") from exc
        if not isinstance(data, dict):
            raise ImportMappingError(field="mapping", reason="a JSON object")
        if data.pop("version", MAPPING_FORMAT_VERSION) != MAPPING_FORMAT_VERSION:
            raise ImportMappingError(field="version", reason="written by another Comptoir")
        known = {item.name: item for item in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                raise ImportMappingError(field=key, reason="not a mapping setting")
            values[key] = _json_value(key, value, known[key].default)
        try:
            mapping = cls(**values)
        except TypeError as exc:
            raise ImportMappingError(field="mapping", reason=f"incomplete ({exc})") from exc
        return check_mapping(mapping)


def _json_value(key: str, value: Any, default: Any) -> Any:
    """A JSON value as the mapping field wants it (lists back to tuples)."""
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ImportMappingError(field=key, reason="a list of texts")
        return tuple(value)
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ImportMappingError(field=key, reason="true or false")
        return value
    if value is not None and not isinstance(value, str):
        raise ImportMappingError(field=key, reason="a text")
    return value


_REQUIRED_COLUMNS = ("number_column", "date_column", "customer_code_column", "net_column",
                     "vat_rate_column")
_OPTIONAL_COLUMNS = ("kind_column", "due_date_column", "customer_name_column",
                     "label_column", "vat_amount_column", "account_column", "currency_column")


def _date_format_works(date_format: str) -> bool:
    """Writing a day in the format and reading it back gives the same day."""
    day = dt.date(2026, 12, 31)
    try:
        return dt.datetime.strptime(day.strftime(date_format), date_format).date() == day
    except ValueError:
        return False


def check_mapping(mapping: ImportMapping) -> ImportMapping:
    """``mapping`` itself when it makes sense; :class:`ImportMappingError` naming the
    setting otherwise. (Whether the columns are in a file is the preview's business.)"""
    def refuse(name: str, reason: str) -> ImportMappingError:
        return ImportMappingError(field=name, reason=reason)

    for name in _REQUIRED_COLUMNS:
        if not isinstance(getattr(mapping, name), str) or not getattr(mapping, name).strip():
            raise refuse(name, "the header of a column of the file")
    if not _date_format_works(mapping.date_format):
        raise refuse("date_format", "a day, month and year pattern such as %d/%m/%Y")
    if mapping.decimal_separator not in (None, *DECIMAL_SEPARATORS):
        raise refuse("decimal_separator", "a comma or a full stop")
    if mapping.thousands_separator not in THOUSANDS_SEPARATORS:
        raise refuse("thousands_separator", "none, a space, a full stop, a comma or '")
    if mapping.decimal_separator and mapping.thousands_separator == mapping.decimal_separator:
        raise refuse("thousands_separator", "not the decimal separator")
    if not (mapping.account_column or (mapping.default_account or "").strip()):
        raise refuse("account_column", "a column of income accounts or a default account")
    if mapping.create_missing_customers and not mapping.customer_name_column:
        raise refuse("customer_name_column", "the names of the customers to create")
    if mapping.kind_column:
        invoices = {value.strip().casefold() for value in mapping.invoice_values}
        credit_notes = {value.strip().casefold() for value in mapping.credit_note_values}
        if not invoices or not credit_notes:
            raise refuse("kind_column", "the values that mean invoice and credit note")
        if invoices & credit_notes:
            raise refuse("credit_note_values", "values that do not also mean invoice")
    if mapping.delimiter is not None and len(mapping.delimiter) != 1:
        raise refuse("delimiter", "one character")
    if mapping.encoding is not None:
        try:
            codecs.lookup(mapping.encoding)
        except LookupError as exc:
            raise refuse("encoding", f"unknown encoding {mapping.encoding!r}") from exc
    return mapping


def _mapping_key(name: str) -> str:
    name = name.strip()
    if not name or len(name) > _MAX_NAME:
        raise ImportMappingError(field="name", reason=f"a name of 1 to {_MAX_NAME} characters")
    return MAPPING_KEY_PREFIX + name


def save_mapping(session: Session, name: str, mapping: ImportMapping) -> None:
    """Keep ``mapping`` in the ledger file under ``name`` (replacing one of that name)."""
    key = _mapping_key(name)
    text = check_mapping(mapping).to_json()
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text))
    else:
        row.value = text
    session.flush()


def load_mapping(session: Session, name: str) -> ImportMapping:
    row = session.get(Setting, _mapping_key(name))
    if row is None:
        raise ImportMappingNotFound(name=name.strip())
    return ImportMapping.from_json(row.value)


def list_mappings(session: Session) -> list[str]:
    """The names of the saved mappings, sorted."""
    keys = session.execute(select(Setting.key).where(
        Setting.key.startswith(MAPPING_KEY_PREFIX, autoescape=True))).scalars()
    return sorted((key.removeprefix(MAPPING_KEY_PREFIX) for key in keys), key=str.casefold)


def delete_mapping(session: Session, name: str) -> None:
    row = session.get(Setting, _mapping_key(name))
    if row is None:
        raise ImportMappingNotFound(name=name.strip())
    session.delete(row)
    session.flush()


# --- the preview -------------------------------------------------------------------------

# Problem codes, one per kind of mistake in a file.
MISSING_COLUMN = "import.missing_column"
AMBIGUOUS_COLUMN = "import.ambiguous_column"
EMPTY_CELL = "import.empty_cell"
BAD_DATE = "import.bad_date"
BAD_AMOUNT = "import.bad_amount"
BAD_RATE = "import.bad_rate"
BAD_KIND = "import.bad_kind"
BAD_ACCOUNT = "import.bad_account"
WRONG_CURRENCY = "import.wrong_currency"
VAT_MISMATCH = "import.vat_mismatch"
UNKNOWN_CUSTOMER = "import.unknown_customer"
INCONSISTENT_DOCUMENT = "import.inconsistent_document"
DUPLICATE_NUMBER = "import.duplicate_number"
DUE_BEFORE_DATE = "import.due_before_date"
PERIOD_LOCKED = "import.period_locked"
INVALID_DOCUMENT = "import.invalid_document"


@dataclass(frozen=True)
class ImportProblem:
    code: str
    #: The file line (CSV) or sheet row (XLSX).
    line: int
    #: The column's header as the file writes it.
    column: str
    #: In English; the UI may word it from ``code``.
    message: str
    #: The cell as read.
    value: str = ""


@dataclass(frozen=True)
class PlannedLine:
    label: str
    account: str
    net: int
    vat_rate: Decimal
    vat: int


@dataclass(frozen=True)
class PlannedDocument:
    kind: str
    number: str
    date: dt.date
    #: As it will be posted: the file's, or the customer's terms (credit notes: the date).
    due_date: dt.date
    customer_code: str
    customer_name: str
    #: None for a customer the import creates.
    customer_id: int | None
    lines: tuple[PlannedLine, ...]
    #: The file lines it was made from.
    file_lines: tuple[int, ...]

    @property
    def net(self) -> int:
        return sum(line.net for line in self.lines)

    @property
    def vat(self) -> int:
        return sum(line.vat for line in self.lines)

    @property
    def total(self) -> int:
        return self.net + self.vat


@dataclass(frozen=True)
class ImportPreview:
    source: str
    currency: str
    documents: tuple[PlannedDocument, ...]
    problems: tuple[ImportProblem, ...]
    #: (code, name) of the customers the import would create.
    new_customers: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def invoices(self) -> int:
        return sum(1 for document in self.documents if document.kind == "invoice")

    @property
    def credit_notes(self) -> int:
        return len(self.documents) - self.invoices

    @property
    def invoiced_total(self) -> int:
        return sum(doc.total for doc in self.documents if doc.kind == "invoice")

    @property
    def credited_total(self) -> int:
        return sum(doc.total for doc in self.documents if doc.kind == "credit_note")


@dataclass(frozen=True)
class _KnownCustomer:
    id: int
    name: str
    payment_terms_days: int


@dataclass(frozen=True)
class _Row:
    """One data row, its cells read; None where a cell could not be (already reported)."""

    line: int
    number: str
    kind: str | None
    date: dt.date | None
    due_date: dt.date | None
    customer_code: str
    customer_name: str
    label: str
    net: int | None
    rate: Decimal | None
    account: str
    currency: str
    complete: bool


def _normal_header(name: str) -> str:
    return " ".join(name.split()).casefold()


class _Reader:
    """Reads the cells the mapping names, row after row, noting every problem."""

    def __init__(self, table: Table, mapping: ImportMapping, currency: str, locale: str,
                 rules: InvoiceRules) -> None:
        self.table, self.mapping = table, mapping
        self.currency, self.locale, self.rules = currency, locale, rules
        self.problems: list[ImportProblem] = []
        self.columns: dict[str, int] = {}
        self._find_columns()

    # -- columns --

    def _find_columns(self) -> None:
        positions: dict[str, list[int]] = {}
        for index, header in enumerate(self.table.headers):
            positions.setdefault(_normal_header(header), []).append(index)
        for attribute in (*_REQUIRED_COLUMNS, *_OPTIONAL_COLUMNS):
            header = getattr(self.mapping, attribute)
            if not header:
                continue
            found = positions.get(_normal_header(header), [])
            if len(found) == 1:
                self.columns[attribute] = found[0]
            elif found:
                self.note(AMBIGUOUS_COLUMN, self.table.header_line, attribute,
                          f"{len(found)} columns are headed {header!r}")
            else:
                self.note(MISSING_COLUMN, self.table.header_line, attribute,
                          f"there is no column {header!r}")

    def column_name(self, attribute: str) -> str:
        index = self.columns.get(attribute)
        return self.table.headers[index] if index is not None else getattr(self.mapping,
                                                                           attribute) or ""

    def note(self, code: str, line: int, attribute: str, message: str, value: str = ""
             ) -> None:
        self.problems.append(ImportProblem(code, line, self.column_name(attribute), message,
                                           value))

    # -- cells --

    def cell(self, cells: tuple[Cell, ...], attribute: str) -> Cell:
        index = self.columns.get(attribute)
        return cells[index] if index is not None else None

    def text(self, cells: tuple[Cell, ...], attribute: str) -> str:
        return _text(self.cell(cells, attribute))

    def required_text(self, cells: tuple[Cell, ...], line: int, attribute: str) -> str | None:
        value = self.text(cells, attribute)
        if not value:
            self.note(EMPTY_CELL, line, attribute, "the cell is empty")
            return None
        return value

    def date(self, cells: tuple[Cell, ...], line: int, attribute: str) -> dt.date | None:
        cell = self.cell(cells, attribute)
        try:
            return parse_date(cell, self.mapping.date_format)
        except ValueError:
            example = _date_example(self.mapping.date_format)
            self.note(BAD_DATE, line, attribute,
                      f"{_text(cell)!r} is not a date written like {example}", _text(cell))
            return None

    def amount(self, cells: tuple[Cell, ...], line: int, attribute: str) -> int | None:
        cell = self.cell(cells, attribute)
        try:
            return parse_amount(cell, self.currency, locale=self.locale,
                                decimal_separator=self.mapping.decimal_separator,
                                thousands_separator=self.mapping.thousands_separator)
        except InvalidAmount:
            self.note(BAD_AMOUNT, line, attribute,
                      f"{_text(cell)!r} is not an amount in {self.currency}", _text(cell))
            return None

    def rate(self, cells: tuple[Cell, ...], line: int) -> Decimal | None:
        cell = self.cell(cells, "vat_rate_column")
        try:
            return parse_rate(cell, self.mapping.decimal_separator)
        except ValueError:
            self.note(BAD_RATE, line, "vat_rate_column",
                      f"{_text(cell)!r} is not a VAT rate from 0 to 100", _text(cell))
            return None

    def kind(self, cells: tuple[Cell, ...], line: int) -> str | None:
        if not self.mapping.kind_column:
            return None
        value = self.text(cells, "kind_column").casefold()
        if value in {item.strip().casefold() for item in self.mapping.credit_note_values}:
            return "credit_note"
        if value in {item.strip().casefold() for item in self.mapping.invoice_values}:
            return "invoice"
        self.note(BAD_KIND, line, "kind_column",
                  f"{value!r} is neither an invoice ({', '.join(self.mapping.invoice_values)})"
                  f" nor a credit note ({', '.join(self.mapping.credit_note_values)})", value)
        return None

    def account(self, cells: tuple[Cell, ...], line: int) -> str | None:
        code = self.text(cells, "account_column") or (self.mapping.default_account or "")
        if not code.strip():
            self.note(EMPTY_CELL, line, "account_column", "the cell is empty")
            return None
        try:
            return self.rules.income_account(code, "account").code
        except ReceivablesError as exc:
            self.note(BAD_ACCOUNT, line, "account_column", str(exc.details["reason"]), code)
            return None

    def currency_of(self, cells: tuple[Cell, ...], line: int) -> str | None:
        value = self.text(cells, "currency_column").upper() or self.currency
        if value != self.currency:
            self.note(WRONG_CURRENCY, line, "currency_column",
                      f"{value} is not {self.currency}, the base currency", value)
            return None
        return value

    # -- a row --

    def row(self, cells: tuple[Cell, ...], line: int) -> _Row:
        before = len(self.problems)
        number = self.required_text(cells, line, "number_column")
        kind = self.kind(cells, line)
        date = self.date(cells, line, "date_column")
        due = (self.date(cells, line, "due_date_column")
               if self.text(cells, "due_date_column") else None)
        customer_code = self.required_text(cells, line, "customer_code_column")
        net = self.amount(cells, line, "net_column")
        rate = self.rate(cells, line)
        account = self.account(cells, line)
        currency = self.currency_of(cells, line)
        if net == 0:
            self.note(BAD_AMOUNT, line, "net_column", "a line's net amount cannot be zero", "0")
        if net is not None and rate is not None and self.text(cells, "vat_amount_column"):
            self.check_vat(cells, line, net, rate)
        return _Row(
            line=line, number=number or "", kind=kind, date=date, due_date=due,
            customer_code=customer_code or "",
            customer_name=self.text(cells, "customer_name_column"),
            label=self.text(cells, "label_column") or (number or ""), net=net, rate=rate,
            account=account or "", currency=currency or "",
            complete=len(self.problems) == before)

    def check_vat(self, cells: tuple[Cell, ...], line: int, net: int, rate: Decimal) -> None:
        given = self.amount(cells, line, "vat_amount_column")
        expected = line_vat(net, rate, self.currency)
        if given is not None and abs(given - expected) > 1:
            shown = Money(expected, self.currency)
            self.note(VAT_MISMATCH, line, "vat_amount_column",
                      f"the VAT should be {shown} ({rate.normalize():f} % of "
                      f"{Money(net, self.currency)})", str(Money(given, self.currency)))


def _known_customers(session: Session) -> dict[str, _KnownCustomer]:
    rows = session.execute(select(Customer.code, Customer.id, Customer.name,
                                  Customer.payment_terms_days)
                           .where(Customer.code.is_not(None))).all()
    return {str(code): _KnownCustomer(id_, name, terms) for code, id_, name, terms in rows}


_SAME_FOR_EVERY_LINE = (("kind", "kind_column"), ("date", "date_column"),
                        ("due_date", "due_date_column"),
                        ("customer_code", "customer_code_column"),
                        ("currency", "currency_column"))


def _consistent(reader: _Reader, rows: list[_Row]) -> bool:
    """The lines of one document agree on what belongs to the document."""
    first, agreed = rows[0], True
    for row in rows[1:]:
        for name, attribute in _SAME_FOR_EVERY_LINE:
            mine, theirs = getattr(row, name), getattr(first, name)
            if mine is not None and theirs is not None and mine != theirs:
                reader.note(INCONSISTENT_DOCUMENT, row.line, attribute,
                            f"{first.number} has {_shown(theirs)} on line {first.line} but "
                            f"{_shown(mine)} here", _shown(mine))
                agreed = False
    return agreed


def _shown(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


class _Planner:
    """Turns the rows of each number into a planned document, or into problems."""

    def __init__(self, session: Session, reader: _Reader) -> None:
        self.reader, self.mapping = reader, reader.mapping
        self.customers = _known_customers(session)
        self.new_customers: dict[str, str] = {}

    def customer(self, first: _Row) -> tuple[int | None, str, int] | None:
        """(id or None when created, name, payment terms) of the document's customer."""
        known = self.customers.get(first.customer_code)
        if known is not None:
            return known.id, known.name, known.payment_terms_days
        if not self.mapping.create_missing_customers:
            self.reader.note(UNKNOWN_CUSTOMER, first.line, "customer_code_column",
                             f"there is no customer with the code {first.customer_code!r}",
                             first.customer_code)
            return None
        if not first.customer_name:
            self.reader.note(EMPTY_CELL, first.line, "customer_name_column",
                             f"the new customer {first.customer_code!r} needs a name")
            return None
        name = self.new_customers.setdefault(first.customer_code, first.customer_name)
        return None, name, DEFAULT_TERMS_DAYS

    def document(self, rows: list[_Row]) -> PlannedDocument | None:
        first = rows[0]
        customer = self.customer(first) if first.customer_code else None
        if not all(row.complete for row in rows) or not _consistent(self.reader, rows) \
                or customer is None:
            return None
        assert first.date is not None
        file_total = sum(row.net or 0 for row in rows)
        kind = first.kind or ("credit_note" if file_total < 0 else "invoice")
        # A credit note written with negative amounts is turned the right way round.
        sign = -1 if kind == "credit_note" and file_total < 0 else 1
        customer_id, customer_name, terms = customer
        due = first.date if kind == "credit_note" else (
            first.due_date or first.date + dt.timedelta(days=terms))
        if due < first.date:
            self.reader.note(DUE_BEFORE_DATE, first.line, "due_date_column",
                             "the due date is before the invoice date", due.isoformat())
            return None
        lines = tuple(
            PlannedLine(row.label, row.account, sign * (row.net or 0), row.rate or Decimal(0),
                        line_vat(sign * (row.net or 0), row.rate or Decimal(0),
                                 self.reader.currency))
            for row in rows)
        document = PlannedDocument(kind, first.number, first.date, due, first.customer_code,
                                   customer_name, customer_id, lines,
                                   tuple(row.line for row in rows))
        return document if self.follows_the_rules(document, terms) else None

    def follows_the_rules(self, document: PlannedDocument, terms: int) -> bool:
        """The rules every invoice meets (a total above zero, an open period, ...), so
        that the import does not stop half-way on one of them."""
        line = document.file_lines[0]
        try:
            self.reader.rules.check(document.kind, _invoice_input(document, 0, ""),
                                    payment_terms_days=terms)
        except PeriodLocked as exc:
            self.reader.note(PERIOD_LOCKED, line, "date_column",
                             f"the books are locked up to {exc.details['lock_date']}",
                             document.date.isoformat())
            return False
        except ComptoirError as exc:
            self.reader.note(INVALID_DOCUMENT, line, "number_column",
                             f"{document.number}: {exc}", document.number)
            return False
        return True


def _refuse_duplicates(reader: _Reader, session: Session,
                       documents: list[PlannedDocument]) -> list[PlannedDocument]:
    """Documents whose number is already in the ledger are problems, not plans."""
    taken = taken_numbers(session, [document.number for document in documents])
    kept = []
    for document in documents:
        if (document.kind, document.number) in taken:
            kind = document.kind.replace("_", " ")
            reader.note(DUPLICATE_NUMBER, document.file_lines[0], "number_column",
                        f"a {kind} numbered {document.number!r} is already recorded",
                        document.number)
        else:
            kept.append(document)
    return kept


def preview_import(session: Session, table: Table, mapping: ImportMapping) -> ImportPreview:
    """What :func:`run_import` would record from ``table``, and every problem, by line
    and column, in file order. Writes nothing."""
    check_mapping(mapping)
    company = get_company(session)
    rules = InvoiceRules(session)
    if mapping.default_account:
        try:
            rules.income_account(mapping.default_account, "default_account")
        except ReceivablesError as exc:
            raise ImportMappingError(field="default_account",
                                     reason=exc.details["reason"]) from exc
    reader = _Reader(table, mapping, company.base_currency, company.locale, rules)
    if reader.problems:  # a mapped column is not in the file: rows cannot be read
        return ImportPreview(table.name, company.base_currency, (), tuple(reader.problems))
    groups: dict[str, list[_Row]] = {}
    for cells, line in zip(table.rows, table.lines, strict=True):
        row = reader.row(cells, line)
        if row.number:
            groups.setdefault(row.number, []).append(row)
    planner = _Planner(session, reader)
    planned = [document for rows in groups.values()
               if (document := planner.document(rows)) is not None]
    documents = _refuse_duplicates(reader, session, planned)
    problems = sorted(reader.problems, key=lambda problem: problem.line)
    return ImportPreview(table.name, company.base_currency, tuple(documents),
                         tuple(problems), tuple(planner.new_customers.items()))


# --- the import --------------------------------------------------------------------------

@dataclass(frozen=True)
class ImportResult:
    invoices: int
    credit_notes: int
    customers_created: int
    #: The recorded invoices and credit notes, in file order.
    document_ids: tuple[int, ...] = ()
    #: (number, warning code): e.g. an invoice that took its customer over its limit.
    warnings: tuple[tuple[str, str], ...] = field(default=())


def _invoice_input(document: PlannedDocument, customer_id: int, note: str) -> InvoiceInput:
    return InvoiceInput(
        customer_id=customer_id, number=document.number, date=document.date,
        due_date=document.due_date,
        lines=[InvoiceLineInput(line.label, line.account, line.net, line.vat_rate)
               for line in document.lines],
        note=note)


def refusal(table: Table, problems: Sequence[ImportProblem]) -> ImportRefused:
    """The error that refuses an import: the first problem named, all of them kept."""
    first = problems[0]
    return ImportRefused(path=table.name, line=first.line, column=first.column,
                         problem=first.message, problem_code=first.code, value=first.value,
                         count=len(problems), problems=tuple(problems))


def _create_customers(session: Session, new_customers: Iterable[tuple[str, str]]
                      ) -> dict[str, int]:
    return {code: create_customer(session, CustomerInput(name=name, code=code)).id
            for code, name in new_customers}


def run_import(session: Session, table: Table, mapping: ImportMapping) -> ImportResult:
    """Record every document of ``table`` in the caller's unit of work. Refused with
    :class:`ImportRefused` (the first problem's file, line and column) when the preview
    finds any problem: nothing is written then."""
    preview = preview_import(session, table, mapping)
    if preview.problems:
        raise refusal(table, preview.problems)
    created = _create_customers(session, preview.new_customers)
    note = f"Imported from {table.name}"
    recorded = record_documents(session, [
        DocumentInput(document.kind, _invoice_input(
            document, document.customer_id or created[document.customer_code], note))
        for document in preview.documents], source=IMPORT_SOURCE)
    return ImportResult(
        invoices=preview.invoices, credit_notes=preview.credit_notes,
        customers_created=len(created), document_ids=tuple(item.id for item in recorded),
        warnings=tuple((item.number, warning) for item in recorded
                       for warning in item.warnings))
