"""The command line: ``comptoir <command> ...`` (also ``python -m app``).

Each command is registered once in ``COMMANDS`` with its arguments and its handler;
a later issue adds a command by registering one more. A domain error prints
``error: <message>`` on stderr and exits with 2; ``verify`` exits with 1 when the
file is not sound.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from app.demo import create_demo_ledger
from app.documents.reports import save_aged_balance_pdf
from app.documents.vouchers import save_voucher_pdf
from app.errors import ComptoirError
from app.exports.aged_balance import SUFFIXES as AGED_BALANCE_SUFFIXES
from app.exports.aged_balance import export_aged_balance
from app.exports.register import export_register
from app.i18n import format_money
from app.ledger.company import get_company
from app.ledger.integrity import (
    backup_ledger,
    backup_now,
    open_ledger,
    restore_ledger,
    summarize_ledger,
    verify_ledger,
)
from app.money import Money
from app.receivables.ageing import AGE_BASES, aged_balance, parse_boundaries
from app.storage.ledger_file import open_ledger_file
from app.treasury.accounts import find_treasury_account
from app.treasury.register import RegisterFilter
from app.treasury.vouchers import KINDS as VOUCHER_KINDS
from app.treasury.vouchers import find_voucher

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_ERROR = 2


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS: dict[str, Command] = {}


def command(name: str, help: str, add_arguments: Callable[[argparse.ArgumentParser], None]
            ) -> Callable[[Callable[[argparse.Namespace], int]],
                          Callable[[argparse.Namespace], int]]:
    """Register the decorated handler as ``comptoir <name>``."""
    def register(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        if name in COMMANDS:
            raise ValueError(f"command {name!r} is registered twice")
        COMMANDS[name] = Command(name, help, add_arguments, run)
        return run
    return register


def _ledger_path(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the ledger file (.comptoir)")


# --- demo ------------------------------------------------------------------------------

def _demo_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the ledger file to create")
    parser.add_argument("--entries", type=int, default=3000,
                        help="number of entries to post (default 3000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")


@command("demo", "create a demo company ledger", _demo_arguments)
def run_demo(args: argparse.Namespace) -> int:
    if args.entries < 0:
        raise ComptoirError("--entries must be zero or more")
    started = time.perf_counter()
    posted = create_demo_ledger(args.path, entries=args.entries, seed=args.seed)
    elapsed = time.perf_counter() - started
    rate = f", {posted / elapsed:,.0f} entries/s" if posted and elapsed > 0 else ""
    print(f"created {args.path}: {posted} entries in {elapsed:.1f} s{rate}")
    return EXIT_OK


# --- info ------------------------------------------------------------------------------

@command("info", "print a ledger's company and size as JSON", _ledger_path)
def run_info(args: argparse.Namespace) -> int:
    print(json.dumps(asdict(summarize_ledger(args.path)), ensure_ascii=False, indent=2))
    return EXIT_OK


# --- verify ----------------------------------------------------------------------------

@command("verify", "check a ledger or a backup (integrity and hash chain)", _ledger_path)
def run_verify(args: argparse.Namespace) -> int:
    report = verify_ledger(args.path)
    if report.ok:
        print(f"ok: {report.entries} entries, last hash {report.last_hash}")
        return EXIT_OK
    print(f"FAILED after {report.entries} sound entries: {report.problem}")
    return EXIT_PROBLEM


# --- backup and restore ------------------------------------------------------------------

def _backup_arguments(parser: argparse.ArgumentParser) -> None:
    _ledger_path(parser)
    parser.add_argument("--to", type=Path, dest="dest",
                        help="a file or folder (default: the ledger's backup folder)")


@command("backup", "write a verified backup of a ledger", _backup_arguments)
def run_backup(args: argparse.Namespace) -> int:
    ledger = open_ledger(args.path)
    try:
        written = backup_ledger(ledger, args.dest) if args.dest else backup_now(ledger)
    finally:
        ledger.close()
    print(f"backed up to {written}")
    return EXIT_OK


def _restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("backup", type=Path, help="the backup file to restore")
    parser.add_argument("path", type=Path, help="the ledger file to replace")


@command("restore", "replace a ledger by a verified backup", _restore_arguments)
def run_restore(args: argparse.Namespace) -> int:
    safety = restore_ledger(args.backup, args.path)
    print(f"restored {args.path} from {args.backup}")
    if safety is not None:
        print(f"the previous file is kept as {safety}")
    return EXIT_OK


# --- export-register ---------------------------------------------------------------------

def _export_register_arguments(parser: argparse.ArgumentParser) -> None:
    _ledger_path(parser)
    parser.add_argument("--account", required=True,
                        help="the bank account or cash box: ledger code (5121), journal or name")
    parser.add_argument("--from", dest="date_from", type=_date, help="first day (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", type=_date, help="last day (YYYY-MM-DD)")
    parser.add_argument("--search", help="only lines whose label or reference contains this")
    parser.add_argument("--out", type=Path, required=True, help="FILE.xlsx or FILE.csv")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


@command("export-register", "export a bank or cash register to Excel or CSV",
         _export_register_arguments)
def run_export_register(args: argparse.Namespace) -> int:
    ledger = open_ledger_file(args.path)
    try:
        with ledger.read() as session:
            company = get_company(session)
            account = find_treasury_account(session, args.account)
            written = export_register(
                session, RegisterFilter(account.id, args.date_from, args.date_to, args.search),
                args.out, locale=company.locale, language=company.language)
    finally:
        ledger.close()
    print(f"exported {written} lines of {account.name} to {args.out}")
    return EXIT_OK


# --- print-document ----------------------------------------------------------------------

def _print_document_arguments(parser: argparse.ArgumentParser) -> None:
    _ledger_path(parser)
    parser.add_argument("--kind", required=True, choices=VOUCHER_KINDS,
                        help="the document kind")
    parser.add_argument("--number", required=True,
                        help="the full number (PV-2026-000012) or this year's counter (12)")
    parser.add_argument("--out", type=Path, required=True, help="FILE.pdf")


@command("print-document", "print a voucher to PDF (logged: a reprint is a duplicate)",
         _print_document_arguments)
def run_print_document(args: argparse.Namespace) -> int:
    ledger = open_ledger(args.path)
    try:
        with ledger.unit_of_work() as session:
            voucher = find_voucher(session, kind=args.kind, number=args.number)
            printed = save_voucher_pdf(session, voucher.id, args.out)
    finally:
        ledger.close()
    copy = "original" if printed.copy_no == 0 else f"duplicate #{printed.copy_no}"
    print(f"printed {printed.voucher.number} ({copy}, {printed.page_format}) to {args.out}")
    return EXIT_OK


# --- aged-balance ------------------------------------------------------------------------

def _aged_balance_arguments(parser: argparse.ArgumentParser) -> None:
    _ledger_path(parser)
    parser.add_argument("--as-of", dest="as_of", type=_date, required=True,
                        help="the day the balance is taken (YYYY-MM-DD)")
    parser.add_argument("--by", choices=AGE_BASES, default="due",
                        help="age by due date (default) or by invoice date")
    parser.add_argument("--buckets", type=_boundaries,
                        help="bucket boundaries in days, e.g. 0,30,60,90 (the default by "
                             "due date; 30,60,90 by invoice date)")
    parser.add_argument("--detail", action="store_true",
                        help="add a sheet with every open invoice (.xlsx)")
    parser.add_argument("--out", type=Path, required=True, help="FILE.xlsx, .pdf or .csv")


def _boundaries(text: str) -> tuple[int, ...]:
    try:
        return parse_boundaries(text)
    except ComptoirError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


@command("aged-balance", "write the aged balance of customers as of a date",
         _aged_balance_arguments)
def run_aged_balance(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (*AGED_BALANCE_SUFFIXES, ".pdf"):
        raise ComptoirError(f"--out: choose a .xlsx, .pdf or .csv file, not {args.out.name}")
    ledger = open_ledger_file(args.path)
    try:
        with ledger.read() as session:
            company = get_company(session)
            aged = aged_balance(session, as_of=args.as_of, by=args.by, buckets=args.buckets,
                                detail=args.detail and suffix == ".xlsx")
    finally:
        ledger.close()
    if suffix == ".pdf":
        save_aged_balance_pdf(aged, args.out, company=company, locale=company.locale,
                              language=company.language)
    else:
        export_aged_balance(aged, args.out, locale=company.locale, language=company.language,
                            company_name=company.name)
    balance = format_money(Money(aged.totals.balance, aged.currency), company.locale)
    print(f"wrote the aged balance as of {args.as_of.isoformat()} ({len(aged.rows)} "
          f"customers, {balance}) to {args.out}")
    return EXIT_OK


# --- entry point -------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="comptoir",
                                     description="Comptoir bookkeeping, command line")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for registered in COMMANDS.values():
        sub = subparsers.add_parser(registered.name, help=registered.help,
                                    description=registered.help)
        registered.add_arguments(sub)
        sub.set_defaults(run=registered.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # --help, or a usage error already printed
        return exit_.code if isinstance(exit_.code, int) else EXIT_ERROR
    try:
        return int(args.run(args))
    except ComptoirError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
