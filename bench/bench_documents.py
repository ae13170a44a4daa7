"""Document engine benchmark: time to render one cash voucher to PDF, per page format
and language. The first render (font loading) is printed apart.

Target (issue #4): posting a voucher durably and rendering its PDF <= 50 ms; this
prints the rendering part.

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


if __name__ == "__main__":
    main()
