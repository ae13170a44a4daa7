"""A customer, new or edited: who it is (name, code, address, country, tax
identifiers, contacts) and how it is reminded (letter language, payment terms, credit
limit, dunning level). The tax identifiers are checked by the service (python-stdnum):
a refusal is shown and the dialog keeps what was typed, with the field focused."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from babel import Locale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ComptoirError
from app.ledger.company import get_company
from app.receivables.customers import (
    CustomerInput,
    CustomerView,
    company_country,
    create_customer,
    update_customer,
)
from app.storage.ledger_file import LedgerFile
from ui.common.money_edit import MoneyEdit
from ui.shell import language as ui_language
from ui.shell.errors import show_error
from ui.tabs.treasury.widgets import hint_label
from ui.tabs.vouchers.form import language_name

#: The languages letters, statements and receipts are written in.
LETTER_LANGUAGES = ("fr", "ro", "en")


@cache
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(ISO code, name in ``language``) of every country, by name."""
    territories = Locale.parse(language).territories
    pairs = [(str(code), str(name)) for code, name in territories.items()
             if len(str(code)) == 2 and str(code).isalpha()]
    return tuple(sorted(pairs, key=lambda pair: pair[1].casefold()))


class CustomerDialog(QDialog):
    def __init__(self, ledger: LedgerFile, customer: CustomerView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self.customer = customer
        #: The customer as saved, once accepted.
        self.saved: CustomerView | None = None
        with ledger.read() as session:
            company = get_company(session)
        self._company_country = company_country(company.locale)
        self._company_language = company.language
        self._build(company.base_currency, company.locale)
        self._lay_out()
        self._connect()
        if customer is not None:
            self._load(customer)
        else:
            self._set_country(self._company_country)
            self._set_language(company.language)
        self._update()
        self.name.setFocus()

    # --- widgets ----------------------------------------------------------------

    def _build(self, currency: str, locale: str) -> None:
        self.setWindowTitle(self.tr("New customer") if self.customer is None
                            else self.tr("Customer %1").replace("%1", self.customer.name))
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Its code in the sales program (optional)"))
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.country = QComboBox()
        self.country.setEditable(False)
        interface = ui_language.current_language() or self._company_language
        for code, name in country_names(interface if interface in LETTER_LANGUAGES else "en"):
            self.country.addItem(f"{name} ({code})", code)
        self.registration_id = QLineEdit()
        self.vat_id = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()

        self.language = QComboBox()
        for code in LETTER_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.terms = QSpinBox()
        self.terms.setRange(0, 3650)
        self.terms.setValue(30)
        self.terms.setSuffix(self.tr(" days"))
        self.credit_limit = MoneyEdit(currency, locale)
        self.credit_limit.setPlaceholderText(self.tr("No limit"))
        self.max_level = QComboBox()
        self.max_level.addItem(self.tr("Never remind"), 0)
        self.max_level.addItem(self.tr("Up to level 1"), 1)
        self.max_level.addItem(self.tr("Up to level 2"), 2)
        self.max_level.addItem(self.tr("Up to level 3 (all letters)"), 3)
        self.max_level.setCurrentIndex(3)
        self.excluded = QCheckBox(self.tr("E&xcluded from dunning runs"))
        self.active = QCheckBox(self.tr("&Active"))
        self.active.setChecked(True)

        self.hint = hint_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))

    def _lay_out(self) -> None:
        identity = QFormLayout()
        identity.addRow(self.tr("&Name"), self.name)
        identity.addRow(self.tr("C&ode"), self.code)
        identity.addRow(self.tr("Addr&ess"), self.address)
        identity.addRow(self.tr("Co&untry"), self.country)
        identity.addRow(self.tr("&Registration ID"), self.registration_id)
        identity.addRow(self.tr("&VAT number"), self.vat_id)
        identity.addRow(self.tr("E-&mail"), self.email)
        identity.addRow(self.tr("&Phone"), self.phone)

        collection = QFormLayout()
        collection.addRow(self.tr("&Letter language"), self.language)
        collection.addRow(self.tr("Payment &terms"), self.terms)
        collection.addRow(self.tr("Credit l&imit"), self.credit_limit)
        collection.addRow(self.tr("&Dunning"), self.max_level)
        collection.addRow("", self.excluded)
        collection.addRow("", self.active)

        left = QGroupBox(self.tr("Customer"))
        left.setLayout(identity)
        right = QGroupBox(self.tr("Collection"))
        right.setLayout(collection)
        right_column = QVBoxLayout()
        right_column.addWidget(right)
        right_column.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(left, 3)
        columns.addLayout(right_column, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 105)
        order: list[QWidget] = [
            self.name, self.code, self.address, self.country, self.registration_id,
            self.vat_id, self.email, self.phone, self.language, self.terms,
            self.credit_limit, self.max_level, self.excluded, self.active, self.buttons]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _connect(self) -> None:
        self.name.textChanged.connect(self._update)
        self.credit_limit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _set_country(self, code: str) -> None:
        index = self.country.findData(code)
        if index >= 0:
            self.country.setCurrentIndex(index)

    def _set_language(self, code: str) -> None:
        index = self.language.findData(code)
        self.language.setCurrentIndex(index if index >= 0 else 0)

    def _load(self, customer: CustomerView) -> None:
        self.name.setText(customer.name)
        self.code.setText(customer.code or "")
        self.address.setPlainText(customer.address)
        self._set_country(customer.country)
        self.registration_id.setText(customer.registration_id)
        self.vat_id.setText(customer.vat_id)
        self.email.setText(customer.email)
        self.phone.setText(customer.phone)
        self._set_language(customer.language)
        self.terms.setValue(customer.payment_terms_days)
        self.credit_limit.set_minor(customer.credit_limit)
        self.max_level.setCurrentIndex(self.max_level.findData(customer.max_dunning_level))
        self.excluded.setChecked(customer.excluded_from_dunning)
        self.active.setChecked(customer.active)

    # --- checks and saving --------------------------------------------------------

    def problem(self) -> str | None:
        if not self.name.text().strip():
            return self.tr("Type the customer's name.")
        if not self.credit_limit.is_valid():
            return self.tr("“%1” is not a valid amount.").replace(
                "%1", self.credit_limit.text())
        return None

    def _update(self) -> None:
        problem = self.problem()
        # An empty new form is not an error yet: the button says it all.
        self.hint.setText(problem if problem and self.name.text().strip() else "")
        self.ok_button.setEnabled(problem is None)

    def customer_input(self) -> CustomerInput:
        return CustomerInput(
            name=self.name.text(), address=self.address.toPlainText(),
            country=str(self.country.currentData() or self._company_country),
            registration_id=self.registration_id.text(), vat_id=self.vat_id.text(),
            language=str(self.language.currentData()),
            payment_terms_days=self.terms.value(),
            credit_limit=self.credit_limit.minor(),
            max_dunning_level=int(self.max_level.currentData()),
            excluded_from_dunning=self.excluded.isChecked(),
            email=self.email.text(), phone=self.phone.text(),
            code=self.code.text().strip() or None, active=self.active.isChecked())

    def _field_widget(self, field: str) -> QWidget | None:
        return {"name": self.name, "code": self.code, "country": self.country,
                "registration_id": self.registration_id, "vat_id": self.vat_id,
                "email": self.email, "credit_limit": self.credit_limit,
                "payment_terms_days": self.terms, "language": self.language,
                "max_dunning_level": self.max_level}.get(field)

    def accept(self) -> None:
        if self.problem() is not None:
            return
        data = self.customer_input()
        try:
            with self._ledger.unit_of_work() as session:
                if self.customer is None:
                    self.saved = create_customer(session, data)
                else:
                    self.saved = update_customer(session, customer_id=self.customer.id,
                                                 data=data)
        except ComptoirError as error:
            show_error(self, error)  # nothing was saved; what was typed stays
            widget = self._field_widget(str(error.details.get("field", "")))
            if widget is None and error.code == "receivables.duplicate_customer_code":
                widget = self.code
            if widget is not None:
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
            return
        super().accept()
