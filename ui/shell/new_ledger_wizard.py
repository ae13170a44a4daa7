"""File ▸ New ledger: the company, its country and chart of accounts, formats and
language, then where to keep the file. Finishing creates the ledger file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import ComptoirError
from app.ledger.chart_templates import TemplateInfo, list_templates
from app.ledger.company import CompanySettings, create_company_ledger
from app.storage.ledger_file import LEDGER_SUFFIX
from ui.shell.company_fields import (
    CurrencyCombo,
    LanguageCombo,
    LocaleCombo,
    MonthCombo,
    currency_display_name,
    interface_language,
    is_known_currency,
    is_known_locale,
    locale_display_name,
    locale_sample,
)
from ui.shell.errors import error_text

#: Style of the inline validation messages under the fields.
MESSAGE_STYLE = "color: #b71c1c;"


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(MESSAGE_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def ledger_file_name(company_name: str) -> str:
    """``Boulangerie Dupont SARL.comptoir``: the company name without characters that
    file systems refuse."""
    cleaned = "".join(ch for ch in company_name if ch not in '<>:"/\\|?*\n\r\t')
    return (cleaned.strip(" .") or "ledger") + LEDGER_SUFFIX


class CompanyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Company"))
        self.setSubTitle(self.tr("Who keeps these books. Everything but the name can be "
                                 "changed later in the settings."))
        self.name_edit = QLineEdit()
        self.address_edit = QPlainTextEdit()
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.registration_edit = QLineEdit()
        self.vat_edit = QLineEdit()
        self.name_message = message_label()
        form = _top_aligned_form(self)
        form.addRow(self.tr("Company &name:"), self.name_edit)
        form.addRow("", self.name_message)
        form.addRow(self.tr("&Address:"), self.address_edit)
        form.addRow(self.tr("&Registration number:"), self.registration_edit)
        form.addRow(self.tr("&VAT number:"), self.vat_edit)
        self.name_edit.textChanged.connect(self._on_name_changed)
        self._touched = False

    def _on_name_changed(self, _text: str) -> None:
        self._touched = True
        self._show_message()
        self.completeChanged.emit()

    def _show_message(self) -> None:
        missing = self._touched and not self.name_edit.text().strip()
        self.name_message.setText(self.tr("The company needs a name.") if missing else "")

    def isComplete(self) -> bool:
        return bool(self.name_edit.text().strip())


class ChartPage(QWizardPage):
    """Country and chart of accounts, currency, formats, fiscal year and language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Country and chart of accounts"))
        self.setSubTitle(self.tr("The chart of accounts, the base currency and the first "
                                 "month of the fiscal year cannot be changed later."))
        self.templates: list[TemplateInfo] = list_templates()
        self.template_combo = QComboBox()
        for template in self.templates:
            self.template_combo.addItem(template.name_in(interface_language()), template.id)
        self.currency_combo = CurrencyCombo()
        self.currency_name = QLabel()
        self.locale_combo = LocaleCombo()
        self.locale_name = QLabel()
        self.locale_sample = QLabel()
        self.month_combo = MonthCombo()
        self.language_combo = LanguageCombo()
        self.language_combo.set_language(interface_language())
        self.message = message_label()

        form = _top_aligned_form(self)
        form.addRow(self.tr("&Chart of accounts:"), self.template_combo)
        form.addRow(self.tr("Base &currency:"), _with_note(self.currency_combo,
                                                           self.currency_name))
        form.addRow(self.tr("Number and date &format:"), _with_note(self.locale_combo,
                                                                    self.locale_name))
        form.addRow(self.tr("Example:"), self.locale_sample)
        form.addRow(self.tr("Fiscal year &starts in:"), self.month_combo)
        form.addRow(self.tr("&Language of documents:"), self.language_combo)
        form.addRow("", self.message)

        self.template_combo.currentIndexChanged.connect(self._apply_template_defaults)
        self.currency_combo.codeChanged.connect(self._on_format_changed)
        self.locale_combo.codeChanged.connect(self._on_format_changed)
        self._apply_template_defaults()

    def template(self) -> TemplateInfo | None:
        index = self.template_combo.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def _apply_template_defaults(self) -> None:
        template = self.template()
        if template is None:
            return
        self.currency_combo.set_code(template.default_currency)
        self.locale_combo.set_code(template.default_locale)
        self._on_format_changed()

    def _on_format_changed(self, _text: str = "") -> None:
        currency = self.currency_combo.code()
        locale = self.locale_combo.code()
        self.currency_name.setText(currency_display_name(currency)
                                   if is_known_currency(currency) else "")
        self.locale_name.setText(locale_display_name(locale))
        self.locale_sample.setText(locale_sample(locale, currency)
                                   if is_known_currency(currency) else "")
        self.message.setText(self.problem() or "")
        self.completeChanged.emit()

    def problem(self) -> str | None:
        if not self.templates:
            return self.tr("No chart of accounts is installed.")
        if not is_known_currency(self.currency_combo.code()):
            return self.tr("“%1” is not an ISO 4217 currency code (for example EUR, RON, "
                           "DZD).").replace("%1", self.currency_combo.code())
        if not is_known_locale(self.locale_combo.code()):
            return self.tr("“%1” is not a known locale (for example fr_FR, ro_RO, "
                           "en_US).").replace("%1", self.locale_combo.code())
        return None

    def isComplete(self) -> bool:
        return self.problem() is None


class FilePage(QWizardPage):
    """Where the ledger file goes; finishing here creates it."""

    def __init__(self, default_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_folder = default_folder
        self.setTitle(self.tr("Ledger file"))
        self.setSubTitle(self.tr("The whole ledger is kept in this one file. Keep it in a "
                                 "folder you back up."))
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.browse_button.clicked.connect(self.browse)
        self.message = message_label()
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("&File:"), buddy=self.path_edit))
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._on_path_changed)
        # Finishing creates the file, so the button says so.
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create"))

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, NewLedgerWizard)
        if not self.path_edit.text().strip():
            name = wizard.company_page.name_edit.text()
            self.path_edit.setText(str(self.default_folder / ledger_file_name(name)))

    def browse(self) -> None:
        current = self.path_edit.text().strip() or str(self.default_folder)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Where to keep the ledger"), current,
            self.tr("Comptoir ledgers (*%1)").replace("%1", LEDGER_SUFFIX),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.path_edit.setText(chosen)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix == LEDGER_SUFFIX else path.with_name(
            path.name + LEDGER_SUFFIX)

    def problem(self) -> str | None:
        path = self.path()
        if path is None:
            return self.tr("Choose where to keep the ledger file.")
        if path.exists():
            return self.tr("A file with this name already exists: choose another name.")
        if path.parent.exists() and not path.parent.is_dir():
            return self.tr("%1 is not a folder.").replace("%1", str(path.parent))
        return None

    def _on_path_changed(self, _text: str) -> None:
        self.message.setText(self.problem() or "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.problem() is None

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, NewLedgerWizard)
        try:
            wizard.create_ledger()
        except ComptoirError as error:
            self.message.setText(error_text(error))
            return False
        except OSError as error:
            self.message.setText(self.tr("The file could not be created: %1")
                                 .replace("%1", error.strerror or str(error)))
            return False
        return True


class NewLedgerWizard(QWizard):
    def __init__(self, parent: QWidget | None = None, *,
                 default_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New ledger"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.company_page = CompanyPage()
        self.chart_page = ChartPage()
        self.file_page = FilePage(default_folder or Path.home())
        self.addPage(self.company_page)
        self.addPage(self.chart_page)
        self.addPage(self.file_page)
        #: The ledger file once created (closed: the main window opens it).
        self.created_path: Path | None = None
        self.resize(640, 480)

    def settings(self) -> CompanySettings:
        template = self.chart_page.template()
        assert template is not None
        company = self.company_page
        chart = self.chart_page
        return CompanySettings(
            name=company.name_edit.text().strip(),
            address=company.address_edit.toPlainText().strip(),
            registration_id=company.registration_edit.text().strip(),
            vat_id=company.vat_edit.text().strip(),
            base_currency=chart.currency_combo.code(),
            locale=chart.locale_combo.code(),
            language=chart.language_combo.language(),
            chart_template=template.id,
            fiscal_year_start_month=chart.month_combo.month(),
        )

    def create_ledger(self) -> Path:
        """Create the ledger file from the pages, then close it for the window to open."""
        path = self.file_page.path()
        assert path is not None
        ledger = create_company_ledger(path, self.settings())
        ledger.close()
        self.created_path = ledger.path
        return ledger.path


def _top_aligned_form(page: QWizardPage) -> QFormLayout:
    """A form at the top of the page; the space left goes below it, not between rows."""
    outer = QVBoxLayout(page)
    form = QFormLayout()
    outer.addLayout(form)
    outer.addStretch(1)
    return form


def _with_note(field: QWidget, note: QLabel) -> QWidget:
    """A field with a grey note on its right (a currency's or a locale's name)."""
    note.setStyleSheet("color: palette(mid);")
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    row.addWidget(note, 1)
    return box
