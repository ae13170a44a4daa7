"""Layout of the dashboard tab: year and accounts, the table, the chart, a legend for
the forecast. No behaviour here; ``tab.py`` wires it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.treasury.accounts import TreasuryAccountView
from ui.tabs.dashboard.chart import DashboardChart
from ui.tabs.dashboard.models import FORECAST_COLOUR, DashboardTableModel
from ui.tabs.journal.widgets import compact_rows

FIRST_YEAR, LAST_YEAR = 2000, 2100


class AccountsSelector(QPushButton):
    """Pick several accounts from a drop-down list of check boxes (it stays open while
    the user ticks). Nothing ticked, or everything, means all accounts."""

    #: Emitted with the chosen ids (``None`` for all accounts).
    selectionChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMinimumWidth(260)
        action = QWidgetAction(self)
        action.setDefaultWidget(self.list)
        menu = QMenu(self)
        menu.addAction(action)
        self.setMenu(menu)
        self._accounts: list[TreasuryAccountView] = []
        self.list.itemChanged.connect(self._on_item_changed)
        self._show_text()

    def set_accounts(self, accounts: Sequence[TreasuryAccountView]) -> None:
        chosen = self.selected_ids()
        self._accounts = list(accounts)
        self.list.blockSignals(True)
        self.list.clear()
        for account in self._accounts:
            item = QListWidgetItem(f"{account.name} ({account.currency})")
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = chosen is None or account.id in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * max(len(accounts), 1) + 8)
        self.list.blockSignals(False)
        self._show_text()

    def selected_ids(self) -> list[int] | None:
        """The ticked accounts, or ``None`` when all (or none) are ticked."""
        ids = [int(self.list.item(row).data(Qt.ItemDataRole.UserRole))
               for row in range(self.list.count())
               if self.list.item(row).checkState() == Qt.CheckState.Checked]
        return None if not ids or len(ids) == self.list.count() else ids

    def set_selected_ids(self, ids: Sequence[int] | None) -> None:
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            ticked = ids is None or item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._show_text()
        self.selectionChanged.emit(self.selected_ids())

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self._show_text()
        self.selectionChanged.emit(self.selected_ids())

    def _show_text(self) -> None:
        ids = self.selected_ids()
        if ids is None:
            self.setText(self.tr("All accounts"))
        elif len(ids) == 1:
            account = next(a for a in self._accounts if a.id == ids[0])
            self.setText(account.name)
        else:
            self.setText(self.tr("%1 of %2 accounts").replace("%1", str(len(ids))).replace(
                "%2", str(len(self._accounts))))


class DashboardView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setToolTip(self.tr("Fiscal year"))
        self.accounts = AccountsSelector()
        self.recurring_button = QPushButton(self.tr("Recurring items…"))
        self.recurring_button.setToolTip(self.tr("Rent, salaries and other planned amounts "
                                                 "that make the forecast"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the dashboard as an Excel workbook"))
        self.swatch = swatch = QLabel()
        swatch.setFixedSize(16, 16)
        swatch.setStyleSheet(f"background: {FORECAST_COLOUR}; border: 1px solid #d9b98c;")
        self.legend = QLabel(self.tr("Forecast (from recurring items)"))
        self.info = QLabel()
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableView()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.chart = DashboardChart()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Accounts")))
        top.addWidget(self.accounts)
        top.addSpacing(12)
        top.addWidget(swatch)
        top.addWidget(self.legend)
        top.addStretch(1)
        top.addWidget(self.recurring_button)
        top.addWidget(self.export_button)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([600, 400])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.splitter, 1)

    def size_columns(self) -> None:
        """A wide label column; months as wide as their longest figure needs."""
        header = self.table.horizontalHeader()
        digit = self.table.fontMetrics().horizontalAdvance("0")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(DashboardTableModel.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(digit * 8)
        for column in range(DashboardTableModel.FIRST_MONTH, DashboardTableModel.TOTAL + 1):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, max(self.table.columnWidth(column),
                                                  digit * 10 + 12))
