"""Fixtures for the UI's tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def ui_calendar_reset() -> Iterator[None]:
    """The UI's calendar is process-wide (like the default locale): back to the language's
    default after each test, so a test that switches it does not change the next one."""
    yield
    from smmdesk_gui.ui.calendars import use_calendar

    use_calendar(None)


@pytest.fixture(params=["fa", "ar"])
def rtl_language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The UI in Persian, then in Arabic (right to left); English again afterwards."""
    from smmdesk_gui.ui.i18n import apply_language

    code = apply_language(qapp, request.param)
    try:
        yield code
    finally:
        apply_language(qapp, "en")
