"""The "Other expenses & receipts" tab over a real ledger: a voucher typed from the
keyboard, posted with Enter and printed; reprints (duplicates), preview, save as PDF,
void, filters, the document settings and the Excel export."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from app.treasury.vouchers import (
    VoucherFilter,
    VoucherInput,
    find_voucher,
    list_vouchers,
    page_format,
    record_voucher,
)
from tests.ui.conftest import TreasuryBooks
from ui.common import printing
from ui.tabs.vouchers.dialogs.document_settings_dialog import DocumentSettingsDialog
from ui.tabs.vouchers.dialogs.void_dialog import VoidVoucherDialog
from ui.tabs.vouchers.models import VOID_COLOUR, VouchersTableModel
from ui.tabs.vouchers.tab import VouchersTab

NOV_23 = dt.date(2026, 11, 23)  # the fixed clock's day
MM = 72 / 25.4


@dataclass
class Printed:
    pdf: bytes
    preview: bool
    title: str

    @property
    def text(self) -> str:
        pages = PdfReader(io.BytesIO(self.pdf)).pages
        raw = "\n".join(page.extract_text() for page in pages)
        return " ".join(raw.replace("\u202f", " ").replace("\xa0", " ").split())

    def page_width_mm(self) -> float:
        return float(PdfReader(io.BytesIO(self.pdf)).pages[0].mediabox.width) / MM


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch) -> list[Printed]:
    """What the tab sent to print_pdf (preview or printer), instead of a dialog."""
    sent: list[Printed] = []

    def record(pdf: bytes, _parent: object, *, preview: bool, title: str) -> bool:
        sent.append(Printed(pdf, preview, title))
        return True

    monkeypatch.setattr(printing, "print_pdf", record)
    return sent


@pytest.fixture
def books(treasury_books: TreasuryBooks, isolated_settings: Path) -> TreasuryBooks:
    return treasury_books


def make_tab(qtbot, ledger) -> VouchersTab:
    tab = VouchersTab(ledger)
    qtbot.addWidget(tab)
    tab.resize(1500, 850)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def cell(tab: VouchersTab, row: int, column: int) -> str:
    text = tab.model.index(row, column).data() or ""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def type_in_combo(qtbot, combo, text: str) -> None:
    """Type-ahead in a closed combo box; the search starts afresh, as after a pause."""
    combo.setFocus()
    combo.view().keyboardSearch("")
    qtbot.keyClicks(combo, text)


def type_voucher(qtbot, tab: VouchersTab, *, kind: str, person: str, purpose: str,
                 category: str, amount: str, vat_included: bool = False) -> None:
    """Fill the form from the keyboard, as a cashier would (QTest types ASCII only)."""
    form = tab.form
    type_in_combo(qtbot, form.kind, kind)
    qtbot.keyClicks(form.person, person)
    qtbot.keyClicks(form.purpose, purpose)
    type_in_combo(qtbot, form.category, category)
    qtbot.keyClicks(form.amount, amount)
    if vat_included:
        qtbot.keyClick(form.vat_included, Qt.Key.Key_Space)


def vouchers(books: TreasuryBooks, **filters: object):
    with books.ledger.read() as session:
        return list_vouchers(session, VoucherFilter(**filters))  # type: ignore[arg-type]


def post_by_service(books: TreasuryBooks, *, kind: str, person: str, net: int,
                    day: dt.date = NOV_23, category: str = "658", account: int | None = None):
    with books.ledger.unit_of_work() as session:
        return record_voucher(session, VoucherInput(
            kind=kind, treasury_account_id=account or books.bank, date=day,
            person_name=person, purpose="Test", category_id=books.categories[category].id,
            net=net, vat_rate=Decimal(0)))


# --- from the keyboard to paper -------------------------------------------------------------


def test_a_voucher_typed_and_entered_is_posted_numbered_and_previewed(qtbot, books, printed):
    tab = make_tab(qtbot, books.ledger)
    form = tab.form
    assert form.account.account().id == books.cash  # cash boxes first, the first one chosen
    type_voucher(qtbot, tab, kind="Pay", person="Jean Martin", purpose="Fournitures bureau",
                 category="Fournitures", amount="120,00", vat_included=True)
    assert form.kind_code() == "payment_voucher" and form.direction_code() == "out"
    assert form.category_view().id == books.categories["6064"].id
    assert form.vat.text() == "20,00" and form.net_text.text().startswith("100,00")
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)

    with books.ledger.read() as session:
        voucher = find_voucher(session, kind="payment_voucher", number="PV-2026-000001")
    assert voucher.person_name == "Jean Martin" and voucher.purpose == "Fournitures bureau"
    assert voucher.movement.direction == "out"
    assert voucher.movement.treasury_account_id == books.cash
    assert (voucher.movement.net, voucher.movement.vat, voucher.movement.total) == (
        10_000, 2_000, 12_000)
    assert voucher.movement.category_id == books.categories["6064"].id
    assert voucher.language == "fr" and voucher.prints == 1  # the original is logged
    assert books.balance(books.cash) == 20_000 - 12_000

    assert len(printed) == 1 and printed[0].preview  # a preview by default
    assert printed[0].title == "PV-2026-000001"
    text = printed[0].text
    assert "PV-2026-000001" in text and "120,00 €" in text
    assert "cent vingt euros" in text and "DUPLICATA" not in text

    # Ready for the next one: kind, account and date kept, the rest emptied.
    assert form.person.text() == "" and form.purpose.text() == "" and form.amount.text() == ""
    assert form.category_view() is None
    assert form.kind_code() == "payment_voucher" and form.account.account().id == books.cash
    assert form.day() == NOV_23
    assert tab.focusWidget() is form.person
    assert tab.model.rowCount() == 1 and cell(tab, 0, VouchersTableModel.NUMBER) == \
        "PV-2026-000001"
    assert cell(tab, 0, VouchersTableModel.PRINTS) == "1"


def test_ctrl_enter_from_the_purpose_posts_and_print_directly_skips_the_preview(
        qtbot, books, printed):
    tab = make_tab(qtbot, books.ledger)
    click(qtbot, tab.form.print_directly)
    assert printing.print_directly()  # remembered for every document
    type_voucher(qtbot, tab, kind="Rec", person="Ana Popescu", purpose="Caution",
                 category="Autres", amount="50")
    qtbot.keyClick(tab.form.purpose, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [v.number for v in vouchers(books)] == ["REC-2026-000001"]
    assert len(printed) == 1 and not printed[0].preview
    assert "cinquante euros" in printed[0].text
    assert books.balance(books.cash) == 20_000 + 5_000
    # A new tab starts with the remembered choice.
    assert make_tab(qtbot, books.ledger).form.print_directly.isChecked()


def test_enter_on_an_incomplete_form_says_what_is_missing_and_posts_nothing(
        qtbot, books, printed):
    tab = make_tab(qtbot, books.ledger)
    form = tab.form
    assert form.hint.text() == ""  # an empty form is not an error
    qtbot.keyClicks(form.person, "Paul")
    qtbot.keyClicks(form.purpose, "Timbres")
    qtbot.keyClicks(form.amount, "12")
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    assert form.hint.text() == "Choose a category."
    assert tab.focusWidget() is form.category
    assert vouchers(books) == [] and printed == []


def test_an_overdrawn_cash_box_shows_the_error_and_creates_nothing(qtbot, books, printed,
                                                                   shown_errors):
    tab = make_tab(qtbot, books.ledger)
    type_voucher(qtbot, tab, kind="Pay", person="Jean Martin", purpose="Avance",
                 category="Autres", amount="500,00")
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return)
    assert len(shown_errors) == 1 and "Caisse magasin" in shown_errors[0]
    assert vouchers(books) == [] and printed == []
    assert books.balance(books.cash) == 20_000
    assert tab.form.person.text() == "Jean Martin"  # what was typed stays, to correct it
    # Nothing was numbered: the next voucher still takes number 1.
    tab.form.account.set_account_id(books.bank)
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return)
    assert [v.number for v in vouchers(books)] == ["PV-2026-000001"]


def test_a_known_person_brings_back_id_number_and_address(qtbot, books, printed):
    with books.ledger.unit_of_work() as session:
        record_voucher(session, VoucherInput(
            kind="payment_voucher", treasury_account_id=books.bank, date=NOV_23,
            person_name="Jean Martin", person_id_number="AB123456",
            person_address="3 avenue Victor Hugo, Lyon", purpose="Avance",
            category_id=books.categories["625"].id, net=1_000))
    tab = make_tab(qtbot, books.ledger)
    form = tab.form
    names = form.person_completer.model().stringList()
    assert "Jean Martin" in names
    type_in_combo(qtbot, form.kind, "Pay")
    form.person.setFocus()
    qtbot.keyClicks(form.person, "martin")
    popup = form.person_completer.popup()
    assert popup.isVisible()  # the names containing what was typed
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # chooses the name; does not post
    assert form.person.text() == "Jean Martin"
    assert form.id_number.text() == "AB123456"
    assert form.address.text() == "3 avenue Victor Hugo, Lyon"
    assert form.category_view().id == books.categories["625"].id
    assert len(vouchers(books)) == 1 and printed == []


def test_the_document_language_is_the_companys_unless_chosen(qtbot, books, printed):
    tab = make_tab(qtbot, books.ledger)
    assert tab.form.language.currentData() == "fr"
    type_voucher(qtbot, tab, kind="Pay", person="Ana Popescu", purpose="Avans",
                 category="Autres", amount="10")
    tab.form.set_language("ro")
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return)
    assert "Dispoziție de plată" in printed[0].text and "zece euro" in printed[0].text
    assert tab.form.language.currentData() == "fr"


# --- the list ----------------------------------------------------------------------------------


def test_a_second_print_from_the_list_is_a_duplicate(qtbot, books, printed):
    tab = make_tab(qtbot, books.ledger)
    type_voucher(qtbot, tab, kind="Dis", person="Marie Curie", purpose="Remise de fonds",
                 category="Autres", amount="80")
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return)
    assert "DUPLICATA" not in printed[0].text
    tab.select_row(0)
    click(qtbot, tab.view.reprint_button)
    assert len(printed) == 2 and "DUPLICATA" in printed[1].text
    assert "DS-2026-000001" in printed[1].text
    assert cell(tab, 0, VouchersTableModel.PRINTS) == "2"


def test_preview_logs_nothing_and_shows_the_document(qtbot, books, printed):
    voucher = post_by_service(books, kind="receipt", person="Client", net=4_200,
                              category="758")
    tab = make_tab(qtbot, books.ledger)
    tab.select_row(0)
    dialog = tab.preview_selected()
    assert dialog is not None and dialog.page_count() == 1
    assert tab.voucher(voucher.id).prints == 0 and printed == []
    dialog.close()


def test_void_from_the_list_reverses_the_money_and_offers_the_void_copy(
        qtbot, books, printed, confirm_yes):
    tab = make_tab(qtbot, books.ledger)
    type_voucher(qtbot, tab, kind="Pay", person="Jean Martin", purpose="Avance",
                 category="Autres", amount="150")
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return)
    assert books.balance(books.cash) == 5_000
    tab.select_row(0)
    click(qtbot, tab.view.void_button)
    dialog = tab.findChild(VoidVoucherDialog)
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Erreur de montant")
    click(qtbot, dialog.ok_button)

    assert books.balance(books.cash) == 20_000  # the money is back
    with books.ledger.read() as session:
        voucher = find_voucher(session, kind="payment_voucher", number="PV-2026-000001")
    assert voucher.is_void and voucher.void_reason == "Erreur de montant"
    assert confirm_yes and "PV-2026-000001" in confirm_yes[0]
    assert len(printed) == 2 and "ANNULÉ" in printed[1].text
    assert "Erreur de montant" in printed[1].text

    assert cell(tab, 0, VouchersTableModel.STATUS) == "Void"
    index = tab.model.index(0, VouchersTableModel.AMOUNT)
    font = index.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.strikeOut()
    assert index.data(Qt.ItemDataRole.ForegroundRole).color().name() == VOID_COLOUR
    tab.select_row(0)
    assert not tab.view.void_button.isEnabled()  # void once
    # The next voucher takes the next number: the void one stays used.
    type_voucher(qtbot, tab, kind="Pay", person="Jean Martin", purpose="Avance",
                 category="Autres", amount="15")
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return)
    assert cell(tab, 0, VouchersTableModel.NUMBER) == "PV-2026-000002"


def test_filters_narrow_the_list(qtbot, books, printed):
    post_by_service(books, kind="receipt", person="Alice Dupuis", net=10_000,
                    day=dt.date(2026, 3, 2), category="758")
    post_by_service(books, kind="payment_voucher", person="Bob Leroy", net=2_500,
                    day=dt.date(2026, 6, 15))
    voided = post_by_service(books, kind="discharge_slip", person="Alice Martin",
                             net=70_000, day=dt.date(2026, 9, 1))
    from app.treasury.vouchers import void_voucher

    with books.ledger.unit_of_work() as session:
        void_voucher(session, voucher_id=voided.id, reason="Doublon")
    tab = make_tab(qtbot, books.ledger)
    view = tab.view

    def numbers() -> list[str]:
        return [cell(tab, row, VouchersTableModel.NUMBER) for row in range(tab.model.rowCount())]

    assert numbers() == ["DS-2026-000001", "PV-2026-000001", "REC-2026-000001"]
    assert view.count.text() == "Vouchers: 3"

    view.kind_filter.setCurrentIndex(view.kind_filter.findData("receipt"))
    assert numbers() == ["REC-2026-000001"]
    view.kind_filter.setCurrentIndex(0)

    qtbot.keyClicks(view.person_filter, "alice")
    qtbot.waitUntil(lambda: numbers() == ["DS-2026-000001", "REC-2026-000001"])
    view.person_filter.clear()
    qtbot.waitUntil(lambda: len(numbers()) == 3)

    qtbot.keyClicks(view.amount_min, "50")
    qtbot.keyClick(view.amount_min, Qt.Key.Key_Return)
    assert numbers() == ["DS-2026-000001", "REC-2026-000001"]
    qtbot.keyClicks(view.amount_max, "200")
    qtbot.keyClick(view.amount_max, Qt.Key.Key_Return)
    assert numbers() == ["REC-2026-000001"]
    view.amount_min.clear()
    view.amount_max.clear()
    qtbot.keyClick(view.amount_max, Qt.Key.Key_Return)
    assert len(numbers()) == 3

    view.status_filter.setCurrentIndex(view.status_filter.findData("void"))
    assert numbers() == ["DS-2026-000001"]
    view.status_filter.setCurrentIndex(view.status_filter.findData("valid"))
    assert numbers() == ["PV-2026-000001", "REC-2026-000001"]
    view.status_filter.setCurrentIndex(0)

    tab.set_dates(dt.date(2026, 5, 1), dt.date(2026, 8, 31))
    assert numbers() == ["PV-2026-000001"]
    assert view.period.currentData() == "custom"
    tab.set_period("last_year")
    tab._on_period()
    assert numbers() == []


def test_save_as_pdf_writes_the_file_and_logs_a_print(qtbot, books, printed, tmp_path,
                                                      save_file_answers):
    voucher = post_by_service(books, kind="payment_voucher", person="Bob Leroy", net=2_500)
    tab = make_tab(qtbot, books.ledger)
    tab.select_row(0)
    save_file_answers.append(str(tmp_path / "bon"))  # ".pdf" is added
    click(qtbot, tab.view.save_pdf_button)
    path = tmp_path / "bon.pdf"
    assert path.read_bytes().startswith(b"%PDF")
    text = Printed(path.read_bytes(), False, "").text
    assert "PV-2026-000001" in text and "vingt-cinq euros" in text
    assert tab.voucher(voucher.id).prints == 1
    assert cell(tab, 0, VouchersTableModel.PRINTS) == "1"
    assert printed == []  # saved, not printed
    # Cancelling the file dialog writes and logs nothing.
    assert tab.save_selected_as_pdf() is None
    assert tab.voucher(voucher.id).prints == 1


def test_document_settings_choose_the_page_format_per_kind(qtbot, books, printed):
    tab = make_tab(qtbot, books.ledger)
    click(qtbot, tab.view.settings_button)
    dialog = tab.findChild(DocumentSettingsDialog)
    assert dialog is not None
    assert dialog.chosen() == {"receipt": "80mm", "payment_voucher": "A5",
                               "discharge_slip": "A5"}
    combo = dialog.formats["payment_voucher"]
    combo.setCurrentIndex(combo.findData("80mm"))
    dialog.accept()
    with books.ledger.read() as session:
        assert page_format(session, "payment_voucher") == "80mm"
    type_voucher(qtbot, tab, kind="Pay", person="Jean Martin", purpose="Avance",
                 category="Autres", amount="10")
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return)
    assert printed[0].page_width_mm() == pytest.approx(80, abs=0.5)


def test_the_filtered_list_is_exported_to_excel(qtbot, books, printed, tmp_path,
                                                save_file_answers, shown_infos):
    post_by_service(books, kind="receipt", person="Alice Dupuis", net=10_000, category="758")
    post_by_service(books, kind="payment_voucher", person="Bob Leroy", net=2_500)
    tab = make_tab(qtbot, books.ledger)
    tab.view.kind_filter.setCurrentIndex(tab.view.kind_filter.findData("payment_voucher"))
    save_file_answers.append(str(tmp_path / "bons"))
    job = tab.export()
    assert job is not None and job.wait()
    path = tmp_path / "bons.xlsx"
    assert shown_infos and "Vouchers written: 1" in shown_infos[0]
    values = [value for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True)
              for value in row]
    assert "PV-2026-000001" in values and "REC-2026-000001" not in values
    assert tab.export_job is None


def test_the_list_shows_new_vouchers_as_the_filters_would(qtbot, books, printed):
    """A posted, reprinted or void voucher updates its row without a full re-read; the
    UI's filter test agrees with the service's for every filter."""
    from app.treasury.vouchers import void_voucher
    from ui.tabs.vouchers.models import matches

    post_by_service(books, kind="receipt", person="Alice Dupuis", net=10_000,
                    day=dt.date(2026, 3, 2), category="758")
    post_by_service(books, kind="payment_voucher", person="Bob Leroy", net=2_500,
                    day=dt.date(2026, 6, 15))
    gone = post_by_service(books, kind="discharge_slip", person="alice MARTIN", net=70_000,
                           day=dt.date(2026, 9, 1))
    with books.ledger.unit_of_work() as session:
        void_voucher(session, voucher_id=gone.id, reason="Doublon")
    every = vouchers(books)
    for filter_ in (VoucherFilter(), VoucherFilter(kind="receipt"),
                    VoucherFilter(person="alice"), VoucherFilter(person=" ALICE m "),
                    VoucherFilter(amount_min=2_500, amount_max=10_000),
                    VoucherFilter(amount_min=2_501), VoucherFilter(status="void"),
                    VoucherFilter(status="valid"),
                    VoucherFilter(date_from=dt.date(2026, 3, 2), date_to=dt.date(2026, 6, 14))):
        expected = [v.number for v in vouchers(books, **vars(filter_))]
        assert [v.number for v in every if matches(filter_, v)] == expected, filter_

    tab = make_tab(qtbot, books.ledger)
    view = tab.view
    view.status_filter.setCurrentIndex(view.status_filter.findData("valid"))
    assert tab.model.rowCount() == 2
    tab.set_dates(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    type_voucher(qtbot, tab, kind="Rec", person="Zoe", purpose="Caution", category="Autres",
                 amount="5")
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return)  # dated today: outside the dates
    assert tab.model.rowCount() == 2 and len(printed) == 1
    tab.set_period("this_year")
    tab._on_period()
    assert cell(tab, 0, VouchersTableModel.NUMBER) == "REC-2026-000002"
    type_voucher(qtbot, tab, kind="Rec", person="Yann", purpose="Caution", category="Autres",
                 amount="6")
    qtbot.keyClick(tab.form.amount, Qt.Key.Key_Return)
    assert [cell(tab, row, VouchersTableModel.NUMBER) for row in range(3)] == [
        "REC-2026-000003", "REC-2026-000002", "PV-2026-000001"]
    assert tab.selected_voucher().number == "REC-2026-000003"
    assert tab.view.count.text() == "Vouchers: 4"
