"""The Collections tab: customers and their history, invoices and credit notes,
payments and receipts, the aged balance and dunning.

Each user action is one unit of work (a dialog posts, or the tab logs a print), then
the tab re-reads what it shows. Dialogs open without blocking (``open()``); the tab
reacts when they are accepted.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from app import clock
from app.documents.receipts import PrintedReceipt, preview_receipt, print_receipt
from app.documents.reports import render_statement_pdf
from app.errors import ComptoirError
from app.i18n import format_number
from app.ledger.company import get_company
from app.ledger.journals import journal_revision
from app.receivables.customers import CustomerView, list_customers
from app.receivables.history import customer_history
from app.receivables.invoices import (
    CREDIT_LIMIT_EXCEEDED,
    InvoiceFilter,
    InvoiceView,
    list_invoices,
)
from app.receivables.payments import CollectionView, list_collections
from app.receivables.statements import statement
from app.receivables.status import open_credits, open_invoices
from app.storage.ledger_file import LedgerFile
from app.treasury.movements import CASH_LIMIT_EXCEEDED
from ui.common import printing
from ui.common.formatting import money_text
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import date_of, set_date
from ui.tabs.receivables.aged_balance import AgedBalancePage
from ui.tabs.receivables.dialogs.cancel_invoice_dialog import CancelInvoiceDialog
from ui.tabs.receivables.dialogs.credit_dialogs import (
    ApplyCreditDialog,
    CancelPaymentDialog,
    RefundDialog,
)
from ui.tabs.receivables.dialogs.customer_dialog import CustomerDialog
from ui.tabs.receivables.dialogs.doubtful_dialog import DoubtfulDialog
from ui.tabs.receivables.dialogs.import_dialog import ImportDialog
from ui.tabs.receivables.dialogs.invoice_dialog import InvoiceDialog
from ui.tabs.receivables.dialogs.invoice_view_dialog import InvoiceViewDialog
from ui.tabs.receivables.dialogs.payment_dialog import PaymentDialog
from ui.tabs.receivables.dunning import DunningPage
from ui.tabs.receivables.models import (
    CollectionsModel,
    CustomerRow,
    CustomersModel,
    HistoryModel,
    HistoryRow,
    InvoicesModel,
    days_late,
)
from ui.tabs.receivables.view import CollectionsView, InvoicesPage, PaymentsPage
from ui.tabs.treasury.tab import safe_file_stem
from ui.tabs.treasury.widgets import period_range

#: Typing in the search field waits this long for a pause before querying.
SEARCH_DEBOUNCE_MS = 300
DEFAULT_PERIOD = "this_year"
#: The invoice and payment lists show at most this many rows (newest first).
LIST_LIMIT = 2_000
PAYMENTS_LIMIT = 500
#: Errors a print can end with; anything else is a bug and surfaces.
PRINT_ERRORS = (ComptoirError, printing.PdfError, ValueError, OSError)


class CollectionsTab(QWidget):
    def __init__(self, ledger: LedgerFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        with ledger.read() as session:
            company = get_company(session)
        self._locale = company.locale
        self._currency = company.base_currency
        self._language = company.language
        self._today = clock.today()
        self._revision = -1
        self._customers: list[CustomerView] = []

        self.view = CollectionsView(self._locale, self._today, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.customers_model = CustomersModel(self._currency, self._locale, self)
        self.history_model = HistoryModel(self._currency, self._locale, self)
        self.invoices_model = InvoicesModel(self._currency, self._locale, self._today, self)
        self.payments_model = CollectionsModel(self._currency, self._locale, self)
        self.view.customers.size_columns(self.customers_model, self.history_model)
        self.view.invoices.size_columns(self.invoices_model)
        self.view.payments.size_columns(self.payments_model)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)

        self.aged = AgedBalancePage(ledger, self._currency, self._locale, self._language,
                                    self._today)
        self.view.AGED = self.view.add_page(self.aged, self.tr("Aged balance"))
        self.dunning = DunningPage(ledger, self._currency, self._locale, self._today)
        self.view.DUNNING = self.view.add_page(self.dunning, self.tr("Dunning"))
        #: Pages to re-read when they are next shown.
        self._stale_pages: set[QWidget] = {self.aged, self.dunning}

        self._set_period(self.view.invoices.period, DEFAULT_PERIOD)
        self._apply_period(self.view.invoices)
        self._set_period(self.view.payments.period, DEFAULT_PERIOD)
        self._apply_period(self.view.payments)
        self._connect()
        self.refresh()

    # --- wiring -----------------------------------------------------------------

    def _connect(self) -> None:
        self.view.pages.currentChanged.connect(self._on_page)
        self.aged.documentRequested.connect(self.show_document)
        self.dunning.historyChanged.connect(self.refresh_history)
        customers = self.view.customers
        customers.search.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.refresh_customers)
        customers.show_inactive.toggled.connect(self.refresh_customers)
        customers.new_button.clicked.connect(self.new_customer)
        customers.edit_button.clicked.connect(self.edit_customer)
        customers.edit_action.triggered.connect(self.edit_customer)
        customers.table.doubleClicked.connect(self.edit_customer)
        customers.doubtful_button.clicked.connect(self.mark_doubtful)
        customers.doubtful_action.triggered.connect(self.mark_doubtful)
        customers.invoice_button.clicked.connect(self.new_invoice_for_customer)
        customers.invoice_action.triggered.connect(self.new_invoice_for_customer)
        customers.payment_button.clicked.connect(self.record_payment_for_customer)
        customers.payment_action.triggered.connect(self.record_payment_for_customer)
        customers.apply_credit_button.clicked.connect(self.apply_credit)
        customers.refund_button.clicked.connect(self.refund_credit)
        customers.statement_print_action.triggered.connect(self.print_statement)
        customers.statement_save_action.triggered.connect(self.save_statement)
        customers.table.selectionModel().selectionChanged.connect(self._on_customer_selected)
        customers.history_from.dateChanged.connect(self.refresh_history)
        customers.history_to.dateChanged.connect(self.refresh_history)

        invoices = self.view.invoices
        invoices.new_invoice_button.clicked.connect(lambda: self.new_invoice("invoice"))
        invoices.new_credit_note_button.clicked.connect(
            lambda: self.new_invoice("credit_note"))
        invoices.cancel_button.clicked.connect(self.cancel_invoice)
        invoices.cancel_action.triggered.connect(self.cancel_invoice)
        invoices.payment_button.clicked.connect(self.record_payment_for_invoice)
        invoices.payment_action.triggered.connect(self.record_payment_for_invoice)
        invoices.import_button.clicked.connect(self.import_invoices)
        invoices.table.selectionModel().selectionChanged.connect(self._update_buttons)
        invoices.table.doubleClicked.connect(self.view_invoice)
        invoices.view_action.triggered.connect(self.view_invoice)
        invoices.customer.currentIndexChanged.connect(self.refresh_invoices)
        invoices.customer.lineEdit().editingFinished.connect(self._on_invoice_customer_typed)
        invoices.kind.currentIndexChanged.connect(self.refresh_invoices)
        invoices.status.currentIndexChanged.connect(self.refresh_invoices)
        invoices.overdue.toggled.connect(self.refresh_invoices)
        invoices.number.textChanged.connect(self.refresh_invoices)
        invoices.period.currentIndexChanged.connect(lambda: self._on_period(invoices))
        invoices.date_from.dateChanged.connect(lambda: self._on_dates_edited(invoices))
        invoices.date_to.dateChanged.connect(lambda: self._on_dates_edited(invoices))

        payments = self.view.payments
        payments.record_button.clicked.connect(lambda: self.record_payment())
        payments.print_button.clicked.connect(self.print_selected_receipt)
        payments.preview_button.clicked.connect(self.preview_selected_receipt)
        payments.cancel_button.clicked.connect(self.cancel_payment)
        payments.table.selectionModel().selectionChanged.connect(self._update_buttons)
        payments.table.doubleClicked.connect(self.preview_selected_receipt)
        payments.customer.currentIndexChanged.connect(self.refresh_payments)
        payments.customer.lineEdit().editingFinished.connect(self._on_payment_customer_typed)
        payments.period.currentIndexChanged.connect(lambda: self._on_period(payments))
        payments.date_from.dateChanged.connect(lambda: self._on_dates_edited(payments))
        payments.date_to.dateChanged.connect(lambda: self._on_dates_edited(payments))

    # --- reading the ledger -------------------------------------------------------

    def refresh(self) -> None:
        """Re-read everything the tab shows."""
        with self._ledger.read() as session:
            self._revision = journal_revision(session)
            self._customers = list_customers(session, include_inactive=True)
        for combo in (self.view.invoices.customer, self.view.payments.customer):
            with QSignalBlocker(combo):
                combo.set_customers(self._customers)
        self.refresh_customers()
        self.refresh_invoices()
        self.refresh_payments()
        self._stale_pages.update((self.aged, self.dunning))
        self._on_page()
        self._update_buttons()

    def _on_page(self, *_args: object) -> None:
        """Pages that compute over the whole ledger are read when they are shown."""
        page = self.view.pages.currentWidget()
        if page in self._stale_pages:
            self._stale_pages.discard(page)
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    def show_document(self, customer_id: int, number: str) -> None:
        """The invoices page, filtered on one customer's document."""
        page = self.view.invoices
        with QSignalBlocker(page.customer), QSignalBlocker(page.number), \
                QSignalBlocker(page.status), QSignalBlocker(page.overdue), \
                QSignalBlocker(page.kind), QSignalBlocker(page.period):
            page.customer.set_customer_id(customer_id)
            page.number.setText(number)
            page.status.setCurrentIndex(0)
            page.kind.setCurrentIndex(0)
            page.overdue.setChecked(False)
            page.period.setCurrentIndex(page.period.findData("all"))
        self._apply_period(page)
        self.refresh_invoices()
        self.view.pages.setCurrentWidget(page)
        if self.invoices_model.rowCount():
            page.table.selectRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        # Payments and entries posted in other tabs change balances and statuses.
        super().showEvent(event)
        with self._ledger.read() as session:
            changed = journal_revision(session) != self._revision
        if changed:
            self.refresh()

    def _after_change(self) -> None:
        """What a posting changes: every list (balances, statuses, history)."""
        self.refresh()

    def show_notice(self, text: str) -> None:
        self.view.notice.setText(text)
        self.view.notice.setVisible(bool(text))

    def _money(self, minor: int) -> str:
        return money_text(minor, self._currency, self._locale, with_symbol=True)

    # --- customers ----------------------------------------------------------------

    def refresh_customers(self) -> None:
        self._search_timer.stop()
        page = self.view.customers
        selected = self.selected_customer()
        with self._ledger.read() as session:
            customers = list_customers(session, search=page.search.text() or None,
                                       include_inactive=page.show_inactive.isChecked())
            owed: dict[int, int] = defaultdict(int)
            for invoice in open_invoices(session):
                owed[invoice.customer_id] += invoice.open_amount
            credit: dict[int, int] = defaultdict(int)
            for item in open_credits(session):
                credit[item.customer_id] += item.available
        self.customers_model.set_rows([CustomerRow(c, owed[c.id], credit[c.id])
                                       for c in customers])
        rows = self.customers_model.rows()
        page.count.setText(self.tr("Customers: %1 · they owe %2 · credit held %3")
                           .replace("%1", format_number(len(rows), self._locale))
                           .replace("%2", self._money(sum(r.open_amount for r in rows)))
                           .replace("%3", self._money(sum(r.credit for r in rows))))
        if selected is not None:
            self.select_customer(selected.id)
        else:
            self._on_customer_selected()

    def selected_customer_row(self) -> CustomerRow | None:
        model = self.view.customers.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.customers_model.row_at(rows[0].row()) if rows else None

    def selected_customer(self) -> CustomerView | None:
        row = self.selected_customer_row()
        return row.customer if row is not None else None

    def select_customer(self, customer_id: int) -> bool:
        row = self.customers_model.row_of(customer_id)
        if row < 0:
            self.view.customers.table.clearSelection()
            self._on_customer_selected()
            return False
        self.view.customers.table.selectRow(row)
        self._on_customer_selected()
        return True

    def _on_customer_selected(self, *_args: object) -> None:
        row = self.selected_customer_row()
        page = self.view.customers
        if row is None:
            page.customer_title.setText(self.tr("No customer selected"))
            page.customer_figures.setText("")
        else:
            page.customer_title.setText(row.customer.name)
            figures = self.tr("Open invoices %1 · credit %2 · balance %3").replace(
                "%1", self._money(row.open_amount)).replace(
                "%2", self._money(row.credit)).replace("%3", self._money(row.balance))
            if row.customer.credit_limit is not None:
                figures += " · " + self.tr("limit %1").replace(
                    "%1", self._money(row.customer.credit_limit))
            page.customer_figures.setText(figures)
        self.refresh_history()
        self._update_buttons()

    def refresh_history(self) -> None:
        page = self.view.customers
        customer = self.selected_customer()
        if customer is None:
            self.history_model.set_rows([])
            page.history_summary.setText("")
            return
        date_from = page.history_from.optional_date()
        date_to = page.history_to.optional_date()
        with self._ledger.read() as session:
            history = customer_history(session, customer_id=customer.id,
                                       date_from=date_from, date_to=date_to)
        rows = [HistoryRow(None, history.opening_balance, date_from)] if date_from else []
        rows += [HistoryRow(item, item.balance) for item in history.items]
        self.history_model.set_rows(rows)
        page.history.scrollToBottom()
        page.history_summary.setText(self.tr("%1 events · balance %2").replace(
            "%1", format_number(len(history.items), self._locale)).replace(
            "%2", self._money(history.closing_balance)))

    def new_customer(self) -> CustomerDialog:
        dialog = CustomerDialog(self._ledger, parent=self)
        dialog.accepted.connect(lambda: self._customer_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_customer(self, *_args: object) -> CustomerDialog | None:
        customer = self.selected_customer()
        if customer is None:
            return None
        dialog = CustomerDialog(self._ledger, customer, parent=self)
        dialog.accepted.connect(lambda: self._customer_saved(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _customer_saved(self, dialog: CustomerDialog) -> None:
        saved = dialog.saved
        self.refresh()
        if saved is not None and not self.select_customer(saved.id):
            # A new customer hidden by the search: clear it so the customer shows.
            self.view.customers.search.clear()
            self.refresh_customers()
            self.select_customer(saved.id)

    def mark_doubtful(self) -> DoubtfulDialog | None:
        row = self.selected_customer_row()
        if row is None or row.customer.doubtful:
            return None
        dialog = DoubtfulDialog(self._ledger, row.customer, row.balance, clock.today(),
                                self._currency, self._locale, self)
        dialog.accepted.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def apply_credit(self) -> ApplyCreditDialog | None:
        customer = self.selected_customer()
        if customer is None:
            return None
        dialog = ApplyCreditDialog(self._ledger, customer, self)
        dialog.accepted.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def refund_credit(self) -> RefundDialog | None:
        customer = self.selected_customer()
        if customer is None:
            return None
        dialog = RefundDialog(self._ledger, customer, self)
        dialog.accepted.connect(lambda: self._refunded(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _refunded(self, dialog: RefundDialog) -> None:
        self._after_change()
        if dialog.result_ is not None:
            self._show_treasury_warnings(dialog.result_.warnings)

    def statement_dates(self) -> tuple[dt.date, dt.date]:
        """The period of the statement: the history's dates, else from the first of
        January to today."""
        page = self.view.customers
        date_to = page.history_to.optional_date() or clock.today()
        date_from = page.history_from.optional_date() or dt.date(date_to.year, 1, 1)
        return min(date_from, date_to), date_to

    def statement_pdf(self) -> tuple[bytes, str] | None:
        """The selected customer's statement of account for the history's dates, in
        the customer's language, and a title for it."""
        customer = self.selected_customer()
        if customer is None:
            return None
        date_from, date_to = self.statement_dates()
        try:
            with self._ledger.read() as session:
                document = statement(session, customer_id=customer.id, date_from=date_from,
                                     date_to=date_to)
                pdf = render_statement_pdf(document, company=get_company(session))
        except PRINT_ERRORS as error:
            show_error(self, error)
            return None
        title = self.tr("Statement %1 %2").replace("%1", customer.name).replace(
            "%2", date_to.isoformat())
        return pdf, title

    def print_statement(self) -> bytes | None:
        """Preview the statement (it can be printed from there)."""
        made = self.statement_pdf()
        if made is None:
            return None
        pdf, title = made
        try:
            printing.print_pdf(pdf, self, preview=True, title=title)
        except printing.PdfError as error:
            show_error(self, error)
        return pdf

    def save_statement(self) -> Path | None:
        made = self.statement_pdf()
        if made is None:
            return None
        pdf, title = made
        try:
            return printing.save_pdf(pdf, self, f"{safe_file_stem(title)}.pdf",
                                     self._ledger.path.parent)
        except OSError as error:
            show_error(self, error)
            return None

    # --- invoices -------------------------------------------------------------------

    @staticmethod
    def _set_period(combo: QComboBox, preset: str) -> None:
        index = combo.findData(preset)
        if index >= 0:
            with QSignalBlocker(combo):
                combo.setCurrentIndex(index)

    def _apply_period(self, page: InvoicesPage | PaymentsPage) -> None:
        preset = str(page.period.currentData())
        if preset != "custom":
            start, end = period_range(preset, self._today)
            with QSignalBlocker(page.date_from), QSignalBlocker(page.date_to):
                if start is not None and end is not None:
                    set_date(page.date_from, start)
                    set_date(page.date_to, end)
        dated = preset != "all"
        for widget in (page.date_from, page.date_to, page.dates_dash):
            widget.setVisible(dated)

    def _on_period(self, page: InvoicesPage | PaymentsPage) -> None:
        self._apply_period(page)
        self._refilter(page)

    def _on_dates_edited(self, page: InvoicesPage | PaymentsPage) -> None:
        with QSignalBlocker(page.period):
            page.period.setCurrentIndex(page.period.findData("custom"))
        self._refilter(page)

    def _refilter(self, page: InvoicesPage | PaymentsPage) -> None:
        if page is self.view.invoices:
            self.refresh_invoices()
        else:
            self.refresh_payments()

    @staticmethod
    def _dates(page: InvoicesPage | PaymentsPage) -> tuple[dt.date | None, dt.date | None]:
        if page.period.currentData() == "all":
            return None, None
        return date_of(page.date_from), date_of(page.date_to)

    def _on_invoice_customer_typed(self) -> None:
        if not self.view.invoices.customer.currentText().strip():
            self.view.invoices.customer.setCurrentIndex(-1)
        self.refresh_invoices()

    def _on_payment_customer_typed(self) -> None:
        if not self.view.payments.customer.currentText().strip():
            self.view.payments.customer.setCurrentIndex(-1)
        self.refresh_payments()

    def invoice_filter(self) -> InvoiceFilter:
        page = self.view.invoices
        date_from, date_to = self._dates(page)
        status = page.status.currentData()
        overdue = page.overdue.isChecked()
        return InvoiceFilter(
            customer_id=page.customer.customer_id(),
            kind="invoice" if overdue else page.kind.currentData(),
            status=status if status in ("unpaid", "partially_paid", "paid") else None,
            date_from=date_from, date_to=date_to,
            due_to=self._today - dt.timedelta(days=1) if overdue else None,
            number=page.number.text().strip() or None)

    def refresh_invoices(self, *_args: object) -> None:
        page = self.view.invoices
        selected = self.selected_invoice()
        only_open = page.status.currentData() == "open" or page.overdue.isChecked()
        with self._ledger.read() as session:
            invoices = list_invoices(session, self.invoice_filter(), limit=LIST_LIMIT)
        if only_open:
            invoices = [v for v in invoices if v.open_amount > 0 and not v.is_credit_note]
        self.invoices_model.today = self._today
        self.invoices_model.set_rows(invoices)
        if selected is not None and (row := self.invoices_model.row_of(selected.id)) >= 0:
            page.table.selectRow(row)
        owed = sum(v.open_amount for v in invoices if not v.is_credit_note)
        late = sum(v.open_amount for v in invoices if days_late(v, self._today))
        text = self.tr("Documents: %1 · open %2 · overdue %3").replace(
            "%1", format_number(len(invoices), self._locale)).replace(
            "%2", self._money(owed)).replace("%3", self._money(late))
        if len(invoices) >= LIST_LIMIT:
            text += " · " + self.tr("only the latest are shown: narrow the filters")
        page.summary.setText(text)
        self._update_buttons()

    def selected_invoice(self) -> InvoiceView | None:
        model = self.view.invoices.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.invoices_model.row_at(rows[0].row()) if rows else None

    def select_invoice(self, invoice_id: int) -> bool:
        row = self.invoices_model.row_of(invoice_id)
        if row >= 0:
            self.view.invoices.table.selectRow(row)
        return row >= 0

    def new_invoice(self, kind: str = "invoice", customer_id: int | None = None
                    ) -> InvoiceDialog:
        dialog = InvoiceDialog(self._ledger, kind, customer_id=customer_id, parent=self)
        dialog.accepted.connect(lambda: self._invoice_posted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_invoice_for_customer(self) -> InvoiceDialog:
        customer = self.selected_customer()
        return self.new_invoice("invoice", customer.id if customer else None)

    def _invoice_posted(self, dialog: InvoiceDialog) -> None:
        result = dialog.result_
        self._after_change()
        if result is None:
            return
        invoice = result.invoice
        self.select_invoice(invoice.id)
        if dialog.over_credit_limit:
            customer = next((c for c in self._customers if c.id == invoice.customer_id), None)
            limit = customer.credit_limit if customer else None
            shown = self.customer_row(invoice.customer_id)
            owed = shown.balance if shown is not None else None
            self.show_notice(self.tr(
                "Invoice %1 is posted, and takes %2 over its credit limit of %3 (it owes "
                "%4 now).").replace("%1", invoice.number).replace("%2", invoice.customer_name)
                .replace("%3", self._money(limit or 0))
                .replace("%4", self._money(owed) if owed is not None else "?"))
        else:
            self.show_notice("")

    def view_invoice(self, *_args: object) -> InvoiceViewDialog | None:
        """The selected invoice with its lines, settlement and reminders."""
        invoice = self.selected_invoice()
        if invoice is None:
            return None
        dialog = InvoiceViewDialog(self._ledger, invoice.id, self._locale, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def cancel_invoice(self) -> CancelInvoiceDialog | None:
        invoice = self.selected_invoice()
        if invoice is None or invoice.is_credit_note:
            return None
        dialog = CancelInvoiceDialog(self._ledger, invoice, clock.today(), self._locale, self)
        dialog.accepted.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_invoices(self) -> ImportDialog:
        dialog = ImportDialog(self._ledger, self)
        dialog.accepted.connect(lambda: self._imported(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _imported(self, dialog: ImportDialog) -> None:
        result = dialog.result_
        self._after_change()
        if result is None:
            return
        text = self.tr("Imported: %1 invoices and %2 credit notes; %3 new customers.").replace(
            "%1", str(result.invoices)).replace("%2", str(result.credit_notes)).replace(
            "%3", str(result.customers_created))
        over = [number for number, warning in result.warnings
                if warning == CREDIT_LIMIT_EXCEEDED]
        if over:
            text += " " + self.tr("Over the credit limit: %1.").replace("%1", ", ".join(over))
        self.show_notice(text)

    # --- payments ---------------------------------------------------------------------

    def refresh_payments(self, *_args: object) -> None:
        page = self.view.payments
        selected = self.selected_payment()
        date_from, date_to = self._dates(page)
        with self._ledger.read() as session:
            payments = list_collections(session, customer_id=page.customer.customer_id(),
                                        date_from=date_from, date_to=date_to,
                                        limit=PAYMENTS_LIMIT)
        self.payments_model.set_rows(payments)
        if selected is not None and (row := self.payments_model.row_of(selected.id)) >= 0:
            page.table.selectRow(row)
        valid = [p for p in payments if not p.is_cancelled]
        text = self.tr("Payments: %1 · received %2 · on account %3").replace(
            "%1", format_number(len(payments), self._locale)).replace(
            "%2", self._money(sum(p.amount for p in valid))).replace(
            "%3", self._money(sum(p.unapplied for p in valid)))
        if len(payments) >= PAYMENTS_LIMIT:
            text += " · " + self.tr("only the latest are shown: narrow the filters")
        page.summary.setText(text)
        self._update_buttons()

    def selected_payment(self) -> CollectionView | None:
        model = self.view.payments.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.payments_model.row_at(rows[0].row()) if rows else None

    def record_payment(self, customer_id: int | None = None) -> PaymentDialog:
        dialog = PaymentDialog(self._ledger, customer_id=customer_id, parent=self)
        dialog.accepted.connect(lambda: self._payment_recorded(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def record_payment_for_customer(self) -> PaymentDialog:
        customer = self.selected_customer()
        return self.record_payment(customer.id if customer else None)

    def record_payment_for_invoice(self) -> PaymentDialog:
        invoice = self.selected_invoice()
        return self.record_payment(invoice.customer_id if invoice else None)

    def _payment_recorded(self, dialog: PaymentDialog) -> None:
        result = dialog.result_
        self._after_change()
        if result is None:
            return
        collection = result.collection
        if (row := self.payments_model.row_of(collection.id)) >= 0:
            self.view.payments.table.selectRow(row)
        self.select_customer(collection.customer_id)
        notes = []
        if collection.unapplied:
            notes.append(self.tr("%1 stays as credit of %2, to apply or refund later.")
                         .replace("%1", self._money(collection.unapplied))
                         .replace("%2", collection.customer_name))
        self.show_notice(" ".join(notes))
        self._show_treasury_warnings(result.warnings)
        if dialog.printed is not None:
            self.print_document(dialog.printed)

    def _show_treasury_warnings(self, warnings: tuple[str, ...]) -> None:
        if CASH_LIMIT_EXCEEDED in warnings:
            text = self.tr("The cash box now holds more than its limit: take money to the "
                           "bank.")
            current = self.view.notice.text() if self.view.notice.isVisible() else ""
            self.show_notice(f"{current} {text}".strip())

    def print_document(self, printed: PrintedReceipt) -> bool:
        """Preview, or send straight to the printer when the user chose that."""
        try:
            return printing.print_pdf(printed.pdf, self, preview=not printing.print_directly(),
                                      title=printed.receipt.number)
        except printing.PdfError as error:
            show_error(self, error)
            return False

    def print_selected_receipt(self) -> PrintedReceipt | None:
        """Log one more print of the receipt (a duplicate after the first) and print."""
        payment = self.selected_payment()
        if payment is None or payment.receipt_id is None:
            return None
        try:
            with self._ledger.unit_of_work() as session:
                printed = print_receipt(session, payment.receipt_id)
        except PRINT_ERRORS as error:
            show_error(self, error)
            return None
        self.print_document(printed)
        return printed

    def preview_selected_receipt(self, *_args: object) -> printing.PdfViewDialog | None:
        """The receipt as its next print would look; nothing is logged."""
        payment = self.selected_payment()
        if payment is None or payment.receipt_id is None:
            return None
        try:
            with self._ledger.read() as session:
                pdf = preview_receipt(session, payment.receipt_id)
            return printing.view_pdf(pdf, self, title=payment.receipt_number or "")
        except PRINT_ERRORS as error:
            show_error(self, error)
            return None

    def cancel_payment(self) -> CancelPaymentDialog | None:
        payment = self.selected_payment()
        if payment is None or payment.is_cancelled:
            return None
        dialog = CancelPaymentDialog(self._ledger, payment, self._locale, self._currency,
                                     self)
        dialog.accepted.connect(self._after_change)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- buttons ------------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected_customer_row()
        customers = self.view.customers
        has_customer = row is not None
        for widget in (customers.edit_button, customers.edit_action,
                       customers.statement_button):
            widget.setEnabled(has_customer)
        can_doubt = row is not None and not row.customer.doubtful
        customers.doubtful_button.setEnabled(can_doubt)
        customers.doubtful_action.setEnabled(can_doubt)
        customers.apply_credit_button.setEnabled(
            row is not None and row.credit > 0 and row.open_amount > 0)
        customers.refund_button.setEnabled(row is not None and row.credit > 0)
        customers.history_panel.setEnabled(has_customer)

        invoice = self.selected_invoice()
        can_cancel = invoice is not None and not invoice.is_credit_note
        self.view.invoices.cancel_button.setEnabled(can_cancel)
        self.view.invoices.cancel_action.setEnabled(can_cancel)

        payment = self.selected_payment()
        has_receipt = payment is not None and payment.receipt_id is not None
        self.view.payments.print_button.setEnabled(has_receipt)
        self.view.payments.preview_button.setEnabled(has_receipt)
        self.view.payments.cancel_button.setEnabled(
            payment is not None and not payment.is_cancelled)

    # --- for tests and the shell ----------------------------------------------------

    def customer_row(self, customer_id: int) -> CustomerRow | None:
        row = self.customers_model.row_of(customer_id)
        return self.customers_model.row_at(row) if row >= 0 else None
