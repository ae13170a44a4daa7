"""Fixtures shared by the interface tests (real widgets, offscreen)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.ledger.posting import EntryInput, LineInput, post_entries
from app.storage.ledger_file import LedgerFile


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the warning boxes the interface showed (instead of blocking on them)."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    return shown


@pytest.fixture
def confirm_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer Yes to every confirmation question; the texts asked are recorded."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    return asked


def sales_entries(count: int, start: dt.date = dt.date(2026, 1, 1)) -> list[EntryInput]:
    """``count`` two-line sales (512 debit / 706 credit), one per day, amounts 10.00+."""
    return [
        EntryInput(journal="VT", date=start + dt.timedelta(days=index % 300),
                   label=f"Vente {index + 1}",
                   lines=[LineInput("512", debit=1000 + index),
                          LineInput("706", credit=1000 + index)])
        for index in range(count)
    ]


@pytest.fixture
def thousand_lines(ledger: LedgerFile, fixed_clock: dt.datetime) -> Iterator[LedgerFile]:
    """The test ledger with 500 entries, 1,000 lines."""
    with ledger.unit_of_work() as session:
        post_entries(session, sales_entries(500))
    yield ledger


# --- shell fixtures (main window, settings, recent files) ------------------------------


@pytest.fixture
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's settings (recent files, language, geometry) and data folder (the demo
    ledger) moved into ``tmp_path``, so tests never touch the real ones."""
    from PySide6.QtCore import QSettings

    from app import paths

    home = tmp_path / "user"
    data = home / "data"
    data.mkdir(parents=True)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(home / "config"))
    monkeypatch.setattr(paths, "user_data_dir", lambda: data)
    return home


@pytest.fixture
def shown_infos(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Texts of the information boxes the interface showed (instead of blocking)."""
    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(record))
    return shown


def ledger_on_disk(path: Path, **overrides: object) -> Path:
    """A closed company ledger file at ``path`` (fr_pcg unless overridden)."""
    from app.ledger.company import create_company_ledger
    from tests.conftest import french_company

    create_company_ledger(path, french_company(**overrides)).close()
    return path


# --- treasury fixtures (Bank & cash and dashboard tabs) --------------------------------


class TreasuryBooks:
    """The test ledger with a bank account (10 000,00 €) and a cash box (200,00 €, limit
    1 500,00 €), both opened on 1 January 2026, and the default categories."""

    OPENING = dt.date(2026, 1, 1)

    def __init__(self, ledger: LedgerFile) -> None:
        from app.treasury.accounts import NewTreasuryAccount, create_treasury_account
        from app.treasury.categories import ensure_default_categories, list_categories

        self.ledger = ledger
        with ledger.unit_of_work() as session:
            ensure_default_categories(session)
            self.bank = create_treasury_account(session, NewTreasuryAccount(
                kind="bank", name="BNP Paribas", currency="EUR", opening_date=self.OPENING,
                opening_balance=1_000_000, bank_name="BNP Paribas",
                iban="FR76 3000 6000 0112 3456 7890 189", bic="BNPAFRPP")).id
            self.cash = create_treasury_account(session, NewTreasuryAccount(
                kind="cash", name="Caisse magasin", currency="EUR", opening_date=self.OPENING,
                opening_balance=20_000, keeper="Marie", cash_limit=150_000)).id
            # By account code: the names are data, in the company's language.
            self.categories = {c.account_code: c for c in list_categories(session)}

    def category_name(self, account_code: str) -> str:
        return self.categories[account_code].name

    def record(self, account: int, direction: str, category: str, net: int, day: dt.date,
               *, vat_rate: str = "0", counterparty: str = "Test") -> int:
        """Post a movement through the service (``category`` is the category's account
        code, e.g. "6064" for supplies); its id."""
        from decimal import Decimal

        from app.treasury.movements import MovementInput, record_movement

        with self.ledger.unit_of_work() as session:
            return record_movement(session, MovementInput(
                treasury_account_id=account, direction=direction, date=day,
                category_id=self.categories[category].id, net=net, vat_rate=Decimal(vat_rate),
                counterparty=counterparty)).movement.id

    def balance(self, account: int) -> int:
        from app.treasury.accounts import get_treasury_account

        with self.ledger.read() as session:
            return get_treasury_account(session, account).balance


@pytest.fixture
def treasury_books(ledger: LedgerFile, fixed_clock: dt.datetime) -> TreasuryBooks:
    return TreasuryBooks(ledger)


@pytest.fixture
def save_file_answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Paths QFileDialog.getSaveFileName returns, in order (empty: the user cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    answers: list[str] = []

    def answer(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return (answers.pop(0) if answers else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return answers
