"""The chart-of-accounts tab: the tree, balances at a date, and account changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.ledger.accounts import account_balances, get_account, list_accounts
from app.ledger.posting import LineInput, post_entry
from ui.tabs.accounts.dialogs.account_dialogs import AddAccountDialog, RenameAccountDialog
from ui.tabs.accounts.tab import AccountsTab


def make_tab(qtbot, ledger) -> AccountsTab:
    tab = AccountsTab(ledger)
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def ok(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def post(ledger, day: dt.date, debit: str, credit: str, amount: int) -> None:
    with ledger.unit_of_work() as session:
        post_entry(session, journal="OD", date=day, label="Test",
                   lines=[LineInput(debit, debit=amount), LineInput(credit, credit=amount)])


def test_the_tree_follows_the_chart(qtbot, qtmodeltester, ledger, fixed_clock):
    tab = make_tab(qtbot, ledger)
    qtmodeltester.check(tab.model, force_py=False)
    with ledger.read() as session:
        accounts = list_accounts(session)
    roots = [a.code for a in accounts if a.parent_code is None]
    assert [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())] == roots
    bank = tab.model.index_of("512")
    assert bank.data() == "512"
    assert bank.siblingAtColumn(tab.model.TYPE).data() == "Asset"
    assert bank.parent().data() == "51"
    assert bank.parent().parent().data() == "5"


def test_add_rename_and_deactivate_a_sub_account(qtbot, ledger, fixed_clock, shown_errors):
    tab = make_tab(qtbot, ledger)
    assert tab.select_code("512")
    qtbot.mouseClick(tab.view.add_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(AddAccountDialog)
    assert dialog is not None and dialog.code.text() == "512"
    assert dialog.account_type() == "asset"  # the parent's type by default
    dialog.activateWindow()
    qtbot.waitUntil(dialog.code.hasFocus)
    qtbot.keyClicks(dialog.code, "1")  # the user types what follows the parent's code
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.name, "Banque Populaire")
    ok(dialog)

    assert shown_errors == []
    with ledger.read() as session:
        added = get_account(session, "5121")
    assert (added.name, added.parent_code, added.type) == ("Banque Populaire", "512", "asset")
    assert tab.selected_account().code == "5121"  # the new account is selected

    qtbot.mouseClick(tab.view.rename_button, Qt.MouseButton.LeftButton)
    rename = tab.findChild(RenameAccountDialog)
    assert rename is not None
    rename.name.setText("Banque Populaire Rives de Paris")
    ok(rename)
    with ledger.read() as session:
        assert get_account(session, "5121").name == "Banque Populaire Rives de Paris"
    assert tab.selected_account().code == "5121"

    assert tab.view.active_button.text() == "Deactivate"
    qtbot.mouseClick(tab.view.active_button, Qt.MouseButton.LeftButton)
    with ledger.read() as session:
        assert not get_account(session, "5121").active
    assert tab.view.show_inactive.isChecked()  # so the user still sees it
    assert tab.selected_account().code == "5121"
    assert tab.view.active_button.text() == "Reactivate"
    index = tab.model.index_of("5121")
    assert index.siblingAtColumn(tab.model.ACTIVE).data() == "No"

    tab.view.show_inactive.setChecked(False)
    assert not tab.proxy.mapFromSource(tab.model.index_of("5121")).isValid()


def test_the_code_must_extend_the_parent_code(qtbot, ledger, fixed_clock):
    tab = make_tab(qtbot, ledger)
    tab.select_code("512")
    dialog = tab.add_sub_account()
    dialog.name.setText("Ailleurs")
    dialog.code.setText("5131")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "512" in dialog.hint.text()
    dialog.code.setText("512")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.code.setText("51201")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()


def test_an_account_with_a_balance_cannot_be_deactivated(qtbot, ledger, fixed_clock,
                                                         shown_errors):
    post(ledger, dt.date(2026, 3, 1), "512", "706", 25000)
    tab = make_tab(qtbot, ledger)
    tab.select_code("512")
    qtbot.mouseClick(tab.view.active_button, Qt.MouseButton.LeftButton)
    assert len(shown_errors) == 1
    assert "512" in shown_errors[0] and "250" in shown_errors[0]
    with ledger.read() as session:
        assert get_account(session, "512").active
    assert not tab.view.show_inactive.isChecked()
    assert tab.selected_account().code == "512"


def test_a_duplicate_code_is_refused_clearly(qtbot, ledger, fixed_clock, shown_errors):
    tab = make_tab(qtbot, ledger)
    tab.select_code("53")
    dialog = tab.add_sub_account()
    dialog.code.setText("531")
    dialog.name.setText("Encore une caisse")
    ok(dialog)
    assert len(shown_errors) == 1 and "531" in shown_errors[0]


def test_balances_at_a_date_match_the_books(qtbot, ledger, fixed_clock):
    post(ledger, dt.date(2026, 1, 15), "512", "706", 100000)
    post(ledger, dt.date(2026, 2, 15), "607", "512", 30000)
    post(ledger, dt.date(2026, 3, 15), "531", "706", 5000)
    tab = make_tab(qtbot, ledger)
    tab.view.balances_at.setDate(QDate(2026, 2, 28))
    with ledger.read() as session:
        expected = account_balances(session, as_of=dt.date(2026, 2, 28))
    for code, amounts in expected.items():
        assert tab.model.balance_of(code) == amounts.balance, code
    assert tab.model.balance_of("512") == 70000
    assert tab.model.balance_of("5") == 70000  # parents roll up their sub-accounts
    bank = tab.model.index_of("512")
    assert bank.siblingAtColumn(tab.model.DEBIT).data() == "700,00"
    assert bank.siblingAtColumn(tab.model.CREDIT).data() == ""
    sales = tab.model.index_of("706")
    assert sales.siblingAtColumn(tab.model.CREDIT).data() == "1\u202f000,00"
    assert (sales.siblingAtColumn(tab.model.CREDIT).data(Qt.ItemDataRole.TextAlignmentRole)
            & Qt.AlignmentFlag.AlignRight)

    tab.view.balances_at.setDate(QDate(2026, 12, 31))
    assert tab.model.balance_of("5") == 75000


def test_search_keeps_the_branches_of_matches(qtbot, ledger, fixed_clock):
    tab = make_tab(qtbot, ledger)
    qtbot.keyClicks(tab.view.search, "banques")
    visible = tab.proxy.mapFromSource(tab.model.index_of("512"))
    assert visible.isValid()
    assert tab.view.tree.isExpanded(visible.parent())
    assert not tab.proxy.mapFromSource(tab.model.index_of("706")).isValid()
    tab.view.search.clear()
    assert tab.proxy.mapFromSource(tab.model.index_of("706")).isValid()
