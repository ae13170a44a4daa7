"""Qt item models of the chart-of-accounts tab: the account tree with balances at a
date, and the filter that searches it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.ledger.accounts import AccountBalance, AccountView
from ui.common.formatting import money_text
from ui.common.lazy_table import ALIGN_CENTER, ALIGN_LEFT, ALIGN_RIGHT

AnyIndex = QModelIndex | QPersistentModelIndex

INACTIVE_COLOUR = "#8a8a8a"

_TYPE_NAMES = {
    "asset": QT_TRANSLATE_NOOP("AccountTypes", "Asset"),
    "liability": QT_TRANSLATE_NOOP("AccountTypes", "Liability"),
    "equity": QT_TRANSLATE_NOOP("AccountTypes", "Equity"),
    "income": QT_TRANSLATE_NOOP("AccountTypes", "Income"),
    "expense": QT_TRANSLATE_NOOP("AccountTypes", "Expense"),
}


def account_type_text(account_type: str) -> str:
    """The translated name of an account type ("asset" → "Actif" in French)."""
    return QCoreApplication.translate("AccountTypes", _TYPE_NAMES.get(account_type,
                                                                      account_type))


@dataclass(eq=False)
class AccountNode:
    account: AccountView
    #: Debit minus credit at the chosen date, sub-accounts included.
    balance: int
    parent: AccountNode | None = None
    children: list[AccountNode] = field(default_factory=list)
    row: int = 0


class AccountTreeModel(QAbstractItemModel):
    """The chart as a tree (parents by code), read-only."""

    CODE, NAME, TYPE, ACTIVE, DEBIT, CREDIT = range(6)

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._locale = locale
        self._roots: list[AccountNode] = []
        self._by_id: dict[int, AccountNode] = {}
        self._by_code: dict[str, AccountNode] = {}

    def set_accounts(self, accounts: Sequence[AccountView],
                     balances: dict[str, AccountBalance]) -> None:
        """Rebuild the tree (accounts in code order, so parents come first)."""
        self.beginResetModel()
        self._roots = []
        self._by_id = {}
        self._by_code = {}
        for account in accounts:
            amounts = balances.get(account.code)
            node = AccountNode(account, amounts.balance if amounts else 0)
            parent = self._by_code.get(account.parent_code or "")
            siblings = parent.children if parent else self._roots
            node.parent, node.row = parent, len(siblings)
            siblings.append(node)
            self._by_id[account.id] = node
            self._by_code[account.code] = node
        self.endResetModel()

    # --- lookups ----------------------------------------------------------------

    def node(self, index: AnyIndex) -> AccountNode | None:
        return self._by_id.get(index.internalId()) if index.isValid() else None

    def account(self, index: AnyIndex) -> AccountView | None:
        node = self.node(index)
        return node.account if node else None

    def index_of(self, code: str) -> QModelIndex:
        node = self._by_code.get(code)
        return self.createIndex(node.row, 0, node.account.id) if node else QModelIndex()

    def balance_of(self, code: str) -> int | None:
        node = self._by_code.get(code)
        return node.balance if node else None

    # --- QAbstractItemModel -----------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._children(parent)
        if not (0 <= row < len(siblings) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row].account.id)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.account.id)

    def _children(self, parent: AnyIndex) -> list[AccountNode]:
        if not parent.isValid():
            return self._roots
        node = self.node(parent)
        # Only the first column has children, as Qt expects of a tree.
        return node.children if node is not None and parent.column() == 0 else []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self._children(parent))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 6

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return bool(self._children(parent))

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Name"), self.tr("Type"), self.tr("Active"),
                    self.tr("Debit balance"), self.tr("Credit balance"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def _alignment(self, column: int) -> Any:
        if column in (self.DEBIT, self.CREDIT):
            return ALIGN_RIGHT
        return ALIGN_CENTER if column == self.ACTIVE else ALIGN_LEFT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and not node.account.active:
            return QBrush(QColor(INACTIVE_COLOUR))
        if role == Qt.ItemDataRole.FontRole and node.parent is None:  # the classes
            font = QCoreApplication.instance().font()  # type: ignore[union-attr]
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return node.account.name
        return None

    def _display(self, node: AccountNode, column: int) -> str:
        account = node.account
        if column == self.CODE:
            return account.code
        if column == self.NAME:
            return account.name
        if column == self.TYPE:
            return account_type_text(account.type)
        if column == self.ACTIVE:
            return self.tr("Yes") if account.active else self.tr("No")
        amount = node.balance if column == self.DEBIT else -node.balance
        return money_text(amount, self._currency, self._locale) if amount > 0 else ""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AccountFilterModel(QSortFilterProxyModel):
    """Searches code and name (the parents of a match stay visible) and hides
    deactivated accounts unless asked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = ""
        self._show_inactive = False
        self.setRecursiveFilteringEnabled(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, AccountTreeModel)
        node = model.node(model.index(source_row, 0, source_parent))
        if node is None:
            return False
        if not node.account.active and not self._show_inactive:
            return False
        if not self._search:
            return True
        # A matching account shows its whole branch, so "banque" lists 512 and 5121.
        ancestor: AccountNode | None = node
        while ancestor is not None:
            if self._matches(ancestor.account):
                return True
            ancestor = ancestor.parent
        return False

    def _matches(self, account: AccountView) -> bool:
        return (account.code.startswith(self._search)
                or self._search in account.name.casefold())
