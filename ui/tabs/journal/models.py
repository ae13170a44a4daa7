"""Qt item models of the journal tab: the lazy journal table, the editable lines of a new
entry, the read-only lines of a posted entry, and the list of drafts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from app.ledger.drafts import DraftLineInput, DraftView
from app.ledger.journal_view import JournalRow
from app.ledger.posting import LineInput, PostedLine
from ui.common.account_picker import SEPARATOR, AccountChoice
from ui.common.formatting import date_text, money_text
from ui.common.lazy_table import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    Column,
    LazyTableModel,
    RowStyle,
    SessionSource,
)
from ui.common.list_model import ListField, ListModel

AnyIndex = QModelIndex | QPersistentModelIndex

#: Reversed entries and reversals are drawn in grey italics: still in the books, but
#: cancelled out.
CANCELLED_STYLE = RowStyle(italic=True, foreground="#7a7a7a")
ERROR_COLOUR = "#c62828"

_JOURNAL_CONTEXT = "JournalTableModel"

# Marked for lupdate here; translated when painted (the context must be a literal).
_REVERSAL = QT_TRANSLATE_NOOP("JournalTableModel", "Reversal")
_REVERSED = QT_TRANSLATE_NOOP("JournalTableModel", "Reversed")


def _status_text(row: JournalRow) -> str:
    if row.reversal_of_id is not None:
        return QCoreApplication.translate(_JOURNAL_CONTEXT, str(_REVERSAL))
    if row.reversed:
        return QCoreApplication.translate(_JOURNAL_CONTEXT, str(_REVERSED))
    return ""


def _row_style(row: JournalRow) -> RowStyle | None:
    return CANCELLED_STYLE if row.reversed or row.reversal_of_id is not None else None


def journal_columns(currency: str, locale: str) -> list[Column[JournalRow]]:
    """The journal table's columns; amounts in the base currency, blank when zero."""

    def amount(minor: int) -> str:
        return money_text(minor, currency, locale) if minor else ""

    return [
        Column(QT_TRANSLATE_NOOP("JournalTableModel", "Date"), lambda r: r.date,
               format=lambda day: date_text(day, locale), width_chars=11),
        Column(QT_TRANSLATE_NOOP("JournalTableModel", "Number"), lambda r: r.number,
               width_chars=16),
        Column(QT_TRANSLATE_NOOP("JournalTableModel", "Journal"), lambda r: r.journal,
               width_chars=7),
        Column(QT_TRANSLATE_NOOP("JournalTableModel", "Account"),
               lambda r: f"{r.account_code} {r.account_name}", width_chars=26),
        Column(QT_TRANSLATE_NOOP("JournalTableModel", "Label"), lambda r: r.label,
               width_chars=30),
        Column(QT_TRANSLATE_NOOP("JournalTableModel", "Debit"), lambda r: r.debit,
               ALIGN_RIGHT, amount, width_chars=15),
        Column(QT_TRANSLATE_NOOP("JournalTableModel", "Credit"), lambda r: r.credit,
               ALIGN_RIGHT, amount, width_chars=15),
        Column(QT_TRANSLATE_NOOP("JournalTableModel", "Status"), _status_text,
               width_chars=10),
    ]


class JournalTableModel(LazyTableModel[JournalRow]):
    """The filtered journal, one row per line, read a page at a time."""

    LABEL_COLUMN = 4

    def __init__(self, open_session: SessionSource, currency: str, locale: str,
                 parent: QObject | None = None) -> None:
        super().__init__(journal_columns(currency, locale), open_session,
                         translation_context=_JOURNAL_CONTEXT, row_style=_row_style,
                         parent=parent)


# --- the lines of a new entry -------------------------------------------------------


@dataclass(frozen=True)
class EditableLine:
    """One line of the entry being typed; ``account`` is whatever code was entered."""

    account: str = ""
    label: str = ""
    debit: int = 0
    credit: int = 0

    @property
    def is_blank(self) -> bool:
        return not (self.account or self.label or self.debit or self.credit)

    @property
    def has_amount(self) -> bool:
        return bool(self.debit or self.credit)


class EntryLinesModel(QAbstractTableModel):
    """The editable grid of a new entry. A blank line always waits at the end, so the
    user can keep typing without asking for a new line."""

    ACCOUNT, LABEL, DEBIT, CREDIT = range(4)

    #: Emitted after any change to the lines (totals, validity may have changed).
    linesChanged = Signal()

    def __init__(self, choices: Sequence[AccountChoice], currency: str, locale: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = {choice.code: choice.name for choice in choices}
        self._currency = currency
        self._locale = locale
        self._lines: list[EditableLine] = [EditableLine()]

    # --- reading ----------------------------------------------------------------

    def lines(self) -> list[EditableLine]:
        return list(self._lines)

    def totals(self) -> tuple[int, int]:
        """(total debit, total credit) in minor units."""
        return (sum(line.debit for line in self._lines),
                sum(line.credit for line in self._lines))

    def amount_lines(self) -> list[EditableLine]:
        return [line for line in self._lines if line.has_amount]

    def is_known_account(self, code: str) -> bool:
        return code in self._names

    def problem_rows(self) -> list[int]:
        """Rows that cannot be posted: an amount without a known account, or an
        account code that is not a postable account."""
        return [
            row for row, line in enumerate(self._lines)
            if (line.has_amount and not self.is_known_account(line.account))
            or (line.account and not self.is_known_account(line.account))
        ]

    def posting_lines(self) -> list[LineInput]:
        return [LineInput(account=line.account, debit=line.debit, credit=line.credit,
                          label=line.label.strip())
                for line in self.amount_lines()]

    def draft_lines(self) -> list[DraftLineInput]:
        return [DraftLineInput(account=line.account, debit=line.debit, credit=line.credit,
                               label=line.label.strip())
                for line in self._lines if not line.is_blank]

    # --- changing ---------------------------------------------------------------

    def load(self, lines: Sequence[EditableLine]) -> None:
        self.beginResetModel()
        self._lines = [line for line in lines if not line.is_blank] + [EditableLine()]
        self.endResetModel()
        self.linesChanged.emit()

    def insert_line(self, row: int) -> None:
        """A blank line at ``row`` (clamped to the grid)."""
        row = max(0, min(row, len(self._lines)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.insert(row, EditableLine())
        self.endInsertRows()
        self.linesChanged.emit()

    def remove_line(self, row: int) -> None:
        if not 0 <= row < len(self._lines):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._lines[row]
        self.endRemoveRows()
        self._keep_blank_line_at_end()
        self.linesChanged.emit()

    def _keep_blank_line_at_end(self) -> None:
        if not self._lines or not self._lines[-1].is_blank:
            row = len(self._lines)
            self.beginInsertRows(QModelIndex(), row, row)
            self._lines.append(EditableLine())
            self.endInsertRows()

    def _balancing_amounts(self, row: int) -> tuple[int, int]:
        """(debit, credit) that would balance the entry on ``row``."""
        debit, credit = self.totals()
        line = self._lines[row]
        difference = (debit - line.debit) - (credit - line.credit)
        return (0, difference) if difference > 0 else (-difference, 0)

    def _with_value(self, row: int, column: int, value: Any) -> EditableLine:
        line = self._lines[row]
        if column == self.ACCOUNT:
            changed = replace(line, account=str(value or "").strip())
            # A new line for a known account takes the amount that balances the entry,
            # as accountants expect; typing an amount overrides it.
            if (not line.account and not line.has_amount
                    and self.is_known_account(changed.account)):
                debit, credit = self._balancing_amounts(row)
                changed = replace(changed, debit=debit, credit=credit)
            return changed
        if column == self.LABEL:
            return replace(line, label=str(value or ""))
        amount = int(value or 0)
        if amount < 0:  # a negative debit is a credit, and the other way round
            column = self.CREDIT if column == self.DEBIT else self.DEBIT
            amount = -amount
        if column == self.DEBIT:
            return replace(line, debit=amount, credit=0 if amount else line.credit)
        return replace(line, credit=amount, debit=0 if amount else line.debit)

    # --- QAbstractTableModel ----------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Account"), self.tr("Label"), self.tr("Debit"),
                    self.tr("Credit"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if section in (self.DEBIT, self.CREDIT) else ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return (line.account, line.label, line.debit, line.credit)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column in (self.DEBIT, self.CREDIT) else ALIGN_LEFT
        if (role == Qt.ItemDataRole.ForegroundRole and column == self.ACCOUNT
                and line.account and not self.is_known_account(line.account)):
            return QBrush(QColor(ERROR_COLOUR))
        if (role == Qt.ItemDataRole.ToolTipRole and column == self.ACCOUNT
                and line.account and not self.is_known_account(line.account)):
            return self.tr("No postable account with this code")
        return None

    def _display(self, line: EditableLine, column: int) -> str:
        if column == self.ACCOUNT:
            name = self._names.get(line.account)
            return f"{line.account}{SEPARATOR}{name}" if name else line.account
        if column == self.LABEL:
            return line.label
        amount = line.debit if column == self.DEBIT else line.credit
        return money_text(amount, self._currency, self._locale) if amount else ""

    def setData(self, index: AnyIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = index.row()
        changed = self._with_value(row, index.column(), value)
        if changed == self._lines[row]:
            return True
        self._lines[row] = changed
        self.dataChanged.emit(self.index(row, 0), self.index(row, 3))
        self._keep_blank_line_at_end()
        self.linesChanged.emit()
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemNeverHasChildren)


# --- read-only tables ---------------------------------------------------------------


_Field = ListField
_ReadOnlyTableModel = ListModel


class PostedLinesModel(_ReadOnlyTableModel):
    """The lines of a posted entry, as stored."""

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        def amount(minor: int) -> str:
            return money_text(minor, currency, locale) if minor else ""

        super().__init__([
            _Field(self.tr("Account"), lambda ln: ln.account_code),
            _Field(self.tr("Name"), lambda ln: ln.account_name),
            _Field(self.tr("Label"), lambda ln: ln.label),
            _Field(self.tr("Debit"), lambda ln: amount(ln.base_debit), right=True),
            _Field(self.tr("Credit"), lambda ln: amount(ln.base_credit), right=True),
        ], parent)

    def set_lines(self, lines: Sequence[PostedLine]) -> None:
        self.set_rows(lines)


class DraftsModel(_ReadOnlyTableModel):
    """Saved drafts: date, journal, label, number of lines and what is left to balance."""

    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__([
            _Field(self.tr("Date"), lambda d: date_text(d.date, locale)),
            _Field(self.tr("Journal"), lambda d: d.journal),
            _Field(self.tr("Label"), lambda d: d.label),
            _Field(self.tr("Lines"), lambda d: str(len(d.lines)), right=True),
            _Field(self.tr("Difference"),
                   lambda d: money_text(d.difference, currency, locale) if d.difference
                   else "", right=True),
        ], parent)

    def set_drafts(self, drafts: Sequence[DraftView]) -> None:
        self.set_rows(drafts)

    def draft_at(self, row: int) -> DraftView | None:
        draft: DraftView | None = self.row_at(row)
        return draft
