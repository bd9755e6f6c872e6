#!/usr/bin/env bash
# The Debian packages the TESTS need on top of install-debian-deps.sh: a virtual screen (Xvfb),
# a Secret Service for the keyring tests (gnome-keyring under dbus-run-session), Node.js and npm
# for the Bluesky reference server, a C toolchain for its native module, pdftoppm for the report
# pages. Called by scripts/test.sh. Idempotent; uses sudo when not root.
set -euo pipefail
source "$(dirname "$0")/lib/apt.sh"

TEST=(
  python3-dev build-essential
  xvfb xauth
  dbus dbus-x11 gnome-keyring libsecret-tools
  poppler-utils zstd
)
# Node.js/npm may come from elsewhere (nvm, NodeSource): a working npm counts as present.
if ! command -v npm >/dev/null 2>&1; then
  TEST+=(nodejs npm)
fi
apt_ensure "for the tests" "${TEST[@]}"
