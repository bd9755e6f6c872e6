"""The Compose screen's parts on their own: autosave, snippet bar, photo intake, version tabs."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PIL import Image
from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.compose import drafts
from smmdesk_gui.services.compose.checks import AccountInfo
from smmdesk_gui.ui.composer.autosave import AUTOSAVE_MS, Autosaver
from smmdesk_gui.ui.composer.photo_intake import PhotoIntake
from smmdesk_gui.ui.composer.snippets import SnippetBar
from smmdesk_gui.ui.composer.version_tab import VersionTabs
from smmdesk_gui.ui.composer.widgets import PostEditor, wall_clock
from tests.fakes.db_lock import write_lock


class Holder:
    """What the page would be for an Autosaver: the draft as typed, the messages shown."""

    def __init__(self) -> None:
        self.draft = drafts.Draft()
        self.messages: list[str] = []
        self.saved: list[int] = []


def _autosaver(ctx: Any) -> tuple[Autosaver, Holder]:
    holder = Holder()
    saver = Autosaver(ctx, lambda: holder.draft)
    saver.status.connect(holder.messages.append)
    saver.saved.connect(holder.saved.append)

    def keep_id(post_id: int) -> None:
        holder.draft = drafts.Draft(post_id=post_id, text=holder.draft.text)

    saver.saved.connect(keep_id)
    return saver, holder


def test_autosave_writes_after_a_change_within_the_throttle(ctx: Any, qtbot: QtBot) -> None:
    saver, holder = _autosaver(ctx)
    saver.changed()
    assert saver.save() and saver.saves == 0  # an empty new post is not worth keeping
    holder.draft = drafts.Draft(text="Sourdough at eight")
    saver.changed()
    qtbot.waitUntil(lambda: saver.saves == 1, timeout=AUTOSAVE_MS + 1500)
    assert not saver.dirty
    (post_id,) = holder.saved
    stored = drafts.reopen_draft(ctx.store)  # the open post is noted for a start after a kill
    assert stored is not None and stored.post_id == post_id
    assert stored.text == "Sourdough at eight"
    holder.draft = drafts.Draft(post_id=post_id, text="Sourdough at nine")
    saver.changed()
    assert saver.save()
    assert holder.saved == [post_id, post_id]  # the same post again, never a second one


def test_a_busy_database_is_said_once_and_cleared_by_the_next_save(ctx: Any) -> None:
    ctx.store.mark_interactive_thread()
    saver, holder = _autosaver(ctx)
    holder.draft = drafts.Draft(text="Rye on Fridays")
    saver.changed()
    with write_lock(ctx.store.database):
        assert not saver.save()
        assert saver.busy and saver.dirty and saver.retry.isActive()
    assert len(holder.messages) == 1 and "busy with another task" in holder.messages[0]
    assert saver.save()
    assert holder.messages[-1] == "" and not saver.retry.isActive() and not saver.busy


def test_closing_waits_for_a_busy_database_rather_than_lose_the_draft(ctx: Any) -> None:
    ctx.store.mark_interactive_thread()
    saver, holder = _autosaver(ctx)
    holder.draft = drafts.Draft(text="Last words before closing")
    saver.changed()
    with write_lock(ctx.store.database) as lock:
        release = threading.Timer(1.5, lambda: lock.execute("COMMIT"))
        release.start()  # the import finishes while the window waits
        assert saver.save_before_close()
        release.join()
    reopened = drafts.reopen_draft(ctx.store)
    assert reopened is not None and reopened.text == "Last words before closing"


def test_closing_gives_up_after_its_tries(ctx: Any) -> None:
    ctx.store.mark_interactive_thread()
    saver, holder = _autosaver(ctx)
    holder.draft = drafts.Draft(text="Kept in memory")
    saver.changed()
    with write_lock(ctx.store.database):
        assert not saver.save_before_close(tries=2)
    assert saver.dirty and not saver.retry.isActive()


def test_noting_the_open_post_on_a_busy_database_waits_for_the_next_save(
    ctx: Any, qtbot: QtBot
) -> None:
    ctx.store.mark_interactive_thread()
    saver, holder = _autosaver(ctx)
    post = drafts.save_draft(ctx.store, drafts.Draft(text="Opened from the plan"))
    with write_lock(ctx.store.database):
        saver.remember_open(post.post_id)  # no error: it is only a convenience
    assert drafts.reopen_draft(ctx.store) is None
    holder.draft = drafts.Draft(post_id=post.post_id, text="Opened from the plan, edited")
    saver.changed()
    assert saver.save()
    reopened = drafts.reopen_draft(ctx.store)
    assert reopened is not None and reopened.post_id == post.post_id


def _bar(ctx: Any, qtbot: QtBot, platforms: set[str]) -> tuple[SnippetBar, PostEditor, list[str]]:
    editor = PostEditor()
    qtbot.addWidget(editor)
    bar = SnippetBar(ctx, lambda: editor, lambda: platforms)
    qtbot.addWidget(bar)
    messages: list[str] = []
    bar.status.connect(messages.append)
    return bar, editor, messages


def test_snippet_menus_list_what_is_saved(ctx: Any, qtbot: QtBot) -> None:
    bar, _editor, _messages = _bar(ctx, qtbot, {"instagram"})
    bar.fill_menu("template")
    texts = [a.text() for a in bar.templates_menu.actions() if a.text()]
    assert texts[0] == "Nothing saved yet"
    assert not bar.templates_menu.actions()[0].isEnabled()
    assert bar.save_snippet("template", "Hours", "Open daily 7-19")
    bar.fill_menu("template")
    (hours,) = [a for a in bar.templates_menu.actions() if a.text() == "Hours"]
    assert hours.toolTip() == "Open daily 7-19"
    bar.save_snippet("hashtags", "Few", "#bread #rye")
    bar.fill_menu("hashtags")
    (few,) = [a for a in bar.hashtags_menu.actions() if "Few" in a.text()]
    assert few.text() == "Few · 2 hashtags"


def test_snippet_goes_in_at_the_cursor_after_an_emoji(ctx: Any, qtbot: QtBot) -> None:
    bar, editor, _messages = _bar(ctx, qtbot, set())
    editor.setPlainText("Buns 🥐 today")
    cursor = editor.textCursor()
    cursor.setPosition(len("Buns 🥐".encode("utf-16-le")) // 2)  # Qt counts UTF-16 units
    editor.setTextCursor(cursor)
    bar.insert("fresh")
    assert editor.toPlainText() == "Buns 🥐 fresh today"


def test_saving_without_hashtags_or_selection_says_what_is_missing(ctx: Any, qtbot: QtBot) -> None:
    bar, editor, messages = _bar(ctx, qtbot, set())
    editor.setPlainText("No tags here")
    bar.save_hashtags()
    bar.save_template()
    assert messages == [
        "This post has no hashtags to save.",
        "Select the text to keep as a template first.",
    ]
    assert drafts.list_snippets(ctx.store) == []


def _intake(ctx: Any, qtbot: QtBot) -> tuple[PhotoIntake, list[tuple[list[Any], list[str]]]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    intake = PhotoIntake(ctx, parent)
    seen: list[tuple[list[Any], list[str]]] = []
    intake.added.connect(lambda done, errors: seen.append((done, errors)))
    return intake, seen


def test_photo_files_are_imported_and_refusals_named(
    ctx: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    intake, seen = _intake(ctx, qtbot)
    photo = tmp_path / "loaf.jpg"
    Image.new("RGB", (640, 480), (180, 120, 60)).save(photo)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo")
    intake.add_files([photo, notes])
    ((done, errors),) = seen
    assert [d.name for d in done] == ["loaf.jpg"]
    assert len(errors) == 1 and "notes.txt" in errors[0]
    thumbs: list[tuple[int, QImage, int]] = []
    intake.thumbnail_ready.connect(lambda a, image, frames: thumbs.append((a, image, frames)))
    intake.load_thumbnail(done[0].asset_id)
    ((asset_id, image, frames),) = thumbs
    assert asset_id == done[0].asset_id and not image.isNull() and frames == 1


def test_a_pasted_picture_becomes_a_named_png(ctx: Any, qtbot: QtBot) -> None:
    intake, seen = _intake(ctx, qtbot)
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 120, 200))
    intake.add_pasted_image(image)
    ((done, errors),) = seen
    assert errors == []
    (pasted,) = done
    assert pasted.name.startswith("Pasted ") and pasted.name.endswith(".png")
    with Image.open(pasted.path) as stored:
        assert stored.size == (320, 200)


def _account(aid: int, platform: str) -> AccountInfo:
    return AccountInfo(id=aid, platform=platform, handle=f"shop_{platform}")


def test_version_tabs_follow_the_chosen_accounts_in_order(qtbot: QtBot) -> None:
    post_time = wall_clock(QDate(2026, 3, 1), QTime(9, 0))
    tabs = VersionTabs(lambda: post_time)
    qtbot.addWidget(tabs)
    tabs.add_master(QWidget(), QIcon(), "Main text")
    shown: list[None] = []
    tabs.shown_changed.connect(lambda: shown.append(None))
    x, tg, bsky = _account(1, "x"), _account(2, "telegram"), _account(3, "bluesky")
    tabs.sync([x, bsky], {3: "Own words"}, "Main words")
    tabs.sync([x, tg, bsky], {3: "Own words"}, "Main words")
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Main text",
        "shop_x",
        "shop_telegram",
        "shop_bluesky",
    ]
    assert shown == []  # rebuilding the tabs is not the owner looking elsewhere
    assert tabs.by_account[1].text() == "Main words"
    assert tabs.by_account[3].text() == "Own words"
    tabs.show_account(3)
    assert tabs.shown_account() == 3 and shown
    assert tabs.own_editor() is tabs.by_account[3].editor
    tabs.sync([x], {}, "Main words")
    assert list(tabs.by_account) == [1]
    assert tabs.by_account[1].when.dateTime() == post_time  # a new tab starts at the post's


def test_an_accounts_own_time_round_trips_in_utc(qtbot: QtBot) -> None:
    tabs = VersionTabs(lambda: wall_clock(QDate(2026, 3, 1), QTime(9, 0)))
    qtbot.addWidget(tabs)
    tabs.sync([_account(1, "x")], {}, "")
    tab = tabs.by_account[1]
    tz = ZoneInfo("Europe/Amsterdam")
    assert tab.own_instant(tz) is None  # goes with the post
    at = dt.datetime(2026, 7, 4, 16, 30, tzinfo=dt.UTC)
    tab.set_own_time(at, tz)
    assert tab.own_time.isChecked() and tab.when.isEnabled()
    assert tab.own_instant(tz) == at
    tab.set_own_time(None, tz)
    assert tab.own_instant(tz) is None and not tab.when.isEnabled()
