"""The "Other expenses & receipts" tab: money in or out with no invoice, each proved by
a printed receipt, payment voucher or discharge slip.

The form on top posts a voucher and prints it at once (Enter); the list below reprints
(a duplicate), previews, saves as PDF, voids and exports. Each action is one unit of
work, then the tab re-reads the ledger.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSignalBlocker, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from app import clock
from app.documents.vouchers import PrintedVoucher, preview_voucher, print_voucher
from app.errors import ComptoirError
from app.exports.vouchers import export_vouchers
from app.i18n import format_number
from app.ledger.company import get_company
from app.ledger.journals import journal_revision
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import list_treasury_accounts
from app.treasury.categories import ensure_default_categories, list_categories
from app.treasury.lookups import CounterpartyHint, counterparty_hints
from app.treasury.vouchers import (
    VoucherFilter,
    VoucherView,
    get_voucher,
    list_vouchers,
    record_voucher,
)
from ui.common import printing
from ui.common.worker import Job, JobControl, run_job
from ui.shell import language as ui_language
from ui.shell.errors import show_error
from ui.tabs.journal.dialogs.reverse_dialog import default_reversal_date
from ui.tabs.journal.widgets import date_of, set_date
from ui.tabs.treasury.tab import safe_file_stem
from ui.tabs.treasury.widgets import period_range
from ui.tabs.vouchers.dialogs.document_settings_dialog import DocumentSettingsDialog
from ui.tabs.vouchers.dialogs.void_dialog import VoidVoucherDialog
from ui.tabs.vouchers.form import PersonDetails
from ui.tabs.vouchers.models import VouchersTableModel, matches
from ui.tabs.vouchers.view import VouchersView

#: Typing in the person filter waits this long for a pause before querying.
SEARCH_DEBOUNCE_MS = 300
DEFAULT_PERIOD = "this_year"
#: The list shows at most this many vouchers (newest first); filters narrow it.
LIST_LIMIT = 500
#: Errors a posting or a print can end with; anything else is a bug and surfaces.
PRINT_ERRORS = (ComptoirError, printing.PdfError, ValueError, OSError)


def xlsx_path(chosen: str) -> Path:
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class VouchersTab(QWidget):
    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.unit_of_work() as session:
            ensure_default_categories(session)  # a new ledger starts with its categories
        with ledger.read() as session:
            company = get_company(session)
        self._locale = company.locale
        self._language = company.language
        self._revision = -1
        self._today = clock.today()
        self._hints: dict[tuple[str, str], CounterpartyHint] = {}
        self._truncated = False
        #: The job exporting the list, while it runs.
        self.export_job: Job | None = None

        self.view = VouchersView(self._locale, company.base_currency, company.language,
                                 self._today, self)
        self.form = self.view.form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.model = VouchersTableModel(self._locale, self)
        self.view.table.setModel(self.model)
        self.view.size_columns(self.model)
        self.form.print_directly.setChecked(printing.print_directly())

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)

        self.set_period(DEFAULT_PERIOD)
        self._connect()
        self.refresh()
        self.setFocusProxy(self.form.person)

    # --- wiring -----------------------------------------------------------------

    def _connect(self) -> None:
        view = self.view
        self.form.submitted.connect(self.post)
        self.form.printDirectlyToggled.connect(printing.set_print_directly)
        view.reprint_button.clicked.connect(self.reprint_selected)
        view.preview_button.clicked.connect(self.preview_selected)
        view.save_pdf_button.clicked.connect(self.save_selected_as_pdf)
        view.void_button.clicked.connect(self.void_selected)
        view.export_button.clicked.connect(self.export)
        view.settings_button.clicked.connect(self.document_settings)
        view.reprint_action.triggered.connect(self.reprint_selected)
        view.preview_action.triggered.connect(self.preview_selected)
        view.save_pdf_action.triggered.connect(self.save_selected_as_pdf)
        view.void_action.triggered.connect(self.void_selected)
        view.table.doubleClicked.connect(self._on_double_click)
        view.table.selectionModel().selectionChanged.connect(self._update_buttons)
        view.kind_filter.currentIndexChanged.connect(self._refilter)
        view.status_filter.currentIndexChanged.connect(self._refilter)
        view.period.currentIndexChanged.connect(self._on_period)
        view.date_from.dateChanged.connect(self._on_dates_edited)
        view.date_to.dateChanged.connect(self._on_dates_edited)
        view.person_filter.textChanged.connect(self._search_timer.start)
        view.amount_min.editingFinished.connect(self._refilter)
        view.amount_max.editingFinished.connect(self._refilter)
        self._search_timer.timeout.connect(self._refilter)

    # --- reading the ledger -------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the accounts, categories and known people for the form, and the list."""
        self.refresh_choices()
        self.refresh_list()

    def refresh_choices(self) -> None:
        """Re-read what the form offers: accounts (and balances), categories, people."""
        with self._ledger.read() as session:
            self._revision = journal_revision(session)
            accounts = list_treasury_accounts(session)
            categories = list_categories(session)
            hints = counterparty_hints(session)
        self._hints = {}
        people: dict[str, str] = {}
        for hint in hints:  # most recent first: the first spelling of a name wins
            self._hints.setdefault((hint.name.casefold(), hint.direction), hint)
            people.setdefault(hint.name.casefold(), hint.name)
        self.form.set_choices(accounts, categories, list(people.values()),
                              self.person_details)

    def showEvent(self, event: QShowEvent) -> None:
        # Movements posted in other tabs move the balances and bring new names.
        super().showEvent(event)
        with self._ledger.read() as session:
            changed = journal_revision(session) != self._revision
        if changed:
            self.refresh()

    def person_details(self, name: str, direction: str) -> PersonDetails | None:
        """What the last voucher of ``name`` said (ID number, address), and how their
        last movement in ``direction`` was booked."""
        key = name.strip().casefold()
        hint = self._hints.get((key, direction))
        with self._ledger.read() as session:
            last = next((voucher for voucher in list_vouchers(
                session, VoucherFilter(person=name.strip()), limit=50)
                if voucher.person_name.casefold() == key), None)
        if last is None and hint is None:
            return None
        return PersonDetails(
            id_number=last.person_id_number if last else "",
            address=last.person_address if last else "",
            category_id=hint.category_id if hint else None,
            payment_method=hint.payment_method if hint else None)

    # --- the list ---------------------------------------------------------------

    def set_period(self, preset: str) -> None:
        index = self.view.period.findData(preset)
        if index >= 0:
            with QSignalBlocker(self.view.period):
                self.view.period.setCurrentIndex(index)
        self._apply_period(preset)

    def _on_period(self) -> None:
        self._apply_period(str(self.view.period.currentData()))
        self._refilter()

    def _apply_period(self, preset: str) -> None:
        view = self.view
        if preset != "custom":
            start, end = period_range(preset, self._today)
            with QSignalBlocker(view.date_from), QSignalBlocker(view.date_to):
                if start is not None and end is not None:
                    set_date(view.date_from, start)
                    set_date(view.date_to, end)
        dated = preset != "all"
        view.date_from.setVisible(dated)
        view.date_to.setVisible(dated)
        view.dates_dash.setVisible(dated)

    def _on_dates_edited(self) -> None:
        with QSignalBlocker(self.view.period):
            self.view.period.setCurrentIndex(self.view.period.findData("custom"))
        self._refilter()

    def set_dates(self, start: dt.date, end: dt.date) -> None:
        """A custom interval (as if typed)."""
        with QSignalBlocker(self.view.date_from):
            set_date(self.view.date_from, start)
        set_date(self.view.date_to, end)
        self._on_dates_edited()

    def current_filter(self) -> VoucherFilter:
        view = self.view
        dated = view.period.currentData() != "all"
        person = view.person_filter.text().strip()
        return VoucherFilter(
            kind=view.kind_filter.currentData(),
            date_from=date_of(view.date_from) if dated else None,
            date_to=date_of(view.date_to) if dated else None,
            person=person or None,
            amount_min=view.amount_min.minor(),
            amount_max=view.amount_max.minor(),
            status=view.status_filter.currentData(),
        )

    def refresh_list(self, select: int | None = None) -> None:
        """Re-read the vouchers with the current filters, keeping (or moving) the
        selection."""
        self._search_timer.stop()
        selected = self.selected_voucher()
        keep = select if select is not None else (selected.id if selected else None)
        with self._ledger.read() as session:
            vouchers = list_vouchers(session, self.current_filter(), limit=LIST_LIMIT)
        self.model.set_vouchers(vouchers)
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.view.table.selectRow(row)
        self._truncated = len(vouchers) >= LIST_LIMIT
        self._show_count()
        self._update_buttons()

    def _show_count(self) -> None:
        count = format_number(self.model.rowCount(), self._locale)
        self.view.count.setText(
            self.tr("The latest %1 vouchers are shown: narrow the filters to see older "
                    "ones.").replace("%1", count) if self._truncated
            else self.tr("Vouchers: %1").replace("%1", count))

    def show_voucher(self, voucher: VoucherView, *, select: bool = False) -> None:
        """Put a new or changed voucher in the list without re-reading it all (the
        list is read voucher by voucher: a full read of a long list takes a while)."""
        if not matches(self.current_filter(), voucher):
            if (row := self.model.row_of(voucher.id)) >= 0:
                self.refresh_list()  # it no longer belongs (e.g. void, filtered on valid)
            return
        row = self.model.put(voucher)
        if select:
            self.select_row(row)
        self._show_count()
        self._update_buttons()

    def _refilter(self, *_args: object) -> None:
        self.refresh_list()

    def selected_voucher(self) -> VoucherView | None:
        model = self.view.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.model.voucher_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.view.table.selectRow(row)

    def _update_buttons(self) -> None:
        view = self.view
        voucher = self.selected_voucher()
        for widget in (view.reprint_button, view.preview_button, view.save_pdf_button,
                       view.reprint_action, view.preview_action, view.save_pdf_action):
            widget.setEnabled(voucher is not None)
        can_void = voucher is not None and not voucher.is_void
        view.void_button.setEnabled(can_void)
        view.void_action.setEnabled(can_void)

    def _on_double_click(self, index: QModelIndex) -> None:
        self.select_row(index.row())
        self.preview_selected()

    # --- posting and printing -----------------------------------------------------

    def post(self) -> PrintedVoucher | None:
        """Post what the form holds and print it, in one unit of work: the voucher, its
        movement, its number and its first print (the original). A refusal (an
        overdrawn cash box, a locked period…) is shown and nothing is written."""
        if self.form.show_problem():
            return None
        data = self.form.voucher_input()
        try:
            with self._ledger.unit_of_work() as session:
                voucher = record_voucher(session, data)
                printed = print_voucher(session, voucher.id)
        except PRINT_ERRORS as error:
            show_error(self, error)
            return None
        self.form.clear_for_next()
        self.refresh_choices()  # the new balance and name
        self.show_voucher(printed.voucher, select=True)
        self.form.person.setFocus()
        self.print_document(printed.pdf, printed.voucher.number)
        return printed

    def print_document(self, pdf: bytes, title: str) -> bool:
        """Preview, or send straight to the printer when the user asked for that."""
        try:
            return printing.print_pdf(pdf, self,
                                      preview=not self.form.print_directly.isChecked(),
                                      title=title)
        except printing.PdfError as error:
            show_error(self, error)
            return False

    def _print_voucher(self, voucher_id: int) -> PrintedVoucher | None:
        """Log one more print (a duplicate after the first) and print it."""
        try:
            with self._ledger.unit_of_work() as session:
                printed = print_voucher(session, voucher_id)
        except PRINT_ERRORS as error:
            show_error(self, error)
            return None
        self.show_voucher(printed.voucher)
        self.print_document(printed.pdf, printed.voucher.number)
        return printed

    def reprint_selected(self) -> PrintedVoucher | None:
        voucher = self.selected_voucher()
        return None if voucher is None else self._print_voucher(voucher.id)

    def preview_selected(self) -> printing.PdfViewDialog | None:
        """The voucher as its next print would look; nothing is logged, and the
        preview has no print button (a reprint is logged, this is not)."""
        voucher = self.selected_voucher()
        if voucher is None:
            return None
        try:
            with self._ledger.read() as session:
                pdf = preview_voucher(session, voucher.id)
            return printing.view_pdf(pdf, self, title=voucher.number)
        except PRINT_ERRORS as error:
            show_error(self, error)
            return None

    def save_selected_as_pdf(self) -> Path | None:
        """Ask where, then log a print and write its PDF there (both or neither)."""
        voucher = self.selected_voucher()
        if voucher is None:
            return None
        path = printing.ask_pdf_path(self, f"{safe_file_stem(voucher.number)}.pdf",
                                     self._ledger.path.parent)
        if path is None:
            return None
        try:
            with self._ledger.unit_of_work() as session:
                printed = print_voucher(session, voucher.id)
                printing.write_pdf(printed.pdf, path)
        except PRINT_ERRORS as error:
            show_error(self, error)
            return None
        self.show_voucher(printed.voucher)
        return path

    # --- voiding ----------------------------------------------------------------------

    def void_selected(self) -> VoidVoucherDialog | None:
        voucher = self.selected_voucher()
        if voucher is None or voucher.is_void:
            return None
        with self._ledger.read() as session:
            lock_date = get_company(session).lock_date
        default_date = default_reversal_date(voucher.date, lock_date, clock.today())
        dialog = VoidVoucherDialog(self._ledger, voucher, default_date, self._locale, self)
        dialog.accepted.connect(lambda: self._voided(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _voided(self, dialog: VoidVoucherDialog) -> None:
        voided = dialog.voided
        if voided is None:
            return
        self.refresh_choices()  # the money is back: the balance changed
        self.show_voucher(voided)
        answer = QMessageBox.question(
            self, self.tr("Void"),
            self.tr("%1 is void. Print the void copy?").replace("%1", voided.number))
        if answer == QMessageBox.StandardButton.Yes:
            self._print_voucher(voided.id)

    # --- settings and export --------------------------------------------------------

    def document_settings(self) -> DocumentSettingsDialog:
        dialog = DocumentSettingsDialog(self._ledger, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export(self) -> Job | None:
        """Ask for a file, then write the vouchers as filtered, off the GUI thread."""
        if self.export_job is not None:
            return None
        suggested = self._ledger.path.parent / f"{safe_file_stem(self.tr('Vouchers'))}.xlsx"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the vouchers"), str(suggested),
            self.tr("Excel workbook (*.xlsx)"))
        if not chosen:
            return None
        return self.start_export(self.current_filter(), xlsx_path(chosen))

    def start_export(self, filter_: VoucherFilter, path: Path) -> Job:
        ledger, locale = self._ledger, self._locale
        language = ui_language.current_language() or self._language

        def work(_control: JobControl) -> int:
            with ledger.read() as session:
                return export_vouchers(session, filter_, path, locale=locale,
                                       language=language)

        job = run_job(work, on_done=lambda rows: self._export_done(path, rows),
                      on_failed=lambda error: show_error(self, error),
                      parent=self, label=self.tr("Exporting the vouchers…"),
                      cancellable=False)
        job.on_finished.append(self._export_finished)
        self.export_job = job
        return job

    def _export_finished(self) -> None:
        self.export_job = None

    def _export_done(self, path: Path, rows: int) -> None:
        QMessageBox.information(
            self, self.tr("Export"),
            self.tr("Vouchers written: %1\nFile: %2").replace(
                "%1", format_number(rows, self._locale)).replace("%2", str(path)))

    # --- for tests and the shell ------------------------------------------------------

    def voucher(self, voucher_id: int) -> VoucherView:
        with self._ledger.read() as session:
            return get_voucher(session, voucher_id)
