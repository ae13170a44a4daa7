"""Running long work off the GUI thread: a QRunnable on the global QThreadPool, a
cancel flag the work checks, callbacks in the GUI thread, and an optional progress
dialog that can cancel.

The work is a plain function taking a :class:`JobControl`; it must not touch widgets.
A cancelled job raises :class:`JobCancelled` (via ``control.check_cancelled()``) and is
expected to leave nothing changed.

Why callbacks and a polling timer rather than Qt signals: with PySide6 6.12 on Python
3.11, calling ``Signal.emit()`` from Python (in any thread) or
``QCoreApplication.processEvents()`` while another Python thread is running corrupts
the reference counts of ``None``/``True``/``False`` and later aborts the interpreter.
So the pool thread only sets plain Python attributes, and a QTimer in the GUI thread
(its ``timeout`` is emitted by C++, which is safe) reads them and calls the callbacks.
Code running while a job is under way should not ``emit()`` its own signals either;
the window-modal progress dialog keeps the user from starting anything meanwhile.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

#: How often the GUI thread looks at a running job (milliseconds).
POLL_INTERVAL_MS = 25


class JobCancelled(Exception):
    """Raised inside a job when the user asked to stop it."""


class JobControl:
    """What a running job sees: the cancel flag, and a way to report progress."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._progress: tuple[int, int] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check_cancelled(self) -> None:
        """Stop the job here if the user cancelled it."""
        if self._cancel.is_set():
            raise JobCancelled()

    def report(self, done: int, total: int) -> None:
        """Progress as ``done`` out of ``total`` steps (safe from any thread)."""
        self._progress = (done, total)  # one reference assignment: atomic under the GIL

    def progress(self) -> tuple[int, int] | None:
        return self._progress


JobFunction = Callable[[JobControl], Any]


class _Outcome:
    """How the work ended, written once by the pool thread."""

    def __init__(self) -> None:
        self.ended = threading.Event()
        self.result: Any = None
        self.error: Exception | None = None
        self.cancelled = False


class _Runnable(QRunnable):
    def __init__(self, work: JobFunction, control: JobControl, outcome: _Outcome) -> None:
        super().__init__()
        # The Job keeps this object alive; Qt deleting a Python-owned runnable is unsafe.
        self.setAutoDelete(False)
        self._work = work
        self._control = control
        self._outcome = outcome

    def run(self) -> None:
        outcome = self._outcome
        try:
            outcome.result = self._work(self._control)
            outcome.cancelled = self._control.cancelled
        except JobCancelled:
            outcome.cancelled = True
        except Exception as error:  # handed to the GUI thread, which shows it
            outcome.error = error
        finally:
            outcome.ended.set()


# Running jobs, kept alive until their callbacks have run.
_running: set[Job] = set()


class Job:
    """A handle on one background job; create and use it in the GUI thread.

    Callback lists, called in the GUI thread: ``on_done(result)``,
    ``on_failed(exception)``, ``on_cancelled()``, ``on_progress(done, total)``, and
    after whichever of the first three applies, ``on_finished()``.
    """

    def __init__(self, work: JobFunction) -> None:
        self.control = JobControl()
        self.on_done: list[Callable[[Any], None]] = []
        self.on_failed: list[Callable[[Exception], None]] = []
        self.on_cancelled: list[Callable[[], None]] = []
        self.on_progress: list[Callable[[int, int], None]] = []
        self.on_finished: list[Callable[[], None]] = []
        self._outcome = _Outcome()
        self._runnable = _Runnable(work, self.control, self._outcome)
        self._last_progress: tuple[int, int] | None = None
        self._delivered = False
        self._timer = QTimer()
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self._poll)

    @property
    def is_finished(self) -> bool:
        """True once the work has ended and its callbacks have run."""
        return self._delivered

    def start(self, pool: QThreadPool | None = None) -> Job:
        _running.add(self)
        self._timer.start()
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        self.control.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the work ends, then run its callbacks (for tests and quitting)."""
        ended = self._outcome.ended.wait(timeout_ms / 1000)
        self._poll()
        return ended

    def _poll(self) -> None:
        progress = self.control.progress()
        if progress is not None and progress != self._last_progress:
            self._last_progress = progress
            for callback in list(self.on_progress):
                callback(*progress)
        if self._delivered or not self._outcome.ended.is_set():
            return
        self._delivered = True
        self._timer.stop()
        _running.discard(self)
        self._deliver()

    def _deliver(self) -> None:
        outcome = self._outcome
        try:
            if outcome.cancelled:
                for on_cancelled in list(self.on_cancelled):
                    on_cancelled()
            elif outcome.error is not None:
                for on_failed in list(self.on_failed):
                    on_failed(outcome.error)
            else:
                for on_done in list(self.on_done):
                    on_done(outcome.result)
        finally:
            for on_finished in list(self.on_finished):
                on_finished()


def run_job(
    work: JobFunction,
    *,
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[Exception], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    parent: QWidget | None = None,
    label: str | None = None,
    cancellable: bool = True,
) -> Job:
    """Start ``work`` in the thread pool; the callbacks run in the GUI thread.

    With a ``label``, a progress dialog (window-modal over ``parent``) is shown while the
    job runs: a busy indicator until the job reports progress; its Cancel button sets
    the job's cancel flag.
    """
    job = Job(work)
    if on_done is not None:
        job.on_done.append(on_done)
    if on_failed is not None:
        job.on_failed.append(on_failed)
    if on_cancelled is not None:
        job.on_cancelled.append(on_cancelled)
    if label is not None:
        _attach_progress_dialog(job, parent, label, cancellable)
    return job.start()


def _attach_progress_dialog(job: Job, parent: QWidget | None, label: str,
                            cancellable: bool) -> None:
    cancel_text = QCoreApplication.translate("Worker", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Worker", "Please wait"))
    # Window-modal: the window is blocked while the job runs, other windows keep going.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick jobs finish without a flash of dialog
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    def on_cancel_clicked() -> None:
        dialog.setLabelText(QCoreApplication.translate("Worker", "Cancelling…"))
        job.cancel()

    def close_dialog() -> None:
        dialog.canceled.disconnect(on_cancel_clicked)
        dialog.reset()
        dialog.deleteLater()

    job.on_progress.append(show_progress)
    job.on_finished.append(close_dialog)
    dialog.canceled.connect(on_cancel_clicked)
    dialog.setValue(0)
