#!/usr/bin/env bash
# Installs the Debian packages SMM Desk needs to run and test on a fresh Debian 12 machine:
# Qt's system libraries (offscreen and X11), fonts, Xvfb, a Secret Service for the keyring,
# Node.js/npm for the Bluesky reference server used by the tests. Idempotent; uses sudo when
# not root; does nothing when everything is present.
set -euo pipefail

PACKAGES=(
  python3 python3-venv python3-dev build-essential
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 xvfb xauth
  dbus dbus-x11 gnome-keyring libsecret-tools
  nodejs npm
  poppler-utils
  zstd
)

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-debian-deps: not a Debian/Ubuntu system; install the equivalents of: ${PACKAGES[*]}" >&2
  exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
# nodejs/npm may come from elsewhere (nvm, NodeSource): accept a working npm as present
if command -v npm >/dev/null 2>&1; then
  filtered=()
  for pkg in "${missing[@]}"; do
    [[ "$pkg" == nodejs || "$pkg" == npm ]] || filtered+=("$pkg")
  done
  missing=("${filtered[@]}")
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-debian-deps: all present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-debian-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
