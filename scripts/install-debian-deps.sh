#!/usr/bin/env bash
# Installs the Debian packages SMM Desk needs to RUN on a fresh Debian 12 (or Ubuntu) machine:
# Python's venv, Qt's system libraries (X11 and offscreen) and a font. Nothing for the tests:
# scripts/test.sh installs those itself. Idempotent; uses sudo when not root; does nothing when
# everything is present.
set -euo pipefail
source "$(dirname "$0")/lib/apt.sh"

RUNTIME=(
  python3 python3-venv ca-certificates
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
)
apt_ensure "that SMM Desk needs to run" "${RUNTIME[@]}"
echo "SMM Desk: system packages ready"
