"""The main window: one open ledger (or a welcome page), its tabs, the File and Help
menus, and the ledger-wide actions (new, open, backup, restore, verify, settings)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from app import clock
from app.errors import ComptoirError, CorruptLedger
from app.i18n import format_number
from app.ledger import integrity
from app.ledger.company import CompanySettings, get_company
from app.storage.ledger_file import LEDGER_SUFFIX, LedgerFile
from ui.common.settings import GEOMETRY_KEY, LAST_FOLDER_KEY, app_settings, read_str, write_value
from ui.common.worker import Job, run_job
from ui.shell import language as ui_language
from ui.shell.about_dialog import show_about
from ui.shell.errors import set_display_locale, show_error
from ui.shell.recent_files import add_recent_file, recent_files
from ui.shell.tab_registry import TabSpec, registered_tabs
from ui.shell.welcome_page import WelcomePage

#: Characters of the chain's last hash shown in the status bar.
HASH_PREFIX_LENGTH = 12


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


class MainWindow(QMainWindow):
    def __init__(self, *, language_override: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language_override = language_override
        self.ledger: LedgerFile | None = None
        self.company: CompanySettings | None = None
        #: The job under way (backup, restore, verify), if any.
        self.current_job: Job | None = None
        self.tab_specs: list[TabSpec] = []

        self.welcome = self._make_welcome()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hash_label = QLabel()
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.hash_label)

        self._build_menus()
        self._show_state()
        self._restore_geometry()

    # --- menus ------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], Any],
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self) -> None:
        """(Re)build the menu bar in the current language."""
        self.menuBar().clear()
        self.action_new = self._action(self.tr("&New ledger…"), self.new_ledger,
                                       QKeySequence.StandardKey.New)
        self.action_open = self._action(self.tr("&Open…"), self.open_with_dialog,
                                        QKeySequence.StandardKey.Open)
        self.action_backup = self._action(self.tr("&Backup now…"), self.backup_now)
        self.action_restore = self._action(self.tr("&Restore…"), self.restore)
        self.action_verify = self._action(self.tr("&Verify"), self.verify)
        self.action_settings = self._action(self.tr("&Settings…"), self.show_settings)
        self.action_close = self._action(self.tr("&Close ledger"), self.close_ledger,
                                         QKeySequence.StandardKey.Close)
        self.action_quit = self._action(self.tr("&Quit"), self.close,
                                        QKeySequence.StandardKey.Quit)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_about = self._action(self.tr("&About Comptoir"), self.show_about)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addAction(self.action_new)
        self.file_menu.addAction(self.action_open)
        self.recent_menu = QMenu(self.tr("Open &recent"), self.file_menu)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.action_close)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_backup)
        self.file_menu.addAction(self.action_restore)
        self.file_menu.addAction(self.action_verify)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.action_about)
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent_files()
        for index, path in enumerate(paths, start=1):
            # "&1" gives each entry a keyboard accelerator.
            action = self.recent_menu.addAction(f"&{index}  {path.name}  —  {path.parent}")
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent ledgers"))
            empty.setEnabled(False)
        self.recent_menu.setEnabled(True)
        self.welcome.set_recent_files(paths)

    # --- state ------------------------------------------------------------------

    def _show_state(self) -> None:
        """Title, status bar, page and enabled actions for the current ledger."""
        has_ledger = self.ledger is not None
        for action in (self.action_backup, self.action_verify, self.action_settings,
                       self.action_close):
            action.setEnabled(has_ledger)
        self.stack.setCurrentWidget(self.tabs if has_ledger else self.welcome)
        if self.ledger is not None and self.company is not None:
            self.setWindowTitle(self.tr("%1 — %2 — Comptoir")
                                .replace("%1", self.company.name)
                                .replace("%2", self.ledger.path.name))
            self.path_label.setText(str(self.ledger.path))
        else:
            self.setWindowTitle(self.tr("Comptoir"))
            self.path_label.setText("")
            self.hash_label.setText("")
        self._fill_recent_menu()

    def locale_name(self) -> str:
        """The ledger's locale for amounts and dates (company.locale)."""
        return self.company.locale if self.company else QLocale().name()

    # --- tabs -------------------------------------------------------------------

    def _build_tabs(self) -> None:
        self._clear_tabs()
        if self.ledger is None:
            return
        for spec in registered_tabs():
            try:
                widget = spec.factory(self.ledger, self.tabs)
            except ComptoirError as error:
                show_error(self, error)  # one broken tab must not keep the ledger closed
                continue
            widget.setObjectName(f"tab_{spec.key}")
            # A tab title is plain text ("Bank & cash"): a lone & would be an accelerator.
            self.tabs.addTab(widget, spec.title.replace("&", "&&"))
            self.tab_specs.append(spec)

    def _clear_tabs(self) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self.tab_specs = []

    def tab_widgets(self) -> list[QWidget]:
        return [self.tabs.widget(index) for index in range(self.tabs.count())]

    def tab_titles(self) -> list[str]:
        return [self.tabs.tabText(index).replace("&&", "&")
                for index in range(self.tabs.count())]

    def refresh_tabs(self) -> None:
        """Ask every tab that can to re-read the ledger."""
        for widget in self.tab_widgets():
            refresh = getattr(widget, "refresh", None)
            if callable(refresh):
                refresh()

    # --- language ---------------------------------------------------------------

    def wanted_language(self) -> str:
        company = self.company.language if self.company else None
        return ui_language.resolve_language(self._language_override, company)

    def apply_language(self, language: str) -> None:
        """Switch the interface language and rebuild what shows text."""
        if language == ui_language.current_language():
            return
        ui_language.install_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        current = self.tabs.currentIndex()
        self._build_menus()
        self._rebuild_welcome()
        self._build_tabs()
        self.tabs.setCurrentIndex(max(current, 0))
        self._show_state()

    # --- opening and closing ----------------------------------------------------

    def open_path(self, path: Path | str) -> bool:
        """Open the ledger at ``path`` in this window (closing the current one)."""
        path = Path(path).expanduser().resolve()
        if self.ledger is not None and self.ledger.path == path:
            return True
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # A big ledger shows at once; its integrity check finishes in the background
            # (writes wait for it) and a damaged file is closed with a message.
            ledger = integrity.open_ledger(path, check_in_background=True)
            try:
                with ledger.read() as session:
                    company = get_company(session)
            except BaseException:
                ledger.close()
                raise
        except ComptoirError as error:
            QApplication.restoreOverrideCursor()
            show_error(self, error)
            return False
        QApplication.restoreOverrideCursor()
        self.close_ledger()
        self._adopt(ledger, company)
        return True

    def _adopt(self, ledger: LedgerFile, company: CompanySettings) -> None:
        self.ledger = ledger
        self.company = company
        self.hash_label.clear()  # verified facts belong to the previous ledger
        self.hash_label.setToolTip("")
        set_display_locale(company.locale)
        QLocale.setDefault(QLocale(company.locale))
        add_recent_file(ledger.path)
        write_value(LAST_FOLDER_KEY, str(ledger.path.parent))
        language = self.wanted_language()
        if language != ui_language.current_language():
            ui_language.install_language(language)
            self._build_menus()
            self._rebuild_welcome()
        self._build_tabs()
        self._show_state()
        self._watch_integrity_check(ledger)

    def _watch_integrity_check(self, ledger: LedgerFile) -> None:
        """Poll the check started at open; close the ledger if it found damage."""
        if ledger.check_pending():
            QTimer.singleShot(200, lambda: self._watch_integrity_check(ledger))
            return
        problems = ledger.check_problems()
        if problems and self.ledger is ledger:
            self.close_ledger()
            show_error(self, CorruptLedger(path=str(ledger.path), problem="; ".join(problems[:3])))

    def _make_welcome(self) -> WelcomePage:
        page = WelcomePage()
        page.newRequested.connect(self.new_ledger)
        page.openRequested.connect(self.open_with_dialog)
        page.recentRequested.connect(self.open_path)
        return page

    def _rebuild_welcome(self) -> None:
        """A fresh welcome page in the current language."""
        old = self.welcome
        self.welcome = self._make_welcome()
        self.stack.insertWidget(0, self.welcome)
        self.stack.removeWidget(old)
        old.deleteLater()

    def close_ledger(self) -> None:
        """Close the open ledger (an automatic backup may run) and show the welcome page."""
        if self.ledger is None:
            return
        self._clear_tabs()
        ledger, self.ledger, self.company = self.ledger, None, None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ledger.close()
        except ComptoirError as error:
            show_error(self, error)
        finally:
            QApplication.restoreOverrideCursor()
        self._show_state()

    def _start_folder(self) -> str:
        if self.ledger is not None:
            return str(self.ledger.path.parent)
        folder = read_str(LAST_FOLDER_KEY)
        return folder if folder and Path(folder).is_dir() else str(documents_folder())

    def _ledger_filter(self) -> str:
        return self.tr("Comptoir ledgers (*%1);;All files (*)").replace("%1", LEDGER_SUFFIX)

    def open_with_dialog(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open a ledger"), self._start_folder(), self._ledger_filter())
        return bool(path) and self.open_path(path)

    def new_ledger(self) -> bool:
        from ui.shell.new_ledger_wizard import NewLedgerWizard

        wizard = NewLedgerWizard(self, default_folder=documents_folder())
        if wizard.exec() != NewLedgerWizard.DialogCode.Accepted or wizard.created_path is None:
            return False
        return self.open_path(wizard.created_path)

    # --- backup, restore, verify -------------------------------------------------

    def _busy(self) -> bool:
        return self.current_job is not None and not self.current_job.is_finished

    def _job_finished(self) -> None:
        self.current_job = None

    def default_backup_path(self) -> Path:
        assert self.ledger is not None
        stamp = clock.now().astimezone().strftime("%Y%m%d-%H%M%S")
        return self.ledger.path.with_name(f"{self.ledger.path.stem}-{stamp}{LEDGER_SUFFIX}")

    def backup_now(self) -> Job | None:
        """Ask where, then write a verified backup of the open ledger off the GUI thread."""
        if self.ledger is None or self._busy():
            return None
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Back up the ledger"), str(self.default_backup_path()),
            self._ledger_filter())
        if not chosen:
            return None
        dest = Path(chosen)
        if dest.suffix != LEDGER_SUFFIX:
            dest = dest.with_name(dest.name + LEDGER_SUFFIX)
        ledger = self.ledger
        job = run_job(lambda _control: integrity.backup_ledger(ledger, dest),
                      on_done=self._backup_done, on_failed=self._job_failed,
                      parent=self, label=self.tr("Writing and checking the backup…"),
                      cancellable=False)
        job.on_finished.append(self._job_finished)
        self.current_job = job
        return job

    def _backup_done(self, written: Path) -> None:
        self.statusBar().showMessage(
            self.tr("Backup saved and verified: %1").replace("%1", str(written)), 10_000)
        QMessageBox.information(
            self, self.tr("Backup"),
            self.tr("The backup was saved and verified:\n%1").replace("%1", str(written)))

    def _job_failed(self, error: Exception) -> None:
        show_error(self, error)

    def verify(self) -> Job | None:
        """Check the open ledger (SQLite integrity and the hash chain) off the GUI thread."""
        if self.ledger is None or self._busy():
            return None
        path = self.ledger.path
        job = run_job(lambda _control: integrity.verify_ledger(path),
                      on_done=self._verify_done, on_failed=self._job_failed,
                      parent=self, label=self.tr("Checking the ledger…"), cancellable=False)
        job.on_finished.append(self._job_finished)
        self.current_job = job
        return job

    def _verify_done(self, report: integrity.IntegrityReport) -> None:
        entries = format_number(report.entries, self.locale_name())
        if report.ok:
            prefix = report.last_hash[:HASH_PREFIX_LENGTH]
            self.hash_label.setText(self.tr("Verified · %1 entries · last hash %2")
                                    .replace("%1", entries).replace("%2", prefix))
            self.hash_label.setToolTip(report.last_hash)
            QMessageBox.information(
                self, self.tr("Verify"),
                self.tr("The ledger is sound: %1 entries checked, the hash chain is "
                        "intact.\nLast hash: %2").replace("%1", entries)
                .replace("%2", report.last_hash))
        else:
            self.hash_label.setText(self.tr("Verification failed"))
            self.hash_label.setToolTip(report.problem or "")
            QMessageBox.warning(
                self, self.tr("Verify"),
                self.tr("The ledger failed its check after %1 sound entries:\n%2\n\n"
                        "Restore a recent backup (File ▸ Restore…).")
                .replace("%1", entries).replace("%2", report.problem or ""))

    def restore(self) -> Job | None:
        """Replace the open ledger (or a file chosen now) with a backup: pick the backup,
        confirm, close the ledger, restore off the GUI thread, reopen."""
        if self._busy():
            return None
        start = self._backup_start_folder()
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the backup to restore"), start, self._ledger_filter())
        if not chosen:
            return None
        backup = Path(chosen)
        target = self._restore_target()
        if target is None or not self._confirm_restore(backup, target):
            return None
        self.close_ledger()
        job = run_job(lambda _control: integrity.restore_ledger(backup, target),
                      on_done=lambda safety: self._restore_done(backup, target, safety),
                      on_failed=lambda error: self._restore_failed(error, target),
                      parent=self, label=self.tr("Checking and restoring the backup…"),
                      cancellable=False)
        job.on_finished.append(self._job_finished)
        self.current_job = job
        return job

    def _backup_start_folder(self) -> str:
        if self.ledger is None:
            return self._start_folder()
        from app.storage.backup import backup_folder

        folder = backup_folder(self.ledger.path)
        return str(folder if folder.is_dir() else self.ledger.path.parent)

    def _restore_target(self) -> Path | None:
        if self.ledger is not None:
            return self.ledger.path
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Restore as"), self._start_folder(), self._ledger_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix == LEDGER_SUFFIX else target.with_name(
            target.name + LEDGER_SUFFIX)

    def _confirm_restore(self, backup: Path, target: Path) -> bool:
        if not target.exists():
            return True
        answer = QMessageBox.question(
            self, self.tr("Restore"),
            self.tr("Replace %1 with the backup %2?\n\nThe current file is backed up "
                    "first, so this can be undone.").replace("%1", str(target))
            .replace("%2", str(backup)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _restore_done(self, backup: Path, target: Path, safety: Path | None) -> None:
        if not self.open_path(target):
            return
        message = self.tr("The ledger was restored from %1.").replace("%1", str(backup))
        if safety is not None:
            message += "\n" + self.tr("The file it replaced was saved as %1.").replace(
                "%1", str(safety))
        QMessageBox.information(self, self.tr("Restore"), message)

    def _restore_failed(self, error: Exception, target: Path) -> None:
        show_error(self, error)
        if target.exists():  # the target is untouched: reopen it
            self.open_path(target)

    # --- settings and about -----------------------------------------------------

    def show_settings(self) -> bool:
        if self.ledger is None or self.company is None:
            return False
        from ui.shell.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ledger, self)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted or dialog.saved is None:
            return False
        self.apply_settings(dialog.saved)
        return True

    def apply_settings(self, saved: CompanySettings) -> None:
        """Show the saved settings: title, formats, language; rebuild or refresh tabs."""
        previous = self.company
        self.company = saved
        set_display_locale(saved.locale)
        QLocale.setDefault(QLocale(saved.locale))
        language = self.wanted_language()
        if language != ui_language.current_language():
            ui_language.install_language(language)
            self.retranslate()
        elif previous is None or previous.locale != saved.locale:
            self._build_tabs()  # tabs format with the locale they were built with
        else:
            self.refresh_tabs()
        self._show_state()

    def show_about(self) -> None:
        show_about(self, self.ledger.path if self.ledger else None)

    # --- window -----------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = app_settings().value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy():
            event.ignore()  # a backup or restore must finish first
            return
        write_value(GEOMETRY_KEY, self.saveGeometry())
        self.close_ledger()
        event.accept()

