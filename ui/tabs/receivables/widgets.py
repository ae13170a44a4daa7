"""Small widgets of the Collections tab: a customer picker, the allocation table with
its amount editor, a notice strip, and column sizing for the lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.receivables.customers import CustomerView
from ui.common.money_edit import MoneyEdit
from ui.tabs.journal.widgets import compact_rows
from ui.tabs.receivables.models import AllocationModel

AnyIndex = QModelIndex | QPersistentModelIndex

#: The warning strip (credit limit exceeded, cash limit…), as in the Bank & cash tab.
NOTICE_STYLE = ("QLabel { background: #fff4ce; border: 1px solid #e0c36c; "
                "border-radius: 3px; padding: 4px 8px; color: #5c4400; }")
CAPTION_STYLE = "color: palette(mid);"


def notice_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(NOTICE_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def title_label(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label


def list_table() -> QTableView:
    """A read-only list: whole rows selected, one line per row, no row numbers."""
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().hide()
    compact_rows(table)
    return table


def size_columns(table: QTableView, widths_chars: Sequence[int], stretch: int | None) -> None:
    """Widths from hints in characters (never narrower than the title); ``stretch``
    takes the rest."""
    model = table.model()
    digit = table.fontMetrics().horizontalAdvance("0")
    header = table.horizontalHeader()
    titles = header.fontMetrics()
    for section, chars in enumerate(widths_chars):
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        table.setColumnWidth(section, max(digit * chars + 14,
                                          titles.horizontalAdvance(title) + 20))
    header.setStretchLastSection(False)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def size_model_columns(table: QTableView, stretch: int | None) -> None:
    """:func:`size_columns` from the ``width_chars`` of a :class:`RowsModel`'s columns."""
    columns = getattr(table.model(), "columns", ())
    size_columns(table, [column.width_chars for column in columns], stretch)


class CustomerCombo(QComboBox):
    """Customers by name; type any part of a name (or code) to find one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers: list[CustomerView] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(26)
        self.lineEdit().setPlaceholderText(self.tr("Type part of the name"))

    def set_customers(self, customers: Sequence[CustomerView]) -> None:
        kept = self.customer_id()
        self.blockSignals(True)
        self.clear()
        self._customers = list(customers)
        texts = []
        for customer in self._customers:
            text = f"{customer.name} ({customer.code})" if customer.code else customer.name
            texts.append(text)
            self.addItem(text, customer.id)
        completer = QCompleter(texts, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1)
        self.blockSignals(False)
        if kept is not None:
            self.set_customer_id(kept)

    def customer_id(self) -> int | None:
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            return None
        value = self.itemData(index)
        return int(value) if value is not None else None

    def customer(self) -> CustomerView | None:
        customer_id = self.customer_id()
        return next((c for c in self._customers if c.id == customer_id), None)

    def set_customer_id(self, customer_id: int | None) -> None:
        index = self.findData(customer_id) if customer_id is not None else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")


class AmountDelegate(QStyledItemDelegate):
    """A :class:`MoneyEdit` for the amount column of the allocation table."""

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        return MoneyEdit(self._currency, self._locale, parent)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, MoneyEdit):
            editor.set_minor(index.data(Qt.ItemDataRole.EditRole) or None)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        if isinstance(editor, MoneyEdit) and editor.is_valid():
            model.setData(index, editor.minor() or 0, Qt.ItemDataRole.EditRole)


class AllocationTable(QTableView):
    """Open invoices with a checkbox and an editable amount each."""

    def __init__(self, model: AllocationModel, currency: str, locale: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(AllocationModel.AMOUNT,
                                      AmountDelegate(currency, locale, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        compact_rows(self)
        size_columns(self, AllocationModel.WIDTHS, AllocationModel.NUMBER)
        digit = self.fontMetrics().horizontalAdvance("0")
        self.setMinimumWidth(digit * (sum(AllocationModel.WIDTHS) + 8))

    def edit_amount(self, row: int) -> Any:
        """Open the amount editor of ``row`` (tests, keyboard)."""
        index = self.model().index(row, AllocationModel.AMOUNT)
        self.setCurrentIndex(index)
        self.edit(index)
        return self.indexWidget(index)
