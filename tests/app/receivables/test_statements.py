"""The statement of account: opening balance, the period's documents with the running
balance, the closing balance and the open items behind it, and its PDF in the
customer's language (French and Romanian), read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from app.documents.reports import render_statement_pdf
from app.errors import CustomerNotFound, ReceivablesError
from app.ledger.company import get_company
from app.receivables.payments import RefundInput, refund_credit
from app.receivables.statements import Statement, statement

from .conftest import Books
from .test_ageing import AS_OF, EUR, Scenario, ageing_scenario

D = dt.date
APRIL = D(2026, 4, 1)


def make_statement(books: Books, customer: int, date_from: dt.date = APRIL,
                   date_to: dt.date = AS_OF) -> Statement:
    with books.ledger.read() as session:
        return statement(session, customer_id=customer, date_from=date_from,
                         date_to=date_to)


def pdf_text(books: Books, result: Statement) -> str:
    with books.ledger.read() as session:
        company = get_company(session)
    pdf = render_statement_pdf(result, company=company)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def scenario(books: Books) -> Scenario:
    return ageing_scenario(books)


def romanian_customer(books: Books) -> int:
    """SC Alfa: F-RO1 2,000 of 10/04 due 10/05, paid 2,500 on 20/05 (500 on account),
    F-RO2 1,000 of 01/06 due 01/07; 200 of the credit refunded on 25/06."""
    alfa = books.add_customer("SC Alfa Distribuție SRL", language="ro", country="RO",
                              address="Str. Lalelelor 7\nCluj-Napoca")
    books.invoice("F-RO1", 2_000 * EUR, day=D(2026, 4, 10), rate="0",
                  due_date=D(2026, 5, 10), customer=alfa)
    books.collect(2_500 * EUR, D(2026, 5, 20), customer=alfa)
    books.invoice("F-RO2", 1_000 * EUR, day=D(2026, 6, 1), rate="0",
                  due_date=D(2026, 7, 1), customer=alfa)
    with books.ledger.unit_of_work() as session:
        refund_credit(session, RefundInput(customer_id=alfa, treasury_account_id=books.bank,
                                           date=D(2026, 6, 25), amount=200 * EUR))
    return alfa


def test_the_statement_runs_from_the_opening_to_the_closing_balance(
        books: Books, scenario: Scenario) -> None:
    result = make_statement(books, scenario.cafe)
    assert result.opening_balance == 3_000 * EUR  # A3, invoiced on 01/03
    assert [(line.date, line.kind, line.number, line.debit // EUR, line.credit // EUR,
             line.balance // EUR) for line in result.lines] == [
        (D(2026, 4, 15), "collection", result.lines[0].number, 0, 500, 2_500),
        (D(2026, 5, 1), "invoice", "A2", 2_000, 0, 4_500),
        (D(2026, 6, 10), "invoice", "A1", 1_000, 0, 5_500),
    ]
    assert result.lines[1].due_date == D(2026, 5, 31) and result.lines[0].due_date is None
    assert (result.total_debit, result.total_credit, result.closing_balance) == (
        3_000 * EUR, 500 * EUR, 5_500 * EUR)
    assert result.language == "fr" and result.currency == "EUR"


def test_the_open_items_make_up_the_closing_balance(books: Books, scenario: Scenario
                                                    ) -> None:
    result = make_statement(books, scenario.cafe)
    assert [(item.number, item.open_amount // EUR, item.days_overdue)
            for item in result.open_items] == [("A3", 2_500, 91), ("A2", 2_000, 30),
                                               ("A1", 1_000, -10)]
    assert sum(item.open_amount for item in result.open_items) == result.closing_balance
    assert result.overdue == 4_500 * EUR
    martin = make_statement(books, scenario.martin)
    assert [(item.kind, item.open_amount // EUR) for item in martin.open_items] == [
        ("invoice", 500), ("invoice", 1_500), ("collection", -400)]
    assert sum(item.open_amount for item in martin.open_items) == martin.closing_balance


def test_credit_notes_cancellations_and_nothing_after_the_period(books: Books,
                                                                 scenario: Scenario) -> None:
    martin = make_statement(books, scenario.martin, date_from=D(2026, 5, 1))
    assert [(line.kind, line.number) for line in martin.lines][:1] == [("credit_note", "BC1")]
    assert martin.opening_balance == 2_300 * EUR and martin.closing_balance == 1_600 * EUR
    parc = make_statement(books, scenario.parc, date_from=D(2026, 6, 1))
    assert [(line.kind, line.debit // EUR, line.credit // EUR, line.balance // EUR)
            for line in parc.lines] == [("invoice", 600, 0, 600), ("collection", 0, 600, 0),
                                        ("collection_cancelled", 600, 0, 600)]
    assert parc.lines[-1].label == "Chèque impayé"
    # The payment of 05/07 and A4 of 02/07 come after the period.
    assert all(line.date <= AS_OF for line in make_statement(books, scenario.cafe).lines)


def test_a_refund_adds_to_the_balance(books: Books) -> None:
    alfa = romanian_customer(books)
    result = make_statement(books, alfa)
    assert [(line.kind, line.balance // EUR) for line in result.lines] == [
        ("invoice", 2_000), ("collection", -500), ("invoice", 500), ("refund", 700)]
    assert [(item.kind, item.open_amount // EUR) for item in result.open_items] == [
        ("invoice", 1_000), ("collection", -300)]


def test_the_period_is_checked(books: Books) -> None:
    with pytest.raises(ReceivablesError):
        make_statement(books, books.customer, date_from=AS_OF, date_to=APRIL)
    with pytest.raises(CustomerNotFound):
        make_statement(books, 999)


def test_the_pdf_is_in_french_for_a_french_customer(books: Books, scenario: Scenario
                                                    ) -> None:
    text = pdf_text(books, make_statement(books, scenario.cafe))
    for expected in ("Boulangerie Dupont SARL", "Relevé de compte",
                     "Période : 01/04/2026 – 30/06/2026", "Café des Arts", "Solde antérieur",
                     "3 000,00", "Règlement", "Facture", "A2", "31/05/2026", "Solde final",
                     "5 500,00", "Pièces non soldées au 30/06/2026", "Jours de retard", "91",
                     "Solde dû", "5 500,00 €", "Dont échu : 4 500,00 €", "Page 1 sur 1"):
        assert expected in text.replace("\u202f", " ").replace("\xa0", " "), expected


def test_the_pdf_is_in_romanian_for_a_romanian_customer(books: Books) -> None:
    alfa = romanian_customer(books)
    text = pdf_text(books, make_statement(books, alfa))
    for expected in ("Extras de cont", "Perioada: 01.04.2026 – 30.06.2026",
                     "SC Alfa Distribuție SRL", "Cluj-Napoca", "Sold inițial", "Factură",
                     "F-RO1", "Încasare", "2.500,00", "Rambursare", "Sold final", "700,00",
                     "Documente neachitate la 30.06.2026", "-300,00",
                     "Sold de plată", "Sume în EUR", "Pagina 1"):
        assert expected in text, expected
    assert "Relevé" not in text and "Statement of account" not in text


def test_a_customer_owed_money_is_told_so(books: Books) -> None:
    books.collect(100 * EUR, D(2026, 5, 2), allocations=[])
    text = pdf_text(books, make_statement(books, books.customer))
    assert "Solde en votre faveur" in text
