"""The movements behind one cell of the dashboard, and in a forecast month the planned
items too; double-click a movement to open it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import format_number
from app.storage.ledger_file import LedgerFile
from app.treasury.dashboard import CellLine, ForecastItem
from ui.common.formatting import money_text
from ui.tabs.dashboard.models import CellLinesModel
from ui.tabs.journal.dialogs.view_entry_dialog import EntryViewDialog
from ui.tabs.journal.widgets import compact_rows
from ui.tabs.treasury.dialogs.movement_view_dialog import MovementViewDialog


class CellLinesDialog(QDialog):
    def __init__(self, ledger: LedgerFile, title: str, lines: Sequence[CellLine],
                 currency: str, locale: str, parent: QWidget | None = None, *,
                 planned: Sequence[ForecastItem] = ()) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.setWindowTitle(title)
        self.model = CellLinesModel(currency, locale, self)
        self.model.set_lines(lines, planned)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)

        total = sum(line.amount for line in lines) + sum(item.amount for item in planned)
        summary = self.tr("Lines: %1 · total %2").replace(
            "%1", format_number(len(lines) + len(planned), locale)).replace(
            "%2", money_text(total, currency, locale, with_symbol=True))
        if planned:
            summary += " · " + self.tr("of which planned: %1").replace(
                "%1", money_text(sum(item.amount for item in planned), currency, locale,
                                 with_symbol=True))
        self.summary = QLabel(summary)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight)
        hint = QLabel(self.tr("Double-click a line to open the movement.") if not planned
                      else self.tr("Double-click a line to open the movement. Planned lines "
                                   "are recurring items: they are not in the books yet."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        heading = QLabel(title)  # plain text: category names are data
        heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = heading.font()
        bold.setBold(True)
        heading.setFont(bold)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _open(self, index: QModelIndex) -> None:
        self.open_line(index.row())

    def open_line(self, row: int) -> QDialog | None:
        """The movement behind a line (or its journal entry, for a line posted by hand)."""
        line = self.model.line_at(row)
        if line is None:
            return None
        dialog: QDialog
        if line.movement_id is not None:
            dialog = MovementViewDialog(self._ledger, line.movement_id, self)
        else:
            dialog = EntryViewDialog(self._ledger, line.entry_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
