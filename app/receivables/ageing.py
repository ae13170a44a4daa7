"""The aged balance (balance âgée / balanța de vechime): what customers owe as of a date,
by bucket of days overdue (or of days since the invoice date), per customer, with a
drill-down to the open invoices and credit behind each row, and month-end totals for a
trend chart.

**As of any date.** An invoice, payment or credit note dated after ``as_of`` does not
exist yet; a matching dated after it (a payment, a credit applied later) does not
reduce anything yet, nor does the matching of a payment cancelled by then
(:func:`app.receivables.status.live_match`).

**Columns.** Every amount of a row sits in exactly one column, so a row's balance is
what the customer owes and the totals row ties to the ledger (411 + 416 + 413 of the
customers' partners):

* the buckets: open invoices on the customers account (411 / 4111);
* unapplied credit (payments not allocated, deposits, credit notes not matched), a
  negative column of its own rather than netted into a bucket: netting would hide
  overdue invoices behind a deposit and would need an arbitrary choice of bucket;
* doubtful: the customer's balance on the doubtful account (416 / 4118) as of the date,
  read from the ledger. From the day a customer is doubtful its whole balance lives on
  that account (:mod:`app.receivables.doubtful`), so its invoices and credit leave the
  buckets and the credit column for this one;
* bills received (413): the customer's balance on the bills-receivable account, read
  from the ledger. Nothing in Comptoir posts bills of exchange yet, so it is 0 until
  bills exist; the column is kept so the layout does not change when they come.

Sums are made in SQL over covering indexes: per customer, the invoices' totals per
bucket less the matching per bucket of its invoice (a matching row carries its
invoice's dates), and the payments and credit notes less the matching for the credit
column; the two ledger columns from the ledger's lines. Nothing per invoice comes back
to Python for the summary; the per-invoice drill-down is read only when asked for.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    and_,
    case,
    func,
    select,
)
from sqlalchemy.orm import Session

from app.errors import ReceivablesError
from app.ledger.accounts import account_for_role
from app.ledger.company import get_company
from app.ledger.models import JournalLine
from app.receivables.models import (
    Collection,
    CollectionCancellation,
    Customer,
    CustomerInvoice,
    DoubtfulTransfer,
    ReceivableMatch,
)
from app.receivables.status import live_match, open_credits

SelectT = TypeVar("SelectT", bound=Select)  # type: ignore[type-arg]
AgeBasis = Literal["due", "invoice"]
BY_DUE: AgeBasis = "due"
BY_INVOICE: AgeBasis = "invoice"
AGE_BASES: tuple[AgeBasis, ...] = (BY_DUE, BY_INVOICE)
MAX_BUCKETS = 12
#: Not due, 1–30, 31–60, 61–90, > 90 days overdue; 0–30 ... > 90 days since the invoice.
DEFAULT_BOUNDARIES: dict[str, tuple[int, ...]] = {BY_DUE: (0, 30, 60, 90),
                                                  BY_INVOICE: (30, 60, 90)}
NOT_DUE = "Not due"
#: The columns after the buckets, in English and in the order every renderer (screen,
#: Excel, CSV, PDF) shows them: see :attr:`AgedRow.amounts`.
EXTRA_COLUMNS = ("Total", "Unapplied credit", "Doubtful", "Bills received", "Balance")
BASIS_CAPTIONS: dict[str, str] = {BY_DUE: "By due date", BY_INVOICE: "By invoice date"}
#: How each kind of drill-down line is named (English).
LINE_KINDS: dict[str, str] = {"invoice": "Invoice", "credit_note": "Credit note",
                              "collection": "Payment"}


# --- buckets ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Bucket:
    """A range of days, both ends included; ``low`` None reaches back to any date,
    ``high`` None forward. ``label`` is English: exports pass it to ``translate``
    (only "Not due" has words; the rest are figures)."""

    index: int
    low: int | None
    high: int | None
    label: str

    def holds(self, days: int) -> bool:
        return (self.low is None or days >= self.low) and (self.high is None
                                                           or days <= self.high)


def _first_label(high: int, by: AgeBasis) -> str:
    if by == BY_DUE and high == 0:
        return NOT_DUE
    if by == BY_INVOICE and high > 0:
        return f"0–{high}"  # an invoice is never younger than 0 days
    return f"≤ {high}"


def make_buckets(boundaries: Sequence[int] | None, by: AgeBasis = BY_DUE
                 ) -> tuple[Bucket, ...]:
    """The buckets cut at ``boundaries`` (the last day of each but the last bucket):
    (0, 30, 60, 90) by due date gives Not due, 1–30, 31–60, 61–90, > 90."""
    if by not in AGE_BASES:
        raise ReceivablesError(field="by", reason="'due' or 'invoice'")
    cuts = tuple(DEFAULT_BOUNDARIES[by] if boundaries is None else boundaries)
    if not cuts or len(cuts) >= MAX_BUCKETS:
        raise ReceivablesError(field="buckets",
                               reason=f"1 to {MAX_BUCKETS - 1} boundaries (2 to "
                                      f"{MAX_BUCKETS} buckets)")
    if any(not isinstance(cut, int) or isinstance(cut, bool) for cut in cuts):
        raise ReceivablesError(field="buckets", reason="whole numbers of days")
    if any(later <= earlier for earlier, later in pairwise(cuts)):
        raise ReceivablesError(field="buckets", reason="boundaries in increasing order")
    if by == BY_INVOICE and cuts[0] < 0:
        raise ReceivablesError(field="buckets",
                               reason="days since the invoice date start at 0")
    buckets = [Bucket(0, None, cuts[0], _first_label(cuts[0], by))]
    buckets += [Bucket(index, low + 1, high, f"{low + 1}–{high}")
                for index, (low, high) in enumerate(pairwise(cuts), start=1)]
    buckets.append(Bucket(len(cuts), cuts[-1] + 1, None, f"> {cuts[-1]}"))
    return tuple(buckets)


def parse_boundaries(text: str) -> tuple[int, ...]:
    """"30,60,90" as typed on the command line or in a setting."""
    try:
        return tuple(int(part) for part in text.replace(";", ",").split(",") if part.strip())
    except ValueError as exc:
        raise ReceivablesError(field="buckets",
                               reason="whole numbers of days separated by commas") from exc


def bucket_of(buckets: Sequence[Bucket], days: int) -> int:
    """The index of the bucket holding ``days`` (buckets in order, as made above)."""
    return bucket_finder(buckets)(days)


def bucket_finder(buckets: Sequence[Bucket]) -> Callable[[int], int]:
    """:func:`bucket_of` for many lines: the bucket's upper bounds are gathered once."""
    highs = [bucket.high for bucket in buckets if bucket.high is not None]
    return lambda days: bisect_left(highs, days)


# --- results ---------------------------------------------------------------------------

@dataclass(frozen=True)
class AgedRow:
    """One customer: open invoices per bucket and the extra columns, in minor units."""

    customer_id: int
    customer_name: str
    customer_code: str | None
    buckets: tuple[int, ...]
    #: Unapplied customer credit, zero or negative.
    credit: int
    #: Balance on the doubtful customers account (416 / 4118).
    doubtful: int
    #: Balance on the bills-receivable account (413); 0 until bills exist.
    bills: int

    @property
    def total(self) -> int:
        """Open invoices on the customers account, all buckets."""
        return sum(self.buckets)

    @property
    def overdue(self) -> int:
        """Open invoices past due (by due date: every bucket but "Not due")."""
        return sum(self.buckets[1:])

    @property
    def balance(self) -> int:
        """What the customer owes, every column together."""
        return self.total + self.credit + self.doubtful + self.bills

    @property
    def amounts(self) -> tuple[int, ...]:
        """The buckets then :data:`EXTRA_COLUMNS`, as a table shows them."""
        return (*self.buckets, self.total, self.credit, self.doubtful, self.bills,
                self.balance)


@dataclass(frozen=True)
class AgedTotals:
    buckets: tuple[int, ...]
    credit: int
    doubtful: int
    bills: int

    @property
    def total(self) -> int:
        return sum(self.buckets)

    @property
    def balance(self) -> int:
        return self.total + self.credit + self.doubtful + self.bills

    @property
    def amounts(self) -> tuple[int, ...]:
        return (*self.buckets, self.total, self.credit, self.doubtful, self.bills,
                self.balance)


@dataclass(frozen=True)
class AgedLine:
    """A line of the drill-down: an open invoice, or unapplied credit (negative)."""

    customer_id: int
    #: "invoice", "credit_note" or "collection" (a payment not fully allocated).
    kind: str
    document_id: int
    number: str
    date: dt.date
    due_date: dt.date | None
    #: ``as_of`` less the due date (negative: not due yet); None for credit.
    days_overdue: int | None
    #: The days the bucket is chosen by: overdue, or since the invoice date.
    age_days: int | None
    #: What is still open: positive for an invoice, negative for credit.
    open_amount: int
    #: The bucket of an invoice; None for credit and for a doubtful customer's lines.
    bucket: int | None
    #: The line belongs to a customer doubtful as of the date (416 / 4118).
    doubtful: bool


@dataclass(frozen=True)
class AgedBalance:
    as_of: dt.date
    by: AgeBasis
    currency: str
    columns: tuple[Bucket, ...]
    rows: tuple[AgedRow, ...]
    totals: AgedTotals
    #: The drill-down (every customer's open lines), when asked for; customer by
    #: customer in the order of ``rows``, oldest first.
    lines: tuple[AgedLine, ...] = ()
    #: The aged balance of one customer only, when given.
    customer_id: int | None = None

    def lines_of(self, customer_id: int) -> tuple[AgedLine, ...]:
        return tuple(line for line in self.lines if line.customer_id == customer_id)


# --- SQL pieces ------------------------------------------------------------------------
#
# The summary reads covering indexes only (see :func:`_open_sums`). The drill-down
# reads the invoice table straight through in rowid order: ``kind || ''`` stops the
# planner from walking the (kind, number) index and fetching every row out of order,
# and the open amount of an invoice comes from one seek in the matching's (invoice_id,
# date, amount) covering index, inside a subquery kept unflattened (LIMIT -1) so that
# the seek runs once per invoice, not once per use.

def _reference_date(by: AgeBasis) -> Any:
    return CustomerInvoice.due_date if by == BY_DUE else CustomerInvoice.date


def _doubtful_customers(as_of: dt.date) -> Select[Any]:
    return select(DoubtfulTransfer.customer_id).where(DoubtfulTransfer.date <= as_of)


def _cancelled_by(as_of: dt.date) -> Select[Any]:
    return select(CollectionCancellation.collection_id).where(
        CollectionCancellation.date <= as_of)


def _live_as_of(session: Session, as_of: dt.date) -> ColumnElement[bool]:
    """:func:`live_match`, without its test on cancelled payments when there is none:
    that test needs the matching row itself, the date alone is in the index."""
    if session.execute(_cancelled_by(as_of).limit(1)).first() is None:
        return ReceivableMatch.date <= as_of
    return live_match(as_of)


def _for_customer(query: SelectT, column: Any, customer_id: int | None) -> SelectT:
    return query if customer_id is None else query.where(column == customer_id)


def _invoices_with_open_amount(session: Session, as_of: dt.date, customer_id: int | None,
                               *columns: Any) -> Subquery:
    """Invoices dated by ``as_of`` with ``columns`` and ``open_amount`` (their total
    less their live matching as of the date), paid ones included."""
    paid = (select(func.coalesce(func.sum(ReceivableMatch.amount), 0))
            .where(ReceivableMatch.invoice_id == CustomerInvoice.id,
                   _live_as_of(session, as_of))
            .scalar_subquery())
    query = (select(*columns, (CustomerInvoice.total - paid).label("open_amount"))
             .where(CustomerInvoice.kind.concat("") == "invoice",
                    CustomerInvoice.date <= as_of)
             .limit(-1))
    return _for_customer(query, CustomerInvoice.customer_id, customer_id).subquery()


def _cumulative_sums(reference: Any, amount: Any, as_of: dt.date,
                     buckets: Sequence[Bucket]) -> list[Any]:
    """Per bucket, the sum of ``amount`` up to and including it (at most ``high`` days
    old), the last one over every dated row. One comparison a bucket, where summing
    each bucket between its two bounds costs two: a quarter faster over 100k rows.
    :func:`_from_cumulative` takes the differences."""
    return [func.sum(case((reference >= as_of - dt.timedelta(days=bucket.high), amount)))
            if bucket.high is not None
            else func.sum(case((reference.is_not(None), amount)))
            for bucket in buckets]


def _from_cumulative(cumulative: Sequence[int]) -> list[int]:
    return [total - before for before, total in zip([0, *cumulative], cumulative,
                                                    strict=False)]


@dataclass(frozen=True)
class _OpenSums:
    """Per customer: open invoices per bucket, and the unapplied credit (positive
    here)."""

    buckets: dict[int, list[int]]
    credit: dict[int, int]


def _open_sums(session: Session, as_of: dt.date, by: AgeBasis, buckets: Sequence[Bucket],
               customer_id: int | None) -> _OpenSums:
    """What customers not doubtful as of the date owe and are owed, summed in SQL.

    An invoice's open amount is its total less its live matching, so the open amounts
    per bucket are the invoices' totals per bucket less the matching per bucket of its
    invoice (each matching row carries its invoice's dates, migration 0006). Unapplied
    credit is the payments (not cancelled by then) and credit notes less every live
    matching, since each one uses credit. Four scans of covering indexes in customer
    order, no row fetched and no seek per invoice: the matching is read once for both.
    Doubtful customers are dropped here rather than in SQL, where a test per row costs
    a tenth of the scan."""
    doubtful = set(session.execute(_doubtful_customers(as_of)).scalars())

    def sums(column: Any, *aggregates: Any, condition: ColumnElement[bool]
             ) -> dict[int, list[int]]:
        query = _for_customer(select(column, *aggregates).where(condition), column,
                              customer_id).group_by(column)
        return {int(row[0]): [int(amount or 0) for amount in row[1:]]
                for row in session.execute(query) if row[0] not in doubtful}

    # ``kind || ''``: the (kind, number) index would fetch every row out of order.
    invoiced = sums(CustomerInvoice.customer_id,
                    *_cumulative_sums(_reference_date(by), CustomerInvoice.total, as_of,
                                      buckets),
                    condition=and_(CustomerInvoice.kind.concat("") == "invoice",
                                   CustomerInvoice.date <= as_of))
    match_reference = (ReceivableMatch.invoice_due_date if by == BY_DUE
                       else ReceivableMatch.invoice_date)
    # A refund's matching has no invoice dates: in no bucket, but it uses credit too.
    matched = sums(ReceivableMatch.customer_id,
                   func.sum(ReceivableMatch.amount),
                   *_cumulative_sums(match_reference, ReceivableMatch.amount, as_of,
                                     buckets),
                   condition=_live_as_of(session, as_of))
    collected = sums(Collection.customer_id, func.sum(Collection.amount),
                     condition=and_(Collection.date <= as_of,
                                    Collection.id.not_in(_cancelled_by(as_of))))
    credited = sums(CustomerInvoice.customer_id, func.sum(CustomerInvoice.total),
                    condition=and_(CustomerInvoice.kind == "credit_note",
                                   CustomerInvoice.date <= as_of))

    open_amounts = {customer: _from_cumulative(totals) for customer, totals in invoiced.items()}
    credit: dict[int, int] = defaultdict(int)
    for customer, (used, *paid) in matched.items():
        invoice_sums = open_amounts.get(customer, [0] * len(buckets))
        open_amounts[customer] = [total - part for total, part in
                                  zip(invoice_sums, _from_cumulative(paid), strict=True)]
        credit[customer] -= used
    for source in (collected, credited):
        for customer, (amount,) in source.items():
            credit[customer] += amount
    return _OpenSums({customer: amounts for customer, amounts in open_amounts.items()
                      if any(amounts)},
                     {customer: amount for customer, amount in credit.items() if amount})


def _ledger_balances(session: Session, as_of: dt.date, role: str, customer_id: int | None
                     ) -> dict[int, int]:
    """Per customer, the balance of its partner's lines on the account of ``role``."""
    account_id = account_for_role(session, role).id
    query = _for_customer(
        select(Customer.id, func.sum(JournalLine.base_debit - JournalLine.base_credit))
        .join(Customer, Customer.partner_id == JournalLine.partner_id)
        .where(JournalLine.account_id == account_id, JournalLine.entry_date <= as_of)
        .group_by(Customer.id),
        Customer.id, customer_id)
    return {customer: int(amount) for customer, amount in session.execute(query) if amount}


def _customer_names(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str | None]]:
    wanted = set(ids)
    if not wanted:
        return {}
    return {row.id: (row.name, row.code) for row in session.execute(
        select(Customer.id, Customer.name, Customer.code).where(Customer.id.in_(wanted)))}


# --- the aged balance ------------------------------------------------------------------

def aged_balance(session: Session, *, as_of: dt.date, by: AgeBasis = BY_DUE,
                 buckets: Sequence[int] | None = None, customer_id: int | None = None,
                 detail: bool = False) -> AgedBalance:
    """The aged balance as of the end of ``as_of``: one row per customer owing or owed
    anything, by customer name. ``buckets`` are the boundaries in days (default
    (0, 30, 60, 90) by due date, (30, 60, 90) by invoice date). ``detail`` adds the
    drill-down lines (:func:`aged_lines`) for exports; the screen asks for one
    customer's lines when it opens that row."""
    columns = make_buckets(buckets, by)
    sums = _open_sums(session, as_of, by, columns, customer_id)
    open_amounts, credit = sums.buckets, sums.credit
    doubtful = _ledger_balances(session, as_of, "doubtful_customers", customer_id)
    bills = _ledger_balances(session, as_of, "bills_receivable", customer_id)
    names = _customer_names(session, {*open_amounts, *credit, *doubtful, *bills})
    rows = [AgedRow(customer_id=customer, customer_name=name, customer_code=code,
                    buckets=tuple(open_amounts.get(customer, [0] * len(columns))),
                    credit=-credit.get(customer, 0), doubtful=doubtful.get(customer, 0),
                    bills=bills.get(customer, 0))
            for customer, (name, code) in names.items()]
    rows = sorted((row for row in rows if any(row.buckets) or row.credit or row.doubtful
                   or row.bills), key=lambda row: (_sort_key(row.customer_name),
                                                   row.customer_id))
    lines = aged_lines(session, as_of=as_of, by=by, buckets=columns,
                       customer_id=customer_id) if detail else []
    if detail:
        order = {row.customer_id: position for position, row in enumerate(rows)}
        lines.sort(key=lambda line: order.get(line.customer_id, len(order)))
    return AgedBalance(as_of=as_of, by=by, currency=get_company(session).base_currency,
                       columns=columns, rows=tuple(rows), totals=_totals(rows, len(columns)),
                       lines=tuple(lines), customer_id=customer_id)


def _sort_key(name: str) -> str:
    """Names in alphabetical order whatever their accents: "Épicerie" before "Hôtel"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _totals(rows: Sequence[AgedRow], width: int) -> AgedTotals:
    return AgedTotals(
        buckets=tuple(sum(row.buckets[index] for row in rows) for index in range(width)),
        credit=sum(row.credit for row in rows), doubtful=sum(row.doubtful for row in rows),
        bills=sum(row.bills for row in rows))


def aged_lines(session: Session, *, as_of: dt.date, by: AgeBasis = BY_DUE,
               buckets: Sequence[Bucket] | Sequence[int] | None = None,
               customer_id: int | None = None) -> list[AgedLine]:
    """The drill-down: each open invoice with its days and bucket, oldest due first,
    then the unapplied credit, customer by customer (by id). A doubtful customer's
    lines carry no bucket: they are all in its doubtful column."""
    columns = _as_buckets(buckets, by)
    invoices = _invoices_with_open_amount(
        session, as_of, customer_id, CustomerInvoice.customer_id, CustomerInvoice.id,
        CustomerInvoice.number, CustomerInvoice.date, CustomerInvoice.due_date)
    query = (select(invoices)
             .where(invoices.c.open_amount > 0)
             .order_by(invoices.c.customer_id, invoices.c.due_date, invoices.c.date,
                       invoices.c.id))
    doubtful = set(session.execute(_doubtful_customers(as_of)).scalars())
    bucket = bucket_finder(columns)
    lines: dict[int, list[AgedLine]] = defaultdict(list)
    for customer, invoice_id, number, day, due, open_amount in session.execute(query):
        overdue = (as_of - due).days
        age = overdue if by == BY_DUE else (as_of - day).days
        lines[customer].append(AgedLine(
            customer, "invoice", invoice_id, number, day, due, overdue, age,
            int(open_amount), None if customer in doubtful else bucket(age),
            customer in doubtful))
    for credit in open_credits(session, customer_id=customer_id, as_of=as_of):
        lines[credit.customer_id].append(AgedLine(
            credit.customer_id, credit.kind, credit.id, credit.number, credit.date, None,
            None, None, -credit.available, None, credit.customer_id in doubtful))
    return [line for customer in sorted(lines) for line in lines[customer]]


def _as_buckets(buckets: Sequence[Bucket] | Sequence[int] | None, by: AgeBasis
                ) -> tuple[Bucket, ...]:
    if buckets and isinstance(buckets[0], Bucket):
        return tuple(buckets)  # type: ignore[arg-type]
    return make_buckets(buckets, by)  # type: ignore[arg-type]


# --- the trend -------------------------------------------------------------------------

def month_ends(as_of: dt.date, months: int) -> list[dt.date]:
    """The last ``months`` month ends up to ``as_of``, oldest first; the current month
    counts as of ``as_of`` itself (its end is not reached yet)."""
    if months < 1:
        raise ReceivablesError(field="months", reason="at least 1")
    ends = [as_of]
    first_of_month = as_of.replace(day=1)
    while len(ends) < months:
        end = first_of_month - dt.timedelta(days=1)
        ends.append(end)
        first_of_month = end.replace(day=1)
    return ends[::-1]


@dataclass(frozen=True)
class TrendPoint:
    month_end: dt.date
    totals: AgedTotals


def aged_totals(session: Session, *, as_of: dt.date, by: AgeBasis = BY_DUE,
                buckets: Sequence[int] | None = None) -> AgedTotals:
    """The totals row of :func:`aged_balance`, summed without the per-customer rows."""
    columns = make_buckets(buckets, by)
    sums = _open_sums(session, as_of, by, columns, None)
    return AgedTotals(
        buckets=tuple(map(sum, zip(*sums.buckets.values(), strict=True)))
        or (0,) * len(columns),
        credit=-sum(sums.credit.values()),
        doubtful=sum(_ledger_balances(session, as_of, "doubtful_customers", None).values()),
        bills=sum(_ledger_balances(session, as_of, "bills_receivable", None).values()))


def aged_balance_trend(session: Session, *, as_of: dt.date, months: int = 12,
                       by: AgeBasis = BY_DUE, buckets: Sequence[int] | None = None
                       ) -> list[TrendPoint]:
    """The totals row of the aged balance at each of the last ``months`` month ends
    (see :func:`month_ends`), oldest first: the chart of how debts age over time."""
    make_buckets(buckets, by)  # refuse bad buckets before the first query
    return [TrendPoint(day, aged_totals(session, as_of=day, by=by, buckets=buckets))
            for day in month_ends(as_of, months)]
