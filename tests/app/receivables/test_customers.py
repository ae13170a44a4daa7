from __future__ import annotations

import pytest

from app.errors import CustomerNotFound, DuplicateCustomerCode, InvalidTaxId, ReceivablesError
from app.ledger.models import Partner
from app.receivables.customers import (
    CustomerInput,
    create_customer,
    find_customer,
    get_customer,
    list_customers,
    update_customer,
)
from app.storage.ledger_file import LedgerFile


def create(ledger: LedgerFile, **values: object):
    values.setdefault("name", "Café des Arts")
    with ledger.unit_of_work() as session:
        return create_customer(session, CustomerInput(**values))  # type: ignore[arg-type]


def test_a_customer_gets_a_customer_partner_and_the_company_defaults(ledger: LedgerFile
                                                                     ) -> None:
    customer = create(ledger, name="  Café des Arts ")
    assert customer.name == "Café des Arts"
    assert (customer.country, customer.language) == ("FR", "fr")
    assert (customer.payment_terms_days, customer.max_dunning_level) == (30, 3)
    assert customer.credit_limit is None and not customer.doubtful
    with ledger.read() as session:
        partner = session.get(Partner, customer.partner_id)
        assert partner is not None and (partner.name, partner.kind) == ("Café des Arts",
                                                                         "customer")


def test_french_siren_siret_and_vat_numbers_are_checked_and_kept_compact(ledger: LedgerFile
                                                                         ) -> None:
    siren = create(ledger, registration_id="732 829 320", vat_id="fr 44 732 829 320")
    assert (siren.registration_id, siren.vat_id) == ("732829320", "FR44732829320")
    siret = create(ledger, name="Boucherie", registration_id="732 829 320 00074")
    assert siret.registration_id == "73282932000074"


@pytest.mark.parametrize(("country", "field", "value"), [
    ("FR", "registration_id", "732 829 321"),
    ("FR", "registration_id", "73282932000075"),
    ("FR", "vat_id", "FR45732829320"),
    ("RO", "registration_id", "18547291"),
    ("RO", "vat_id", "RO18547291"),
    ("DZ", "registration_id", "41600100000000"),
])
def test_an_invalid_tax_id_is_refused_naming_its_field(ledger: LedgerFile, country: str,
                                                      field: str, value: str) -> None:
    with pytest.raises(InvalidTaxId) as caught:
        create(ledger, country=country, **{field: value})
    assert caught.value.details["field"] == field
    assert caught.value.code == "receivables.invalid_tax_id"


def test_romanian_and_algerian_ids_are_checked(ledger: LedgerFile) -> None:
    romanian = create(ledger, country="ro", registration_id="RO 18547290",
                      vat_id="RO18547290", language="ro")
    assert (romanian.country, romanian.registration_id, romanian.vat_id) == (
        "RO", "18547290", "RO18547290")
    algerian = create(ledger, name="Atlas", country="DZ",
                      registration_id="408 020 000 150 039")
    assert algerian.registration_id == "408020000150039"


def test_ids_of_a_country_stdnum_is_not_asked_about_are_kept_as_typed(ledger: LedgerFile
                                                                      ) -> None:
    customer = create(ledger, country="CH", registration_id=" CHE-123.456.789 ")
    assert customer.registration_id == "CHE-123.456.789"


@pytest.mark.parametrize(("field", "value"), [
    ("name", " "), ("country", "XX"), ("language", "de"), ("payment_terms_days", -1),
    ("credit_limit", -5), ("max_dunning_level", 4), ("email", "not an address"),
])
def test_bad_values_are_refused_naming_the_field(ledger: LedgerFile, field: str,
                                                 value: object) -> None:
    with pytest.raises(ReceivablesError) as caught:
        create(ledger, **{field: value})
    assert caught.value.details["field"] == field


def test_update_changes_the_customer_and_its_partner_name(ledger: LedgerFile) -> None:
    customer = create(ledger, code="C001")
    with ledger.unit_of_work() as session:
        updated = update_customer(session, customer_id=customer.id, data=CustomerInput(
            name="Café des Arts SARL", code="C001", credit_limit=500_000,
            max_dunning_level=0, excluded_from_dunning=True, language="en"))
        partner = session.get(Partner, customer.partner_id)
        assert partner is not None and partner.name == "Café des Arts SARL"
    assert (updated.credit_limit, updated.max_dunning_level, updated.language) == (
        500_000, 0, "en")
    assert updated.excluded_from_dunning and updated.partner_id == customer.partner_id


def test_codes_are_unique_and_find_the_customer(ledger: LedgerFile) -> None:
    customer = create(ledger, code="C001")
    with pytest.raises(DuplicateCustomerCode):
        create(ledger, name="Autre", code="C001")
    with ledger.read() as session:
        assert find_customer(session, code="C001").id == customer.id
        with pytest.raises(CustomerNotFound):
            get_customer(session, 999)


def test_list_searches_names_codes_and_ids_and_hides_inactive(ledger: LedgerFile) -> None:
    create(ledger, name="Zébulon", code="Z9")
    create(ledger, name="arlequin", registration_id="732829320")
    create(ledger, name="Ancien client", active=False)
    with ledger.read() as session:
        assert [c.name for c in list_customers(session)] == ["arlequin", "Zébulon"]
        assert [c.name for c in list_customers(session, search="7328")] == ["arlequin"]
        assert [c.name for c in list_customers(session, search="z9")] == ["Zébulon"]
        assert len(list_customers(session, include_inactive=True)) == 3
