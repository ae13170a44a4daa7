"""The dashboard tab over a real ledger: month totals equal to the ledger, the movements
behind a cell, the forecast from recurring items, account selection and the export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from app.treasury.recurring import RecurringInput, add_recurring, list_recurring
from app.treasury.register import RegisterFilter, register_totals
from tests.ui.conftest import TreasuryBooks
from ui.tabs.dashboard.dialogs.cell_lines_dialog import CellLinesDialog
from ui.tabs.dashboard.dialogs.recurring_dialog import RecurringItemDialog
from ui.tabs.dashboard.models import FORECAST_COLOUR, DashboardTableModel
from ui.tabs.dashboard.tab import DashboardTab
from ui.tabs.treasury.dialogs.movement_view_dialog import MovementViewDialog

FEB, MAR = 2, 3  # month numbers; the fiscal year is the calendar year


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def make_tab(qtbot, ledger) -> DashboardTab:
    tab = DashboardTab(ledger)
    qtbot.addWidget(tab)
    tab.resize(1500, 900)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def column(month: int) -> int:
    return DashboardTableModel.FIRST_MONTH + month - 1


def text(tab: DashboardTab, label: str, month: int) -> str:
    row = tab.model.row_of(label)
    assert row >= 0, label
    return plain(tab.model.index(row, column(month)).data() or "")


def amount(tab: DashboardTab, label: str, month: int) -> int:
    row = tab.model.row_of(label)
    return int(tab.model.index(row, column(month)).data(Qt.ItemDataRole.UserRole))


def small_year(books: TreasuryBooks) -> dict[str, int]:
    """Five movements over February and March; their ids by name."""
    return {
        "fees": books.record(books.bank, "out", "622", 40_000, dt.date(2026, 2, 3),
                             vat_rate="20", counterparty="Cabinet Roux"),
        "services": books.record(books.bank, "in", "706", 150_000, dt.date(2026, 2, 20),
                                 counterparty="Client Martin"),
        "supplies": books.record(books.bank, "out", "6064", 10_000, dt.date(2026, 3, 2),
                                 vat_rate="20", counterparty="Bureau Vallée"),
        "shop": books.record(books.cash, "in", "707", 30_000, dt.date(2026, 3, 14),
                             counterparty="Comptoir"),
        "more_supplies": books.record(books.cash, "out", "6064", 5_000, dt.date(2026, 3, 21),
                                      counterparty="Droguerie"),
    }


def ledger_month(books: TreasuryBooks, month: int) -> tuple[int, int]:
    """Money in and out of both accounts in a month, from the registers."""
    start = dt.date(2026, month, 1)
    end = dt.date(2026, month + 1, 1) - dt.timedelta(days=1)
    money_in = money_out = 0
    with books.ledger.read() as session:
        for account in (books.bank, books.cash):
            totals = register_totals(session, RegisterFilter(account, start, end))
            money_in += totals.money_in
            money_out += totals.money_out
    return money_in, money_out


def test_month_totals_equal_the_ledger(qtbot, qtmodeltester, treasury_books):
    books: TreasuryBooks = treasury_books
    small_year(books)
    tab = make_tab(qtbot, books.ledger)
    qtmodeltester.check(tab.model, force_py=False)
    assert tab.view.year.value() == 2026
    for month in (1, FEB, MAR, 4):
        money_in, money_out = ledger_month(books, month)
        assert amount(tab, "Total in", month) == money_in
        assert amount(tab, "Total out", month) == money_out
    assert text(tab, books.category_name("622"), FEB) == "480,00"  # VAT included
    assert text(tab, books.category_name("6064"), MAR) == "170,00"  # bank and cash
    assert text(tab, "Total out", FEB) == "480,00"
    assert text(tab, "Net", MAR) == "130,00"
    # The cumulative balance ends where the two accounts' balances are.
    assert amount(tab, "Balance (cumulative)", MAR) == (
        books.balance(books.bank) + books.balance(books.cash))
    assert text(tab, "VAT deductible", FEB) == "80,00"
    assert tab.model.index(tab.model.row_of("Net"), column(MAR)).data(
        Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight


def test_choosing_accounts_narrows_the_figures(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    small_year(books)
    tab = make_tab(qtbot, books.ledger)
    tab.view.accounts.set_selected_ids([books.cash])
    assert tab.view.accounts.text() == "Caisse magasin"
    assert tab.dashboard is not None and tab.dashboard.treasury_account_ids == (books.cash,)
    assert text(tab, "Total in", MAR) == "300,00"
    assert tab.model.row_of(books.category_name("622")) == -1
    tab.view.accounts.set_selected_ids(None)
    assert tab.view.accounts.text() == "All accounts"
    assert text(tab, "Total in", MAR) == "300,00"  # the bank had no money in in March
    assert text(tab, "Total in", FEB) == "1 500,00"


def test_clicking_a_cell_lists_its_movements(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    ids = small_year(books)
    tab = make_tab(qtbot, books.ledger)
    row = tab.model.row_of(books.category_name("6064"))
    index = tab.model.index(row, column(MAR))
    qtbot.mouseClick(tab.view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.view.table.visualRect(index).center())
    dialog = tab.findChild(CellLinesDialog)
    assert dialog is not None
    lines = [dialog.model.line_at(r) for r in range(dialog.model.rowCount())]
    assert [line.movement_id for line in lines] == [ids["supplies"], ids["more_supplies"]]
    assert [line.amount for line in lines] == [12_000, 5_000]
    assert "170,00 €" in plain(dialog.summary.text())
    shown = dialog.open_line(0)
    assert isinstance(shown, MovementViewDialog)
    assert shown.details is not None and shown.details.movement.id == ids["supplies"]
    shown.close()
    dialog.close()
    # Labels and totals list nothing.
    assert tab.open_cell(tab.model.index(row, DashboardTableModel.LABEL)) is None
    assert tab.open_cell(tab.model.index(tab.model.row_of("Net"), column(MAR))) is None


def test_forecast_months_are_marked_and_fed_by_recurring_items(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books
    tab = make_tab(qtbot, books.ledger)  # today is 23 November 2026: December is forecast
    model = tab.model
    december = column(12)
    assert "forecast" in model.headerData(december, Qt.Orientation.Horizontal)
    assert "forecast" not in model.headerData(column(11), Qt.Orientation.Horizontal)
    total_in = model.row_of("Total in")
    brush = model.index(total_in, december).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == FORECAST_COLOUR
    assert model.index(total_in, column(11)).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not tab.view.legend.isHidden()

    items = tab.edit_recurring()
    dialog = items.add_item()
    assert isinstance(dialog, RecurringItemDialog)
    qtbot.keyClicks(dialog.label, "Loyer boutique")
    qtbot.keyClicks(dialog.amount, "900")
    dialog.day.setValue(5)
    dialog.category.setCurrentIndex(dialog.category.findText(books.category_name("6132")))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    with books.ledger.read() as session:
        (item,) = list_recurring(session)
    assert (item.label, item.amount, item.day_of_month) == ("Loyer boutique", 90_000, 5)
    # The dashboard re-read the forecast: December carries the rent, November does not.
    assert text(tab, books.category_name("6132"), 12) == "900,00"
    assert text(tab, books.category_name("6132"), 11) == ""
    assert items.model.rowCount() == 1

    items.table.selectRow(0)
    items.toggle_active()
    with books.ledger.read() as session:
        assert not list_recurring(session)[0].active
    assert tab.model.row_of(books.category_name("6132")) == -1
    items.close()


def test_clicking_a_forecast_cell_lists_its_planned_items(qtbot, treasury_books):
    books: TreasuryBooks = treasury_books  # today is 23 November 2026: December is forecast
    rent = books.categories["6132"]
    with books.ledger.unit_of_work() as session:
        add_recurring(session, RecurringInput(
            label="Loyer boutique", direction="out", amount=90_000, day_of_month=5,
            start_date=dt.date(2026, 1, 1), category_id=rent.id))
        add_recurring(session, RecurringInput(
            label="Parking", direction="out", amount=8_000, day_of_month=28,
            start_date=dt.date(2026, 1, 1), category_id=rent.id, treasury_account_id=books.cash))
    # A cheque already written for December counts in the same cell.
    moved = books.record(books.bank, "out", "6132", 5_000, dt.date(2026, 12, 10),
                         counterparty="Syndic")
    tab = make_tab(qtbot, books.ledger)
    row = tab.model.row_of(rent.name)
    december = tab.model.index(row, column(12))
    assert text(tab, rent.name, 12) == "1 030,00"
    assert "planned" in december.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.mouseClick(tab.view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.view.table.visualRect(december).center())
    dialog = tab.findChild(CellLinesDialog)
    assert dialog is not None and dialog.isVisible()
    model = dialog.model
    shown = [[plain(model.index(r, c).data() or "") for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    assert [line[1:] for line in shown] == [
        ["planned", "", "Loyer boutique", "900,00"],
        [shown[1][1], "BNP Paribas", "Syndic", "50,00"],
        ["planned", "", "Parking", "80,00"]]
    assert [line[0] for line in shown] == ["05/12/2026", "10/12/2026", "28/12/2026"]
    assert model.planned_at(0) is not None and model.line_at(0) is None
    assert model.line_at(1) is not None and model.line_at(1).movement_id == moved
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name() == \
        FORECAST_COLOUR
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    summary = plain(dialog.summary.text())
    assert "1 030,00 €" in summary and "planned: 980,00 €" in summary
    assert dialog.open_line(0) is None  # a plan has nothing to open
    opened = dialog.open_line(1)
    assert isinstance(opened, MovementViewDialog)
    opened.close()
    dialog.close()

    # Only the bank chosen: the cash box's parking is not planned for it.
    tab.view.accounts.set_selected_ids([books.bank])
    dialog = tab.open_cell(tab.model.index(row, column(12)))
    assert dialog is not None
    assert [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())] == [
        "Loyer boutique", "Syndic"]
    dialog.close()
    # Totals list nothing, forecast or not.
    assert tab.open_cell(tab.model.index(tab.model.row_of("Total out"), column(12))) is None


def test_the_dashboard_is_exported_to_excel(qtbot, treasury_books, tmp_path: Path,
                                            save_file_answers, shown_infos):
    books: TreasuryBooks = treasury_books
    small_year(books)
    tab = make_tab(qtbot, books.ledger)
    save_file_answers.append(str(tmp_path / "tresorerie"))
    path = tab.export()
    assert path == tmp_path / "tresorerie.xlsx"
    assert shown_infos and str(path) in shown_infos[0]
    sheet = openpyxl.load_workbook(path).active
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if row and row[0]}
    total_out = [key for key in rows if str(key).lower().startswith(("total out", "total d"))]
    assert total_out, list(rows)
    assert rows[total_out[0]][FEB] == 480
