"""Document engine benchmark: time to render one cash voucher to PDF, per page format
and language. The first render (font loading) is printed apart.

Target (issue #4): posting a voucher durably and rendering its PDF <= 50 ms: the last
figure posts a payment voucher in its own unit of work (fsync'd) and prints it.

    .venv/bin/python bench/bench_documents.py
    .venv/bin/python bench/bench_documents.py --repeat 200
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.documents.engine import (
    PAGE_FORMAT_NAMES,
    CompanyHeader,
    DocumentData,
    DocumentLine,
    PartyBlock,
    duplicate_mark,
    render_pdf,
)
from app.i18n import translate
from app.money import Money

LANGUAGES = {"fr": ("fr_FR", "EUR"), "ro": ("ro_RO", "RON"), "ar": ("ar_DZ", "DZD")}


def voucher(language: str) -> DocumentData:
    locale, currency = LANGUAGES[language]
    return DocumentData(
        kind="receipt", title=translate("Receipt", language), number="RC-2026-000042",
        date=dt.date(2026, 11, 23), language=language, locale=locale,
        company=CompanyHeader("Boulangerie Dupont SARL", ("12 rue des Lilas", "75011 Paris"),
                              ("FR40732829320",)),
        party=PartyBlock("Jean Martin", "AB123456", "3 avenue Victor Hugo, 69002 Lyon"),
        purpose="Acompte sur commande", amount=Money(123450, currency),
        lines=(DocumentLine("F-2026-0101", Money(100000, currency)),
               DocumentLine("F-2026-0107", Money(23450, currency))),
        signatures=(translate("Cashier", language), translate("Recipient", language)),
        marks=(duplicate_mark(language),),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    started = time.perf_counter()
    render_pdf(voucher("fr"), "A4")
    print(f"first render (fonts loaded): {(time.perf_counter() - started) * 1000:6.1f} ms")
    print(f"{'format':<6} {'lang':<4} {'median ms':>9} {'max ms':>8} {'bytes':>7}")
    for page_format in PAGE_FORMAT_NAMES:
        for language in LANGUAGES:
            document = voucher(language)
            samples = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                pdf = render_pdf(document, page_format)
                samples.append((time.perf_counter() - start) * 1000)
            print(f"{page_format:<6} {language:<4} {statistics.median(samples):9.1f} "
                  f"{max(samples):8.1f} {len(pdf):7}")
    bench_post_and_print(args.repeat)


def bench_post_and_print(repeat: int) -> None:
    """Post a payment voucher durably and render its PDF, end to end, on a fresh ledger."""
    import tempfile
    from decimal import Decimal

    from app.documents.vouchers import print_voucher
    from app.ledger.company import CompanySettings, create_company_ledger
    from app.treasury.accounts import NewTreasuryAccount, create_treasury_account
    from app.treasury.categories import ensure_default_categories, list_categories
    from app.treasury.vouchers import VoucherInput, record_voucher

    with tempfile.TemporaryDirectory() as folder:
        ledger = create_company_ledger(Path(folder) / "bench.comptoir", CompanySettings(
            name="Bench SARL", base_currency="EUR", locale="fr_FR", language="fr",
            chart_template="fr_pcg"))
        with ledger.unit_of_work() as session:
            ensure_default_categories(session)
            till = create_treasury_account(session, NewTreasuryAccount(
                kind="cash", name="Caisse", currency="EUR", opening_date=dt.date(2026, 1, 1),
                opening_balance=100_000_000)).id
            category = list_categories(session, direction="out")[0].id
        samples = []
        for index in range(repeat):
            start = time.perf_counter()
            with ledger.unit_of_work() as session:
                voucher_view = record_voucher(session, VoucherInput(
                    kind="payment_voucher", treasury_account_id=till,
                    date=dt.date(2026, 5, 4), person_name=f"Personne {index}",
                    purpose="Avance", category_id=category, net=12_345,
                    vat_rate=Decimal(0)))
                print_voucher(session, voucher_view.id)
            samples.append((time.perf_counter() - start) * 1000)
        ledger.close()
    print(f"post a voucher durably + render its PDF: median {statistics.median(samples):.1f} ms,"
          f" max {max(samples):.1f} ms (target <= 50 ms)")


if __name__ == "__main__":
    main()
