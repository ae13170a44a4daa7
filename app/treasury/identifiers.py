"""Checks of bank identifiers: IBAN and BIC (schwifty), and national account numbers
where IBAN does not apply (Algeria's 20-digit RIB)."""

from __future__ import annotations

from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

from app.errors import InvalidBic, InvalidIban, InvalidNationalAccount


def normalise_iban(text: str) -> str:
    """Validate an IBAN (country format and check digits); return it compact, upper-case."""
    compact = "".join(text.split()).upper()
    try:
        return str(IBAN(compact).compact)
    except SchwiftyException as exc:
        raise InvalidIban(iban=text, reason=str(exc)) from exc


def format_iban(compact: str) -> str:
    """An IBAN in groups of four, as printed on statements."""
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def normalise_bic(text: str) -> str:
    compact = "".join(text.split()).upper()
    try:
        return str(BIC(compact).compact)
    except SchwiftyException as exc:
        raise InvalidBic(bic=text, reason=str(exc)) from exc


def algerian_rib_key(agency: str, account: str) -> str:
    """The two-digit key of an Algerian RIB (Banque d'Algérie instruction 06-2004):
    97 − ((agency · account) × 100 mod 97); the bank code takes no part."""
    remainder = int(agency + account) * 100 % 97
    return f"{97 - remainder:02d}"


def normalise_algerian_rib(text: str) -> str:
    """Validate a 20-digit Algerian RIB: bank (3), agency (5), account (10), key (2)."""
    digits = "".join(ch for ch in text if not ch.isspace())
    if len(digits) != 20 or not digits.isascii() or not digits.isdigit():
        raise InvalidNationalAccount(number=text, reason="an Algerian RIB has 20 digits")
    agency, account, key = digits[3:8], digits[8:18], digits[18:]
    expected = algerian_rib_key(agency, account)
    if key != expected:
        raise InvalidNationalAccount(number=text,
                                     reason=f"the key is {key}, the digits give {expected}")
    return digits
