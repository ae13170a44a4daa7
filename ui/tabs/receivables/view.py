"""Layout of the Collections tab: pages for customers (with the selected customer's
history), invoices, payments, the aged balance and dunning. No behaviour here;
``tab.py`` wires it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.receivables.status import INVOICE_STATUSES
from ui.tabs.journal.widgets import make_date_edit
from ui.tabs.receivables.models import (
    CollectionsModel,
    CustomersModel,
    HistoryModel,
    InvoicesModel,
    status_text,
)
from ui.tabs.receivables.widgets import (
    CAPTION_STYLE,
    CustomerCombo,
    list_table,
    notice_label,
    size_model_columns,
    title_label,
)
from ui.tabs.treasury.widgets import PERIOD_PRESETS, OptionalDateEdit


def _button(text: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(text)
    if tooltip:
        button.setToolTip(tooltip)
    return button


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(CAPTION_STYLE)
    return label


class CustomersPage(QWidget):
    """The customers (search, balance, credit, limit, status) above the selected
    customer's history with its running balance."""

    def __init__(self, locale: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search a name, code or tax ID"))
        self.search.setClearButtonEnabled(True)
        self.show_inactive = QCheckBox(self.tr("Show inactive"))
        self.new_button = _button(self.tr("New customer…"))
        self.edit_button = _button(self.tr("Edit…"))
        self.doubtful_button = _button(
            self.tr("Mark doubtful…"),
            self.tr("Move the customer's balance to the doubtful customers account"))
        self.invoice_button = _button(self.tr("New invoice…"))
        self.payment_button = _button(self.tr("Record payment…"))
        self.apply_credit_button = _button(
            self.tr("Apply credit…"), self.tr("Settle open invoices with the customer's "
                                              "unapplied credit"))
        self.refund_button = _button(self.tr("Refund credit…"),
                                     self.tr("Pay the customer's unapplied credit back"))
        self.table = list_table()
        self.count = _caption("")

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.doubtful_button)
        top.addSpacing(12)
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        list_panel = QWidget()
        list_layout = QVBoxLayout(list_panel)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(top)
        list_layout.addWidget(self.table, 1)
        list_layout.addWidget(self.count)

        # The selected customer: its figures, actions and history.
        self.customer_title = title_label("")
        self.customer_figures = QLabel()
        self.customer_figures.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_from = OptionalDateEdit(locale)
        self.history_from.setToolTip(self.tr("From (— : since the first document)"))
        self.history_to = OptionalDateEdit(locale)
        self.history_to.setToolTip(self.tr("To (— : up to today)"))
        self.statement_button = _button(
            self.tr("Statement of account"),
            self.tr("The statement for the dates shown (this year when none), in the "
                    "customer's language"))
        statement_menu = QMenu(self.statement_button)
        self.statement_print_action = statement_menu.addAction(self.tr("Preview and print…"))
        self.statement_save_action = statement_menu.addAction(self.tr("Save as PDF…"))
        self.statement_button.setMenu(statement_menu)
        self.history = list_table()
        self.history_summary = _caption("")
        actions = QHBoxLayout()
        actions.addWidget(self.customer_title)
        actions.addSpacing(12)
        actions.addWidget(self.customer_figures, 1)
        actions.addWidget(self.invoice_button)
        actions.addWidget(self.payment_button)
        actions.addWidget(self.apply_credit_button)
        actions.addWidget(self.refund_button)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("History")))
        dates.addWidget(self.history_from)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.history_to)
        dates.addStretch(1)
        dates.addWidget(self.statement_button)
        history_panel = QFrame()
        history_panel.setFrameShape(QFrame.Shape.StyledPanel)
        history_layout = QVBoxLayout(history_panel)
        history_layout.addLayout(actions)
        history_layout.addLayout(dates)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(self.history_summary)
        self.history_panel = history_panel

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(list_panel)
        splitter.addWidget(history_panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.edit_action = QAction(self.tr("Edit…"), self.table)
        self.doubtful_action = QAction(self.tr("Mark doubtful…"), self.table)
        self.invoice_action = QAction(self.tr("New invoice…"), self.table)
        self.payment_action = QAction(self.tr("Record payment…"), self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.edit_action, self.invoice_action, self.payment_action,
                               self.doubtful_action])

    def size_columns(self, customers: CustomersModel, history: HistoryModel) -> None:
        self.table.setModel(customers)
        size_model_columns(self.table, CustomersModel.NAME)
        self.history.setModel(history)
        size_model_columns(self.history, HistoryModel.DETAILS)


class InvoicesPage(QWidget):
    """Invoices and credit notes with their filters and actions."""

    def __init__(self, locale: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_invoice_button = _button(self.tr("New invoice…"))
        self.new_credit_note_button = _button(self.tr("New credit note…"))
        self.cancel_button = _button(
            self.tr("Cancel invoice…"),
            self.tr("Post a credit note of all its lines that settles what is open"))
        self.payment_button = _button(self.tr("Record payment…"))
        self.import_button = _button(
            self.tr("Import…"), self.tr("Invoices from another sales program (CSV or "
                                        "Excel), with a saved column mapping"))
        actions = QHBoxLayout()
        for button in (self.new_invoice_button, self.new_credit_note_button,
                       self.cancel_button, self.payment_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)

        self.customer = CustomerCombo()
        self.customer.lineEdit().setPlaceholderText(self.tr("All customers"))
        self.customer.lineEdit().setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Invoices and credit notes"), None)
        self.kind.addItem(self.tr("Invoices"), "invoice")
        self.kind.addItem(self.tr("Credit notes"), "credit_note")
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        self.status.addItem(self.tr("Open (unpaid or partially paid)"), "open")
        for status in INVOICE_STATUSES:
            self.status.addItem(status_text(status), status)
        self.period = QComboBox()
        for key, text in PERIOD_PRESETS:
            self.period.addItem(QCoreApplication.translate("Treasury", text), key)
        self.date_from = make_date_edit(locale, today)
        self.date_to = make_date_edit(locale, today)
        self.dates_dash = QLabel("–")
        self.overdue = QCheckBox(self.tr("&Overdue only"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Number"))
        self.number.setClearButtonEnabled(True)
        digit = self.fontMetrics().horizontalAdvance("0")
        self.number.setMaximumWidth(digit * 14)
        for combo in (self.kind, self.status, self.period):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.kind.setMinimumContentsLength(22)
        self.customer.setMinimumContentsLength(18)
        filters = QHBoxLayout()
        filters.addWidget(self.customer, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.status)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Period")))
        filters.addWidget(self.period)
        filters.addWidget(self.date_from)
        filters.addWidget(self.dates_dash)
        filters.addWidget(self.date_to)
        filters.addSpacing(8)
        filters.addWidget(self.overdue)
        filters.addWidget(self.number)

        self.table = list_table()
        self.summary = _caption("")
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

        self.view_action = QAction(self.tr("Open"), self.table)
        self.cancel_action = QAction(self.tr("Cancel invoice…"), self.table)
        self.payment_action = QAction(self.tr("Record payment…"), self.table)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions([self.view_action, self.payment_action, self.cancel_action])

    def size_columns(self, model: InvoicesModel) -> None:
        self.table.setModel(model)
        size_model_columns(self.table, InvoicesModel.CUSTOMER)


class PaymentsPage(QWidget):
    """Payments received, with their receipts."""

    def __init__(self, locale: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record_button = _button(self.tr("Record payment…"))
        self.print_button = _button(
            self.tr("Print receipt"), self.tr("Print the selected payment's receipt (a "
                                              "copy after the first is a duplicate)"))
        self.preview_button = _button(self.tr("Preview receipt"))
        self.cancel_button = _button(
            self.tr("Cancel payment…"),
            self.tr("Reverse a payment recorded by mistake; its receipt prints void"))
        actions = QHBoxLayout()
        for button in (self.record_button, self.print_button, self.preview_button,
                       self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.customer = CustomerCombo()
        self.customer.lineEdit().setPlaceholderText(self.tr("All customers"))
        self.customer.lineEdit().setClearButtonEnabled(True)
        self.period = QComboBox()
        for key, text in PERIOD_PRESETS:
            self.period.addItem(QCoreApplication.translate("Treasury", text), key)
        self.date_from = make_date_edit(locale, today)
        self.date_to = make_date_edit(locale, today)
        self.dates_dash = QLabel("–")
        filters = QHBoxLayout()
        filters.addWidget(self.customer, 2)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Period")))
        filters.addWidget(self.period)
        filters.addWidget(self.date_from)
        filters.addWidget(self.dates_dash)
        filters.addWidget(self.date_to)
        filters.addStretch(1)

        self.table = list_table()
        self.summary = _caption("")
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def size_columns(self, model: CollectionsModel) -> None:
        self.table.setModel(model)
        size_model_columns(self.table, CollectionsModel.REFERENCE)


class CollectionsView(QWidget):
    CUSTOMERS, INVOICES, PAYMENTS = range(3)
    #: Pages added by the tab: their indexes, once added.
    AGED = DUNNING = -1

    def __init__(self, locale: str, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notice = notice_label()
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.customers = CustomersPage(locale, today)
        self.invoices = InvoicesPage(locale, today)
        self.payments = PaymentsPage(locale, today)
        self.pages.addTab(self.customers, self.tr("Customers"))
        self.pages.addTab(self.invoices, self.tr("Invoices"))
        self.pages.addTab(self.payments, self.tr("Payments"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)

    def add_page(self, page: QWidget, title: str) -> int:
        return self.pages.addTab(page, title)
