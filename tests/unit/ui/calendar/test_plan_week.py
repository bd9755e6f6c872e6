"""The week view's hour grid (drops land on a time), "by N days" moves and copies, and the Plan
screen's layout at the default and the smallest window size."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QToolBar
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from smmdesk_gui.store.models import Post
from smmdesk_gui.ui.calendar.models import entries_mime, pydate, qdate
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.calendar.week import HOURS, WeekHoursView
from smmdesk_gui.ui.formatting import format_clock
from smmdesk_gui.ui.main_window import SCREEN_FACTORIES
from tests.fakes.plan_workspace import Workspace, local

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEXT_WEEK = dt.date.today() + dt.timedelta(days=7)  # always in the future: every post is movable


@pytest.fixture
def week(ctx: Any, ws: Workspace, qtbot: QtBot) -> tuple[PlanPage, dt.date]:
    widget = SCREEN_FACTORIES["plan"](ctx)
    assert isinstance(widget, PlanPage)
    qtbot.addWidget(widget)
    widget.resize(1180, 760)
    widget.show()
    widget.go_to(qdate(NEXT_WEEK))
    widget.set_view("week")
    first = pydate(widget.visible_bounds()[0])
    return widget, first


def _at(day: dt.date, hhmm: str) -> dt.datetime:
    return local(f"{day.isoformat()} {hhmm}")


def _drop_at(
    view: WeekHoursView, day: dt.date, hour: int, mime: QMimeData, *, half: bool, ctrl: bool = False
) -> None:
    index = view.hours.index_of(qdate(day), hour)
    assert index.isValid()
    view.scrollTo(index)
    rect = view.visualRect(index)
    y = rect.top() + (rect.height() * 3 // 4 if half else 1)
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    event = QDropEvent(
        QPointF(rect.center().x(), y),
        Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        mods,
    )
    event.setDropAction(Qt.DropAction.CopyAction if ctrl else Qt.DropAction.MoveAction)
    view.dropEvent(event)


def _week_entries(page: PlanPage) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for e in page.week_model.all_entries():
        out.setdefault(e.snippet, []).append(e)
    return out


def test_hour_grid_places_posts_in_their_hour(week: Any, ws: Workspace, qtmodeltester: Any) -> None:
    page, first = week
    ws.post("Morning buns", ["x:bakery"], _at(first + dt.timedelta(days=1), "07:45"))
    page.reload()
    model = page.week_model
    assert model.rowCount() == HOURS and model.columnCount() == 7
    cell = model.index_of(qdate(first + dt.timedelta(days=1)), 7)
    assert [e.snippet for e in cell.data(Qt.ItemDataRole.UserRole + 2)] == ["Morning buns"]
    # the hours in the locale's one short time format (not a fixed "HH:mm")
    assert model.headerData(9, Qt.Orientation.Vertical) == format_clock(9)
    default = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert model.headerData(15, Qt.Orientation.Vertical) == "3:00\u202fPM"
    finally:
        QLocale.setDefault(default)
    # An hour with a post is taller than an empty one (the chip fits).
    assert page.week_view.rowHeight(7) > page.week_view.rowHeight(3)
    qtmodeltester.check(model)


def test_drop_on_an_hour_sets_that_time_and_undo(week: Any, ws: Workspace) -> None:
    page, first = week
    monday, wednesday = first, first + dt.timedelta(days=2)
    ws.post("Sourdough", ["instagram:bakery", "x:bakery"], _at(monday, "12:30"))
    page.reload()
    entry = _week_entries(page)["Sourdough"][0]
    _drop_at(page.week_view, wednesday, 15, entries_mime([entry]), half=True)
    assert not page.message.text()
    moved = _week_entries(page)["Sourdough"][0]
    assert moved.local == dt.datetime.combine(wednesday, dt.time(15, 30))
    assert len(moved.target_ids) == 2  # both accounts moved together
    page.undo_action.trigger()
    assert _week_entries(page)["Sourdough"][0].local == dt.datetime.combine(monday, dt.time(12, 30))
    page.redo_action.trigger()
    assert _week_entries(page)["Sourdough"][0].local.time() == dt.time(15, 30)


def test_several_posts_dropped_keep_their_distance(week: Any, ws: Workspace) -> None:
    page, first = week
    ws.post("A", ["x:bakery"], _at(first, "09:00"))
    ws.post("B", ["x:bakery"], _at(first + dt.timedelta(days=1), "11:30"))
    page.reload()
    by = _week_entries(page)
    target_day = first + dt.timedelta(days=3)
    _drop_at(page.week_view, target_day, 8, entries_mime([by["A"][0], by["B"][0]]), half=False)
    by = _week_entries(page)
    assert by["A"][0].local == dt.datetime.combine(target_day, dt.time(8, 0))
    assert by["B"][0].local == dt.datetime.combine(
        target_day + dt.timedelta(days=1), dt.time(10, 30)
    )
    assert page.undo_stack.count() == 1


def test_ctrl_drop_on_an_hour_copies_to_that_time(week: Any, ws: Workspace) -> None:
    page, first = week
    ws.post("Bagels", ["mastodon:bakery"], _at(first, "10:00"))
    page.reload()
    entry = _week_entries(page)["Bagels"][0]
    _drop_at(
        page.week_view,
        first + dt.timedelta(days=4),
        18,
        entries_mime([entry]),
        half=False,
        ctrl=True,
    )
    copies = sorted(e.local for e in _week_entries(page)["Bagels"])
    assert copies == [
        dt.datetime.combine(first, dt.time(10, 0)),
        dt.datetime.combine(first + dt.timedelta(days=4), dt.time(18, 0)),
    ]
    page.undo_stack.undo()
    assert len(_week_entries(page)["Bagels"]) == 1


def test_idea_dropped_on_an_hour_is_scheduled_then(week: Any, ws: Workspace) -> None:
    page, first = week
    ws.post("An idea", ["x:bakery"], None)
    page.reload()
    mime = page.backlog.model.mimeData([page.backlog.model.index(0, 0)])
    _drop_at(page.week_view, first + dt.timedelta(days=5), 6, mime, half=True)
    assert _week_entries(page)["An idea"][0].local == dt.datetime.combine(
        first + dt.timedelta(days=5), dt.time(6, 30)
    )
    assert page.backlog.model.rowCount() == 0


def test_month_drop_still_keeps_the_time_of_day(week: Any, ws: Workspace) -> None:
    page, first = week
    ws.post("Rye", ["x:bakery"], _at(first, "16:15"))
    page.set_view("month")
    entry = next(e for e in page.month_model.all_entries() if e.snippet == "Rye")
    day = first + dt.timedelta(days=2)
    index = page.month_model.index_of(qdate(day))
    mime = entries_mime([entry])  # kept alive: the event only points to it
    event = QDropEvent(
        QPointF(page.month_view.visualRect(index).center()),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.month_view.dropEvent(event)
    moved = next(e for e in page.month_model.all_entries() if e.snippet == "Rye")
    assert moved.local == dt.datetime.combine(day, dt.time(16, 15))


def test_move_and_duplicate_by_a_chosen_number_of_days(week: Any, ws: Workspace) -> None:
    page, first = week
    post_id = ws.post("Cake", ["x:bakery"], _at(first + dt.timedelta(days=3), "12:00"))
    page.reload()
    bar = page.actions_bar

    def cakes() -> list[dt.datetime]:  # every copy, from the store (wherever the view is)
        with ws.store.session_scope() as s:
            posts = s.scalars(select(Post).where(Post.text == "Cake")).all()
            return sorted(
                t.scheduled_at.astimezone(ws.tz).replace(tzinfo=None)
                for p in posts
                for t in p.targets
                if t.scheduled_at is not None
            )

    def select_cake_on(day: dt.date) -> None:
        page.go_to(qdate(day))
        page.week_view.select_entries(
            [e for e in page.week_model.all_entries() if e.post_id == post_id]
        )

    assert not bar.later_action.isEnabled()  # nothing selected yet
    select_cake_on(first + dt.timedelta(days=3))
    bar.days.setValue(3)
    assert "3 days" in bar.later_action.toolTip() and bar.days.suffix().strip() == "days"
    bar.later_action.trigger()
    assert cakes() == [dt.datetime.combine(first + dt.timedelta(days=6), dt.time(12))]
    select_cake_on(first + dt.timedelta(days=6))
    bar.days.setValue(2)
    bar.earlier_action.trigger()
    assert cakes() == [dt.datetime.combine(first + dt.timedelta(days=4), dt.time(12))]
    select_cake_on(first + dt.timedelta(days=4))
    bar.days.setValue(1)
    assert bar.days.suffix().strip() == "day"
    bar.duplicate_action.trigger()
    assert cakes() == [
        dt.datetime.combine(first + dt.timedelta(days=d), dt.time(12)) for d in (4, 5)
    ]
    assert "Duplicate" in page.undo_action.text()
    page.undo_stack.undo()
    assert page.undo_action.text().endswith("Move 2 days earlier")
    page.undo_stack.undo()
    page.undo_stack.undo()
    assert cakes() == [dt.datetime.combine(first + dt.timedelta(days=3), dt.time(12))]
    assert page.ctx.settings().value("plan/days") in (1, "1")


@pytest.mark.parametrize("size", [(1180, 760), (760, 520)])
@pytest.mark.parametrize("rtl", [False, True])
def test_nothing_is_clipped_at_default_and_smallest_size(
    ctx: Any, ws: Workspace, qtbot: QtBot, size: tuple[int, int], rtl: bool
) -> None:
    page = SCREEN_FACTORIES["plan"](ctx)
    assert isinstance(page, PlanPage)
    qtbot.addWidget(page)
    if rtl:
        page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.set_view("month")
    label: QLabel = page.actions_bar.selection_label
    assert label.isVisible() and label.width() >= label.sizeHint().width()
    for bar in page.actions_bar.findChildren(QToolBar):
        # Every action is either fully shown or reachable through the toolbar's » menu.
        assert bar.width() <= page.actions_bar.width()
    bar_left = page.actions_bar.left
    full = size[0] >= 1100
    assert (bar_left.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon) == full
    search = page.filters.search
    assert search.isVisible() and search.width() >= 120
    page.grab()  # paints every view part without errors


def test_english_text_keeps_its_direction_in_a_right_to_left_ui(
    week: Any, ws: Workspace, qapp: Any
) -> None:
    page, _first = week
    ws.post("Which bread should come back?", ["x:bakery"], None)
    ws.post("نان تازه", ["x:bakery"], None)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page.reload()
        titles = [
            page.backlog.model.index(r, 0).data() for r in range(page.backlog.model.rowCount())
        ]
        # Each title is isolated (FSI … PDI): its own first strong letter sets its direction.
        assert "\u2068Which bread should come back?\u2069" in titles
        assert "\u2068نان تازه\u2069" in titles
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    page.reload()
    assert "Which bread should come back?" in [
        page.backlog.model.index(r, 0).data() for r in range(page.backlog.model.rowCount())
    ]


def test_alt_arrows_and_ctrl_d_work_from_the_calendar(
    week: Any, ws: Workspace, qtbot: QtBot
) -> None:
    page, first = week
    post_id = ws.post("Pie", ["x:bakery"], _at(first + dt.timedelta(days=1), "09:00"))
    page.reload()
    page.actions_bar.days.setValue(2)
    page.week_view.select_entries(
        [e for e in page.week_model.all_entries() if e.post_id == post_id]
    )
    page.activateWindow()
    page.week_view.setFocus()
    qtbot.waitUntil(lambda: page.week_view.hasFocus())
    qtbot.keyClick(page.week_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    when = ws.targets(post_id)[0].scheduled_at
    assert when == _at(first + dt.timedelta(days=3), "09:00")
    # The moved post stays selected: the next key applies to it again.
    assert [e.post_id for e in page.selected_entries()] == [post_id]
    qtbot.keyClick(page.week_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    with ws.store.session_scope() as s:
        assert len(s.scalars(select(Post).where(Post.text == "Pie")).all()) == 2
    qtbot.keyClick(page.week_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.targets(post_id)[0].scheduled_at == _at(first + dt.timedelta(days=1), "09:00")
