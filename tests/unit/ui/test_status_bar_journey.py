"""The status bar tells the truth and leads somewhere (issue 12, item 9), driven by clicks from
the main window: a post due by hand today counts as today's post, "needs you" goes away once it
is marked as posted, and a click on the status opens the Plan's list of what needs the owner."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui import crash
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.main_window import MainWindow
from tests.fakes.plan_workspace import populate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _window(ctx: Any, qtbot: QtBot) -> MainWindow:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def _just_now_today() -> dt.datetime:
    """40 s ago: due now, within the publisher's grace, today's (unless run at midnight)."""
    return dt.datetime.now(dt.UTC) - dt.timedelta(seconds=40)


def test_a_post_due_by_hand_is_todays_and_marking_it_clears_needs_you(
    ctx: Any, qtbot: QtBot
) -> None:
    ws = populate(ctx.store, ctx.paths)
    post_id = ws.post("Fresh rye at 7:30", ["instagram:bakery"], _just_now_today())
    shown_before = list(crash.shown_messages)
    window = _window(ctx, qtbot)
    # The publisher's first run (1.5 s after start) makes the Instagram post "due": Instagram
    # has no API here, so the owner posts it and SMM Desk opens "ready to post".
    from smmdesk_gui.ui.publishing.ready_dialog import ReadyToPostDialog

    def ready() -> ReadyToPostDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReadyToPostDialog)]
        return found[0] if found and found[0].isVisible() else None

    qtbot.waitUntil(lambda: ready() is not None, timeout=5000)
    qtbot.waitUntil(lambda: "need" in window.queue_label.text(), timeout=2000)
    text = window.queue_label.text()
    assert "No posts scheduled today" not in text
    assert "1 post scheduled today" in text
    assert "1 needs you" in text

    dialog = ready()
    assert dialog is not None
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "need" not in window.queue_label.text(), timeout=2000)
    assert "1 post scheduled today" in window.queue_label.text()
    assert ws.targets(post_id)[0].state == "published"
    assert crash.shown_messages == shown_before


def test_a_click_on_the_status_opens_the_posts_that_need_the_owner(ctx: Any, qtbot: QtBot) -> None:
    ws = populate(ctx.store, ctx.paths)
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    failed = ws.post("Croissant day", ["x:bakery"], earlier, state="failed")
    ws.post("Sourdough class", ["telegram:bakery_news"], earlier + dt.timedelta(days=9))
    shown_before = list(crash.shown_messages)
    window = _window(ctx, qtbot)
    window.navigate("dashboard")
    assert "1 failed" in window.queue_label.text()

    qtbot.mouseClick(window.queue_label, Qt.MouseButton.LeftButton)
    assert window.current == "plan"
    page = window.screens["plan"]
    assert isinstance(page, PlanPage)
    assert page.stack.currentWidget() is page.agenda_view
    assert page.filters.state.currentText() == "Needs you"
    rows = [page.agenda_model.entry(r).post_id for r in range(page.agenda_model.rowCount())]
    assert rows == [failed]
    # Just one post needs the owner: its "what went wrong" window opens as well.
    from smmdesk_gui.ui.publishing.problem_dialog import PostProblemDialog

    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PostProblemDialog) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )
    )
    assert crash.shown_messages == shown_before


def test_without_anything_waiting_a_click_shows_today(ctx: Any, qtbot: QtBot) -> None:
    populate(ctx.store, ctx.paths)
    window = _window(ctx, qtbot)
    window.navigate("media")
    assert "No posts scheduled today" in window.queue_label.text()
    window.queue_label.setFocus()
    qtbot.keyClick(window.queue_label, Qt.Key.Key_Return)
    assert window.current == "plan"
    page = window.screens["plan"]
    assert isinstance(page, PlanPage)
    assert page.today_index_visible() or page.view_mode != "month"
