"""Kill a writing process at random moments, many times: the ledger must come through.

After every SIGKILL (while opening, mid-transaction, mid-checkpoint...) the next
writer must get the lock (the OS released it), and in the end the file verifies,
every entry has all its lines and balances, every entry a writer saw committed is
there, and entry numbers run 1..n in each journal and fiscal year.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import pytest

from app.demo import demo_settings
from app.ledger.company import create_company_ledger
from app.ledger.integrity import open_ledger, verify_ledger

WRITER = Path(__file__).resolve().with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = 80
SEED = 20261123

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks (POSIX only)"),
]


class Writers:
    """The zygote process and the messages of the writers it forks."""

    def __init__(self, ledger: Path, mode: str = "entries") -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), str(ledger), str(SEED), mode], cwd=ROOT, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env={**os.environ, "PYTHONPATH": str(ROOT)})
        self.messages: queue.Queue[list[str]] = queue.Queue()
        self.committed: set[str] = set()
        threading.Thread(target=self._read, daemon=True).start()
        self.expect("zygote")

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.messages.put(line.split())

    def expect(self, kind: str, timeout: float = 30) -> list[str]:
        """The next message of ``kind``; commits seen on the way are recorded."""
        deadline = time.monotonic() + timeout
        while True:
            message = self.messages.get(timeout=max(0.0, deadline - time.monotonic()))
            if message[0] == "committed":
                self.committed.add(message[2])
            elif message[0] == "error":
                raise AssertionError(f"a writer failed: {' '.join(message[2:])}")
            elif message[0] == kind:
                return message[1:]

    def spawn(self) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write("spawn\n")
        self.process.stdin.flush()
        return int(self.expect("pid")[0])

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=30)


def kill_at_a_random_moment(writers: Writers, rng: random.Random) -> None:
    pid = writers.spawn()
    if rng.random() < 0.2:
        time.sleep(rng.uniform(0, 0.05))  # while it imports nothing, opens, checks
    else:
        writers.expect("ready")
        time.sleep(rng.uniform(0, 0.1))  # while it posts
    os.kill(pid, signal.SIGKILL)
    exited_pid, status = writers.expect("exit")
    assert int(exited_pid) == pid
    assert os.WIFSIGNALED(int(status)) and os.WTERMSIG(int(status)) == signal.SIGKILL


def rows(ledger_path: Path, sql: str) -> list[tuple]:
    ledger = open_ledger(ledger_path)
    try:
        connection = ledger.raw_connection()
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()
    finally:
        ledger.close()


def test_a_ledger_survives_being_killed_while_writing(tmp_path: Path) -> None:
    path = tmp_path / "crash.comptoir"
    create_company_ledger(path, demo_settings()).close()
    rng = random.Random(SEED)
    started = time.monotonic()

    writers = Writers(path)
    try:
        for _ in range(KILLS):
            kill_at_a_random_moment(writers, rng)
    finally:
        writers.close()

    report = verify_ledger(path)  # the file opens despite the stale lock note
    assert report.ok, report.problem
    assert report.entries >= KILLS  # most kills landed while entries were being posted

    entries = rows(path, """
        SELECT e.number, e.journal_code, e.fiscal_year, e.reference, count(l.id),
               sum(l.base_debit), sum(l.base_credit)
        FROM journal_entry e LEFT JOIN journal_line l ON l.entry_id = e.id
        GROUP BY e.id""")
    assert len(entries) == report.entries
    numbers_by_sequence: dict[tuple[str, int], set[int]] = defaultdict(set)
    for number, journal, year, expected_lines, lines, debit, credit in entries:
        assert lines == int(expected_lines), f"{number} lost lines"
        assert debit == credit, f"{number} does not balance"
        numbers_by_sequence[journal, year].add(int(number.rsplit("-", 1)[1]))
    for (journal, year), numbers in numbers_by_sequence.items():
        assert numbers == set(range(1, len(numbers) + 1)), f"gap in {journal} {year}"
    sequences = dict(((journal, year), last) for journal, year, last in rows(
        path, "SELECT series, fiscal_year, last_number FROM number_sequence"
        " WHERE doc_type = 'entry'"))
    assert sequences == {key: len(numbers) for key, numbers in numbers_by_sequence.items()}
    assert len(numbers_by_sequence) == 8  # four journals over two fiscal years

    stored = {number for number, *_ in entries}
    assert writers.committed <= stored  # a commit the writer saw is never lost
    assert time.monotonic() - started < 60
