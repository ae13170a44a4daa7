"""Customers: who they are (name, addresses, tax identifiers checked with python-stdnum
where it knows the country), how they are reminded (letter language, payment terms,
credit limit, dunning level), and the ledger partner their receivable lines carry.

A customer's receivable sits on the customers account (411 / 4111) until the customer
is marked doubtful, and on the doubtful account (416 / 4118) from then on (see
:mod:`app.receivables.doubtful`): :func:`receivable_account` says which.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from babel import Locale
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from stdnum.dz import nif as dz_nif
from stdnum.exceptions import ValidationError
from stdnum.fr import siren as fr_siren
from stdnum.fr import siret as fr_siret
from stdnum.fr import tva as fr_tva
from stdnum.ro import cf as ro_cf
from stdnum.ro import cui as ro_cui

from app import clock
from app.errors import CustomerNotFound, DuplicateCustomerCode, InvalidTaxId, ReceivablesError
from app.ledger.accounts import codes_for_roles
from app.ledger.company import LANGUAGES, get_company
from app.ledger.models import Partner
from app.receivables.models import Customer, DoubtfulTransfer

DEFAULT_TERMS_DAYS = 30
DEFAULT_MAX_DUNNING_LEVEL = 3
MAX_DUNNING_LEVEL = 3


@dataclass(frozen=True)
class CustomerInput:
    name: str
    address: str = ""
    #: ISO 3166 alpha-2; the company's country when omitted.
    country: str | None = None
    registration_id: str = ""
    vat_id: str = ""
    #: Language of letters and receipts (fr, ro, en); the company's when omitted.
    language: str | None = None
    payment_terms_days: int = DEFAULT_TERMS_DAYS
    #: Minor units of the base currency; no limit when None.
    credit_limit: int | None = None
    #: 0 = never remind, 1 to 3 = the highest dunning letter this customer gets.
    max_dunning_level: int = DEFAULT_MAX_DUNNING_LEVEL
    excluded_from_dunning: bool = False
    email: str = ""
    phone: str = ""
    #: The customer's code in the sales program (optional, unique).
    code: str | None = None
    active: bool = True


@dataclass(frozen=True)
class CustomerView:
    id: int
    partner_id: int
    code: str | None
    name: str
    address: str
    country: str
    registration_id: str
    vat_id: str
    language: str
    payment_terms_days: int
    credit_limit: int | None
    max_dunning_level: int
    excluded_from_dunning: bool
    email: str
    phone: str
    active: bool
    #: The day the customer was transferred to doubtful customers, if it was.
    doubtful_since: dt.date | None

    @property
    def doubtful(self) -> bool:
        return self.doubtful_since is not None


# --- tax identifiers ------------------------------------------------------------------

@dataclass(frozen=True)
class _IdRule:
    kind: str
    modules: tuple[ModuleType, ...]


#: What python-stdnum checks, per country and field. A registration id of France may be
#: a SIREN (9 digits) or a SIRET (14): the first module that accepts it wins.
_ID_RULES: dict[str, dict[str, _IdRule]] = {
    "FR": {"registration_id": _IdRule("SIREN or SIRET number", (fr_siren, fr_siret)),
           "vat_id": _IdRule("French VAT number", (fr_tva,))},
    "RO": {"registration_id": _IdRule("Romanian CUI", (ro_cui,)),
           "vat_id": _IdRule("Romanian CIF", (ro_cf,))},
    "DZ": {"registration_id": _IdRule("Algerian NIF", (dz_nif,)),
           "vat_id": _IdRule("Algerian NIF", (dz_nif,))},
}


def normalise_tax_id(country: str, field: str, value: str) -> str:
    """The identifier in its compact form when python-stdnum knows the country (French
    VAT numbers keep their ``FR`` prefix), as typed otherwise. Raises
    :class:`InvalidTaxId` naming the field when stdnum refuses it."""
    value = value.strip()
    rule = _ID_RULES.get(country, {}).get(field)
    if not value or rule is None:
        return value
    for module in rule.modules:
        try:
            compact = str(module.validate(value))
        except ValidationError:
            continue
        return f"FR{compact}" if module is fr_tva else compact
    raise InvalidTaxId(field=field, value=value, kind=rule.kind)


# --- checks ---------------------------------------------------------------------------

@cache
def _countries() -> frozenset[str]:
    return frozenset(str(code) for code in Locale("en").territories
                     if len(str(code)) == 2 and str(code).isalpha())


def company_country(locale: str) -> str:
    """The country of a locale (``FR`` for ``fr_FR``), empty when it names none."""
    parts = locale.replace("-", "_").split("_")
    return parts[1].upper() if len(parts) > 1 else ""


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _checked(session: Session, data: CustomerInput) -> dict[str, object]:
    """The column values of a customer after every check on what the user typed."""
    company = get_company(session)
    name = data.name.strip()
    if not name:
        raise ReceivablesError(field="name", reason="the customer needs a name")
    country = (data.country or company_country(company.locale)).strip().upper()
    if country not in _countries():
        raise ReceivablesError(field="country", reason="a two-letter ISO country code")
    language = data.language or company.language
    if language not in LANGUAGES:
        raise ReceivablesError(field="language", reason=f"one of {', '.join(LANGUAGES)}")
    if not _whole(data.payment_terms_days) or not 0 <= data.payment_terms_days <= 3650:
        raise ReceivablesError(field="payment_terms_days", reason="a number of days from 0")
    if data.credit_limit is not None and (not _whole(data.credit_limit)
                                          or data.credit_limit < 0):
        raise ReceivablesError(field="credit_limit", reason="a positive amount or none")
    if not _whole(data.max_dunning_level) or \
            not 0 <= data.max_dunning_level <= MAX_DUNNING_LEVEL:
        raise ReceivablesError(field="max_dunning_level", reason="0 (never) to 3")
    email = data.email.strip()
    if email and ("@" not in email or " " in email):
        raise ReceivablesError(field="email", reason="an e-mail address")
    code = (data.code or "").strip() or None
    return dict(
        code=code, name=name, address=data.address.strip(), country=country,
        registration_id=normalise_tax_id(country, "registration_id", data.registration_id),
        vat_id=normalise_tax_id(country, "vat_id", data.vat_id), language=language,
        payment_terms_days=data.payment_terms_days, credit_limit=data.credit_limit,
        max_dunning_level=data.max_dunning_level,
        excluded_from_dunning=bool(data.excluded_from_dunning), email=email,
        phone=data.phone.strip(), active=bool(data.active),
    )


def _refuse_taken_code(session: Session, code: object, customer_id: int | None) -> None:
    if code is None:
        return
    query = select(Customer.id).where(Customer.code == code)
    if customer_id is not None:
        query = query.where(Customer.id != customer_id)
    if session.execute(query).first():
        raise DuplicateCustomerCode(customer_code=code)


# --- services -------------------------------------------------------------------------

def create_customer(session: Session, data: CustomerInput) -> CustomerView:
    """Add a customer and the ledger partner its receivable lines will carry."""
    values = _checked(session, data)
    _refuse_taken_code(session, values["code"], None)
    partner = Partner(name=values["name"], kind="customer")
    session.add(partner)
    session.flush()
    row = Customer(partner_id=partner.id, created_at=clock.now().replace(tzinfo=None),
                   **values)
    session.add(row)
    session.flush()
    return get_customer(session, row.id)


def update_customer(session: Session, *, customer_id: int, data: CustomerInput
                    ) -> CustomerView:
    """Change what may change. The doubtful state is not edited here: it follows the
    transfer to doubtful customers. Posted lines keep the partner, whose name follows."""
    row = customer_row(session, customer_id)
    values = _checked(session, data)
    _refuse_taken_code(session, values["code"], customer_id)
    for key, value in values.items():
        setattr(row, key, value)
    partner = session.get(Partner, row.partner_id)
    assert partner is not None
    partner.name = row.name
    session.flush()
    return get_customer(session, customer_id)


def customer_row(session: Session, customer_id: int) -> Customer:
    row = session.get(Customer, customer_id)
    if row is None:
        raise CustomerNotFound(customer=customer_id)
    return row


def _view(row: Customer, doubtful_since: dt.date | None) -> CustomerView:
    return CustomerView(
        id=row.id, partner_id=row.partner_id, code=row.code, name=row.name,
        address=row.address, country=row.country, registration_id=row.registration_id,
        vat_id=row.vat_id, language=row.language, payment_terms_days=row.payment_terms_days,
        credit_limit=row.credit_limit, max_dunning_level=row.max_dunning_level,
        excluded_from_dunning=row.excluded_from_dunning, email=row.email, phone=row.phone,
        active=row.active, doubtful_since=doubtful_since,
    )


def doubtful_since(session: Session, customer_id: int) -> dt.date | None:
    return session.execute(select(DoubtfulTransfer.date).where(
        DoubtfulTransfer.customer_id == customer_id)).scalar_one_or_none()


def get_customer(session: Session, customer_id: int) -> CustomerView:
    return _view(customer_row(session, customer_id), doubtful_since(session, customer_id))


def find_customer(session: Session, *, code: str) -> CustomerView:
    """A customer by its sales-program code (imports)."""
    customer_id = session.execute(
        select(Customer.id).where(Customer.code == code.strip())).scalar_one_or_none()
    if customer_id is None:
        raise CustomerNotFound(customer=code)
    return get_customer(session, customer_id)


def list_customers(session: Session, *, search: str | None = None,
                   include_inactive: bool = False) -> list[CustomerView]:
    """Customers by name; ``search`` looks in the name, code and tax identifiers."""
    query = (select(Customer, DoubtfulTransfer.date)
             .outerjoin(DoubtfulTransfer, DoubtfulTransfer.customer_id == Customer.id)
             .order_by(func.lower(Customer.name), Customer.id))
    if not include_inactive:
        query = query.where(Customer.active.is_(True))
    if search and search.strip():
        pattern = f"%{search.strip()}%"
        query = query.where(or_(Customer.name.ilike(pattern), Customer.code.ilike(pattern),
                                Customer.registration_id.ilike(pattern),
                                Customer.vat_id.ilike(pattern)))
    return [_view(row, since) for row, since in session.execute(query)]


def receivable_account(session: Session, customer_id: int) -> str:
    """The account code a customer's new receivable lines go to: customers (411 / 4111),
    or doubtful customers (416 / 4118) once the customer was transferred there."""
    role = "doubtful_customers" if doubtful_since(session, customer_id) else "customers"
    return codes_for_roles(session, role)[role]
