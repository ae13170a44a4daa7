"""Importing invoices and credit notes from another sales program's CSV or Excel file:
pick the file, choose a saved column mapping (or map the columns and save the mapping
under a name), preview what would be recorded and every problem by line and column,
then run it.

Reading and previewing a file, and the import itself, run off the GUI thread. The
import is all or nothing: one unit of work, refused as a whole when the file has any
problem, and rolled back when cancelled.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import ComptoirError
from app.ledger.accounts import postable_accounts
from app.ledger.company import get_company
from app.receivables.importing import (
    ImportMapping,
    ImportPreview,
    ImportResult,
    Table,
    check_mapping,
    delete_mapping,
    list_mappings,
    load_mapping,
    preview_import,
    read_mapped_table,
    read_table,
    run_import,
    save_mapping,
)
from app.storage.ledger_file import LedgerFile
from ui.common.account_picker import AccountChoice, AccountPicker
from ui.common.formatting import date_text, money_text
from ui.common.worker import Job, JobControl, run_job
from ui.shell.errors import exception_text, show_error
from ui.tabs.receivables.models import RowColumn, RowsModel, kind_text
from ui.tabs.receivables.widgets import list_table, size_model_columns
from ui.tabs.treasury.widgets import hint_label

#: The columns a mapping names: (ImportMapping field, label, required).
MAPPED_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("number_column", QT_TRANSLATE_NOOP("ImportDialog", "Number"), True),
    ("date_column", QT_TRANSLATE_NOOP("ImportDialog", "Date"), True),
    ("customer_code_column", QT_TRANSLATE_NOOP("ImportDialog", "Customer code"), True),
    ("net_column", QT_TRANSLATE_NOOP("ImportDialog", "Net amount"), True),
    ("vat_rate_column", QT_TRANSLATE_NOOP("ImportDialog", "VAT rate"), True),
    ("customer_name_column", QT_TRANSLATE_NOOP("ImportDialog", "Customer name"), False),
    ("kind_column", QT_TRANSLATE_NOOP("ImportDialog", "Invoice or credit note"), False),
    ("due_date_column", QT_TRANSLATE_NOOP("ImportDialog", "Due date"), False),
    ("label_column", QT_TRANSLATE_NOOP("ImportDialog", "Line label"), False),
    ("vat_amount_column", QT_TRANSLATE_NOOP("ImportDialog", "VAT amount (checked)"), False),
    ("account_column", QT_TRANSLATE_NOOP("ImportDialog", "Income account"), False),
    ("currency_column", QT_TRANSLATE_NOOP("ImportDialog", "Currency"), False),
)
DATE_FORMATS = ("%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%Y", "%m/%d/%Y", "%d/%m/%y")

#: What each kind of problem means, worded for the user; the details stay as found.
PROBLEM_NAMES: dict[str, str] = {
    "import.missing_column": QT_TRANSLATE_NOOP("ImportDialog", "Column not found"),
    "import.ambiguous_column": QT_TRANSLATE_NOOP("ImportDialog", "Several columns"),
    "import.empty_cell": QT_TRANSLATE_NOOP("ImportDialog", "Empty cell"),
    "import.bad_date": QT_TRANSLATE_NOOP("ImportDialog", "Not a date"),
    "import.bad_amount": QT_TRANSLATE_NOOP("ImportDialog", "Not an amount"),
    "import.bad_rate": QT_TRANSLATE_NOOP("ImportDialog", "Not a VAT rate"),
    "import.bad_kind": QT_TRANSLATE_NOOP("ImportDialog", "Unknown kind"),
    "import.bad_account": QT_TRANSLATE_NOOP("ImportDialog", "Wrong account"),
    "import.wrong_currency": QT_TRANSLATE_NOOP("ImportDialog", "Other currency"),
    "import.vat_mismatch": QT_TRANSLATE_NOOP("ImportDialog", "VAT does not match"),
    "import.unknown_customer": QT_TRANSLATE_NOOP("ImportDialog", "Unknown customer"),
    "import.inconsistent_document": QT_TRANSLATE_NOOP("ImportDialog", "Lines disagree"),
    "import.duplicate_number": QT_TRANSLATE_NOOP("ImportDialog", "Already recorded"),
    "import.due_before_date": QT_TRANSLATE_NOOP("ImportDialog", "Due before its date"),
    "import.period_locked": QT_TRANSLATE_NOOP("ImportDialog", "Period locked"),
    "import.invalid_document": QT_TRANSLATE_NOOP("ImportDialog", "Refused"),
}


def problem_text(code: str) -> str:
    return QCoreApplication.translate("ImportDialog", PROBLEM_NAMES[code]) \
        if code in PROBLEM_NAMES else code


class DocumentsModel(RowsModel[Any]):
    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)

        def money(minor: int) -> str:
            return money_text(minor, currency, locale)

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.columns = (
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Kind"), lambda d: kind_text(d.kind),
                      width_chars=9),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Number"), lambda d: d.number,
                      width_chars=12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Date"),
                      lambda d: date_text(d.date, locale), width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Due"),
                      lambda d: date_text(d.due_date, locale), width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Customer"),
                      lambda d: d.customer_name or d.customer_code, width_chars=20),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Lines"), lambda d: str(len(d.lines)),
                      right, 5),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Net"), lambda d: money(d.net), right,
                      11),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "VAT"), lambda d: money(d.vat), right,
                      10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Total"), lambda d: money(d.total),
                      right, 11),
        )


class ProblemsModel(RowsModel[Any]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.columns = (
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Line"), lambda p: str(p.line), right,
                      5),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Column"), lambda p: p.column,
                      width_chars=14),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Problem"),
                      lambda p: problem_text(p.code), width_chars=16),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Value"), lambda p: p.value,
                      width_chars=12),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Details"), lambda p: p.message,
                      width_chars=30),
        )

    def row_colour(self, item: Any) -> str | None:
        return "#c62828"


@dataclass(frozen=True)
class _Previewed:
    table: Table
    preview: ImportPreview


class ImportDialog(QDialog):
    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
            mappings = list_mappings(session)
            accounts = [AccountChoice(a.code, a.name) for a in postable_accounts(session)
                        if a.type == "income"]
        self._currency = company.base_currency
        self._locale = company.locale
        self._headers: list[str] = []
        #: The file as read and its preview, for the mapping shown.
        self.previewed: _Previewed | None = None
        #: The job reading/previewing or importing, while it runs.
        self.job: Job | None = None
        #: What was imported, once done.
        self.result_: ImportResult | None = None
        self._build(accounts)
        self._lay_out()
        self._fill_mappings(mappings)
        self._connect()
        self._update()

    # --- widgets ----------------------------------------------------------------

    def _build(self, accounts: Sequence[AccountChoice]) -> None:
        self.setWindowTitle(self.tr("Import invoices"))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A CSV or Excel file from the sales program"))
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.mapping_name = QComboBox()
        self.mapping_name.setEditable(True)
        self.mapping_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.mapping_name.lineEdit().setPlaceholderText(self.tr("Name of the mapping"))
        self.load_button = QPushButton(self.tr("&Load"))
        self.save_button = QPushButton(self.tr("&Save mapping"))
        self.delete_button = QPushButton(self.tr("Delete"))

        self.columns: dict[str, QComboBox] = {}
        for field, _label, _required in MAPPED_COLUMNS:
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.columns[field] = combo
        self.default_account = AccountPicker(allow_prefix=False)
        self.default_account.set_choices(accounts)
        self.default_account.setEditText("")
        self.create_customers = QCheckBox(self.tr("Create the customers not found "
                                                  "(by their code and name)"))
        self.date_format = QComboBox()
        self.date_format.setEditable(True)
        for pattern in DATE_FORMATS:
            self.date_format.addItem(pattern)
        self.decimal_separator = QComboBox()
        self.decimal_separator.addItem(self.tr("As the ledger writes numbers"), None)
        self.decimal_separator.addItem(self.tr("Comma (1 234,56)"), ",")
        self.decimal_separator.addItem(self.tr("Full stop (1,234.56)"), ".")
        self.invoice_values = QLineEdit(", ".join(ImportMapping.invoice_values))
        self.credit_note_values = QLineEdit(", ".join(ImportMapping.credit_note_values))

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.documents_model = DocumentsModel(self._currency, self._locale, self)
        self.documents = list_table()
        self.documents.setModel(self.documents_model)
        size_model_columns(self.documents, 4)
        self.problems_model = ProblemsModel(self)
        self.problems = list_table()
        self.problems.setModel(self.problems_model)
        size_model_columns(self.problems, 4)
        self.results = QTabWidget()
        self.results.addTab(self.documents, self.tr("Documents"))
        self.results.addTab(self.problems, self.tr("Problems"))

        self.hint = hint_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setToolTip(self.tr("Record every document of the file, or "
                                              "none if anything is wrong"))

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File")))
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        mapping_row = QHBoxLayout()
        mapping_row.addWidget(QLabel(self.tr("Mapping")))
        mapping_row.addWidget(self.mapping_name, 1)
        mapping_row.addWidget(self.load_button)
        mapping_row.addWidget(self.save_button)
        mapping_row.addWidget(self.delete_button)

        required = QFormLayout()
        optional = QFormLayout()
        for field, label, is_required in MAPPED_COLUMNS:
            text = QCoreApplication.translate("ImportDialog", label)
            (required if is_required else optional).addRow(text, self.columns[field])
        required.addRow(self.tr("Default account"), self.default_account)
        required.addRow(self.tr("Date format"), self.date_format)
        required.addRow(self.tr("Decimal separator"), self.decimal_separator)
        required.addRow("", self.create_customers)
        optional.addRow(self.tr("Invoice values"), self.invoice_values)
        optional.addRow(self.tr("Credit note values"), self.credit_note_values)
        needed = QGroupBox(self.tr("Columns (needed)"))
        needed.setLayout(required)
        extra = QGroupBox(self.tr("Columns (if the file has them)"))
        extra.setLayout(optional)
        forms = QHBoxLayout()
        forms.addWidget(needed, 1)
        forms.addWidget(extra, 1)
        mapping_panel = QWidget()
        mapping_layout = QVBoxLayout(mapping_panel)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_layout.addLayout(mapping_row)
        mapping_layout.addLayout(forms)

        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_button)
        preview_row.addWidget(self.summary, 1)
        results_panel = QWidget()
        results_layout = QVBoxLayout(results_panel)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addLayout(preview_row)
        results_layout.addWidget(self.results, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_panel)
        splitter.addWidget(results_panel)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        digit = self.fontMetrics().horizontalAdvance("0")
        self.resize(digit * 140, self.fontMetrics().height() * 44)

    def _connect(self) -> None:
        self.browse_button.clicked.connect(self.choose_file)
        self.path.editingFinished.connect(self._on_path)
        self.mapping_name.activated.connect(self.load_selected_mapping)
        self.load_button.clicked.connect(self.load_selected_mapping)
        self.save_button.clicked.connect(self.save_current_mapping)
        self.delete_button.clicked.connect(self.delete_selected_mapping)
        self.preview_button.clicked.connect(self.start_preview)
        for combo in self.columns.values():
            combo.currentTextChanged.connect(self._mapping_changed)
        self.default_account.accountChanged.connect(self._mapping_changed)
        self.date_format.currentTextChanged.connect(self._mapping_changed)
        self.decimal_separator.currentIndexChanged.connect(self._mapping_changed)
        self.create_customers.toggled.connect(self._mapping_changed)
        self.invoice_values.textChanged.connect(self._mapping_changed)
        self.credit_note_values.textChanged.connect(self._mapping_changed)
        self.mapping_name.currentTextChanged.connect(self._update)
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

    # --- the file and the mapping ------------------------------------------------------

    def _fill_mappings(self, names: Sequence[str]) -> None:
        kept = self.mapping_name.currentText()
        self.mapping_name.blockSignals(True)
        self.mapping_name.clear()
        self.mapping_name.addItems(list(names))
        self.mapping_name.setEditText(kept)
        self.mapping_name.blockSignals(False)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Invoices to import"), str(self._ledger.path.parent),
            self.tr("Sales exports (*.csv *.txt *.xlsx *.xlsm);;All files (*)"))
        if chosen:
            self.set_path(Path(chosen))

    def set_path(self, path: Path) -> None:
        self.path.setText(str(path))
        self._on_path()

    def _on_path(self) -> None:
        self.previewed = None
        self._show_preview()
        if self.path.text().strip():
            self.start_preview()

    def _set_headers(self, headers: Sequence[str]) -> None:
        """Offer the file's headers in every column combo (keeping what is chosen)."""
        self._headers = list(headers)
        for field, _label, required in MAPPED_COLUMNS:
            combo = self.columns[field]
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            if not required:
                combo.addItem("")
            combo.addItems(self._headers)
            combo.setEditText(text)
            combo.blockSignals(False)

    def _column(self, field: str) -> str | None:
        return self.columns[field].currentText().strip() or None

    def mapping(self) -> ImportMapping:
        """The mapping as the form says; raises ImportMappingError when it makes no
        sense."""
        def values(edit: QLineEdit) -> tuple[str, ...]:
            return tuple(part.strip() for part in edit.text().split(",") if part.strip())

        table = self.previewed.table if self.previewed else None
        return check_mapping(ImportMapping(
            number_column=self._column("number_column") or "",
            date_column=self._column("date_column") or "",
            customer_code_column=self._column("customer_code_column") or "",
            net_column=self._column("net_column") or "",
            vat_rate_column=self._column("vat_rate_column") or "",
            kind_column=self._column("kind_column"),
            invoice_values=values(self.invoice_values),
            credit_note_values=values(self.credit_note_values),
            due_date_column=self._column("due_date_column"),
            customer_name_column=self._column("customer_name_column"),
            create_missing_customers=self.create_customers.isChecked(),
            label_column=self._column("label_column"),
            vat_amount_column=self._column("vat_amount_column"),
            account_column=self._column("account_column"),
            default_account=self.default_account.account_code(),
            currency_column=self._column("currency_column"),
            date_format=self.date_format.currentText().strip(),
            decimal_separator=self.decimal_separator.currentData(),
            sheet=table.sheet if table is not None else None,
        ))

    def show_mapping(self, mapping: ImportMapping) -> None:
        for field, _label, _required in MAPPED_COLUMNS:
            combo = self.columns[field]
            combo.blockSignals(True)
            combo.setEditText(getattr(mapping, field) or "")
            combo.blockSignals(False)
        self.default_account.set_account_code(mapping.default_account)
        self.create_customers.setChecked(mapping.create_missing_customers)
        self.date_format.setEditText(mapping.date_format)
        self.decimal_separator.setCurrentIndex(
            max(0, self.decimal_separator.findData(mapping.decimal_separator)))
        self.invoice_values.setText(", ".join(mapping.invoice_values))
        self.credit_note_values.setText(", ".join(mapping.credit_note_values))
        self._mapping_changed()

    def load_selected_mapping(self, *_args: object) -> ImportMapping | None:
        name = self.mapping_name.currentText().strip()
        if not name:
            return None
        try:
            with self._ledger.read() as session:
                mapping = load_mapping(session, name)
        except ComptoirError as error:
            show_error(self, error)
            return None
        self.show_mapping(mapping)
        if self.path.text().strip():
            self.start_preview()
        return mapping

    def save_current_mapping(self) -> bool:
        name = self.mapping_name.currentText().strip()
        if not name:
            self.hint.setText(self.tr("Type a name for the mapping."))
            return False
        try:
            mapping = self.mapping()
            with self._ledger.unit_of_work() as session:
                save_mapping(session, name, mapping)
                names = list_mappings(session)
        except ComptoirError as error:
            show_error(self, error)
            return False
        self._fill_mappings(names)
        self.mapping_name.setEditText(name)
        self.hint.setText("")
        return True

    def delete_selected_mapping(self) -> bool:
        name = self.mapping_name.currentText().strip()
        if not name:
            return False
        try:
            with self._ledger.unit_of_work() as session:
                delete_mapping(session, name)
                names = list_mappings(session)
        except ComptoirError as error:
            show_error(self, error)
            return False
        self._fill_mappings(names)
        self.mapping_name.setEditText("")
        return True

    def _mapping_changed(self, *_args: object) -> None:
        if self.previewed is not None:
            # The preview was for another mapping: the file is kept, the plan is not.
            self.previewed = _Previewed(self.previewed.table, ImportPreview(
                self.previewed.preview.source, self._currency, (), ()))
            self.summary.setText(self.tr("The mapping changed: preview again."))
            self.documents_model.set_rows([])
            self.problems_model.set_rows([])
        self._update()

    # --- preview and import ---------------------------------------------------------

    def start_preview(self) -> Job | None:
        """Read the file and preview it with the mapping, off the GUI thread. The
        file's headers fill the column lists even when the mapping is not complete."""
        if self.job is not None or not self.path.text().strip():
            return None
        path = Path(self.path.text().strip())
        try:
            mapping: ImportMapping | None = self.mapping()
        except ComptoirError:
            mapping = None  # not complete yet: read the headers only
        ledger = self._ledger

        def work(control: JobControl) -> tuple[Table, ImportPreview | None]:
            table = (read_mapped_table(path, mapping) if mapping is not None
                     else read_table(path))
            control.check_cancelled()
            if mapping is None:
                return table, None
            with ledger.read() as session:
                return table, preview_import(session, table, mapping)

        self.summary.setText(self.tr("Reading %1…").replace("%1", path.name))
        job = run_job(work, on_done=self._preview_done, on_failed=self._preview_failed,
                      parent=self, label=self.tr("Reading the file…"))
        job.on_finished.append(self._job_finished)
        self.job = job
        self._update()
        return job

    def _preview_done(self, result: tuple[Table, ImportPreview | None]) -> None:
        table, preview = result
        self._set_headers(table.headers)
        if preview is None:
            self.previewed = _Previewed(table, ImportPreview(table.name, self._currency,
                                                             (), ()))
            self.summary.setText(self.tr(
                "%1: %2 rows. Choose the columns (or a saved mapping), then preview.")
                .replace("%1", table.name).replace("%2", str(len(table.rows))))
            self.documents_model.set_rows([])
            self.problems_model.set_rows([])
        else:
            self.previewed = _Previewed(table, preview)
            self._show_preview()
        self._update()

    def _preview_failed(self, error: Exception) -> None:
        self.previewed = None
        self.summary.setText(exception_text(error))
        self._show_preview()

    def _job_finished(self) -> None:
        self.job = None
        self._update()

    def _money(self, minor: int) -> str:
        return money_text(minor, self._currency, self._locale, with_symbol=True)

    def _show_preview(self) -> None:
        if self.previewed is None:
            self.documents_model.set_rows([])
            self.problems_model.set_rows([])
            return
        preview = self.previewed.preview
        self.documents_model.set_rows(preview.documents)
        self.problems_model.set_rows(preview.problems)
        text = self.tr("%1 invoices (%2) and %3 credit notes (%4)").replace(
            "%1", str(preview.invoices)).replace("%2", self._money(preview.invoiced_total)
                                                 ).replace(
            "%3", str(preview.credit_notes)).replace("%4", self._money(preview.credited_total))
        if preview.new_customers:
            text += " · " + self.tr("%1 new customers").replace(
                "%1", str(len(preview.new_customers)))
        if preview.problems:
            text += " · " + self.tr("%1 problems: nothing can be imported until they are "
                                    "corrected").replace("%1", str(len(preview.problems)))
            self.results.setCurrentWidget(self.problems)
        else:
            text += " · " + self.tr("ready to import")
            self.results.setCurrentWidget(self.documents)
        self.summary.setText(text)

    def can_import(self) -> bool:
        return (self.job is None and self.previewed is not None
                and self.previewed.preview.ok and bool(self.previewed.preview.documents))

    def _update(self, *_args: object) -> None:
        self.import_button.setEnabled(self.can_import())
        self.preview_button.setEnabled(self.job is None and bool(self.path.text().strip()))
        has_name = bool(self.mapping_name.currentText().strip())
        self.save_button.setEnabled(has_name)
        self.load_button.setEnabled(has_name)
        self.delete_button.setEnabled(has_name)

    def start_import(self) -> Job | None:
        """Record every document, off the GUI thread, in one unit of work (rolled back
        if the user cancels before it ends)."""
        if not self.can_import() or self.previewed is None:
            return None
        table = self.previewed.table
        try:
            mapping = self.mapping()
        except ComptoirError as error:
            show_error(self, error)
            return None
        ledger = self._ledger

        def work(control: JobControl) -> ImportResult:
            with ledger.unit_of_work() as session:
                result = run_import(session, table, mapping)
                control.check_cancelled()  # before the commit: nothing is written
                return result

        job = run_job(work, on_done=self._import_done,
                      on_failed=lambda error: show_error(self, error),
                      parent=self, label=self.tr("Importing the invoices…"))
        job.on_finished.append(self._job_finished)
        self.job = job
        self._update()
        return job

    def _import_done(self, result: ImportResult) -> None:
        self.result_ = result
        self.accept()
