"""Dunning: levels from the default delays (dates computed by hand), levels in order,
caps, exclusions, disputes, customer credit, validated runs, actions, settings."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from app.errors import (
    DunningError,
    DunningRunOutOfOrder,
    ImmutableEntry,
    InvoiceAlreadyDisputed,
    InvoiceNotDisputed,
    NotDunnable,
    UnknownAccount,
    UnknownPlaceholder,
)
from app.ledger.integrity import open_ledger
from app.receivables.customers import CustomerInput, update_customer
from app.receivables.doubtful import mark_doubtful
from app.receivables.dunning import (
    COVERED_BY_CREDIT,
    CUSTOMER_EXCLUDED,
    DEFAULT_LEVELS,
    DISPUTED,
    EXCLUDED_ACCOUNT,
    MAX_LEVEL,
    NEVER_REMIND,
    NOT_DUE,
    PRE_REMINDER_HELD,
    WAITING,
    CustomerProposal,
    DunningProposal,
    LetterTemplate,
    LevelDecision,
    RunLine,
    SentLevel,
    close_dispute,
    default_letter_template,
    disputed_since,
    excluded_accounts,
    invoice_dunning_history,
    letter_template,
    level_settings,
    list_actions,
    list_runs,
    next_level,
    open_dispute,
    propose_run,
    record_action,
    reset_letter_template,
    review_customer,
    set_excluded_accounts,
    set_letter_template,
    set_level_setting,
    validate_run,
)
from app.receivables.history import customer_history

from .conftest import Books

D = dt.date
#: The invoice most tests remind: dated 1 March 2026, due 31 March 2026. With the
#: default delays (−15, +15, +30, +45) its levels fall on 16 March (P), 15 April (1),
#: 30 April (2) and 15 May (3).
INVOICE_DAY, DUE = D(2026, 3, 1), D(2026, 3, 31)
P_DAY, L1_DAY, L2_DAY, L3_DAY = D(2026, 3, 16), D(2026, 4, 15), D(2026, 4, 30), D(2026, 5, 15)


def invoice(books: Books, number: str = "F-1", net: int = 100_000, *,
            day: dt.date = INVOICE_DAY, due: dt.date = DUE,
            customer: int | None = None) -> int:
    """An invoice of ``net`` + 20 % VAT (F-1: 1 200,00 €)."""
    return books.invoice(number, net, day=day, due_date=due, customer=customer).invoice.id


def propose(books: Books, as_of: dt.date) -> DunningProposal:
    with books.ledger.read() as session:
        return propose_run(session, as_of=as_of)


def customer_part(proposal: DunningProposal, customer_id: int) -> CustomerProposal:
    found = [c for c in (*proposal.customers, *proposal.skipped)
             if c.customer_id == customer_id]
    assert found, f"customer {customer_id} is not in the proposal"
    return found[0]


def level_and_reason(books: Books, as_of: dt.date, invoice_id: int,
                     customer: int | None = None) -> tuple[str | None, str | None]:
    with books.ledger.read() as session:
        part = review_customer(session, customer_id=customer or books.customer, as_of=as_of)
    (review,) = [r for r in part.invoices if r.invoice_id == invoice_id]
    return review.level, review.reason


def send(books: Books, as_of: dt.date, lines: list[RunLine] | None = None) -> str:
    """Validate the run as proposed (or with ``lines``); returns its number."""
    with books.ledger.unit_of_work() as session:
        wanted = lines if lines is not None else propose_run(session, as_of=as_of).lines()
        return validate_run(session, as_of=as_of, lines=wanted).number


# --- the level rule ---------------------------------------------------------------------

def decide(as_of: dt.date, sent: SentLevel | None = None, max_level: int = 3
           ) -> LevelDecision:
    return next_level(due_date=DUE, as_of=as_of, sent=sent, levels=DEFAULT_LEVELS,
                      max_level=max_level)


def test_each_level_falls_on_its_delay_from_the_due_date() -> None:
    assert decide(D(2026, 3, 15)) == LevelDecision(None, NOT_DUE)  # due − 16
    assert decide(P_DAY) == LevelDecision("P")  # due − 15
    assert decide(DUE) == LevelDecision("P")  # still not overdue on the due date
    assert decide(D(2026, 4, 14)) == LevelDecision(None, NOT_DUE)  # overdue: P is over
    assert decide(L1_DAY) == LevelDecision("1")
    p_sent = SentLevel("P", P_DAY)
    assert decide(L1_DAY, p_sent) == LevelDecision("1")
    one = SentLevel("1", L1_DAY)
    assert decide(D(2026, 4, 29), one) == LevelDecision(None, WAITING)
    assert decide(L2_DAY, one) == LevelDecision("2")
    two = SentLevel("2", L2_DAY)
    assert decide(D(2026, 5, 14), two) == LevelDecision(None, WAITING)
    assert decide(L3_DAY, two) == LevelDecision("3")
    assert decide(D(2026, 12, 31), SentLevel("3", L3_DAY)) == LevelDecision(None, MAX_LEVEL)


def test_levels_go_in_order_and_keep_their_spacing_after_a_late_letter() -> None:
    # Never reminded and 91 days late: the first letter is level 1, not a formal notice.
    assert decide(D(2026, 6, 30)) == LevelDecision("1")
    # Level 1 went out late (30 June): level 2 waits 15 days after it, not 30 April.
    late_one = SentLevel("1", D(2026, 6, 30))
    assert decide(D(2026, 7, 14), late_one) == LevelDecision(None, WAITING)
    assert decide(D(2026, 7, 15), late_one) == LevelDecision("2")


def test_the_customers_maximum_caps_the_level() -> None:
    assert decide(P_DAY, max_level=0) == LevelDecision(None, MAX_LEVEL)
    assert decide(P_DAY, max_level=1) == LevelDecision("P")
    assert decide(L1_DAY, max_level=1) == LevelDecision("1")
    assert decide(L3_DAY, SentLevel("1", L1_DAY), max_level=1) == LevelDecision(None, MAX_LEVEL)


def test_a_run_proposes_each_level_on_its_day(books: Books) -> None:
    invoice_id = invoice(books)
    assert level_and_reason(books, D(2026, 3, 15), invoice_id) == (None, NOT_DUE)
    assert level_and_reason(books, P_DAY, invoice_id) == ("P", None)
    assert send(books, P_DAY) == "DR-2026-000001"
    assert level_and_reason(books, D(2026, 4, 14), invoice_id) == (None, WAITING)
    assert level_and_reason(books, L1_DAY, invoice_id) == ("1", None)
    send(books, L1_DAY)
    assert level_and_reason(books, D(2026, 4, 29), invoice_id) == (None, WAITING)
    assert level_and_reason(books, L2_DAY, invoice_id) == ("2", None)
    send(books, L2_DAY)
    assert level_and_reason(books, L3_DAY, invoice_id) == ("3", None)
    send(books, L3_DAY)
    assert level_and_reason(books, D(2026, 9, 1), invoice_id) == (None, MAX_LEVEL)
    with books.ledger.read() as session:
        history = invoice_dunning_history(session, invoice_id)
    assert [(e.date, e.level, e.run_number) for e in history] == [
        (P_DAY, "P", "DR-2026-000001"), (L1_DAY, "1", "DR-2026-000002"),
        (L2_DAY, "2", "DR-2026-000003"), (L3_DAY, "3", "DR-2026-000004")]


def test_an_old_unpaid_invoice_climbs_one_level_per_letter(books: Books) -> None:
    invoice_id = invoice(books)
    july = D(2026, 7, 1)  # 92 days late, never reminded
    assert level_and_reason(books, july, invoice_id) == ("1", None)
    send(books, july)
    assert level_and_reason(books, D(2026, 7, 15), invoice_id) == (None, WAITING)
    assert level_and_reason(books, D(2026, 7, 16), invoice_id) == ("2", None)


# --- who is not reminded ----------------------------------------------------------------

def set_customer(books: Books, **changes: object) -> None:
    values: dict[str, object] = dict(name="Café des Arts", address="3 place du Marché\n"
                                     "69001 Lyon", payment_terms_days=30)
    values.update(changes)
    with books.ledger.unit_of_work() as session:
        update_customer(session, customer_id=books.customer,
                        data=CustomerInput(**values))  # type: ignore[arg-type]


def test_a_customer_with_maximum_level_0_is_never_reminded(books: Books) -> None:
    invoice_id = invoice(books)
    set_customer(books, max_dunning_level=0)
    proposal = propose(books, L3_DAY)
    assert proposal.customers == ()
    assert level_and_reason(books, L3_DAY, invoice_id) == (None, NEVER_REMIND)
    assert [c.customer_id for c in proposal.skipped] == [books.customer]


def test_maximum_level_1_stops_after_the_first_reminder(books: Books) -> None:
    invoice_id = invoice(books)
    set_customer(books, max_dunning_level=1)
    assert level_and_reason(books, P_DAY, invoice_id) == ("P", None)
    send(books, L1_DAY)
    assert level_and_reason(books, L3_DAY, invoice_id) == (None, MAX_LEVEL)
    with books.ledger.unit_of_work() as session, pytest.raises(NotDunnable) as refused:
        validate_run(session, as_of=L3_DAY, lines=[(books.customer, invoice_id, 2)])
    assert "up to level 1" in str(refused.value)


def test_an_excluded_customer_gets_no_letter(books: Books) -> None:
    invoice_id = invoice(books)
    set_customer(books, excluded_from_dunning=True)
    assert propose(books, L1_DAY).customers == ()
    assert level_and_reason(books, L1_DAY, invoice_id) == (None, CUSTOMER_EXCLUDED)


def test_a_doubtful_customer_sits_on_an_excluded_account(books: Books) -> None:
    invoice_id = invoice(books)
    other = books.add_customer("Hôtel du Parc")
    other_invoice = invoice(books, "F-2", customer=other)
    with books.ledger.unit_of_work() as session:
        mark_doubtful(session, customer_id=books.customer, date=D(2026, 4, 1))
    before = customer_part(propose(books, D(2026, 3, 31)), books.customer)
    assert before.invoices[0].account == "411"
    assert level_and_reason(books, L1_DAY, invoice_id) == (None, EXCLUDED_ACCOUNT)
    part = customer_part(propose(books, L1_DAY), books.customer)
    assert part.invoices[0].account == "416"
    assert level_and_reason(books, L1_DAY, other_invoice, other) == ("1", None)
    # The bookkeeper may decide to remind doubtful customers after all.
    with books.ledger.unit_of_work() as session:
        assert excluded_accounts(session) == ("413", "416")
        assert set_excluded_accounts(session, ["413"]) == ("413",)
    assert level_and_reason(books, L1_DAY, invoice_id) == ("1", None)


def test_a_disputed_invoice_is_paused_until_the_dispute_is_closed(books: Books) -> None:
    invoice_id = invoice(books)
    second = invoice(books, "F-2", 50_000)
    with books.ledger.unit_of_work() as session:
        open_dispute(session, invoice_id=invoice_id, date=D(2026, 4, 10),
                     note="Livraison incomplète")
        with pytest.raises(InvoiceAlreadyDisputed):
            open_dispute(session, invoice_id=invoice_id, date=D(2026, 4, 11), note="")
    assert level_and_reason(books, L1_DAY, invoice_id) == (None, DISPUTED)
    assert level_and_reason(books, L1_DAY, second) == ("1", None)
    with books.ledger.unit_of_work() as session, pytest.raises(NotDunnable):
        validate_run(session, as_of=L1_DAY, lines=[(books.customer, invoice_id, "1")])
    with books.ledger.unit_of_work() as session:
        close_dispute(session, invoice_id=invoice_id, date=D(2026, 5, 2),
                      note="Reliquat livré")
        with pytest.raises(InvoiceNotDisputed):
            close_dispute(session, invoice_id=invoice_id, date=D(2026, 5, 3))
        assert disputed_since(session, invoice_id, D(2026, 5, 1)) == D(2026, 4, 10)
        assert disputed_since(session, invoice_id) is None
    # As of a day inside the dispute it is still paused; after it, it resumes.
    assert level_and_reason(books, D(2026, 5, 1), invoice_id) == (None, DISPUTED)
    assert level_and_reason(books, D(2026, 5, 2), invoice_id) == ("1", None)
    with books.ledger.read() as session:
        kinds = [(a.kind, a.date, a.note) for a in list_actions(session, invoice_id=invoice_id)]
    assert kinds == [("dispute", D(2026, 4, 10), "Livraison incomplète"),
                     ("dispute_closed", D(2026, 5, 2), "Reliquat livré")]


def test_the_dispute_history_cannot_be_rewritten(books: Books) -> None:
    invoice_id = invoice(books)
    with books.ledger.unit_of_work() as session:
        open_dispute(session, invoice_id=invoice_id, date=D(2026, 4, 10), note="Prix")
    for statement in ("UPDATE customer_action SET note = 'x'", "DELETE FROM customer_action"):
        with pytest.raises(ImmutableEntry), books.ledger.unit_of_work() as session:
            session.execute(text(statement))


def test_credit_that_covers_the_debt_means_no_letter(books: Books) -> None:
    invoice_id = invoice(books)  # 1 200,00 €
    books.collect(150_000, D(2026, 3, 20), allocations=[])  # a deposit kept as credit
    proposal = propose(books, L1_DAY)
    assert proposal.customers == ()
    part = customer_part(proposal, books.customer)
    assert (part.balance.open_invoices, part.balance.unapplied_credit) == (120_000, 150_000)
    assert level_and_reason(books, L1_DAY, invoice_id) == (None, COVERED_BY_CREDIT)
    with books.ledger.unit_of_work() as session, pytest.raises(NotDunnable):
        validate_run(session, as_of=L1_DAY, lines=[(books.customer, invoice_id, "1")])


def test_partial_credit_is_deducted_oldest_due_first_and_the_rest_reminded(books: Books
                                                                            ) -> None:
    first = invoice(books)  # 1 200,00 €, due 31 March
    second = invoice(books, "F-2", 50_000, due=D(2026, 4, 10))  # 600,00 €
    books.collect(150_000, D(2026, 3, 20), allocations=[])
    part = customer_part(propose(books, D(2026, 4, 25)), books.customer)
    reviews = {r.invoice_id: r for r in part.invoices}
    assert (reviews[first].credit_applied, reviews[first].reason) == (120_000, COVERED_BY_CREDIT)
    assert (reviews[second].credit_applied, reviews[second].amount_due) == (30_000, 30_000)
    assert reviews[second].level == "1"  # 10 April + 15 days
    assert part.total_due == 30_000 and part.balance.balance == 30_000
    number = send(books, D(2026, 4, 25))
    with books.ledger.read() as session:
        (summary,) = list_runs(session)
    assert (summary.number, summary.letters, summary.total_due) == (number, 1, 30_000)


# --- runs -------------------------------------------------------------------------------

def test_a_run_records_one_letter_per_customer_and_numbers_without_gaps(books: Books
                                                                         ) -> None:
    mine = invoice(books)
    other = books.add_customer("Hôtel du Parc", language="ro")
    theirs = invoice(books, "F-2", 10_000, customer=other)
    proposal = propose(books, L1_DAY)
    assert [c.name for c in proposal.customers] == ["Café des Arts", "Hôtel du Parc"]
    with books.ledger.unit_of_work() as session:
        run = validate_run(session, as_of=L1_DAY, lines=proposal.lines())
    assert run.number == "DR-2026-000001"
    assert [(letter.customer_name, letter.level, letter.language, letter.total_due)
            for letter in run.letters] == [("Café des Arts", "1", "fr", 120_000),
                                          ("Hôtel du Parc", "1", "ro", 12_000)]
    assert run.letters[1].title == "Notificare de plată"
    assert [line.invoice_id for line in run.letters[0].lines] == [mine]
    # A refused run takes no number: the next one is 000002.
    with books.ledger.unit_of_work() as session, pytest.raises(NotDunnable):
        validate_run(session, as_of=L2_DAY, lines=[(other, theirs, "P")])
    assert send(books, L2_DAY) == "DR-2026-000002"
    with books.ledger.read() as session:
        assert [r.number for r in list_runs(session)] == ["DR-2026-000002", "DR-2026-000001"]


def test_the_bookkeeper_removes_lines_and_changes_levels(books: Books) -> None:
    first = invoice(books)
    second = invoice(books, "F-2", 50_000)
    proposal = propose(books, L1_DAY)
    assert {line.invoice_id: line.level for line in proposal.lines()} == {first: "1",
                                                                         second: "1"}
    run_number = send(books, L1_DAY, [RunLine(books.customer, first, "2")])
    with books.ledger.read() as session:
        assert [(e.level, e.run_number) for e in invoice_dunning_history(session, first)] == [
            ("2", run_number)]
        assert invoice_dunning_history(session, second) == ()
    # The next level follows what was sent: 3, once due + 45 days have passed.
    assert level_and_reason(books, D(2026, 5, 14), first) == (None, WAITING)
    assert level_and_reason(books, L3_DAY, first) == ("3", None)
    assert level_and_reason(books, L3_DAY, second) == ("1", None)


def test_a_run_refuses_what_a_bookkeeper_cannot_override(books: Books) -> None:
    invoice_id = invoice(books)
    later = invoice(books, "F-2", due=D(2026, 5, 30))
    customer = books.customer

    def refused(as_of: dt.date, lines: list[tuple[int, int, str]]) -> Exception:
        with books.ledger.unit_of_work() as session, pytest.raises(
                (NotDunnable, DunningError)) as error:
            validate_run(session, as_of=as_of, lines=lines)
        return error.value

    assert "pre-reminder goes before" in str(refused(L1_DAY, [(customer, invoice_id, "P")]))
    assert "not overdue" in str(refused(P_DAY, [(customer, invoice_id, "1")]))
    assert "listed twice" in str(refused(L1_DAY, [(customer, invoice_id, "1"),
                                                  (customer, invoice_id, "2")]))
    assert "not both" in str(refused(L1_DAY, [(customer, invoice_id, "1"),
                                              (customer, later, "P")]))
    assert "at least one" in str(refused(L1_DAY, []))
    send(books, L2_DAY)
    with books.ledger.unit_of_work() as session, pytest.raises(DunningRunOutOfOrder):
        validate_run(session, as_of=L1_DAY, lines=[(customer, invoice_id, "1")])


def test_pre_reminders_wait_while_the_customer_gets_a_reminder(books: Books) -> None:
    overdue = invoice(books)
    soon = invoice(books, "F-2", day=D(2026, 4, 1), due=D(2026, 4, 25))
    part = customer_part(propose(books, L1_DAY), books.customer)
    assert {r.invoice_id: (r.level, r.reason) for r in part.invoices} == {
        overdue: ("1", None), soon: (None, PRE_REMINDER_HELD)}
    assert part.total_due == 120_000


def test_validated_letters_cannot_be_changed(books: Books) -> None:
    invoice(books)
    send(books, L1_DAY)
    for table in ("dunning_run", "dunning_letter", "dunning_letter_line"):
        with pytest.raises(ImmutableEntry), books.ledger.unit_of_work() as session:
            session.execute(text(f"DELETE FROM {table}"))


# --- actions and history ----------------------------------------------------------------

def test_actions_and_letters_join_the_customers_history(books: Books) -> None:
    invoice_id = invoice(books)
    with books.ledger.unit_of_work() as session:
        record_action(session, customer_id=books.customer, date=D(2026, 4, 20), kind="phone",
                      note="Comptable absent, rappeler lundi", invoice_id=invoice_id)
        record_action(session, customer_id=books.customer, date=D(2026, 4, 27),
                      kind="promise", note="Virement promis", invoice_id=invoice_id,
                      promised_date=D(2026, 5, 5), promised_amount=120_000)
    run_number = send(books, L1_DAY)
    with books.ledger.read() as session:
        history = customer_history(session, customer_id=books.customer)
        events = invoice_dunning_history(session, invoice_id)
    assert [(i.date, i.kind, i.number, i.label, i.amount, i.balance)
            for i in history.items] == [
        (INVOICE_DAY, "invoice", "F-1", "", 0, 120_000),
        (L1_DAY, "letter", run_number, "Relance de paiement", 120_000, 120_000),
        (D(2026, 4, 20), "action", "phone", "Comptable absent, rappeler lundi", 0, 120_000),
        (D(2026, 4, 27), "action", "promise", "Virement promis", 120_000, 120_000),
    ]
    assert all(i.invoice_id == invoice_id for i in history.items)
    assert [(e.kind, e.promised_date) for e in events] == [
        ("letter", None), ("phone", None), ("promise", D(2026, 5, 5))]


def test_actions_are_checked(books: Books) -> None:
    invoice_id = invoice(books)
    other = books.add_customer("Hôtel du Parc")
    cases: list[dict[str, object]] = [
        dict(kind="fax"),
        dict(kind="promise", note="Bientôt"),  # no promised date
        dict(kind="promise", promised_date=D(2026, 4, 1)),  # before the call
        dict(kind="phone", promised_amount=1_000),
        dict(kind="note"),  # an empty note
        dict(kind="dispute"),  # about no invoice
        dict(kind="phone", invoice_id=invoice_id, customer_id=other),
    ]
    for case in cases:
        values: dict[str, object] = dict(customer_id=books.customer, date=D(2026, 4, 20))
        values.update(case)
        with books.ledger.unit_of_work() as session, pytest.raises(DunningError):
            record_action(session, **values)  # type: ignore[arg-type]
    with books.ledger.unit_of_work() as session:
        dispute = record_action(session, customer_id=books.customer, date=D(2026, 4, 20),
                                kind="dispute", note="Prix contesté", invoice_id=invoice_id)
        assert dispute.kind == "dispute" and disputed_since(session, invoice_id) == D(2026, 4,
                                                                                      20)


# --- settings ---------------------------------------------------------------------------

def test_settings_are_read_from_the_defaults_until_changed(books: Books) -> None:
    with books.ledger.read() as session:
        assert level_settings(session) == DEFAULT_LEVELS
        assert [(s.level, s.delay_days) for s in DEFAULT_LEVELS] == [
            ("P", -15), ("1", 15), ("2", 30), ("3", 45)]
        assert excluded_accounts(session) == ("413", "416")
        assert letter_template(session, level=3, language="fr").title == \
            "Mise en demeure de payer"
        assert session.execute(text("SELECT count(*) FROM dunning_template")).scalar() == 0


def test_delays_are_editable_and_checked(books: Books) -> None:
    invoice_id = invoice(books)
    with books.ledger.unit_of_work() as session:
        set_level_setting(session, level="1", delay_days=10)
        set_level_setting(session, level="P", delay_days=-5, enabled=False)
        assert session.execute(text("SELECT count(*) FROM dunning_template")).scalar() == 12
    assert level_and_reason(books, D(2026, 4, 10), invoice_id) == ("1", None)  # due + 10
    assert level_and_reason(books, P_DAY, invoice_id) == (None, NOT_DUE)  # P switched off
    for level, days in (("P", 3), ("2", 10), ("3", 0), ("1", 40)):
        with books.ledger.unit_of_work() as session, pytest.raises(DunningError):
            set_level_setting(session, level=level, delay_days=days)
    with books.ledger.unit_of_work() as session, pytest.raises(UnknownAccount):
        set_excluded_accounts(session, ["999999"])


def test_templates_are_editable_and_stored_in_the_ledger(books: Books) -> None:
    custom = LetterTemplate("1", "fr", "Petit rappel", "Bonjour {customer},",
                            "Il reste {total_due} à régler :\n{invoices_table}", "Merci.")
    with books.ledger.unit_of_work() as session:
        saved = set_letter_template(session, custom)
    assert saved == custom
    books.ledger.close()  # what is stored is in the file, not in memory
    reopened = open_ledger(books.ledger.path)
    try:
        with reopened.read() as session:
            assert letter_template(session, level="1", language="fr") == custom
            assert letter_template(session, level="1", language="ro") == \
                default_letter_template("1", "ro")
    finally:
        reopened.close()


def test_a_template_with_an_unknown_placeholder_is_refused(books: Books) -> None:
    template = default_letter_template("2", "ro")
    with books.ledger.unit_of_work() as session:
        with pytest.raises(UnknownPlaceholder):
            set_letter_template(session, LetterTemplate(
                "2", "ro", "Notificare", "", "Total: {totl}", ""))
        with pytest.raises(UnknownPlaceholder):  # the table goes in the body only
            set_letter_template(session, LetterTemplate(
                "2", "ro", "Notificare", "{invoices_table}", "", ""))
        with pytest.raises(DunningError):
            set_letter_template(session, LetterTemplate("2", "ro", "Notificare", "", "{", ""))
        set_letter_template(session, LetterTemplate("2", "ro", "Altceva", "", "{{x}}", ""))
        assert reset_letter_template(session, level="2", language="ro") == template
