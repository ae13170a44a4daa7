#!/usr/bin/env bash
# Shared set-up for ./run.sh and ./test.sh: system libraries Qt needs (Debian/Ubuntu,
# when run as root), a .venv with the Python packages, and compiled translations.
# Safe to run again: each step does only what is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

qt_libs=(libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3)
x11_libs=(xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
          libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0)

install_system_packages() {
    command -v dpkg >/dev/null 2>&1 || return 0
    local missing=()
    for package in "$@"; do
        dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "bootstrap: installing ${missing[*]}"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            "${missing[@]}" >/dev/null
    else
        echo "bootstrap: please install these system packages: ${missing[*]}" >&2
    fi
}

install_system_packages "${qt_libs[@]}"
if [ "${COMPTOIR_WITH_X11:-0}" = 1 ]; then
    install_system_packages "${x11_libs[@]}"
fi

python=${PYTHON:-python3}
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
    echo "bootstrap: Comptoir needs Python 3.11 or newer ($python is older)" >&2
    exit 1
}

# Reinstall only when pyproject.toml changed since the last install.
stamp=.venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)
if [ ! -x .venv/bin/python ]; then
    "$python" -m venv .venv
fi
if [ ! -f "$stamp" ]; then
    echo "bootstrap: installing Python packages into .venv (log: .venv/install.log)"
    if ! { .venv/bin/python -m pip install --upgrade pip &&
           .venv/bin/python -m pip install -e ".[dev]"; } > .venv/install.log 2>&1; then
        tail -n 30 .venv/install.log >&2
        echo "bootstrap: installing the Python packages failed (see .venv/install.log)" >&2
        exit 1
    fi
    rm -f .venv/.installed-*
    touch "$stamp"
fi

# Compile the Qt Linguist sources into the .qm files the app loads.
shopt -s nullglob
for source in translations/*.ts; do
    .venv/bin/pyside6-lrelease -silent "$source" -qm "${source%.ts}.qm"
done
