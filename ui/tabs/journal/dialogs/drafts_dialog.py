"""The saved drafts: open one to finish it, post it as it is, or discard it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import ComptoirError
from app.ledger.company import get_company
from app.ledger.drafts import DraftView, discard_draft, list_drafts, post_draft
from app.storage.ledger_file import LedgerFile
from ui.shell.errors import show_error
from ui.tabs.journal.dialogs.entry_dialog import EntryDialog
from ui.tabs.journal.models import DraftsModel
from ui.tabs.journal.widgets import compact_rows


class DraftsDialog(QDialog):
    """Lists drafts; each action on one is its own unit of work."""

    #: An entry was posted from a draft (the journal must refresh).
    entryPosted = Signal(int, str)
    #: The list of drafts changed (posted, discarded or saved).
    draftsChanged = Signal()

    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
        self.setWindowTitle(self.tr("Drafts"))
        self.drafts = DraftsModel(company.base_currency, company.locale, self)
        self.table = QTableView()
        self.table.setModel(self.drafts)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.open_button = QPushButton(self.tr("Open"))
        self.post_button = QPushButton(self.tr("Post"))
        self.discard_button = QPushButton(self.tr("Discard"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.post_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.open_button.clicked.connect(self.open_selected)
        self.post_button.clicked.connect(self.post_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.close_button.clicked.connect(self.accept)
        self.table.doubleClicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(720, 360)
        self.refresh()

    def refresh(self) -> None:
        with self._ledger.read() as session:
            drafts = list_drafts(session)
        self.drafts.set_drafts(drafts)
        if drafts:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_draft(self) -> DraftView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.drafts.draft_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        draft = self.selected_draft()
        for button in (self.open_button, self.discard_button):
            button.setEnabled(draft is not None)
        self.post_button.setEnabled(draft is not None and draft.difference == 0)

    def open_selected(self) -> EntryDialog | None:
        """Open the selected draft in the entry dialog (non-blocking)."""
        draft = self.selected_draft()
        if draft is None:
            return None
        dialog = EntryDialog(self._ledger, self, draft=draft)
        dialog.entryPosted.connect(self.entryPosted)
        dialog.entryPosted.connect(self._after_change)
        dialog.draftSaved.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_change(self) -> None:
        self.refresh()
        self.draftsChanged.emit()

    def post_selected(self) -> None:
        draft = self.selected_draft()
        if draft is None:
            return
        try:
            with self._ledger.unit_of_work() as session:
                posted = post_draft(session, draft.id)
        except ComptoirError as error:
            show_error(self, error)
            return
        self.entryPosted.emit(posted.id, posted.number)
        self._after_change()

    def discard_selected(self) -> None:
        draft = self.selected_draft()
        if draft is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Discard draft"),
            self.tr("Discard the draft \u201c%1\u201d? This cannot be undone.")
            .replace("%1", draft.label or self.tr("(no label)")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self._ledger.unit_of_work() as session:
                discard_draft(session, draft.id)
        except ComptoirError as error:
            show_error(self, error)
            return
        self._after_change()
