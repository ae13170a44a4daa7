from __future__ import annotations

import datetime as dt

import pytest

from app.errors import InvalidBic, InvalidIban, InvalidMovement, InvalidNationalAccount
from app.ledger.accounts import account_balances
from app.ledger.journal_view import JournalFilter, open_journal
from app.treasury.accounts import (
    NewTreasuryAccount,
    create_treasury_account,
    get_treasury_account,
    list_treasury_accounts,
    update_treasury_account,
)
from app.treasury.identifiers import algerian_rib_key, normalise_algerian_rib

from .conftest import OPENING, Treasury


def test_accounts_get_sub_accounts_journals_and_opening_entries(treasury: Treasury) -> None:
    with treasury.ledger.read() as session:
        accounts = {a.name: a for a in list_treasury_accounts(session)}
        balances = account_balances(session)
    bank, cash, usd = accounts["BNP Paribas"], accounts["Caisse magasin"], accounts["Wise USD"]
    assert (bank.account_code, bank.journal, bank.balance) == ("5121", "BQ1", 1_000_000)
    assert (cash.account_code, cash.journal, cash.balance) == ("5311", "CA1", 20_000)
    assert (usd.account_code, usd.currency, usd.balance) == ("5122", "USD", 50_000)
    assert bank.iban == "FR7630006000011234567890189"
    # Opening entries against the opening-balance account (471), USD at 0.90.
    assert balances["471"].balance == -(1_000_000 + 20_000 + 45_000)
    assert balances["5122"].balance == 45_000


def test_bank_accounts_are_listed_before_cash_boxes(treasury: Treasury) -> None:
    with treasury.ledger.read() as session:
        kinds = [a.kind for a in list_treasury_accounts(session)]
    assert kinds == ["bank", "bank", "cash"]


@pytest.mark.parametrize(("field", "value", "error"), [
    ("iban", "FR76 3000 6000 0112 3456 7890 188", InvalidIban),
    ("bic", "BNPA", InvalidBic),
])
def test_bad_identifiers_are_refused_and_nothing_is_created(
        treasury: Treasury, field: str, value: str, error: type[Exception]) -> None:
    data = NewTreasuryAccount(kind="bank", name="Mauvais", currency="EUR",
                              opening_date=OPENING, opening_balance=100, **{field: value})
    with pytest.raises(error), treasury.ledger.unit_of_work() as session:
        create_treasury_account(session, data)
    with treasury.ledger.read() as session:
        assert len(list_treasury_accounts(session)) == 3
        assert open_journal(session, JournalFilter(account_code="5124")).row_count == 0


def test_algerian_rib_key_is_checked() -> None:
    key = algerian_rib_key("00012", "3456789012")
    rib = "001" + "00012" + "3456789012" + key
    assert normalise_algerian_rib(" ".join([rib[:3], rib[3:8], rib[8:18], rib[18:]])) == rib
    wrong = rib[:-2] + f"{(int(key) % 97) + 1:02d}"
    with pytest.raises(InvalidNationalAccount):
        normalise_algerian_rib(wrong)
    with pytest.raises(InvalidNationalAccount):
        normalise_algerian_rib("123")


def test_a_cash_box_cannot_open_below_zero(treasury: Treasury) -> None:
    with pytest.raises(InvalidMovement), treasury.ledger.unit_of_work() as session:
        create_treasury_account(session, NewTreasuryAccount(
            kind="cash", name="Caisse 2", currency="EUR", opening_date=OPENING,
            opening_balance=-1))


def test_a_foreign_opening_balance_needs_a_rate(treasury: Treasury) -> None:
    with pytest.raises(InvalidMovement), treasury.ledger.unit_of_work() as session:
        create_treasury_account(session, NewTreasuryAccount(
            kind="bank", name="GBP", currency="GBP", opening_date=OPENING, opening_balance=10))


def test_an_existing_account_can_be_used_once(treasury: Treasury) -> None:
    with treasury.ledger.unit_of_work() as session:
        view = create_treasury_account(session, NewTreasuryAccount(
            kind="bank", name="Chèques", currency="EUR", opening_date=OPENING,
            ledger_account="5112"))
    assert view.account_code == "5112"
    with pytest.raises(InvalidMovement), treasury.ledger.unit_of_work() as session:
        create_treasury_account(session, NewTreasuryAccount(
            kind="bank", name="Encore", currency="EUR", opening_date=OPENING,
            ledger_account="5112"))


def test_update_changes_details_and_closing_hides_the_account(treasury: Treasury) -> None:
    with treasury.ledger.unit_of_work() as session:
        update_treasury_account(session, treasury_account_id=treasury.cash, name="Caisse",
                                keeper="Paul", cash_limit=None, active=False)
    with treasury.ledger.read() as session:
        assert len(list_treasury_accounts(session)) == 2
        closed = get_treasury_account(session, treasury.cash)
        at_start = get_treasury_account(session, treasury.bank, as_of=dt.date(2025, 12, 31))
    assert (closed.name, closed.keeper, closed.active) == ("Caisse", "Paul", False)
    assert at_start.balance == 0
