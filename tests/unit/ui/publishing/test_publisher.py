"""The window's publisher: missed posts dialog at start, publishing on a timer, ready-to-post."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.ui.publishing.missed_dialog import MissedPostsDialog
from smmdesk_gui.ui.publishing.publisher import GuiPublisher
from smmdesk_gui.ui.publishing.ready_dialog import ReadyToPostDialog
from tests.fakes.publish import FakeTelegram, schedule

SHOTS = Path(__file__).resolve().parents[4] / "build" / "screenshots"


def test_missed_posts_are_asked_about_then_sent_on_the_timer(
    qtbot: Any, ctx: Any, telegram: FakeTelegram
) -> None:
    acc = AccountService(ctx.store).add(
        "telegram", "@shopnews", telegram.token, server=telegram.url
    )
    now = dt.datetime.now(dt.UTC)
    late = [
        schedule(ctx.store, acc.id, f"late {i}", now - dt.timedelta(hours=5 + i)) for i in range(2)
    ]
    window = QMainWindow()
    qtbot.addWidget(window)
    publisher = GuiPublisher(ctx, window, interval_ms=50)
    publisher.startup()
    dialog = publisher.open_dialogs[-1]
    assert isinstance(dialog, MissedPostsDialog) and dialog.table.rowCount() == 2
    assert telegram.messages == []  # nothing sent silently hours late
    skipped, posted = dialog.views[1].target_id, dialog.views[0].target_id
    assert sorted([skipped, posted]) == sorted(late)
    dialog.table.clearSelection()
    dialog.table.selectRow(1)
    dialog.skip()
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    with qtbot.waitSignal(publisher.report_ready, timeout=5000):
        dialog.post_now()  # "decided" -> a publishing run
    assert [m["text"] for m in telegram.messages] == ["late 1"]  # the older one, chosen
    assert "1 post published" in window.statusBar().currentMessage()
    assert publisher.service.queue(("skipped",))[0].target_id == skipped
    assert publisher.service.queue(("published",))[0].target_id == posted


def test_assisted_post_opens_ready_to_post_and_is_marked_done(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    ig = AccountService(ctx.store).add("instagram", "shop.ig")
    photo = tmp_path / "mug.jpg"
    Image.new("RGB", (1600, 1200), (200, 120, 40)).save(photo)
    target = schedule(
        ctx.store, ig.id, "New mugs! #handmade", dt.datetime.now(dt.UTC), (photo,), ctx.paths.media
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    publisher = GuiPublisher(ctx, window)
    publisher.tick()
    dialog = publisher.open_dialogs[target]
    assert isinstance(dialog, ReadyToPostDialog)
    assert QGuiApplication.clipboard().text() == "New mugs! #handmade"
    assert len(dialog.package.images) == 1 and dialog.package.images[0].exists()
    for direction, tag in (
        (Qt.LayoutDirection.LeftToRight, "ltr"),
        (Qt.LayoutDirection.RightToLeft, "rtl"),
    ):
        QApplication.setLayoutDirection(direction)
        dialog.setLayoutDirection(direction)
        QApplication.processEvents()
        dialog.layout().activate()
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"ready-to-post-{tag}.png"))
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    dialog.url.setText("https://instagram.com/p/xyz")
    with qtbot.waitSignal(dialog.marked, timeout=2000):
        dialog.mark_done()
    [view] = publisher.service.queue(("published",))
    assert view.url == "https://instagram.com/p/xyz"


def test_missed_dialog_screenshot(qtbot: Any, ctx: Any) -> None:
    ig = AccountService(ctx.store).add("instagram", "shop.ig")
    now = dt.datetime.now(dt.UTC)
    schedule(ctx.store, ig.id, "Weekend sale: 20% off all mugs", now - dt.timedelta(hours=9))
    schedule(ctx.store, ig.id, "Behind the scenes at the workshop", now - dt.timedelta(hours=4))
    publisher = GuiPublisher(ctx, None)
    missed = publisher.service.missed_posts()
    for direction, tag in (
        (Qt.LayoutDirection.LeftToRight, "ltr"),
        (Qt.LayoutDirection.RightToLeft, "rtl"),
    ):
        dialog = MissedPostsDialog(ctx, publisher.service, missed, dt.UTC)
        qtbot.addWidget(dialog)
        dialog.setLayoutDirection(direction)
        dialog.resize(720, 380)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"missed-posts-{tag}.png"))


def test_settings_offers_publishing_while_closed(
    qtbot: Any, ctx: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from smmdesk_gui.services.publish import os_schedule
    from smmdesk_gui.ui.publishing.schedule_box import PublishScheduleBox

    ran: list[Any] = []
    monkeypatch.setattr(os_schedule, "_run", lambda cmd: ran.append(tuple(cmd)) or 0)
    monkeypatch.setattr(os_schedule, "current_system", lambda: "linux")
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    box = PublishScheduleBox(ctx)
    qtbot.addWidget(box)
    box.install_button.click()
    assert box.result.text().startswith("On: systemd user timer")
    assert (tmp_path / ".config/systemd/user/smmdesk-publish.timer").exists()
    assert ("systemctl", "--user", "enable", "--now", "smmdesk-publish.timer") in ran
    box.remove_button.click()
    assert "Off" in box.result.text()
    assert not (tmp_path / ".config/systemd/user/smmdesk-publish.timer").exists()


def test_failed_and_unconfirmed_posts_say_why_with_one_click_actions(
    qtbot: Any, ctx: Any, telegram: FakeTelegram
) -> None:
    from smmdesk_gui.ui.publishing.problem_dialog import PostProblemDialog
    from tests.fakes.publish import Fault

    acc = AccountService(ctx.store).add(
        "telegram", "@shopnews", telegram.token, server=telegram.url
    )
    now = dt.datetime.now(dt.UTC)
    too_long = schedule(ctx.store, acc.id, "x" * 5000, now)
    lost = schedule(ctx.store, acc.id, "answer lost", now)
    telegram.add_fault(Fault("/sendMessage", drop="after"))
    window = QMainWindow()
    qtbot.addWidget(window)
    publisher = GuiPublisher(ctx, window)
    publisher.tick()
    failed = publisher.open_dialogs[-1000 - too_long]
    unsure = publisher.open_dialogs[-1000 - lost]
    assert isinstance(failed, PostProblemDialog) and isinstance(unsure, PostProblemDialog)
    assert "4096" in failed.why.text() and not failed.done_button.isVisibleTo(failed)
    assert "mark it as published" in unsure.why.text()
    for dialog, tag in ((failed, "failed"), (unsure, "unconfirmed")):
        dialog.details_button.setChecked(True)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"problem-{tag}-ltr.png"))
    unsure.url.setText("https://t.me/shopnews/1")
    with qtbot.waitSignal(unsure.resolved, timeout=2000):
        unsure.done_button.click()
    states = {v.target_id: v.state for v in publisher.service.queue()}
    assert states == {too_long: "failed", lost: "published"}
    assert len(telegram.messages) == 1  # the lost answer was never re-sent
