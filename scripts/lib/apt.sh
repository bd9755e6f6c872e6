# Shared by the install scripts: install the Debian packages of "$@" that are missing.
# Idempotent; uses sudo when not root; says what it installs and why, in one line.
# shellcheck shell=bash

apt_ensure() {
  local why="$1"
  shift
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "SMM Desk: not a Debian/Ubuntu system; install the equivalents of: $*" >&2
    return 0
  fi
  local missing=() pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "SMM Desk: installing ${#missing[@]} system packages $why: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}
