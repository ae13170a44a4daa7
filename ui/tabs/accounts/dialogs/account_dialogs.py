"""Adding a sub-account and renaming an account. The dialogs only collect and check
the input; the tab runs the change as one unit of work."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QFocusEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.ledger.accounts import AccountView
from app.ledger.chart_templates import ACCOUNT_TYPES
from ui.common.account_picker import SEPARATOR
from ui.tabs.accounts.models import account_type_text

_HINT_STYLE = "color: #c62828;"


class _CodeEdit(QLineEdit):
    """Keeps the parent's code when focused: the user types the digits that follow
    (a plain line edit would select it all, and the first key would erase it)."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.deselect()
        self.end(False)


def _ok_cancel() -> QDialogButtonBox:
    return QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)


class AddAccountDialog(QDialog):
    """A sub-account of ``parent_account``: its code extends the parent's code."""

    def __init__(self, parent_account: AccountView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parent_account = parent_account
        self.setWindowTitle(self.tr("Add sub-account"))
        self.code = _CodeEdit(parent_account.code)
        # Digits only: account codes are numbers that extend their parent's.
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{1,20}"),
                                                           self.code))
        self.name = QLineEdit()
        self.type = QComboBox()
        for account_type in ACCOUNT_TYPES:
            self.type.addItem(account_type_text(account_type), account_type)
        self.type.setCurrentIndex(max(self.type.findData(parent_account.type), 0))
        self.hint = QLabel()
        self.hint.setStyleSheet(_HINT_STYLE)
        self.buttons = _ok_cancel()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QFormLayout(self)
        layout.addRow(self.tr("Parent account"),
                      QLabel(f"{parent_account.code}{SEPARATOR}{parent_account.name}"))
        layout.addRow(self.tr("Code"), self.code)
        layout.addRow(self.tr("Name"), self.name)
        layout.addRow(self.tr("Type"), self.type)
        layout.addRow(self.hint)
        layout.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 50)

        self.code.textChanged.connect(self._update)
        self.name.textChanged.connect(self._update)
        self._update()
        self.code.setFocus()

    def problem(self) -> str | None:
        """Why the input cannot be accepted yet, or ``None``."""
        code, parent_code = self.account_code(), self.parent_account.code
        if not code.startswith(parent_code) or len(code) <= len(parent_code):
            return self.tr("The code must start with %1 and be longer").replace(
                "%1", parent_code)
        if not self.account_name():
            return self.tr("The account needs a name")
        return None

    def _update(self) -> None:
        problem = self.problem()
        self.hint.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    def account_code(self) -> str:
        return self.code.text().strip()

    def account_name(self) -> str:
        return self.name.text().strip()

    def account_type(self) -> str:
        return str(self.type.currentData())


class RenameAccountDialog(QDialog):
    def __init__(self, account: AccountView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setWindowTitle(self.tr("Rename account %1").replace("%1", account.code))
        self.name = QLineEdit(account.name)
        self.name.selectAll()
        self.buttons = _ok_cancel()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Code"), QLabel(account.code))
        layout.addRow(self.tr("Name"), self.name)
        layout.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 50)
        self.name.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        name = self.account_name()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(name) and name != self.account.name)

    def account_name(self) -> str:
        return self.name.text().strip()
