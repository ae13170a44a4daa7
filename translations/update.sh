#!/usr/bin/env bash
# Refresh the Qt Linguist sources from every string in ui/ (run from anywhere).
# New strings arrive as type="unfinished": translate them in fr and ro, copy them in en.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find ui -name '*.py' | sort)
.venv/bin/pyside6-lupdate -no-obsolete -locations relative "${sources[@]}" \
    -ts translations/comptoir_fr.ts translations/comptoir_ro.ts translations/comptoir_en.ts
