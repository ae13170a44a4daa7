"""The journal tab over a real ledger: lazy paging, filters and totals, reversal."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from app.ledger.journal_view import JournalFilter, journal_totals
from app.ledger.posting import LineInput, get_entry, post_entry
from ui.tabs.journal.dialogs.view_entry_dialog import EntryViewDialog
from ui.tabs.journal.tab import JournalTab


def make_tab(qtbot, ledger) -> JournalTab:
    tab = JournalTab(ledger)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_lazy_model_passes_the_qt_model_tester(qtbot, qtmodeltester, thousand_lines):
    tab = make_tab(qtbot, thousand_lines)
    assert tab.model.rowCount() == 1000
    qtmodeltester.check(tab.model, force_py=False)


def test_only_the_pages_on_screen_are_read(qtbot, thousand_lines):
    tab = make_tab(qtbot, thousand_lines)
    qtbot.wait(20)
    assert tab.model.page_reads == [0]
    tab.view.table.scrollToBottom()
    qtbot.wait(20)
    assert tab.model.page_reads == [0, 4]  # 1,000 lines = pages 0 to 4; 1 to 3 unread
    last = tab.model.index(999, 6)
    # The last day (day 300) holds sale 300 only: 1 299 cents, its 706 credit line last.
    assert last.data() == "12,99"


def test_amounts_are_right_aligned_and_formatted_in_the_ledger_locale(qtbot, thousand_lines):
    tab = make_tab(qtbot, thousand_lines)
    debit = tab.model.index(0, 5)
    assert debit.data() == "10,00"
    assert debit.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert tab.model.index(0, 0).data() == "01/01/2026"
    assert tab.view.lines_total.text().replace("\u202f", " ") == "1 000 lines"


def test_filters_change_the_rows_and_the_totals(qtbot, thousand_lines):
    ledger = thousand_lines
    tab = make_tab(qtbot, ledger)
    with ledger.read() as session:
        everything = journal_totals(session)
    assert tab.view.debit_total.text().replace("\u202f", " ") == _money(everything.debit)

    tab.view.account.set_account_code("512")
    assert tab.model.rowCount() == 500
    with ledger.read() as session:
        bank = journal_totals(session, JournalFilter(account_code="512"))
    assert tab.view.debit_total.text().replace("\u202f", " ") == _money(bank.debit)
    assert tab.view.credit_total.text() == "0,00"

    tab.view.all_dates.setChecked(False)
    tab.view.date_from.setDate(QDate(2026, 1, 1))
    tab.view.date_to.setDate(QDate(2026, 1, 10))
    # 500 sales over 300 days: days 1 to 10 hold sales 1-10 and 301-310.
    assert tab.model.rowCount() == 20

    tab.view.all_dates.setChecked(True)
    tab.view.account.set_account_code(None)
    qtbot.keyClicks(tab.view.search, "Vente 421")
    assert tab.model.rowCount() == 1000  # the search waits for a pause in typing
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=2000)
    assert "2" in tab.view.lines_total.text()


def test_a_code_prefix_filters_by_sub_accounts(qtbot, thousand_lines):
    tab = make_tab(qtbot, thousand_lines)
    tab.view.account.setEditText("7")
    tab.view.account.lineEdit().editingFinished.emit()
    assert tab.model.rowCount() == 500
    assert tab.current_filter().account_code == "7"


def test_reverse_an_entry_through_the_interface(qtbot, ledger, fixed_clock, shown_errors):
    with ledger.unit_of_work() as session:
        original = post_entry(session, journal="OD", date=dt.date(2026, 5, 4), label="Loyer",
                              lines=[LineInput("613", debit=80000),
                                     LineInput("512", credit=80000)])
    tab = make_tab(qtbot, ledger)
    tab.select_row(0)
    assert tab.view.reverse_button.isEnabled()
    qtbot.mouseClick(tab.view.reverse_button, Qt.MouseButton.LeftButton)
    dialog = _reverse_dialog(tab)
    assert dialog.reversal_date() == dt.date(2026, 5, 4)
    assert dialog.reversal_label() == f"Reversal of {original.number}: Loyer"
    dialog.accept()

    assert shown_errors == []
    with ledger.read() as session:
        entry = get_entry(session, original.id)
        assert entry.reversed_by_id is not None
        reversal = get_entry(session, entry.reversed_by_id)
    assert reversal.reversal_of_id == original.id
    assert reversal.date == dt.date(2026, 5, 4)
    assert tab.model.rowCount() == 4
    statuses = [tab.model.index(row, 7).data() for row in range(4)]
    assert statuses == ["Reversed", "Reversed", "Reversal", "Reversal"]
    assert tab.model.index(0, 0).data(Qt.ItemDataRole.FontRole).italic()
    tab.select_row(0)
    assert not tab.view.reverse_button.isEnabled()


def test_reversal_date_is_today_when_the_original_date_is_locked(
        qtbot, ledger, fixed_clock, shown_errors):
    from app.ledger.company import set_lock_date

    with ledger.unit_of_work() as session:
        post_entry(session, journal="OD", date=dt.date(2026, 2, 1), label="Old",
                   lines=[LineInput("613", debit=100), LineInput("512", credit=100)])
        set_lock_date(session, dt.date(2026, 6, 30))
    tab = make_tab(qtbot, ledger)
    tab.select_row(0)
    dialog = tab.reverse_selected()
    assert dialog is not None
    assert dialog.reversal_date() == dt.date(2026, 11, 23)
    dialog.reject()


def test_view_entry_shows_the_entry_and_links_to_its_reversal(qtbot, ledger, fixed_clock):
    from app.ledger.posting import reverse_entry

    with ledger.unit_of_work() as session:
        original = post_entry(session, journal="OD", date=dt.date(2026, 5, 4), label="Loyer",
                              reference="F-12",
                              lines=[LineInput("613", debit=80000),
                                     LineInput("512", credit=80000)])
        reversal = reverse_entry(session, entry_id=original.id)
    tab = make_tab(qtbot, ledger)
    cell = tab.view.table.visualRect(tab.model.index(0, 1)).center()
    qtbot.mouseClick(tab.view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(tab.view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = tab.findChild(EntryViewDialog)
    assert dialog is not None
    assert dialog.number.text() == original.number
    assert dialog.reference.text() == "F-12"
    assert dialog.hash.text() == original.hash
    assert reversal.number in dialog.link.text()
    assert dialog.lines.rowCount() == 2
    assert dialog.lines.index(0, 3).data() == "800,00"
    dialog.link.linkActivated.emit(str(reversal.id))
    assert dialog.number.text() == reversal.number
    assert original.number in dialog.link.text()


def _reverse_dialog(tab):
    from ui.tabs.journal.dialogs.reverse_dialog import ReverseDialog

    dialog = tab.findChild(ReverseDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _money(minor: int) -> str:
    from ui.common.formatting import money_text

    return money_text(minor, "EUR", "fr_FR").replace("\u202f", " ")


def test_a_refresh_keeps_the_place_and_a_new_filter_starts_at_the_top(qtbot, thousand_lines):
    tab = make_tab(qtbot, thousand_lines)
    scrollbar = tab.view.table.verticalScrollBar()
    scrollbar.setValue(400)
    tab.refresh()
    assert scrollbar.value() == 400
    tab.view.account.set_account_code("512")
    assert scrollbar.value() == 0
