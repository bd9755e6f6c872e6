from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.plan_workspace import Workspace, make_workspace


@pytest.fixture
def ws(smm_home: Path) -> Iterator[Workspace]:
    workspace = make_workspace(smm_home)
    yield workspace
    workspace.store.dispose()
