"""The Collections tab over a real ledger (offscreen): a customer created in its dialog,
two invoices typed into the invoice dialog, a payment recorded against both by typing
the amount and accepting the proposed allocation (statuses read back through the
services, the receipt's PDF text checked), an overpayment left as customer credit,
the credit-limit warning, doubtful customers, cancelled invoices and payments."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.receivables.customers import get_customer, list_customers
from app.receivables.invoices import InvoiceFilter, find_invoice, list_invoices
from app.receivables.payments import list_collections
from app.receivables.receipts import get_receipt
from app.receivables.status import open_credits
from tests.ui.tabs.receivables.conftest import (
    NOV_23,
    CollectionBooks,
    click,
    make_tab,
    plain,
)
from ui.tabs.receivables.dialogs.customer_dialog import CustomerDialog
from ui.tabs.receivables.dialogs.invoice_dialog import InvoiceDialog
from ui.tabs.receivables.dialogs.payment_dialog import PaymentDialog
from ui.tabs.receivables.models import AllocationModel, CustomersModel, InvoicesModel
from ui.tabs.receivables.tab import CollectionsTab

SEP_1 = dt.date(2026, 9, 1)
OCT_15 = dt.date(2026, 10, 15)


def focused():
    # A completion popup takes the keys while it is open, as with a real keyboard.
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def type_keys(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClick(focused(), char)


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def wait_active(qtbot, dialog) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def customers_cell(tab: CollectionsTab, customer_id: int, column: int) -> str:
    row = tab.customers_model.row_of(customer_id)
    return plain(tab.customers_model.index(row, column).data())


def type_invoice(qtbot, dialog: InvoiceDialog, number: str, day: dt.date,
                 lines: list[tuple[str, str, str, str]]) -> None:
    """Number, date and lines from the keyboard: label, account, net, VAT rate (an
    empty account or rate keeps what the line starts with)."""
    wait_active(qtbot, dialog)
    dialog.number.setFocus()
    type_keys(qtbot, number)
    dialog.date.setDate(day)
    dialog.grid.setFocus()
    dialog.grid.setCurrentIndex(dialog.lines.index(0, 0))
    for label, account, net, rate in lines:
        for text in (label, account, net):
            if text:
                type_keys(qtbot, text)
            press(qtbot, Qt.Key.Key_Tab)
        if rate:
            type_keys(qtbot, rate)
        press(qtbot, Qt.Key.Key_Return)  # on to the next line's label


# --- customers -------------------------------------------------------------------------


def test_a_customer_is_created_in_its_dialog(qtbot, books: CollectionBooks, shown_errors):
    tab = make_tab(qtbot, books.ledger)
    click(qtbot, tab.view.customers.new_button)
    dialog = tab.findChild(CustomerDialog)
    assert dialog is not None and not dialog.ok_button.isEnabled()
    wait_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Boulangerie Martin")
    qtbot.keyClicks(dialog.code, "C042")
    qtbot.keyClicks(dialog.registration_id, "732 829 320")
    qtbot.keyClicks(dialog.vat_id, "FR44732829320")
    qtbot.keyClicks(dialog.credit_limit, "1500")
    dialog.terms.setValue(45)
    dialog.max_level.setCurrentIndex(dialog.max_level.findData(2))
    click(qtbot, dialog.ok_button)

    assert shown_errors == [] and not dialog.isVisible()
    with books.ledger.read() as session:
        (customer,) = list_customers(session, search="Martin")
    assert (customer.code, customer.registration_id, customer.vat_id) == (
        "C042", "732829320", "FR44732829320")
    assert (customer.credit_limit, customer.payment_terms_days,
            customer.max_dunning_level, customer.language, customer.country) == (
        150_000, 45, 2, "fr", "FR")
    # Shown in the list, selected, with its limit.
    assert tab.selected_customer().id == customer.id
    assert customers_cell(tab, customer.id, CustomersModel.LIMIT) == "1 500,00"


def test_a_refused_tax_id_is_shown_and_nothing_is_saved(qtbot, books: CollectionBooks,
                                                        shown_errors):
    tab = make_tab(qtbot, books.ledger)
    dialog = tab.new_customer()
    wait_active(qtbot, dialog)
    qtbot.keyClicks(dialog.name, "Client douteux")
    qtbot.keyClicks(dialog.vat_id, "FR00123")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible()  # what was typed stays, to be corrected
    assert len(shown_errors) == 1 and "FR00123" in shown_errors[0]
    assert "VAT number" in shown_errors[0]
    assert dialog.vat_id.hasFocus()
    with books.ledger.read() as session:
        assert list_customers(session, search="douteux") == []


def test_editing_a_customer_keeps_it_selected(qtbot, books: CollectionBooks):
    tab = make_tab(qtbot, books.ledger)
    tab.select_customer(books.customer)
    dialog = tab.edit_customer()
    assert dialog is not None and dialog.name.text() == "Café des Arts"
    dialog.phone.setText("04 78 00 00 00")
    dialog.credit_limit.setText("2 000,00")
    dialog.accept()
    with books.ledger.read() as session:
        customer = get_customer(session, books.customer)
    assert customer.phone == "04 78 00 00 00" and customer.credit_limit == 200_000
    assert tab.selected_customer().id == books.customer


# --- invoices ----------------------------------------------------------------------------


def test_two_invoices_typed_in_the_dialog_are_posted(qtbot, books: CollectionBooks,
                                                     shown_errors):
    tab = make_tab(qtbot, books.ledger)
    tab.select_customer(books.customer)
    click(qtbot, tab.view.customers.invoice_button)
    dialog = tab.findChild(InvoiceDialog)
    assert dialog is not None and dialog.customer.customer_id() == books.customer
    assert dialog.terms.value() == 30  # the customer's terms
    type_invoice(qtbot, dialog, "F-001", SEP_1, [
        ("Pain", "707", "100", "5,5"),
        ("Traiteur", "706", "50", "10"),  # the account is typed over the default
    ])
    assert [(ln.label, ln.account, ln.net, str(ln.rate)) for ln in dialog.lines.lines()] == [
        ("Pain", "707", 10_000, "5.5"), ("Traiteur", "706", 5_000, "10")]
    assert plain(dialog.total.text()) == "160,50 €"  # 150 + 5,50 + 5
    assert dialog.due_date.date().toPython() == dt.date(2026, 10, 1)
    click(qtbot, dialog.ok_button)
    assert shown_errors == [] and not dialog.isVisible()

    dialog = tab.new_invoice("invoice", books.customer)
    type_invoice(qtbot, dialog, "F-002", OCT_15, [("Gâteaux", "", "200", "")])
    # A new invoice starts with the account and rate of the latest one.
    assert [(ln.account, str(ln.rate)) for ln in dialog.lines.lines()] == [("707", "5.5")]
    dialog.terms.setValue(15)
    dialog.accept()

    with books.ledger.read() as session:
        first = find_invoice(session, number="F-001")
        second = find_invoice(session, number="F-002")
    assert (first.net, first.vat, first.total, first.due_date) == (
        15_000, 1_050, 16_050, dt.date(2026, 10, 1))
    assert (second.total, second.due_date) == (21_100, dt.date(2026, 10, 30))
    assert [ln.account_code for ln in first.lines] == ["707", "706"]
    # The invoices list shows them, newest first, with their days late.
    tab.view.pages.setCurrentIndex(tab.view.INVOICES)
    model = tab.invoices_model
    assert [model.index(r, InvoicesModel.NUMBER).data() for r in range(2)] == [
        "F-002", "F-001"]
    assert model.index(0, InvoicesModel.LATE).data() == "24"  # due 30/10, today 23/11
    assert model.index(1, InvoicesModel.STATUS).data() == "Unpaid"
    assert customers_cell(tab, books.customer, CustomersModel.BALANCE) == "371,50"


def test_an_invoice_over_the_credit_limit_is_posted_with_a_warning(
        qtbot, books: CollectionBooks, shown_errors):
    limited = books.add_customer("Petit client", credit_limit=10_000)
    books.invoice("F-100", 5_000, SEP_1, customer=limited)  # owes 60,00
    tab = make_tab(qtbot, books.ledger)
    dialog = tab.new_invoice("invoice", limited)
    type_invoice(qtbot, dialog, "F-101", OCT_15, [("Pain", "", "50", "")])
    # Said while typing, without stopping anything.
    assert dialog.warning.isVisibleTo(dialog) and "over its credit limit" in \
        plain(dialog.warning.text())
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    assert shown_errors == [] and dialog.over_credit_limit
    assert tab.view.notice.isVisibleTo(tab)
    assert plain(tab.view.notice.text()) == (
        "Invoice F-101 is posted, and takes Petit client over its credit limit of "
        "100,00 € (it owes 120,00 € now).")
    assert customers_cell(tab, limited, CustomersModel.STATUS) == "Over credit limit"


def test_invoice_filters(qtbot, books: CollectionBooks):
    other = books.add_customer("Hôtel du Parc")
    paid = books.invoice("F-1", 10_000, SEP_1).invoice.id
    books.invoice("F-2", 10_000, dt.date(2026, 11, 20))  # due in December
    books.invoice("H-1", 10_000, OCT_15, customer=other)
    books.collect(12_000, OCT_15, reference="F-1")
    tab = make_tab(qtbot, books.ledger)
    page = tab.view.invoices

    def numbers() -> list[str]:
        return [tab.invoices_model.index(r, 0).data()
                for r in range(tab.invoices_model.rowCount())]

    assert numbers() == ["F-2", "H-1", "F-1"]
    page.overdue.setChecked(True)
    assert numbers() == ["H-1"]
    page.overdue.setChecked(False)
    page.status.setCurrentIndex(page.status.findData("paid"))
    assert numbers() == ["F-1"] and books.status(paid) == "paid"
    page.status.setCurrentIndex(page.status.findData("open"))
    assert numbers() == ["F-2", "H-1"]
    page.customer.set_customer_id(other)
    assert numbers() == ["H-1"]
    page.customer.set_customer_id(None)
    page.status.setCurrentIndex(0)
    page.period.setCurrentIndex(page.period.findData("custom"))
    page.date_from.setDate(dt.date(2026, 10, 1))
    assert numbers() == ["F-2", "H-1"]


def test_cancelling_an_invoice_posts_a_matched_credit_note(qtbot, books: CollectionBooks):
    invoice = books.invoice("F-9", 10_000, SEP_1).invoice
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_invoice(invoice.id)
    dialog = tab.cancel_invoice()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.number, "AV-9")
    dialog.accept()
    with books.ledger.read() as session:
        note = find_invoice(session, number="AV-9", kind="credit_note")
    assert note.total == 12_000 and note.status == "applied"
    assert books.status(invoice.id) == "paid"
    assert tab.invoices_model.row_of(note.id) >= 0
    assert customers_cell(tab, books.customer, CustomersModel.BALANCE) == "0,00"


# --- payments ----------------------------------------------------------------------------


def test_a_payment_against_two_invoices_is_allocated_as_proposed_and_its_receipt_printed(
        qtbot, books: CollectionBooks, printed, shown_errors):
    first = books.invoice("F-001", 10_000, SEP_1).invoice.id  # 120,00
    second = books.invoice("F-002", 20_000, OCT_15).invoice.id  # 240,00
    tab = make_tab(qtbot, books.ledger)
    tab.select_customer(books.customer)
    click(qtbot, tab.view.customers.payment_button)
    dialog = tab.findChild(PaymentDialog)
    assert dialog is not None and dialog.customer.customer_id() == books.customer
    dialog.account.set_account_id(books.cash)
    assert dialog.method_code() == "cash" and dialog.print_receipt.isChecked()
    assert dialog.allocation.rowCount() == 2 and dialog.allocation.total() == 0
    wait_active(qtbot, dialog)
    dialog.amount.setFocus()
    type_keys(qtbot, "300")

    # The proposal is there at once: the oldest due first, the rest on the next one.
    model = dialog.allocation
    assert [model.amount_of(first), model.amount_of(second)] == [12_000, 18_000]
    assert model.index(0, AllocationModel.PICK).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    assert plain(dialog.credit_text.text()) == "0,00 €"
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)

    assert shown_errors == [] and not dialog.isVisible()
    assert books.status(first) == "paid"
    assert books.status(second) == "partially_paid"
    with books.ledger.read() as session:
        (collection,) = list_collections(session, customer_id=books.customer)
        receipt = get_receipt(session, collection.receipt_id)
    assert collection.amount == 30_000 and collection.treasury_account_id == books.cash
    assert receipt.prints == 1  # the original, logged with the payment
    assert books.balance(books.cash) == 20_000 + 30_000

    assert len(printed) == 1 and printed[0].preview
    assert printed[0].title == receipt.number
    text = printed[0].text
    assert "F-001" in text and "F-002" in text
    assert "120,00" in text and "180,00" in text and "300,00 €" in text
    assert "trois cents euros" in text

    # The tab shows the new balance and the payment.
    assert customers_cell(tab, books.customer, CustomersModel.BALANCE) == "60,00"
    assert tab.payments_model.rowCount() == 1
    assert tab.history_model.rowCount() == 5  # 2 invoices, the payment, 2 allocations


def test_an_overpayment_stays_as_credit_shown_on_the_customer(qtbot, books: CollectionBooks,
                                                               printed, shown_errors):
    invoice = books.invoice("F-001", 10_000, SEP_1).invoice.id  # 120,00
    tab = make_tab(qtbot, books.ledger)
    dialog = tab.record_payment(books.customer)
    assert not dialog.print_receipt.isChecked()  # a bank transfer: no receipt by default
    wait_active(qtbot, dialog)
    dialog.amount.setFocus()
    type_keys(qtbot, "150")
    dialog.reference.setText("Virement F-001")
    assert dialog.allocation.allocations() == [(invoice, 12_000)]
    assert plain(dialog.credit_text.text()) == "30,00 €"
    click(qtbot, dialog.ok_button)

    assert shown_errors == [] and printed == []
    assert books.status(invoice) == "paid"
    with books.ledger.read() as session:
        (credit,) = open_credits(session, customer_id=books.customer)
    assert credit.available == 3_000
    assert customers_cell(tab, books.customer, CustomersModel.CREDIT) == "30,00"
    assert customers_cell(tab, books.customer, CustomersModel.BALANCE) == "-30,00"
    assert "30,00 € stays as credit of Café des Arts" in plain(tab.view.notice.text())
    assert tab.selected_customer().id == books.customer
    assert "credit 30,00 €" in plain(tab.view.customers.customer_figures.text())
    assert tab.view.customers.refund_button.isEnabled()
    assert not tab.view.customers.apply_credit_button.isEnabled()  # nothing open

    # Applied to the next invoice...
    later = books.invoice("F-002", 5_000, OCT_15).invoice.id  # 60,00
    tab.refresh()
    tab.select_customer(books.customer)
    assert tab.view.customers.apply_credit_button.isEnabled()
    apply = tab.apply_credit()
    assert apply is not None and apply.allocation.allocations() == [(later, 3_000)]
    apply.accept()
    assert books.status(later) == "partially_paid"
    assert customers_cell(tab, books.customer, CustomersModel.CREDIT) == ""
    assert customers_cell(tab, books.customer, CustomersModel.BALANCE) == "30,00"


def test_credit_can_be_refunded(qtbot, books: CollectionBooks, shown_errors):
    books.collect(5_000, OCT_15, allocations=[])  # a deposit
    tab = make_tab(qtbot, books.ledger)
    tab.select_customer(books.customer)
    dialog = tab.refund_credit()
    assert dialog is not None and dialog.amount.minor() == 5_000
    dialog.amount.set_minor(2_000)
    dialog.accept()
    assert shown_errors == []
    assert books.balance_of().unapplied_credit == 3_000
    assert customers_cell(tab, books.customer, CustomersModel.CREDIT) == "30,00"


def test_editing_the_allocation_and_an_over_allocation(qtbot, books: CollectionBooks,
                                                       shown_errors):
    first = books.invoice("F-001", 10_000, SEP_1).invoice.id
    second = books.invoice("F-002", 10_000, OCT_15).invoice.id
    tab = make_tab(qtbot, books.ledger)
    dialog = tab.record_payment(books.customer)
    dialog.amount.set_minor(10_000)
    assert dialog.allocation.allocations() == [(first, 10_000)]
    # Untick the first, tick the second: the payment goes to the second instead.
    dialog.allocation.set_checked(0, False)
    dialog.allocation.set_checked(1, True)
    assert dialog.allocation.allocations() == [(second, 10_000)]
    # A typed amount over what is open is refused before anything is posted.
    dialog.allocation.set_amount(1, 13_000)
    assert not dialog.ok_button.isEnabled()
    assert plain(dialog.hint.text()) == "Invoice F-002 has only 120,00 € left to pay."
    dialog.allocation.set_amount(1, 4_000)
    assert plain(dialog.credit_text.text()) == "60,00 €"
    # A new amount keeps what the user chose; "Propose again" starts over.
    dialog.amount.set_minor(12_000)
    assert dialog.allocation.allocations() == [(second, 4_000)]
    click(qtbot, dialog.propose_button)
    assert dialog.allocation.allocations() == [(first, 12_000)]
    dialog.allocation.set_amount(0, 2_000)
    dialog.accept()
    assert shown_errors == []
    assert books.status(first) == "partially_paid" and books.status(second) == "unpaid"
    assert books.balance_of().unapplied_credit == 10_000


def test_reprint_preview_and_cancel_a_payment(qtbot, books: CollectionBooks, printed,
                                              monkeypatch):
    from ui.common import printing

    invoice = books.invoice("F-001", 10_000, SEP_1).invoice.id
    books.collect(12_000, OCT_15, receipt=True)
    tab = make_tab(qtbot, books.ledger)
    tab.view.pages.setCurrentIndex(tab.view.PAYMENTS)
    tab.view.payments.table.selectRow(0)
    assert tab.view.payments.print_button.isEnabled()
    tab.print_selected_receipt()
    assert len(printed) == 1 and "DUPLICATA" not in printed[0].text
    tab.print_selected_receipt()
    assert "DUPLICATA" in printed[1].text
    viewed: list[bytes] = []
    monkeypatch.setattr(printing, "view_pdf",
                        lambda pdf, _parent, *, title: viewed.append(pdf))
    tab.preview_selected_receipt()
    assert len(viewed) == 1

    dialog = tab.cancel_payment()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    dialog.reason.setText("Chèque impayé")
    dialog.accept()
    assert books.status(invoice) == "unpaid"
    assert tab.payments_model.row_at(0).is_cancelled
    assert not tab.view.payments.cancel_button.isEnabled()


# --- doubtful customers and history ------------------------------------------------------


def test_mark_a_customer_doubtful(qtbot, books: CollectionBooks, shown_errors):
    books.invoice("F-001", 10_000, SEP_1)
    tab = make_tab(qtbot, books.ledger)
    tab.select_customer(books.customer)
    dialog = tab.mark_doubtful()
    assert dialog is not None and "owes 120,00 €" in plain(dialog.what.text())
    assert dialog.transfer_date() == NOV_23
    dialog.accept()
    assert shown_errors == [] and dialog.transfer is not None
    assert dialog.transfer.amount == 12_000
    assert customers_cell(tab, books.customer, CustomersModel.STATUS) == \
        "Doubtful since 23/11/2026"
    assert not tab.view.customers.doubtful_button.isEnabled()
    kinds = [row.item.kind for row in tab.history_model.rows() if row.item]
    assert kinds[-1] == "doubtful"


def test_history_with_a_date_range_starts_from_the_opening_balance(
        qtbot, books: CollectionBooks):
    books.invoice("F-001", 10_000, SEP_1)
    books.invoice("F-002", 5_000, OCT_15)
    tab = make_tab(qtbot, books.ledger)
    tab.select_customer(books.customer)
    assert tab.history_model.rowCount() == 2
    tab.view.customers.history_from.set_optional_date(dt.date(2026, 10, 1))
    rows = tab.history_model.rows()
    assert rows[0].item is None and rows[0].balance == 12_000
    assert rows[1].item.number == "F-002" and rows[1].balance == 18_000
    assert plain(tab.view.customers.history_summary.text()) == "1 events · balance 180,00 €"
    with books.ledger.read() as session:
        assert len(list_invoices(session, InvoiceFilter())) == 2


def test_statement_of_account_is_previewed_and_saved(qtbot, books: CollectionBooks, printed,
                                                     save_file_answers, tmp_path):
    books.invoice("F-001", 10_000, SEP_1)
    books.invoice("F-002", 5_000, OCT_15)
    books.collect(4_000, OCT_15, reference="F-001")
    tab = make_tab(qtbot, books.ledger)
    tab.select_customer(books.customer)
    assert tab.statement_dates() == (dt.date(2026, 1, 1), NOV_23)
    tab.view.customers.history_from.set_optional_date(dt.date(2026, 10, 1))
    assert tab.print_statement() is not None
    assert len(printed) == 1 and printed[0].preview
    text = printed[0].text
    assert "Café des Arts" in text and "01/10/2026" in text  # from the history's date
    assert "F-002" in text and "140,00" in text  # 120 + 60 - 40
    save_file_answers.append(str(tmp_path / "releve"))
    path = tab.save_statement()
    assert path == tmp_path / "releve.pdf" and path.read_bytes().startswith(b"%PDF")
