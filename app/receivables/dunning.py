"""Dunning (relances / somații): reminding customers of what they owe, level by level.

Settings, kept in the ledger file and seeded from the shipped defaults the first time
one is changed (until then the defaults are read, so reading never writes):

* levels P (pre-reminder, before the due date), 1, 2 and 3, each with a delay in days
  from the due date (−15, +15, +30, +45 by default) and an on/off switch;
* a letter template per level and language: title, header, body (with the
  ``{invoices_table}`` placeholder), footer — ``resources/dunning/templates.json``;
* excluded accounts: invoices whose receivable sits on one of them (or a sub-account)
  are never reminded — doubtful customers (416 / 4118) and bills receivable (413).

The level rule, as a bookkeeper runs reminders (:func:`next_level`):

* levels are sent **in order**, one step per letter: an invoice gets level 2 only once
  level 1 was sent, whatever its delay, so a customer never receives a formal notice
  as a first letter;
* the next level is due when its delay from the due date has passed **and**, when the
  previous reminder went out late, the same spacing has passed since that letter
  (levels 1 → 2 with the defaults: 15 days after letter 1): the customer always gets
  the time the levels promise between two letters;
* the pre-reminder only goes out before the due date; once an invoice is overdue it
  starts at level 1;
* the customer's maximum level caps it (0: never, not even P); once the cap (or level 3)
  is sent the invoice is not proposed again — the bookkeeper may still add it by hand;
* a customer gets one letter per run, either a pre-reminder or a reminder: when some of
  its invoices are overdue, its pre-reminders wait (the letter's total is what is due).

A run as of a date (:func:`propose_run`) reviews every open invoice and says, for
each, the level proposed or why there is none: customer excluded or never reminded,
receivable on an excluded account, invoice disputed (paused until the dispute is
closed), unapplied customer credit covering it (credit is deducted oldest due first,
as an allocation would, so a partly covered invoice is reminded for the rest), not due
yet, waiting for the next delay, highest level sent. The proposal is data: the
bookkeeper removes lines or changes levels and passes what is left to
:func:`validate_run`, which numbers the run (DR-2026-000001, gapless) and records one
letter per customer with a line per invoice and its level, all in the caller's unit of
work. Letters keep the template texts as they were, so a reprint shows what was sent.

Actions (calls, visits, promises, notes, disputes) are an append-only log; a dispute is
opened and closed by actions, and the latest one says whether an invoice is paused.
Letters and actions show in the customer's history (:mod:`app.receivables.history`
reads their tables) and in :func:`invoice_dunning_history`.
"""

from __future__ import annotations

import datetime as dt
import json
import string
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from sqlalchemy import and_, delete, func, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import (
    DunningError,
    DunningRunNotFound,
    DunningRunOutOfOrder,
    InvoiceAlreadyDisputed,
    InvoiceNotDisputed,
    InvoiceNotFound,
    NotDunnable,
    UnknownAccount,
    UnknownPlaceholder,
)
from app.ledger.accounts import account_for_role, get_account
from app.ledger.company import LANGUAGES, fiscal_year_of, get_company
from app.ledger.models import Account, JournalLine
from app.ledger.numbering import take_next_number
from app.paths import resource_path
from app.receivables.customers import customer_row, get_customer
from app.receivables.dunning_models import (
    CustomerAction,
    DunningExcludedAccount,
    DunningLetter,
    DunningLetterLine,
    DunningLevel,
    DunningRun,
    DunningTemplate,
)
from app.receivables.models import Customer, CustomerInvoice, DoubtfulTransfer
from app.receivables.status import CustomerBalance, OpenInvoice, open_credits, open_invoices

LEVELS: tuple[str, ...] = ("P", "1", "2", "3")
PRE_REMINDER = "P"
DEFAULT_DELAYS: dict[str, int] = {"P": -15, "1": 15, "2": 30, "3": 45}
MAX_DELAY_DAYS = 3650
#: The accounts never reminded until the bookkeeper says otherwise (by chart role).
DEFAULT_EXCLUDED_ROLES = ("doubtful_customers", "bills_receivable")

ACTION_KINDS = ("phone", "visit", "promise", "dispute", "note")
DISPUTE, DISPUTE_CLOSED = "dispute", "dispute_closed"

RUN_DOC_TYPE = "receivables.dunning_run"
RUN_SERIES = "DR"

TEMPLATE_FIELDS = ("title", "header", "body", "footer")
INVOICES_TABLE = "invoices_table"
#: What a template may name; the letter fills them in (see app.documents.letters).
PLACEHOLDERS = ("customer", "company", "date", "reference", "total_due", "credit",
                "days_late", "invoice_count", "oldest_due_date", INVOICES_TABLE)

# Why an invoice gets no letter. The blocking ones are the bookkeeper's rules: a run
# refuses them even when asked by hand; the others only say why none is proposed.
CUSTOMER_EXCLUDED = "customer_excluded"
NEVER_REMIND = "never_remind"
EXCLUDED_ACCOUNT = "excluded_account"
DISPUTED = "disputed"
COVERED_BY_CREDIT = "covered_by_credit"
NOT_DUE = "not_due"
WAITING = "waiting"
MAX_LEVEL = "max_level"
#: A pre-reminder is held back while the same customer gets a reminder for overdue
#: invoices: one letter per customer says "overdue" or "soon due", never both.
PRE_REMINDER_HELD = "pre_reminder_held"
BLOCKING_REASONS: dict[str, str] = {
    CUSTOMER_EXCLUDED: "the customer is excluded from dunning",
    NEVER_REMIND: "the customer is never reminded (maximum level 0)",
    EXCLUDED_ACCOUNT: "its receivable is on an account excluded from dunning",
    DISPUTED: "it is disputed",
    COVERED_BY_CREDIT: "the customer's unapplied credit covers it: apply the credit instead",
}

_SQL_CHUNK = 500  # ids per IN (...) query, well under SQLite's variable limit


# --- levels -----------------------------------------------------------------------------

def normalise_level(level: str | int) -> str:
    """``"P"``, ``"1"``, ``"2"`` or ``"3"`` from what the caller holds (``1`` or ``"p"``)."""
    text = str(level).strip().upper()
    if text not in LEVELS:
        raise DunningError(field="level", reason="P, 1, 2 or 3")
    return text


def level_rank(level: str) -> int:
    """0 for P, then 1 to 3: comparable with a customer's maximum level."""
    return LEVELS.index(level)


def allowed_for(level: str, max_level: int) -> bool:
    """Whether a customer reminded up to ``max_level`` (0 = never) may get ``level``."""
    return max_level > 0 and level_rank(level) <= max_level


@dataclass(frozen=True)
class LevelSetting:
    level: str
    #: Days from the due date (negative: before it).
    delay_days: int
    enabled: bool = True


DEFAULT_LEVELS: tuple[LevelSetting, ...] = tuple(
    LevelSetting(level, DEFAULT_DELAYS[level]) for level in LEVELS)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_levels(levels: Sequence[LevelSetting]) -> None:
    for setting in levels:
        field = f"level {setting.level}"
        if not _whole(setting.delay_days) or abs(setting.delay_days) > MAX_DELAY_DAYS:
            raise DunningError(field=field, reason="a whole number of days")
        if setting.level == PRE_REMINDER and setting.delay_days >= 0:
            raise DunningError(field=field, reason=(
                "the pre-reminder goes before the due date: a negative number of days"))
        if setting.level != PRE_REMINDER and setting.delay_days <= 0:
            raise DunningError(field=field, reason="at least one day after the due date")
    for before, after in pairwise(levels):
        if after.delay_days <= before.delay_days:
            raise DunningError(field=f"level {after.level}", reason=(
                f"more days than level {before.level} ({before.delay_days})"))


def _seeded(session: Session) -> bool:
    return session.execute(select(DunningLevel.level).limit(1)).first() is not None


def level_settings(session: Session) -> tuple[LevelSetting, ...]:
    """The levels P, 1, 2, 3 in order, with their delays."""
    rows = {row.level: row for row in session.execute(select(DunningLevel)).scalars()}
    if not rows:
        return DEFAULT_LEVELS
    return tuple(LevelSetting(level, rows[level].delay_days, rows[level].enabled)
                 for level in LEVELS)


def set_level_setting(session: Session, *, level: str | int, delay_days: int,
                      enabled: bool = True) -> tuple[LevelSetting, ...]:
    """Change one level's delay (days from the due date) and switch it on or off.
    Delays must grow from P to 3, P before the due date and the others after."""
    level = normalise_level(level)
    changed = tuple(replace(setting, delay_days=delay_days, enabled=bool(enabled))
                    if setting.level == level else setting
                    for setting in level_settings(session))
    _check_levels(changed)
    ensure_dunning_settings(session)
    row = session.get(DunningLevel, level)
    assert row is not None
    row.delay_days, row.enabled = delay_days, bool(enabled)
    session.flush()
    return level_settings(session)


# --- excluded accounts ------------------------------------------------------------------

def _default_excluded_accounts(session: Session) -> tuple[str, ...]:
    codes = []
    for role in DEFAULT_EXCLUDED_ROLES:
        try:
            codes.append(account_for_role(session, role).code)
        except UnknownAccount:
            continue  # a chart without that account has nothing to exclude
    return tuple(sorted(codes))


def excluded_accounts(session: Session) -> tuple[str, ...]:
    """Account codes whose receivables are never reminded (sub-accounts included)."""
    if not _seeded(session):
        return _default_excluded_accounts(session)
    codes = session.execute(select(Account.code).join(
        DunningExcludedAccount, DunningExcludedAccount.account_id == Account.id)).scalars()
    return tuple(sorted(codes))


def set_excluded_accounts(session: Session, codes: Iterable[str]) -> tuple[str, ...]:
    """Replace the excluded accounts (codes of the chart; unknown ones are refused)."""
    accounts = {get_account(session, code.strip()).id for code in codes}
    ensure_dunning_settings(session)
    session.execute(delete(DunningExcludedAccount))
    session.add_all(DunningExcludedAccount(account_id=account_id) for account_id in accounts)
    session.flush()
    return excluded_accounts(session)


def is_excluded_account(code: str, excluded: Iterable[str]) -> bool:
    return any(code.startswith(prefix) for prefix in excluded)


# --- letter templates -------------------------------------------------------------------

@dataclass(frozen=True)
class LetterTemplate:
    level: str
    language: str
    title: str
    header: str
    #: Holds ``{invoices_table}`` where the invoices are listed (after the body if not).
    body: str
    footer: str


@cache
def _shipped() -> dict[str, dict[str, dict[str, object]]]:
    path = resource_path("dunning", "templates.json")
    data: dict[str, dict[str, dict[str, object]]] = json.loads(
        path.read_text(encoding="utf-8"))
    return data


def _shipped_language(language: str) -> str:
    return language if language in _shipped() else "en"


def default_letter_template(level: str | int, language: str) -> LetterTemplate:
    """The template shipped with Comptoir (English for a language it has none for)."""
    level = normalise_level(level)
    texts = _shipped()[_shipped_language(language)]["levels"][level]
    assert isinstance(texts, dict)
    return LetterTemplate(level, language, *(str(texts[name]) for name in TEMPLATE_FIELDS))


def letter_labels(language: str) -> Mapping[str, str]:
    """The fixed words of a letter in ``language``: table headings, the reference and
    date lines, the signature caption (``resources/dunning/templates.json``)."""
    labels = _shipped()[_shipped_language(language)]["labels"]
    return {str(key): str(value) for key, value in labels.items()}


def _template_of(row: DunningTemplate) -> LetterTemplate:
    return LetterTemplate(row.level, row.language, row.title, row.header, row.body,
                          row.footer)


def letter_template(session: Session, *, level: str | int, language: str) -> LetterTemplate:
    """The template in force for a level and language (as edited, or the shipped one)."""
    level = normalise_level(level)
    row = session.execute(select(DunningTemplate).where(
        DunningTemplate.level == level, DunningTemplate.language == language)
    ).scalar_one_or_none()
    return _template_of(row) if row is not None else default_letter_template(level, language)


def list_letter_templates(session: Session) -> list[LetterTemplate]:
    """Every level's template in every language, by language then level."""
    return [letter_template(session, level=level, language=language)
            for language in LANGUAGES for level in LEVELS]


def _check_placeholders(field: str, text: str) -> None:
    known = PLACEHOLDERS if field == "body" else PLACEHOLDERS[:-1]
    try:
        names = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        raise DunningError(field=field, reason=(
            "a brace is not closed: write {{ or }} for a brace in the text")) from exc
    for name in names:
        if name not in known:
            raise UnknownPlaceholder(field=field, placeholder=name, known=", ".join(known))


def set_letter_template(session: Session, template: LetterTemplate) -> LetterTemplate:
    """Save the text of one level's letter in one language (placeholders are checked)."""
    level = normalise_level(template.level)
    if template.language not in LANGUAGES:
        raise DunningError(field="language", reason=f"one of {', '.join(LANGUAGES)}")
    if not template.title.strip():
        raise DunningError(field="title", reason="the letter needs a title")
    for field in TEMPLATE_FIELDS:
        _check_placeholders(field, getattr(template, field))
    ensure_dunning_settings(session)
    row = session.execute(select(DunningTemplate).where(
        DunningTemplate.level == level, DunningTemplate.language == template.language)
    ).scalar_one_or_none()
    if row is None:
        row = DunningTemplate(level=level, language=template.language)
        session.add(row)
    row.title, row.header = template.title.strip(), template.header.strip()
    row.body, row.footer = template.body.strip(), template.footer.strip()
    row.updated_at = _now()
    session.flush()
    return letter_template(session, level=level, language=template.language)


def reset_letter_template(session: Session, *, level: str | int, language: str
                          ) -> LetterTemplate:
    """Put the shipped text back."""
    return set_letter_template(session, default_letter_template(level, language))


def ensure_dunning_settings(session: Session) -> None:
    """Write the default settings into the ledger once, before the first change."""
    if _seeded(session):
        return
    excluded = _default_excluded_accounts(session)
    session.add_all(DunningLevel(level=s.level, delay_days=s.delay_days, enabled=s.enabled)
                    for s in DEFAULT_LEVELS)
    now = _now()
    for language in LANGUAGES:
        for level in LEVELS:
            default = default_letter_template(level, language)
            session.add(DunningTemplate(level=level, language=language, title=default.title,
                                        header=default.header, body=default.body,
                                        footer=default.footer, updated_at=now))
    session.add_all(DunningExcludedAccount(account_id=get_account(session, code).id)
                    for code in excluded)
    session.flush()


def _now() -> dt.datetime:
    return clock.now().replace(tzinfo=None)


# --- actions and disputes ---------------------------------------------------------------

@dataclass(frozen=True)
class ActionView:
    id: int
    customer_id: int
    invoice_id: int | None
    invoice_number: str | None
    date: dt.date
    #: phone, visit, promise, dispute, dispute_closed or note.
    kind: str
    note: str
    promised_date: dt.date | None
    promised_amount: int | None


def _action_view(row: CustomerAction, invoice_number: str | None) -> ActionView:
    return ActionView(row.id, row.customer_id, row.invoice_id, invoice_number, row.date,
                      row.kind, row.note, row.promised_date, row.promised_amount)


def _invoice_row(session: Session, invoice_id: int) -> CustomerInvoice:
    row = session.get(CustomerInvoice, invoice_id)
    if row is None or row.kind != "invoice":
        raise InvoiceNotFound(invoice=invoice_id)
    return row


def _add_action(session: Session, *, customer_id: int, invoice: CustomerInvoice | None,
                date: dt.date, kind: str, note: str, promised_date: dt.date | None = None,
                promised_amount: int | None = None) -> ActionView:
    row = CustomerAction(customer_id=customer_id,
                         invoice_id=invoice.id if invoice is not None else None, date=date,
                         kind=kind, note=note.strip(), promised_date=promised_date,
                         promised_amount=promised_amount, created_at=_now())
    session.add(row)
    session.flush()
    return _action_view(row, invoice.number if invoice is not None else None)


def _check_promise(kind: str, date: dt.date, promised_date: dt.date | None,
                   promised_amount: int | None) -> None:
    if kind != "promise":
        if promised_date is not None or promised_amount is not None:
            raise DunningError(field="promised_date", reason="only a promise to pay has one")
        return
    if promised_date is None or promised_date < date:
        raise DunningError(field="promised_date",
                           reason="the day the customer promised to pay, on or after the call")
    if promised_amount is not None and (not _whole(promised_amount) or promised_amount <= 0):
        raise DunningError(field="promised_amount", reason="an amount in minor units, above 0")


def record_action(session: Session, *, customer_id: int, date: dt.date, kind: str,
                  note: str = "", invoice_id: int | None = None,
                  promised_date: dt.date | None = None, promised_amount: int | None = None
                  ) -> ActionView:
    """Log a call, a visit, a promise to pay (with its date, and amount if given), a
    note, or a dispute (which opens one on the invoice: see :func:`open_dispute`)."""
    if kind not in ACTION_KINDS:
        raise DunningError(field="kind", reason=", ".join(ACTION_KINDS))
    get_customer(session, customer_id)
    invoice = _invoice_row(session, invoice_id) if invoice_id is not None else None
    if invoice is not None and invoice.customer_id != customer_id:
        raise DunningError(field="invoice", reason=f"{invoice.number} is another customer's")
    if kind == DISPUTE:
        if invoice is None:
            raise DunningError(field="invoice", reason="a dispute is about an invoice")
        return open_dispute(session, invoice_id=invoice.id, date=date, note=note)
    if kind == "note" and not note.strip():
        raise DunningError(field="note", reason="write the note")
    _check_promise(kind, date, promised_date, promised_amount)
    return _add_action(session, customer_id=customer_id, invoice=invoice, date=date,
                       kind=kind, note=note, promised_date=promised_date,
                       promised_amount=promised_amount)


def _last_dispute_event(session: Session, invoice_id: int, as_of: dt.date | None = None
                        ) -> CustomerAction | None:
    query = (select(CustomerAction)
             .where(CustomerAction.invoice_id == invoice_id,
                    CustomerAction.kind.in_((DISPUTE, DISPUTE_CLOSED)))
             .order_by(CustomerAction.date.desc(), CustomerAction.id.desc()).limit(1))
    if as_of is not None:
        query = query.where(CustomerAction.date <= as_of)
    return session.execute(query).scalar_one_or_none()


def disputed_since(session: Session, invoice_id: int, as_of: dt.date | None = None
                   ) -> dt.date | None:
    """The day the invoice's open dispute began (as of a date), None when it has none."""
    event = _last_dispute_event(session, invoice_id, as_of)
    return event.date if event is not None and event.kind == DISPUTE else None


def _check_dispute_date(invoice: CustomerInvoice, last: CustomerAction | None,
                        date: dt.date) -> None:
    if date < invoice.date:
        raise DunningError(field="date", reason="on or after the invoice date")
    if last is not None and date < last.date:
        raise DunningError(field="date", reason=(
            f"on or after the last dispute event ({last.date.isoformat()})"))


def open_dispute(session: Session, *, invoice_id: int, date: dt.date, note: str
                 ) -> ActionView:
    """The customer disputes the invoice: no letter for it from ``date`` until the
    dispute is closed."""
    invoice = _invoice_row(session, invoice_id)
    last = _last_dispute_event(session, invoice_id)
    if last is not None and last.kind == DISPUTE:
        raise InvoiceAlreadyDisputed(number=invoice.number, date=last.date.isoformat())
    _check_dispute_date(invoice, last, date)
    return _add_action(session, customer_id=invoice.customer_id, invoice=invoice, date=date,
                       kind=DISPUTE, note=note)


def close_dispute(session: Session, *, invoice_id: int, date: dt.date, note: str = ""
                  ) -> ActionView:
    """The dispute is settled: the invoice is reminded again from ``date``."""
    invoice = _invoice_row(session, invoice_id)
    last = _last_dispute_event(session, invoice_id)
    if last is None or last.kind != DISPUTE:
        raise InvoiceNotDisputed(number=invoice.number)
    _check_dispute_date(invoice, last, date)
    return _add_action(session, customer_id=invoice.customer_id, invoice=invoice, date=date,
                       kind=DISPUTE_CLOSED, note=note)


def list_actions(session: Session, *, customer_id: int | None = None,
                 invoice_id: int | None = None) -> list[ActionView]:
    """Actions in date order (a customer's, an invoice's, or all)."""
    query = (select(CustomerAction, CustomerInvoice.number)
             .outerjoin(CustomerInvoice, CustomerInvoice.id == CustomerAction.invoice_id)
             .order_by(CustomerAction.date, CustomerAction.id))
    if customer_id is not None:
        query = query.where(CustomerAction.customer_id == customer_id)
    if invoice_id is not None:
        query = query.where(CustomerAction.invoice_id == invoice_id)
    return [_action_view(row, number) for row, number in session.execute(query)]


def _disputed_invoices(session: Session, as_of: dt.date) -> set[int]:
    """Invoices under an open dispute as of ``as_of``."""
    state: dict[int, str] = {}
    for invoice_id, kind in session.execute(
            select(CustomerAction.invoice_id, CustomerAction.kind)
            .where(CustomerAction.kind.in_((DISPUTE, DISPUTE_CLOSED)),
                   CustomerAction.date <= as_of)
            .order_by(CustomerAction.date, CustomerAction.id)):
        assert invoice_id is not None  # a dispute is always about an invoice
        state[invoice_id] = kind
    return {invoice_id for invoice_id, kind in state.items() if kind == DISPUTE}


# --- the level rule ---------------------------------------------------------------------

@dataclass(frozen=True)
class SentLevel:
    """What an invoice has had: the highest level sent and the date of its latest letter."""

    level: str
    date: dt.date


@dataclass(frozen=True)
class LevelDecision:
    level: str | None
    #: Why no level, when ``level`` is None: NOT_DUE, WAITING or MAX_LEVEL.
    reason: str | None = None


def next_level(*, due_date: dt.date, as_of: dt.date, sent: SentLevel | None,
               levels: Sequence[LevelSetting], max_level: int) -> LevelDecision:
    """The level an invoice is due for as of ``as_of`` (see the module's rule)."""
    overdue = as_of > due_date
    sent_rank = level_rank(sent.level) if sent is not None else -1
    ahead = [setting for setting in levels
             if setting.enabled and level_rank(setting.level) > sent_rank
             and not (setting.level == PRE_REMINDER and overdue)]
    allowed = [setting for setting in ahead if allowed_for(setting.level, max_level)]
    if not allowed:
        return LevelDecision(None, MAX_LEVEL if sent is not None or ahead else NOT_DUE)
    target = allowed[0]
    if as_of < due_date + dt.timedelta(days=target.delay_days):
        return LevelDecision(None, WAITING if sent is not None else NOT_DUE)
    if sent is not None and sent.level != PRE_REMINDER:
        previous = next(s.delay_days for s in levels if s.level == sent.level)
        if as_of < sent.date + dt.timedelta(days=target.delay_days - previous):
            return LevelDecision(None, WAITING)
    return LevelDecision(target.level)


# --- the proposal -----------------------------------------------------------------------

class RunLine(NamedTuple):
    """One invoice to remind in a run, at a level."""

    customer_id: int
    invoice_id: int
    level: str


@dataclass(frozen=True)
class InvoiceReview:
    """An open invoice as a run sees it: the level proposed, or why there is none."""

    invoice_id: int
    number: str
    date: dt.date
    due_date: dt.date
    open_amount: int
    #: Days past the due date (negative before it).
    days_late: int
    #: Where its receivable sits as of the run's date.
    account: str
    last_level: str | None
    last_letter_date: dt.date | None
    #: Unapplied customer credit that would settle part (or all) of it.
    credit_applied: int
    level: str | None
    reason: str | None

    @property
    def amount_due(self) -> int:
        return self.open_amount - self.credit_applied

    @property
    def overdue(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class CustomerProposal:
    customer_id: int
    name: str
    language: str
    max_level: int
    #: Open invoices and unapplied credit as of the run's date.
    balance: CustomerBalance
    #: Every open invoice, oldest due first, each with its level or reason.
    invoices: tuple[InvoiceReview, ...]

    @property
    def lines(self) -> tuple[InvoiceReview, ...]:
        return tuple(review for review in self.invoices if review.level is not None)

    @property
    def level(self) -> str | None:
        """The letter's level: the highest of its lines."""
        levels = [review.level for review in self.lines if review.level is not None]
        return max(levels, key=level_rank) if levels else None

    @property
    def total_due(self) -> int:
        return sum(review.amount_due for review in self.lines)

    @property
    def overdue(self) -> int:
        return sum(review.open_amount for review in self.invoices if review.overdue)


@dataclass(frozen=True)
class DunningProposal:
    as_of: dt.date
    #: Customers with at least one invoice to remind, by name.
    customers: tuple[CustomerProposal, ...]
    #: Customers with overdue invoices but nothing to remind, with the reasons.
    skipped: tuple[CustomerProposal, ...]

    def lines(self) -> tuple[RunLine, ...]:
        """What :func:`validate_run` records when the bookkeeper changes nothing."""
        return tuple(RunLine(customer.customer_id, review.invoice_id, review.level)
                     for customer in self.customers for review in customer.lines
                     if review.level is not None)


def _chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _SQL_CHUNK):
        yield ids[start:start + _SQL_CHUNK]


def _sent_levels(session: Session, invoice_ids: Sequence[int]) -> dict[int, SentLevel]:
    sent: dict[int, SentLevel] = {}
    for chunk in _chunks(invoice_ids):
        for invoice_id, level, day in session.execute(
                select(DunningLetterLine.invoice_id, DunningLetterLine.level, DunningRun.as_of)
                .join(DunningLetter, DunningLetter.id == DunningLetterLine.letter_id)
                .join(DunningRun, DunningRun.id == DunningLetter.run_id)
                .where(DunningLetterLine.invoice_id.in_(chunk))):
            known = sent.get(invoice_id)
            if known is None:
                sent[invoice_id] = SentLevel(level, day)
            else:
                sent[invoice_id] = SentLevel(max(known.level, level, key=level_rank),
                                             max(known.date, day))
    return sent


def _receivable_accounts(session: Session, invoices: Sequence[OpenInvoice],
                         as_of: dt.date) -> dict[int, str]:
    """Where each invoice's receivable sits as of ``as_of``: the account of its
    receivable line, or the doubtful account once its customer was moved there."""
    accounts: dict[int, str] = {}
    ids = [invoice.invoice_id for invoice in invoices]
    for chunk in _chunks(ids):
        accounts.update((invoice_id, code) for invoice_id, code in session.execute(
            select(CustomerInvoice.id, Account.code)
            .join(JournalLine, and_(JournalLine.entry_id == CustomerInvoice.entry_id,
                                    JournalLine.partner_id.is_not(None)))
            .join(Account, Account.id == JournalLine.account_id)
            .where(CustomerInvoice.id.in_(chunk))))
    doubtful_customers = set(session.execute(select(DoubtfulTransfer.customer_id).where(
        DoubtfulTransfer.date <= as_of)).scalars())
    if doubtful_customers:
        doubtful = account_for_role(session, "doubtful_customers").code
        for invoice in invoices:
            if invoice.customer_id in doubtful_customers:
                accounts[invoice.invoice_id] = doubtful
    return accounts


@dataclass(frozen=True)
class _RunContext:
    as_of: dt.date
    levels: tuple[LevelSetting, ...]
    excluded: tuple[str, ...]
    sent: dict[int, SentLevel]
    disputed: set[int]
    accounts: dict[int, str]
    credit: dict[int, int]


def _context(session: Session, as_of: dt.date, invoices: Sequence[OpenInvoice],
             customer_id: int | None = None) -> _RunContext:
    credit: dict[int, int] = defaultdict(int)
    for item in open_credits(session, customer_id=customer_id, as_of=as_of):
        credit[item.customer_id] += item.available
    return _RunContext(as_of, level_settings(session), excluded_accounts(session),
                       _sent_levels(session, [i.invoice_id for i in invoices]),
                       _disputed_invoices(session, as_of),
                       _receivable_accounts(session, invoices, as_of), dict(credit))


def _blocking_reason(customer: Customer, invoice: OpenInvoice, context: _RunContext
                     ) -> str | None:
    if customer.excluded_from_dunning:
        return CUSTOMER_EXCLUDED
    if customer.max_dunning_level == 0:
        return NEVER_REMIND
    if is_excluded_account(context.accounts.get(invoice.invoice_id, ""), context.excluded):
        return EXCLUDED_ACCOUNT
    if invoice.invoice_id in context.disputed:
        return DISPUTED
    return None


def _review_customer(customer: Customer, invoices: Sequence[OpenInvoice],
                     context: _RunContext) -> CustomerProposal:
    """Each open invoice's level or reason, with the customer's credit deducted
    oldest due first from the invoices that may be reminded."""
    credit_left = context.credit.get(customer.id, 0)
    reviews = []
    for invoice in invoices:  # oldest due first
        sent = context.sent.get(invoice.invoice_id)
        reason = _blocking_reason(customer, invoice, context)
        level, covered = None, 0
        if reason is None:
            covered = min(credit_left, invoice.open_amount)
            credit_left -= covered
            decision = next_level(due_date=invoice.due_date, as_of=context.as_of, sent=sent,
                                  levels=context.levels, max_level=customer.max_dunning_level)
            level, reason = decision.level, decision.reason
            if covered == invoice.open_amount:
                level, reason = None, COVERED_BY_CREDIT
        reviews.append(InvoiceReview(
            invoice.invoice_id, invoice.number, invoice.date, invoice.due_date,
            invoice.open_amount, (context.as_of - invoice.due_date).days,
            context.accounts.get(invoice.invoice_id, ""), sent.level if sent else None,
            sent.date if sent else None, covered, level, reason))
    balance = CustomerBalance(customer.id, sum(i.open_amount for i in invoices),
                              context.credit.get(customer.id, 0))
    return CustomerProposal(customer.id, customer.name, customer.language,
                            customer.max_dunning_level, balance,
                            _hold_pre_reminders(reviews))


def _hold_pre_reminders(reviews: Sequence[InvoiceReview]) -> tuple[InvoiceReview, ...]:
    """No pre-reminder line in a letter that reminds overdue invoices."""
    if not any(r.level not in (None, PRE_REMINDER) for r in reviews):
        return tuple(reviews)
    return tuple(replace(r, level=None, reason=PRE_REMINDER_HELD)
                 if r.level == PRE_REMINDER else r for r in reviews)


def _customers(session: Session, ids: Iterable[int]) -> dict[int, Customer]:
    wanted = sorted(set(ids))
    found: dict[int, Customer] = {}
    for chunk in _chunks(wanted):
        found.update((row.id, row) for row in session.execute(
            select(Customer).where(Customer.id.in_(chunk))).scalars())
    return found


def _by_name(proposals: Iterable[CustomerProposal]) -> tuple[CustomerProposal, ...]:
    return tuple(sorted(proposals, key=lambda p: (p.name.casefold(), p.customer_id)))


def propose_run(session: Session, *, as_of: dt.date) -> DunningProposal:
    """What a run as of ``as_of`` would send: per customer, every open invoice with the
    level it has reached or why it gets none, and the customer's balance."""
    invoices = open_invoices(session, as_of=as_of)
    context = _context(session, as_of, invoices)
    grouped: dict[int, list[OpenInvoice]] = defaultdict(list)
    for invoice in invoices:
        grouped[invoice.customer_id].append(invoice)
    customers = _customers(session, grouped)
    proposals = [_review_customer(customers[customer_id], items, context)
                 for customer_id, items in grouped.items()]
    return DunningProposal(
        as_of,
        _by_name(p for p in proposals if p.lines),
        _by_name(p for p in proposals if not p.lines and p.overdue),
    )


def review_customer(session: Session, *, customer_id: int, as_of: dt.date
                    ) -> CustomerProposal:
    """One customer's part of a run as of ``as_of`` (its detailed balance)."""
    customer = customer_row(session, customer_id)
    invoices = open_invoices(session, customer_id=customer_id, as_of=as_of)
    return _review_customer(customer, invoices,
                            _context(session, as_of, invoices, customer_id))


# --- validating a run -------------------------------------------------------------------

@dataclass(frozen=True)
class LetterLineView:
    id: int
    invoice_id: int
    number: str
    date: dt.date
    due_date: dt.date
    level: str
    open_amount: int
    credit_applied: int
    days_late: int


@dataclass(frozen=True)
class LetterView:
    """A letter as it was sent: the texts are the template's at the time, with their
    placeholders; the document fills them in."""

    id: int
    run_id: int
    run_number: str
    date: dt.date
    customer_id: int
    customer_name: str
    level: str
    language: str
    #: The customer's name and address as they were when the letter was sent.
    recipient: str
    country: str
    title: str
    header: str
    body: str
    footer: str
    currency: str
    credit_applied: int
    total_due: int
    lines: tuple[LetterLineView, ...]

    @property
    def open_total(self) -> int:
        return sum(line.open_amount for line in self.lines)


@dataclass(frozen=True)
class DunningRunView:
    id: int
    number: str
    as_of: dt.date
    created_at: dt.datetime
    #: One letter per customer, by customer name.
    letters: tuple[LetterView, ...]


def _checked_run_lines(lines: Sequence[RunLine | tuple[int, int, str | int]]
                       ) -> list[RunLine]:
    if not lines:
        raise DunningError(field="lines", reason="a run needs at least one invoice")
    checked, seen = [], set()
    for customer_id, invoice_id, level in lines:
        if invoice_id in seen:
            raise DunningError(field="lines", reason=f"invoice #{invoice_id} is listed twice")
        seen.add(invoice_id)
        checked.append(RunLine(customer_id, invoice_id, normalise_level(level)))
    return checked


def _refuse_earlier_than_last_run(session: Session, as_of: dt.date) -> None:
    """Runs follow each other in time, so the level rule always sees the letters
    sent before."""
    last = session.execute(select(func.max(DunningRun.as_of))).scalar_one_or_none()
    if last is not None and as_of < last:
        raise DunningRunOutOfOrder(last=last.isoformat(), as_of=as_of.isoformat())


def _checked_review(session: Session, line: RunLine, proposal: CustomerProposal,
                    as_of: dt.date) -> InvoiceReview:
    """The review of a line's invoice, after the checks a bookkeeper cannot override."""
    invoice = _invoice_row(session, line.invoice_id)
    if invoice.customer_id != line.customer_id:
        raise DunningError(field="lines", reason=f"{invoice.number} is another customer's")

    def refuse(reason: str) -> NotDunnable:
        return NotDunnable(number=invoice.number, level=line.level, reason=reason)

    review = next((r for r in proposal.invoices if r.invoice_id == line.invoice_id), None)
    if review is None:
        raise refuse(f"nothing is open on it as of {as_of.isoformat()}")
    if review.reason in BLOCKING_REASONS:
        raise refuse(BLOCKING_REASONS[review.reason])
    if not allowed_for(line.level, proposal.max_level):
        raise refuse(f"the customer is reminded up to level {proposal.max_level}")
    if line.level == PRE_REMINDER and review.overdue:
        raise refuse("a pre-reminder goes before the due date")
    if line.level != PRE_REMINDER and not review.overdue:
        raise refuse("it is not overdue")
    return review


def _letter_recipient(customer: Customer) -> str:
    return "\n".join([customer.name, *(line.strip() for line in customer.address.splitlines()
                                       if line.strip())])


def _write_letter(session: Session, run: DunningRun, customer: Customer,
                  lines: Sequence[tuple[InvoiceReview, str]], currency: str) -> None:
    level = max((level for _, level in lines), key=level_rank)
    template = letter_template(session, level=level, language=customer.language)
    credit = sum(review.credit_applied for review, _ in lines)
    letter = DunningLetter(
        run_id=run.id, customer_id=customer.id, level=level, language=customer.language,
        recipient=_letter_recipient(customer), country=customer.country,
        title=template.title, header=template.header, body=template.body,
        footer=template.footer, currency=currency, credit_applied=credit,
        total_due=sum(review.amount_due for review, _ in lines))
    session.add(letter)
    session.flush()
    session.add_all(DunningLetterLine(
        letter_id=letter.id, invoice_id=review.invoice_id, level=line_level,
        open_amount=review.open_amount, credit_applied=review.credit_applied,
        days_late=review.days_late) for review, line_level in lines)


def validate_run(session: Session, *, as_of: dt.date,
                 lines: Sequence[RunLine | tuple[int, int, str | int]]) -> DunningRunView:
    """Record the run the bookkeeper reviewed: its number, one letter per customer and
    each invoice reminded at its level. Call inside a unit of work: all or nothing."""
    wanted = _checked_run_lines(lines)
    _refuse_earlier_than_last_run(session, as_of)
    by_customer: dict[int, list[RunLine]] = defaultdict(list)
    for line in wanted:
        by_customer[line.customer_id].append(line)
    letters: list[tuple[Customer, list[tuple[InvoiceReview, str]]]] = []
    for customer_id, customer_lines in by_customer.items():
        if len({line.level == PRE_REMINDER for line in customer_lines}) > 1:
            raise DunningError(field="lines", reason=(
                "a letter is a pre-reminder or a reminder of overdue invoices, not both"))
        proposal = review_customer(session, customer_id=customer_id, as_of=as_of)
        letters.append((customer_row(session, customer_id),
                        [(_checked_review(session, line, proposal, as_of), line.level)
                         for line in customer_lines]))
    company = get_company(session)
    fiscal_year = fiscal_year_of(as_of, company.fiscal_year_start_month)
    sequence_no = take_next_number(session, doc_type=RUN_DOC_TYPE, series=RUN_SERIES,
                                   fiscal_year=fiscal_year)
    run = DunningRun(number=format_run_number(fiscal_year, sequence_no),
                     fiscal_year=fiscal_year, sequence_no=sequence_no, as_of=as_of,
                     created_at=_now())
    session.add(run)
    session.flush()
    for customer, reviews in sorted(letters, key=lambda item: (item[0].name.casefold(),
                                                               item[0].id)):
        _write_letter(session, run, customer, reviews, company.base_currency)
    session.flush()
    return get_run(session, run.id)


def format_run_number(fiscal_year: int, sequence_no: int) -> str:
    return f"{RUN_SERIES}-{fiscal_year}-{sequence_no:06d}"


# --- reading runs and histories ---------------------------------------------------------

def _letter_lines(session: Session, letter_ids: Sequence[int]
                  ) -> dict[int, list[LetterLineView]]:
    lines: dict[int, list[LetterLineView]] = defaultdict(list)
    for chunk in _chunks(letter_ids):
        for line, number, date, due in session.execute(
                select(DunningLetterLine, CustomerInvoice.number, CustomerInvoice.date,
                       CustomerInvoice.due_date)
                .join(CustomerInvoice, CustomerInvoice.id == DunningLetterLine.invoice_id)
                .where(DunningLetterLine.letter_id.in_(chunk))
                .order_by(CustomerInvoice.due_date, CustomerInvoice.date,
                          CustomerInvoice.id)):
            lines[line.letter_id].append(LetterLineView(
                line.id, line.invoice_id, number, date, due, line.level, line.open_amount,
                line.credit_applied, line.days_late))
    return lines


def get_run(session: Session, run_id: int) -> DunningRunView:
    run = session.get(DunningRun, run_id)
    if run is None:
        raise DunningRunNotFound(run=run_id)
    rows = session.execute(
        select(DunningLetter, Customer.name)
        .join(Customer, Customer.id == DunningLetter.customer_id)
        .where(DunningLetter.run_id == run_id)
        .order_by(func.lower(Customer.name), Customer.id)).all()
    lines = _letter_lines(session, [letter.id for letter, _ in rows])
    letters = tuple(
        LetterView(letter.id, run.id, run.number, run.as_of, letter.customer_id, name,
                   letter.level, letter.language, letter.recipient, letter.country,
                   letter.title, letter.header, letter.body, letter.footer, letter.currency,
                   letter.credit_applied, letter.total_due, tuple(lines[letter.id]))
        for letter, name in rows)
    return DunningRunView(run.id, run.number, run.as_of, run.created_at, letters)


def find_run(session: Session, *, number: str) -> DunningRunView:
    run_id = session.execute(select(DunningRun.id).where(
        DunningRun.number == number.strip())).scalar_one_or_none()
    if run_id is None:
        raise DunningRunNotFound(run=number)
    return get_run(session, run_id)


@dataclass(frozen=True)
class RunSummary:
    id: int
    number: str
    as_of: dt.date
    letters: int
    total_due: int


def list_runs(session: Session) -> list[RunSummary]:
    """Runs, newest first, with their number of letters and what they claimed."""
    query = (select(DunningRun.id, DunningRun.number, DunningRun.as_of,
                    func.count(DunningLetter.id), func.coalesce(func.sum(
                        DunningLetter.total_due), 0))
             .outerjoin(DunningLetter, DunningLetter.run_id == DunningRun.id)
             .group_by(DunningRun.id)
             .order_by(DunningRun.as_of.desc(), DunningRun.id.desc()))
    return [RunSummary(run_id, number, as_of, int(count), int(total))
            for run_id, number, as_of, count, total in session.execute(query)]


@dataclass(frozen=True)
class InvoiceDunningEvent:
    date: dt.date
    #: "letter", or an action's kind (phone, visit, promise, dispute, dispute_closed, note).
    kind: str
    #: The letter line's id, or the action's.
    record_id: int
    level: str | None = None
    run_number: str | None = None
    note: str = ""
    #: What was open when the letter went out, or the amount promised.
    amount: int = 0
    promised_date: dt.date | None = None


def invoice_dunning_history(session: Session, invoice_id: int
                            ) -> tuple[InvoiceDunningEvent, ...]:
    """Letters sent about an invoice and actions recorded on it, in date order."""
    _invoice_row(session, invoice_id)
    letters = [
        InvoiceDunningEvent(as_of, "letter", line.id, line.level, number, title,
                            line.open_amount)
        for line, as_of, number, title in session.execute(
            select(DunningLetterLine, DunningRun.as_of, DunningRun.number, DunningLetter.title)
            .join(DunningLetter, DunningLetter.id == DunningLetterLine.letter_id)
            .join(DunningRun, DunningRun.id == DunningLetter.run_id)
            .where(DunningLetterLine.invoice_id == invoice_id))]
    actions = [InvoiceDunningEvent(action.date, action.kind, action.id, note=action.note,
                                   amount=action.promised_amount or 0,
                                   promised_date=action.promised_date)
               for action in list_actions(session, invoice_id=invoice_id)]
    return tuple(sorted([*letters, *actions],
                        key=lambda e: (e.date, e.kind != "letter", e.record_id)))
