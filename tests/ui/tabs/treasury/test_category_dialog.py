"""The categories of the Bank & cash tab, edited through their dialog: added by typing,
renamed, deactivated (the movement dialog stops offering them), and a bad account
refused with the books' reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt

from app.treasury.categories import get_category, list_categories
from tests.ui.conftest import TreasuryBooks
from ui.tabs.treasury.dialogs.category_dialog import CategoriesDialog, CategoryDialog
from ui.tabs.treasury.models import CategoriesModel, RegisterTableModel
from ui.tabs.treasury.tab import TreasuryTab


def make_tab(qtbot, ledger) -> TreasuryTab:
    tab = TreasuryTab(ledger)
    qtbot.addWidget(tab)
    tab.resize(1600, 800)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_categories(qtbot, tab: TreasuryTab) -> CategoriesDialog:
    click(qtbot, tab.view.categories_button)
    dialog = tab.findChild(CategoriesDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def select(dialog: CategoriesDialog, category_id: int) -> None:
    row = dialog.model.row_of(category_id)
    assert row >= 0
    dialog.table.selectRow(row)


def stored(books: TreasuryBooks, name: str):
    with books.ledger.read() as session:
        return next((c for c in list_categories(session, include_inactive=True)
                     if c.name == name), None)


def test_a_category_is_added_by_typing_and_offered_to_movements(qtbot, treasury_books,
                                                                shown_errors):
    books: TreasuryBooks = treasury_books
    tab = make_tab(qtbot, books.ledger)
    categories = open_categories(qtbot, tab)
    model = categories.model
    # Money in first, then money out, each with its account and rate.
    directions = [model.category_at(r).direction for r in range(model.rowCount())]
    assert directions == sorted(directions) and directions[0] == "in"
    supplies = model.row_of(books.categories["6064"].id)
    assert model.index(supplies, CategoriesModel.ACCOUNT).data().startswith("6064 — ")
    assert model.index(supplies, CategoriesModel.VAT_RATE).data() == "20"
    assert model.index(supplies, CategoriesModel.DIRECTION).data() == "Money out"
    assert model.index(supplies, CategoriesModel.ACTIVE).data() == "Yes"

    click(qtbot, categories.add_button)
    dialog = categories.findChild(CategoryDialog)
    assert dialog is not None and dialog.windowTitle() == "New category"
    assert dialog.hint.text() == "The category needs a name."
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Photocopies")
    assert dialog.hint.text() == "Choose the account the money is booked to."
    dialog.direction.setCurrentIndex(dialog.direction.findData("out"))
    qtbot.keyClicks(dialog.account.lineEdit(), "6064")
    assert dialog.account.account_code() == "6064"
    dialog.vat_rate.clear()
    qtbot.keyClicks(dialog.vat_rate, "5,5")
    assert dialog.ok_button.isEnabled(), dialog.hint.text()
    click(qtbot, dialog.ok_button)
    assert shown_errors == []
    assert not dialog.isVisible()

    added = stored(books, "Photocopies")
    assert added is not None
    assert (added.direction, added.account_code, added.vat_rate, added.active) == (
        "out", "6064", Decimal("5.5"), True)
    assert categories.selected_category() == added
    row = model.row_of(added.id)
    assert model.index(row, CategoriesModel.VAT_RATE).data() == "5,5"
    categories.close()

    movement = tab.record("out")
    index = movement.category.findText("Photocopies")
    assert index >= 0
    movement.category.setCurrentIndex(index)
    assert movement.vat_rate.text() == "5,5"  # the category's usual rate
    assert tab.record("in").category.findText("Photocopies") == -1


def test_a_category_is_renamed_and_the_register_shows_the_new_name(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    supplies = books.categories["6064"]
    books.record(books.bank, "out", "6064", 10_000, dt.date(2026, 3, 2), vat_rate="20")
    tab = make_tab(qtbot, books.ledger)
    tab.select_account(books.bank)
    tab.set_period("all")
    categories = open_categories(qtbot, tab)
    select(categories, supplies.id)
    click(qtbot, categories.edit_button)
    dialog = categories.findChild(CategoryDialog)
    assert dialog is not None and dialog.name.text() == supplies.name
    assert dialog.account.account_code() == "6064"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Fournitures de bureau")
    dialog.account.set_account_code("6061")
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()

    with books.ledger.read() as session:
        renamed = get_category(session, supplies.id)
    assert (renamed.name, renamed.account_code, renamed.vat_rate) == (
        "Fournitures de bureau", "6061", supplies.vat_rate)
    row = categories.model.row_of(supplies.id)
    assert categories.model.index(row, CategoriesModel.NAME).data() == "Fournitures de bureau"
    last = tab.model.rowCount() - 1
    assert tab.model.index(last, RegisterTableModel.CATEGORY).data() == "Fournitures de bureau"


def test_a_deactivated_category_leaves_the_movement_dialog(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    rent = books.categories["6132"]
    tab = make_tab(qtbot, books.ledger)
    movement = tab.record("out")  # already open: it re-reads the list
    assert movement.category.findText(rent.name) >= 0
    categories = tab.edit_categories()
    select(categories, rent.id)
    assert categories.active_button.text() == "Deactivate"
    click(qtbot, categories.active_button)

    with books.ledger.read() as session:
        assert rent.id not in {c.id for c in list_categories(session)}
        assert not get_category(session, rent.id).active
    assert movement.category.findText(rent.name) == -1
    assert tab.record("out").category.findText(rent.name) == -1
    row = categories.model.row_of(rent.id)  # still listed, greyed, to be reactivated
    assert categories.model.index(row, CategoriesModel.ACTIVE).data() == "No"
    assert categories.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert categories.active_button.text() == "Reactivate"

    click(qtbot, categories.active_button)
    with books.ledger.read() as session:
        assert get_category(session, rent.id).active
    assert movement.category.findText(rent.name) >= 0


def test_a_bad_account_is_refused_with_the_reason(qtbot, treasury_books, shown_errors):
    books: TreasuryBooks = treasury_books
    tab = make_tab(qtbot, books.ledger)
    categories = tab.edit_categories()
    dialog = categories.add_category()
    qtbot.keyClicks(dialog.name, "Depot")
    dialog.direction.setCurrentIndex(dialog.direction.findData("in"))
    # The bank's own account is not offered, and typed anyway it is refused.
    assert dialog.account.findText("5121", Qt.MatchFlag.MatchStartsWith) == -1
    qtbot.keyClicks(dialog.account.lineEdit(), "5121")
    assert dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    assert shown_errors == [
        "Account: 5121 is not an income, expense or third-party account."]
    assert dialog.isVisible()  # what was typed stays, to be corrected

    dialog.account.setEditText("")
    qtbot.keyClicks(dialog.account.lineEdit(), "999")
    click(qtbot, dialog.ok_button)
    assert shown_errors[1] == "There is no account 999 in the chart of accounts."
    assert dialog.isVisible()
    assert stored(books, "Depot") is None
    dialog.close()
