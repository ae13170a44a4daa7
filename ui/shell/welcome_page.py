"""What the window shows when no ledger is open: create, open, or reopen a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    recentRequested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Welcome to Comptoir"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel(self.tr(
            "Each company keeps its books in one ledger file. Create a new ledger or "
            "open an existing one."))
        self.subtitle.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New ledger…"))
        self.open_button = QPushButton(self.tr("Open a ledger…"))
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        self.recent_title = QLabel(self.tr("Recent ledgers"))
        self.recent_title.setFont(_bold(self.recent_title))
        self.recent_box = QVBoxLayout()
        self.recent_box.setSpacing(2)
        self.no_recent = QLabel(self.tr("No ledger opened yet."))
        self.recent_buttons: list[QPushButton] = []

        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.subtitle)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(18)
        column.addWidget(_separator())
        column.addWidget(self.recent_title)
        column.addWidget(self.no_recent)
        column.addLayout(self.recent_box)
        column.addStretch(1)

        frame = QWidget()
        frame.setLayout(column)
        frame.setMaximumWidth(640)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 32, 32, 32)
        outer.addStretch(1)
        outer.addWidget(frame, 3)
        outer.addStretch(1)

    def set_recent_files(self, paths: list[Path]) -> None:
        for button in self.recent_buttons:
            self.recent_box.removeWidget(button)
            button.hide()  # deleteLater waits for the event loop; hide it now
            button.deleteLater()
        self.recent_buttons = []
        for path in paths:
            button = QPushButton(f"{path.stem}    —    {path}")
            button.setToolTip(str(path))
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 4px;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, p=path: self.recentRequested.emit(p))
            self.recent_box.addWidget(button)
            self.recent_buttons.append(button)
        self.no_recent.setVisible(not paths)


def _bold(label: QLabel) -> QFont:
    font = label.font()
    font.setBold(True)
    return font


def _separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
