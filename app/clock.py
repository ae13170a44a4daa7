"""An injectable clock, so tests and the demo generator can fix 'today'."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC)  # noqa: E731


def now() -> dt.datetime:
    """The current time, timezone-aware (UTC)."""
    return _now()


def today() -> dt.date:
    """Today's date in the machine's local time zone."""
    return _now().astimezone().date()


def set_clock(source: Callable[[], dt.datetime] | None) -> None:
    """Replace the clock (``None`` restores the real one)."""
    global _now
    _now = source if source is not None else (lambda: dt.datetime.now(dt.UTC))
