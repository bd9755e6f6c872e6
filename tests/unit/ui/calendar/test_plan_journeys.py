"""The Plan screen as the owner uses it in the first hour (issue 12, items 7 and 8), driven only
through the widgets from the main window: drags with a real ``QDrag`` (month and week view, undo
with Ctrl+Z), "+N more", a double-click on a free day, each entry of a post's right-click menu,
and an idea dropped on a day that the composer's checks would refuse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from smmdesk_gui.store.models import Post
from smmdesk_gui.ui import crash
from smmdesk_gui.ui.calendar.models import (
    EntriesRole,
    PostIdRole,
    entries_mime,
    needs_photo,
    qdate,
)
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.calendar.post_menu import MoveToDateDialog
from smmdesk_gui.ui.calendar.views import DayGridView
from smmdesk_gui.ui.main_window import MainWindow
from tests.fakes.plan_workspace import Workspace, local

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton


def _day_ahead(days: int) -> dt.date:
    return dt.date.today() + dt.timedelta(days=days)


def _open_plan(ctx: Any, qtbot: QtBot, view: str = "month") -> tuple[MainWindow, PlanPage]:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    qtbot.mouseClick(window.rail.buttons["plan"], LEFT)
    page = window.screens["plan"]
    assert isinstance(page, PlanPage)
    qtbot.mouseClick(page.nav.view_buttons[view], LEFT)
    qtbot.mouseClick(page.nav.today_button, LEFT)
    return window, page


def _show_day(page: PlanPage, qtbot: QtBot, day: dt.date) -> None:
    """Click "next" until ``day`` is on screen."""
    for _ in range(3):
        first, last = page.visible_bounds()
        if first <= qdate(day) <= last:
            return
        qtbot.mouseClick(page.nav.next_button, LEFT)
    raise AssertionError(f"{day} never shown")


def _cell(view: DayGridView, day: dt.date, hour: int | None = None) -> Any:
    model = view.grid
    index = model.index_of(qdate(day)) if hour is None else model.index_of(qdate(day), hour)  # type: ignore[call-arg]
    assert index.isValid()
    view.scrollTo(index)
    return index


def _chip_pos(view: DayGridView, day: dt.date, n: int = 0, hour: int | None = None) -> QPoint:
    index = _cell(view, day, hour)
    option = view._option_for(index)
    entries = index.data(EntriesRole) or []
    fm = option.fontMetrics
    rects, _ = view.cell_delegate.chip_rects(option.rect, len(entries), fm)
    return rects[n].center()


def _drop(view: DayGridView, mime: QMimeData, end: QPoint, *, ctrl: bool = False) -> None:
    """Deliver a drag to ``end`` as Qt does while a ``QDrag`` runs: enter, move, drop events to
    the viewport (the offscreen platform has no drag manager, so ``QDrag.exec`` cannot run)."""
    vp = view.viewport()
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    pos = QPointF(end)
    enter = QDragEnterEvent(end, actions, mime, LEFT, mods)
    QApplication.sendEvent(vp, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(end, actions, mime, LEFT, mods)
    QApplication.sendEvent(vp, move)
    assert move.isAccepted()
    drop = QDropEvent(pos, actions, mime, LEFT, mods)
    drop.setDropAction(move.dropAction())
    QApplication.sendEvent(vp, drop)
    assert drop.isAccepted()


def _drag_post(
    qtbot: QtBot, view: DayGridView, start: QPoint, end: QPoint, *, ctrl: bool = False
) -> None:
    """Press on a post (it is selected), pull it past the drag distance, drop it at ``end``:
    what the drag carries is what the view puts in its ``QDrag`` (the selected posts)."""
    vp = view.viewport()
    qtbot.mousePress(vp, LEFT, pos=start)
    qtbot.mouseMove(vp, start + QPoint(QApplication.startDragDistance() + 4, 0))
    qtbot.mouseRelease(vp, LEFT, pos=start)
    assert view.selected_entries()
    _drop(view, entries_mime(view.selected_entries()), end, ctrl=ctrl)


def _undo(qtbot: QtBot, page: PlanPage) -> None:
    """Ctrl+Z with the focus in the calendar."""
    view = page.week_view if page.view_mode == "week" else page.month_view
    page.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_a_month_drop_keeps_the_time_of_day_and_ctrl_z_takes_it_back(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    day = _day_ahead(9)
    post = ws.post("Rye at ten", ["x:bakery"], local(f"{day} 10:00"))
    shown_before = list(crash.shown_messages)
    _window, page = _open_plan(ctx, qtbot)
    _show_day(page, qtbot, day)
    view = page.month_view
    target = day + dt.timedelta(days=1)
    _show_day(page, qtbot, day)
    end_index = _cell(view, target)
    rect = view.visualRect(end_index)
    end = QPoint(rect.center().x(), rect.bottom() - 3)  # low in the cell: must not mean 10:30
    _drag_post(qtbot, view, _chip_pos(view, day), end)
    assert ws.targets(post)[0].scheduled_at == local(f"{target} 10:00")
    assert [e.snippet for e in view.grid.entries_on(qdate(target))] == ["Rye at ten"]
    _undo(qtbot, page)
    assert ws.targets(post)[0].scheduled_at == local(f"{day} 10:00")
    assert crash.shown_messages == shown_before


def test_a_week_drop_lands_on_the_hour_under_the_pointer_and_ctrl_z_takes_it_back(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    day = _day_ahead(8)
    post = ws.post("Rye at ten", ["x:bakery"], local(f"{day} 10:00"))
    _window, page = _open_plan(ctx, qtbot, "week")
    _show_day(page, qtbot, day)
    view = page.week_view
    target = day + dt.timedelta(days=1) if day.weekday() < 6 else day - dt.timedelta(days=1)
    end_index = _cell(view, target, 14)
    rect = view.visualRect(end_index)
    end = QPoint(rect.center().x(), rect.top() + rect.height() * 3 // 4)  # lower half: 14:30
    _drag_post(qtbot, view, _chip_pos(view, day, hour=10), end)
    assert ws.targets(post)[0].scheduled_at == local(f"{target} 14:30")
    _undo(qtbot, page)
    assert ws.targets(post)[0].scheduled_at == local(f"{day} 10:00")


def test_an_instagram_idea_without_a_photo_dropped_on_a_day_stays_a_draft_saying_why(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    idea = ws.post("Rye is back", ["instagram:bakery"], None)
    shown_before = list(crash.shown_messages)
    _window, page = _open_plan(ctx, qtbot)
    day = _day_ahead(6)
    _show_day(page, qtbot, day)
    ideas = page.backlog.list
    row = next(
        r
        for r in range(ideas.model().rowCount())
        if ideas.model().index(r, 0).data(PostIdRole) == idea
    )
    qtbot.mouseClick(
        ideas.viewport(), LEFT, pos=ideas.visualRect(ideas.model().index(row, 0)).center()
    )
    carried = ideas.model().mimeData(ideas.selectionModel().selectedIndexes())  # the list's drag
    _drop(
        page.month_view, carried, page.month_view.visualRect(_cell(page.month_view, day)).center()
    )

    assert page.message.isVisible()
    said = page.message.text()
    assert "Kept as a draft" in said
    assert "Instagram needs at least one image: add a photo." in said
    (target,) = ws.targets(idea)
    assert target.state == "draft" and target.scheduled_at is not None
    assert target.scheduled_at.astimezone(ws.tz).date() == day  # on that day, marked a draft
    (entry,) = page.month_model.entries_on(qdate(day))
    assert entry.state == "draft" and needs_photo(entry) == ["Instagram"]  # the chip's camera
    qtbot.mouseClick(page.month_view.viewport(), LEFT, pos=_chip_pos(page.month_view, day))
    assert "Needs a photo for Instagram" in page.details.body.text()
    _undo(qtbot, page)
    assert ws.targets(idea)[0].scheduled_at is None
    assert idea in [
        ideas.model().index(r, 0).data(PostIdRole) for r in range(ideas.model().rowCount())
    ]
    assert crash.shown_messages == shown_before


def test_more_posts_than_fit_open_the_day_by_click_and_by_keyboard(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    day = _day_ahead(12)
    for hour in range(8, 16):
        ws.post(f"Bake {hour}", ["x:bakery"], local(f"{day} {hour:02d}:00"))
    _window, page = _open_plan(ctx, qtbot)
    _show_day(page, qtbot, day)
    view = page.month_view
    index = _cell(view, day)
    option = view._option_for(index)
    assert view.cell_delegate.hidden_count(option, index) > 0
    more = view.cell_delegate.more_rect(option, index)
    assert more is not None
    qtbot.mouseClick(view.viewport(), LEFT, pos=more.center())
    assert page.view_mode == "week"
    assert page.stack.currentWidget() is page.week_view
    shown = {e.snippet for e in page.week_model.all_entries()}
    assert shown == {f"Bake {hour}" for hour in range(8, 16)}

    qtbot.mouseClick(page.nav.view_buttons["month"], LEFT)
    _show_day(page, qtbot, day)
    qtbot.mouseClick(view.viewport(), LEFT, pos=_chip_pos(view, day))  # the day is current
    page.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert page.view_mode == "week"


def _next_weekday(weekday: int, at_least: int) -> dt.date:
    day = _day_ahead(at_least)
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def test_a_double_click_on_a_free_spot_starts_a_post_at_the_days_next_free_time(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    day = _next_weekday(1, 8)  # a Tuesday: X posts at 09:00, Instagram at 12:30
    ws.post("Already at nine", ["x:bakery"], local(f"{day} 09:00"))
    window, page = _open_plan(ctx, qtbot)
    _show_day(page, qtbot, day)
    view = page.month_view
    rect = view.visualRect(_cell(view, day))
    free_spot = QPoint(rect.center().x(), rect.bottom() - 4)
    assert view.entry_at(free_spot) is None
    qtbot.mouseDClick(view.viewport(), LEFT, pos=free_spot)
    assert window.current == "compose"
    composer = window.screens["compose"]
    tabs = composer.tabs_by_account  # type: ignore[attr-defined]
    assert set(tabs) == set(ws.accounts.values())
    for tab in tabs.values():
        shown = tab.when.dateTime()
        assert shown.date() == qdate(day)
        assert (shown.time().hour(), shown.time().minute()) == (12, 30)  # 09:00 is taken


def _choose(qtbot: QtBot, name: str, then: Callable[[], None] | None = None) -> None:
    """When the post's menu pops up, pick the action ``name`` with the keyboard."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        action = next(a for a in menu.actions() if a.objectName() == name)
        assert action.isEnabled()
        if then is not None:
            QTimer.singleShot(0, then)
        menu.setActiveAction(action)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, pick)


def _right_click(qtbot: QtBot, view: DayGridView, pos: QPoint) -> None:
    vp = view.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.RightButton, pos=pos)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, vp.mapToGlobal(pos))
    QApplication.sendEvent(vp, event)
    qtbot.mouseRelease(vp, Qt.MouseButton.RightButton, pos=pos)


def test_every_entry_of_a_posts_menu_works_and_undoes(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    day = _next_weekday(0, 8)  # a Monday
    post = ws.post("Rye at ten", ["x:bakery"], local(f"{day} 10:00"))
    shown_before = list(crash.shown_messages)
    window, page = _open_plan(ctx, qtbot)
    _show_day(page, qtbot, day)
    view = page.month_view

    def posts_called(text: str) -> int:
        return sum(e.snippet == text for e in page.month_model.all_entries())

    # Duplicate (7 days later, the actions bar's default), then undo.
    _choose(qtbot, "duplicate")
    _right_click(qtbot, view, _chip_pos(view, day))
    copy_day = qdate(day + dt.timedelta(days=7))
    first, last = page.visible_bounds()
    if first <= copy_day <= last:  # the copy is on screen where the month shows that day
        assert [e.snippet for e in page.month_model.entries_on(copy_day)] == ["Rye at ten"]
    with ws.store.session_scope() as s:
        assert s.query(Post).filter(Post.text == "Rye at ten").count() == 2
    _undo(qtbot, page)
    with ws.store.session_scope() as s:
        assert s.query(Post).filter(Post.text == "Rye at ten").count() == 1

    # Move to a date: the calendar in the dialog, the time of day kept; undo.
    later = day + dt.timedelta(days=3)

    def pick_date() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MoveToDateDialog):
            QTimer.singleShot(10, pick_date)
            return
        dialog.calendar.setSelectedDate(qdate(later))
        qtbot.mouseClick(dialog.ok_button, LEFT)

    _choose(qtbot, "move", pick_date)
    _right_click(qtbot, view, _chip_pos(view, day))
    assert ws.targets(post)[0].scheduled_at == local(f"{later} 10:00")
    assert "Ctrl+Z" in page.notice.text()
    _undo(qtbot, page)
    assert ws.targets(post)[0].scheduled_at == local(f"{day} 10:00")

    # Back to ideas, undo.
    _choose(qtbot, "unschedule")
    _right_click(qtbot, view, _chip_pos(view, day))
    assert ws.targets(post)[0].scheduled_at is None
    model = page.backlog.model
    assert post in [model.idea(r).post_id for r in range(model.rowCount())]
    _undo(qtbot, page)
    assert ws.targets(post)[0].scheduled_at == local(f"{day} 10:00")

    # Delete, undo.
    _choose(qtbot, "delete")
    _right_click(qtbot, view, _chip_pos(view, day))
    assert posts_called("Rye at ten") == 0
    _undo(qtbot, page)
    assert posts_called("Rye at ten") == 1

    # Edit: the post in Compose.
    _choose(qtbot, "edit")
    _right_click(qtbot, view, _chip_pos(view, day))
    assert window.current == "compose"
    assert window.screens["compose"].editor.toPlainText() == "Rye at ten"  # type: ignore[attr-defined]
    assert crash.shown_messages == shown_before


def test_post_now_from_the_menu_makes_an_assisted_post_the_owners_reminder(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    day = _next_weekday(3, 8)
    post = ws.post("Rye for Instagram", ["instagram:bakery"], local(f"{day} 12:30"))
    ws.add_photo(post)
    _window, page = _open_plan(ctx, qtbot)
    _show_day(page, qtbot, day)
    view = page.month_view
    _choose(qtbot, "post_now")
    _right_click(qtbot, view, _chip_pos(view, day))
    (target,) = ws.targets(post)
    assert target.state == "due"  # the window's publisher ran: a reminder, not "sent"
    assert "ready to post now" in page.notice.text()
    assert "goes out" not in page.notice.text()


def test_the_menu_key_and_the_list_open_the_same_menu(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    day = _next_weekday(2, 8)
    post = ws.post("Rye at ten", ["x:bakery"], local(f"{day} 10:00"))
    _window, page = _open_plan(ctx, qtbot)
    _show_day(page, qtbot, day)
    view = page.month_view
    qtbot.mouseClick(view.viewport(), LEFT, pos=_chip_pos(view, day))  # select it
    page.window().activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    _choose(qtbot, "unschedule")
    key = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(5, 5), view.mapToGlobal(QPoint(5, 5))
    )
    QApplication.sendEvent(view.viewport(), key)  # what the Menu key sends
    assert ws.targets(post)[0].scheduled_at is None
    _undo(qtbot, page)
    assert ws.targets(post)[0].scheduled_at == local(f"{day} 10:00")

    qtbot.mouseClick(page.nav.view_buttons["agenda"], LEFT)
    _show_day(page, qtbot, day)
    table = page.agenda_view
    row = next(
        r for r in range(page.agenda_model.rowCount()) if page.agenda_model.entry(r).post_id == post
    )
    pos = table.visualRect(page.agenda_model.index(row, 0)).center()
    _choose(qtbot, "delete")
    QApplication.sendEvent(
        table.viewport(),
        QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, table.viewport().mapToGlobal(pos)),
    )
    assert page.agenda_model.rowCount() == 0
    page.window().activateWindow()
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [page.agenda_model.entry(r).post_id for r in range(page.agenda_model.rowCount())] == [
        post
    ]
