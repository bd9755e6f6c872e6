#!/usr/bin/env bash
# The Bluesky reference PDS for the `pds` tests (tests/integration/live_pds/): Node 22 and
# @atproto/pds from the npm registry, pinned by lock files. Idempotent; about 2 minutes the first time.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash .ci/pds-setup.sh
