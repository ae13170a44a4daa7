"""The writer the crash test kills: ``python crash_writer.py LEDGER SEED [vouchers]``.

With ``vouchers`` each unit of work records a cash-desk voucher (a receipt or a payment
voucher on the ledger's first treasury account) instead of a plain journal entry, and
``committed`` carries the voucher's number.

It imports the app once, then forks one writer per ``spawn`` line read on stdin (a
fresh interpreter per round would spend most of the test importing). Each writer opens
the ledger as the app does and posts entries in a loop, one unit of work each, until
the test kills it with SIGKILL. Messages on stdout, one line each:

    zygote               ready to fork
    pid <pid>            a writer was started
    ready <pid>          its first entry is committed
    committed <pid> <n>  entry number <n> is committed (durable from here on)
    exit <pid> <status>  the writer is gone (waitpid status)

Each entry's reference is its line count, so the test can check no line went missing.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.ledger.integrity import open_ledger
from app.ledger.posting import LineInput, post_entry

JOURNALS = ("VT", "AC", "BQ", "OD")
DEBIT_ACCOUNTS = ("512", "531", "6064", "6061", "607")
FIRST_DAY = dt.date(2025, 1, 1)  # two fiscal years, so numbering restarts once


def say(*words: object) -> None:
    # One write per message: lines from the writers and the zygote never interleave.
    os.write(1, (" ".join(str(word) for word in words) + "\n").encode())


def random_lines(rng: random.Random) -> list[LineInput]:
    debits = [rng.randint(1, 500_000) for _ in range(rng.randint(1, 4))]
    lines = [LineInput(rng.choice(DEBIT_ACCOUNTS), debit=amount) for amount in debits]
    lines.append(LineInput("706", credit=sum(debits)))
    return lines


def write_until_killed(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    ledger = open_ledger(path)
    first = True
    while True:
        lines = random_lines(rng)
        with ledger.unit_of_work() as session:
            number = post_entry(
                session, journal=rng.choice(JOURNALS),
                date=FIRST_DAY + dt.timedelta(days=rng.randrange(730)),
                label=f"crash test, {len(lines)} lines", reference=str(len(lines)),
                lines=lines).number
        if first:
            say("ready", os.getpid())
            first = False
        say("committed", os.getpid(), number)


def write_vouchers_until_killed(path: Path, seed: int) -> None:
    from app.treasury.accounts import list_treasury_accounts
    from app.treasury.categories import list_categories
    from app.treasury.vouchers import VoucherInput, record_voucher

    rng = random.Random(seed)
    ledger = open_ledger(path)
    with ledger.read() as session:
        account = list_treasury_accounts(session)[0].id
        categories = {c.direction: c.id for c in list_categories(session)}
    first = True
    while True:
        kind = rng.choice(("receipt", "payment_voucher"))
        with ledger.unit_of_work() as session:
            number = record_voucher(session, VoucherInput(
                kind=kind, treasury_account_id=account,
                date=FIRST_DAY + dt.timedelta(days=rng.randrange(730)),
                person_name="Crash Test", purpose="crash test",
                category_id=categories["in" if kind == "receipt" else "out"],
                net=rng.randint(1, 50_000), payment_method="transfer")).number
        if first:
            say("ready", os.getpid())
            first = False
        say("committed", os.getpid(), number)


WRITERS = {"entries": write_until_killed, "vouchers": write_vouchers_until_killed}


def spawn(path: Path, seed: int, mode: str = "entries") -> None:
    pid = os.fork()
    if pid == 0:  # the writer: never returns into the zygote's loop
        code = 0
        try:
            WRITERS[mode](path, seed)
        except BaseException as exc:
            say("error", os.getpid(), repr(exc).replace("\n", " "))
            code = 1
        finally:
            os._exit(code)
    say("pid", pid)
    _, status = os.waitpid(pid, 0)
    say("exit", pid, status)


def main() -> None:
    path, seed = Path(sys.argv[1]), int(sys.argv[2])
    mode = sys.argv[3] if len(sys.argv) > 3 else "entries"
    say("zygote")
    for round_number, command in enumerate(sys.stdin):
        if command.strip() != "spawn":
            break
        spawn(path, seed * 100_000 + round_number, mode)


if __name__ == "__main__":
    main()
