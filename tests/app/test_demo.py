"""The demo company: deterministic, balanced, realistic enough to demonstrate with."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from app.demo import create_demo_ledger, demo_settings, resolve_accounts
from app.ledger.accounts import account_balances, list_accounts
from app.ledger.company import get_company
from app.ledger.integrity import verify_ledger
from app.storage.ledger_file import open_ledger_file

ENTRIES = 1500


@pytest.fixture
def demo(tmp_path: Path, fixed_clock: dt.datetime) -> Path:
    path = tmp_path / "demo.comptoir"
    assert create_demo_ledger(path, entries=ENTRIES, seed=3) == ENTRIES
    return path


def rows(path: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(str(path))
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def test_same_seed_and_day_give_the_same_ledger(demo: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.comptoir"
    other = tmp_path / "other.comptoir"
    create_demo_ledger(again, entries=ENTRIES, seed=3)
    create_demo_ledger(other, entries=ENTRIES, seed=4)
    assert verify_ledger(again).last_hash == verify_ledger(demo).last_hash
    assert verify_ledger(other).last_hash != verify_ledger(demo).last_hash


def test_the_demo_verifies_and_its_trial_balance_is_zero(demo: Path) -> None:
    report = verify_ledger(demo)
    assert report.ok and report.entries == ENTRIES
    ledger = open_ledger_file(demo)
    try:
        with ledger.read() as session:
            assert get_company(session).name == demo_settings().name
            balances = account_balances(session)
            classes = [a.code for a in list_accounts(session) if a.parent_code is None]
    finally:
        ledger.close()
    totals = [balances[code] for code in classes]  # each class sums its sub-accounts
    assert sum(b.debit for b in totals) == sum(b.credit for b in totals) > 0
    assert sum(b.balance for b in totals) == 0
    debit, credit = rows(demo, "SELECT sum(base_debit), sum(base_credit) FROM journal_line")[0]
    assert debit == credit


def test_two_years_ending_today(demo: Path, fixed_clock: dt.datetime) -> None:
    today = fixed_clock.astimezone().date()
    first, last = rows(demo, "SELECT min(date), max(date) FROM journal_entry")[0]
    opening = rows(demo, "SELECT date FROM journal_entry WHERE journal_code = 'AN'")
    assert first == opening[0][0]
    assert dt.date.fromisoformat(first) == today.replace(year=today.year - 2) + dt.timedelta(1)
    assert last == today.isoformat()


def test_every_kind_of_business_is_there(demo: Path) -> None:
    journals = dict(rows(demo, "SELECT journal_code, count(*) FROM journal_entry GROUP BY 1"))
    # The opening entry and the opening balances of the two banks and the till (3).
    assert journals["AN"] == 4 and journals["OD"] >= 40  # payrolls and VAT returns
    assert min(journals["VT"], journals["AC"], journals["BQ1"], journals["CA1"]) > 100
    assert journals["BQ2"] > 20  # direct debits on the second bank
    used = {code for (code,) in rows(demo, "SELECT DISTINCT a.code FROM journal_line l"
                                           " JOIN account a ON a.id = l.account_id")}
    assert {"5121", "5122", "5311", "58", "411", "401", "706", "707", "44566", "44571",
            "44551", "6411", "6451", "421", "431", "6132", "627", "471"} <= used


def test_role_accounts_come_from_the_template(demo: Path) -> None:
    ledger = open_ledger_file(demo)
    try:
        with ledger.read() as session:
            accounts = resolve_accounts(list_accounts(session))
    finally:
        ledger.close()
    assert (accounts.bank, accounts.cash, accounts.vat_collected) == ("512", "531", "44571")
    assert (accounts.customers, accounts.suppliers) == ("411", "401")
    assert accounts.bank_fees == "627"


def test_money_flows_make_sense(demo: Path) -> None:
    # The till never goes negative, transfers clear through 58, wages are paid in full.
    running = 0
    for debit, credit in rows(demo, "SELECT l.base_debit, l.base_credit FROM journal_line l"
                                    " JOIN account a ON a.id = l.account_id WHERE a.code = '5311'"
                                    " ORDER BY l.entry_date, l.id"):
        running += debit - credit
        assert running >= 0
    balance = dict(rows(demo, "SELECT a.code, sum(l.base_debit - l.base_credit)"
                              " FROM journal_line l JOIN account a ON a.id = l.account_id"
                              " GROUP BY a.code"))
    assert balance["58"] == 0  # deposits leave the till and reach the bank the same day
    assert balance["471"] == 0  # the opening entries clear the opening-balance account
    assert balance["421"] <= 0 and balance["44571"] <= 0 and balance["44566"] >= 0


def test_vat_is_cleared_every_month(demo: Path) -> None:
    monthly = rows(demo, """
        SELECT substr(l.entry_date, 1, 7) AS month, sum(l.base_debit - l.base_credit)
        FROM journal_line l JOIN account a ON a.id = l.account_id
        JOIN journal_entry e ON e.id = l.entry_id
        WHERE a.code = '44571' AND e.source <> 'demo-vat' GROUP BY month ORDER BY month""")
    returns = rows(demo, """
        SELECT e.reference, l.base_debit FROM journal_line l
        JOIN account a ON a.id = l.account_id JOIN journal_entry e ON e.id = l.entry_id
        WHERE a.code = '44571' AND e.source = 'demo-vat'""")
    declared = {reference.removeprefix("CA3-"): debit for reference, debit in returns}
    for month, collected in monthly[:-1]:  # the current month is declared next month
        assert declared[month.replace("-", "")] == -collected


def test_entry_numbers_have_no_gap(demo: Path) -> None:
    for journal, year, count, highest in rows(
            demo, "SELECT journal_code, fiscal_year, count(*), max(number)"
                  " FROM journal_entry GROUP BY 1, 2"):
        assert highest == f"{journal}-{year}-{count:06d}"


def test_a_cancelled_demo_leaves_no_file(tmp_path: Path, fixed_clock: dt.datetime) -> None:
    path = tmp_path / "cancelled.comptoir"

    def cancel(_done: int, _wanted: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        create_demo_ledger(path, entries=10, progress=cancel)
    assert list(tmp_path.iterdir()) == []


def test_the_treasury_has_two_banks_and_a_till_with_categorised_movements(demo: Path) -> None:
    accounts = rows(demo, "SELECT kind, name FROM treasury_account ORDER BY kind, name")
    assert accounts == [("bank", "BNP Paribas"), ("bank", "Crédit Agricole"),
                        ("cash", "Caisse magasin")]
    kinds = dict(rows(demo, "SELECT coalesce(c.name, m.kind), count(*) FROM treasury_movement m"
                            " LEFT JOIN treasury_category c ON c.id = m.category_id GROUP BY 1"))
    assert {"Ventes de marchandises", "Loyer", "Salaires", "Règlements clients",
            "Règlements fournisseurs", "transfer"} <= set(kinds)
    assert kinds["Ventes de marchandises"] > 100
