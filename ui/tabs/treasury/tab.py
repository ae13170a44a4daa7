"""The Bank & cash tab: the bank accounts and cash boxes with their balances, and the
register of the selected one with its filters, totals and actions (money in and out,
transfers, reversals, export). Each action is one unit of work, then the tab re-reads
the ledger."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSignalBlocker, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QVBoxLayout, QWidget

from app import clock
from app.errors import ComptoirError
from app.exports.register import export_register
from app.exports.spreadsheet import ExportCancelled
from app.i18n import format_number
from app.ledger.company import get_company
from app.ledger.journals import journal_revision
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import (
    TreasuryAccountView,
    list_treasury_accounts,
    update_treasury_account,
)
from app.treasury.categories import ensure_default_categories
from app.treasury.identifiers import format_iban
from app.treasury.movements import CASH_LIMIT_EXCEEDED, MovementResult, get_movement
from app.treasury.register import (
    RegisterFilter,
    RegisterRow,
    RegisterTotals,
    open_register,
    register_totals,
)
from ui.common.formatting import money_text
from ui.common.worker import Job, JobCancelled, JobControl, run_job
from ui.shell import language as ui_language
from ui.shell.errors import show_error
from ui.tabs.journal.dialogs.reverse_dialog import default_reversal_date
from ui.tabs.journal.dialogs.view_entry_dialog import EntryViewDialog
from ui.tabs.journal.widgets import date_of, set_date
from ui.tabs.treasury.dialogs.account_dialog import TreasuryAccountDialog
from ui.tabs.treasury.dialogs.category_dialog import CategoriesDialog
from ui.tabs.treasury.dialogs.movement_dialog import MovementDialog
from ui.tabs.treasury.dialogs.movement_view_dialog import MovementViewDialog
from ui.tabs.treasury.dialogs.reverse_dialog import ReverseMovementDialog
from ui.tabs.treasury.dialogs.transfer_dialog import TransferDialog
from ui.tabs.treasury.models import RegisterTableModel, TreasuryAccountsModel
from ui.tabs.treasury.view import TreasuryView
from ui.tabs.treasury.widgets import kind_text, period_range

#: Typing in the search box waits this long for a pause before querying.
SEARCH_DEBOUNCE_MS = 300
#: How long the cash-limit notice stays above the register.
NOTICE_MS = 20_000
DEFAULT_PERIOD = "this_year"


def export_path(chosen: str, selected_filter: str) -> Path:
    """The file the user chose, with the suffix of the chosen type when none was typed."""
    path = Path(chosen)
    if path.suffix.lower() in (".xlsx", ".csv"):
        return path
    return path.with_name(path.name + (".csv" if "*.csv" in selected_filter else ".xlsx"))


def safe_file_stem(text: str) -> str:
    """A file name from an account name: no path separators or reserved characters."""
    kept = "".join(ch if ch.isalnum() or ch in " -_.()" else "_" for ch in text).strip()
    return kept or "register"


class TreasuryTab(QWidget):
    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.unit_of_work() as session:
            ensure_default_categories(session)  # a new ledger starts with its categories
        with ledger.read() as session:
            company = get_company(session)
        self._locale = company.locale
        self._language = company.language
        self._base_currency = company.base_currency
        self._revision = -1
        self._today = clock.today()
        #: The job exporting the register, while it runs.
        self.export_job: Job | None = None

        self.view = TreasuryView(self._locale, self._today, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self.accounts_model = TreasuryAccountsModel(self._locale, self)
        self.view.accounts.setModel(self.accounts_model)
        self.model = RegisterTableModel(ledger.read, self._base_currency, self._locale, self)
        self.view.table.setModel(self.model)
        self.view.size_register_columns(self.model.columns, RegisterTableModel.LABEL)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.view.notice.hide)

        self.set_period(DEFAULT_PERIOD)
        self._connect()
        self.refresh()
        self._select_first_account()

    # --- wiring -----------------------------------------------------------------

    def _connect(self) -> None:
        view = self.view
        view.new_bank_button.clicked.connect(lambda: self.new_account("bank"))
        view.new_cash_button.clicked.connect(lambda: self.new_account("cash"))
        view.edit_button.clicked.connect(self.edit_account)
        view.close_button.clicked.connect(self.toggle_closed)
        view.show_closed.toggled.connect(self.refresh)
        view.accounts.selectionModel().selectionChanged.connect(self._on_account_selected)
        view.accounts.doubleClicked.connect(lambda _index: self.edit_account())
        view.period.currentIndexChanged.connect(self._on_period)
        view.date_from.dateChanged.connect(self._on_dates_edited)
        view.date_to.dateChanged.connect(self._on_dates_edited)
        view.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.refresh_register)
        view.money_in_button.clicked.connect(lambda: self.record("in"))
        view.money_out_button.clicked.connect(lambda: self.record("out"))
        view.transfer_button.clicked.connect(self.new_transfer)
        view.reverse_button.clicked.connect(self.reverse_selected)
        view.export_button.clicked.connect(self.export)
        view.categories_button.clicked.connect(self.edit_categories)
        view.table.doubleClicked.connect(self._on_double_click)
        view.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # --- the accounts -----------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the accounts (keeping the selection) and the register."""
        selected = self.selected_account()
        with self._ledger.read() as session:
            self._revision = journal_revision(session)
            accounts = list_treasury_accounts(
                session, include_inactive=self.view.show_closed.isChecked())
        with QSignalBlocker(self.view.accounts.selectionModel()):
            self.accounts_model.set_accounts(accounts)
            self.view.accounts.expandAll()
            self.view.size_account_columns()
            if selected is not None:
                self.select_account(selected.id)
        self._show_account_title()
        self.refresh_register()

    def showEvent(self, event: QShowEvent) -> None:
        # Entries posted in other tabs (the journal) move the balances shown here.
        super().showEvent(event)
        with self._ledger.read() as session:
            changed = journal_revision(session) != self._revision
        if changed:
            self.refresh()

    def selected_account(self) -> TreasuryAccountView | None:
        model = self.view.accounts.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.accounts_model.account(rows[0]) if rows else None

    def select_account(self, account_id: int) -> bool:
        index = self.accounts_model.index_of(account_id)
        if not index.isValid():
            return False
        self.view.accounts.setCurrentIndex(index)
        return True

    def _select_first_account(self) -> None:
        accounts = self.accounts_model.accounts()
        if accounts and self.selected_account() is None:
            self.select_account(accounts[0].id)

    def _on_account_selected(self) -> None:
        self.view.notice.hide()
        self._show_account_title()
        self.refresh_register()

    def _show_account_title(self) -> None:
        account = self.selected_account()
        if account is None:
            self.view.title.setText(self.tr("No account selected"))
            self.view.subtitle.setText(self.tr("Open a bank account or a cash box to start."))
            return
        self.view.title.setText(account.name)
        details = [kind_text(account.kind), account.currency, account.account_code]
        if account.iban:
            details.append(format_iban(account.iban))
        if account.keeper:
            details.append(self.tr("Keeper: %1").replace("%1", account.keeper))
        if not account.active:
            details.append(self.tr("closed"))
        self.view.subtitle.setText(" · ".join(details))

    # --- the register -------------------------------------------------------------

    def set_period(self, preset: str) -> None:
        index = self.view.period.findData(preset)
        if index >= 0:
            self.view.period.setCurrentIndex(index)
        self._apply_period(preset)

    def _on_period(self) -> None:
        self._apply_period(str(self.view.period.currentData()))
        self.refresh_register()

    def _apply_period(self, preset: str) -> None:
        view = self.view
        if preset != "custom":
            start, end = period_range(preset, self._today)
            with QSignalBlocker(view.date_from), QSignalBlocker(view.date_to):
                if start is not None and end is not None:
                    set_date(view.date_from, start)
                    set_date(view.date_to, end)
        # "All dates" has no interval to show: the date edits step aside.
        dated = preset != "all"
        view.date_from.setVisible(dated)
        view.date_to.setVisible(dated)
        view.dates_dash.setVisible(dated)

    def _on_dates_edited(self) -> None:
        # Typing a date turns the preset into a custom interval.
        with QSignalBlocker(self.view.period):
            self.view.period.setCurrentIndex(self.view.period.findData("custom"))
        self.refresh_register()

    def set_dates(self, start: dt.date, end: dt.date) -> None:
        """A custom interval (as if typed)."""
        with QSignalBlocker(self.view.date_from):
            set_date(self.view.date_from, start)
        set_date(self.view.date_to, end)
        self._on_dates_edited()

    def current_filter(self) -> RegisterFilter | None:
        account = self.selected_account()
        if account is None:
            return None
        view = self.view
        dated = view.period.currentData() != "all"
        text = view.search.text().strip()
        return RegisterFilter(
            treasury_account_id=account.id,
            date_from=date_of(view.date_from) if dated else None,
            date_to=date_of(view.date_to) if dated else None,
            text=text or None,
        )

    def refresh_register(self) -> None:
        """Re-read the register with the current filter, keeping the scroll position."""
        self._search_timer.stop()
        filter_ = self.current_filter()
        account = self.selected_account()
        if filter_ is None or account is None:
            self.model.set_pager(None)
            self._show_totals(None, self._base_currency)
            self._update_buttons()
            return
        with self._ledger.read() as session:
            pager = open_register(session, filter_)
            totals = register_totals(session, filter_)
        scrollbar = self.view.table.verticalScrollBar()
        position = scrollbar.value()
        self.model.set_currency(account.currency)
        self.model.set_pager(pager)
        scrollbar.setValue(position)
        # Stamp duty is rare outside Algeria: its column shows only when there is some.
        self.view.table.setColumnHidden(RegisterTableModel.STAMP_DUTY, not totals.stamp_duty)
        self.view.fit_stretch_column()
        self.view.balance_hint.setVisible(filter_.text is not None)
        self._show_totals(totals, account.currency)
        self._update_buttons()

    def _show_totals(self, totals: RegisterTotals | None, currency: str) -> None:
        bar = self.view.totals
        if totals is None:
            bar.lines.setText("")
            for label in bar.values.values():
                label.setText("")
            return
        bar.lines.setText(self.tr("Lines: %1").replace(
            "%1", format_number(totals.lines, self._locale)))
        figures = {"opening": totals.opening_balance, "money_in": totals.money_in,
                   "money_out": totals.money_out, "net": totals.net, "vat": totals.vat,
                   "closing": totals.closing_balance}
        for key, minor in figures.items():
            bar.values[key].setText(money_text(minor, currency, self._locale,
                                               with_symbol=key in ("opening", "closing")))

    def selected_row(self) -> RegisterRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.view.table.selectRow(row)

    def _update_buttons(self) -> None:
        view = self.view
        account = self.selected_account()
        active = account is not None and account.active
        view.edit_button.setEnabled(account is not None)
        view.close_button.setEnabled(account is not None)
        view.close_button.setText(self.tr("Reopen") if account is not None and not active
                                  else self.tr("Close"))
        view.money_in_button.setEnabled(active)
        view.money_out_button.setEnabled(active)
        active_accounts = [a for a in self.accounts_model.accounts() if a.active]
        view.transfer_button.setEnabled(len(active_accounts) >= 2)
        view.export_button.setEnabled(account is not None)
        row = self.selected_row()
        # Openings are corrected in the account's settings, not reversed from the register.
        view.reverse_button.setEnabled(
            row is not None and row.movement_id is not None and row.kind != "opening"
            and not row.reversed and not row.is_reversal)

    # --- account actions --------------------------------------------------------------

    def new_account(self, kind: str) -> TreasuryAccountDialog:
        dialog = TreasuryAccountDialog(self._ledger, kind, parent=self)
        dialog.accepted.connect(lambda: self._account_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_account(self) -> TreasuryAccountDialog | None:
        account = self.selected_account()
        if account is None:
            return None
        dialog = TreasuryAccountDialog(self._ledger, account.kind, existing=account, parent=self)
        dialog.accepted.connect(lambda: self._account_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _account_saved(self, dialog: TreasuryAccountDialog) -> None:
        self.refresh()
        if dialog.saved is not None:
            self.select_account(dialog.saved.id)

    def toggle_closed(self) -> None:
        """Close the selected account (it takes no more movements; its history stays),
        or reopen a closed one."""
        account = self.selected_account()
        if account is None:
            return
        closing = account.active
        if closing and not self._confirm_close(account):
            return
        try:
            with self._ledger.unit_of_work() as session:
                update_treasury_account(
                    session, treasury_account_id=account.id, name=account.name,
                    bank_name=account.bank_name, iban=account.iban, bic=account.bic,
                    keeper=account.keeper, cash_limit=account.cash_limit, active=not closing)
        except ComptoirError as error:
            show_error(self, error)
        if closing and not self.view.show_closed.isChecked():
            self.view.accounts.clearSelection()
        self.refresh()
        self._select_first_account()

    def _confirm_close(self, account: TreasuryAccountView) -> bool:
        question = self.tr("Close %1? It will take no more movements; its history stays "
                           "and it can be reopened.").replace("%1", account.name)
        if account.balance:
            question += "\n\n" + self.tr("It still holds %1.").replace(
                "%1", money_text(account.balance, account.currency, self._locale,
                                 with_symbol=True))
        answer = QMessageBox.question(self, self.tr("Close account"), question)
        return answer == QMessageBox.StandardButton.Yes

    # --- movements ----------------------------------------------------------------------

    def record(self, direction: str) -> MovementDialog:
        account = self.selected_account()
        dialog = MovementDialog(self._ledger, direction,
                                account_id=account.id if account else None, parent=self)
        dialog.accepted.connect(lambda: self._movement_recorded(dialog.result_))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _movement_recorded(self, result: MovementResult | None) -> None:
        self.refresh()
        if result is not None and CASH_LIMIT_EXCEEDED in result.warnings:
            self._show_cash_limit_notice(result.movement.treasury_account_id)

    def _show_cash_limit_notice(self, account_id: int) -> None:
        account = next((a for a in self.accounts_model.accounts() if a.id == account_id), None)
        if account is None or account.cash_limit is None:
            return
        # Non-blocking: the movement is recorded; the user is told, not stopped.
        self.view.notice.setText(self.tr(
            "%1 now holds %2, above its limit of %3. Consider depositing cash at the bank.")
            .replace("%1", account.name)
            .replace("%2", money_text(account.balance, account.currency, self._locale,
                                      with_symbol=True))
            .replace("%3", money_text(account.cash_limit, account.currency, self._locale,
                                      with_symbol=True)))
        self.view.notice.show()
        self._notice_timer.start()

    def new_transfer(self) -> TransferDialog:
        account = self.selected_account()
        dialog = TransferDialog(self._ledger, from_account_id=account.id if account else None,
                                parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_categories(self) -> CategoriesDialog:
        dialog = CategoriesDialog(self._ledger, self)
        dialog.categoriesChanged.connect(self._categories_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _categories_changed(self) -> None:
        # The register shows category names; a movement being typed offers the new list.
        self.refresh_register()
        for dialog in self.findChildren(MovementDialog):
            dialog.reload_categories()

    def reverse_selected(self) -> ReverseMovementDialog | None:
        row = self.selected_row()
        if row is None or row.movement_id is None:
            return None
        with self._ledger.read() as session:
            movement = get_movement(session, row.movement_id)
            lock_date = get_company(session).lock_date
        default_date = default_reversal_date(movement.date, lock_date, clock.today())
        dialog = ReverseMovementDialog(self._ledger, movement, default_date, self._locale, self)
        dialog.accepted.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_double_click(self, index: QModelIndex) -> None:
        self.select_row(index.row())
        self.view_selected()

    def view_selected(self) -> QDialog | None:
        """The movement behind the selected line; a line posted by hand in the journal
        (an opening balance…) shows its journal entry."""
        row = self.selected_row()
        if row is None:
            return None
        dialog: QDialog
        if row.movement_id is not None:
            dialog = MovementViewDialog(self._ledger, row.movement_id, self)
        else:
            dialog = EntryViewDialog(self._ledger, row.entry_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- export -----------------------------------------------------------------------

    def export(self) -> Job | None:
        """Ask for a file, then write the register as filtered, off the GUI thread."""
        filter_ = self.current_filter()
        account = self.selected_account()
        if filter_ is None or account is None or self.export_job is not None:
            return None
        suggested = self._ledger.path.parent / f"{safe_file_stem(account.name)}.xlsx"
        chosen, selected_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the register"), str(suggested),
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if not chosen:
            return None
        return self.start_export(filter_, export_path(chosen, selected_filter))

    def start_export(self, filter_: RegisterFilter, path: Path) -> Job:
        ledger, locale = self._ledger, self._locale
        language = ui_language.current_language() or self._language

        def work(control: JobControl) -> int:
            with ledger.read() as session:
                try:
                    return export_register(session, filter_, path, locale=locale,
                                           language=language, progress=control.report,
                                           cancelled=lambda: control.cancelled)
                except ExportCancelled as cancelled:
                    raise JobCancelled() from cancelled

        job = run_job(work, on_done=lambda rows: self._export_done(path, rows),
                      on_failed=lambda error: show_error(self, error),
                      parent=self, label=self.tr("Exporting the register…"))
        job.on_finished.append(self._export_finished)
        self.export_job = job
        return job

    def _export_finished(self) -> None:
        self.export_job = None

    def _export_done(self, path: Path, rows: int) -> None:
        QMessageBox.information(
            self, self.tr("Export"),
            self.tr("Lines written: %1\nFile: %2").replace(
                "%1", format_number(rows, self._locale)).replace("%2", str(path)))
