"""Shared fixtures: a fresh company ledger on disk, and a fixed clock."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import clock
from app.ledger.company import CompanySettings, create_company_ledger
from app.storage.ledger_file import LedgerFile

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def french_company(**overrides: object) -> CompanySettings:
    values: dict[str, object] = dict(
        name="Boulangerie Dupont SARL", base_currency="EUR", locale="fr_FR", language="fr",
        chart_template="fr_pcg", address="12 rue des Lilas\n75011 Paris",
        registration_id="732 829 320", vat_id="FR40732829320",
    )
    values.update(overrides)
    return CompanySettings(**values)  # type: ignore[arg-type]


@pytest.fixture
def fixed_clock() -> Iterator[dt.datetime]:
    moment = dt.datetime(2026, 11, 23, 10, 30, tzinfo=dt.UTC)
    clock.set_clock(lambda: moment)
    yield moment
    clock.set_clock(None)


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[LedgerFile]:
    opened = create_company_ledger(tmp_path / "dupont.comptoir", french_company())
    yield opened
    opened.close()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA
