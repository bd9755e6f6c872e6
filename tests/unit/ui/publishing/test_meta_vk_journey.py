"""Issue 14, "done when", from the GUI: with the owner's bucket set up and Instagram, a Facebook
Page, Threads and a VK community (with an administrator's token, for photos) connected against
the local fakes, the owner writes one post with a photo in the composer, picks the four
accounts, schedules it a minute ahead; the window's publisher sends it on its timer, once to
each, the Plan shows it published; then Refresh on the Dashboard shows each account's figures.
Only widgets are driven, from the main window (tests/fakes/journeys.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QDateTime, QLocale, QMimeData, QPointF, Qt, QTimeZone, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish import hosting
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.services.workspace import set_setting
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.composer.page import ComposePage
from smmdesk_gui.ui.dashboard.page import DashboardPage
from tests.fakes.journeys import click, crash_log_empty, open_window
from tests.fakes.meta import FakeMeta
from tests.fakes.s3 import FakeS3
from tests.fakes.vk import FakeVK

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton
TEXT = "Fresh rye this Thursday"


def _connect(ctx: Any, meta: FakeMeta, vk: FakeVK, s3: FakeS3) -> dict[str, int]:
    """The bucket and the four accounts, as the settings and the connect dialogs leave them."""
    hosting.save_photo_hosting(
        ctx.store, s3.url, s3.region, s3.bucket, s3.access_key, s3.secret_key
    )
    service = AccountService(ctx.store)
    ids = {
        "instagram": service.add("instagram", "corner.bakery", meta.ig_token, server=meta.url).id,
        "facebook": service.add("facebook", meta.page_id, meta.page_token, server=meta.url).id,
        "threads": service.add("threads", "corner.bakery", meta.threads_token, server=meta.url).id,
        "vk": service.add("vk", "korenbloem", vk.community_token, server=vk.url).id,
    }
    service.set_user_token(ids["vk"], vk.user_token)
    assert not any(a.assisted for a in service.list_accounts())
    return ids


def _drop_photo(page: ComposePage, path: Path) -> None:
    """Drop a photo file from the desktop onto the photo strip."""
    target = page.media.list.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(target.rect().center())
    enter = QDragEnterEvent(
        pos.toPoint(), Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, LEFT, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the combo's popup with a click and click ``text`` in it."""
    qtbot.mouseClick(combo, LEFT)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    assert row >= 0, (text, [combo.itemText(i) for i in range(combo.count())])
    rect = view.visualRect(view.model().index(row, 0))
    # a release that comes right after the popup opened is the opening click's: Qt ignores it
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseMove(view.viewport(), rect.center())
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def test_a_photo_post_goes_out_once_to_instagram_facebook_threads_and_vk_and_each_has_figures(
    ctx: Any, qtbot: QtBot, meta: FakeMeta, vk: FakeVK, s3: FakeS3, tmp_path: Path
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    set_setting(ctx.store, "timezone", "UTC")
    ids = _connect(ctx, meta, vk, s3)
    photo = tmp_path / "rye.jpg"
    Image.new("RGB", (1600, 1200), (200, 150, 90)).save(photo)
    window = open_window(ctx, qtbot, screen="plan")

    # Compose: the four accounts, the words, the photo; "at" a minute ahead.
    click(window.rail.buttons["compose"])
    page = window.screens["compose"]
    assert isinstance(page, ComposePage)
    for aid, chip in page.chips.chips.items():
        if chip.isChecked() != (aid in ids.values()):
            click(chip)
    assert set(page.selected) == set(ids.values())
    click(page.editor.viewport())
    qtbot.keyClicks(page.editor, TEXT)
    _drop_photo(page, photo)
    qtbot.waitUntil(lambda: len(page.media.asset_ids()) == 1)
    click(page.schedule.at)
    due = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0) + dt.timedelta(minutes=2)
    page.schedule.when.setDateTime(
        QDateTime.fromSecsSinceEpoch(int(due.timestamp()), QTimeZone.utc())
    )
    qtbot.waitUntil(page.schedule.button.isEnabled)
    click(page.schedule.button)
    said = page.schedule.status.text()
    assert said == "Scheduled for 4 accounts.", said  # nothing left for the owner to post
    assert meta.posts == [] and meta.published == [] and vk.posts == []  # not before its time

    # The minute passes (the window's publisher reads a clock two minutes ahead); its timer runs.
    publisher = window.publisher
    assert publisher is not None
    later = due + dt.timedelta(seconds=30)
    publisher.service = PublishingService(ctx.store, ctx.paths, clock=lambda: later)
    publisher.timer.setInterval(50)
    qtbot.waitUntil(lambda: len(vk.posts) == 1 and len(meta.published) == 2, timeout=30_000)
    qtbot.wait(300)  # further ticks: nothing goes twice
    assert "4 posts published" in window.statusBar().currentMessage()

    # Each platform got exactly one post with the photo.
    [fb] = meta.posts
    assert fb["message"] == TEXT and len(fb["photos"]) == 1
    ig, th = sorted(meta.published, key=lambda m: "threads" in m["permalink"])
    assert ig["params"]["caption"] == TEXT and th["params"]["text"] == TEXT
    # Instagram and Threads fetched the photo from the bucket, which is empty again.
    assert {ig["params"]["image_url"], th["params"]["image_url"]} == set(meta.fetched)
    assert all(body.startswith(b"\xff\xd8") for body in meta.fetched.values())
    assert s3.objects == {}
    [wall] = vk.posts
    assert wall["text"] == TEXT and len(wall["attachments"]) == 1

    # The Plan shows it published, for the four accounts.
    click(window.rail.buttons["plan"])
    plan = window.screens["plan"]
    assert isinstance(plan, PlanPage)
    click(plan.nav.today_button)
    qtbot.waitUntil(lambda: any(e.post_id for e in plan.month_model.all_entries()))
    [entry] = [e for e in plan.month_model.all_entries() if e.title or e.snippet]
    assert entry.states == ("published",) * 4 and entry.state == "published"
    crash_log_empty(window)

    # The platforms count: seed each one's figures; Refresh on the Dashboard reads them.
    meta.followers.update(instagram=1520, facebook=880, threads=430)
    vk.members = 2650
    meta.seed_insights(ig["id"], views=2400, reach=1800, likes=120, comments=14, shares=9)
    meta.seed_insights(th["id"], views=900, likes=44, replies=6, reposts=3, quotes=2)
    meta.seed_insights(
        fb["id"], post_media_view=700, post_total_media_view_unique=500, reactions=21
    )
    click(window.rail.buttons["dashboard"])
    dash = window.screens["dashboard"]
    assert isinstance(dash, DashboardPage)
    with qtbot.waitSignal(dash.live.finished, timeout=30_000) as got:
        click(dash.refresh_button)
    assert got.args == [""]  # nothing to complain about
    followers = {}
    for platform, label in (
        ("instagram", "Instagram · corner.bakery"),
        ("facebook", f"Facebook · {meta.page_id}"),
        ("threads", "Threads · corner.bakery"),
        ("vk", "VK · korenbloem"),
    ):
        _choose(qtbot, dash.account, label)
        qtbot.waitUntil(lambda: dash.cards["posts"].value.text() == "1")
        followers[platform] = dash.cards["followers"].value.text()
    assert followers == {
        "instagram": "1,520",
        "facebook": "880",
        "threads": "430",
        "vk": "2,650",
    }
    crash_log_empty(window)
