"""Instagram with a photo host is published by SMM Desk (issue 14): the composer's schedule
notice and the calendar's "Post now" notice promise it goes out, as the queue sends it, instead
of "ready to post; SMM Desk shows you the text and photos" (the words for posts by hand)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish import hosting
from smmdesk_gui.ui import crash
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.composer.page import ComposePage
from smmdesk_gui.ui.main_window import MainWindow
from tests.fakes.meta import FakeMeta
from tests.fakes.s3 import FakeS3

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton


def _instagram(ctx: Any, meta: FakeMeta, s3: FakeS3, *, hosted: bool) -> int:
    """An Instagram account on the fake Graph API; the owner's bucket set up when ``hosted``."""
    info = AccountService(ctx.store).add(
        "instagram", "corner.bakery", meta.ig_token, server=meta.url
    )
    if hosted:
        hosting.save_photo_hosting(
            ctx.store, s3.url, s3.region, s3.bucket, s3.access_key, s3.secret_key
        )
    return info.id


def _window(ctx: Any, qtbot: QtBot) -> MainWindow:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


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


def _schedule_now(ctx: Any, qtbot: QtBot, tmp_path: Path, account: int) -> ComposePage:
    """Write a post with a photo for ``account`` in the composer and press "Post now"."""
    window = _window(ctx, qtbot)
    qtbot.mouseClick(window.rail.buttons["compose"], LEFT)
    page = window.screens["compose"]
    assert isinstance(page, ComposePage)
    for aid, chip in page.chips.chips.items():
        if chip.isChecked() != (aid == account):
            qtbot.mouseClick(chip, LEFT)
    qtbot.keyClicks(page.editor, "Fresh rye today")
    photo = tmp_path / "rye.jpg"
    Image.new("RGB", (1200, 1200), (200, 150, 90)).save(photo)
    _drop_photo(page, photo)
    qtbot.waitUntil(lambda: len(page.media.asset_ids()) == 1)
    qtbot.mouseClick(page.schedule.now, LEFT)
    qtbot.waitUntil(page.schedule.button.isEnabled)
    qtbot.mouseClick(page.schedule.button, LEFT)
    return page


def test_instagram_with_a_photo_host_goes_out_now_in_the_composers_words(
    ctx: Any, qtbot: QtBot, meta: FakeMeta, s3: FakeS3, tmp_path: Path
) -> None:
    crash.shown_messages.clear()
    account = _instagram(ctx, meta, s3, hosted=True)
    said = _schedule_now(ctx, qtbot, tmp_path, account).schedule.status.text()
    assert said == "Sent to the queue for 1 account: it goes out now."
    assert crash.shown_messages == []


def test_instagram_without_a_photo_host_is_still_the_owners_to_post(
    ctx: Any, qtbot: QtBot, meta: FakeMeta, s3: FakeS3, tmp_path: Path
) -> None:
    account = _instagram(ctx, meta, s3, hosted=False)
    said = _schedule_now(ctx, qtbot, tmp_path, account).schedule.status.text()
    assert said == (
        "Instagram @corner.bakery: ready to post now; SMM Desk shows you the text and photos."
    )


@pytest.mark.parametrize("hosted", [True, False])
def test_post_now_in_the_calendar_says_what_the_queue_does_with_instagram(
    ctx: Any, qtbot: QtBot, meta: FakeMeta, s3: FakeS3, tmp_path: Path, hosted: bool
) -> None:
    from tests.fakes.publish import schedule

    account = _instagram(ctx, meta, s3, hosted=hosted)
    photo = tmp_path / "rye.png"
    Image.new("RGB", (1200, 1200), (200, 150, 90)).save(photo)
    when = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=2)
    schedule(ctx.store, account, "Rye for Instagram", when, (photo,), ctx.paths.media)
    window = _window(ctx, qtbot)
    qtbot.mouseClick(window.rail.buttons["plan"], LEFT)
    page = window.screens["plan"]
    assert isinstance(page, PlanPage)
    qtbot.waitUntil(lambda: page.view is not None and bool(page.view.entries))
    assert page.view is not None
    (entry,) = page.view.entries
    page.post_menu.post_now(entry)
    if hosted:
        assert page.notice.text() == "It goes out now. Ctrl+Z takes it back until then."
        qtbot.waitUntil(lambda: len(meta.published) == 1)  # and the window's publisher sent it
    else:
        assert "ready to post now" in page.notice.text()
