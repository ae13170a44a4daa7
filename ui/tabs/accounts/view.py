"""Layout of the chart-of-accounts tab: actions, search and options, the tree."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.tabs.accounts.models import AccountTreeModel
from ui.tabs.journal.widgets import make_date_edit


class AccountsView(QWidget):
    def __init__(self, locale: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = QPushButton(self.tr("Add sub-account"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search code or name"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.balances_at = make_date_edit(locale, today)

        self.tree = QTreeView()
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)

        actions = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.active_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Balances at")))
        actions.addWidget(self.balances_at)

        options = QHBoxLayout()
        options.addWidget(self.search, 1)
        options.addWidget(self.show_inactive)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(options)
        layout.addWidget(self.tree, 1)

    def size_columns(self) -> None:
        digit = self.tree.fontMetrics().horizontalAdvance("0")
        header = self.tree.header()
        header.setStretchLastSection(False)
        widths = {AccountTreeModel.CODE: 14, AccountTreeModel.TYPE: 12,
                  AccountTreeModel.ACTIVE: 7, AccountTreeModel.DEBIT: 17,
                  AccountTreeModel.CREDIT: 17}
        for column, chars in widths.items():
            self.tree.setColumnWidth(column, digit * chars + 16)
        header.setSectionResizeMode(AccountTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
