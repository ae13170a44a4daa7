"""Coded domain errors.

Every error the books can raise carries a stable ``code`` and the ``details`` needed
to explain it. The UI turns the code into a translated sentence; the command line
prints ``str(error)``, an English sentence built from the same details.
"""

from __future__ import annotations

from typing import Any


class ComptoirError(Exception):
    """Base of every error the app reports to the user."""

    code: str = "error"
    template: str = "{message}"

    def __init__(self, message: str | None = None, **details: Any) -> None:
        self.details: dict[str, Any] = details
        if message is None:
            message = self.template.format(**details)
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self)


class InvalidAmount(ComptoirError):
    code = "money.invalid_amount"
    template = "Invalid amount: {value!r}"


class CurrencyMismatch(ComptoirError):
    code = "money.currency_mismatch"
    template = "Cannot combine amounts in {left} and {right}"


class UnknownCurrency(ComptoirError):
    code = "money.unknown_currency"
    template = "Unknown currency code: {currency!r}"


class UnbalancedEntry(ComptoirError):
    code = "ledger.unbalanced"
    template = (
        "The entry does not balance: debit {debit} ≠ credit {credit} (difference {difference})"
    )


class EmptyEntry(ComptoirError):
    code = "ledger.empty_entry"
    template = "An entry needs at least two lines with an amount"


class InvalidLine(ComptoirError):
    code = "ledger.invalid_line"
    template = "Line {line}: {reason}"


class UnknownAccount(ComptoirError):
    code = "ledger.unknown_account"
    template = "No account with code {account!r}"


class InactiveAccount(ComptoirError):
    code = "ledger.inactive_account"
    template = "Account {account} is deactivated and cannot be posted to"


class GroupAccount(ComptoirError):
    code = "ledger.group_account"
    template = "Account {account} has sub-accounts: post to one of them"


class DuplicateAccount(ComptoirError):
    code = "ledger.duplicate_account"
    template = "An account with code {account!r} already exists"


class InvalidAccountCode(ComptoirError):
    code = "ledger.invalid_account_code"
    template = "Account code {account!r} must be digits and start with a class digit 1 to 8"


class PeriodLocked(ComptoirError):
    code = "ledger.period_locked"
    template = "The books are locked up to {lock_date}: cannot post on {date}"


class AlreadyReversed(ComptoirError):
    code = "ledger.already_reversed"
    template = "Entry {number} has already been reversed by {by}"


class CannotReverseReversal(ComptoirError):
    code = "ledger.reverse_reversal"
    template = "Entry {number} is itself a reversal; post a new entry instead"


class EntryNotFound(ComptoirError):
    code = "ledger.entry_not_found"
    template = "No entry {entry!r}"


class ImmutableEntry(ComptoirError):
    code = "ledger.immutable"
    template = "Posted entries cannot be changed or deleted; reverse them instead"


class LedgerFileError(ComptoirError):
    code = "storage.error"


class LedgerLocked(LedgerFileError):
    code = "storage.locked"
    template = "{path} is already open by {holder}"


class NotALedger(LedgerFileError):
    code = "storage.not_a_ledger"
    template = "{path} is not a Comptoir ledger file"


class CorruptLedger(LedgerFileError):
    code = "storage.corrupt"
    template = "{path} is damaged: {problem}"


class LedgerExists(LedgerFileError):
    code = "storage.exists"
    template = "{path} already exists"


class LedgerNotFound(LedgerFileError):
    code = "storage.not_found"
    template = "{path} does not exist"


class NewerLedger(LedgerFileError):
    code = "storage.newer"
    template = "{path} was written by a newer Comptoir (schema {revision}); update the app"


class MigrationFailed(LedgerFileError):
    code = "storage.migration_failed"
    template = "Could not upgrade {path}: {problem}. The file is unchanged; a backup is at {backup}"


class BackupFailed(LedgerFileError):
    code = "storage.backup_failed"
    template = "Backup {path} failed its check: {problem}"


class ChainBroken(ComptoirError):
    code = "ledger.chain_broken"
    template = "Entry {number} (#{position}) does not match its hash: {problem}"


class AccountHasBalance(ComptoirError):
    code = "ledger.account_has_balance"
    template = "Account {account} still has a balance of {balance}: it cannot be deactivated"


class NoParentAccount(ComptoirError):
    code = "ledger.no_parent_account"
    template = "Account {account} has no parent in the chart (add its class first)"


class InvalidIban(ComptoirError):
    code = "treasury.invalid_iban"
    template = "IBAN {iban!r} is not valid: {reason}"


class InvalidBic(ComptoirError):
    code = "treasury.invalid_bic"
    template = "BIC {bic!r} is not valid: {reason}"


class InvalidNationalAccount(ComptoirError):
    code = "treasury.invalid_national_account"
    template = "Account number {number!r} is not valid: {reason}"


class TreasuryAccountNotFound(ComptoirError):
    code = "treasury.account_not_found"
    template = "No bank account or cash box {account!r}"


class InactiveTreasuryAccount(ComptoirError):
    code = "treasury.account_inactive"
    template = "{account} is closed: reopen it to record movements"


class InvalidMovement(ComptoirError):
    code = "treasury.invalid_movement"
    template = "{field}: {reason}"


class CashOverdrawn(ComptoirError):
    code = "treasury.cash_overdrawn"
    template = (
        "{account} would go below zero on {date}: the cash box holds {available}, "
        "the payment is {amount}"
    )


class SameAccountTransfer(ComptoirError):
    code = "treasury.same_account_transfer"
    template = "A transfer needs two different accounts"


class MovementAlreadyReversed(ComptoirError):
    code = "treasury.already_reversed"
    template = "This movement has already been reversed"


class VoucherError(ComptoirError):
    code = "vouchers.invalid"
    template = "{field}: {reason}"


class VoucherAlreadyVoid(ComptoirError):
    code = "vouchers.already_void"
    template = "Voucher {number} is already void"


class ReceivablesError(ComptoirError):
    code = "receivables.invalid"
    template = "{field}: {reason}"


class InvalidTaxId(ComptoirError):
    code = "receivables.invalid_tax_id"
    template = "{field}: {value!r} is not a valid {kind}"


class CustomerNotFound(ComptoirError):
    code = "receivables.customer_not_found"
    template = "No customer {customer!r}"


class DuplicateCustomerCode(ComptoirError):
    code = "receivables.duplicate_customer_code"
    template = "Another customer already has the code {customer_code!r}"


class InvoiceNotFound(ComptoirError):
    code = "receivables.invoice_not_found"
    template = "No invoice or credit note {invoice!r}"


class DuplicateInvoiceNumber(ComptoirError):
    code = "receivables.duplicate_number"
    template = "A {kind} numbered {number!r} is already recorded"


class OverAllocation(ComptoirError):
    code = "receivables.over_allocation"
    template = "{number}: {amount} is more than its open amount of {open_amount}"


class AllocationExceedsPayment(ComptoirError):
    code = "receivables.allocation_exceeds_payment"
    template = "The amounts allocated ({allocated}) are more than the payment ({amount})"


class NotEnoughCredit(ComptoirError):
    code = "receivables.not_enough_credit"
    template = "{customer} has {available} of unapplied credit, less than {amount}"


class CustomerAlreadyDoubtful(ComptoirError):
    code = "receivables.already_doubtful"
    template = "{customer} is already doubtful (since {date})"


class CollectionNotFound(ComptoirError):
    code = "receivables.collection_not_found"
    template = "No customer payment {collection!r}"


class CollectionAlreadyCancelled(ComptoirError):
    code = "receivables.collection_already_cancelled"
    template = "The payment {number} is already cancelled"


class ReceiptNotFound(ComptoirError):
    code = "receivables.receipt_not_found"
    template = "No receipt {receipt!r}"


class DunningError(ComptoirError):
    code = "dunning.invalid"
    template = "{field}: {reason}"


class DunningRunNotFound(ComptoirError):
    code = "dunning.run_not_found"
    template = "No dunning run {run!r}"


class InvoiceAlreadyDisputed(ComptoirError):
    code = "dunning.already_disputed"
    template = "Invoice {number} is already disputed (since {date})"


class InvoiceNotDisputed(ComptoirError):
    code = "dunning.not_disputed"
    template = "Invoice {number} is not disputed"


class UnknownPlaceholder(ComptoirError):
    code = "dunning.unknown_placeholder"
    template = "The {field} of the letter uses {{{placeholder}}}, which is not one of: {known}"


class NotDunnable(ComptoirError):
    code = "dunning.not_dunnable"
    template = "Invoice {number} cannot get a level {level} letter: {reason}"


class DunningRunOutOfOrder(ComptoirError):
    code = "dunning.run_out_of_order"
    template = "A dunning run as of {last} is already recorded: a new run cannot be as of {as_of}"


class ImportFileError(ComptoirError):
    code = "import.unreadable_file"
    template = "{path} cannot be imported: {problem}"


class ImportMappingError(ComptoirError):
    code = "import.invalid_mapping"
    template = "Import mapping, {field}: {reason}"


class ImportMappingNotFound(ComptoirError):
    code = "import.mapping_not_found"
    template = "No saved import mapping {name!r}"


class ImportRefused(ComptoirError):
    """The file has problems: the first one is named (``line``, ``column``,
    ``problem_code``), all of them are in ``problems``; nothing was imported."""

    code = "import.refused"
    template = ("{path}, line {line}, column {column!r}: {problem} "
                "({count} problem(s) in all; nothing was imported)")
