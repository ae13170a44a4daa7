"""Document settings: the page format each kind of voucher prints on (A4, A5 or an
80 mm receipt-printer roll). Saved in the ledger, in one unit of work."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app.errors import ComptoirError
from app.storage.ledger_file import LedgerFile
from app.treasury.vouchers import KINDS, PAGE_FORMATS, page_format, set_page_format
from ui.shell.errors import show_error
from ui.tabs.vouchers.models import kind_text

FORMAT_NAMES: dict[str, str] = {
    "A4": QT_TRANSLATE_NOOP("DocumentSettingsDialog", "A4 (210 × 297 mm)"),
    "A5": QT_TRANSLATE_NOOP("DocumentSettingsDialog", "A5 (148 × 210 mm)"),
    "80mm": QT_TRANSLATE_NOOP("DocumentSettingsDialog", "80 mm receipt roll"),
}


def format_text(name: str) -> str:
    if name not in FORMAT_NAMES:
        return name
    return QCoreApplication.translate("DocumentSettingsDialog", FORMAT_NAMES[name])


class DocumentSettingsDialog(QDialog):
    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.setWindowTitle(self.tr("Document settings"))
        with ledger.read() as session:
            current = {kind: page_format(session, kind) for kind in KINDS}
        self.formats: dict[str, QComboBox] = {}
        intro = QLabel(self.tr("The paper each kind of document is printed on."))
        intro.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(intro)
        for kind in KINDS:
            combo = QComboBox()
            for name in PAGE_FORMATS:
                combo.addItem(format_text(name), name)
            combo.setCurrentIndex(combo.findData(current[kind]))
            self.formats[kind] = combo
            form.addRow(kind_text(kind), combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 48)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def chosen(self) -> dict[str, str]:
        return {kind: str(combo.currentData()) for kind, combo in self.formats.items()}

    def accept(self) -> None:
        try:
            with self._ledger.unit_of_work() as session:
                for kind, name in self.chosen().items():
                    set_page_format(session, kind, name)
        except ComptoirError as error:
            show_error(self, error)
            return
        super().accept()
