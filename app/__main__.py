"""``python -m app``: the command line (see :mod:`app.cli`)."""

from __future__ import annotations

from app.cli import main

raise SystemExit(main())
