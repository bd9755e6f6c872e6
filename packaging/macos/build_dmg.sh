#!/bin/sh
# Build "SMM Desk.app" and a drag-to-Applications .dmg on macOS.
#
#   packaging/macos/build_dmg.sh            # uses dist/SMM Desk.app (build it first)
#   packaging/macos/build_dmg.sh --build    # runs PyInstaller first
#
# Writes dist/SMMDesk-<version>-macos-<arch>.dmg.
#
# Signing and notarization (ready for a Developer ID certificate; skipped when unset):
#   SMMDESK_CODESIGN_IDENTITY="Developer ID Application: Your Shop (TEAMID1234)"
#       the spec signs every bundled binary with it (hardened runtime, entitlements.plist);
#       this script re-signs the .app as a whole and signs the .dmg.
#   SMMDESK_NOTARY_PROFILE=smmdesk-notary
#       a notarytool keychain profile, created once with
#       xcrun notarytool store-credentials smmdesk-notary --apple-id you@example.com \
#           --team-id TEAMID1234 --password <app-specific password>
#       the .dmg is submitted, waited for, and the ticket stapled to it.
set -eu

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/../.." && pwd)
PYTHON=${PYTHON:-python3}
APP="$ROOT/dist/SMM Desk.app"
HERE="$ROOT/packaging/macos"

if [ "${1:-}" = "--build" ]; then
  (cd "$ROOT" && "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
      --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/smmdesk.spec)
fi
if [ ! -x "$APP/Contents/MacOS/smmdesk" ]; then
  echo "build_dmg.sh: no app at $APP; build it with: pyinstaller packaging/smmdesk.spec" >&2
  exit 2
fi

VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
ARCH=$(uname -m)
DMG="$ROOT/dist/SMMDesk-$VERSION-macos-$ARCH.dmg"
IDENTITY=${SMMDESK_CODESIGN_IDENTITY:-}

if [ -n "$IDENTITY" ]; then
  codesign --force --options runtime --timestamp \
      --entitlements "$HERE/entitlements.plist" --sign "$IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

# The window Finder shows: the app and a link to /Applications to drag it onto.
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/SMM Desk.app"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
# hdiutil sometimes fails with "Resource busy" on CI machines: try a few times.
tries=0
until hdiutil create -volname "SMM Desk" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"; do
  tries=$((tries + 1))
  if [ "$tries" -ge 4 ]; then
    echo "build_dmg.sh: hdiutil create kept failing" >&2
    exit 1
  fi
  sleep 5
done

if [ -n "$IDENTITY" ]; then
  codesign --force --timestamp --sign "$IDENTITY" "$DMG"
  if [ -n "${SMMDESK_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$SMMDESK_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
  fi
fi
echo "$DMG"
