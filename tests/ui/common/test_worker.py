"""Background jobs: results, failures and cancellation reach the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from ui.common.worker import Job, JobCancelled, JobControl, run_job


def _run_event_loop_until_finished(job: Job) -> None:
    # A QEventLoop, never QCoreApplication.processEvents() with a job running (see worker).
    loop = QEventLoop()
    job.on_finished.append(loop.quit)
    QTimer.singleShot(10_000, loop.quit)
    if not job.is_finished:
        loop.exec()


def test_the_result_arrives_in_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    gui_thread = threading.get_ident()
    seen: list[tuple[object, int]] = []
    job = run_job(lambda _control: 6 * 7,
                  on_done=lambda result: seen.append((result, threading.get_ident())))
    _run_event_loop_until_finished(job)
    assert seen == [(42, gui_thread)]
    assert job.is_finished


def test_a_failure_is_handed_over(qtbot) -> None:  # type: ignore[no-untyped-def]
    failures: list[Exception] = []
    done: list[object] = []

    def broken(_control: JobControl) -> None:
        raise ValueError("no luck")

    job = run_job(broken, on_done=done.append, on_failed=failures.append)
    assert job.wait()
    assert done == [] and [str(error) for error in failures] == ["no luck"]


def test_cancel_stops_the_job_at_its_next_check(qtbot) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    steps: list[int] = []
    outcome: list[str] = []

    def long_work(control: JobControl) -> str:
        started.set()
        for step in range(1000):
            control.check_cancelled()
            steps.append(step)
            threading.Event().wait(0.005)
        return "finished"

    job = run_job(long_work, on_done=outcome.append,
                  on_cancelled=lambda: outcome.append("cancelled"))
    started.wait(5)
    job.cancel()
    assert job.wait()
    assert outcome == ["cancelled"] and len(steps) < 1000


def test_progress_dialog_follows_and_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    reported = threading.Event()
    release = threading.Event()

    def work(control: JobControl) -> None:
        control.report(3, 10)
        reported.set()
        release.wait(5)

    job = run_job(work, parent=parent, label="Working…")
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and dialog.labelText() == "Working…"
    reported.wait(5)
    job._poll()  # what the timer does
    assert (dialog.value(), dialog.maximum()) == (3, 10)
    release.set()
    assert job.wait()
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog) is None, timeout=2000)


def test_cancel_button_sets_the_flag(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    job = run_job(lambda control: _wait_for_cancel(control), parent=parent, label="…")
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    cancel_button.click()
    assert job.control.cancelled
    assert dialog.labelText() == "Cancelling…"
    assert job.wait()


def _wait_for_cancel(control: JobControl) -> None:
    for _ in range(1000):
        if control.cancelled:
            raise JobCancelled()
        threading.Event().wait(0.005)
