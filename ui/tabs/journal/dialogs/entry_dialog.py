"""The entry dialog: type a new entry (or a saved draft) line by line, see it balance,
post it or keep it as a draft.

The grid is made for the keyboard: typing starts editing, Tab and Enter move to the
next cell, and a blank line always waits at the end.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import ComptoirError
from app.ledger.accounts import postable_accounts
from app.ledger.company import get_company
from app.ledger.drafts import DraftView, post_draft, save_draft
from app.ledger.journals import list_journals
from app.ledger.posting import PostedEntry, post_entry
from app.storage.ledger_file import LedgerFile
from ui.common.account_picker import AccountChoice, AccountLineEdit
from ui.common.formatting import money_text
from ui.common.money_edit import MoneyEdit
from ui.shell.errors import show_error
from ui.tabs.journal.models import ERROR_COLOUR, EditableLine, EntryLinesModel
from ui.tabs.journal.widgets import date_of, journal_title, make_date_edit, set_date

AnyIndex = QModelIndex | QPersistentModelIndex

DEFAULT_JOURNAL = "OD"


class EntryLineDelegate(QStyledItemDelegate):
    """Editors of the grid: an account completer, plain text, locale-aware amounts."""

    def __init__(self, choices: Sequence[AccountChoice], currency: str, locale: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = list(choices)
        self._currency = currency
        self._locale = locale
        self._editor: QWidget | None = None

    def open_editor(self) -> QWidget | None:
        """The cell editor currently open, if any."""
        return self._editor

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        column = index.column()
        editor: QWidget
        if column == EntryLinesModel.ACCOUNT:
            editor = AccountLineEdit(self._choices, parent)
        elif column in (EntryLinesModel.DEBIT, EntryLinesModel.CREDIT):
            editor = MoneyEdit(self._currency, self._locale, parent)
        else:
            editor = QLineEdit(parent)
        self._editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: AnyIndex) -> None:
        if editor is self._editor:
            self._editor = None
        super().destroyEditor(editor, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, MoneyEdit):
            editor.set_minor(index.data(Qt.ItemDataRole.EditRole) or None)
        elif isinstance(editor, AccountLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.DisplayRole) or "")
        elif isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        if isinstance(editor, MoneyEdit):
            if editor.is_valid():  # text that is no amount leaves the cell as it was
                model.setData(index, editor.minor() or 0)
        elif isinstance(editor, AccountLineEdit):
            # An unresolved text is kept as typed, so the grid can show it in red.
            model.setData(index, editor.account_code() or editor.text().strip())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Enter behaves like Tab (next cell), the way people type into a ledger grid.
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and isinstance(editor, QWidget)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)


class EntryLinesView(QTableView):
    """The lines grid: editing starts on any key, and focus lands on a cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)

    def focusInEvent(self, event: object) -> None:
        super().focusInEvent(event)  # type: ignore[arg-type]
        if not self.currentIndex().isValid() and self.model() is not None:
            self.setCurrentIndex(self.model().index(0, 0))


class EntryDialog(QDialog):
    """A new entry, or a saved draft being finished."""

    #: (entry id, entry number) once posted.
    entryPosted = Signal(int, str)
    #: The draft id once saved.
    draftSaved = Signal(int)

    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None,
                 draft: DraftView | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._draft_id = draft.id if draft else None
        with ledger.read() as session:
            company = get_company(session)
            journals = list_journals(session)
            choices = [AccountChoice(a.code, a.name) for a in postable_accounts(session)]
        self._currency = company.base_currency
        self._locale = company.locale
        self.posted: PostedEntry | None = None

        self.setWindowTitle(self.tr("Draft entry") if draft else self.tr("New entry"))
        self.journal = QComboBox()
        for journal in journals:
            self.journal.addItem(journal_title(journal.code, journal.name), journal.code)
        self.date = make_date_edit(self._locale, clock.today())
        self.label = QLineEdit()
        self.label.setPlaceholderText(self.tr("What this entry records"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Invoice or document number"))

        self.lines = EntryLinesModel(choices, self._currency, self._locale, self)
        self.grid = EntryLinesView()
        self.grid.setModel(self.lines)
        self._delegate = EntryLineDelegate(choices, self._currency, self._locale, self.grid)
        self.grid.setItemDelegate(self._delegate)
        self._size_grid_columns()

        self.add_line_button = QPushButton(self.tr("Add line"))
        self.add_line_button.setToolTip(self.tr("Insert a blank line below (Ctrl+Ins)"))
        self.add_line_button.setShortcut(QKeySequence("Ctrl+Ins"))
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.remove_line_button.setToolTip(self.tr("Remove the current line (Ctrl+Del)"))
        self.remove_line_button.setShortcut(QKeySequence("Ctrl+Del"))

        self.total_debit = QLabel()
        self.total_credit = QLabel()
        self.difference = QLabel()
        self.problem = QLabel()
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR};")

        self.post_button = QPushButton(self.tr("Post"))
        self.post_button.setToolTip(self.tr("Number and record the entry (Ctrl+Enter)"))
        self.draft_button = QPushButton(self.tr("Save as draft"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.post_button, self.draft_button, self.cancel_button,
                       self.add_line_button, self.remove_line_button):
            # Enter belongs to the grid and the fields; it must never post by accident.
            button.setAutoDefault(False)
            button.setDefault(False)

        self._lay_out()
        self._connect()
        if draft is not None:
            self._load_draft(draft)
        else:
            self._select_journal(DEFAULT_JOURNAL)
        self._update_balance()
        self.resize(900, 520)

    # --- layout -----------------------------------------------------------------

    def _lay_out(self) -> None:
        header = QGridLayout()
        header.addWidget(QLabel(self.tr("Journal")), 0, 0)
        header.addWidget(self.journal, 0, 1)
        header.addWidget(QLabel(self.tr("Date")), 0, 2)
        header.addWidget(self.date, 0, 3)
        header.addWidget(QLabel(self.tr("Label")), 1, 0)
        header.addWidget(self.label, 1, 1)
        header.addWidget(QLabel(self.tr("Reference")), 1, 2)
        header.addWidget(self.reference, 1, 3)
        header.setColumnStretch(1, 3)
        header.setColumnStretch(3, 1)

        totals = QFormLayout()
        totals.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for label in (self.total_debit, self.total_credit, self.difference):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 16)
        totals.addRow(self.tr("Total debit"), self.total_debit)
        totals.addRow(self.tr("Total credit"), self.total_credit)
        totals.addRow(self.tr("Difference"), self.difference)

        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addWidget(self.remove_line_button)
        line_buttons.addStretch(1)
        line_buttons.addLayout(totals)

        actions = QHBoxLayout()
        actions.addWidget(self.draft_button)
        actions.addWidget(self.problem, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.post_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.grid, 1)
        layout.addLayout(line_buttons)
        layout.addLayout(actions)

    def _size_grid_columns(self) -> None:
        digit = self.fontMetrics().horizontalAdvance("0")
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(EntryLinesModel.LABEL, QHeaderView.ResizeMode.Stretch)
        self.grid.setColumnWidth(EntryLinesModel.ACCOUNT, digit * 34)
        self.grid.setColumnWidth(EntryLinesModel.DEBIT, digit * 16)
        self.grid.setColumnWidth(EntryLinesModel.CREDIT, digit * 16)

    def _connect(self) -> None:
        self.lines.linesChanged.connect(self._update_balance)
        self.label.textChanged.connect(self._update_balance)
        self.add_line_button.clicked.connect(self._add_line)
        self.remove_line_button.clicked.connect(self._remove_line)
        self.post_button.clicked.connect(self.post)
        self.draft_button.clicked.connect(self.save_as_draft)
        self.cancel_button.clicked.connect(self.reject)
        # Enter in a header field moves on, towards the grid.
        self.label.returnPressed.connect(self.reference.setFocus)
        self.reference.returnPressed.connect(self.grid.setFocus)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._post_if_ready)

    # --- state ------------------------------------------------------------------

    def _select_journal(self, code: str) -> None:
        index = self.journal.findData(code)
        self.journal.setCurrentIndex(max(index, 0))

    def _load_draft(self, draft: DraftView) -> None:
        self._select_journal(draft.journal)
        set_date(self.date, draft.date)
        self.label.setText(draft.label)
        self.reference.setText(draft.reference)
        self.lines.load([EditableLine(ln.account, ln.label, ln.debit, ln.credit)
                         for ln in draft.lines])

    def journal_code(self) -> str:
        return str(self.journal.currentData())

    def entry_date(self) -> dt.date:
        return date_of(self.date)

    def _blocking_problem(self) -> str | None:
        """Why the entry cannot be posted yet, or ``None`` when it can."""
        problems = self.lines.problem_rows()
        if problems:
            return self.tr("Line %1: choose a postable account").replace(
                "%1", str(problems[0] + 1))
        if len(self.lines.amount_lines()) < 2:
            return self.tr("An entry needs at least two lines with an amount")
        debit, credit = self.lines.totals()
        if debit != credit:
            return self.tr("Debits and credits must be equal")
        return None

    def _update_balance(self) -> None:
        debit, credit = self.lines.totals()
        difference = debit - credit
        self.total_debit.setText(money_text(debit, self._currency, self._locale))
        self.total_credit.setText(money_text(credit, self._currency, self._locale))
        self.difference.setText(money_text(difference, self._currency, self._locale))
        self.difference.setStyleSheet(
            f"color: {ERROR_COLOUR}; font-weight: bold;" if difference else "")
        problem = self._blocking_problem()
        self.problem.setText(problem or "")
        self.post_button.setEnabled(problem is None)
        has_content = bool(self.lines.draft_lines() or self.label.text().strip())
        self.draft_button.setEnabled(has_content)

    def _add_line(self) -> None:
        row = self.grid.currentIndex().row() + 1 if self.grid.currentIndex().isValid() else 0
        self.lines.insert_line(row)
        self.grid.setCurrentIndex(self.lines.index(row, EntryLinesModel.ACCOUNT))
        self.grid.setFocus()

    def _remove_line(self) -> None:
        current = self.grid.currentIndex()
        if current.isValid():
            self.lines.remove_line(current.row())

    # --- actions ----------------------------------------------------------------

    def _post_if_ready(self) -> None:
        if self.post_button.isEnabled():
            self.post()

    def post(self) -> None:
        """Post the entry (one unit of work); a draft being finished is removed with it."""
        self._commit_open_editor()
        if self._blocking_problem() is not None:
            return
        try:
            with self._ledger.unit_of_work() as session:
                if self._draft_id is not None:
                    self._save(session)
                    posted = post_draft(session, self._draft_id)
                else:
                    posted = post_entry(
                        session, journal=self.journal_code(), date=self.entry_date(),
                        label=self.label.text().strip(), reference=self.reference.text().strip(),
                        lines=self.lines.posting_lines())
        except ComptoirError as error:
            show_error(self, error)
            return
        self.posted = posted
        self.entryPosted.emit(posted.id, posted.number)
        self.accept()

    def save_as_draft(self) -> None:
        self._commit_open_editor()
        try:
            with self._ledger.unit_of_work() as session:
                draft = self._save(session)
        except ComptoirError as error:
            show_error(self, error)
            return
        self._draft_id = draft.id
        self.draftSaved.emit(draft.id)
        self.accept()

    def _save(self, session: Any) -> DraftView:
        return save_draft(
            session, journal=self.journal_code(), date=self.entry_date(),
            label=self.label.text().strip(), reference=self.reference.text().strip(),
            lines=self.lines.draft_lines(), draft_id=self._draft_id)

    def _commit_open_editor(self) -> None:
        # Post (or Ctrl+Enter) while a cell is still being edited takes what is typed.
        editor = self._delegate.open_editor()
        if editor is not None and self.grid.state() == QAbstractItemView.State.EditingState:
            self._delegate.commitData.emit(editor)
            self._delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
