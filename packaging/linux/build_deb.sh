#!/bin/sh
# Build the Linux .deb and the plain .tar.gz from the PyInstaller bundle.
#
#   packaging/linux/build_deb.sh            # uses dist/smmdesk (build it first, see docs/packaging.md)
#   packaging/linux/build_deb.sh --build    # runs PyInstaller first
#
# Writes dist/smmdesk_<version>_<arch>.deb and dist/smmdesk-<version>-linux-<machine>.tar.gz.
# The .deb installs the bundle to /opt/smmdesk, links /usr/bin/smmdesk and /usr/bin/smmdesk-cli,
# and adds a menu entry (.desktop) and the hicolor icons. zstd compression: xz takes minutes.
set -eu

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
PYTHON=${PYTHON:-python3}
BUNDLE=${BUNDLE:-$ROOT/dist/smmdesk}
OUT=${OUT:-$ROOT/dist}
WORK=${WORK:-$ROOT/build/deb}

if [ "${1:-}" = "--build" ]; then
  (cd "$ROOT" && "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
      --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/smmdesk.spec)
fi

if [ ! -x "$BUNDLE/smmdesk" ] || [ ! -x "$BUNDLE/smmdesk-cli" ]; then
  echo "build_deb.sh: no bundle at $BUNDLE; build it with: pyinstaller packaging/smmdesk.spec" >&2
  exit 2
fi

VERSION=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$ROOT/pyproject.toml" | head -n 1)
ARCH=$(dpkg --print-architecture)
MACHINE=$(uname -m)
ICONS="$ROOT/smmdesk_gui/resources/icons"

rm -rf "$WORK"
STAGE="$WORK/root"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
         "$STAGE/usr/share/doc/smmdesk"

cp -a "$BUNDLE" "$STAGE/opt/smmdesk"
ln -s /opt/smmdesk/smmdesk "$STAGE/usr/bin/smmdesk"
ln -s /opt/smmdesk/smmdesk-cli "$STAGE/usr/bin/smmdesk-cli"
install -m 644 "$ROOT/packaging/linux/smmdesk.desktop" "$STAGE/usr/share/applications/smmdesk.desktop"
for png in "$ICONS"/png/smmdesk-*.png; do
  size=$(basename "$png" .png | sed 's/^smmdesk-//')
  install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/smmdesk.png"
done
install -D -m 644 "$ICONS/smmdesk.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/smmdesk.svg"
cat > "$STAGE/usr/share/doc/smmdesk/copyright" <<COPYRIGHT
SMM Desk $VERSION
The bundled third-party components and their licenses are listed in the app's About dialog
and in /opt/smmdesk/_internal/*.dist-info/.
COPYRIGHT

# Plain permissions whatever the umask of the build machine: dirs 755, files 644, programs 755.
find "$STAGE" -type d -exec chmod 755 {} +
find "$STAGE" -type f -exec chmod 644 {} +
find "$STAGE/opt/smmdesk" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 755 {} +
chmod 755 "$STAGE/opt/smmdesk/smmdesk" "$STAGE/opt/smmdesk/smmdesk-cli"

INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
# The bundled Python and libraries were linked on this machine: at least its glibc (and 2.34+
# for the PySide6 wheels). Build on the oldest system to support (CI: ubuntu-22.04, glibc 2.35).
GLIBC=$(ldd --version 2>/dev/null | head -n 1 | grep -o '[0-9][0-9]*\.[0-9][0-9]*$' || echo 2.34)
# Libraries the bundled Qt loads from the system (FACTS.md: xcb set for a real X screen, EGL/GL,
# fontconfig and a font for offscreen rendering).
DEPENDS="libc6 (>= $GLIBC), libegl1, libgl1, libxkbcommon0, libfontconfig1, libfreetype6, \
libdbus-1-3, libglib2.0-0, fonts-dejavu-core | fonts-liberation2 | fonts-noto-core, \
libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-randr0, \
libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libxkbcommon-x11-0, libx11-xcb1"

cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: smmdesk
Version: $VERSION
Architecture: $ARCH
Maintainer: SMM Desk <support@smmdesk.app>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: gnome-keyring | kwalletmanager | keepassxc
Section: utils
Priority: optional
Homepage: https://smmdesk.app
Description: plan, write, publish and measure your shop's social media
 SMM Desk is a desktop app for small-business owners who run their own social
 media: a content plan and calendar, one composer for every network, publishing
 with retries, and the numbers that matter. Local-first: your data stays in one
 folder on this computer; passwords live in the system keyring.
CONTROL
chmod 644 "$STAGE/DEBIAN/control"

mkdir -p "$OUT"
DEB="$OUT/smmdesk_${VERSION}_${ARCH}.deb"
dpkg-deb --build --root-owner-group -Zzstd "$STAGE" "$DEB" >/dev/null
echo "$DEB"

TGZ="$OUT/smmdesk-${VERSION}-linux-${MACHINE}.tar.gz"
tar -C "$(dirname "$BUNDLE")" --owner=0 --group=0 --numeric-owner \
    --transform "s,^$(basename "$BUNDLE"),smmdesk-$VERSION," -czf "$TGZ" "$(basename "$BUNDLE")"
echo "$TGZ"
