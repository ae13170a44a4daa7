from __future__ import annotations

import datetime as dt

import pytest

from app.errors import (
    AccountHasBalance,
    DuplicateAccount,
    InvalidAccountCode,
    NoParentAccount,
    UnknownAccount,
)
from app.ledger.accounts import (
    account_balances,
    account_for_role,
    add_account,
    codes_for_roles,
    get_account,
    list_accounts,
    postable_accounts,
    rename_account,
    set_account_active,
)
from app.ledger.posting import LineInput, post_entry
from app.storage.ledger_file import LedgerFile


def test_new_ledger_has_the_template_chart_with_roles(ledger: LedgerFile) -> None:
    with ledger.read() as session:
        accounts = {a.code: a for a in list_accounts(session)}
        assert account_for_role(session, "bank").code == "512"
        assert account_for_role(session, "vat_collected").code == "44571"
    assert accounts["512"].parent_code == "51"
    assert accounts["5"].has_children and not accounts["5"].postable


def test_codes_for_roles_reads_several_roles_at_once_and_names_a_missing_one(
        ledger: LedgerFile) -> None:
    with ledger.read() as session:
        assert codes_for_roles(session, "vat_collected", "bank") == {
            "vat_collected": "44571", "bank": "512"}
        with pytest.raises(UnknownAccount, match="no_such_role"):
            codes_for_roles(session, "bank", "no_such_role")


def test_sub_account_goes_under_its_longest_prefix(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        added = add_account(session, code="4111001", name="Client Martin")
    assert (added.parent_code, added.type) == ("4111", "asset")
    with ledger.read() as session:
        assert get_account(session, "411").postable  # 3-digit accounts stay postable
        assert not get_account(session, "41").postable  # a chapter heading does not
        assert "4111001" in {a.code for a in postable_accounts(session)}


@pytest.mark.parametrize(("code", "error"), [
    ("512", DuplicateAccount), ("51A", InvalidAccountCode), ("9123", InvalidAccountCode),
])
def test_bad_account_codes_are_refused(ledger: LedgerFile, code: str,
                                       error: type[Exception]) -> None:
    with pytest.raises(error), ledger.unit_of_work() as session:
        add_account(session, code=code, name="x")


def test_account_without_parent_is_refused(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        rows = [a for a in list_accounts(session) if a.code.startswith("8")]
    if rows:
        pytest.skip("this template has class 8")
    with pytest.raises(NoParentAccount), ledger.unit_of_work() as session:
        add_account(session, code="8999", name="x")


def test_rename_and_deactivate(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        add_account(session, code="5121", name="Banque Populaire")
        rename_account(session, code="5121", name="BNP Paribas")
        view = set_account_active(session, code="5121", active=False)
    assert (view.name, view.active) == ("BNP Paribas", False)


def test_account_with_a_balance_cannot_be_deactivated(ledger: LedgerFile) -> None:
    with ledger.unit_of_work() as session:
        post_entry(session, journal="OD", date=dt.date(2026, 1, 5), label="x",
                   lines=[LineInput("531", debit=500), LineInput("706", credit=500)])
    with pytest.raises(AccountHasBalance), ledger.unit_of_work() as session:
        set_account_active(session, code="531", active=False)
    with ledger.read() as session:
        assert get_account(session, "531").active


def test_balances_at_a_date_roll_up_to_parents(ledger: LedgerFile) -> None:
    for day, cents in ((dt.date(2026, 1, 5), 500), (dt.date(2026, 2, 5), 700)):
        with ledger.unit_of_work() as session:
            post_entry(session, journal="OD", date=day, label="x",
                       lines=[LineInput("531", debit=cents), LineInput("706", credit=cents)])
    with ledger.read() as session:
        january = account_balances(session, as_of=dt.date(2026, 1, 31))
        everything = account_balances(session)
        february = account_balances(session, date_from=dt.date(2026, 2, 1))
    assert january["531"].balance == 500 and january["5"].balance == 500
    assert everything["53"].balance == 1200 and everything["7"].balance == -1200
    assert february["531"].balance == 700
