"""Issue 12, item 12, as the owner does it from the main window, through the widgets only:
choose a rubric and Instagram's shape in their popups, drop a photo, see every account's post
side by side as its feed shows it, and take the best time from their own statistics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QTime, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from smmdesk_gui.services.stats.entry import record_post_figures
from smmdesk_gui.services.workspace import set_workspace_zone
from smmdesk_gui.store.models import Account, Post, PostMedia, PostTarget, Rubric
from smmdesk_gui.ui import crash
from smmdesk_gui.ui.composer.page import ComposePage
from smmdesk_gui.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

# longer than Instagram's fold (125 characters): the feed shows "… more"
TEXT = (
    "Our cardamom buns are back this weekend, baked fresh every morning from seven, with pearl "
    "sugar on top and a free coffee for the first twenty of you. See you at the shop!"
)


def _accounts(ctx: Any) -> dict[str, int]:
    with ctx.store.session_scope() as s:
        rows = [
            Account(platform="instagram", handle="korenbloem.bakery", display_name="Korenbloem"),
            Account(platform="mastodon", handle="bakery@mastodon.example", display_name=""),
            Account(platform="telegram", handle="bakery_news", display_name="Bakery News"),
        ]
        s.add_all(rows)
        s.add_all([Rubric(name="Product", colour="#e07050"), Rubric(name="Useful tips")])
        s.flush()
        return {a.platform: a.id for a in rows}


def _window(ctx: Any, qtbot: QtBot) -> ComposePage:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.attach(ctx)
    qtbot.mouseClick(window.rail.buttons["compose"], Qt.MouseButton.LeftButton)
    page = window.screens["compose"]
    assert isinstance(page, ComposePage) and page.loaded
    return page


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the combo's popup with a click and click ``text`` in it."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = combo.findText(text)
    assert row >= 0, text
    rect = view.visualRect(view.model().index(row, 0))
    # a release that comes right after the popup opened is the opening click's: Qt ignores it
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    qtbot.mouseMove(view.viewport(), rect.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible())


def _drop_photo(page: ComposePage, path: Path) -> None:
    """Drop a photo file from the desktop onto the photo strip."""
    target = page.media.list.viewport()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    pos = QPointF(target.rect().center())
    enter = QDragEnterEvent(
        pos.toPoint(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        pos,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)


def _write(qtbot: QtBot, page: ComposePage, text: str) -> None:
    qtbot.mouseClick(page.editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.keyClicks(page.editor, text)


def test_rubric_shape_and_side_by_side_previews(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    crash.shown_messages.clear()
    ids = _accounts(ctx)
    photo = tmp_path / "buns.jpg"
    Image.new("RGB", (1600, 1200), (200, 150, 90)).save(photo)
    page = _window(ctx, qtbot)
    _write(qtbot, page, TEXT)
    _drop_photo(page, photo)
    qtbot.waitUntil(lambda: len(page.media.asset_ids()) == 1)

    # the rubric: the workspace's rubrics in the combo, chosen in its popup
    assert [page.rubric.itemText(i) for i in range(page.rubric.count())] == [
        "No rubric",
        "Product",
        "Useful tips",
    ]
    _choose(qtbot, page.rubric, "Product")

    # three previews side by side, each like its platform's post
    cards = page.preview.cards
    assert list(cards) == [ids["instagram"], ids["mastodon"], ids["telegram"]]
    assert all(c.isVisible() for c in cards.values())
    ig, masto, tg = (cards[ids[p]] for p in ("instagram", "mastodon", "telegram"))
    assert (ig.name.text(), tg.name.text()) == ("Korenbloem", "Bakery News")
    assert "Instagram" in ig.handle.text() and "@korenbloem.bakery" in ig.handle.text()
    assert not ig.avatar.pixmap().isNull()
    xs = [c.mapTo(page.preview.widget(), QPoint(0, 0)).x() for c in (ig, masto, tg)]
    assert xs == sorted(xs) and len(set(xs)) == 3  # beside each other, in account order
    assert "… more" in ig.text.text() and "see you at the shop" not in ig.text.text().lower()
    assert "… more" not in masto.text.text() and "See you at the shop!" in masto.text.text()
    # Instagram's photo is square by default, above the words; the others below them
    assert ig.image.pixmap().width() == ig.image.pixmap().height()
    assert ig.image.y() < ig.text.y() and masto.text.y() < masto.image.y()
    assert "Instagram gets it as 1080 × 1080 pixels." in ig.image_caption.text()

    # Instagram's shape: portrait 4:5 in the preview, in the checks' sizes and in the database
    assert page.shape.isVisible()
    _choose(qtbot, page.shape, "Portrait 4:5")
    qtbot.waitUntil(
        lambda: abs(ig.image.pixmap().height() / ig.image.pixmap().width() - 5 / 4) < 0.02,
        timeout=3000,
    )
    assert "Instagram gets it as 960 × 1200 pixels." in ig.image_caption.text()
    assert masto.image.pixmap().width() > masto.image.pixmap().height()  # its own shape
    qtbot.waitUntil(lambda: not page.dirty, timeout=3000)  # the autosave wrote it
    with ctx.store.session_scope() as s:
        post = s.get(Post, page.post_id)
        assert post is not None and post.rubric is not None and post.rubric.name == "Product"
        assert [m.preset for m in post.media] == ["instagram.portrait"]

    # without Instagram there is no shape to choose
    qtbot.mouseClick(page.chips.chips[ids["instagram"]], Qt.MouseButton.LeftButton)
    assert not page.shape.isVisible() and list(page.preview.cards) == [
        ids["mastodon"],
        ids["telegram"],
    ]
    assert crash.shown_messages == []


def _published(ctx: Any, account_id: int, at: dt.datetime) -> None:
    with ctx.store.session_scope() as s:
        post = Post(text="published")
        s.add(post)
        s.flush()
        target = PostTarget(
            post_id=post.id, account_id=account_id, state="published", published_at=at
        )
        s.add(target)
        s.flush()
        target_id = target.id
    record_post_figures(ctx.store, target_id, {"reach": 100, "likes": 6})


def test_best_time_hint_from_the_owners_own_posts(ctx: Any, qtbot: QtBot) -> None:
    crash.shown_messages.clear()
    ids = _accounts(ctx)
    set_workspace_zone(ctx.store, "Asia/Tehran")
    page = _window(ctx, qtbot)
    assert not page.schedule.best_time.isVisible()  # no statistics yet: no guess

    # three Thursday posts at 10:xx Tehran time in the last weeks
    tehran = page.tz
    today = dt.datetime.now(tehran).date()
    thursday = today - dt.timedelta(days=(today.weekday() - 3) % 7 or 7)
    for weeks in (0, 1, 2):
        day = thursday - dt.timedelta(weeks=weeks)
        at = dt.datetime.combine(day, dt.time(10, 20), tzinfo=tehran)
        _published(ctx, ids["instagram"], at.astimezone(dt.UTC))
    window = page.window()
    assert isinstance(window, MainWindow)
    qtbot.mouseClick(window.rail.buttons["plan"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.rail.buttons["compose"], Qt.MouseButton.LeftButton)

    from PySide6.QtCore import QLocale

    locale = QLocale()
    day_name = locale.dayName(4, QLocale.FormatType.ShortFormat)
    ten = locale.toString(QTime(10, 0), QLocale.FormatType.ShortFormat)
    assert page.schedule.best_time.isVisible()
    assert page.schedule.best_time.text() == f"Your posts do best on \u2068{day_name} {ten}\u2069."

    qtbot.mouseClick(page.schedule.use_best_time, Qt.MouseButton.LeftButton)
    shown = page.schedule.when.dateTime()
    assert page.schedule.at.isChecked()
    assert shown.date().dayOfWeek() == 4 and shown.time() == QTime(10, 0)
    chosen = page.schedule.chosen(tehran)
    assert chosen is not None and chosen > dt.datetime.now(dt.UTC)
    assert chosen - dt.datetime.now(dt.UTC) <= dt.timedelta(days=7)
    assert crash.shown_messages == []


def test_reopened_post_keeps_its_shape_and_rubric(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    """Saved, closed, opened again: the combos show what the post holds."""
    _accounts(ctx)
    photo = tmp_path / "buns.jpg"
    Image.new("RGB", (1600, 1200), (200, 150, 90)).save(photo)
    page = _window(ctx, qtbot)
    _write(qtbot, page, "Sunday buns")
    _drop_photo(page, photo)
    qtbot.waitUntil(lambda: len(page.media.asset_ids()) == 1)
    _choose(qtbot, page.rubric, "Useful tips")
    _choose(qtbot, page.shape, "Landscape 1.91:1")
    page.window().close()
    with ctx.store.session_scope() as s:
        assert s.scalars(select(PostMedia.preset)).all() == ["instagram.landscape"]

    again = _window(ctx, qtbot)
    assert again.editor.toPlainText() == "Sunday buns"
    assert again.rubric.currentText() == "Useful tips"
    assert again.shape.currentText() == "Landscape 1.91:1"
