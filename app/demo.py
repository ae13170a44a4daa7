"""A realistic demo company (placeholder: the full generator replaces this)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.ledger.company import CompanySettings, create_company_ledger
from app.ledger.posting import LineInput, post_entry


def demo_settings() -> CompanySettings:
    return CompanySettings(
        name="Boulangerie Dupont SARL", base_currency="EUR", locale="fr_FR", language="fr",
        chart_template="fr_pcg", address="12 rue des Lilas\n75011 Paris",
        registration_id="732 829 320", vat_id="FR40732829320",
    )


def create_demo_ledger(path: Path, *, entries: int = 3000, seed: int = 1) -> None:
    """Create ``path`` as a demo company ledger with about ``entries`` posted entries."""
    ledger = create_company_ledger(path, demo_settings())
    try:
        with ledger.unit_of_work() as session:
            for index in range(min(entries, 50)):
                post_entry(session, journal="BQ", date=dt.date(2026, 1, 1) + dt.timedelta(index),
                           label=f"Vente {index + 1}",
                           lines=[LineInput("512", debit=1000 + index),
                                  LineInput("706", credit=1000 + index)])
    finally:
        ledger.close()
