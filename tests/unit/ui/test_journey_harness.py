"""The journey helpers themselves (tests/fakes/journeys.py): each finds what a person sees and
fails loudly when it is not there."""

from __future__ import annotations

from typing import Any

import pytest

from smmdesk_gui.ui import crash
from smmdesk_gui.ui.about import AboutDialog
from tests.fakes.journeys import (
    click,
    click_text,
    close_later,
    crash_log_empty,
    find_button,
    menu_pick,
    open_window,
)


def test_click_text_finds_only_visible_buttons(ctx: Any, qtbot: Any) -> None:
    window = open_window(ctx, qtbot, screen="accounts")
    page = window.screens["accounts"]
    assert find_button(page, "Connect an account").isVisible()
    with pytest.raises(AssertionError, match="no visible button 'Test connection'"):
        click_text(page, "Test connection")  # on the list, which is hidden while it is empty


def test_close_later_answers_a_blocking_dialog(ctx: Any, qtbot: Any) -> None:
    window = open_window(ctx, qtbot, screen="settings")
    seen = close_later(AboutDialog)
    click_text(window.screens["settings"], "About SMM Desk…")  # exec(): returns once closed
    assert [type(d) for d in seen] == [AboutDialog]


def test_menu_pick_says_what_the_menu_offers(ctx: Any, qtbot: Any) -> None:
    window = open_window(ctx, qtbot)
    page = window.screens["plan"]
    click_text(page, "Or start with an empty plan")
    setup = page.actions_bar.setup_button  # type: ignore[attr-defined]
    with pytest.raises(AssertionError, match="Posting times"):
        menu_pick(lambda: click(setup), "No such item")


def test_crash_log_empty_fails_on_what_the_owner_was_shown(ctx: Any, qtbot: Any) -> None:
    window = open_window(ctx, qtbot)
    crash_log_empty(window)
    crash.shown_messages.append("Something went wrong")
    try:
        with pytest.raises(AssertionError, match="Something went wrong"):
            crash_log_empty(window)
    finally:
        crash.shown_messages.clear()
