"""Starting Comptoir: ``python -m ui [PATH] [--lang fr|ro|en] [--smoke]``.

Without a PATH the demo ledger in the user's data folder is opened (created on first
run). ``--smoke`` starts, opens the ledger, shows the window, lets Qt settle and exits
with 0, or 1 if the ledger could not be opened: ``./run.sh --smoke`` uses it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app import paths
from app.demo import create_demo_ledger
from ui.common.worker import run_job
from ui.shell import language as ui_language
from ui.shell.errors import show_error
from ui.shell.main_window import MainWindow

DEMO_FILE_NAME = "demo.comptoir"


def parse_args(argv: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """Comptoir's own options, and the rest (left to Qt, e.g. ``-platform``)."""
    parser = argparse.ArgumentParser(prog="comptoir", description="Comptoir bookkeeping")
    parser.add_argument("path", nargs="?", type=Path, help="ledger file to open")
    parser.add_argument("--lang", choices=ui_language.LANGUAGES,
                        help="interface language (default: your setting, else the company's)")
    parser.add_argument("--smoke", action="store_true",
                        help="open the ledger, show the window, and exit")
    return parser.parse_known_args(list(argv))


def application(qt_args: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication([sys.argv[0] if sys.argv else "comptoir", *qt_args])
    app.setOrganizationName("Comptoir")
    app.setApplicationName("Comptoir")
    app.setApplicationDisplayName("Comptoir")
    return app


def demo_path() -> Path:
    return paths.user_data_dir() / DEMO_FILE_NAME


def ensure_demo_ledger(path: Path) -> bool:
    """Create the demo ledger on first run, off the GUI thread with a progress dialog."""
    if path.exists():
        return True
    created: list[bool] = []
    loop = QEventLoop()
    job = run_job(lambda _control: create_demo_ledger(path),
                  on_done=lambda _result: created.append(True),
                  on_failed=lambda error: show_error(None, error),
                  label=QCoreApplication.translate("Main", "Creating the demo ledger…"),
                  cancellable=False)
    job.on_finished.append(loop.quit)
    if not job.is_finished:
        loop.exec()
    return bool(created)


def use_offscreen_without_display() -> None:
    """A smoke test on a machine with no screen (CI, ssh) draws offscreen instead of
    failing to find one; an explicit QT_QPA_PLATFORM is left alone."""
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: Sequence[str] | None = None) -> int:
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke:
        use_offscreen_without_display()
    app = application(qt_args)
    # A language before anything shows; the window moves to the company's language
    # once the ledger is open, unless --lang or the user's setting says otherwise.
    ui_language.install_language(ui_language.resolve_language(args.lang, None))

    path: Path = args.path if args.path is not None else demo_path()
    window = MainWindow(language_override=args.lang)
    opened = False
    if args.path is not None or ensure_demo_ledger(path):
        opened = window.open_path(path)
    window.show()
    if args.smoke:
        return smoke_exit(window, opened)
    return app.exec()


def smoke_exit(window: MainWindow, opened: bool) -> int:
    """Let the window lay out and paint, check it shows the ledger, close it (and the
    ledger) and report. A local event loop, not app.exec()/quit(): quit() would leave
    Qt refusing to start any later event loop in this process (tests run main twice)."""
    shown: list[bool] = []
    loop = QEventLoop()

    def check() -> None:
        shown.append(window.isVisible() and window.tabs.count() > 0)
        loop.quit()

    QTimer.singleShot(200, check)
    loop.exec()
    window.close()
    return 0 if opened and shown == [True] else 1
