"""Dunning letters as PDF: one file per run, one letter per customer from a new page,
in the customer's language, with the invoices, amounts and the level's title."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from app.documents.letters import render_letters_pdf
from app.receivables.dunning import (
    LetterTemplate,
    RunLine,
    propose_run,
    set_letter_template,
    validate_run,
)

from .conftest import Books

D = dt.date
DUE = D(2026, 3, 31)
L1_DAY = D(2026, 4, 15)  # due + 15


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text, spaces normalised: French amounts hold U+202F (narrow no-break
    space) between thousands and U+00A0 before the currency sign."""
    return [" ".join(page.extract_text().replace("\u202f", " ").replace("\xa0", " ").split())
            for page in PdfReader(io.BytesIO(pdf)).pages]


def remind(books: Books, as_of: dt.date = L1_DAY, lines: list[RunLine] | None = None
           ) -> list[str]:
    """Validate the proposed run (or ``lines``) and return its letters' pages."""
    with books.ledger.unit_of_work() as session:
        wanted = lines if lines is not None else propose_run(session, as_of=as_of).lines()
        run = validate_run(session, as_of=as_of, lines=wanted)
    with books.ledger.read() as session:
        return pages_of(render_letters_pdf(session, run.id))


def invoice(books: Books, number: str, net: int, customer: int | None = None,
            due: dt.date = DUE) -> int:
    return books.invoice(number, net, day=D(2026, 3, 1), due_date=due,
                         customer=customer).invoice.id


def test_a_french_letter_lists_the_invoices_and_the_total(books: Books) -> None:
    invoice(books, "F-2026-001", 100_000)  # 1 200,00 €
    invoice(books, "F-2026-002", 1_000_000, due=D(2026, 3, 20))  # 12 000,00 €
    (page,) = remind(books)
    assert "Boulangerie Dupont SARL" in page  # the company header
    assert "Café des Arts 3 place du Marché 69001 Lyon" in page  # the address window
    assert "Notre référence : DR-2026-000001" in page and "Le 15 avril 2026" in page
    assert "Relance de paiement" in page
    assert "Madame, Monsieur," in page
    assert "Facture Date Échéance Jours de retard Reste dû" in page
    assert "F-2026-002 01/03/2026 20/03/2026 26 12 000,00 €" in page
    assert "F-2026-001 01/03/2026 31/03/2026 15 1 200,00 €" in page
    assert "Total dû 13 200,00 €" in page
    assert "la somme de 13 200,00 € sans délai" in page
    assert "Pour Boulangerie Dupont SARL Le service comptabilité" in page
    assert "Page 1 sur 1" in page


def test_a_romanian_customer_gets_its_letter_in_romanian(books: Books) -> None:
    client = books.add_customer("Cafeneaua Veche SRL", language="ro", country="RO",
                                address="Str. Lipscani 12\nBucurești")
    invoice(books, "F-2026-010", 250_000, customer=client)  # 3 000,00 €
    (page,) = remind(books)
    assert "Cafeneaua Veche SRL Str. Lipscani 12 București" in page
    assert "Notificare de plată" in page and "Stimată doamnă, stimate domn," in page
    assert "Factura Data Scadența Zile de întârziere Rest de plată" in page
    assert "F-2026-010 01.03.2026 31.03.2026 15 3.000,00 EUR" in page  # ro_RO: the code
    assert "Total de plată 3.000,00 EUR" in page
    assert "Referința noastră: DR-2026-000001" in page and "15 aprilie 2026" in page
    assert "Pentru Boulangerie Dupont SARL Departamentul de contabilitate" in page
    assert "ROMÂNIA" in page  # abroad: the country closes the address
    assert "Pagina 1 din 1" in page


def test_one_pdf_holds_one_letter_per_customer_each_on_its_own_page(books: Books) -> None:
    invoice(books, "F-1", 100_000)
    other = books.add_customer("Hôtel du Parc", language="ro")
    invoice(books, "F-2", 10_000, customer=other)
    first, second = remind(books)
    assert "Café des Arts" in first and "Hôtel du Parc" not in first
    assert "Relance de paiement" in first and "F-1" in first and "F-2" not in first
    assert "Hôtel du Parc" in second and "Notificare de plată" in second
    assert "F-2" in second and "120,00 EUR" in second


def test_the_formal_notice_titles_in_both_languages(books: Books) -> None:
    mine = invoice(books, "F-1", 100_000)
    other = books.add_customer("Hôtel du Parc", language="ro")
    theirs = invoice(books, "F-2", 10_000, customer=other)
    # The bookkeeper sends level 3 straight away (a line's level may be changed).
    french, romanian = remind(books, lines=[RunLine(books.customer, mine, "3"),
                                            RunLine(other, theirs, "3")])
    assert "Mise en demeure de payer" in french
    assert "Lettre recommandée avec accusé de réception" in french
    assert "vous mettons en demeure de nous régler la somme de 1 200,00 €" in french
    assert "Somație de plată" in romanian and "art. 1.015" in romanian
    assert "vă somăm să achitați suma de 120,00 EUR" in romanian


def test_credit_deducted_shows_before_the_total(books: Books) -> None:
    invoice(books, "F-1", 100_000)  # 1 200,00 €
    books.collect(50_000, D(2026, 3, 20), allocations=[])  # 500,00 € kept as credit
    (page,) = remind(books)
    assert "F-1 01/03/2026 31/03/2026 15 1 200,00 €" in page
    assert "Crédit en votre faveur, déduit -500,00 €" in page.replace("−", "-")
    assert "Total dû 700,00 €" in page


def test_an_edited_template_prints_and_a_reprint_keeps_the_text_sent(books: Books) -> None:
    invoice(books, "F-1", 100_000)
    with books.ledger.unit_of_work() as session:
        set_letter_template(session, LetterTemplate(
            "1", "fr", "Petit rappel", "Bonjour {customer},",
            "Il reste {total_due} à régler sur {invoice_count} facture :\n{invoices_table}\n"
            "Merci d'avance.", "Cordialement,"))
    (page,) = remind(books)
    assert "Petit rappel" in page and "Bonjour Café des Arts," in page
    assert "Il reste 1 200,00 € à régler sur 1 facture :" in page
    assert page.index("Merci d'avance.") > page.index("Total dû 1 200,00 €")
    with books.ledger.unit_of_work() as session:
        set_letter_template(session, LetterTemplate("1", "fr", "Autre titre", "", "", ""))
    with books.ledger.read() as session:
        (again,) = pages_of(render_letters_pdf(session, 1))
    assert again == page


def test_a_long_letter_runs_over_pages_with_the_table_heading_repeated(books: Books) -> None:
    for number in range(1, 46):
        invoice(books, f"F-{number:03d}", 1_000 * number)
    first, second = remind(books)
    assert "Page 1 sur 2" in first and "Page 2 sur 2" in second
    assert "Facture Date Échéance Jours de retard Reste dû" in second
    assert "F-045" in second and "Pour Boulangerie Dupont SARL" in second


def test_the_pdf_is_the_same_every_time(books: Books) -> None:
    invoice(books, "F-1", 100_000)
    remind(books)
    with books.ledger.read() as session:
        assert render_letters_pdf(session, 1) == render_letters_pdf(session, 1)
