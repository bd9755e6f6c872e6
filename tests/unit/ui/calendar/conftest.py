"""Fixtures of the Plan screen tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fakes.plan_workspace import Workspace, populate


@pytest.fixture
def ws(ctx: Any) -> Workspace:
    """The planning workspace written into the app context's store (the screen sees it)."""
    return populate(ctx.store, ctx.paths)
