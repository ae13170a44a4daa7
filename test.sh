#!/usr/bin/env bash
# Install what is missing, then run every check: ruff, the import contracts, all tests.
# Arguments go to pytest, e.g. ./test.sh tests/app -k posting
set -euo pipefail
cd "$(dirname "$0")"
installer/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
echo "== ruff"
.venv/bin/ruff check app ui tests bench
echo "== import contracts"
.venv/bin/lint-imports
echo "== pytest"
.venv/bin/python -m pytest "$@"
