"""Fixtures of the unit tests: the hand-made planning and statistics workspaces."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smmdesk_gui.store.db import Store
from tests.fakes.plan_workspace import Workspace, make_workspace
from tests.fakes.stats_workspace import populate_october


@pytest.fixture
def ws(smm_home: Path) -> Iterator[Workspace]:
    """A planning workspace in the test's SMMDESK_HOME (so the CLI sees the same data)."""
    workspace = make_workspace(smm_home)
    yield workspace
    workspace.store.dispose()


@pytest.fixture
def october(store: Store) -> dict[str, int]:
    """Two accounts, four published posts (three in October 2026), one draft, one ad."""
    return populate_october(store)
