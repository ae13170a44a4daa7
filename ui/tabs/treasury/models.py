"""Qt item models of the Bank & cash tab: the list of accounts with their balances, the
lazy register of one account, and the categories of money in and out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from app.treasury.accounts import TreasuryAccountView
from app.treasury.categories import CategoryView
from app.treasury.identifiers import format_iban
from app.treasury.register import RegisterRow
from ui.common.account_picker import SEPARATOR
from ui.common.formatting import date_text, money_text
from ui.common.lazy_table import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    Column,
    LazyTableModel,
    RowStyle,
    SessionSource,
)
from ui.tabs.treasury.widgets import (
    decimal_text,
    direction_text,
    kind_text,
    payment_method_text,
)

AnyIndex = QModelIndex | QPersistentModelIndex

#: Reversed movements and their reversals: still in the books, cancelled out.
CANCELLED_COLOUR = "#7a7a7a"
NEGATIVE_COLOUR = "#c62828"
AccountIdRole = Qt.ItemDataRole.UserRole + 10

_REGISTER_CONTEXT = "RegisterTableModel"

# --- the accounts --------------------------------------------------------------------


class TreasuryAccountsModel(QStandardItemModel):
    """Bank accounts, then cash boxes, under a heading each: name, currency, balance."""

    NAME, CURRENCY, BALANCE = range(3)

    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._accounts: dict[int, TreasuryAccountView] = {}
        self.setHorizontalHeaderLabels(
            [self.tr("Account"), self.tr("Currency"), self.tr("Balance")])
        self.horizontalHeaderItem(self.BALANCE).setTextAlignment(ALIGN_RIGHT)

    def set_accounts(self, accounts: Sequence[TreasuryAccountView]) -> None:
        self.removeRows(0, self.rowCount())
        self._accounts = {account.id: account for account in accounts}
        headings = {"bank": self.tr("Bank accounts"), "cash": self.tr("Cash boxes")}
        for kind, heading in headings.items():
            members = [account for account in accounts if account.kind == kind]
            group = self._heading(heading)
            for account in members:
                group[0].appendRow(self._account_row(account))
            self.appendRow(group)

    def _heading(self, text: str) -> list[QStandardItem]:
        title = QStandardItem(text)
        font = QFont()
        font.setBold(True)
        title.setFont(font)
        items = [title, QStandardItem(), QStandardItem()]
        for item in items:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading is not selectable
            item.setEditable(False)
        return items

    def _account_row(self, account: TreasuryAccountView) -> list[QStandardItem]:
        name = account.name if account.active else self.tr("%1 (closed)").replace(
            "%1", account.name)
        balance = money_text(account.balance, account.currency, self._locale)
        items = [QStandardItem(name), QStandardItem(account.currency), QStandardItem(balance)]
        items[self.BALANCE].setTextAlignment(ALIGN_RIGHT)
        items[self.BALANCE].setData(account.balance, Qt.ItemDataRole.UserRole)
        if account.balance < 0:
            items[self.BALANCE].setForeground(QBrush(QColor(NEGATIVE_COLOUR)))
        tooltip = self._tooltip(account)
        for item in items:
            item.setEditable(False)
            item.setData(account.id, AccountIdRole)
            item.setToolTip(tooltip)
            if not account.active:
                item.setForeground(QBrush(QColor(CANCELLED_COLOUR)))
        return items

    def _tooltip(self, account: TreasuryAccountView) -> str:
        lines = [f"{kind_text(account.kind)} · {account.account_code} · {account.journal}"]
        if account.bank_name:
            lines.append(account.bank_name)
        if account.iban:
            lines.append(format_iban(account.iban))
        if account.national_number:
            lines.append(account.national_number)
        if account.keeper:
            lines.append(self.tr("Keeper: %1").replace("%1", account.keeper))
        if account.cash_limit is not None:
            lines.append(self.tr("Cash limit: %1").replace("%1", money_text(
                account.cash_limit, account.currency, self._locale, with_symbol=True)))
        return "\n".join(lines)

    def account(self, index: AnyIndex) -> TreasuryAccountView | None:
        account_id = index.data(AccountIdRole) if index.isValid() else None
        return self._accounts.get(account_id) if account_id is not None else None

    def accounts(self) -> list[TreasuryAccountView]:
        return list(self._accounts.values())

    def index_of(self, account_id: int) -> QModelIndex:
        for group in range(self.rowCount()):
            parent = self.index(group, 0)
            for row in range(self.rowCount(parent)):
                index = self.index(row, 0, parent)
                if index.data(AccountIdRole) == account_id:
                    return index
        return QModelIndex()


# --- the register --------------------------------------------------------------------


# Marked for lupdate here; translated when painted (the context must be a literal).
_REVERSAL = QT_TRANSLATE_NOOP("RegisterTableModel", "Reversal")
_REVERSED = QT_TRANSLATE_NOOP("RegisterTableModel", "Reversed")


def _status_text(row: RegisterRow) -> str:
    if row.is_reversal:
        return QCoreApplication.translate(_REGISTER_CONTEXT, str(_REVERSAL))
    if row.reversed:
        return QCoreApplication.translate(_REGISTER_CONTEXT, str(_REVERSED))
    return ""


def _row_style(row: RegisterRow) -> RowStyle | None:
    cancelled = row.reversed or row.is_reversal
    return RowStyle(foreground=CANCELLED_COLOUR) if cancelled else None


class _Currency:
    """The register's currency, read by the amount columns at paint time (it changes
    with the selected account, the columns stay)."""

    def __init__(self, code: str, locale: str) -> None:
        self.code = code
        self.locale = locale

    def amount(self, minor: int) -> str:
        return money_text(minor, self.code, self.locale) if minor else ""

    def balance(self, minor: int | None) -> str:
        return "" if minor is None else money_text(minor, self.code, self.locale)


def register_columns(currency: _Currency, locale: str) -> list[Column[RegisterRow]]:
    def amount(header: str, value: Any, chars: int = 10) -> Column[RegisterRow]:
        return Column(header, value, ALIGN_RIGHT, currency.amount, width_chars=chars)

    return [
        Column(QT_TRANSLATE_NOOP("RegisterTableModel", "Date"), lambda r: r.date,
               format=lambda day: date_text(day, locale), width_chars=10),
        Column(QT_TRANSLATE_NOOP("RegisterTableModel", "Number"), lambda r: r.number,
               width_chars=15),
        Column(QT_TRANSLATE_NOOP("RegisterTableModel", "Label / counterparty"),
               lambda r: r.label, width_chars=20),
        Column(QT_TRANSLATE_NOOP("RegisterTableModel", "Category"), lambda r: r.category,
               width_chars=14),
        Column(QT_TRANSLATE_NOOP("RegisterTableModel", "Method"),
               lambda r: payment_method_text(r.payment_method) if r.payment_method else "",
               width_chars=9),
        Column(QT_TRANSLATE_NOOP("RegisterTableModel", "Reference"), lambda r: r.reference,
               width_chars=10),
        amount(QT_TRANSLATE_NOOP("RegisterTableModel", "In"), lambda r: r.money_in),
        amount(QT_TRANSLATE_NOOP("RegisterTableModel", "Out"), lambda r: r.money_out),
        amount(QT_TRANSLATE_NOOP("RegisterTableModel", "Net"), lambda r: r.net),
        amount(QT_TRANSLATE_NOOP("RegisterTableModel", "VAT"), lambda r: r.vat, 8),
        amount(QT_TRANSLATE_NOOP("RegisterTableModel", "Stamp duty"), lambda r: r.stamp_duty,
               10),
        Column(QT_TRANSLATE_NOOP("RegisterTableModel", "Balance"), lambda r: r.balance,
               ALIGN_RIGHT, currency.balance, width_chars=11),
        Column(QT_TRANSLATE_NOOP("RegisterTableModel", "Status"), _status_text,
               ALIGN_LEFT, width_chars=8),
    ]


class RegisterTableModel(LazyTableModel[RegisterRow]):
    """The register of one account, read a page at a time. Reversed movements and
    reversals are grey and struck through; a negative balance is red."""

    DATE, NUMBER, LABEL, CATEGORY, METHOD, REFERENCE, IN, OUT, NET, VAT, STAMP_DUTY, \
        BALANCE, STATUS = range(13)

    def __init__(self, open_session: SessionSource, currency: str, locale: str,
                 parent: QObject | None = None) -> None:
        self._currency = _Currency(currency, locale)
        super().__init__(register_columns(self._currency, locale), open_session,
                         translation_context=_REGISTER_CONTEXT, row_style=_row_style,
                         parent=parent)

    def set_currency(self, currency: str) -> None:
        self._currency.code = currency

    @property
    def currency(self) -> str:
        return self._currency.code

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.column() != self.STATUS):
            row = self.row_at(index.row())
            if row is not None and (row.reversed or row.is_reversal):
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() == self.BALANCE):
            row = self.row_at(index.row())
            if row is not None and row.balance is not None and row.balance < 0 \
                    and not (row.reversed or row.is_reversal):
                return QBrush(QColor(NEGATIVE_COLOUR))
        return super().data(index, role)


# --- the categories ------------------------------------------------------------------


class CategoriesModel(QAbstractTableModel):
    """Categories as listed (money in, then money out): name, direction, the account the
    money is booked to, the usual VAT rate and whether they are offered. Retired ones
    are grey."""

    NAME, DIRECTION, ACCOUNT, VAT_RATE, ACTIVE = range(5)

    def __init__(self, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._categories: list[CategoryView] = []

    def set_categories(self, categories: Sequence[CategoryView]) -> None:
        self.beginResetModel()
        self._categories = list(categories)
        self.endResetModel()

    def category_at(self, row: int) -> CategoryView | None:
        return self._categories[row] if 0 <= row < len(self._categories) else None

    def row_of(self, category_id: int) -> int:
        return next((row for row, category in enumerate(self._categories)
                     if category.id == category_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._categories)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Category"), self.tr("Direction"), self.tr("Account"),
                    self.tr("VAT rate (%)"), self.tr("Active"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if section == self.VAT_RATE else ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        category = self.category_at(index.row()) if index.isValid() else None
        if category is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(category, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column == self.VAT_RATE else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole and not category.active:
            return QBrush(QColor(CANCELLED_COLOUR))
        return None

    def _text(self, category: CategoryView, column: int) -> str:
        if column == self.NAME:
            return category.name
        if column == self.DIRECTION:
            return direction_text(category.direction)
        if column == self.ACCOUNT:
            return f"{category.account_code}{SEPARATOR}{category.account_name}"
        if column == self.VAT_RATE:
            return decimal_text(category.vat_rate, self._locale)
        return self.tr("Yes") if category.active else self.tr("No")
