"""The Bank & cash tab over a real ledger: accounts, movements typed into the dialogs,
transfers, the cash rule, filters and totals, reversal and the Excel export."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import openpyxl
from PySide6.QtCore import QDate, Qt

from app.treasury.accounts import get_treasury_account, list_treasury_accounts
from app.treasury.movements import get_movement
from tests.ui.conftest import TreasuryBooks
from ui.tabs.treasury.dialogs.account_dialog import TreasuryAccountDialog
from ui.tabs.treasury.dialogs.movement_dialog import MovementDialog
from ui.tabs.treasury.dialogs.movement_view_dialog import MovementViewDialog
from ui.tabs.treasury.models import RegisterTableModel
from ui.tabs.treasury.tab import TreasuryTab

NBSP = ("\u202f", "\xa0")
MARCH_10 = dt.date(2026, 3, 10)


def plain(text: str) -> str:
    """Babel's narrow no-break spaces as plain spaces, for readable assertions."""
    for space in NBSP:
        text = text.replace(space, " ")
    return text


def make_tab(qtbot, ledger) -> TreasuryTab:
    tab = TreasuryTab(ledger)
    qtbot.addWidget(tab)
    tab.resize(1600, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(tab: TreasuryTab, row: int, column: int) -> str:
    return plain(tab.model.index(row, column).data() or "")


def choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def set_day(edit, day: dt.date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


# --- accounts -----------------------------------------------------------------------------


def test_a_bank_account_is_created_through_the_dialog_and_a_bad_iban_creates_nothing(
        qtbot, ledger, fixed_clock, shown_errors):
    tab = make_tab(qtbot, ledger)
    assert tab.selected_account() is None
    click(qtbot, tab.view.new_bank_button)
    dialog = tab.findChild(TreasuryAccountDialog)
    assert dialog is not None and dialog.kind == "bank"
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.name.setText("Crédit Agricole")  # QTest types ASCII only
    qtbot.keyClicks(dialog.iban, "FR76 3000 6000 0112 3456 7890 188")  # bad check digits
    assert not dialog.iban_check.isHidden()
    assert "not valid" in dialog.iban_check.text()
    assert dialog.hint.text() == dialog.iban_check.text()
    assert not ok.isEnabled()
    dialog.accept()  # even forced, nothing is written
    assert dialog.isVisible()
    with ledger.read() as session:
        assert list_treasury_accounts(session) == []

    dialog.iban.clear()
    qtbot.keyClicks(dialog.iban, "FR76 3000 6000 0112 3456 7890 189")
    assert dialog.iban_check.text() == "✓ FR76 3000 6000 0112 3456 7890 189"
    qtbot.keyClicks(dialog.bic, "BNPAFRPP")
    qtbot.keyClicks(dialog.opening_balance, "2 500,00")
    set_day(dialog.opening_date, dt.date(2026, 1, 1))
    assert ok.isEnabled(), dialog.hint.text()
    click(qtbot, ok)
    assert not dialog.isVisible()
    assert shown_errors == []

    with ledger.read() as session:
        (account,) = list_treasury_accounts(session)
    assert (account.name, account.iban, account.bic, account.balance) == (
        "Crédit Agricole", "FR7630006000011234567890189", "BNPAFRPP", 250_000)
    assert tab.selected_account() == account
    assert tab.model.rowCount() == 1  # the opening entry
    assert cell(tab, 0, RegisterTableModel.IN) == "2 500,00"
    assert plain(tab.view.totals.value("closing")) == "2 500,00 €"


def test_a_cash_box_is_created_with_its_keeper_and_limit(qtbot, ledger, fixed_clock):
    tab = make_tab(qtbot, ledger)
    dialog = tab.new_account("cash")
    assert not hasattr(dialog, "iban_check") or dialog.iban_check.isHidden()
    qtbot.keyClicks(dialog.name, "Caisse")
    qtbot.keyClicks(dialog.keeper, "Marie")
    qtbot.keyClicks(dialog.cash_limit, "1500")
    qtbot.keyClicks(dialog.opening_balance, "-10")
    assert dialog.hint.text() == "A cash box cannot start below zero."
    dialog.opening_balance.clear()
    qtbot.keyClicks(dialog.opening_balance, "300")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    with ledger.read() as session:
        (box,) = list_treasury_accounts(session)
    assert (box.kind, box.keeper, box.cash_limit, box.balance) == ("cash", "Marie", 150_000,
                                                                   30_000)
    cash_boxes = tab.accounts_model.index(1, 0)
    assert cash_boxes.data() == "Cash boxes"
    assert tab.accounts_model.index(0, 0, cash_boxes).data() == "Caisse"
    assert "Marie" in tab.view.subtitle.text()


def test_closing_and_reopening_an_account(qtbot, treasury_books, confirm_yes):
    tab = make_tab(qtbot, treasury_books.ledger)
    assert tab.select_account(treasury_books.cash)
    tab.toggle_closed()
    assert "still holds 200,00" in plain(confirm_yes[0])
    with treasury_books.ledger.read() as session:
        assert not get_treasury_account(session, treasury_books.cash).active
    assert not tab.accounts_model.index_of(treasury_books.cash).isValid()  # hidden
    tab.view.show_closed.setChecked(True)
    assert tab.select_account(treasury_books.cash)
    assert tab.view.close_button.text() == "Reopen"
    assert not tab.view.money_out_button.isEnabled()
    tab.toggle_closed()
    with treasury_books.ledger.read() as session:
        assert get_treasury_account(session, treasury_books.cash).active


# --- movements ------------------------------------------------------------------------------


def test_money_out_with_vat_typed_into_the_dialog_is_posted_and_shown(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.bank)
    click(qtbot, tab.view.money_out_button)
    dialog = tab.findChild(MovementDialog)
    assert dialog is not None and dialog.account.account().id == books.bank
    assert dialog.hint.text() == "Choose a category."
    set_day(dialog.date, MARCH_10)
    dialog.counterparty.setText("Bureau Vallée")  # QTest types ASCII only
    choose(dialog.category, books.category_name("6064"))
    assert dialog.vat_rate.text() == "20"  # the category's usual rate
    qtbot.keyClicks(dialog.amount, "150")
    assert dialog.vat.text() == "30,00"
    assert plain(dialog.total_text.text()) == "180,00 €"
    # Typed VAT included: the net and VAT are split from it.
    dialog.vat_included.setChecked(True)
    assert plain(dialog.net_text.text()) == "125,00 €" and dialog.vat.text() == "25,00"
    dialog.vat_included.setChecked(False)
    choose(dialog.payment_method, "Card")
    qtbot.keyClicks(dialog.invoice_ref, "FA-118")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()

    movement = dialog.result_.movement
    with books.ledger.read() as session:
        stored = get_movement(session, movement.id)
    assert (stored.net, stored.vat, stored.total, stored.payment_method, stored.invoice_ref) == (
        15_000, 3_000, 18_000, "card", "FA-118")
    assert books.balance(books.bank) == 1_000_000 - 18_000

    tab.set_period("all")
    assert tab.model.rowCount() == 2
    last = tab.model.rowCount() - 1
    assert cell(tab, last, RegisterTableModel.LABEL) == "Bureau Vallée"
    assert cell(tab, last, RegisterTableModel.CATEGORY) == books.category_name("6064")
    assert cell(tab, last, RegisterTableModel.OUT) == "180,00"
    assert cell(tab, last, RegisterTableModel.NET) == "150,00"
    assert cell(tab, last, RegisterTableModel.VAT) == "30,00"
    assert cell(tab, last, RegisterTableModel.BALANCE) == "9 820,00"
    assert tab.model.index(last, RegisterTableModel.OUT).data(
        Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert plain(tab.view.totals.value("closing")) == "9 820,00 €"


def test_a_typed_vat_overrides_the_computed_one(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    tab = make_tab(qtbot, books.ledger)
    dialog = tab.record("out")
    choose(dialog.category, books.category_name("6064"))
    qtbot.keyClicks(dialog.amount, "100")
    dialog.vat.clear()
    qtbot.keyClicks(dialog.vat, "19,99")
    assert plain(dialog.total_text.text()) == "119,99 €"
    assert dialog.movement_input().vat == 1_999


def test_a_cash_payment_larger_than_the_cash_is_refused(qtbot, treasury_books, shown_errors):
    books: TreasuryBooks = treasury_books
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.cash)
    dialog = tab.record("out")
    assert dialog.payment_method.currentData() == "cash"
    set_day(dialog.date, MARCH_10)
    choose(dialog.category, books.category_name("6064"))
    qtbot.keyClicks(dialog.amount, "500")
    click(qtbot, dialog.ok_button)
    assert len(shown_errors) == 1
    assert "below zero" in shown_errors[0] and "200" in shown_errors[0]
    assert dialog.isVisible()  # what was typed stays, to be corrected
    assert books.balance(books.cash) == 20_000
    assert tab.model.rowCount() == 1


def test_going_over_the_cash_limit_is_told_without_blocking(qtbot, treasury_books,
                                                          shown_errors):
    books: TreasuryBooks = treasury_books
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.cash)
    dialog = tab.record("in")
    set_day(dialog.date, MARCH_10)
    choose(dialog.category, books.category_name("707"))
    dialog.vat_rate.setText("0")
    qtbot.keyClicks(dialog.amount, "1500")
    click(qtbot, dialog.ok_button)
    assert shown_errors == []
    assert books.balance(books.cash) == 170_000
    assert not tab.view.notice.isHidden()
    assert "above its limit of 1 500,00 €" in plain(tab.view.notice.text())


def test_a_transfer_from_the_bank_funds_the_cash_box(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.bank)
    dialog = tab.new_transfer()
    assert dialog.target.account().id == books.cash  # bank → cash is the usual one
    assert dialog.form.isRowVisible(dialog.amount_received) is False
    set_day(dialog.date, MARCH_10)
    qtbot.keyClicks(dialog.amount_sent, "300")
    qtbot.keyClicks(dialog.label, "Fonds de caisse")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert books.balance(books.bank) == 970_000
    assert books.balance(books.cash) == 50_000
    tab.set_period("all")
    assert cell(tab, 1, RegisterTableModel.OUT) == "300,00"
    assert cell(tab, 1, RegisterTableModel.METHOD) == "Transfer"
    assert tab.select_account(books.cash)
    assert cell(tab, 1, RegisterTableModel.IN) == "300,00"
    assert cell(tab, 1, RegisterTableModel.BALANCE) == "500,00"


# --- the register -----------------------------------------------------------------------------


def test_filters_by_dates_and_text_update_the_rows_and_totals(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    books.record(books.bank, "out", "6132", 80_000, dt.date(2026, 2, 5), counterparty="SCI Lilas")
    books.record(books.bank, "out", "6061", 12_000, dt.date(2026, 3, 7),
                 counterparty="EDF")
    books.record(books.bank, "in", "706", 50_000, dt.date(2026, 3, 20),
                 counterparty="Client Martin")
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.bank)
    assert tab.view.period.currentData() == "this_year"
    assert tab.model.rowCount() == 4

    tab.set_dates(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert tab.view.period.currentData() == "custom"
    assert tab.model.rowCount() == 2
    totals = tab.view.totals
    assert plain(totals.value("opening")) == "9 200,00 €"
    assert plain(totals.value("money_in")) == "500,00"
    assert plain(totals.value("money_out")) == "120,00"
    assert plain(totals.value("closing")) == "9 580,00 €"
    assert totals.lines.text() == "Lines: 2"
    assert cell(tab, 0, RegisterTableModel.BALANCE) == "9 080,00"

    qtbot.keyClicks(tab.view.search, "EDF")
    assert tab.model.rowCount() == 2  # the search waits for a pause in typing
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=2000)
    assert cell(tab, 0, RegisterTableModel.LABEL) == "EDF"
    assert cell(tab, 0, RegisterTableModel.BALANCE) == ""  # no running balance while searching
    assert not tab.view.balance_hint.isHidden()
    assert plain(totals.value("money_out")) == "120,00"
    assert plain(totals.value("money_in")) == "0,00"

    tab.view.search.clear()
    tab.set_period("all")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=2000)
    assert tab.view.date_from.isHidden()
    assert plain(totals.value("opening")) == "0,00 €"


def test_the_register_model_passes_the_qt_model_tester(qtbot, qtmodeltester, treasury_books):
    books: TreasuryBooks = treasury_books
    for day in range(1, 29):
        books.record(books.bank, "out", "6064", 1_000 + day, dt.date(2026, 2, day))
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.bank)
    assert tab.model.rowCount() == 29
    qtmodeltester.check(tab.model, force_py=False)
    qtmodeltester.check(tab.accounts_model, force_py=False)


def test_reversing_a_movement_shows_the_pair_and_restores_the_balance(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    books.record(books.bank, "out", "6064", 5_000, MARCH_10, counterparty="Doublon")
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.bank)
    tab.select_row(0)
    assert not tab.view.reverse_button.isEnabled()  # the opening is not reversed here
    tab.select_row(1)
    assert tab.view.reverse_button.isEnabled()
    click(qtbot, tab.view.reverse_button)
    dialog = tab.reverse_selected()
    assert dialog is not None and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "Saisi deux fois")
    click(qtbot, dialog.ok_button)
    assert books.balance(books.bank) == 1_000_000

    assert tab.model.rowCount() == 3
    assert cell(tab, 1, RegisterTableModel.STATUS) == "Reversed"
    assert cell(tab, 2, RegisterTableModel.STATUS) == "Reversal"
    font = tab.model.index(1, RegisterTableModel.LABEL).data(Qt.ItemDataRole.FontRole)
    assert font.strikeOut()
    assert cell(tab, 2, RegisterTableModel.BALANCE) == "10 000,00"
    tab.select_row(1)
    assert not tab.view.reverse_button.isEnabled()
    with books.ledger.read() as session:
        reversal = get_movement(session, dialog.reversals[0].id)
    assert "Saisi deux fois" in reversal.note


def test_double_click_opens_the_movement_with_its_entry(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    movement_id = books.record(books.bank, "out", "6064", 10_000, MARCH_10,
                               vat_rate="20", counterparty="Bureau Vallée")
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.bank)
    tab.select_row(1)
    dialog = tab.view_selected()
    assert isinstance(dialog, MovementViewDialog)
    assert dialog.details is not None and dialog.details.movement.id == movement_id
    assert plain(dialog.fields["total"].text()) == "120,00 €"
    assert dialog.fields["counterparty"].text() == "Bureau Vallée"
    assert dialog.lines.rowCount() == 3  # bank, expense, VAT
    dialog.close()


# --- export --------------------------------------------------------------------------------------


def test_the_filtered_register_is_exported_to_excel(qtbot, treasury_books, tmp_path: Path,
                                                    save_file_answers, shown_infos):
    books: TreasuryBooks = treasury_books
    books.record(books.bank, "out", "6132", 80_000, dt.date(2026, 2, 5), counterparty="=SCI")
    books.record(books.bank, "out", "6061", 12_000, dt.date(2026, 3, 7), counterparty="EDF")
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.bank)
    tab.set_dates(dt.date(2026, 2, 1), dt.date(2026, 3, 31))
    target = tmp_path / "banque"
    save_file_answers.append(str(target))
    job = tab.export()
    assert job is not None
    assert job.wait()
    path = tmp_path / "banque.xlsx"
    assert shown_infos and "Lines written: 2" in shown_infos[0] and str(path) in shown_infos[0]

    sheet = openpyxl.load_workbook(path).active
    rows = [row for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row)]
    data = [row for row in rows if isinstance(row[0], dt.datetime)]
    assert [row[2] for row in data] == ["'=SCI", "EDF"]  # a formula is neutralised
    assert data[0][7] == 800 and data[1][7] == 120
    assert tab.export_job is None


def test_cancelling_the_file_dialog_exports_nothing(qtbot, treasury_books, save_file_answers):
    tab = make_tab(qtbot, treasury_books.ledger)
    assert tab.export() is None


def test_a_cancelled_export_leaves_no_file_and_no_message(qtbot, treasury_books, tmp_path,
                                                          monkeypatch, shown_infos):
    from app.exports.spreadsheet import ExportCancelled
    from ui.tabs.treasury import tab as tab_module

    def slow_export(_session, _filter, path, *, cancelled, **_kwargs):
        while not cancelled():  # a long export, until the user clicks Cancel
            time.sleep(0.005)
        raise ExportCancelled()

    monkeypatch.setattr(tab_module, "export_register", slow_export)
    tab = make_tab(qtbot, treasury_books.ledger)
    assert tab.select_account(treasury_books.bank)
    filter_ = tab.current_filter()
    assert filter_ is not None
    job = tab.start_export(filter_, tmp_path / "never.xlsx")
    cancelled: list[bool] = []
    job.on_cancelled.append(lambda: cancelled.append(True))
    job.cancel()
    assert job.wait()
    assert cancelled == [True]
    assert shown_infos == []
    assert not (tmp_path / "never.xlsx").exists()
    assert tab.export_job is None


def test_money_in_on_a_foreign_currency_account_asks_for_the_rate(qtbot, treasury_books):
    from decimal import Decimal

    from app.treasury.accounts import NewTreasuryAccount, create_treasury_account

    books: TreasuryBooks = treasury_books
    with books.ledger.unit_of_work() as session:
        usd = create_treasury_account(session, NewTreasuryAccount(
            kind="bank", name="Wise USD", currency="USD", opening_date=books.OPENING,
            opening_balance=50_000, opening_rate=Decimal("0.90"))).id
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(usd)
    dialog = tab.record("in")
    assert dialog.payment_form.isRowVisible(dialog.rate)
    assert dialog.rate_label.text() == "Rate (EUR per 1 USD)"
    set_day(dialog.date, MARCH_10)
    choose(dialog.category, books.category_name("706"))
    dialog.vat_rate.setText("0")
    qtbot.keyClicks(dialog.amount, "100")
    assert dialog.hint.text() == "Type the exchange rate (EUR per 1 USD)."
    qtbot.keyClicks(dialog.rate, "0,92")
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    assert books.balance(usd) == 60_000  # in dollars
    assert plain(tab.view.totals.value("closing")) == "600,00 $US"


def test_editing_an_account_keeps_its_ledger_side(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    tab = make_tab(qtbot, books.ledger)
    assert tab.select_account(books.bank)
    dialog = tab.edit_account()
    assert dialog is not None and dialog.name.text() == "BNP Paribas"
    assert dialog.iban.text() == "FR76 3000 6000 0112 3456 7890 189"
    dialog.name.setText("BNP Paribas courant")
    dialog.iban.setText("FR14 2004 1010 0505 0001 3M02 606")
    assert dialog.iban_check.text().startswith("✓")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    with books.ledger.read() as session:
        account = get_treasury_account(session, books.bank)
    assert (account.name, account.iban, account.balance) == (
        "BNP Paribas courant", "FR1420041010050500013M02606", 1_000_000)
    assert tab.view.title.text() == "BNP Paribas courant"
