"""Issue 12, item 6, as the owner does it: Plan → double-click a scheduled post → Compose shows
its text, versions, counters, photo and time exactly → Schedule (or edit one version and let it
save) → the post is still at 10:00 in the workspace's zone, the versions as they were.

The computer's clock runs in another zone than the workspace's, and the window's tasks run on
real worker threads, as in the app (the synchronous stand-in hid the order the screens load in).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from smmdesk_gui.services.compose import photos
from smmdesk_gui.services.compose.checks import count_for
from smmdesk_gui.services.workspace import set_workspace_zone
from smmdesk_gui.store.models import Account, Post, PostMedia, PostTarget, Rubric, TargetState
from smmdesk_gui.ui import crash
from smmdesk_gui.ui.calendar.models import qdate
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.composer.page import ComposePage
from smmdesk_gui.ui.main_window import MainWindow
from smmdesk_gui.ui.tasks import TaskRunner

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

MAIN = "Fresh sourdough today, from 10:00 at the shop."
INSTAGRAM = "Fresh sourdough today 🍞\n\n#bakery #sourdough"


@pytest.fixture(params=["UTC"])
def machine_utc(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's own clock in UTC (or the zone a test asks for), whatever the workspace
    says."""
    import tzlocal

    zone = str(request.param)
    monkeypatch.setenv("TZ", zone)
    monkeypatch.setattr(tzlocal, "get_localzone_name", lambda: zone)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _post_at_ten(ctx: Any, tmp_path: Path, zone: str) -> tuple[int, dt.date, dict[str, int]]:
    """Three accounts; a post scheduled for 10:00 (workspace time) in three days, with its own
    Instagram version and a photo."""
    set_workspace_zone(ctx.store, zone)
    photo = tmp_path / "loaf.jpg"
    Image.new("RGB", (1200, 900), (180, 120, 60)).save(photo)
    asset = photos.import_image_file(ctx.store, ctx.paths, photo)
    day = dt.date.today() + dt.timedelta(days=3)
    at = dt.datetime.combine(day, dt.time(10, 0), tzinfo=ZoneInfo(zone)).astimezone(dt.UTC)
    with ctx.store.session_scope() as s:
        accounts = [
            Account(platform="instagram", handle="bakery", display_name="The Bakery"),
            Account(platform="mastodon", handle="bakery@mastodon.example"),
            Account(platform="telegram", handle="bakery_news"),
        ]
        s.add_all(accounts)
        s.flush()
        ids = {a.platform: a.id for a in accounts}
        rubric = Rubric(name="Behind the counter", colour="#2e7d32")
        s.add(rubric)
        s.flush()
        post = Post(
            text=MAIN, title="Sourdough day", notes="ask Sam for photos", rubric_id=rubric.id
        )
        post.targets = [
            PostTarget(
                account_id=a.id,
                text_override=INSTAGRAM if a.platform == "instagram" else None,
                scheduled_at=at,
                state=TargetState.SCHEDULED.value,
            )
            for a in accounts
        ]
        post.media = [PostMedia(asset_id=asset.asset_id, position=0, alt_text="A loaf")]
        s.add(post)
        s.flush()
        return post.id, day, ids


def _rows(ctx: Any, post_id: int) -> dict[str, Any]:
    """What the database holds of the post, as comparable values."""
    with ctx.store.session_scope() as s:
        post = s.get(Post, post_id)
        assert post is not None
        targets = s.scalars(
            select(PostTarget).where(PostTarget.post_id == post_id).order_by(PostTarget.id)
        ).all()
        return {
            "text": post.text,
            "title": post.title,
            "notes": post.notes,
            "rubric": post.rubric_id,
            "targets": [(t.account_id, t.text_override, t.scheduled_at, t.state) for t in targets],
            "media": [(m.asset_id, m.position, m.alt_text) for m in post.media],
        }


def _window(ctx: Any, qtbot: QtBot) -> MainWindow:
    runner = ctx.tasks = TaskRunner()  # real worker threads, as in the app
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    started = time.monotonic()

    def settle(_window: object) -> None:
        """Let the window's publisher finish its first run (it starts 1.5 s after the window)
        while the window is alive: its answer must not land in the next test."""
        window.publisher.stop()
        qtbot.wait(max(0, int((started + 1.7 - time.monotonic()) * 1000)))
        for _ in range(6):
            runner.wait(10_000)
            QApplication.processEvents()
        assert runner.pending == 0

    qtbot.addWidget(window, before_close_func=settle)
    window.resize(1280, 800)
    window.show()
    window.attach(ctx)
    return window


def _open_from_plan(
    window: MainWindow, qtbot: QtBot, post_id: int, day: dt.date, via_edit: bool = False
) -> ComposePage:
    """Click Plan on the rail, go to the post's month, double-click the post (or click it and
    "Edit" in the details beside the calendar)."""
    qtbot.mouseClick(window.rail.buttons["plan"], Qt.MouseButton.LeftButton)
    plan = window.screens["plan"]
    assert isinstance(plan, PlanPage)
    qtbot.mouseClick(plan.nav.view_buttons["month"], Qt.MouseButton.LeftButton)
    view = plan.month_view
    while not plan.month_model.index_of(qdate(day)).isValid():
        qtbot.mouseClick(plan.nav.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(e.post_id == post_id for e in plan.month_model.all_entries()))
    rect = view.visualRect(plan.month_model.index_of(qdate(day)))
    spot = next(
        QPoint(x, y)
        for y in range(rect.top(), rect.bottom())
        for x in (rect.center().x(), rect.left() + 8)
        if (e := view.entry_at(QPoint(x, y))) is not None and e.post_id == post_id
    )
    if via_edit:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert plan.details.entry is not None and plan.details.entry.post_id == post_id
        assert plan.details.edit_button.isVisible()
        qtbot.mouseClick(plan.details.edit_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: window.current == "compose")
    page = window.screens["compose"]
    assert isinstance(page, ComposePage)
    # the screen's own loading (accounts, zone, thumbnails) runs on workers: let it land
    qtbot.waitUntil(
        lambda: page.loaded and page.post_id == post_id and bool(page.thumbs), timeout=5000
    )
    assert isinstance(window.ctx.tasks, TaskRunner)
    window.ctx.tasks.wait(5000)
    qtbot.wait(300)  # anything queued behind the workers' results
    return page


def _check_shows_the_post(page: ComposePage, ids: dict[str, int], day: dt.date) -> None:
    assert page.editor.toPlainText() == MAIN
    assert set(page.selected) == set(ids.values())
    insta = page.tabs_by_account[ids["instagram"]]
    assert insta.own and insta.editor.toPlainText() == INSTAGRAM
    assert page.tabs_by_account[ids["mastodon"]].editor.toPlainText() == MAIN
    # the counters count each version (Instagram's own words, the others the main text)
    counters = page.counters.buttons
    for platform, text in (("instagram", INSTAGRAM), ("mastodon", MAIN), ("telegram", MAIN)):
        account = page.accounts[ids[platform]]
        assert counters[account.id].text() == "%d/%d" % (  # noqa: UP031 (as the bar writes it)
            count_for(account, text, True).length,
            count_for(account, text, True).limit,
        )
        assert not counters[account.id].text().startswith("0/")
    assert page.rubric.currentText() == "Behind the counter"
    # the post's time, in the workspace's zone, in the "At" field; no account has its own
    assert page.schedule.at.isChecked()
    shown = page.schedule.when.dateTime()
    assert (shown.date().year(), shown.date().month(), shown.date().day()) == (
        day.year,
        day.month,
        day.day,
    )
    assert (shown.time().hour(), shown.time().minute()) == (10, 0)
    assert not any(t.own_time.isChecked() for t in page.tabs_by_account.values())
    assert page.media.asset_ids() and page.media.alt_texts()
    assert not page.dirty


@pytest.mark.parametrize(
    ("zone", "via_edit"),
    [("Europe/Amsterdam", False), ("Asia/Tehran", False), ("Asia/Tehran", True)],
)
def test_reopen_from_plan_and_schedule_again_changes_nothing(
    ctx: Any, qtbot: QtBot, tmp_path: Path, machine_utc: None, zone: str, via_edit: bool
) -> None:
    crash.shown_messages.clear()
    post_id, day, ids = _post_at_ten(ctx, tmp_path, zone)
    before = _rows(ctx, post_id)
    window = _window(ctx, qtbot)
    page = _open_from_plan(window, qtbot, post_id, day, via_edit)
    _check_shows_the_post(page, ids, day)

    qtbot.mouseClick(page.schedule.button, Qt.MouseButton.LeftButton)
    assert "Scheduled for 3 accounts." in page.schedule.status.text()
    assert _rows(ctx, post_id) == before
    assert crash.shown_messages == []


@pytest.mark.parametrize("zone", ["Europe/Amsterdam", "Asia/Tehran"])
def test_edit_one_version_and_save_keeps_the_time(
    ctx: Any, qtbot: QtBot, tmp_path: Path, machine_utc: None, zone: str
) -> None:
    crash.shown_messages.clear()
    post_id, day, ids = _post_at_ten(ctx, tmp_path, zone)
    before = _rows(ctx, post_id)
    window = _window(ctx, qtbot)
    page = _open_from_plan(window, qtbot, post_id, day)

    page.tabs.show_account(ids["instagram"])
    editor = page.tabs_by_account[ids["instagram"]].editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " #fresh")
    assert page.dirty
    qtbot.waitUntil(lambda: not page.dirty, timeout=5000)  # the autosave wrote it

    after = _rows(ctx, post_id)
    expected = [
        (aid, INSTAGRAM + " #fresh" if aid == ids["instagram"] else text, at, state)
        for aid, text, at, state in before["targets"]
    ]
    assert after["targets"] == expected
    assert {k: v for k, v in after.items() if k != "targets"} == {
        k: v for k, v in before.items() if k != "targets"
    }
    assert crash.shown_messages == []


@pytest.mark.parametrize("machine_utc", ["America/New_York"], indirect=True)
def test_a_computer_in_yet_another_zone_keeps_the_post_at_ten(
    ctx: Any, qtbot: QtBot, tmp_path: Path, machine_utc: None
) -> None:
    """The computer in New York, the workspace in Tehran: still 10:00 Tehran, unchanged."""
    crash.shown_messages.clear()
    post_id, day, ids = _post_at_ten(ctx, tmp_path, "Asia/Tehran")
    before = _rows(ctx, post_id)
    window = _window(ctx, qtbot)
    page = _open_from_plan(window, qtbot, post_id, day)
    _check_shows_the_post(page, ids, day)
    qtbot.mouseClick(page.schedule.button, Qt.MouseButton.LeftButton)
    assert "Scheduled for 3 accounts." in page.schedule.status.text()
    assert _rows(ctx, post_id) == before
    assert crash.shown_messages == []


@pytest.mark.parametrize("machine_utc", ["America/New_York"], indirect=True)
def test_a_time_the_computers_zone_skips_is_kept(qtbot: QtBot, machine_utc: None) -> None:
    """02:30 in Tehran on the night New York moves its clocks from 02:00 to 03:00: the time
    fields show and give back 02:30 Tehran (a field in the computer's zone made it 03:30)."""
    from smmdesk_gui.services.compose.checks import AccountInfo
    from smmdesk_gui.ui.composer.panels import SchedulePanel
    from smmdesk_gui.ui.composer.version_tab import VersionTab

    tehran = ZoneInfo("Asia/Tehran")
    at = dt.datetime(2027, 3, 14, 2, 30, tzinfo=tehran).astimezone(dt.UTC)
    panel = SchedulePanel()
    qtbot.addWidget(panel)
    panel.show_time(at, tehran)
    assert panel.when.dateTime().time().hour() == 2
    assert panel.chosen(tehran) == at
    tab = VersionTab(AccountInfo(1, "mastodon", "bakery@mastodon.example"))
    qtbot.addWidget(tab)
    tab.set_own_time(at, tehran)
    assert tab.own_instant(tehran) == at
    tab.when.setDateTime(panel.when.dateTime())  # a new tab starts at the post's time
    assert tab.own_instant(tehran) == at
