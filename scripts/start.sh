#!/usr/bin/env bash
# Sets up SMM Desk's own Python environment (first run only, about a minute) and starts the app.
# Arguments go to the app, e.g. `bash scripts/start.sh --demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
LOG=.venv/install.log

step() { printf 'SMM Desk: %s\n' "$*"; }
fail() {
  step "setting up failed: $1"
  if [ -f "$LOG" ]; then
    echo "--- the last lines of $LOG ---" >&2
    tail -n 20 "$LOG" >&2
  fi
  exit 1
}

if [ ! -x .venv/bin/python ]; then
  step "first start: creating its Python environment in .venv"
  "$PYTHON" -m venv .venv || fail "could not create .venv (is python3-venv installed? run scripts/install-debian-deps.sh)"
fi
if [ ! -f .venv/.installed ] || [ pyproject.toml -nt .venv/.installed ]; then
  : >"$LOG"
  # The build backend's notices (e.g. setuptools' editable-install note) are for developers:
  # they go to the log, not to the owner's terminal.
  export PYTHONWARNINGS=ignore PIP_DISABLE_PIP_VERSION_CHECK=1
  step "updating the installer (1 of 2)"
  .venv/bin/python -m pip install --upgrade pip >>"$LOG" 2>&1 || fail "pip could not be updated"
  step "installing SMM Desk and its libraries: Qt, Pillow, SQLAlchemy... (2 of 2, about a minute)"
  .venv/bin/python -m pip install -e . >>"$LOG" 2>&1 || fail "the libraries could not be installed (is the network reachable?)"
  touch .venv/.installed
  step "ready"
fi
step "starting"
exec .venv/bin/smmdesk "$@"
