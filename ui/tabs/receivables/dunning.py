"""The dunning page of the Collections tab: a run as of a date proposes, per customer,
the invoices to remind and the level each has reached (or why none); the bookkeeper
unticks customers or invoices, changes levels, records actions (calls, promises,
disputes), then validates: the run is numbered, one letter per customer is recorded
with its invoices and levels, and the letters are printed as one PDF, in one unit of
work. Past runs can be printed again."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.documents.letters import render_letters_pdf
from app.errors import ComptoirError
from app.receivables.dunning import (
    LEVELS,
    DunningRunView,
    list_runs,
    propose_run,
    validate_run,
)
from app.receivables.status import open_invoices
from app.storage.ledger_file import LedgerFile
from ui.common import printing
from ui.common.formatting import date_text, money_text
from ui.shell.errors import show_error
from ui.tabs.journal.widgets import compact_rows, date_of, make_date_edit
from ui.tabs.receivables.dialogs.action_dialog import ActionDialog
from ui.tabs.receivables.models import (
    DunningCustomersModel,
    DunningDraft,
    DunningInvoicesModel,
    RowColumn,
    RowsModel,
    level_text,
)
from ui.tabs.receivables.widgets import CAPTION_STYLE, list_table, size_columns

AnyIndex = QModelIndex | QPersistentModelIndex
LETTER_FORMATS = ("A4", "A5")
#: Errors validating or printing can end with; anything else is a bug and surfaces.
RUN_ERRORS = (ComptoirError, printing.PdfError, ValueError, OSError)


class LevelDelegate(QStyledItemDelegate):
    """A combo of the levels, and "left out"."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem("—", None)
        for level in LEVELS:
            combo.addItem(level_text(level), level)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RunsModel(RowsModel[Any]):
    def __init__(self, currency: str, locale: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = (
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Run"), lambda run: run.number,
                      width_chars=15),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "As of"),
                      lambda run: date_text(run.as_of, locale), width_chars=10),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Letters"),
                      lambda run: str(run.letters), Qt.AlignmentFlag.AlignRight
                      | Qt.AlignmentFlag.AlignVCenter, 6),
            RowColumn(QT_TRANSLATE_NOOP("Receivables", "Claimed"),
                      lambda run: money_text(run.total_due, currency, locale),
                      Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, 12),
        )


class DunningPage(QWidget):
    #: A run was validated or an action recorded: customer histories changed.
    historyChanged = Signal()

    def __init__(self, ledger: LedgerFile, currency: str, locale: str, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ledger = ledger
        self._currency = currency
        self._locale = locale
        self._today = today
        self.draft: DunningDraft | None = None
        #: The last run validated here, and its letters.
        self.last_run: DunningRunView | None = None
        self.last_pdf: bytes | None = None
        self._build(today)
        self._connect()

    # --- layout -----------------------------------------------------------------

    def _build(self, today: dt.date) -> None:
        self.as_of = make_date_edit(self._locale, today)
        self.propose_button = QPushButton(self.tr("&Propose"))
        self.propose_button.setToolTip(self.tr("Review every open invoice as of the date"))
        self.page_format = QComboBox()
        for name in LETTER_FORMATS:
            self.page_format.addItem(name, name)
        self.validate_button = QPushButton(self.tr("&Validate and print the letters…"))
        self.validate_button.setToolTip(self.tr(
            "Number the run, record one letter per ticked customer and print them"))
        as_of_label = QLabel(self.tr("&As of"))
        as_of_label.setBuddy(self.as_of)
        controls = QHBoxLayout()
        controls.addWidget(as_of_label)
        controls.addWidget(self.as_of)
        controls.addWidget(self.propose_button)
        controls.addStretch(1)
        controls.addWidget(QLabel(self.tr("Paper")))
        controls.addWidget(self.page_format)
        controls.addWidget(self.validate_button)

        self.customers_model = DunningCustomersModel(self._currency, self._locale, self)
        self.customers = list_table()
        self.customers.setModel(self.customers_model)
        size_columns(self.customers, DunningCustomersModel.WIDTHS,
                     DunningCustomersModel.CUSTOMER)
        self.summary = QLabel()
        self.summary.setStyleSheet(CAPTION_STYLE)

        self.invoices_model = DunningInvoicesModel(self._currency, self._locale, self)
        self.invoices = QTableView()
        self.invoices.setModel(self.invoices_model)
        self.invoices.setItemDelegateForColumn(DunningInvoicesModel.LEVEL,
                                               LevelDelegate(self.invoices))
        self.invoices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.invoices.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.invoices.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.SelectedClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.invoices.setAlternatingRowColors(True)
        self.invoices.verticalHeader().hide()
        compact_rows(self.invoices)
        size_columns(self.invoices, DunningInvoicesModel.WIDTHS, DunningInvoicesModel.REASON)
        self.invoices_title = QLabel()
        self.action_button = QPushButton(self.tr("Record an &action…"))
        self.action_button.setToolTip(self.tr("A call, a visit, a promise to pay, a dispute "
                                              "(disputed invoices are not reminded)"))
        invoices_top = QHBoxLayout()
        invoices_top.addWidget(self.invoices_title, 1)
        invoices_top.addWidget(self.action_button)

        self.runs_model = RunsModel(self._currency, self._locale, self)
        self.runs = list_table()
        self.runs.setModel(self.runs_model)
        size_columns(self.runs, [c.width_chars for c in self.runs_model.columns], 0)
        self.reprint_button = QPushButton(self.tr("Print the letters again"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.customers, 3)
        left_layout.addWidget(self.summary)
        left_layout.addLayout(invoices_top)
        left_layout.addWidget(self.invoices, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Past runs")))
        right_layout.addWidget(self.runs, 1)
        right_layout.addWidget(self.reprint_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1200, 330])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.propose_button.clicked.connect(self.propose)
        self.as_of.dateChanged.connect(self.propose)
        self.validate_button.clicked.connect(self.validate)
        self.customers.selectionModel().selectionChanged.connect(self._on_customer)
        self.customers_model.changed.connect(self._update)
        self.invoices_model.changed.connect(self._on_lines_changed)
        self.action_button.clicked.connect(self.record_action)
        self.runs.selectionModel().selectionChanged.connect(self._update)
        self.runs.doubleClicked.connect(self.reprint_selected_run)
        self.reprint_button.clicked.connect(self.reprint_selected_run)

    # --- the proposal -------------------------------------------------------------

    def day(self) -> dt.date:
        return date_of(self.as_of)

    def refresh(self) -> None:
        self.propose()

    def propose(self) -> None:
        """Review every open invoice as of the date (what the bookkeeper changed is
        dropped: the proposal starts afresh)."""
        selected = self.selected_customer()
        try:
            with self._ledger.read() as session:
                proposal = propose_run(session, as_of=self.day())
                runs = list_runs(session)
        except ComptoirError as error:
            show_error(self, error)
            return
        self.draft = DunningDraft(proposal)
        self.customers_model.set_draft(self.draft)
        self.runs_model.set_rows(runs)
        row = self.customers_model.row_of(selected.customer_id) if selected else -1
        self.customers.selectRow(max(row, 0))
        self._on_customer()

    def selected_customer(self) -> Any:
        model = self.customers.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.customers_model.customer_at(rows[0].row()) if rows else None

    def select_customer(self, customer_id: int) -> bool:
        row = self.customers_model.row_of(customer_id)
        if row >= 0:
            self.customers.selectRow(row)
        return row >= 0

    def _on_customer(self, *_args: object) -> None:
        customer = self.selected_customer()
        self.invoices_model.set_customer(self.draft, customer)
        if customer is None:
            self.invoices_title.setText(self.tr("No customer to remind as of this date."))
        else:
            balance = customer.balance
            self.invoices_title.setText(self.tr(
                "%1: open invoices %2, credit %3, balance %4").replace(
                "%1", customer.name).replace("%2", self._money(balance.open_invoices))
                .replace("%3", self._money(balance.unapplied_credit))
                .replace("%4", self._money(balance.balance)))
        self._update()

    def _on_lines_changed(self, customer_id: int) -> None:
        self.customers_model.refresh_row(customer_id)
        self._update()

    def _money(self, minor: int) -> str:
        return money_text(minor, self._currency, self._locale, with_symbol=True)

    def _update(self, *_args: object) -> None:
        draft = self.draft
        letters = draft.letters() if draft else 0
        claimed = sum(draft.amount_due(c) for c in draft.customers
                      if c.customer_id in draft.included and draft.chosen(c)) if draft else 0
        self.summary.setText(self.tr("Letters to send: %1 · claimed %2").replace(
            "%1", str(letters)).replace("%2", self._money(claimed)))
        self.validate_button.setEnabled(letters > 0)
        self.action_button.setEnabled(self.selected_customer() is not None)
        self.reprint_button.setEnabled(self.selected_run() is not None)

    # --- actions ------------------------------------------------------------------

    def record_action(self) -> ActionDialog | None:
        customer = self.selected_customer()
        if customer is None:
            return None
        rows = self.invoices.selectionModel().selectedRows()
        review = self.invoices_model.review_at(rows[0].row()) if rows else None
        with self._ledger.read() as session:
            invoices = open_invoices(session, customer_id=customer.customer_id)
        dialog = ActionDialog(self._ledger, customer.customer_id, customer.name, invoices,
                              self._today, self._currency, self._locale,
                              invoice_id=review.invoice_id if review else None, parent=self)
        dialog.accepted.connect(self.propose)  # a dispute changes the proposal
        dialog.accepted.connect(self.historyChanged.emit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- validating and printing --------------------------------------------------------

    def validate(self) -> DunningRunView | None:
        """Ask, then number the run, record its letters and print them (one unit of
        work: the run and its letters are recorded only with the PDF made)."""
        draft = self.draft
        if draft is None or not draft.letters():
            return None
        answer = QMessageBox.question(
            self, self.tr("Dunning run"),
            self.tr("Send %1 letters as of %2? The run takes its number and each letter is "
                    "recorded with the invoices it reminds.").replace(
                "%1", str(draft.letters())).replace("%2", date_text(self.day(), self._locale)))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        page_format = str(self.page_format.currentData())
        try:
            with self._ledger.unit_of_work() as session:
                run = validate_run(session, as_of=self.day(), lines=draft.lines())
                pdf = render_letters_pdf(session, run.id, page_format)
        except RUN_ERRORS as error:
            show_error(self, error)
            return None
        self.last_run, self.last_pdf = run, pdf
        self.propose()
        self.historyChanged.emit()
        self.print_letters(pdf, run.number)
        return run

    def print_letters(self, pdf: bytes, title: str) -> bool:
        try:
            return printing.print_pdf(pdf, self, preview=not printing.print_directly(),
                                      title=title)
        except printing.PdfError as error:
            show_error(self, error)
            return False

    def selected_run(self) -> Any:
        model = self.runs.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self.runs_model.row_at(rows[0].row()) if rows else None

    def reprint_selected_run(self, *_args: object) -> bytes | None:
        run = self.selected_run()
        if run is None:
            return None
        try:
            with self._ledger.read() as session:
                pdf = render_letters_pdf(session, run.id, str(self.page_format.currentData()))
        except RUN_ERRORS as error:
            show_error(self, error)
            return None
        self.print_letters(pdf, run.number)
        return pdf
