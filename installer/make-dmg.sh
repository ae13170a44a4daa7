#!/usr/bin/env bash
# macOS: wrap dist/Comptoir.app (from PyInstaller) into a compressed DMG.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
staging=$(mktemp -d)
cp -R dist/Comptoir.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname Comptoir -srcfolder "$staging" -ov -format UDZO "dist/Comptoir-$version.dmg"
rm -rf "$staging"
