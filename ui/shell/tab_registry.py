"""The tabs of the main window, in order: a title (English source text, translated
when shown) and a factory building the tab for an open ledger.

Tabs are imported inside :func:`registered_tabs`, so a tab package that does not exist
yet (during development) is skipped instead of breaking startup; an error *inside* an
existing tab module is not hidden. A tab may offer ``refresh()``, which the window
calls after a restore or a settings change.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from app.storage.ledger_file import LedgerFile

CONTEXT = "TabRegistry"

TabFactory = Callable[[LedgerFile, QWidget], QWidget]


@dataclass(frozen=True)
class TabSpec:
    #: Stable identifier (tests and saved window state use it).
    key: str
    #: English source text; :attr:`title` is the translation.
    title_source: str
    factory: TabFactory

    @property
    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title_source)


@dataclass(frozen=True)
class _BuiltInTab:
    key: str
    title_source: str
    module: str
    class_name: str


#: The tabs Comptoir ships, in the order they appear.
BUILT_IN_TABS: tuple[_BuiltInTab, ...] = (
    _BuiltInTab("journal", QT_TRANSLATE_NOOP("TabRegistry", "Journal"),
                "ui.tabs.journal.tab", "JournalTab"),
    _BuiltInTab("accounts", QT_TRANSLATE_NOOP("TabRegistry", "Chart of accounts"),
                "ui.tabs.accounts.tab", "AccountsTab"),
    _BuiltInTab("treasury", QT_TRANSLATE_NOOP("TabRegistry", "Bank & cash"),
                "ui.tabs.treasury.tab", "TreasuryTab"),
    _BuiltInTab("vouchers", QT_TRANSLATE_NOOP("TabRegistry", "Other expenses & receipts"),
                "ui.tabs.vouchers.tab", "VouchersTab"),
    _BuiltInTab("dashboard", QT_TRANSLATE_NOOP("TabRegistry", "Treasury dashboard"),
                "ui.tabs.dashboard.tab", "DashboardTab"),
    _BuiltInTab("receivables", QT_TRANSLATE_NOOP("TabRegistry", "Collections"),
                "ui.tabs.receivables.tab", "CollectionsTab"),
)

# Tabs added at run time (plug-ins, tests), after the built-in ones.
_extra_tabs: list[TabSpec] = []


def register_tab(key: str, title_source: str, factory: TabFactory) -> None:
    """Add a tab after the built-in ones (replacing one with the same key)."""
    _extra_tabs[:] = [spec for spec in _extra_tabs if spec.key != key]
    _extra_tabs.append(TabSpec(key, title_source, factory))


def unregister_tab(key: str) -> None:
    _extra_tabs[:] = [spec for spec in _extra_tabs if spec.key != key]


def _is_missing(error: ModuleNotFoundError, module: str) -> bool:
    # Only the tab's own package being absent counts; a missing dependency inside an
    # existing tab is a real bug and must surface.
    return error.name is not None and module.startswith(error.name)


def _load(tab: _BuiltInTab) -> TabSpec | None:
    try:
        module = importlib.import_module(tab.module)
    except ModuleNotFoundError as error:
        if _is_missing(error, tab.module):
            return None
        raise
    factory: TabFactory = getattr(module, tab.class_name)
    return TabSpec(tab.key, tab.title_source, factory)


def registered_tabs() -> list[TabSpec]:
    """The tabs to show, built-in ones first; absent tab packages are left out."""
    specs = [spec for spec in (_load(tab) for tab in BUILT_IN_TABS) if spec is not None]
    return specs + list(_extra_tabs)
