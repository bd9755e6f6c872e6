"""The app's start (issue 12, item 15): the first screen shows its data before the status bar's
queries, the publisher and the stats refresher start; nothing is lost meanwhile.

Driven like the app does it (``MainWindow.attach(ctx, defer_services=True)``) and by clicks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from smmdesk_gui.demo.workspace import build_demo
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.main_window import MainWindow, _NextPaint


def _window(ctx: Any, qtbot: QtBot, screen: str | None = None) -> MainWindow:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    if screen is not None:
        settings.setValue("window/screen", screen)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_plan_shows_its_posts_first_then_status_and_services_start(
    ctx: Any, qtbot: QtBot
) -> None:
    build_demo(ctx.store, ctx.paths)
    window = _window(ctx, qtbot)
    window.attach(ctx, defer_services=True)
    page = window.screens["plan"]
    assert isinstance(page, PlanPage)
    assert window.stack.currentWidget() is page and page.isVisible()
    assert page.month_model.all_entries()  # the demo's posts are in the grid
    # not yet: they wait for the Plan's paint
    assert window.publisher is None and ctx.stats_refresher is None
    assert window.queue_label.text() == "Opening…"
    qtbot.waitUntil(lambda: window.publisher is not None)
    assert ctx.stats_refresher is window.stats_refresher is not None
    assert ctx.navigator.publisher_wired()
    qtbot.waitUntil(lambda: window.queue_label.text() != "Opening…")
    assert "scheduled" in window.queue_label.text() or "No posts" in window.queue_label.text()
    # paging months later: the start-up watch is gone (it fired once)
    qtbot.mouseClick(page.nav.next_button, Qt.MouseButton.LeftButton)
    assert page.findChildren(_NextPaint) == []
    qtbot.mouseClick(window.rail.buttons["dashboard"], Qt.MouseButton.LeftButton)
    assert window.screens["dashboard"].live.refresher is window.stats_refresher  # type: ignore[attr-defined]


def test_a_click_on_another_screen_before_the_services_started_finds_them(
    ctx: Any, qtbot: QtBot
) -> None:
    window = _window(ctx, qtbot)
    window.attach(ctx, defer_services=True)
    assert window.publisher is None
    qtbot.mouseClick(window.rail.buttons["dashboard"], Qt.MouseButton.LeftButton)
    assert window.current == "dashboard"
    assert window.stats_refresher is not None and window.publisher is not None
    assert window.screens["dashboard"].live.refresher is window.stats_refresher  # type: ignore[attr-defined]
    qtbot.wait(50)  # the deferred start finds them started: still one of each
    assert ctx.stats_refresher is window.stats_refresher


def test_a_remembered_dashboard_gets_the_refresher_before_it_is_built(
    ctx: Any, qtbot: QtBot
) -> None:
    window = _window(ctx, qtbot, screen="dashboard")
    window.attach(ctx, defer_services=True)
    assert window.screens["dashboard"].live.refresher is window.stats_refresher  # type: ignore[attr-defined]
    assert window.stats_refresher is not None


def test_publish_now_before_the_services_started_starts_the_publisher(
    ctx: Any, qtbot: QtBot
) -> None:
    window = _window(ctx, qtbot)
    window.attach(ctx, defer_services=True)
    assert window.publisher is None
    assert ctx.navigator.publish_now()
    assert window.publisher is not None


def test_closing_before_the_services_started_is_quiet(ctx: Any, qtbot: QtBot) -> None:
    window = _window(ctx, qtbot)
    window.attach(ctx, defer_services=True)
    window.close()
    qtbot.wait(50)
