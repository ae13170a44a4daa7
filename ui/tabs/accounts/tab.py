"""The chart-of-accounts tab: browse the tree with balances at a date, add a
sub-account, rename, deactivate or reactivate. Each action is one unit of work, after
which the tree is re-read and the selection kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import clock
from app.errors import ComptoirError
from app.ledger.accounts import (
    AccountView,
    account_balances,
    add_account,
    list_accounts,
    rename_account,
    set_account_active,
)
from app.ledger.company import get_company
from app.ledger.journals import journal_revision
from app.storage.ledger_file import LedgerFile
from ui.shell.errors import show_error
from ui.tabs.accounts.dialogs.account_dialogs import AddAccountDialog, RenameAccountDialog
from ui.tabs.accounts.models import AccountFilterModel, AccountTreeModel
from ui.tabs.accounts.view import AccountsView
from ui.tabs.journal.widgets import date_of


class AccountsTab(QWidget):
    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._revision = -1
        with ledger.read() as session:
            company = get_company(session)
        self.view = AccountsView(company.locale, clock.today(), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self.model = AccountTreeModel(company.base_currency, company.locale, self)
        self.proxy = AccountFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.view.tree.setModel(self.proxy)
        self.view.size_columns()
        self._connect()
        self.refresh()
        self.view.tree.expandToDepth(0)

    def _connect(self) -> None:
        view = self.view
        view.search.textChanged.connect(self._on_search)
        view.show_inactive.toggled.connect(self.proxy.set_show_inactive)
        view.balances_at.dateChanged.connect(self.refresh)
        view.add_button.clicked.connect(self.add_sub_account)
        view.rename_button.clicked.connect(self.rename_selected)
        view.active_button.clicked.connect(self.toggle_active)
        view.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        view.tree.doubleClicked.connect(lambda _index: self.rename_selected())

    # --- reading ----------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read accounts and balances, keeping the selection and open branches."""
        selected = self.selected_account()
        expanded = self._expanded_codes()
        with self._ledger.read() as session:
            self._revision = journal_revision(session)
            accounts = list_accounts(session, include_inactive=True)
            balances = account_balances(session, as_of=date_of(self.view.balances_at))
        self.model.set_accounts(accounts, balances)
        for code in expanded:
            self.view.tree.expand(self.proxy.mapFromSource(self.model.index_of(code)))
        if selected is not None:
            self.select_code(selected.code)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        # Entries posted in other tabs move the balances shown here.
        super().showEvent(event)
        with self._ledger.read() as session:
            changed = journal_revision(session) != self._revision
        if changed:
            self.refresh()

    def _expanded_codes(self) -> list[str]:
        tree = self.view.tree
        codes: list[str] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if tree.isExpanded(index):
                    account = self.model.account(self.proxy.mapToSource(index))
                    if account is not None:
                        codes.append(account.code)
                    pending.append(index)
        return codes

    def selected_account(self) -> AccountView | None:
        rows = self.view.tree.selectionModel().selectedRows()
        return self.model.account(self.proxy.mapToSource(rows[0])) if rows else None

    def select_code(self, code: str) -> bool:
        """Select (and reveal) the account ``code``; False if it is filtered out."""
        index = self.proxy.mapFromSource(self.model.index_of(code))
        if not index.isValid():
            return False
        tree = self.view.tree
        tree.scrollTo(index)  # expands its parents too
        tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        if text.strip():
            self.view.tree.expandAll()  # show where the matches are

    def _update_buttons(self) -> None:
        account = self.selected_account()
        view = self.view
        view.add_button.setEnabled(account is not None and account.active)
        view.rename_button.setEnabled(account is not None)
        view.active_button.setEnabled(account is not None)
        reactivate = account is not None and not account.active
        view.active_button.setText(self.tr("Reactivate") if reactivate
                                   else self.tr("Deactivate"))

    # --- actions ----------------------------------------------------------------

    def add_sub_account(self) -> AddAccountDialog | None:
        parent_account = self.selected_account()
        if parent_account is None:
            return None
        dialog = AddAccountDialog(parent_account, self)
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _add(self, dialog: AddAccountDialog) -> None:
        try:
            with self._ledger.unit_of_work() as session:
                added = add_account(session, code=dialog.account_code(),
                                    name=dialog.account_name(), type=dialog.account_type())
        except ComptoirError as error:
            show_error(self, error)
            return
        self.refresh()
        self.select_code(added.code)

    def rename_selected(self) -> RenameAccountDialog | None:
        account = self.selected_account()
        if account is None:
            return None
        dialog = RenameAccountDialog(account, self)
        dialog.accepted.connect(lambda: self._rename(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _rename(self, dialog: RenameAccountDialog) -> None:
        self._run(lambda session: rename_account(session, code=dialog.account.code,
                                                 name=dialog.account_name()))

    def toggle_active(self) -> None:
        """Deactivate the selected account, or reactivate it if it is inactive."""
        account = self.selected_account()
        if account is None:
            return
        if account.active:
            # A deactivated account disappears unless inactive ones are shown: show
            # them, so the user sees what happened.
            done = self._run(lambda session: set_account_active(session, code=account.code,
                                                                active=False))
            if done and not self.view.show_inactive.isChecked():
                self.view.show_inactive.setChecked(True)
                self.select_code(account.code)
        else:
            self._run(lambda session: set_account_active(session, code=account.code,
                                                         active=True))

    def _run(self, change: Callable[[Any], object]) -> bool:
        """Run ``change(session)`` as one unit of work, then re-read the tree."""
        try:
            with self._ledger.unit_of_work() as session:
                change(session)
        except ComptoirError as error:
            show_error(self, error)
            return False
        self.refresh()
        return True
