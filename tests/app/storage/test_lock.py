"""One process at a time: a second opener is told who holds the ledger."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.errors import LedgerLocked
from app.ledger.integrity import open_ledger
from app.storage.ledger_file import LedgerFile

ROOT = Path(__file__).resolve().parents[3]

HOLDER = """
import sys
from pathlib import Path
from app.ledger.integrity import open_ledger
ledger = open_ledger(Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.readline()  # hold the ledger until the parent says so
ledger.close()
print("closed", flush=True)
"""


def test_a_second_opener_in_the_same_process_is_refused(ledger: LedgerFile) -> None:
    with pytest.raises(LedgerLocked) as refused:
        open_ledger(ledger.path)
    message = str(refused.value)
    assert message.startswith(f"{ledger.path} is already open by {getpass.getuser()}")
    assert f"process {os.getpid()}" in message


def test_a_second_process_is_refused_with_the_holders_name(ledger: LedgerFile) -> None:
    path = ledger.path
    ledger.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(LedgerLocked) as refused:
            open_ledger(path)
        assert f"process {holder.pid}" in str(refused.value)
        assert getpass.getuser() in str(refused.value)

        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "closed"
        assert holder.wait(timeout=30) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
    open_ledger(path).close()  # free again


def test_a_killed_holder_leaves_no_lock_behind(ledger: LedgerFile) -> None:
    path = ledger.path
    ledger.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "open"
    holder.kill()  # no chance to clean up: the OS drops the lock with the process
    holder.wait()
    reopened = open_ledger(path)
    reopened.close()
