"""Layout of the journal tab: actions, filter bar, the lines table, and the totals bar.
No behaviour here; ``tab.py`` wires it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.account_picker import AccountPicker
from ui.common.lazy_table import ALIGN_RIGHT, Column
from ui.tabs.journal.widgets import compact_rows, make_date_edit

FIRST_DAY = dt.date(2000, 1, 1)


class JournalView(QWidget):
    def __init__(self, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # --- actions
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("Type a new journal entry (Ctrl+N)"))
        self.view_button = QPushButton(self.tr("View entry"))
        self.reverse_button = QPushButton(self.tr("Reverse"))
        self.reverse_button.setToolTip(self.tr("Post an entry that cancels the selected one"))
        self.drafts_button = QPushButton(self.tr("Drafts"))

        # --- filters
        self.all_dates = QCheckBox(self.tr("All dates"))
        self.all_dates.setChecked(True)
        # The tab sets their dates (the current fiscal year).
        self.date_from = make_date_edit(locale, FIRST_DAY)
        self.date_to = make_date_edit(locale, FIRST_DAY)
        self.account = AccountPicker()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search labels, numbers, references"))
        self.search.setClearButtonEnabled(True)

        # --- table
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        compact_rows(self.table)  # a million rows are never measured

        # --- totals
        self.lines_total = QLabel()
        self.debit_total = QLabel()
        self.credit_total = QLabel()
        for label in (self.lines_total, self.debit_total, self.credit_total):
            label.setAlignment(ALIGN_RIGHT)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._lay_out()

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        for button in (self.new_button, self.view_button, self.reverse_button,
                       self.drafts_button):
            actions.addWidget(button)
        actions.addStretch(1)

        filters = QHBoxLayout()
        filters.addWidget(self.all_dates)
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Account")))
        filters.addWidget(self.account, 1)
        filters.addSpacing(12)
        filters.addWidget(self.search, 2)

        totals_frame = QFrame()
        totals_frame.setFrameShape(QFrame.Shape.StyledPanel)
        totals = QHBoxLayout(totals_frame)
        totals.setContentsMargins(8, 4, 8, 4)
        totals.addWidget(self.lines_total)
        totals.addStretch(1)
        totals.addWidget(QLabel(self.tr("Total debit")))
        totals.addWidget(self.debit_total)
        totals.addSpacing(16)
        totals.addWidget(QLabel(self.tr("Total credit")))
        totals.addWidget(self.credit_total)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(totals_frame)

    def size_columns(self, columns: list[Column[object]] | tuple[Column[object], ...],
                     stretch: int) -> None:
        """Widths from each column's hint (never from the data, which is not loaded)."""
        digit = self.table.fontMetrics().horizontalAdvance("0")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for section, column in enumerate(columns):
            self.table.setColumnWidth(section, digit * column.width_chars + 12)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
