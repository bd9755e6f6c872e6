#!/usr/bin/env bash
# Extracts the UI's strings into the .ts sources (pyside6-lupdate) and compiles the .qm files
# the app loads (pyside6-lrelease). Translators edit the .ts files (Qt Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
DIR=smmdesk_gui/resources/translations
mapfile -t sources < <(find smmdesk_gui/ui smmdesk_gui/app.py -name '*.py' | sort)
for lang in ru fa ar nl fil; do
  "$BIN/pyside6-lupdate" -silent "${sources[@]}" -ts "$DIR/smmdesk_$lang.ts"
  "$BIN/pyside6-lrelease" -silent "$DIR/smmdesk_$lang.ts" -qm "$DIR/smmdesk_$lang.qm"
done
