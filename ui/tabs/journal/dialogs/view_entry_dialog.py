"""A posted entry, read-only: header, lines, hash, posting time, and links between an
entry and its reversal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ledger.company import get_company
from app.ledger.journals import list_journals
from app.ledger.posting import PostedEntry, get_entry
from app.storage.ledger_file import LedgerFile
from ui.common.formatting import date_text, money_text
from ui.tabs.journal.models import PostedLinesModel
from ui.tabs.journal.widgets import compact_rows, journal_title


def _link(entry_id: int, number: str) -> str:
    return f'<a href="{entry_id}">{number}</a>'


class EntryViewDialog(QDialog):
    """Shows one posted entry; a link to its reversal (or original) shows that one."""

    def __init__(self, ledger: LedgerFile, entry_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
            self._journals = {j.code: j.name for j in list_journals(session)}
        self._currency = company.base_currency
        self._locale = company.locale
        self.entry: PostedEntry | None = None

        self.number = QLabel()
        self.journal = QLabel()
        self.date = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reference = QLabel()
        self.posted_at = QLabel()
        self.hash = QLabel()
        self.hash.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.link = QLabel()
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.linkActivated.connect(lambda target: self.show_entry(int(target)))
        for field in (self.number, self.label, self.reference, self.hash):
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.lines = PostedLinesModel(self._currency, self._locale, self)
        self.table = QTableView()
        self.table.setModel(self.lines)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Journal"), self.journal)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Reference"), self.reference)
        form.addRow(self.tr("Posted at"), self.posted_at)
        form.addRow(self.tr("Hash"), self.hash)
        form.addRow(self.link)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(buttons)
        self.resize(860, 480)
        self.show_entry(entry_id)

    def show_entry(self, entry_id: int) -> None:
        with self._ledger.read() as session:
            entry = get_entry(session, entry_id)
            linked_id = entry.reversed_by_id or entry.reversal_of_id
            linked = get_entry(session, linked_id) if linked_id else None
        self.entry = entry
        self.setWindowTitle(self.tr("Entry %1").replace("%1", entry.number))
        self.number.setText(entry.number)
        self.journal.setText(journal_title(entry.journal, self._journals.get(entry.journal, "")))
        self.date.setText(date_text(entry.date, self._locale, "long"))
        self.label.setText(entry.label)
        self.reference.setText(entry.reference)
        self.posted_at.setText(self._posted_at_text(entry.posted_at))
        self.hash.setText(entry.hash)
        self.link.setText(self._link_text(entry, linked))
        self.link.setVisible(linked is not None)
        self.lines.set_lines(entry.lines)
        total = money_text(entry.total, self._currency, self._locale)
        self.totals.setText(self.tr("Total debit = total credit: %1").replace("%1", total))

    def _link_text(self, entry: PostedEntry, linked: PostedEntry | None) -> str:
        if linked is None:
            return ""
        if entry.reversed_by_id == linked.id:
            return self.tr("Reversed by %1").replace("%1", _link(linked.id, linked.number))
        return self.tr("Reversal of %1").replace("%1", _link(linked.id, linked.number))

    def _posted_at_text(self, posted_at: dt.datetime) -> str:
        # Stored in UTC; shown in the machine's time zone.
        local = posted_at.replace(tzinfo=dt.UTC).astimezone()
        return f"{date_text(local.date(), self._locale)} {local:%H:%M:%S}"
