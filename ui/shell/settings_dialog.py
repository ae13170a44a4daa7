"""File ▸ Settings: the company's editable settings, its logo and lock date, and the
interface language of this computer. Saving is one unit of work."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.errors import ComptoirError
from app.ledger.chart_templates import list_templates
from app.ledger.company import CompanySettings, get_company, set_lock_date, update_company
from app.storage.ledger_file import LedgerFile
from ui.shell import language as ui_language
from ui.shell.company_fields import (
    LANGUAGE_NAMES,
    LanguageCombo,
    LocaleCombo,
    currency_display_name,
    interface_language,
    is_known_locale,
    locale_display_name,
    locale_sample,
    month_names,
)
from ui.shell.errors import error_text
from ui.shell.new_ledger_wizard import message_label

#: Logos larger than this are refused: they go into every document and backup.
MAX_LOGO_BYTES = 2 * 1024 * 1024
LOGO_PREVIEW_SIZE = 96
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
_JPEG_MAGIC = b"\xff\xd8\xff"


def is_png_or_jpeg(data: bytes) -> bool:
    return data.startswith(_PNG_MAGIC) or data.startswith(_JPEG_MAGIC)


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class SettingsDialog(QDialog):
    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._ledger = ledger
        with ledger.read() as session:
            self.original = get_company(session)
        #: The settings as saved, once the dialog was accepted.
        self.saved: CompanySettings | None = None
        self._logo: bytes | None = self.original.logo

        self.name_edit = QLineEdit(self.original.name)
        self.address_edit = QPlainTextEdit(self.original.address)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.registration_edit = QLineEdit(self.original.registration_id)
        self.vat_edit = QLineEdit(self.original.vat_id)
        self.other_ids_edit = QLineEdit(self.original.other_ids)
        self.locale_combo = LocaleCombo()
        self.locale_combo.set_code(self.original.locale)
        self.locale_note = QLabel()
        self.language_combo = LanguageCombo()
        self.language_combo.set_language(self.original.language)

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW_SIZE, LOGO_PREVIEW_SIZE)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_button = QPushButton(self.tr("C&hoose…"))
        self.logo_remove = QPushButton(self.tr("Re&move"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))

        self.lock_edit = QDateEdit()
        self.lock_edit.setCalendarPopup(True)
        self.no_lock = QCheckBox(self.tr("No lock date"))
        self.no_lock.toggled.connect(lambda checked: self.lock_edit.setEnabled(not checked))
        lock_date = self.original.lock_date
        self.lock_edit.setDate(to_qdate(lock_date or clock.today()))
        self.no_lock.setChecked(lock_date is None)
        self.lock_edit.setEnabled(lock_date is not None)

        self.interface_combo = QComboBox()
        self.interface_combo.addItem(self.tr("Same as the company's language"), "")
        for code in ui_language.LANGUAGES:
            self.interface_combo.addItem(
                QCoreApplication.translate("CompanyFields", LANGUAGE_NAMES[code]), code)
        preferred = ui_language.preferred_language() or ""
        self.interface_combo.setCurrentIndex(max(0, self.interface_combo.findData(preferred)))

        self.message = message_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._company_group())
        layout.addWidget(self._books_group())
        layout.addWidget(self._computer_group())
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.locale_combo.codeChanged.connect(self._show_locale_note)
        self._show_locale_note()
        self.set_logo(self._logo)

    # --- layout -------------------------------------------------------------------

    def _company_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Company"))
        form = QFormLayout(group)
        form.addRow(self.tr("Company &name:"), self.name_edit)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("&Registration number:"), self.registration_edit)
        form.addRow(self.tr("&VAT number:"), self.vat_edit)
        form.addRow(self.tr("&Other identifiers:"), self.other_ids_edit)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        buttons = QVBoxLayout()
        buttons.addWidget(self.logo_button)
        buttons.addWidget(self.logo_remove)
        buttons.addStretch(1)
        logo_row.addLayout(buttons)
        logo_row.addStretch(1)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("Number and date &format:"), self.locale_combo)
        form.addRow("", self.locale_note)
        form.addRow(self.tr("&Language of documents:"), self.language_combo)
        return group

    def _books_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Books"))
        form = QFormLayout(group)
        company = self.original
        currency = company.base_currency
        name = currency_display_name(currency)
        form.addRow(self.tr("Base currency:"),
                    _read_only(f"{currency} — {name}" if name else currency))
        form.addRow(self.tr("Chart of accounts:"), _read_only(self._chart_name()))
        form.addRow(self.tr("Fiscal year starts in:"),
                    _read_only(month_names()[company.fiscal_year_start_month - 1]))
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_edit)
        lock_row.addWidget(self.no_lock)
        lock_row.addStretch(1)
        lock_label = QLabel(self.tr("Books &locked up to:"))
        lock_label.setBuddy(self.lock_edit)
        form.addRow(lock_label, lock_row)
        note = QLabel(self.tr("Nothing can be posted on or before the lock date."))
        note.setWordWrap(True)
        form.addRow("", note)
        return group

    def _computer_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("This computer"))
        form = QFormLayout(group)
        form.addRow(self.tr("&Interface language:"), self.interface_combo)
        return group

    def _chart_name(self) -> str:
        for template in list_templates():
            if template.id == self.original.chart_template:
                return template.name_in(interface_language())
        return self.original.chart_template

    def _show_locale_note(self, _code: str = "") -> None:
        code = self.locale_combo.code()
        name = locale_display_name(code)
        sample = locale_sample(code, self.original.base_currency)
        self.locale_note.setText(f"{name} · {sample}" if name and sample else name)

    # --- logo ---------------------------------------------------------------------

    def choose_logo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the company logo"), str(Path.home()),
            self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.load_logo(Path(chosen))

    def load_logo(self, path: Path) -> bool:
        """Read a PNG or JPEG file as the logo; an inline message says why not."""
        try:
            data = path.read_bytes()
        except OSError as error:
            self.message.setText(self.tr("The logo could not be read: %1")
                                 .replace("%1", error.strerror or str(error)))
            return False
        if len(data) > MAX_LOGO_BYTES:
            self.message.setText(self.tr("The logo is too large (2 MB at most)."))
            return False
        if not is_png_or_jpeg(data) or not QPixmap().loadFromData(data):
            self.message.setText(self.tr("The logo must be a PNG or JPEG image."))
            return False
        self.message.setText("")
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(
                LOGO_PREVIEW_SIZE, LOGO_PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(self.tr("No logo"))
        self.logo_remove.setEnabled(data is not None)

    # --- saving -------------------------------------------------------------------

    def lock_date(self) -> dt.date | None:
        return None if self.no_lock.isChecked() else from_qdate(self.lock_edit.date())

    def edited_settings(self) -> CompanySettings:
        return replace(
            self.original,
            name=self.name_edit.text().strip(),
            address=self.address_edit.toPlainText().strip(),
            registration_id=self.registration_edit.text().strip(),
            vat_id=self.vat_edit.text().strip(),
            other_ids=self.other_ids_edit.text().strip(),
            locale=self.locale_combo.code(),
            language=self.language_combo.language(),
            logo=self._logo,
            lock_date=self.lock_date(),
        )

    def problem(self) -> str | None:
        if not self.name_edit.text().strip():
            return self.tr("The company needs a name.")
        if not is_known_locale(self.locale_combo.code()):
            return self.tr("“%1” is not a known locale (for example fr_FR, ro_RO, "
                           "en_US).").replace("%1", self.locale_combo.code())
        return None

    def save(self) -> None:
        """Write the settings and the lock date together, then close."""
        problem = self.problem()
        if problem:
            self.message.setText(problem)
            return
        edited = self.edited_settings()
        try:
            with self._ledger.unit_of_work() as session:
                update_company(session, edited)
                set_lock_date(session, edited.lock_date)
                saved = get_company(session)
        except ComptoirError as error:
            self.message.setText(error_text(error))
            return
        ui_language.set_preferred_language(self.interface_combo.currentData() or None)
        self.saved = saved
        self.accept()


def _read_only(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
