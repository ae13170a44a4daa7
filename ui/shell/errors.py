"""Error texts: one translated sentence per error code, filled from ``error.details``.

The one place the interface turns a :class:`ComptoirError` into words; every tab shows
errors with :func:`show_error`. Amounts and dates in the details are written in the
open ledger's locale (set by the main window with :func:`set_display_locale`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import ComptoirError
from app.i18n import format_date, format_money
from app.money import Money
from app.storage.ledger_file import read_lock_holder

CONTEXT = "ErrorText"

#: English source sentence per error code; ``{name}`` is filled from the details.
_TEMPLATES: dict[str, str] = {
    "money.invalid_amount": QT_TRANSLATE_NOOP("ErrorText", "“{value}” is not a valid amount."),
    "money.currency_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "Amounts in {left} and in {right} cannot be added together."),
    "money.unknown_currency": QT_TRANSLATE_NOOP(
        "ErrorText", "“{currency}” is not a known currency code."),
    "ledger.unbalanced": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The entry does not balance: debit {debit}, credit {credit} (difference {difference})."),
    "ledger.empty_entry": QT_TRANSLATE_NOOP(
        "ErrorText", "An entry needs at least two lines with an amount."),
    "ledger.invalid_line": QT_TRANSLATE_NOOP("ErrorText", "Line {line}: {reason}."),
    "ledger.unknown_account": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no account {account} in the chart of accounts."),
    "ledger.inactive_account": QT_TRANSLATE_NOOP(
        "ErrorText", "Account {account} is deactivated: nothing can be posted to it."),
    "ledger.group_account": QT_TRANSLATE_NOOP(
        "ErrorText", "Account {account} has sub-accounts: post to one of them instead."),
    "ledger.duplicate_account": QT_TRANSLATE_NOOP(
        "ErrorText", "An account with code {account} already exists."),
    "ledger.invalid_account_code": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Account {account} cannot be created: the code must be digits starting with a "
        "class from 1 to 8, and the account needs a name."),
    "ledger.period_locked": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The books are locked up to {lock_date}: nothing can be posted on {date}."),
    "ledger.already_reversed": QT_TRANSLATE_NOOP(
        "ErrorText", "Entry {number} has already been reversed by entry {by}."),
    "ledger.reverse_reversal": QT_TRANSLATE_NOOP(
        "ErrorText", "Entry {number} is itself a reversal: post a new entry instead."),
    "ledger.entry_not_found": QT_TRANSLATE_NOOP("ErrorText", "Entry {entry} was not found."),
    "ledger.immutable": QT_TRANSLATE_NOOP(
        "ErrorText", "Posted entries cannot be changed or deleted: reverse them instead."),
    "ledger.chain_broken": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Entry {number} (position {position}) does not match its hash: the books were "
        "changed outside Comptoir ({problem})."),
    "ledger.account_has_balance": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Account {account} still has a balance of {balance}: it cannot be deactivated."),
    "ledger.no_parent_account": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Account {account} has no parent in the chart of accounts: add its class first."),
    "storage.error": QT_TRANSLATE_NOOP(
        "ErrorText", "The ledger file could not be used: {message}"),
    "storage.locked": QT_TRANSLATE_NOOP("ErrorText", "{path} is already open by {holder}."),
    "storage.not_a_ledger": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is not a Comptoir ledger file."),
    "storage.corrupt": QT_TRANSLATE_NOOP("ErrorText", "{path} is damaged: {problem}"),
    "storage.exists": QT_TRANSLATE_NOOP("ErrorText", "{path} already exists."),
    "storage.not_found": QT_TRANSLATE_NOOP("ErrorText", "{path} does not exist."),
    "storage.newer": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} was written by a newer version of Comptoir: update Comptoir to open it."),
    "storage.migration_failed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} could not be upgraded to this version of Comptoir ({problem}). The file "
        "is unchanged; a backup is at {backup}."),
    "storage.backup_failed": QT_TRANSLATE_NOOP(
        "ErrorText", "The backup {path} failed its check ({problem}) and was not kept."),
    "company.invalid": QT_TRANSLATE_NOOP("ErrorText", "{field}: {reason}."),
    "treasury.invalid_iban": QT_TRANSLATE_NOOP(
        "ErrorText", "IBAN {iban} is not valid: {reason}."),
    "treasury.invalid_bic": QT_TRANSLATE_NOOP("ErrorText", "BIC {bic} is not valid: {reason}."),
    "treasury.invalid_national_account": QT_TRANSLATE_NOOP(
        "ErrorText", "Account number {number} is not valid: {reason}."),
    "treasury.account_not_found": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no bank account or cash box {account}."),
    "treasury.account_inactive": QT_TRANSLATE_NOOP(
        "ErrorText", "{account} is closed: reopen it to record movements."),
    "treasury.invalid_movement": QT_TRANSLATE_NOOP("ErrorText", "{field}: {reason}."),
    "treasury.cash_overdrawn": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{account} would go below zero on {date}: the cash box holds {available} and the "
        "payment is {amount}."),
    "treasury.same_account_transfer": QT_TRANSLATE_NOOP(
        "ErrorText", "A transfer needs two different accounts."),
    "treasury.already_reversed": QT_TRANSLATE_NOOP(
        "ErrorText", "This movement has already been reversed."),
    "export.cancelled": QT_TRANSLATE_NOOP(
        "ErrorText", "The export was cancelled; no file was written."),
    "export.failed": QT_TRANSLATE_NOOP("ErrorText", "{path} could not be written: {problem}."),
    "vouchers.invalid": QT_TRANSLATE_NOOP("ErrorText", "{field}: {reason}"),
    "vouchers.already_void": QT_TRANSLATE_NOOP(
        "ErrorText", "Voucher {number} is already void."),
    "receivables.invalid": QT_TRANSLATE_NOOP("ErrorText", "{field}: {reason}"),
    "receivables.invalid_tax_id": QT_TRANSLATE_NOOP(
        "ErrorText", "{field}: “{value}” is not a valid {kind}."),
    "receivables.customer_not_found": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no customer {customer}."),
    "receivables.duplicate_customer_code": QT_TRANSLATE_NOOP(
        "ErrorText", "Another customer already has the code {customer_code}."),
    "receivables.invoice_not_found": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no invoice {invoice}."),
    "receivables.duplicate_number": QT_TRANSLATE_NOOP(
        "ErrorText", "Number {number} is already used ({kind})."),
    "receivables.over_allocation": QT_TRANSLATE_NOOP(
        "ErrorText", "Invoice {number} has only {open_amount} left to pay, not {amount}."),
    "receivables.allocation_exceeds_payment": QT_TRANSLATE_NOOP(
        "ErrorText", "The allocations add up to {allocated}, more than the {amount} paid."),
    "receivables.not_enough_credit": QT_TRANSLATE_NOOP(
        "ErrorText", "{customer} has {available} of credit, not {amount}."),
    "receivables.already_doubtful": QT_TRANSLATE_NOOP(
        "ErrorText", "{customer} has been doubtful since {date}."),
    "receivables.collection_not_found": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no payment {collection}."),
    "receivables.collection_already_cancelled": QT_TRANSLATE_NOOP(
        "ErrorText", "Payment {number} is already cancelled."),
    "receivables.receipt_not_found": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no receipt {receipt}."),
    "dunning.invalid": QT_TRANSLATE_NOOP("ErrorText", "{field}: {reason}."),
    "dunning.run_not_found": QT_TRANSLATE_NOOP("ErrorText", "There is no dunning run {run}."),
    "dunning.already_disputed": QT_TRANSLATE_NOOP(
        "ErrorText", "Invoice {number} is already disputed (since {date})."),
    "dunning.not_disputed": QT_TRANSLATE_NOOP("ErrorText", "Invoice {number} is not disputed."),
    "dunning.unknown_placeholder": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The {field} of the letter uses “{placeholder}”, which is not one of: {known}."),
    "dunning.not_dunnable": QT_TRANSLATE_NOOP(
        "ErrorText", "Invoice {number} cannot get a level {level} letter: {reason}."),
    "dunning.run_out_of_order": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A dunning run as of {last} is already recorded: a new run cannot be as of {as_of}."),
    "import.unreadable_file": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} cannot be imported: {problem}."),
    "import.invalid_mapping": QT_TRANSLATE_NOOP(
        "ErrorText", "Import mapping, {field}: {reason}."),
    "import.mapping_not_found": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no saved import mapping “{name}”."),
    "import.refused": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path}, line {line}, column “{column}”: {problem} ({count} problems in all; nothing "
        "was imported)."),
}

#: Codes whose ``field`` detail names a field, shown by its label.
_FIELD_CODES = frozenset({"company.invalid", "treasury.invalid_movement", "vouchers.invalid",
                          "receivables.invalid", "receivables.invalid_tax_id",
                          "dunning.invalid"})

#: Field names as InvalidSettings and InvalidMovement report them.
_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ErrorText", "Name"),
    "language": QT_TRANSLATE_NOOP("ErrorText", "Language"),
    "locale": QT_TRANSLATE_NOOP("ErrorText", "Number and date format"),
    "fiscal_year_start_month": QT_TRANSLATE_NOOP("ErrorText", "First month of the fiscal year"),
    "base_currency": QT_TRANSLATE_NOOP("ErrorText", "Base currency"),
    "chart_template": QT_TRANSLATE_NOOP("ErrorText", "Chart of accounts"),
    "company": QT_TRANSLATE_NOOP("ErrorText", "Company"),
    "ledger_account": QT_TRANSLATE_NOOP("ErrorText", "Ledger account"),
    "kind": QT_TRANSLATE_NOOP("ErrorText", "Kind"),
    "opening_balance": QT_TRANSLATE_NOOP("ErrorText", "Opening balance"),
    "opening_rate": QT_TRANSLATE_NOOP("ErrorText", "Opening exchange rate"),
    "cash_limit": QT_TRANSLATE_NOOP("ErrorText", "Cash limit"),
    "direction": QT_TRANSLATE_NOOP("ErrorText", "Direction"),
    "vat_rate": QT_TRANSLATE_NOOP("ErrorText", "VAT rate"),
    "vat": QT_TRANSLATE_NOOP("ErrorText", "VAT"),
    "net": QT_TRANSLATE_NOOP("ErrorText", "Amount excluding VAT"),
    "account": QT_TRANSLATE_NOOP("ErrorText", "Account"),
    "category": QT_TRANSLATE_NOOP("ErrorText", "Category"),
    "payment_method": QT_TRANSLATE_NOOP("ErrorText", "Payment method"),
    "cheque_number": QT_TRANSLATE_NOOP("ErrorText", "Cheque number"),
    "amount": QT_TRANSLATE_NOOP("ErrorText", "Amount"),
    "rate": QT_TRANSLATE_NOOP("ErrorText", "Exchange rate"),
    "rate_sent": QT_TRANSLATE_NOOP("ErrorText", "Exchange rate of the amount sent"),
    "rate_received": QT_TRANSLATE_NOOP("ErrorText", "Exchange rate of the amount received"),
    "amount_sent": QT_TRANSLATE_NOOP("ErrorText", "Amount sent"),
    "amount_received": QT_TRANSLATE_NOOP("ErrorText", "Amount received"),
    "movement": QT_TRANSLATE_NOOP("ErrorText", "Movement"),
    "person_name": QT_TRANSLATE_NOOP("ErrorText", "Name of the person"),
    "purpose": QT_TRANSLATE_NOOP("ErrorText", "Purpose"),
    "voucher": QT_TRANSLATE_NOOP("ErrorText", "Voucher"),
    "number": QT_TRANSLATE_NOOP("ErrorText", "Number"),
    "reason": QT_TRANSLATE_NOOP("ErrorText", "Reason"),
    "page_format": QT_TRANSLATE_NOOP("ErrorText", "Page format"),
    # Customers, invoices, payments, dunning.
    "country": QT_TRANSLATE_NOOP("ErrorText", "Country"),
    "registration_id": QT_TRANSLATE_NOOP("ErrorText", "Registration ID"),
    "vat_id": QT_TRANSLATE_NOOP("ErrorText", "VAT number"),
    "email": QT_TRANSLATE_NOOP("ErrorText", "E-mail"),
    "payment_terms_days": QT_TRANSLATE_NOOP("ErrorText", "Payment terms"),
    "credit_limit": QT_TRANSLATE_NOOP("ErrorText", "Credit limit"),
    "max_dunning_level": QT_TRANSLATE_NOOP("ErrorText", "Dunning level"),
    "lines": QT_TRANSLATE_NOOP("ErrorText", "Lines"),
    "due_date": QT_TRANSLATE_NOOP("ErrorText", "Due date"),
    "currency": QT_TRANSLATE_NOOP("ErrorText", "Currency"),
    "allocations": QT_TRANSLATE_NOOP("ErrorText", "Allocation"),
    "treasury_account_id": QT_TRANSLATE_NOOP("ErrorText", "Bank account or cash box"),
    "method": QT_TRANSLATE_NOOP("ErrorText", "Payment method"),
    "date": QT_TRANSLATE_NOOP("ErrorText", "Date"),
    "invoice": QT_TRANSLATE_NOOP("ErrorText", "Invoice"),
    "collection": QT_TRANSLATE_NOOP("ErrorText", "Payment"),
    "buckets": QT_TRANSLATE_NOOP("ErrorText", "Buckets"),
    "level": QT_TRANSLATE_NOOP("ErrorText", "Level"),
    "note": QT_TRANSLATE_NOOP("ErrorText", "Note"),
    "promised_date": QT_TRANSLATE_NOOP("ErrorText", "Promised date"),
    "promised_amount": QT_TRANSLATE_NOOP("ErrorText", "Promised amount"),
}

#: Reasons the app gives in English inside details (InvalidLine, InvalidSettings,
#: ChainBroken): a pattern, and the translatable sentence filled from its groups.
_REASONS: tuple[tuple[str, str], ...] = (
    (r"a base-currency line has rate 1",
     QT_TRANSLATE_NOOP("ErrorText", "a line in the base currency has an exchange rate of 1")),
    (r"an amount in (?P<currency>\w+) needs an exchange rate",
     QT_TRANSLATE_NOOP("ErrorText", "an amount in {currency} needs an exchange rate")),
    (r"amounts are whole minor units",
     QT_TRANSLATE_NOOP("ErrorText", "amounts must be whole cents")),
    (r"amounts cannot be negative",
     QT_TRANSLATE_NOOP("ErrorText", "amounts cannot be negative")),
    (r"a line has either a debit or a credit",
     QT_TRANSLATE_NOOP("ErrorText", "a line has either a debit or a credit, not both")),
    (r"unknown journal '?(?P<journal>[^']*)'?",
     QT_TRANSLATE_NOOP("ErrorText", "there is no journal {journal}")),
    (r"the company needs a name",
     QT_TRANSLATE_NOOP("ErrorText", "the company needs a name")),
    (r"one of (?P<choices>.+)",
     QT_TRANSLATE_NOOP("ErrorText", "choose one of {choices}")),
    (r"a month from 1 to 12",
     QT_TRANSLATE_NOOP("ErrorText", "a month from 1 to 12")),
    (r"cannot change once the ledger exists",
     QT_TRANSLATE_NOOP("ErrorText", "cannot be changed once the ledger exists")),
    (r"the ledger has no company settings",
     QT_TRANSLATE_NOOP("ErrorText", "the ledger has no company settings")),
    # Treasury (bank accounts, cash boxes, movements).
    (r"no free sub-account code",
     QT_TRANSLATE_NOOP("ErrorText", "no sub-account code is free")),
    (r"(?P<code>\S+) is not a postable class-5 account",
     QT_TRANSLATE_NOOP("ErrorText", "{code} is not a class 5 account that can be posted to")),
    (r"(?P<code>\S+) already belongs to another account",
     QT_TRANSLATE_NOOP("ErrorText", "{code} already belongs to another bank account or "
                                    "cash box")),
    (r"bank or cash", QT_TRANSLATE_NOOP("ErrorText", "bank or cash box")),
    (r"the account needs a name", QT_TRANSLATE_NOOP("ErrorText", "the account needs a name")),
    (r"a cash box cannot start below zero",
     QT_TRANSLATE_NOOP("ErrorText", "a cash box cannot start below zero")),
    (r"the limit cannot be negative",
     QT_TRANSLATE_NOOP("ErrorText", "the limit cannot be negative")),
    (r"an opening balance in (?P<currency>\w+) needs a rate",
     QT_TRANSLATE_NOOP("ErrorText", "an opening balance in {currency} needs an exchange rate")),
    (r"an Algerian RIB has 20 digits",
     QT_TRANSLATE_NOOP("ErrorText", "an Algerian RIB has 20 digits")),
    (r"the key is (?P<key>\d+), the digits give (?P<expected>\d+)",
     QT_TRANSLATE_NOOP("ErrorText", "the key is {key} but the digits give {expected}")),
    (r"in or out", QT_TRANSLATE_NOOP("ErrorText", "money in or money out")),
    (r"a rate from 0 to 100", QT_TRANSLATE_NOOP("ErrorText", "a rate from 0 to 100")),
    (r"(?P<code>\S+) cannot be posted to",
     QT_TRANSLATE_NOOP("ErrorText", "{code} cannot be posted to")),
    (r"the category needs a name",
     QT_TRANSLATE_NOOP("ErrorText", "the category needs a name")),
    (r"(?P<code>\S+) is not an income, expense or third-party account",
     QT_TRANSLATE_NOOP("ErrorText",
                       "{code} is not an income, expense or third-party account")),
    (r"no category (?P<id>\S+)", QT_TRANSLATE_NOOP("ErrorText", "there is no category {id}")),
    (r"a cheque needs its number", QT_TRANSLATE_NOOP("ErrorText", "a cheque needs its number")),
    (r"a positive amount in minor units",
     QT_TRANSLATE_NOOP("ErrorText", "the amount must be more than zero")),
    (r"VAT cannot be negative", QT_TRANSLATE_NOOP("ErrorText", "VAT cannot be negative")),
    (r"the amount must be more than zero",
     QT_TRANSLATE_NOOP("ErrorText", "the amount must be more than zero")),
    (r"an amount in (?P<currency>\w+) needs a rate",
     QT_TRANSLATE_NOOP("ErrorText", "an amount in {currency} needs an exchange rate")),
    (r"say how much arrives in (?P<currency>\w+)",
     QT_TRANSLATE_NOOP("ErrorText", "say how much arrives in {currency}")),
    (r"the category is for the other direction",
     QT_TRANSLATE_NOOP("ErrorText", "the category is for the other direction")),
    (r"no movement (?P<id>\S+)", QT_TRANSLATE_NOOP("ErrorText", "there is no movement {id}")),
    (r"a reversal is not reversed again",
     QT_TRANSLATE_NOOP("ErrorText", "a reversal cannot itself be reversed")),
    # Vouchers (receipts, payment vouchers, discharge slips).
    (r"say who pays or receives the money",
     QT_TRANSLATE_NOOP("ErrorText", "say who pays or receives the money")),
    (r"say what the money is for", QT_TRANSLATE_NOOP("ErrorText", "say what the money is for")),
    (r"no voucher (?P<id>\S+)", QT_TRANSLATE_NOOP("ErrorText", "there is no voucher {id}")),
    (r"no receipt (?P<number>\S+)", QT_TRANSLATE_NOOP("ErrorText", "there is no receipt {number}")),
    (r"no payment_voucher (?P<number>\S+)",
     QT_TRANSLATE_NOOP("ErrorText", "there is no payment voucher {number}")),
    (r"no discharge_slip (?P<number>\S+)",
     QT_TRANSLATE_NOOP("ErrorText", "there is no discharge slip {number}")),
    (r"say why the voucher is void",
     QT_TRANSLATE_NOOP("ErrorText", "say why the voucher is void")),
    # Exports.
    (r"choose a \.xlsx or \.csv file",
     QT_TRANSLATE_NOOP("ErrorText", "choose a .xlsx or .csv file")),
    (r"choose a \.xlsx file", QT_TRANSLATE_NOOP("ErrorText", "choose a .xlsx file")),
    # The hash chain.
    (r"expected position (?P<position>\d+)",
     QT_TRANSLATE_NOOP("ErrorText", "expected at position {position}")),
    (r"lines missing or out of order",
     QT_TRANSLATE_NOOP("ErrorText", "lines are missing or out of order")),
    (r"debits and credits differ",
     QT_TRANSLATE_NOOP("ErrorText", "debits and credits differ")),
    (r"line dates differ from the entry date",
     QT_TRANSLATE_NOOP("ErrorText", "line dates differ from the entry date")),
    (r"content or order was altered",
     QT_TRANSLATE_NOOP("ErrorText", "its content or its place in the chain was altered")),
    (r"lines of unknown entry (?P<entry>\S+)",
     QT_TRANSLATE_NOOP("ErrorText", "there are lines of an unknown entry {entry}")),
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

# The locale amounts and dates are written in; the main window sets the ledger's.
_display_locale = "en_US"


def set_display_locale(locale: str) -> None:
    """Write amounts and dates in error texts the way ``locale`` does (company.locale)."""
    global _display_locale
    _display_locale = locale


def display_locale() -> str:
    return _display_locale


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _display(value: Any) -> str:
    """A detail value as the user reads it: money and dates in the ledger's locale."""
    try:
        if isinstance(value, Money):
            return format_money(value, _display_locale)
        if isinstance(value, dt.date):
            return format_date(value, _display_locale)
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            return format_date(dt.date.fromisoformat(value), _display_locale)
    except (ValueError, LookupError, ComptoirError):
        pass  # an unknown locale or a malformed date: show the raw value
    return str(value)


def translate_reason(reason: str) -> str:
    """An English reason from the app in the interface language (itself if unknown)."""
    for pattern, template in _REASONS:
        match = re.fullmatch(pattern, reason.strip())
        if match:
            return _tr(template).format(**match.groupdict())
    return reason


def _lock_holder_text(details: Mapping[str, Any]) -> str:
    """Who holds the lock, in words: read from the owner note beside the file."""
    holder = read_lock_holder(Path(str(details.get("path", ""))))
    if holder is None:
        fallback = str(details.get("holder", ""))
        if fallback == "this program":
            return QCoreApplication.translate("ErrorText", "you, in this Comptoir window")
        if fallback == "another program":
            return QCoreApplication.translate("ErrorText", "another program")
        return fallback
    if holder.pid == os.getpid():
        return QCoreApplication.translate("ErrorText", "you, in this Comptoir window")
    since = holder.since
    try:
        moment = dt.datetime.fromisoformat(holder.since)
        since = f"{format_date(moment.date(), _display_locale)} {moment:%H:%M}"
    except (ValueError, LookupError):
        pass
    text = QCoreApplication.translate("ErrorText",
                                      "{user} on {host} (process {pid}, since {since})")
    return text.format(
        user=holder.user, host=holder.host, pid=holder.pid, since=since)


def _values(error: ComptoirError) -> dict[str, str]:
    values = {name: _display(value) for name, value in error.details.items()}
    values.setdefault("message", str(error))
    if error.code == "storage.locked":
        values["holder"] = _lock_holder_text(error.details)
    if "reason" in values:
        values["reason"] = translate_reason(values["reason"])
    if "problem" in values:
        values["problem"] = translate_reason(values["problem"])
    if error.code in _FIELD_CODES:
        field = values.get("field", "")
        values["field"] = _tr(_FIELDS[field]) if field in _FIELDS else field
    return values


def error_text(error: ComptoirError) -> str:
    """The translated sentence for ``error``; ``str(error)`` for an unknown code."""
    template = _TEMPLATES.get(error.code)
    if template is None:
        return str(error)
    values = _values(error)
    if error.code == "ledger.invalid_line" and values.get("line") == "0":
        reason = values.get("reason", "")  # line 0 means the entry itself, not a line
        sentence = QCoreApplication.translate("ErrorText", "{reason}.")
        return sentence.format(reason=reason[:1].upper() + reason[1:])
    try:
        return _tr(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return str(error)  # details missing or a translation with a wrong placeholder


def exception_text(error: BaseException) -> str:
    """Any exception in words: coded errors get their sentence, others a plain notice."""
    if isinstance(error, ComptoirError):
        return error_text(error)
    text = QCoreApplication.translate("ErrorText", "Something went wrong: {error}")
    return text.format(error=str(error) or type(error).__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong, in their language, in a warning box."""
    title = QCoreApplication.translate("ErrorText", "Comptoir")
    QMessageBox.warning(parent, title, exception_text(error))
