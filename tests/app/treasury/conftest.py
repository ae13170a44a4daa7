from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from app.paths import resource_path
from app.storage.ledger_file import LedgerFile
from app.treasury.accounts import NewTreasuryAccount, create_treasury_account
from app.treasury.categories import ensure_default_categories, list_categories

OPENING = dt.date(2026, 1, 1)
_FRENCH = json.loads(resource_path("i18n", "fr.json").read_text(encoding="utf-8"))
ENGLISH_NAMES = {french: english for english, french in _FRENCH.items()}


class Treasury:
    """A French company with a bank account, a cash box and a USD account."""

    def __init__(self, ledger: LedgerFile) -> None:
        self.ledger = ledger
        with ledger.unit_of_work() as session:
            ensure_default_categories(session)
            self.bank = create_treasury_account(session, NewTreasuryAccount(
                kind="bank", name="BNP Paribas", currency="EUR", opening_date=OPENING,
                opening_balance=1_000_000, bank_name="BNP Paribas",
                iban="FR76 3000 6000 0112 3456 7890 189", bic="BNPAFRPP")).id
            self.cash = create_treasury_account(session, NewTreasuryAccount(
                kind="cash", name="Caisse magasin", currency="EUR", opening_date=OPENING,
                opening_balance=20_000, keeper="Marie", cash_limit=150_000)).id
            self.usd = create_treasury_account(session, NewTreasuryAccount(
                kind="bank", name="Wise USD", currency="USD", opening_date=OPENING,
                opening_balance=50_000, opening_rate=Decimal("0.90"))).id
            # Keyed by the English source names, whatever the company language.
            self.categories = {ENGLISH_NAMES[c.name]: c.id for c in list_categories(session)}


@pytest.fixture
def treasury(ledger: LedgerFile) -> Treasury:
    return Treasury(ledger)
