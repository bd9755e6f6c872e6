#!/bin/sh
# System packages for the packaging tests (tests/integration/packaging/, marked slow): building
# the .deb, installing it, and running the installed app offscreen, under Xvfb and against a real
# Secret Service (gnome-keyring under dbus-run-session). Idempotent; runs as root on Debian 12.
set -eu

PACKAGES="
  dpkg-dev zstd binutils
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1
  xvfb xauth x11-utils imagemagick
  dbus gnome-keyring libsecret-tools desktop-file-utils
"

missing=""
for pkg in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $pkg"
  fi
done

if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $missing
fi

# PyInstaller goes into the project's venv through the `packaging` extra (pyproject.toml).
if [ -n "${SMMDESK_VENV:-}" ] && [ -x "$SMMDESK_VENV/bin/pip" ]; then
  "$SMMDESK_VENV/bin/pip" install -q 'pyinstaller>=6.10,<7'
fi
