"""Layout of the "Other expenses & receipts" tab: the entry form on top; below, the
vouchers with their actions and filters. No behaviour here; ``tab.py`` wires it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.treasury.vouchers import KINDS, STATUSES
from ui.common.money_edit import MoneyEdit
from ui.tabs.journal.widgets import compact_rows, make_date_edit
from ui.tabs.treasury.widgets import PERIOD_PRESETS
from ui.tabs.vouchers.form import VoucherForm
from ui.tabs.vouchers.models import STATUS_NAMES, VouchersTableModel, kind_text

CAPTION_STYLE = "color: palette(mid);"


class VouchersView(QWidget):
    def __init__(self, locale: str, base_currency: str, company_language: str,
                 today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = VoucherForm(locale, base_currency, company_language, today)
        self._build_list(locale, base_currency, today)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form_title)
        layout.addWidget(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.list_title)
        layout.addLayout(self.action_bar)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    @staticmethod
    def _title(text: str) -> QLabel:
        label = QLabel(text)
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        label.setFont(font)
        return label

    def _build_list(self, locale: str, base_currency: str, today: dt.date) -> None:
        self.form_title = self._title(self.tr("New voucher"))
        self.list_title = self._title(self.tr("Vouchers"))

        self.reprint_button = QPushButton(self.tr("Reprint"))
        self.reprint_button.setToolTip(self.tr("Print the selected voucher again (the copy "
                                               "is marked duplicate)"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setToolTip(self.tr("Look at the selected voucher without "
                                               "printing it"))
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setToolTip(self.tr("Cancel the selected voucher: its movement is "
                                            "reversed, its number stays used"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("Save the vouchers as filtered to Excel"))
        self.settings_button = QPushButton(self.tr("Document settings…"))
        self.settings_button.setToolTip(self.tr("The page format of each kind of document"))

        self.action_bar = QHBoxLayout()
        for button in (self.reprint_button, self.preview_button, self.save_pdf_button,
                       self.void_button):
            self.action_bar.addWidget(button)
        self.action_bar.addStretch(1)
        self.action_bar.addWidget(self.export_button)
        self.action_bar.addWidget(self.settings_button)

        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind_filter.addItem(kind_text(kind), kind)
        self.period = QComboBox()
        for key, text in PERIOD_PRESETS:
            self.period.addItem(QCoreApplication.translate("Treasury", text), key)
        self.date_from = make_date_edit(locale, today)
        self.date_to = make_date_edit(locale, today)
        self.dates_dash = QLabel("–")
        self.person_filter = QLineEdit()
        self.person_filter.setPlaceholderText(self.tr("Person or company"))
        self.person_filter.setClearButtonEnabled(True)
        self.amount_min = MoneyEdit(base_currency, locale)
        self.amount_min.setPlaceholderText(self.tr("min"))
        self.amount_max = MoneyEdit(base_currency, locale)
        self.amount_max.setPlaceholderText(self.tr("max"))
        digit = self.fontMetrics().horizontalAdvance("0")
        for edit in (self.amount_min, self.amount_max):
            edit.setMaximumWidth(digit * 12)
        self.person_filter.setMinimumWidth(digit * 12)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Valid and void"), None)
        for status in STATUSES:
            self.status_filter.addItem(
                QCoreApplication.translate("Vouchers", STATUS_NAMES[status]), status)

        for combo in (self.kind_filter, self.period, self.status_filter):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self.filter_bar = QHBoxLayout()
        self.filter_bar.addWidget(self.kind_filter)
        self.filter_bar.addSpacing(8)
        self.filter_bar.addWidget(QLabel(self.tr("Period")))
        self.filter_bar.addWidget(self.period)
        self.filter_bar.addWidget(self.date_from)
        self.filter_bar.addWidget(self.dates_dash)
        self.filter_bar.addWidget(self.date_to)
        self.filter_bar.addSpacing(8)
        self.filter_bar.addWidget(self.person_filter, 1)
        self.filter_bar.addSpacing(8)
        self.filter_bar.addWidget(QLabel(self.tr("Amount")))
        self.filter_bar.addWidget(self.amount_min)
        self.filter_bar.addWidget(QLabel("–"))
        self.filter_bar.addWidget(self.amount_max)
        self.filter_bar.addSpacing(8)
        self.filter_bar.addWidget(self.status_filter)

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        # The same actions on a right click.
        self.reprint_action = QAction(self.tr("Reprint"), self.table)
        self.preview_action = QAction(self.tr("Preview"), self.table)
        self.save_pdf_action = QAction(self.tr("Save as PDF…"), self.table)
        self.void_action = QAction(self.tr("Void…"), self.table)
        self.table.addActions([self.reprint_action, self.preview_action,
                               self.save_pdf_action, self.void_action])
        self.count = QLabel()
        self.count.setStyleSheet(CAPTION_STYLE)

    def size_columns(self, model: VouchersTableModel) -> None:
        """Widths from each column's hint (and its title); the purpose takes the rest."""
        digit = self.table.fontMetrics().horizontalAdvance("0")
        header = self.table.horizontalHeader()
        titles = header.fontMetrics()
        for section, column in enumerate(model.columns):
            title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            self.table.setColumnWidth(section, max(digit * column.width_chars + 12,
                                                   titles.horizontalAdvance(title) + 16))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(VouchersTableModel.PURPOSE, QHeaderView.ResizeMode.Stretch)
