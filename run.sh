#!/usr/bin/env bash
# Install what is missing, then start Comptoir on the demo ledger.
# Arguments go to the app, e.g. ./run.sh --smoke, ./run.sh --lang ro, ./run.sh FILE.comptoir
set -euo pipefail
cd "$(dirname "$0")"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = Linux ]; then
    export COMPTOIR_WITH_X11=1
fi
installer/bootstrap.sh
exec .venv/bin/python -m ui "$@"
