"""Typing entries into the entry dialog, posting them, and drafts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.ledger.drafts import DraftLineInput, list_drafts, save_draft
from app.ledger.posting import find_entry_by_number, get_entry
from ui.tabs.journal.dialogs.drafts_dialog import DraftsDialog
from ui.tabs.journal.dialogs.entry_dialog import EntryDialog
from ui.tabs.journal.models import EntryLinesModel
from ui.tabs.journal.tab import JournalTab


def make_tab(qtbot, ledger) -> JournalTab:
    tab = JournalTab(ledger)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def type_keys(qtbot, text: str) -> None:
    """Type into whatever has the focus (a cell editor once the grid starts editing)."""
    for char in text:
        qtbot.keyClick(focused(), char)


def press(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focused(), key)


def focused():
    # A completion popup takes the keys while it is open, as with a real keyboard.
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def open_new_entry(qtbot, tab: JournalTab) -> EntryDialog:
    qtbot.mouseClick(tab.view.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(EntryDialog)
    assert dialog is not None
    wait_active(qtbot, dialog)
    return dialog


def wait_active(qtbot, dialog) -> None:
    """Keys go to the focus widget, which only an active window has."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def type_line(qtbot, account: str, label: str, debit: str, credit: str) -> None:
    """One grid line, cell by cell, Tab between cells (Enter after the last)."""
    for text in (account, label, debit):
        type_keys(qtbot, text)
        press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, credit)
    press(qtbot, Qt.Key.Key_Return)


def in_grid(dialog: EntryDialog) -> bool:
    widget = QApplication.focusWidget()
    return widget is dialog.grid or dialog.grid.isAncestorOf(widget)


def start_grid(qtbot, dialog: EntryDialog) -> None:
    dialog.grid.setFocus()
    qtbot.waitUntil(lambda: in_grid(dialog))
    assert dialog.grid.currentIndex().row() == 0


def test_type_an_entry_and_post_it(qtbot, ledger, fixed_clock, shown_errors):
    tab = make_tab(qtbot, ledger)
    dialog = open_new_entry(qtbot, tab)
    dialog.label.setFocus()
    type_keys(qtbot, "Loyer novembre")
    press(qtbot, Qt.Key.Key_Return)  # Enter moves on to the reference
    assert dialog.isVisible() and dialog.reference.hasFocus()
    type_keys(qtbot, "F-2026-11")
    press(qtbot, Qt.Key.Key_Return)  # ... then into the grid's first cell
    assert in_grid(dialog)

    type_line(qtbot, "613", "", "1234,5", "")
    assert dialog.lines.rowCount() == 2  # a blank line appeared for the next one
    assert not dialog.post_button.isEnabled()
    assert dialog.difference.text().replace("\u202f", " ") == "1 234,50"
    # The second line: the account alone takes the balancing credit.
    type_keys(qtbot, "512")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.lines.lines()[1].credit == 123450
    assert dialog.difference.text() == "0,00"
    assert dialog.post_button.isEnabled()

    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert shown_errors == []
    assert not dialog.isVisible()
    assert dialog.posted is not None
    with ledger.read() as session:
        entry = find_entry_by_number(session, "OD-2026-000001")
    assert entry.label == "Loyer novembre"
    assert entry.reference == "F-2026-11"
    assert entry.date == dt.date(2026, 11, 23)
    assert [(ln.account_code, ln.debit, ln.credit) for ln in entry.lines] == [
        ("613", 123450, 0), ("512", 0, 123450)]
    assert tab.model.rowCount() == 2  # the journal shows it at once


def test_an_unbalanced_entry_cannot_be_posted(qtbot, ledger, fixed_clock, shown_errors):
    tab = make_tab(qtbot, ledger)
    dialog = open_new_entry(qtbot, tab)
    start_grid(qtbot, dialog)
    type_line(qtbot, "512", "Vente", "100", "")
    type_line(qtbot, "706", "", "", "90")
    assert dialog.lines.totals() == (10000, 9000)
    assert not dialog.post_button.isEnabled()
    assert dialog.difference.text() == "10,00"
    assert "c62828" in dialog.difference.styleSheet()  # shown in red
    assert dialog.problem.text() == "Debits and credits must be equal"
    dialog.post()  # even asked directly, nothing is posted
    assert tab.model.rowCount() == 0
    dialog.reject()


def test_a_single_line_or_an_unknown_account_keeps_post_disabled(qtbot, ledger, fixed_clock):
    tab = make_tab(qtbot, ledger)
    dialog = open_new_entry(qtbot, tab)
    lines = dialog.lines
    lines.setData(lines.index(0, EntryLinesModel.ACCOUNT), "512")
    lines.setData(lines.index(0, EntryLinesModel.DEBIT), 500)
    assert not dialog.post_button.isEnabled()
    lines.setData(lines.index(1, EntryLinesModel.ACCOUNT), "99999")
    lines.setData(lines.index(1, EntryLinesModel.CREDIT), 500)
    assert not dialog.post_button.isEnabled()
    assert "Line 2" in dialog.problem.text()
    assert lines.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    lines.setData(lines.index(1, EntryLinesModel.ACCOUNT), "706")
    assert dialog.post_button.isEnabled()
    lines.remove_line(1)
    assert not dialog.post_button.isEnabled()
    dialog.reject()


def test_account_cells_complete_on_names(qtbot, ledger, fixed_clock):
    tab = make_tab(qtbot, ledger)
    dialog = open_new_entry(qtbot, tab)
    start_grid(qtbot, dialog)
    # A name that only one postable account has is enough.
    type_keys(qtbot, "banques")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.lines.lines()[0].account == "512"
    assert dialog.lines.index(0, 0).data() == "512 — Banques"

    # Several matches: the completion list offers them; Down and Enter pick one.
    dialog.grid.setCurrentIndex(dialog.lines.index(1, 0))
    type_keys(qtbot, "prestations de serv")
    popup = QApplication.focusWidget().completer().popup()
    assert popup.isVisible()
    assert popup.model().rowCount() > 1
    first = popup.model().index(0, 0).data()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # takes the highlighted completion
    press(qtbot, Qt.Key.Key_Return)  # and moves on
    assert dialog.lines.index(1, 0).data() == first

    # Text that names no account stays as typed, in red, and blocks posting.
    dialog.grid.setCurrentIndex(dialog.lines.index(2, 0))
    type_keys(qtbot, "nowhere")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.lines.lines()[2].account == "nowhere"
    assert "Line 3" in dialog.problem.text()
    dialog.reject()


def test_save_a_draft_reopen_it_and_post_it(qtbot, ledger, fixed_clock, shown_errors):
    tab = make_tab(qtbot, ledger)
    dialog = open_new_entry(qtbot, tab)
    dialog.date.setDate(QDate(2026, 10, 2))
    dialog.label.setText("Achat fournitures")
    start_grid(qtbot, dialog)
    type_line(qtbot, "606", "", "45", "")
    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with ledger.read() as session:
        (draft,) = list_drafts(session)
    assert draft.label == "Achat fournitures"
    assert draft.lines == (DraftLineInput("606", 4500, 0, ""),)
    assert tab.view.drafts_button.text() == "Drafts (1)"

    qtbot.mouseClick(tab.view.drafts_button, Qt.MouseButton.LeftButton)
    drafts = tab.findChild(DraftsDialog)
    assert drafts is not None and drafts.drafts.rowCount() == 1
    assert not drafts.post_button.isEnabled()  # it does not balance yet
    reopened = drafts.open_selected()
    assert reopened is not None
    assert reopened.label.text() == "Achat fournitures"
    assert reopened.lines.lines()[0].debit == 4500
    wait_active(qtbot, reopened)
    reopened.grid.setFocus()
    reopened.grid.setCurrentIndex(reopened.lines.index(1, 0))
    type_keys(qtbot, "512")
    press(qtbot, Qt.Key.Key_Tab)
    assert reopened.post_button.isEnabled()
    qtbot.mouseClick(reopened.post_button, Qt.MouseButton.LeftButton)

    assert shown_errors == []
    with ledger.read() as session:
        assert list_drafts(session) == []
        entry = get_entry(session, reopened.posted.id)
    assert entry.number == "OD-2026-000001"
    assert entry.date == dt.date(2026, 10, 2)
    assert [(ln.account_code, ln.debit, ln.credit) for ln in entry.lines] == [
        ("606", 4500, 0), ("512", 0, 4500)]
    assert drafts.drafts.rowCount() == 0
    assert tab.model.rowCount() == 2
    drafts.accept()


def test_post_and_discard_from_the_drafts_list(qtbot, ledger, fixed_clock, shown_errors,
                                               confirm_yes):
    with ledger.unit_of_work() as session:
        for label in ("Balanced", "Dropped"):
            save_draft(session, journal="OD", date=dt.date(2026, 9, 1), label=label,
                       lines=[DraftLineInput("512", debit=700),
                              DraftLineInput("706", credit=700)])
    tab = make_tab(qtbot, ledger)
    drafts = tab.show_drafts()
    assert drafts.selected_draft().label == "Balanced"
    qtbot.mouseClick(drafts.post_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2
    assert drafts.selected_draft().label == "Dropped"
    qtbot.mouseClick(drafts.discard_button, Qt.MouseButton.LeftButton)
    assert len(confirm_yes) == 1
    with ledger.read() as session:
        assert list_drafts(session) == []
    assert shown_errors == []
    assert tab.view.drafts_button.text() == "Drafts"
    drafts.accept()


def test_posting_errors_are_shown_and_nothing_is_written(qtbot, ledger, fixed_clock,
                                                          shown_errors):
    from app.ledger.company import set_lock_date

    with ledger.unit_of_work() as session:
        set_lock_date(session, dt.date(2026, 12, 31))
    tab = make_tab(qtbot, ledger)
    dialog = open_new_entry(qtbot, tab)
    start_grid(qtbot, dialog)
    type_line(qtbot, "512", "", "10", "")
    type_keys(qtbot, "706")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.mouseClick(dialog.post_button, Qt.MouseButton.LeftButton)
    assert len(shown_errors) == 1
    assert "locked" in shown_errors[0]
    assert dialog.isVisible()  # the user can change the date and try again
    assert tab.model.rowCount() == 0
    dialog.reject()
