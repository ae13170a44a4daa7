"""Guard for the PySide6 pin: emitting signals while another Python thread works must
not corrupt reference counts (PySide6 6.12.0 aborts with 'bool_dealloc')."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sqlite3, threading
    from PySide6.QtCore import QCoreApplication, QObject, Signal

    app = QCoreApplication([])

    class Emitter(QObject):
        changed = Signal(object)

    emitter, seen = Emitter(), []
    emitter.changed.connect(seen.append)
    stop = threading.Event()

    def busy_sqlite():  # a worker that releases the GIL, like an export or a backup
        connection = sqlite3.connect(":memory:")
        while not stop.is_set():
            connection.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1"
                               " FROM n WHERE i < 20000) SELECT sum(i) FROM n").fetchone()

    worker = threading.Thread(target=busy_sqlite)
    worker.start()
    for _ in range(200_000):
        emitter.changed.emit(None)
        emitter.changed.emit(True)
    QCoreApplication.processEvents()
    stop.set()
    worker.join()
    print(len(seen))
""")


def test_signals_can_be_emitted_while_a_worker_thread_runs() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "400000"
