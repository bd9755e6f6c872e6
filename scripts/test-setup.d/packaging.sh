#!/usr/bin/env bash
# Setup for the packaging test (tests/integration/packaging/test_deb.py, marked slow):
# PyInstaller in the venv (the `packaging` extra), and, as root, the Debian packages that build, install and run the .deb
# (Xvfb, gnome-keyring, ImageMagick's import, ...). Idempotent. Without root the test skips.
set -euo pipefail
cd "$(dirname "$0")/../.."
.venv/bin/python -m pip install --quiet -e '.[packaging]'
if [ "$(id -u)" = 0 ]; then
  sh .ci/packaging-setup.sh
else
  echo "packaging setup: not root, so the .deb install test will be skipped" >&2
fi
