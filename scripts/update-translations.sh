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
# English: only the plural messages ("%n post(s)" -> "1 post" / "2 posts"), filled from the source.
"$BIN/pyside6-lupdate" -silent -pluralonly "${sources[@]}" -ts "$DIR/smmdesk_en.ts"
"$BIN/python" scripts/english_plurals.py "$DIR/smmdesk_en.ts"
"$BIN/pyside6-lrelease" -silent "$DIR/smmdesk_en.ts" -qm "$DIR/smmdesk_en.qm"
