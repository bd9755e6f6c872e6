"""The Compose screen: five accounts, counts and markers, versions, photos, problems, schedule."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.compose import drafts
from smmdesk_gui.store.models import Account, AccountState, PostTarget, TargetState
from smmdesk_gui.ui.composer.page import ComposePage
from smmdesk_gui.ui.composer.panels import text_html
from smmdesk_gui.ui.main_window import MainWindow


def _five_accounts(ctx: Any) -> dict[str, int]:
    with ctx.store.session_scope() as s:
        rows = [
            Account(platform="instagram", handle="bakery"),
            Account(platform="x", handle="bakery_x"),
            Account(platform="bluesky", handle="bakery.bsky.social"),
            Account(platform="mastodon", handle="bakery@mastodon.example"),
            Account(platform="telegram", handle="bakery_news"),
        ]
        s.add_all(rows)
        s.flush()
        return {a.platform: a.id for a in rows}


def _page(ctx: Any, qtbot: QtBot) -> ComposePage:
    page = ComposePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    return page


def _photo(
    tmp_path: Path, name: str = "loaf.jpg", colour: tuple[int, int, int] = (180, 120, 60)
) -> Path:
    path = tmp_path / name
    Image.new("RGB", (1200, 900), colour).save(path)
    return path


def test_compose_is_in_the_main_window(ctx: Any, qtbot: QtBot) -> None:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.navigate("compose")
    assert isinstance(window.screens["compose"], ComposePage)


def test_live_counters_and_marker_for_five_accounts(ctx: Any, qtbot: QtBot) -> None:
    ids = _five_accounts(ctx)
    page = _page(ctx, qtbot)
    assert set(page.selected) == set(ids.values())  # every healthy account is chosen
    qtbot.keyClicks(page.editor, "Fresh bread ")
    page.editor.insertPlainText("a" * 290)
    x = page.counters.buttons[ids["x"]]
    qtbot.waitUntil(lambda: x.text() == "302/280")
    assert page.counters.buttons[ids["bluesky"]].text() == "302/300"
    assert page.counters.buttons[ids["telegram"]].text() == "302/4096"
    assert x.property("over") is True
    marker = page.editor.extraSelections()
    assert marker and marker[0].cursor.selectionStart() == 280  # where X stops fitting
    assert not page.schedule.button.isEnabled()
    labels = [page.schedule.problems.item(i).text() for i in range(page.schedule.problems.count())]
    assert any("too long for X" in t for t in labels)
    assert any("Instagram needs at least one image" in t for t in labels)


def test_own_version_for_one_account(ctx: Any, qtbot: QtBot) -> None:
    ids = _five_accounts(ctx)
    page = _page(ctx, qtbot)
    page.editor.setPlainText("a" * 290)
    tab = page.tabs_by_account[ids["x"]]
    page.show_account(ids["x"])
    assert tab.editor.isReadOnly() and tab.editor.toPlainText() == "a" * 290
    qtbot.mouseClick(tab.toggle, Qt.MouseButton.LeftButton)  # write a separate version
    tab.editor.setPlainText("Short for X")
    qtbot.waitUntil(lambda: page.counters.buttons[ids["x"]].text() == "11/280")
    assert page.text_for(ids["bluesky"]) == "a" * 290
    page.editor.setPlainText("changed")  # the own version does not follow any more
    assert tab.editor.toPlainText() == "Short for X"
    assert page.tabs_by_account[ids["bluesky"]].editor.toPlainText() == "changed"
    qtbot.mouseClick(tab.toggle, Qt.MouseButton.LeftButton)  # back to the main text
    assert tab.override() is None and tab.editor.toPlainText() == "changed"


def test_utm_tags_per_account(ctx: Any, qtbot: QtBot) -> None:
    ids = _five_accounts(ctx)
    page = _page(ctx, qtbot)
    page.editor.setPlainText("Order at shop.example.com/bread")
    tab = page.tabs_by_account[ids["telegram"]]
    tab.campaign.setText("Spring sale")
    qtbot.mouseClick(tab.utm, Qt.MouseButton.LeftButton)
    assert tab.override() == (
        "Order at shop.example.com/bread?utm_source=telegram&utm_medium=social"
        "&utm_campaign=spring-sale"
    )
    assert page.text_for(ids["x"]) == "Order at shop.example.com/bread"
    tab.editor.undo()  # the whole tagging is one undo step
    assert tab.editor.toPlainText() == "Order at shop.example.com/bread"


def test_photos_fix_instagram_and_alt_text(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    ids = _five_accounts(ctx)
    page = _page(ctx, qtbot)
    page.editor.setPlainText("New loaf")
    (tmp_path / "notes.txt").write_text("not a photo")
    page.add_files(
        [_photo(tmp_path), _photo(tmp_path, "b.png", (20, 90, 40)), tmp_path / "notes.txt"]
    )
    assert len(page.media.asset_ids()) == 2
    assert "not a photo" in page.schedule.status.text()
    page.add_files([_photo(tmp_path)])  # the same photo again is attached once
    assert len(page.media.asset_ids()) == 2
    qtbot.waitUntil(lambda: page.schedule.button.isEnabled())  # only the alt-text reminder is left
    labels = [page.schedule.problems.item(i).text() for i in range(page.schedule.problems.count())]
    assert len(labels) == 1 and "no description" in labels[0]
    page.media.list.setCurrentRow(0)
    qtbot.keyClicks(page.media.alt, "A round sourdough loaf")
    assert page.media.alt_texts()[page.media.asset_ids()[0]] == "A round sourdough loaf"
    page.media.list.setCurrentRow(1)
    page.media.remove_selected()
    qtbot.waitUntil(lambda: page.schedule.problems.count() == 0)
    card = page.preview.cards[ids["instagram"]]
    assert not card.image.pixmap().isNull()  # the photo, cropped for the account
    page.before_close()
    from smmdesk_gui.services.library.assets import MediaLibrary

    kept = MediaLibrary(ctx.store, ctx.paths).get(page.media.asset_ids()[0])
    assert kept.alt_text == "A round sourdough loaf"  # saved with the draft
    assert kept.path.exists() and ids


def test_reconnect_needed_blocks_until_removed(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    ids = _five_accounts(ctx)
    with ctx.store.session_scope() as s:
        s.get(Account, ids["bluesky"]).state = AccountState.NEEDS_RECONNECT.value
    page = _page(ctx, qtbot)
    assert ids["bluesky"] not in page.selected  # not chosen by default
    page.chips.chips[ids["bluesky"]].setChecked(True)
    page.editor.setPlainText("Hello")
    page.add_files([_photo(tmp_path)])
    page.recount()
    assert not page.schedule.button.isEnabled()
    page.chips.chips[ids["bluesky"]].setChecked(False)
    page.recount()
    assert page.schedule.button.isEnabled()


def test_schedule_now_and_at_a_time(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    ids = _five_accounts(ctx)
    page = _page(ctx, qtbot)
    for aid in (ids["instagram"], ids["bluesky"], ids["mastodon"]):
        page.chips.chips[aid].setChecked(False)
    page.editor.setPlainText("Open on Sunday!")
    page.schedule.now.setChecked(True)
    qtbot.waitUntil(page.schedule.button.isEnabled)
    qtbot.mouseClick(page.schedule.button, Qt.MouseButton.LeftButton)
    assert "goes out now" in page.schedule.status.text()
    assert page.editor.toPlainText() == ""  # a fresh post is ready
    with ctx.store.session_scope() as s:
        rows = s.query(PostTarget).all()
        assert {r.account_id for r in rows} == {ids["x"], ids["telegram"]}
        assert {r.state for r in rows} == {TargetState.SCHEDULED.value}
        assert all(r.scheduled_at is not None for r in rows)


def test_autosave_and_reopen(ctx: Any, qtbot: QtBot) -> None:
    ids = _five_accounts(ctx)
    page = _page(ctx, qtbot)
    qtbot.keyClicks(page.editor, "Draft that must survive")
    qtbot.waitUntil(lambda: page.saves >= 1, timeout=3000)  # within the 2 s promise
    tab = page.tabs_by_account[ids["x"]]
    tab.set_override("X only")
    tab.changed.emit()
    page.before_close()
    page.close()

    again = _page(ctx, qtbot)
    assert again.editor.toPlainText() == "Draft that must survive"
    assert again.tabs_by_account[ids["x"]].override() == "X only"
    assert again.post_id == page.post_id


def test_hashtag_sets_and_templates_insert_at_cursor(ctx: Any, qtbot: QtBot) -> None:
    _five_accounts(ctx)
    drafts.save_snippet(ctx.store, "hashtags", "Bread", "#bread #sourdough")
    page = _page(ctx, qtbot)
    page.editor.setPlainText("Fresh today")
    page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
    page.snippets.fill_menu("hashtags")
    actions = [a for a in page.snippets.hashtags_menu.actions() if "Bread" in a.text()]
    assert actions and "2 hashtags" in actions[0].text() and "⚠" not in actions[0].text()
    actions[0].trigger()
    assert page.editor.toPlainText() == "Fresh today\n\n#bread #sourdough"
    page.editor.undo()
    assert page.editor.toPlainText() == "Fresh today"


@pytest.mark.parametrize("rtl", [False, True])
def test_screen_renders_in_both_directions(ctx: Any, qtbot: QtBot, qapp: Any, rtl: bool) -> None:
    _five_accounts(ctx)
    if rtl:
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = _page(ctx, qtbot)
        page.editor.setPlainText("فروش ویژه امروز\nSale today at shop.example.com #sale")
        page.recount()
        image = page.grab().toImage()
        assert image.width() > 500
        assert page.editor.document().firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
        assert page.editor.document().lastBlock().textDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_preview_html_marks_fold_and_overflow() -> None:
    html = text_html("abcdef\nghij", 3, 8, "more")
    assert html.startswith('<p dir="ltr" style="margin:0">abc<b>… more</b>')
    assert "line-through" in html and ">hij<" in html
    assert '<p dir="rtl"' in text_html("سلام\nhi", 10, 10, "more")


def test_schedule_time_uses_the_workspace_zone(ctx: Any, qtbot: QtBot) -> None:
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QDate, QDateTime, QTime

    from smmdesk_gui.ui.composer.panels import qdatetime_to_utc

    value = QDateTime(QDate(2026, 3, 29), QTime(12, 0))
    assert qdatetime_to_utc(value, ZoneInfo("Europe/Amsterdam")) == dt.datetime(
        2026, 3, 29, 10, 0, tzinfo=dt.UTC
    )


def test_paste_a_picture_and_drop_photo_files_on_the_text(
    ctx: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QUrl
    from PySide6.QtGui import QImage

    _five_accounts(ctx)
    page = _page(ctx, qtbot)
    page.editor.setPlainText("Look")
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QMimeData()
    data.setImageData(image)
    page.editor.insertFromMimeData(data)
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(_photo(tmp_path)))])
    page.editor.insertFromMimeData(files)
    assert len(page.media.asset_ids()) == 2
    assert page.editor.toPlainText() == "Look"  # no file path pasted into the text


def test_next_free_slot_per_account(ctx: Any, qtbot: QtBot) -> None:
    from smmdesk_gui.store.models import TimeSlot

    ids = _five_accounts(ctx)
    with ctx.store.session_scope() as s:
        for aid in (ids["x"], ids["telegram"]):
            for weekday in range(7):
                s.add(TimeSlot(account_id=aid, weekday=weekday, minute_of_day=12 * 60 + 30))
    page = _page(ctx, qtbot)
    for aid in (ids["instagram"], ids["bluesky"], ids["mastodon"]):
        page.chips.chips[aid].setChecked(False)
    page.editor.setPlainText("Lunch special")
    page.schedule.next_slot.setChecked(True)
    assert page.schedule.button.text() == "Add to queue"
    qtbot.waitUntil(page.schedule.button.isEnabled)
    qtbot.mouseClick(page.schedule.button, Qt.MouseButton.LeftButton)
    assert "queue of 2 account" in page.schedule.status.text()
    with ctx.store.session_scope() as s:
        times = {r.scheduled_at for r in s.query(PostTarget).all()}
    assert len(times) == 1
    (when,) = times
    assert when > dt.datetime.now(dt.UTC) and when.astimezone(page.tz).time() == dt.time(12, 30)


def test_next_free_slot_without_posting_times_says_what_to_do(ctx: Any, qtbot: QtBot) -> None:
    ids = _five_accounts(ctx)
    page = _page(ctx, qtbot)
    for aid in (ids["instagram"], ids["bluesky"], ids["mastodon"], ids["telegram"]):
        page.chips.chips[aid].setChecked(False)
    page.editor.setPlainText("Hi")
    page.schedule.next_slot.setChecked(True)
    qtbot.waitUntil(page.schedule.button.isEnabled)
    qtbot.mouseClick(page.schedule.button, Qt.MouseButton.LeftButton)
    assert "add posting times on the Plan screen" in page.schedule.status.text()
    with ctx.store.session_scope() as s:
        assert {r.state for r in s.query(PostTarget).all()} == {"draft"}


def test_hashtag_set_warns_when_too_big_for_a_chosen_platform(ctx: Any, qtbot: QtBot) -> None:
    _five_accounts(ctx)
    drafts.save_snippet(ctx.store, "hashtags", "Many", " ".join(f"#t{i}x" for i in range(7)))
    page = _page(ctx, qtbot)
    page.snippets.fill_menu("hashtags")
    (action,) = [a for a in page.snippets.hashtags_menu.actions() if "Many" in a.text()]
    assert "7 hashtags ⚠" in action.text()
    assert "Instagram" in action.toolTip()
