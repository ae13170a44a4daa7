"""A realistic demo company: a Paris bakery's books over the two years ending today.

Two bank accounts and a cash box kept in the treasury, opening balances, daily cash
takings and their deposits to the bank (a transfer through 58),
invoices to trade customers and their payments, supplier invoices and their payments,
rent, bank fees, monthly wages with social charges, and the monthly VAT return.

Money in and out of the banks and the till is recorded as treasury movements (with
their category, net, VAT and method), so the registers and the dashboard are full;
invoices, payroll and VAT returns are journal entries.

Everything is drawn from ``random.Random(seed)`` and dated from ``app.clock.today()``,
so a seed and a fixed clock give the same ledger, hash for hash. Amounts are integer
cents and VAT is ``Money.percent`` (half-up). Items are streamed in date order and
posted one transaction per batch (``post_entries`` and ``record_many``), so a million
entries is fine.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from app import clock
from app.i18n import translate
from app.ledger.accounts import AccountView, list_accounts
from app.ledger.company import CompanySettings, create_company_ledger
from app.ledger.models import Partner
from app.ledger.posting import EntryInput, LineInput
from app.money import Money
from app.treasury.accounts import NewTreasuryAccount, create_treasury_account
from app.treasury.bulk import record_many
from app.treasury.categories import ensure_default_categories, list_categories
from app.treasury.movements import MovementInput, TransferInput

#: One thing the demo posts: a journal entry, a treasury movement or a transfer.
Item = EntryInput | MovementInput | TransferInput

BATCH_SIZE = 5000
CURRENCY = "EUR"
YEARS = 2

#: Called after each batch with (entries posted, entries wanted); raising cancels.
Progress = Callable[[int, int], None]


def demo_settings() -> CompanySettings:
    return CompanySettings(
        name="Boulangerie Dupont SARL", base_currency="EUR", locale="fr_FR", language="fr",
        chart_template="fr_pcg", address="12 rue des Lilas\n75011 Paris",
        registration_id="732 829 320", vat_id="FR40732829320",
    )


# --- accounts ------------------------------------------------------------------------

@dataclass(frozen=True)
class DemoAccounts:
    """Account codes the demo posts to: from the template's roles where a role exists,
    else the French PCG account (the demo company always uses ``fr_pcg``)."""

    bank: str
    cash: str
    transfers: str
    customers: str
    suppliers: str
    wages_due: str
    vat_deductible: str
    vat_collected: str
    vat_payable: str
    vat_credit: str
    bank_fees: str
    sales_goods: str
    sales_services: str
    purchases_goods: str
    opening: str
    capital: str = "1013"
    loan: str = "164"
    furniture: str = "2184"
    equipment: str = "215"
    raw_materials: str = "601"
    utilities: str = "6061"
    small_equipment: str = "6063"
    office_supplies: str = "6064"
    maintenance: str = "6156"
    insurance: str = "616"
    fees: str = "6226"
    telecom: str = "626"
    rent: str = "6132"
    wages: str = "6411"
    social_charges: str = "6451"
    social_security: str = "431"


def _postable_code(accounts: list[AccountView], role: str) -> str:
    """The role's account, or its first postable sub-account if it only groups others."""
    account = next(account for account in accounts if account.role == role)
    if account.postable:
        return account.code
    return next(candidate.code for candidate in accounts
                if candidate.code.startswith(account.code) and candidate.postable)


def resolve_accounts(accounts: list[AccountView]) -> DemoAccounts:
    roles = {
        "bank": "bank", "cash": "cash", "transfers": "internal_transfers",
        "customers": "customers", "suppliers": "suppliers", "wages_due": "wages_due",
        "vat_deductible": "vat_deductible", "vat_collected": "vat_collected",
        "vat_payable": "vat_payable", "vat_credit": "vat_credit", "bank_fees": "bank_fees",
        "sales_goods": "sales_goods", "sales_services": "sales_services",
        "purchases_goods": "purchases_goods", "opening": "opening_balance",
    }
    return DemoAccounts(**{name: _postable_code(accounts, role) for name, role in roles.items()})


@dataclass(frozen=True)
class DemoTreasury:
    """The bakery's bank accounts and till, and the category ids the demo uses."""

    main_bank: int
    second_bank: int
    till: int
    categories: dict[str, int]


#: The categories the demo records movements under (English source names).
_CATEGORY_NAMES = ("Sales of goods", "Rent", "Bank fees", "Salaries", "Social security",
                   "VAT payments", "Customer payments", "Supplier payments")
OPENING_BANK = 2_500_000
OPENING_SECOND_BANK = 500_000
OPENING_TILL = 30_000
#: Moved each month from the main bank to the second one, which pays the direct debits.
SECOND_BANK_FUNDING = 200_000


def _open_treasury(session: Session, opening: dt.date) -> DemoTreasury:
    ensure_default_categories(session)
    language = demo_settings().language
    by_name = {category.name: category.id for category in list_categories(session)}
    categories = {name: by_name[translate(name, language)] for name in _CATEGORY_NAMES}

    def open_account(kind: str, name: str, bank: str, iban: str, bic: str, amount: int,
                     keeper: str = "") -> int:
        return create_treasury_account(session, NewTreasuryAccount(
            kind=kind, name=name, currency=CURRENCY, opening_date=opening,
            opening_balance=amount, bank_name=bank, iban=iban, bic=bic, keeper=keeper,
            cash_limit=300_000 if kind == "cash" else None)).id

    return DemoTreasury(
        main_bank=open_account("bank", "BNP Paribas", "BNP Paribas",
                               "FR76 3000 4031 0000 0123 4567 808", "BNPAFRPP",
                               OPENING_BANK),
        second_bank=open_account("bank", "Crédit Agricole", "Crédit Agricole Île-de-France",
                                 "FR76 1820 6000 0123 4567 8901 294", "AGRIFRPP882",
                                 OPENING_SECOND_BANK),
        till=open_account("cash", "Caisse magasin", "", "", "", OPENING_TILL,
                          keeper="Marie Lefèvre"),
        categories=categories,
    )


# --- the cast ------------------------------------------------------------------------

CUSTOMERS = (
    "Hôtel du Parc", "Restaurant Le Gourmet", "Café de la Gare", "École Sainte-Marie",
    "Traiteur Lemoine", "Mairie du 11e", "Brasserie des Arts", "EHPAD Les Tilleuls",
)


@dataclass(frozen=True)
class SupplierKind:
    name: str
    account: str  # a DemoAccounts field name
    label: str
    vat_rate: Decimal
    low: int  # cents, before VAT
    high: int
    weight: int


SUPPLIERS = (
    SupplierKind("Moulins Bourgeois", "raw_materials", "Farines", Decimal("5.5"),
                 40000, 180000, 30),
    SupplierKind("Laiterie Lescure", "raw_materials", "Beurre, crème, lait", Decimal("5.5"),
                 20000, 90000, 25),
    SupplierKind("Metro Cash & Carry", "purchases_goods", "Boissons et confiseries",
                 Decimal(20), 15000, 70000, 15),
    SupplierKind("EDF Entreprises", "utilities", "Électricité", Decimal(20), 30000, 95000, 5),
    SupplierKind("Orange Pro", "telecom", "Téléphone et internet", Decimal(20), 4500, 9000, 5),
    SupplierKind("AXA Assurances", "insurance", "Assurance multirisque", Decimal(0),
                 25000, 60000, 2),
    SupplierKind("Cabinet Martin Expertise", "fees", "Honoraires comptables", Decimal(20),
                 45000, 120000, 3),
    SupplierKind("Bureau Vallée", "office_supplies", "Fournitures de bureau", Decimal(20),
                 2000, 15000, 4),
    SupplierKind("Bongard Services", "maintenance", "Maintenance du four", Decimal(20),
                 18000, 75000, 3),
    SupplierKind("Matfer", "small_equipment", "Petit matériel de fournil", Decimal(20),
                 5000, 40000, 3),
)

#: Suppliers taken by direct debit from the second bank account.
DIRECT_DEBIT_SUPPLIERS = frozenset({"EDF Entreprises", "Orange Pro", "AXA Assurances"})

EMPLOYEES = (("Marie Lefèvre", 215000), ("Karim Benali", 238000))
LANDLORD = "SCI des Lilas"
EMPLOYEE_SHARE = Decimal(22)  # % of gross withheld for social security
EMPLOYER_SHARE = Decimal(42)  # % of gross paid on top
RENT = 165000
BREAD_VAT = Decimal("5.5")
CATERING_VAT = Decimal(10)
CASH_FLOAT = 15000  # kept in the till after a deposit

MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre")


@dataclass(frozen=True)
class DemoPartners:
    customers: tuple[int, ...]
    suppliers: tuple[int, ...]
    employees: tuple[int, ...]
    landlord: int


def _add_partners(session: Session) -> DemoPartners:
    def add(name: str, kind: str) -> int:
        row = Partner(name=name, kind=kind)
        session.add(row)
        session.flush()
        return row.id

    return DemoPartners(
        customers=tuple(add(name, "customer") for name in CUSTOMERS),
        suppliers=tuple(add(kind.name, "supplier") for kind in SUPPLIERS),
        employees=tuple(add(name, "employee") for name, _gross in EMPLOYEES),
        landlord=add(LANDLORD, "supplier"),
    )


# --- dates -----------------------------------------------------------------------------

def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _next_weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _month_key(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _month_name(key: int) -> str:
    return f"{MONTHS_FR[key % 12]} {key // 12}"


# --- the books -------------------------------------------------------------------------

FollowUp = Callable[[], Item | None]


@dataclass
class _Books:
    """Streams the demo entries in date order, keeping what later entries depend on."""

    rng: random.Random
    accounts: DemoAccounts
    partners: DemoPartners
    treasury: DemoTreasury
    start: dt.date
    end: dt.date
    total: int
    cash: int = 0
    vat_collected: dict[int, int] = field(default_factory=dict)
    vat_deductible: dict[int, int] = field(default_factory=dict)
    vat_credit: int = 0
    invoice_numbers: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _pending: list[tuple[dt.date, int, FollowUp]] = field(default_factory=list)
    _order: itertools.count[int] = field(default_factory=itertools.count)

    # --- the stream ----------------------------------------------------------------

    def entries(self) -> Iterator[Item]:
        """Items in date order, ``total`` journal entries in all (a transfer is two)."""
        days = (self.end - self.start).days + 1
        emitted = 0
        for index in range(days):
            day = self.start + dt.timedelta(days=index)
            target = self.total * (index + 1) // days  # spread evenly over the period
            for item in self._due(day):
                if emitted + _entries_in(item) > self.total:
                    return
                self._record(item)
                yield item
                emitted += _entries_in(item)
            while emitted < target:
                item = self._new_business(day)
                if emitted + _entries_in(item) > self.total:
                    item = self._cash_takings(day)
                self._record(item)
                yield item
                emitted += _entries_in(item)

    def _later(self, day: dt.date, follow_up: FollowUp) -> None:
        heapq.heappush(self._pending, (day, next(self._order), follow_up))

    def _due(self, day: dt.date) -> Iterator[Item]:
        if day == self.start:
            yield self._opening(day)
        self._schedule_month(day)
        while self._pending and self._pending[0][0] <= day:
            entry = heapq.heappop(self._pending)[2]()
            if entry is not None:
                yield entry

    def _schedule_month(self, day: dt.date) -> None:
        if day.day == 5:
            self._later(_next_weekday(day), lambda: self._rent(_next_weekday(day)))
        if day.day == 25:
            self._later(_next_weekday(day), lambda: TransferInput(
                self.treasury.main_bank, self.treasury.second_bank, _next_weekday(day),
                SECOND_BANK_FUNDING, label="Approvisionnement du compte Crédit Agricole"))
        if day.day == 19 and _month_key(day) > _month_key(self.start):
            self._later(day, lambda: self._vat_return(day))
        if day == _month_end(day):
            self._later(day, lambda: self._bank_fees(day))
            self._later(day, lambda: self._payroll(day))

    def _record(self, item: Item) -> None:
        """Keep the running figures the cash deposits and VAT returns depend on."""
        key = _month_key(item.date)
        if isinstance(item, TransferInput):
            if item.from_account_id == self.treasury.till:
                self.cash -= item.amount_sent
            return
        if isinstance(item, MovementInput):
            vat = item.vat or 0
            sign = 1 if item.direction == "in" else -1
            if item.treasury_account_id == self.treasury.till:
                self.cash += sign * (item.net + vat + item.stamp_duty)
            book = self.vat_collected if item.direction == "in" else self.vat_deductible
            book[key] = book.get(key, 0) + vat
            return
        if item.source == "demo-vat":
            return
        codes = self.accounts
        for line in item.lines:
            if line.account == codes.vat_collected:
                self.vat_collected[key] = self.vat_collected.get(key, 0) + line.credit
            elif line.account == codes.vat_deductible:
                self.vat_deductible[key] = self.vat_deductible.get(key, 0) + line.debit

    def _movement(self, account: int, direction: str, day: dt.date, category: str, net: int,
                  counterparty: str, *, vat_rate: Decimal = Decimal(0),
                  method: str = "transfer", reference: str = "",
                  partner_id: int | None = None) -> MovementInput:
        vat = Money(net, CURRENCY).percent(vat_rate).minor
        cheque = f"{self.rng.randint(1000000, 9999999)}" if method == "cheque" else ""
        return MovementInput(
            treasury_account_id=account, direction=direction, date=day,
            category_id=self.treasury.categories[category], net=net, vat_rate=vat_rate,
            vat=vat, counterparty=counterparty, payment_method=method, cheque_number=cheque,
            invoice_ref=reference, partner_id=partner_id)

    # --- one-off and monthly entries ------------------------------------------------

    def _opening(self, day: dt.date) -> EntryInput:
        """The rest of the opening balance sheet; the bank and the till were opened in
        the treasury against the opening-balance account, which this entry clears."""
        a = self.accounts
        self.cash = OPENING_TILL
        return EntryInput("AN", day, "Reprise des soldes d'ouverture", [
            LineInput(a.opening, debit=OPENING_BANK + OPENING_SECOND_BANK + OPENING_TILL,
                      label="Banque et caisse (ouvertes en trésorerie)"),
            LineInput(a.furniture, debit=1_200_000, label="Mobilier du magasin"),
            LineInput(a.equipment, debit=3_500_000, label="Four et pétrin"),
            LineInput(a.capital, credit=4_000_000, label="Capital social"),
            LineInput(a.loan, credit=3_730_000, label="Emprunt BNP"),
        ], source="demo")

    def _rent(self, day: dt.date) -> MovementInput:
        return self._movement(self.treasury.main_bank, "out", day, "Rent", RENT,
                              f"{LANDLORD} — loyer {_month_name(_month_key(day))}",
                              vat_rate=Decimal(20), reference=f"LOY-{day:%Y%m}",
                              partner_id=self.partners.landlord)

    def _bank_fees(self, day: dt.date) -> MovementInput:
        return self._movement(self.treasury.main_bank, "out", day, "Bank fees",
                              self.rng.randint(1800, 4200), "BNP Paribas — frais et commissions",
                              method="direct_debit")

    def _payroll(self, day: dt.date) -> EntryInput:
        a = self.accounts
        label = f"Salaires {_month_name(_month_key(day))}"
        lines: list[LineInput] = []
        total_gross = total_withheld = total_employer = 0
        for partner_id, (name, gross_cents) in zip(self.partners.employees, EMPLOYEES,
                                                   strict=True):
            gross = Money(gross_cents, CURRENCY)
            withheld = gross.percent(EMPLOYEE_SHARE)
            net = gross - withheld
            total_gross += gross.minor
            total_withheld += withheld.minor
            total_employer += gross.percent(EMPLOYER_SHARE).minor
            lines.append(LineInput(a.wages_due, credit=net.minor, label=name,
                                   partner_id=partner_id))
            pay_day = _next_weekday(day + dt.timedelta(days=1))
            self._later(pay_day, self._salary_payment(pay_day, partner_id, name, net.minor))
        charges = total_withheld + total_employer
        lines[:0] = [LineInput(a.wages, debit=total_gross),
                     LineInput(a.social_charges, debit=total_employer)]
        lines.append(LineInput(a.social_security, credit=charges, label="URSSAF"))
        urssaf_day = _next_weekday(_month_end(day) + dt.timedelta(days=15))
        self._later(urssaf_day, self._urssaf_payment(urssaf_day, charges, label))
        return EntryInput("OD", day, label, lines, reference=f"PAIE-{day:%Y%m}", source="demo")

    def _salary_payment(self, day: dt.date, partner_id: int, name: str, net: int
                        ) -> FollowUp:
        return lambda: self._movement(self.treasury.main_bank, "out", day, "Salaries", net,
                                      f"Salaire {name}", partner_id=partner_id)

    def _urssaf_payment(self, day: dt.date, amount: int, payroll: str) -> FollowUp:
        return lambda: self._movement(self.treasury.main_bank, "out", day, "Social security",
                                      amount, f"URSSAF ({payroll})", method="direct_debit")

    def _vat_return(self, day: dt.date) -> EntryInput | None:
        """The monthly return for last month: clear collected and deductible VAT into
        VAT payable, or into a credit carried to the next return."""
        a = self.accounts
        month = _month_key(day) - 1
        collected = self.vat_collected.pop(month, 0)
        deductible = self.vat_deductible.pop(month, 0)
        carried = self.vat_credit
        if collected == deductible == 0:
            return None
        net = collected - deductible - carried
        lines = [LineInput(a.vat_collected, debit=collected)] if collected else []
        if deductible:
            lines.append(LineInput(a.vat_deductible, credit=deductible))
        if carried:
            lines.append(LineInput(a.vat_credit, credit=carried, label="Crédit reporté"))
        if net > 0:
            lines.append(LineInput(a.vat_payable, credit=net))
            self._later(day, self._vat_payment(day, net, month))
        elif net < 0:
            lines.append(LineInput(a.vat_credit, debit=-net, label="Crédit à reporter"))
        self.vat_credit = max(-net, 0)
        return EntryInput("OD", day, f"Déclaration de TVA {_month_name(month)}", lines,
                          reference=f"CA3-{month // 12}{month % 12 + 1:02d}",
                          source="demo-vat")

    def _vat_payment(self, day: dt.date, amount: int, month: int) -> FollowUp:
        return lambda: self._movement(self.treasury.main_bank, "out", day, "VAT payments",
                                      amount, f"DGFiP — TVA {_month_name(month)}",
                                      method="direct_debit")

    # --- day-to-day business --------------------------------------------------------

    def _new_business(self, day: dt.date) -> Item:
        roll = self.rng.random()
        if roll < 0.40:
            return self._cash_takings(day)
        if roll < 0.65:
            return self._sales_invoice(day)
        if roll < 0.87:
            return self._supplier_invoice(day)
        if self.cash > CASH_FLOAT + 10_000:
            return self._cash_deposit(day)
        return self._cash_takings(day)

    def _cash_takings(self, day: dt.date) -> MovementInput:
        gross = self.rng.randint(12_000, 95_000)
        net = gross * 1000 // 1055  # takings are counted VAT included
        return self._movement(self.treasury.till, "in", day, "Sales of goods", net,
                              "Recette du jour", vat_rate=BREAD_VAT, method="cash",
                              reference=f"Z-{day:%Y%m%d}")

    def _cash_deposit(self, day: dt.date) -> TransferInput:
        amount = (self.cash - CASH_FLOAT) // 1000 * 1000
        slip = f"BV-{day:%Y%m%d}-{self.rng.randint(100, 999)}"
        return TransferInput(self.treasury.till, self.treasury.main_bank, day, amount,
                             label=f"Versement d'espèces {slip}")

    def _sales_invoice(self, day: dt.date) -> EntryInput:
        a = self.accounts
        index = self.rng.randrange(len(CUSTOMERS))
        customer, partner_id = CUSTOMERS[index], self.partners.customers[index]
        catering = self.rng.random() < 0.3
        net = Money(self.rng.randint(8_000, 150_000), CURRENCY)
        vat = net.percent(CATERING_VAT if catering else BREAD_VAT)
        gross = (net + vat).minor
        number = f"F{day.year}-{next(self.invoice_numbers):05d}"
        due = day + dt.timedelta(days=30)
        label = f"Facture {number} {customer}"
        if self.rng.random() < 0.95:  # a few stay unpaid
            paid = _next_weekday(day + dt.timedelta(days=self.rng.randint(5, 55)))
            method = "cheque" if self.rng.random() < 0.3 else "transfer"
            self._later(paid, lambda: self._movement(
                self.treasury.main_bank, "in", paid, "Customer payments", gross, customer,
                method=method, reference=number, partner_id=partner_id))
        return EntryInput("VT", day, label, [
            LineInput(a.customers, debit=gross, partner_id=partner_id, due_date=due),
            LineInput(a.sales_services if catering else a.sales_goods, credit=net.minor),
            LineInput(a.vat_collected, credit=vat.minor,
                      tax_code=vat_code(CATERING_VAT if catering else BREAD_VAT)),
        ], reference=number, source="demo")

    def _supplier_invoice(self, day: dt.date) -> EntryInput:
        a = self.accounts
        index = self.rng.choices(range(len(SUPPLIERS)),
                                 weights=[kind.weight for kind in SUPPLIERS])[0]
        kind, partner_id = SUPPLIERS[index], self.partners.suppliers[index]
        net = Money(self.rng.randint(kind.low, kind.high), CURRENCY)
        vat = net.percent(kind.vat_rate)
        gross = (net + vat).minor
        reference = f"{kind.name[:3].upper()}-{self.rng.randint(10000, 99999)}"
        due = day + dt.timedelta(days=30)
        lines = [LineInput(getattr(a, kind.account), debit=net.minor, label=kind.label)]
        if vat:
            lines.append(LineInput(a.vat_deductible, debit=vat.minor,
                                   tax_code=vat_code(kind.vat_rate)))
        lines.append(LineInput(a.suppliers, credit=gross, partner_id=partner_id,
                               due_date=due))
        paid = _next_weekday(due + dt.timedelta(days=self.rng.randint(-10, 5)))
        direct_debit = kind.name in DIRECT_DEBIT_SUPPLIERS
        bank = self.treasury.second_bank if direct_debit else self.treasury.main_bank
        self._later(paid, lambda: self._movement(
            bank, "out", paid, "Supplier payments", gross, kind.name,
            method="direct_debit" if direct_debit else "transfer", reference=reference,
            partner_id=partner_id))
        return EntryInput("AC", day, f"Facture {kind.name}", lines, reference=reference,
                          source="demo")


def vat_code(rate: Decimal) -> str:
    """The tax code of a VAT line, as treasury movements write it (``VAT5.5``)."""
    return f"VAT{format(rate.normalize(), 'f')}"


def _entries_in(item: Item) -> int:
    return 2 if isinstance(item, TransferInput) else 1


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while batch := list(itertools.islice(items, size)):
        yield batch


def _post_batch(session: Session, batch: list[Item]) -> int:
    """Post a batch in order; returns the journal entries written."""
    return record_many(session, batch, source="demo")


def _remove_ledger_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".lock", ".owner"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def create_demo_ledger(path: Path, *, entries: int = 3000, seed: int = 1,
                       progress: Progress | None = None) -> int:
    """Create ``path`` as the demo company's ledger with ``entries`` posted entries
    over the two years ending today; return the number posted. If ``progress`` raises
    (a cancelled job), the file is removed: nothing is left half-made."""
    path = Path(path)
    ledger = create_company_ledger(path, demo_settings())
    posted = 0
    try:
        end = clock.today()
        start = _years_before(end, YEARS) + dt.timedelta(days=1)
        with ledger.unit_of_work() as session:
            partners = _add_partners(session)
            treasury = _open_treasury(session, start)
            accounts = resolve_accounts(list_accounts(session))
        # The opening entries of the treasury accounts count among the entries asked.
        books = _Books(random.Random(seed), accounts, partners, treasury, start, end,
                       max(entries - 3, 0))
        posted = 3
        for batch in _batches(books.entries(), BATCH_SIZE):
            with ledger.unit_of_work() as session:
                posted += _post_batch(session, batch)
            if progress is not None:
                progress(posted, entries)
    except BaseException:
        ledger.close()
        _remove_ledger_files(path.resolve())
        raise
    ledger.close()
    return posted
