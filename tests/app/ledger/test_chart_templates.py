"""Tests for the shipped chart-of-accounts templates and their loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ledger.chart_templates import (
    ACCOUNT_TYPES,
    ROLES,
    ChartTemplate,
    TemplateInfo,
    list_templates,
    load_template,
    load_template_file,
)

TEMPLATE_IDS = ("fr_pcg", "dz_scf", "ro_pc")

# Cedilla forms that old Romanian fonts and keyboards produce instead of ș/ț.
CEDILLA_LETTERS = "şţŞŢ"

EXPECTED_ROLE_CODES: dict[str, dict[str, str]] = {
    "fr_pcg": {
        "bank": "512",
        "cash": "531",
        "internal_transfers": "58",
        "customers": "411",
        "doubtful_customers": "416",
        "bills_receivable": "413",
        "suppliers": "401",
        "wages_due": "421",
        "staff_advances": "425",
        "expense_notes": "468",
        "vat_deductible": "44566",
        "vat_collected": "44571",
        "vat_awaiting": "4458",
        "vat_payable": "44551",
        "vat_credit": "44567",
        "stamp_duty": "6354",
        "bank_fees": "627",
        "exchange_gain": "756",
        "exchange_loss": "656",
        "sales_goods": "707",
        "sales_services": "706",
        "purchases_goods": "607",
        "other_income": "758",
        "other_expense": "658",
        "opening_balance": "471",
        "retained_earnings": "110",
        "result": "120",
        "other_taxes_payable": "447",
    },
    "dz_scf": {
        "bank": "512",
        "cash": "53",
        "internal_transfers": "581",
        "customers": "411",
        "doubtful_customers": "416",
        "bills_receivable": "413",
        "suppliers": "401",
        "wages_due": "421",
        "staff_advances": "425",
        "expense_notes": "467",
        "vat_deductible": "44566",
        "vat_collected": "4457",
        "vat_awaiting": "4458",
        "vat_payable": "4455",
        "vat_credit": "44567",
        "stamp_duty": "645",
        "bank_fees": "627",
        "exchange_gain": "766",
        "exchange_loss": "666",
        "sales_goods": "700",
        "sales_services": "706",
        "purchases_goods": "600",
        "other_income": "758",
        "other_expense": "658",
        "opening_balance": "47",
        "retained_earnings": "110",
        "result": "120",
        "other_taxes_payable": "447",
    },
    "ro_pc": {
        "bank": "5121",
        "cash": "5311",
        "internal_transfers": "581",
        "customers": "4111",
        "doubtful_customers": "4118",
        "bills_receivable": "413",
        "suppliers": "401",
        "wages_due": "421",
        "staff_advances": "425",
        "expense_notes": "542",
        "vat_deductible": "4426",
        "vat_collected": "4427",
        "vat_awaiting": "4428",
        "vat_payable": "4423",
        "vat_credit": "4424",
        "stamp_duty": "635",
        "bank_fees": "627",
        "exchange_gain": "7651",
        "exchange_loss": "6651",
        "sales_goods": "707",
        "sales_services": "704",
        "purchases_goods": "607",
        "other_income": "7588",
        "other_expense": "6588",
        "opening_balance": "473",
        "retained_earnings": "1171",
        "result": "121",
        "other_taxes_payable": "446",
    },
}

WELL_KNOWN_ACCOUNTS: list[tuple[str, str, str]] = [
    ("fr_pcg", "1", "Comptes de capitaux"),
    ("fr_pcg", "101", "Capital"),
    ("fr_pcg", "1061", "Réserve légale"),
    ("fr_pcg", "164", "Emprunts auprès des établissements de crédit"),
    ("fr_pcg", "2183", "Matériel de bureau et matériel informatique"),
    ("fr_pcg", "401", "Fournisseurs"),
    ("fr_pcg", "411", "Clients"),
    ("fr_pcg", "416", "Clients douteux ou litigieux"),
    ("fr_pcg", "421", "Personnel - Rémunérations dues"),
    ("fr_pcg", "44551", "TVA à décaisser"),
    ("fr_pcg", "44566", "TVA sur autres biens et services"),
    ("fr_pcg", "44567", "Crédit de TVA à reporter"),
    ("fr_pcg", "44571", "TVA collectée"),
    ("fr_pcg", "512", "Banques"),
    ("fr_pcg", "58", "Virements internes"),
    ("fr_pcg", "6132", "Locations immobilières"),
    ("fr_pcg", "627", "Services bancaires et assimilés"),
    ("fr_pcg", "6354", "Droits d'enregistrement et de timbre"),
    ("fr_pcg", "641", "Rémunérations du personnel"),
    ("fr_pcg", "666", "Pertes de change financières"),
    ("fr_pcg", "706", "Prestations de services"),
    ("fr_pcg", "707", "Ventes de marchandises"),
    ("fr_pcg", "766", "Gains de change financiers"),
    ("dz_scf", "1", "Comptes de capitaux"),
    ("dz_scf", "103", "Primes liées au capital social"),
    ("dz_scf", "204", "Logiciels informatiques et assimilés"),
    ("dz_scf", "30", "Stocks de marchandises"),
    ("dz_scf", "401", "Fournisseurs de stocks et services"),
    ("dz_scf", "411", "Clients"),
    ("dz_scf", "416", "Clients douteux"),
    ("dz_scf", "421", "Personnel, rémunérations dues"),
    ("dz_scf", "445", "État, taxes sur le chiffre d'affaires"),
    ("dz_scf", "512", "Banques comptes courants"),
    ("dz_scf", "53", "Caisse"),
    ("dz_scf", "600", "Achats de marchandises vendues"),
    ("dz_scf", "613", "Locations"),
    ("dz_scf", "627", "Services bancaires et assimilés"),
    ("dz_scf", "631", "Rémunérations du personnel"),
    ("dz_scf", "645", "Autres impôts et taxes (hors impôts sur les résultats)"),
    ("dz_scf", "666", "Pertes de change"),
    ("dz_scf", "700", "Ventes de marchandises"),
    ("dz_scf", "766", "Gains de change"),
    ("ro_pc", "1", "Conturi de capitaluri, provizioane, împrumuturi și datorii asimilate"),
    ("ro_pc", "1012", "Capital subscris vărsat"),
    ("ro_pc", "121", "Profit sau pierdere"),
    ("ro_pc", "2133", "Mijloace de transport"),
    ("ro_pc", "371", "Mărfuri"),
    ("ro_pc", "401", "Furnizori"),
    ("ro_pc", "4111", "Clienți"),
    ("ro_pc", "4118", "Clienți incerți sau în litigiu"),
    ("ro_pc", "421", "Personal - salarii datorate"),
    ("ro_pc", "4423", "TVA de plată"),
    ("ro_pc", "4424", "TVA de recuperat"),
    ("ro_pc", "4426", "TVA deductibilă"),
    ("ro_pc", "4427", "TVA colectată"),
    ("ro_pc", "4428", "TVA neexigibilă"),
    ("ro_pc", "5121", "Conturi la bănci în lei"),
    ("ro_pc", "5124", "Conturi la bănci în valută"),
    ("ro_pc", "5311", "Casa în lei"),
    ("ro_pc", "5314", "Casa în valută"),
    ("ro_pc", "542", "Avansuri de trezorerie"),
    ("ro_pc", "581", "Viramente interne"),
    ("ro_pc", "627", "Cheltuieli cu serviciile bancare și asimilate"),
    ("ro_pc", "665", "Cheltuieli din diferențe de curs valutar"),
    ("ro_pc", "704", "Venituri din servicii prestate"),
    ("ro_pc", "707", "Venituri din vânzarea mărfurilor"),
    ("ro_pc", "765", "Venituri din diferențe de curs valutar"),
]

VALID_HEADER = "code;name;type;role"


@pytest.fixture(scope="module")
def templates() -> dict[str, ChartTemplate]:
    return {template_id: load_template(template_id) for template_id in TEMPLATE_IDS}


def names_by_code(template: ChartTemplate) -> dict[str, str]:
    return {account.code: account.name for account in template.accounts}


def minimal_chart_lines() -> list[str]:
    """A valid chart: one class row plus one account per role, codes 11, 12, ..."""
    lines = [VALID_HEADER, "1;Classe un;equity;"]
    lines += [f"{index};Compte {role};asset;{role}" for index, role in enumerate(ROLES, start=11)]
    return lines


def write_chart(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sample_info() -> TemplateInfo:
    return TemplateInfo("test", "XX", {"en": "Test"}, "EUR", "en_GB")


def test_index_lists_the_three_templates_with_their_defaults() -> None:
    infos = {info.id: info for info in list_templates()}

    assert set(infos) == set(TEMPLATE_IDS)
    assert (infos["fr_pcg"].country, infos["fr_pcg"].default_currency) == ("FR", "EUR")
    assert (infos["dz_scf"].country, infos["dz_scf"].default_currency) == ("DZ", "DZD")
    assert (infos["ro_pc"].country, infos["ro_pc"].default_currency) == ("RO", "RON")
    assert infos["fr_pcg"].default_locale == "fr_FR"
    assert infos["dz_scf"].default_locale == "fr_DZ"
    assert infos["ro_pc"].default_locale == "ro_RO"
    for info in infos.values():
        assert set(info.names) == {"fr", "ro", "en"}


def test_name_in_falls_back_to_english() -> None:
    info = TemplateInfo("x", "FR", {"fr": "Plan", "en": "Chart"}, "EUR", "fr_FR")

    assert info.name_in("fr") == "Plan"
    assert info.name_in("ro") == "Chart"


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_template_loads_with_valid_rows(
    templates: dict[str, ChartTemplate], template_id: str
) -> None:
    template = templates[template_id]

    assert template.info.id == template_id
    assert len(template.accounts) > 250
    for account in template.accounts:
        assert account.code.isascii() and account.code.isdigit()
        assert account.type in ACCOUNT_TYPES
        assert account.name == account.name.strip() != ""


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_role_resolves_to_the_expected_account(
    templates: dict[str, ChartTemplate], template_id: str
) -> None:
    template = templates[template_id]

    resolved = {role: template.account_for_role(role).code for role in ROLES}

    assert resolved == EXPECTED_ROLE_CODES[template_id]


def test_unknown_role_raises_key_error(templates: dict[str, ChartTemplate]) -> None:
    with pytest.raises(KeyError):
        templates["fr_pcg"].account_for_role("petty_cash")


def test_unknown_template_raises_key_error() -> None:
    with pytest.raises(KeyError, match="xx_nope"):
        load_template("xx_nope")


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_classes_one_to_seven_are_present(
    templates: dict[str, ChartTemplate], template_id: str
) -> None:
    codes = set(names_by_code(templates[template_id]))

    assert {str(digit) for digit in range(1, 8)} <= codes


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_parent_links_form_a_tree(templates: dict[str, ChartTemplate], template_id: str) -> None:
    template = templates[template_id]
    codes = set(names_by_code(template))

    for account in template.accounts:
        if len(account.code) == 1:
            assert account.parent_code is None
            continue
        # Every account hangs under a row of its own class, one level up at 2 and 3 digits.
        assert account.parent_code in codes
        assert account.code.startswith(account.parent_code)
        if len(account.code) <= 3:
            assert account.parent_code == account.code[:-1]


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_codes_are_in_ascending_order(
    templates: dict[str, ChartTemplate], template_id: str
) -> None:
    codes = [account.code for account in templates[template_id].accounts]

    assert codes == sorted(codes)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_expense_and_income_classes_have_matching_types(
    templates: dict[str, ChartTemplate], template_id: str
) -> None:
    for account in templates[template_id].accounts:
        if account.code.startswith("6"):
            assert account.type == "expense", account.code
        if account.code.startswith("7"):
            assert account.type == "income", account.code


@pytest.mark.parametrize(("template_id", "code", "name"), WELL_KNOWN_ACCOUNTS)
def test_well_known_account_has_its_official_title(
    templates: dict[str, ChartTemplate], template_id: str, code: str, name: str
) -> None:
    assert names_by_code(templates[template_id]).get(code) == name


def test_each_country_has_at_least_fifteen_spot_checks() -> None:
    for template_id in TEMPLATE_IDS:
        checks = [entry for entry in WELL_KNOWN_ACCOUNTS if entry[0] == template_id]
        assert len(checks) >= 15, template_id


def test_romanian_names_use_comma_below_letters(templates: dict[str, ChartTemplate]) -> None:
    names = [account.name for account in templates["ro_pc"].accounts]

    with_cedilla = [name for name in names if any(letter in name for letter in CEDILLA_LETTERS)]
    assert with_cedilla == []
    assert any("ș" in name for name in names)
    assert any("ț" in name for name in names)


def test_minimal_chart_loads_and_links_parents(tmp_path: Path) -> None:
    path = write_chart(tmp_path, [*minimal_chart_lines(), "111;Sous-compte;asset;"])

    template = load_template_file(sample_info(), path)

    by_code = {account.code: account for account in template.accounts}
    assert by_code["1"].parent_code is None
    assert by_code["11"].parent_code == "1"
    assert by_code["111"].parent_code == "11"
    assert template.account_for_role("bank").code == "11"


@pytest.mark.parametrize(
    ("extra_line", "message"),
    [
        ("5A1;Caisse;asset;", "digits only"),
        ("٥١٢;Banque;asset;", "digits only"),
        ("512;Banque;assets;", "type 'assets'"),
        ("512;Banque;asset;petty_cash", "unknown role"),
        ("512;;asset;", "no name"),
        ("512;Banque;asset", "expected 4 fields"),
        ("11;Doublon;asset;", "already defined on line 3"),
        ("512;Banque;asset;bank", "role 'bank' is already"),
    ],
)
def test_malformed_row_raises_value_error_naming_file_and_line(
    tmp_path: Path, extra_line: str, message: str
) -> None:
    lines = minimal_chart_lines()
    bad_line_number = len(lines) + 1
    path = write_chart(tmp_path, [*lines, extra_line])

    with pytest.raises(ValueError, match=rf"bad\.csv:{bad_line_number}: .*{message}"):
        load_template_file(sample_info(), path)


def test_wrong_header_is_reported_on_line_one(tmp_path: Path) -> None:
    lines = minimal_chart_lines()
    lines[0] = "code,name,type,role"
    path = write_chart(tmp_path, lines)

    with pytest.raises(ValueError, match=r"bad\.csv:1: the header"):
        load_template_file(sample_info(), path)


def test_missing_role_is_reported(tmp_path: Path) -> None:
    lines = [line for line in minimal_chart_lines() if not line.endswith(";stamp_duty")]
    path = write_chart(tmp_path, lines)

    with pytest.raises(ValueError, match=r"bad\.csv: no account has the role.*stamp_duty"):
        load_template_file(sample_info(), path)


def test_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_text("\ufeff" + "\n".join(minimal_chart_lines()) + "\n", encoding="utf-8")

    template = load_template_file(sample_info(), path)

    assert template.account_for_role("result").code == str(11 + ROLES.index("result"))
