"""Layout of the Bank & cash tab: the accounts on the left; on the right the register
of the selected account with its actions, filters and totals. No behaviour here;
``tab.py`` wires it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.common.lazy_table import ALIGN_RIGHT, Column
from ui.tabs.journal.widgets import compact_rows, make_date_edit
from ui.tabs.treasury.models import TreasuryAccountsModel
from ui.tabs.treasury.widgets import PERIOD_PRESETS

#: The warning strip above the register (cash limit exceeded…).
NOTICE_STYLE = ("QLabel { background: #fff4ce; border: 1px solid #e0c36c; "
                "border-radius: 3px; padding: 4px 8px; color: #5c4400; }")
CAPTION_STYLE = "color: palette(mid);"


class TotalsBar(QFrame):
    """Captions over right-aligned figures: the interval's opening balance, money in and
    out, net, VAT and closing balance, and the number of lines."""

    KEYS = ("opening", "money_in", "money_out", "net", "vat", "closing")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        captions = {
            "opening": self.tr("Opening balance"), "money_in": self.tr("Total in"),
            "money_out": self.tr("Total out"), "net": self.tr("Net"), "vat": self.tr("VAT"),
            "closing": self.tr("Closing balance"),
        }
        self.lines = QLabel()
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(0)
        grid.addWidget(self.lines, 1, 0)
        grid.setColumnStretch(0, 1)
        bold = QFont()
        bold.setBold(True)
        for column, key in enumerate(self.KEYS, start=1):
            caption = QLabel(captions[key])
            caption.setAlignment(ALIGN_RIGHT)
            value = QLabel()
            value.setAlignment(ALIGN_RIGHT)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key in ("opening", "closing"):
                value.setFont(bold)
            grid.addWidget(caption, 0, column)
            grid.addWidget(value, 1, column)
            self.values[key] = value

    def value(self, key: str) -> str:
        return self.values[key].text()


class TreasuryView(QWidget):
    def __init__(self, locale: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_accounts_panel()
        self._build_register_panel(locale, today)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.accounts_panel)
        splitter.addWidget(self.register_panel)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 1000])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- left: the accounts -------------------------------------------------------

    def _build_accounts_panel(self) -> None:
        self.new_bank_button = QPushButton(self.tr("New bank account"))
        self.new_cash_button = QPushButton(self.tr("New cash box"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.close_button = QPushButton(self.tr("Close"))
        self.show_closed = QCheckBox(self.tr("Show closed accounts"))
        self.accounts = QTreeView()
        self.accounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accounts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accounts.setUniformRowHeights(True)
        self.accounts.setRootIsDecorated(False)
        self.accounts.setItemsExpandable(False)

        create = QHBoxLayout()
        create.addWidget(self.new_bank_button)
        create.addWidget(self.new_cash_button)
        change = QHBoxLayout()
        change.addWidget(self.edit_button)
        change.addWidget(self.close_button)
        change.addStretch(1)
        change.addWidget(self.show_closed)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addLayout(create)
        layout.addLayout(change)
        layout.addWidget(self.accounts, 1)
        self.accounts_panel = panel

    def size_account_columns(self) -> None:
        digit = self.accounts.fontMetrics().horizontalAdvance("0")
        header = self.accounts.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TreasuryAccountsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TreasuryAccountsModel.CURRENCY,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.accounts.setColumnWidth(TreasuryAccountsModel.BALANCE, digit * 14 + 16)

    # --- right: the register --------------------------------------------------------

    def _build_register_panel(self, locale: str, today: dt.date) -> None:
        self.title = QLabel()
        title_font = QFont()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        self.title.setFont(title_font)
        self.subtitle = QLabel()
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.money_in_button = QPushButton(self.tr("Money in"))
        self.money_in_button.setShortcut(QKeySequence("Ctrl+E"))
        self.money_in_button.setToolTip(self.tr("Record money received (Ctrl+E)"))
        self.money_out_button = QPushButton(self.tr("Money out"))
        self.money_out_button.setShortcut(QKeySequence("Ctrl+D"))
        self.money_out_button.setToolTip(self.tr("Record a payment (Ctrl+D)"))
        self.transfer_button = QPushButton(self.tr("Transfer"))
        self.transfer_button.setShortcut(QKeySequence("Ctrl+T"))
        self.transfer_button.setToolTip(self.tr("Move money between two accounts (Ctrl+T)"))
        self.reverse_button = QPushButton(self.tr("Reverse"))
        self.reverse_button.setToolTip(self.tr("Cancel the selected movement with a "
                                               "reversing entry"))
        self.categories_button = QPushButton(self.tr("Categories…"))
        self.categories_button.setToolTip(self.tr("The categories of money in and out: "
                                                  "their accounts and VAT rates"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the register as shown to Excel or CSV"))

        self.period = QComboBox()
        for key, text in PERIOD_PRESETS:
            self.period.addItem(QCoreApplication.translate("Treasury", text), key)
        self.date_from = make_date_edit(locale, today)
        self.date_to = make_date_edit(locale, today)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search counterparty, label, number, reference"))
        self.search.setClearButtonEnabled(True)

        self.notice = QLabel()
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        self.balance_hint = QLabel(self.tr("The running balance is hidden while searching."))
        self.balance_hint.setStyleSheet(CAPTION_STYLE)
        self.balance_hint.hide()
        self.totals = TotalsBar()

        actions = QHBoxLayout()
        for button in (self.money_in_button, self.money_out_button, self.transfer_button,
                       self.reverse_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.categories_button)
        actions.addWidget(self.export_button)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period")))
        filters.addWidget(self.period)
        filters.addWidget(self.date_from)
        self.dates_dash = QLabel("–")
        filters.addWidget(self.dates_dash)
        filters.addWidget(self.date_to)
        filters.addSpacing(12)
        filters.addWidget(self.search, 1)

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)

        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.balance_hint)
        layout.addWidget(self.totals)
        self.register_panel = panel

    def size_register_columns(self, columns: Sequence[Column[Any]], stretch: int) -> None:
        """Widths from each column's hint (never from the data, which is not loaded).
        The ``stretch`` column takes the room left, but never less than its hint: on a
        narrow window the table scrolls sideways rather than hide the labels."""
        digit = self.table.fontMetrics().horizontalAdvance("0")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        titles = header.fontMetrics()
        model = self.table.model()
        for section, column in enumerate(columns):
            # Never narrower than its title: translations are often longer than figures.
            title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(section, max(digit * column.width_chars + 12,
                                                   titles.horizontalAdvance(title) + 16))
        self._stretch_column = stretch
        self._stretch_minimum = digit * columns[stretch].width_chars + 12
        self.table.viewport().installEventFilter(self)
        self.fit_stretch_column()

    def fit_stretch_column(self) -> None:
        column = getattr(self, "_stretch_column", None)
        if column is None:
            return
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(section) for section in range(header.count())
                     if section != column and not header.isSectionHidden(section))
        room = self.table.viewport().width() - others
        self.table.setColumnWidth(column, max(self._stretch_minimum, room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_stretch_column()
        return super().eventFilter(watched, event)
