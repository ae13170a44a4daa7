"""Every coded error has a sentence, filled from its details in the ledger's locale."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app import errors as app_errors
from app.errors import (
    ComptoirError,
    InvalidLine,
    LedgerLocked,
    PeriodLocked,
    UnbalancedEntry,
)
from app.ledger.company import InvalidSettings
from app.money import Money
from app.storage.ledger_file import LedgerFile
from ui.shell import errors as shell_errors
from ui.shell.errors import error_text, set_display_locale, show_error

# Sample details for each error class, as the app raises it.
SAMPLES: dict[str, dict[str, object]] = {
    "InvalidAmount": {"value": "12,3,4"},
    "CurrencyMismatch": {"left": "EUR", "right": "RON"},
    "UnknownCurrency": {"currency": "XYZ"},
    "UnbalancedEntry": {"debit": Money(1000, "EUR"), "credit": Money(900, "EUR"),
                        "difference": Money(100, "EUR"), "difference_minor": 100,
                        "currency": "EUR"},
    "EmptyEntry": {},
    "InvalidLine": {"line": 2, "reason": "amounts cannot be negative"},
    "UnknownAccount": {"account": "999"},
    "InactiveAccount": {"account": "512"},
    "GroupAccount": {"account": "51"},
    "DuplicateAccount": {"account": "5121"},
    "InvalidAccountCode": {"account": "9x"},
    "PeriodLocked": {"lock_date": "2026-03-31", "date": "2026-03-15"},
    "AlreadyReversed": {"number": "VT-2026-000001", "by": "OD-2026-000004"},
    "CannotReverseReversal": {"number": "OD-2026-000004"},
    "EntryNotFound": {"entry": 42},
    "ImmutableEntry": {},
    "LedgerFileError": {"message": "disk full"},
    "LedgerLocked": {"path": "/books/a.comptoir", "holder": "another program"},
    "NotALedger": {"path": "/books/a.txt"},
    "CorruptLedger": {"path": "/books/a.comptoir", "problem": "page 3 is broken"},
    "LedgerExists": {"path": "/books/a.comptoir"},
    "LedgerNotFound": {"path": "/books/a.comptoir"},
    "NewerLedger": {"path": "/books/a.comptoir", "revision": "0099"},
    "MigrationFailed": {"path": "/books/a.comptoir", "problem": "no space",
                        "backup": "/books/a backups/a.comptoir"},
    "BackupFailed": {"path": "/backups/a.comptoir", "problem": "chain broken"},
    "ChainBroken": {"number": "VT-2026-000003", "position": 3,
                    "problem": "content or order was altered"},
    "AccountHasBalance": {"account": "512", "balance": Money(12345, "EUR")},
    "NoParentAccount": {"account": "999"},
    "InvalidIban": {"iban": "FR76 0000", "reason": "invalid length"},
    "InvalidBic": {"bic": "XXXX", "reason": "invalid length"},
    "InvalidNationalAccount": {"number": "0071", "reason": "an Algerian RIB has 20 digits"},
    "TreasuryAccountNotFound": {"account": 7},
    "InactiveTreasuryAccount": {"account": "Caisse magasin"},
    "InvalidMovement": {"field": "vat_rate", "reason": "a rate from 0 to 100"},
    "CashOverdrawn": {"account": "Caisse magasin", "date": "2026-05-02",
                      "available": Money(5000, "EUR"), "amount": Money(7000, "EUR")},
    "SameAccountTransfer": {},
    "MovementAlreadyReversed": {},
    "VoucherError": {"field": "reason", "reason": "say why the voucher is void"},
    "VoucherAlreadyVoid": {"number": "PV-2026-000001"},
    "ReceivablesError": {"field": "due_date", "reason": "after the invoice date"},
    "InvalidTaxId": {"field": "vat_id", "value": "FR00", "kind": "French VAT number"},
    "CustomerNotFound": {"customer": 7},
    "DuplicateCustomerCode": {"customer_code": "C001"},
    "InvoiceNotFound": {"invoice": "F-12"},
    "DuplicateInvoiceNumber": {"kind": "invoice", "number": "F-12"},
    "OverAllocation": {"number": "F-12", "amount": Money(5000, "EUR"),
                       "open_amount": Money(3000, "EUR")},
    "AllocationExceedsPayment": {"allocated": Money(5000, "EUR"), "amount": Money(4000, "EUR")},
    "NotEnoughCredit": {"customer": "Hôtel du Parc", "available": Money(100, "EUR"),
                        "amount": Money(500, "EUR")},
    "CustomerAlreadyDoubtful": {"customer": "Hôtel du Parc", "date": "2026-05-02"},
    "CollectionNotFound": {"collection": 3},
    "CollectionAlreadyCancelled": {"number": "RC-2026-000003"},
    "ReceiptNotFound": {"receipt": "RC-2026-000009"},
    "DunningError": {"field": "level", "reason": "P, 1, 2 or 3"},
    "DunningRunNotFound": {"run": "DR-2026-000004"},
    "InvoiceAlreadyDisputed": {"number": "F-12", "date": "2026-05-02"},
    "InvoiceNotDisputed": {"number": "F-12"},
    "UnknownPlaceholder": {"field": "body", "placeholder": "montant",
                           "known": "customer, total_due"},
    "NotDunnable": {"number": "F-12", "level": "2", "reason": "it is disputed"},
    "DunningRunOutOfOrder": {"last": "2026-05-02", "as_of": "2026-04-30"},
    "ImportFileError": {"path": "ventes.csv", "problem": "the file is empty"},
    "ImportMappingError": {"field": "date_format",
                           "reason": "a day, month and year pattern such as %d/%m/%Y"},
    "ImportMappingNotFound": {"name": "Ventes"},
    "ImportRefused": {"path": "ventes.csv", "line": 3, "column": "Date",
                      "problem": "'31/02/2026' is not a date written like 31/12/2026",
                      "problem_code": "import.bad_date", "value": "31/02/2026", "count": 2,
                      "problems": ()},
    "ExportCancelled": {},
    "ExportFailed": {"path": "/books/register.xlsx", "problem": "choose a .xlsx file"},
    "InvalidSettings": {"field": "language", "reason": "one of fr, ro, en"},
}


def _all_subclasses(cls: type[ComptoirError]) -> list[type[ComptoirError]]:
    found: list[type[ComptoirError]] = []
    for sub in cls.__subclasses__():
        found += [sub, *_all_subclasses(sub)]
    return found


def _error_classes() -> list[type[ComptoirError]]:
    """Every coded error of the app: app/errors.py and any module that defines its own
    (every app module is imported first, migrations excepted)."""
    import app

    for module in pkgutil.walk_packages(app.__path__, "app."):
        if ".migrations" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    classes = {cls for cls in _all_subclasses(ComptoirError)
               if cls.__module__.startswith("app.")}
    return sorted(classes, key=lambda cls: (cls.__module__ != "app.errors", cls.__name__))


@pytest.mark.parametrize("error_class", _error_classes(), ids=lambda cls: cls.__name__)
def test_every_error_code_has_its_own_sentence(error_class: type[ComptoirError]) -> None:
    assert error_class.code in shell_errors._TEMPLATES, f"no sentence for {error_class.code}"


@pytest.mark.parametrize("error_class", _error_classes(), ids=lambda cls: cls.__name__)
def test_every_sentence_fills_from_the_details(error_class: type[ComptoirError]) -> None:
    assert error_class.__name__ in SAMPLES, f"add sample details for {error_class.__name__}"
    error = (error_class(**SAMPLES[error_class.__name__])
             if error_class is not app_errors.LedgerFileError
             else error_class("disk full"))
    text = error_text(error)
    assert "{" not in text and text.strip()


def test_money_and_dates_follow_the_ledger_locale() -> None:
    set_display_locale("fr_FR")
    unbalanced = UnbalancedEntry(**SAMPLES["UnbalancedEntry"])  # type: ignore[arg-type]
    assert error_text(unbalanced) == (
        "The entry does not balance: debit 10,00\xa0€, credit 9,00\xa0€ "
        "(difference 1,00\xa0€).")
    locked = PeriodLocked(lock_date="2026-03-31", date="2026-03-15")
    assert error_text(locked) == (
        "The books are locked up to 31/03/2026: nothing can be posted on 15/03/2026.")
    set_display_locale("ro_RO")
    assert "31.03.2026" in error_text(locked)


def test_reasons_from_the_app_are_translated_too() -> None:
    assert error_text(InvalidLine(line=3, reason="an amount in USD needs an exchange rate")) \
        == "Line 3: an amount in USD needs an exchange rate."
    assert error_text(InvalidLine(line=0, reason="unknown journal 'ZZ'")) == (
        "There is no journal ZZ.")
    assert error_text(InvalidSettings(field="name", reason="the company needs a name")) == (
        "Name: the company needs a name.")


def test_voucher_errors_name_the_field() -> None:
    from app.errors import VoucherError

    assert error_text(VoucherError(field="purpose", reason="say what the money is for")) == (
        "Purpose: say what the money is for")


def test_lock_holder_is_named(ledger: LedgerFile) -> None:
    text = error_text(LedgerLocked(path=str(ledger.path), holder="this program"))
    assert text == f"{ledger.path} is already open by you, in this Comptoir window."
    other = error_text(LedgerLocked(path="/elsewhere.comptoir", holder="another program"))
    assert other == "/elsewhere.comptoir is already open by another program."


def test_unknown_codes_fall_back_to_the_english_message() -> None:
    class Strange(ComptoirError):
        code = "strange.thing"
        template = "Something strange: {what}"

    assert error_text(Strange(what="a ghost")) == "Something strange: a ghost"


def test_show_error_uses_a_warning_box(qtbot, shown_errors: list[str]) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    show_error(parent, app_errors.LedgerNotFound(path="/nowhere.comptoir"))
    show_error(parent, RuntimeError("boom"))
    assert shown_errors == ["/nowhere.comptoir does not exist.", "Something went wrong: boom"]


def test_error_text_of_a_real_refusal(tmp_path: Path) -> None:
    from app.storage.ledger_file import open_ledger_file

    stranger = tmp_path / "x.comptoir"
    stranger.write_text("hello", encoding="utf-8")
    with pytest.raises(ComptoirError) as caught:
        open_ledger_file(stranger)
    assert error_text(caught.value) == f"{stranger.resolve()} is not a Comptoir ledger file."
