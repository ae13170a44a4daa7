"""The amount of a :class:`~app.money.Money` in words, as a bookkeeper writes it on a
receipt, a payment voucher or a cheque: French, Romanian, English and Arabic.

    >>> amount_in_words(Money(123456, "EUR"), "fr")
    'mille deux cent trente-quatre euros et cinquante-six centimes'

Choices (the tests in ``tests/app/documents/test_amount_words.py`` are the specification):

- **Whole amounts** never get a minor part: no "et zéro centimes", "and zero cents".
  **Only a minor part** (0.50) is written without the zero: "cinquante centimes".
- **Negative amounts** are written with the language's word for minus in front
  ("moins", "minus", "minus", "سالب"); a statement may show a credit balance in words.
- **French**: traditional spelling as on French cheques, hyphens only below a hundred
  ("quatre-vingts", "quatre-vingt-un", "deux cents", "deux cent un", "vingt et un"),
  singular below two ("zéro euro", "un euro"), "de"/"d'" after a round million or
  milliard ("un million d'euros"), "et" before the centimes.
- **Romanian**: "o sută", "o mie" (never "una sută", "una mie"); "de" before the noun
  when the number ends in 00 or in 20–99 ("douăzeci de lei", "o sută de lei", but
  "nouăsprezece lei", "o sută unu lei"); one and two agree with what is counted
  ("un leu", "doi lei", "o centimă", "două centime", "douăzeci și una de mii",
  "două milioane"); "și" before the minor part.
- **English**: British usage as on cheques in Europe, "and" inside hundreds and no
  commas: "one thousand two hundred and thirty-four euros and fifty-six cents".
- **Arabic**: Modern Standard Arabic, nominative, logical (not display) order: shaping
  and bidi are the document engine's job. The counted noun agrees with the last part of
  the number: 1 and 2 put the noun first ("دينار جزائري واحد", "ديناران جزائريان اثنان";
  without واحد/اثنان when the minor part follows, so "واحد وخمسون" is never misread as 51),
  3–10 take the genitive plural ("ثلاثة دنانير جزائرية"), 11–99 the accusative singular
  ("أحد عشر دينارًا جزائريًا"), round hundreds/thousands/millions the genitive singular
  ("مائة دينار", "مائتا دينار", "ألفا دينار"). "مائة" spelling, tanween on the consonant
  ("دينارًا"), "و" written joined to the next word, and 101 000 as "مائة ألف وألف" (never
  "مائة وألف", which reads as 1 100).

Currencies: hand-written nouns for EUR, RON, DZD, USD (and TND in fr/en/ar). Any other
currency takes its name from CLDR (babel ``get_currency_name``) and, having no known
name for its minor unit, writes the minor part as a fraction in figures ("56/100").
A currency with no minor digits (JPY) has no minor part.

num2words writes the French and English numbers. It is not used for Romanian and Arabic
(checked against num2words 0.5.14): Romanian gives "una sută", "una mie", "douăzeci și
unu milioane" (no "de", wrong gender) and cannot make a number feminine; Arabic gives
"مئتا" for a bare 200, garbled 101 010, "اثنان ريالان", and has no dinar algérien.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from babel.numbers import get_currency_name
from num2words import num2words

from app.i18n import language_of
from app.money import Money

SUPPORTED_LANGUAGES: tuple[str, ...] = ("fr", "ro", "en", "ar")

#: The largest whole amount written in words (just under a thousand milliards).
MAX_MAJOR_UNITS = 10**12 - 1


@dataclass(frozen=True, slots=True)
class Noun:
    """How one unit of money (euro, centime...) is named in one language.

    ``singular`` is the form after one (and, in Arabic, the genitive after 100, 1 000,
    1 000 000...); ``plural`` the form after two and more (Arabic: after 3 to 10).
    ``dual`` and ``accusative`` are Arabic only: exactly two, and after 11 to 99.
    """

    singular: str
    plural: str
    feminine: bool = False
    dual: str = ""
    accusative: str = ""


@dataclass(frozen=True, slots=True)
class CurrencyNouns:
    major: Noun
    #: None when the minor unit has no known name: its amount is written "56/100".
    minor: Noun | None


# --- the currencies written by hand -------------------------------------------------

_FR_CENTIME = Noun("centime", "centimes")
_EN_CENT = Noun("cent", "cents")
_AR_CENT = Noun("سنت", "سنتات", dual="سنتان", accusative="سنتًا")

CURRENCY_NOUNS: dict[str, dict[str, CurrencyNouns]] = {
    "fr": {
        "EUR": CurrencyNouns(Noun("euro", "euros"), _FR_CENTIME),
        "RON": CurrencyNouns(Noun("leu roumain", "lei roumains"), Noun("ban", "bani")),
        "DZD": CurrencyNouns(Noun("dinar algérien", "dinars algériens"), _FR_CENTIME),
        "USD": CurrencyNouns(
            Noun("dollar américain", "dollars américains"), Noun("cent", "cents")
        ),
        "TND": CurrencyNouns(
            Noun("dinar tunisien", "dinars tunisiens"), Noun("millime", "millimes")
        ),
    },
    "en": {
        "EUR": CurrencyNouns(Noun("euro", "euros"), _EN_CENT),
        "RON": CurrencyNouns(Noun("leu", "lei"), Noun("ban", "bani")),
        "DZD": CurrencyNouns(
            Noun("Algerian dinar", "Algerian dinars"), Noun("centime", "centimes")
        ),
        "USD": CurrencyNouns(Noun("US dollar", "US dollars"), _EN_CENT),
        "TND": CurrencyNouns(
            Noun("Tunisian dinar", "Tunisian dinars"), Noun("millime", "millimes")
        ),
    },
    "ro": {
        # DOOM: euro s. m., pl. euro ("doi euro"); eurocent s. m., pl. eurocenți.
        "EUR": CurrencyNouns(Noun("euro", "euro"), Noun("eurocent", "eurocenți")),
        "RON": CurrencyNouns(Noun("leu", "lei"), Noun("ban", "bani")),
        # centimă is feminine: "o centimă", "două centime", "douăzeci și una de centime".
        "DZD": CurrencyNouns(
            Noun("dinar algerian", "dinari algerieni"),
            Noun("centimă", "centime", feminine=True),
        ),
        "USD": CurrencyNouns(Noun("dolar american", "dolari americani"), Noun("cent", "cenți")),
    },
    "ar": {
        # يورو is an indeclinable loanword: one form but for the dual.
        "EUR": CurrencyNouns(Noun("يورو", "يورو", dual="يوروان", accusative="يورو"), _AR_CENT),
        "RON": CurrencyNouns(
            Noun("ليو", "ليو", dual="ليوان", accusative="ليو"),
            Noun("بان", "بانات", dual="بانان", accusative="بانًا"),
        ),
        "DZD": CurrencyNouns(
            Noun("دينار جزائري", "دنانير جزائرية", dual="ديناران جزائريان",
                 accusative="دينارًا جزائريًا"),
            Noun("سنتيم", "سنتيمات", dual="سنتيمان", accusative="سنتيمًا"),
        ),
        "USD": CurrencyNouns(
            Noun("دولار أمريكي", "دولارات أمريكية", dual="دولاران أمريكيان",
                 accusative="دولارًا أمريكيًا"),
            _AR_CENT,
        ),
        "TND": CurrencyNouns(
            Noun("دينار تونسي", "دنانير تونسية", dual="ديناران تونسيان",
                 accusative="دينارًا تونسيًا"),
            Noun("مليم", "مليمات", dual="مليمان", accusative="مليمًا"),
        ),
    },
}

# French currency names (CLDR) that are feminine: "une livre sterling".
_FR_FEMININE_HEADS = frozenset({"livre", "couronne", "roupie", "lire", "hryvnia", "gourde"})


def _fallback_nouns(language: str, currency: str) -> CurrencyNouns:
    """The CLDR name of a currency we have no hand-written nouns for."""

    def name(count: int) -> str:
        return str(get_currency_name(currency, count, locale=language))

    head = name(1).split()[0]
    if language == "ar":
        major = Noun(name(1), name(3), feminine=head.endswith("ة"),
                     dual=name(2), accusative=name(11))
    elif language == "fr":
        major = Noun(name(1), name(2), feminine=head in _FR_FEMININE_HEADS)
    elif language == "ro":
        # Romanian feminine nouns end in -ă or -ie (liră, coroană, rupie).
        major = Noun(name(1), name(2), feminine=head.endswith(("ă", "ie")))
    else:
        major = Noun(name(1), name(2))
    return CurrencyNouns(major, None)


def currency_nouns(language: str, currency: str) -> CurrencyNouns:
    """The nouns that name ``currency`` and its minor unit in ``language``."""
    return CURRENCY_NOUNS[language].get(currency) or _fallback_nouns(language, currency)


# --- French ---------------------------------------------------------------------------

_FR_VOWELS = tuple("aeiouéèêàâîôû")


def _count_fr(n: int, noun: Noun, ends_text: bool = True) -> str:
    if n == 0:
        return f"zéro {noun.singular}"  # below two, French nouns stay singular
    if n == 1:
        return f"{'une' if noun.feminine else 'un'} {noun.singular}"
    words = num2words(n, lang="fr")
    if noun.feminine and (words.endswith(" et un") or words.endswith("-un")):
        words += "e"  # vingt et une livres
    return f"{words}{_fr_link(n, noun.plural)}{noun.plural}"


def _fr_link(n: int, plural: str) -> str:
    """Million and milliard are nouns: "un million d'euros", "deux milliards de dinars"."""
    if n % 1_000_000:
        return " "
    return " d'" if plural.startswith(_FR_VOWELS) else " de "


# --- English --------------------------------------------------------------------------


def _count_en(n: int, noun: Noun, ends_text: bool = True) -> str:
    # num2words writes "four thousand, seven hundred and seventy-eight": drop the commas.
    words = num2words(n, lang="en").replace(",", "")
    return f"{words} {noun.singular if n == 1 else noun.plural}"


# --- Romanian -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _RoAgreement:
    """How one and two agree with what they count."""

    one_in_compound: str  # 21, 101: "douăzeci și unu de lei" / "douăzeci și una de mii"
    two: str  # "doi lei" / "două mii", "două milioane"
    lone_one: str  # "un leu", "un milion" / "o mie", "o centimă"


_RO_MASCULINE = _RoAgreement("unu", "doi", "un")
_RO_FEMININE = _RoAgreement("una", "două", "o")
# Neuter nouns (milion, miliard) count like masculines in the singular and like
# feminines in the plural: "un milion", "două milioane", "douăzeci și unu de milioane".
_RO_NEUTER = _RoAgreement("unu", "două", "un")

_RO_UNITS = ("", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă")
_RO_TEENS = ("zece", "unsprezece", "doisprezece", "treisprezece", "paisprezece",
             "cincisprezece", "șaisprezece", "șaptesprezece", "optsprezece", "nouăsprezece")
_RO_TENS = ("", "", "douăzeci", "treizeci", "patruzeci", "cincizeci", "șaizeci",
            "șaptezeci", "optzeci", "nouăzeci")
_RO_SCALES = (
    (10**9, "miliard", "miliarde", _RO_NEUTER),
    (10**6, "milion", "milioane", _RO_NEUTER),
    (10**3, "mie", "mii", _RO_FEMININE),
)


def _ro_unit(n: int, agreement: _RoAgreement) -> str:
    if n == 1:
        return agreement.one_in_compound
    if n == 2:
        return agreement.two
    return _RO_UNITS[n]


def _ro_below_100(n: int, agreement: _RoAgreement) -> str:
    if n < 10:
        return _ro_unit(n, agreement)
    if n < 20:
        if n == 12 and agreement.two == "două":
            return "douăsprezece"
        return _RO_TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return _RO_TENS[tens] + (f" și {_ro_unit(unit, agreement)}" if unit else "")


def _ro_below_1000(n: int, agreement: _RoAgreement) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds == 1:
        words.append("o sută")  # not "una sută"
    elif hundreds == 2:
        words.append("două sute")
    elif hundreds:
        words.append(f"{_RO_UNITS[hundreds]} sute")
    if rest:
        words.append(_ro_below_100(rest, agreement))
    return " ".join(words)


def _ro_link(n: int) -> str:
    """ "de" goes between a number and its noun when the number ends in 00 or 20–99."""
    last_two = n % 100
    return " de " if n >= 20 and (last_two == 0 or last_two >= 20) else " "


def _ro_counted(n: int, singular: str, plural: str, agreement: _RoAgreement) -> str:
    if n == 1:
        return f"{agreement.lone_one} {singular}"
    return f"{_ro_below_1000(n, agreement)}{_ro_link(n)}{plural}"


def _count_ro(n: int, noun: Noun, ends_text: bool = True) -> str:
    agreement = _RO_FEMININE if noun.feminine else _RO_MASCULINE
    if n == 0:
        return f"zero {noun.plural}"
    if n == 1:
        return f"{agreement.lone_one} {noun.singular}"
    words = []
    rest = n
    for value, singular, plural, scale_agreement in _RO_SCALES:
        count, rest = divmod(rest, value)
        if count:
            words.append(_ro_counted(count, singular, plural, scale_agreement))
    if rest:
        words.append(_ro_below_1000(rest, agreement))
    return f"{' '.join(words)}{_ro_link(n)}{noun.plural}"


# --- Arabic ---------------------------------------------------------------------------

_AR_AND = " و"  # "و" is written joined to the word that follows it
_AR_ONES_MASCULINE = ("", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة",
                      "ثمانية", "تسعة", "عشرة")
_AR_ONES_FEMININE = ("", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني",
                     "تسع", "عشر")
_AR_TENS = ("", "", "عشرون", "ثلاثون", "أربعون", "خمسون", "ستون", "سبعون", "ثمانون",
            "تسعون")
_AR_HUNDREDS = ("", "مائة", "مائتان", "ثلاثمائة", "أربعمائة", "خمسمائة", "ستمائة",
                "سبعمائة", "ثمانمائة", "تسعمائة")
_AR_TWO_HUNDRED_BEFORE_NOUN = "مائتا"  # the dual loses its ن before the counted noun
_AR_TANWEEN = "ًا"
_AR_SCALES = (
    (10**9, "مليار", "مليارات"),
    (10**6, "مليون", "ملايين"),
    (10**3, "ألف", "آلاف"),
)


def _ar_below_100(n: int, feminine: bool) -> str:
    """1–99; numbers 3–10 take the opposite gender of what they count."""
    ones = _AR_ONES_FEMININE if feminine else _AR_ONES_MASCULINE
    if n <= 10:
        return ones[n]
    if n == 11:
        return "إحدى عشرة" if feminine else "أحد عشر"
    if n == 12:
        return "اثنتا عشرة" if feminine else "اثنا عشر"
    if n < 20:
        return f"{ones[n - 10]} {'عشرة' if feminine else 'عشر'}"
    tens, unit = divmod(n, 10)
    if not unit:
        return _AR_TENS[tens]
    unit_word = ("إحدى" if feminine else "واحد") if unit == 1 else ones[unit]
    return f"{unit_word}{_AR_AND}{_AR_TENS[tens]}"


def _ar_hundreds(hundreds: int, before_noun: bool) -> str:
    if hundreds == 2 and before_noun:
        return _AR_TWO_HUNDRED_BEFORE_NOUN
    return _AR_HUNDREDS[hundreds]


def _ar_below_1000(n: int, feminine: bool, before_noun: bool = False) -> str:
    hundreds, rest = divmod(n, 100)
    words = []
    if hundreds:
        words.append(_ar_hundreds(hundreds, before_noun and not rest))
    if rest:
        words.append(_ar_below_100(rest, feminine))
    return _AR_AND.join(words)


def _ar_scale_group(count: int, singular: str, plural: str, noun_follows: bool) -> str:
    """``count`` (1–999) thousands, millions or milliards. ``noun_follows``: nothing lower
    comes after, so the counted noun is joined to this group ("ألف دينار", "ألفا دينار")."""
    hundreds, rest = divmod(count, 100)
    if count == 1:
        return singular
    if count == 2:
        return singular + ("ا" if noun_follows else "ان")  # ألفا دينار / ألفان وخمسمائة
    if rest == 0:
        return f"{_ar_below_1000(count, False, before_noun=True)} {singular}"
    if rest <= 2:
        # 101 000 is "مائة ألف وألف": "مائة وألف" would read as 1 100.
        head = f"{_ar_below_1000(hundreds * 100, False, before_noun=True)} {singular}"
        return head + _AR_AND + _ar_scale_group(rest, singular, plural, noun_follows)
    if rest <= 10:
        return f"{_ar_below_1000(count, False)} {plural}"
    return f"{_ar_below_1000(count, False)} {singular}{'' if noun_follows else _AR_TANWEEN}"


def _ar_one_or_two(n: int, noun: Noun, ends_text: bool) -> str:
    """One and two are the singular and the dual noun, followed by the number as an
    adjective ("دينار واحد", "ديناران اثنان") only at the end of the text: before
    "وخمسون سنتيمًا" the words "واحد وخمسون" would read as fifty-one."""
    counted = noun.singular if n == 1 else noun.dual
    if not ends_text:
        return counted
    if n == 1:
        return f"{counted} {'واحدة' if noun.feminine else 'واحد'}"
    return f"{counted} {'اثنتان' if noun.feminine else 'اثنان'}"


def _ar_units_with_noun(n: int, noun: Noun, ends_text: bool) -> str:
    """The last 1–999 of an amount with the noun in the form its last part asks for."""
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return f"{_ar_below_1000(n, noun.feminine, before_noun=True)} {noun.singular}"
    if rest <= 2:
        counted = _ar_one_or_two(rest, noun, ends_text)
        return _ar_hundreds(hundreds, False) + _AR_AND + counted if hundreds else counted
    form = noun.plural if rest <= 10 else noun.accusative
    return f"{_ar_below_1000(n, noun.feminine)} {form}"


def _count_ar(n: int, noun: Noun, ends_text: bool = True) -> str:
    if n == 0:
        return f"صفر {noun.singular}"
    words = []
    rest = n
    for value, singular, plural in _AR_SCALES:
        count, rest = divmod(rest, value)
        if count:
            words.append(_ar_scale_group(count, singular, plural, noun_follows=not rest))
    if rest:
        words.append(_ar_units_with_noun(rest, noun, ends_text))
    else:
        words[-1] += f" {noun.singular}"
    return _AR_AND.join(words)


# --- putting an amount together --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Language:
    #: "n nouns", the noun in the form n asks for; the flag is False when the minor part
    #: follows (only Arabic writes differently then).
    count: Callable[[int, Noun, bool], str]
    conjunction: str  # between the major and the minor part
    minus: str


_LANGUAGES: dict[str, _Language] = {
    "fr": _Language(_count_fr, " et ", "moins"),
    "ro": _Language(_count_ro, " și ", "minus"),
    "en": _Language(_count_en, " and ", "minus"),
    "ar": _Language(_count_ar, _AR_AND, "سالب"),
}


def _language(language: str) -> str:
    code = language_of(language).lower()
    if code not in SUPPORTED_LANGUAGES:
        raise ValueError(
            f"amounts in words are written in {', '.join(SUPPORTED_LANGUAGES)}, "
            f"not {language!r}"
        )
    return code


def amount_in_words(amount: Money, language: str) -> str:
    """``amount`` in words in ``language`` ("fr", "ro", "en" or "ar"; a locale such as
    "fr_DZ" counts as its language), with the currency and its minor unit named.

    Raises ValueError for another language or a whole part above ``MAX_MAJOR_UNITS``.
    """
    code = _language(language)
    spec = _LANGUAGES[code]
    precision = amount.precision
    major, minor = divmod(abs(amount.minor), 10**precision)
    if major > MAX_MAJOR_UNITS:
        raise ValueError(f"{amount} is too large to be written in words")
    nouns = currency_nouns(code, amount.currency)

    parts = []
    if major or not minor or nouns.minor is None:
        parts.append(spec.count(major, nouns.major, not minor))
    if minor:
        if nouns.minor is None:
            parts.append(f"{minor}/{10**precision}")
        else:
            parts.append(spec.count(minor, nouns.minor, True))
    words = spec.conjunction.join(parts)
    return f"{spec.minus} {words}" if amount.minor < 0 else words
