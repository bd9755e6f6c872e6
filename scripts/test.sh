#!/usr/bin/env bash
# Sets up a virtual environment with the test tools and runs the whole test suite:
# lint, types, the unit tests (tests/unit), then the integration tests (tests/integration: child
# processes, the Bluesky reference PDS, the installers).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
bash scripts/install-test-deps.sh
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'
for setup in scripts/test-setup.d/*.sh; do
  [ -e "$setup" ] || continue
  echo "== $setup"
  bash "$setup"
done

export QT_QPA_PLATFORM=offscreen
# The setup above installed the Bluesky reference server: its tests must run, not skip.
export SMMDESK_REQUIRE_PDS=1
# The Windows app is built and run under Wine (tests/integration/packaging/test_windows_wine.py):
# where it cannot run, it fails rather than skips.
export SMMDESK_REQUIRE_WINE=1
echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
echo "== mypy"
.venv/bin/mypy
echo "== unit tests"
.venv/bin/python -m pytest -q tests/unit
echo "== integration tests (child processes, the PDS, the installers)"
.venv/bin/python -m pytest -q -raP -n 0 tests/integration
