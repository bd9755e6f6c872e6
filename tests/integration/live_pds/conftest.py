"""The Bluesky reference PDS (tests/pds/), started once per test session.

Install it with ``.ci/pds-setup.sh``. Without it the ``pds`` tests are skipped, unless
``SMMDESK_REQUIRE_PDS=1`` (CI after the setup script), where a missing PDS fails them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.pds.server import PdsServer, installed


@pytest.fixture(scope="session")
def pds_server() -> Iterator[PdsServer]:
    if not installed():
        if os.environ.get("SMMDESK_REQUIRE_PDS") == "1":
            pytest.fail("the test PDS is not installed: run .ci/pds-setup.sh")
        pytest.skip("the test PDS is not installed (run .ci/pds-setup.sh)")
    server = PdsServer.start()
    yield server
    server.stop()
