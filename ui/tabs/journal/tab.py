"""The journal tab: the filtered list of posted lines, its totals, and the actions on
entries (new, view, reverse, drafts). Each action is one unit of work."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import clock
from app.errors import ComptoirError
from app.i18n import format_number
from app.ledger.accounts import postable_accounts
from app.ledger.company import fiscal_year_bounds, fiscal_year_of, get_company
from app.ledger.drafts import list_drafts
from app.ledger.journal_view import JournalFilter, JournalRow, journal_totals, open_journal
from app.ledger.journals import journal_revision
from app.ledger.posting import get_entry, reverse_entry
from app.storage.ledger_file import LedgerFile
from ui.common.account_picker import AccountChoice
from ui.common.formatting import money_text
from ui.shell.errors import show_error
from ui.tabs.journal.dialogs.drafts_dialog import DraftsDialog
from ui.tabs.journal.dialogs.entry_dialog import EntryDialog
from ui.tabs.journal.dialogs.reverse_dialog import ReverseDialog, default_reversal_date
from ui.tabs.journal.dialogs.view_entry_dialog import EntryViewDialog
from ui.tabs.journal.models import JournalTableModel
from ui.tabs.journal.view import JournalView
from ui.tabs.journal.widgets import date_of, set_date

#: Typing in the search box waits this long for a pause before querying.
SEARCH_DEBOUNCE_MS = 300


class JournalTab(QWidget):
    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
        self._currency = company.base_currency
        self._locale = company.locale
        self._drafts_count = 0
        self._revision = -1
        self._shown_filter: JournalFilter | None = None

        self.view = JournalView(self._locale, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self.model = JournalTableModel(ledger.read, self._currency, self._locale, self)
        self.view.table.setModel(self.model)
        self.view.size_columns(self.model.columns, JournalTableModel.LABEL_COLUMN)
        self._set_fiscal_year_dates(company.fiscal_year_start_month)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._connect()
        self._update_date_edits()
        self.refresh()

    # --- wiring -----------------------------------------------------------------

    def _connect(self) -> None:
        view = self.view
        view.all_dates.toggled.connect(self._update_date_edits)
        view.all_dates.toggled.connect(self.refresh)
        view.date_from.dateChanged.connect(self.refresh)
        view.date_to.dateChanged.connect(self.refresh)
        view.account.accountChanged.connect(self.refresh)
        view.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.refresh)
        view.new_button.clicked.connect(self.new_entry)
        view.view_button.clicked.connect(self.view_entry)
        view.reverse_button.clicked.connect(self.reverse_selected)
        view.drafts_button.clicked.connect(self.show_drafts)
        view.table.doubleClicked.connect(self._on_double_click)
        view.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _set_fiscal_year_dates(self, start_month: int) -> None:
        first, last = fiscal_year_bounds(fiscal_year_of(clock.today(), start_month),
                                         start_month)
        set_date(self.view.date_from, first)
        set_date(self.view.date_to, last)

    def _update_date_edits(self) -> None:
        dated = not self.view.all_dates.isChecked()
        self.view.date_from.setEnabled(dated)
        self.view.date_to.setEnabled(dated)

    # --- reading ----------------------------------------------------------------

    def current_filter(self) -> JournalFilter:
        view = self.view
        dated = not view.all_dates.isChecked()
        text = view.search.text().strip()
        return JournalFilter(
            date_from=date_of(view.date_from) if dated else None,
            date_to=date_of(view.date_to) if dated else None,
            account_code=view.account.account_code(),
            text=text or None,
        )

    def refresh(self) -> None:
        """Re-read the journal with the current filter. The scroll position is kept when
        the filter is unchanged (after a posting); a new filter starts at the top."""
        self._search_timer.stop()
        filter_ = self.current_filter()
        with self._ledger.read() as session:
            self._revision = journal_revision(session)
            pager = open_journal(session, filter_)
            totals = journal_totals(session, filter_)
            choices = [AccountChoice(a.code, a.name) for a in postable_accounts(session)]
            self._drafts_count = len(list_drafts(session))
        scrollbar = self.view.table.verticalScrollBar()
        position = scrollbar.value() if filter_ == self._shown_filter else 0
        self._shown_filter = filter_
        self.model.set_pager(pager)
        scrollbar.setValue(position)
        self.view.account.set_choices(choices)
        self._show_totals(totals.lines, totals.debit, totals.credit)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        # Other tabs post entries too: coming back to the journal shows them.
        super().showEvent(event)
        with self._ledger.read() as session:
            changed = journal_revision(session) != self._revision
        if changed:
            self.refresh()

    def _show_totals(self, lines: int, debit: int, credit: int) -> None:
        self.view.lines_total.setText(
            self.tr("%1 lines").replace("%1", format_number(lines, self._locale)))
        self.view.debit_total.setText(money_text(debit, self._currency, self._locale))
        self.view.credit_total.setText(money_text(credit, self._currency, self._locale))

    def selected_row(self) -> JournalRow | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.view.table.selectRow(row)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.view.view_button.setEnabled(row is not None)
        self.view.reverse_button.setEnabled(
            row is not None and not row.reversed and row.reversal_of_id is None)
        drafts = self.tr("Drafts")
        self.view.drafts_button.setText(
            f"{drafts} ({self._drafts_count})" if self._drafts_count else drafts)

    # --- actions ----------------------------------------------------------------

    def new_entry(self) -> EntryDialog:
        dialog = EntryDialog(self._ledger, self)
        # Re-read only when something was written (a million-line re-read is not free).
        dialog.entryPosted.connect(self.refresh)
        dialog.draftSaved.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _on_double_click(self, index: QModelIndex) -> None:
        self.select_row(index.row())
        self.view_entry()

    def view_entry(self) -> EntryViewDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        dialog = EntryViewDialog(self._ledger, row.entry_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def reverse_selected(self) -> ReverseDialog | None:
        """Ask for the reversal's date and label; post it when the user confirms."""
        row = self.selected_row()
        if row is None:
            return None
        with self._ledger.read() as session:
            entry = get_entry(session, row.entry_id)
            lock_date = get_company(session).lock_date
        default_date = default_reversal_date(entry.date, lock_date, clock.today())
        dialog = ReverseDialog(entry, default_date, self._locale, self)
        dialog.accepted.connect(lambda: self._post_reversal(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _post_reversal(self, dialog: ReverseDialog) -> None:
        try:
            with self._ledger.unit_of_work() as session:
                reverse_entry(session, entry_id=dialog.entry.id, date=dialog.reversal_date(),
                              label=dialog.reversal_label())
        except ComptoirError as error:
            show_error(self, error)
        self.refresh()

    def show_drafts(self) -> DraftsDialog:
        dialog = DraftsDialog(self._ledger, self)
        dialog.draftsChanged.connect(self.refresh)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
