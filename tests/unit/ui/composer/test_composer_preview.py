"""The composer's per-account preview picture, image problems and per-account times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.compose import drafts
from smmdesk_gui.services.library.assets import MediaLibrary
from smmdesk_gui.store.models import Account, PostTarget
from smmdesk_gui.ui.composer.page import ComposePage
from smmdesk_gui.ui.composer.preview_images import pil_to_qimage


def _accounts(ctx: Any) -> dict[str, int]:
    with ctx.store.session_scope() as s:
        rows = [
            Account(platform="instagram", handle="bakery"),
            Account(platform="x", handle="bakery_x"),
            Account(platform="bluesky", handle="bakery.bsky.social"),
        ]
        s.add_all(rows)
        s.flush()
        return {a.platform: a.id for a in rows}


def _page(ctx: Any, qtbot: QtBot) -> ComposePage:
    page = ComposePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    return page


def _halves(tmp_path: Path, size: tuple[int, int] = (1600, 800)) -> Path:
    """Left half red, right half blue: where the crop sits shows in the preview's colours."""
    im = Image.new("RGB", size, (220, 30, 30))
    im.paste((30, 30, 220), (size[0] // 2, 0, size[0], size[1]))
    path = tmp_path / "halves.png"
    im.save(path)
    return path


def _problems(page: ComposePage) -> list[str]:
    return [page.schedule.problems.item(i).text() for i in range(page.schedule.problems.count())]


def test_pil_to_qimage_owns_its_pixels() -> None:
    im = Image.new("RGBA", (3, 2), (10, 20, 30, 255))
    q = pil_to_qimage(im)
    del im
    assert (q.width(), q.height()) == (3, 2)
    assert q.pixelColor(2, 1).getRgb() == (10, 20, 30, 255)
    assert pil_to_qimage(Image.new("L", (4, 4), 128)).pixelColor(0, 0).red() == 128


def test_preview_shows_the_photo_as_each_platform_gets_it(
    ctx: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    ids = _accounts(ctx)
    page = _page(ctx, qtbot)
    page.editor.setPlainText("Two colours")
    page.add_files([_halves(tmp_path)])
    asset = page.media.asset_ids()[0]

    def shown(platform: str = "instagram") -> QImage:
        return page.preview.cards[ids[platform]].image.pixmap().toImage()

    qtbot.waitUntil(lambda: (asset, "instagram", None) in page.previews._images)
    page.recount()
    square = shown()
    assert square.width() == square.height()  # Instagram's square, not the 2:1 photo
    card = page.preview.cards[ids["instagram"]]
    assert "Instagram gets it as 800 × 800 pixels." in card.image_caption.text()
    qtbot.waitUntil(lambda: (asset, "x", None) in page.previews._images)
    page.recount()
    wide = shown("x")
    assert abs(wide.width() / wide.height() - 16 / 9) < 0.03
    qtbot.waitUntil(lambda: (asset, "bluesky", None) in page.previews._images)
    page.recount()
    whole = shown("bluesky")
    assert abs(whole.width() / whole.height() - 2.0) < 0.03  # Bluesky keeps the whole photo

    # the focal point moved on the Media screen: coming back shows the new crop
    MediaLibrary(ctx.store, ctx.paths).set_focus(asset, 1.0, 0.5)
    page.on_shown()
    qtbot.waitUntil(lambda: (asset, "instagram", None) in page.previews._images)
    page.recount()
    right = shown().pixelColor(shown().width() // 4, shown().height() // 2)
    assert right.blue() > 150 and right.red() < 100  # all blue: the right half


def test_image_problems_reach_the_list(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    ids = _accounts(ctx)
    page = _page(ctx, qtbot)
    page.editor.setPlainText("Our new logo")
    Image.new("RGB", (300, 200), (200, 180, 20)).save(tmp_path / "logo.png")
    page.add_files([tmp_path / "logo.png"])
    page.media.list.setCurrentRow(0)
    qtbot.keyClicks(page.media.alt, "The shop's logo")
    page.recount()
    labels = _problems(page)
    assert any(
        t.startswith("Instagram @bakery: logo.png is too small for Instagram") for t in labels
    )
    assert not page.schedule.button.isEnabled()
    page.chips.chips[ids["instagram"]].setChecked(False)  # X and Bluesky take it
    page.recount()
    assert page.schedule.button.isEnabled()


def test_animated_gif_gets_a_reminder_where_it_stays_still(
    ctx: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    _accounts(ctx)
    page = _page(ctx, qtbot)
    page.editor.setPlainText("Watch it spin")
    frames = [Image.new("RGB", (400, 400), c) for c in ((250, 0, 0), (0, 250, 0))]
    frames[0].save(tmp_path / "spin.gif", save_all=True, append_images=frames[1:], duration=90)
    page.add_files([tmp_path / "spin.gif"])
    qtbot.waitUntil(lambda: any("animated" in t for t in _problems(page)))
    lost = sorted(t for t in _problems(page) if "animated" in t)
    assert lost[0].startswith("Bluesky @bakery.bsky.social: Bluesky does not play animated")
    assert lost[1].startswith("Instagram @bakery: Instagram does not play animated GIFs")
    assert len(lost) == 2  # X plays it
    assert page.media_info[page.media.asset_ids()[0]].frames == 2


def test_different_time_is_kept_with_the_draft(ctx: Any, qtbot: QtBot) -> None:
    ids = _accounts(ctx)
    page = _page(ctx, qtbot)
    page.editor.setPlainText("Sunday market")
    tab = page.tabs_by_account[ids["x"]]
    tab.own_time.setChecked(True)
    when = tab.when.dateTime().addDays(2)
    tab.when.setDateTime(when)
    page.before_close()
    with ctx.store.session_scope() as s:
        row = s.query(PostTarget).filter_by(account_id=ids["x"]).one()
        assert row.scheduled_at is not None and row.scheduled_at > dt.datetime.now(dt.UTC)
    page.close()

    again = _page(ctx, qtbot)
    x = again.tabs_by_account[ids["x"]]
    assert x.own_time.isChecked() and x.when.isEnabled()
    assert x.when.dateTime() == when
    other = again.tabs_by_account[ids["bluesky"]]
    assert not other.own_time.isChecked() and not other.when.isEnabled()
    assert again.dirty is False  # reopening is not an edit

    x.own_time.setChecked(False)  # back to the common time: forgotten in the draft too
    again.before_close()
    draft = drafts.load_draft(ctx.store, again.post_id or 0)
    assert draft.target(ids["x"]) is not None and draft.target(ids["x"]).scheduled_at is None  # type: ignore[union-attr]


def test_a_time_in_the_past_is_listed_before_scheduling(ctx: Any, qtbot: QtBot) -> None:
    ids = _accounts(ctx)
    page = _page(ctx, qtbot)
    for aid in (ids["instagram"], ids["bluesky"]):
        page.chips.chips[aid].setChecked(False)
    page.editor.setPlainText("Fresh rolls")
    page.recount()
    assert page.schedule.button.isEnabled()
    tab = page.tabs_by_account[ids["x"]]
    tab.own_time.setChecked(True)
    tab.when.setDateTime(tab.when.dateTime().addDays(-2))
    qtbot.waitUntil(lambda: not page.schedule.button.isEnabled())
    assert any("The time for X @bakery_x is in the past" in t for t in _problems(page))
    tab.own_time.setChecked(False)
    page.schedule.when.setDateTime(page.schedule.when.dateTime().addDays(-2))
    qtbot.waitUntil(lambda: not page.schedule.button.isEnabled())
    page.schedule.now.setChecked(True)  # "Post now" has no past
    qtbot.waitUntil(page.schedule.button.isEnabled)


def test_the_next_post_starts_clean(ctx: Any, qtbot: QtBot) -> None:
    ids = _accounts(ctx)
    page = _page(ctx, qtbot)
    page.chips.chips[ids["instagram"]].setChecked(False)
    page.editor.setPlainText("Open late on Friday")
    x = page.tabs_by_account[ids["x"]]
    x.set_override("Friday: open late")
    x.own_time.setChecked(True)
    x.when.setDateTime(x.when.dateTime().addDays(3))
    qtbot.waitUntil(page.schedule.button.isEnabled)
    page.schedule_post()
    assert "Scheduled for 2 accounts" in page.schedule.status.text()
    assert set(page.selected) == {ids["x"], ids["bluesky"]}  # the same accounts again
    x = page.tabs_by_account[ids["x"]]
    assert x.override() is None and not x.own_time.isChecked()
    assert page.editor.toPlainText() == "" and page.post_id is None
    with ctx.store.session_scope() as s:
        row = s.query(PostTarget).filter_by(account_id=ids["x"]).one()
        later = row.scheduled_at
    bsky = drafts.load_draft(ctx.store, row.post_id).target(ids["bluesky"])
    assert bsky is not None and bsky.scheduled_at is not None and later > bsky.scheduled_at


def test_times_read_year_first_in_a_right_to_left_window(ctx: Any, qtbot: QtBot, qapp: Any) -> None:
    from PySide6.QtCore import QDate, Qt, QTime

    from smmdesk_gui.ui.composer.widgets import wall_clock

    ids = _accounts(ctx)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = _page(ctx, qtbot)
        at = wall_clock(QDate(2026, 12, 5), QTime(18, 0))  # as the fields hold times
        page.schedule.when.setDateTime(at)
        tab = page.tabs_by_account[ids["x"]]
        tab.when.setDateTime(at)
        for edit in (page.schedule.when, tab.when):
            assert edit.text() == "2026-12-05 18:00"  # not "00:18 05-12-2026"
            assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight
            assert edit.dateTime() == at
        page.editor.setPlainText("Hello")
        page.recount()
        label = page.schedule.problems.item(0).text()
        assert label.startswith("\u2068") and label.endswith("\u2069")  # its own direction
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    page = _page(ctx, qtbot)
    assert page.schedule.when.displayFormat() == "yyyy-MM-dd HH:mm"


def test_a_draft_opened_from_the_plan_is_the_one_reopened(ctx: Any, qtbot: QtBot) -> None:
    ids = _accounts(ctx)
    page = _page(ctx, qtbot)
    qtbot.keyClicks(page.editor, "The post I was writing")
    page.before_close()
    older = drafts.save_draft(
        ctx.store,
        drafts.Draft(text="Planned for Tuesday", targets=[drafts.TargetDraft(ids["x"])]),
    )
    page.open_draft(older)  # what the Plan screen does on "Edit"
    page.close()  # then the app is killed: no save, no close event to rely on
    again = _page(ctx, qtbot)
    assert again.editor.toPlainText() == "Planned for Tuesday"
    assert again.selected == [ids["x"]]


def test_different_time_starts_from_the_posts_time(ctx: Any, qtbot: QtBot) -> None:
    ids = _accounts(ctx)
    page = _page(ctx, qtbot)
    friday = page.schedule.when.dateTime().addDays(4)
    page.schedule.when.setDateTime(friday)
    tab = page.tabs_by_account[ids["x"]]
    tab.own_time.setChecked(True)
    assert tab.when.dateTime() == friday


def test_leaving_out_an_account_before_the_open_tab(ctx: Any, qtbot: QtBot) -> None:
    """Removing a tab left of the open one recounted with a stale selection (KeyError)."""
    ids = _accounts(ctx)
    with ctx.store.session_scope() as s:
        s.get(Account, ids["bluesky"]).state = "needs_reconnect"
    page = _page(ctx, qtbot)
    page.chips.chips[ids["bluesky"]].click()  # chosen on purpose
    page.editor.setPlainText("Crispy crust")
    page.recount()
    reconnect = [t for t in _problems(page) if "needs reconnecting" in t]
    assert reconnect == [
        "Bluesky @bakery.bsky.social needs reconnecting: open Accounts and sign in again, or "
        "remove this account from the post."
    ]  # the account named once
    page.show_account(ids["x"])  # bluesky's tab sits left of it
    page.chips.chips[ids["bluesky"]].click()
    assert page.current_account() == ids["x"]
    page.recount()
    assert page.schedule.button.isEnabled() is False  # Instagram still needs a photo
    assert not any("Bluesky" in t for t in _problems(page))
    with ctx.store.session_scope() as s:
        s.delete(s.get(Account, ids["instagram"]))  # deleted on the Accounts screen
    page.on_shown()
    assert set(page.selected) == {ids["x"]} and page.schedule.button.isEnabled()


def test_a_new_post_shows_a_hint_not_errors(ctx: Any, qtbot: QtBot) -> None:
    _accounts(ctx)
    page = _page(ctx, qtbot)
    page.new_post()
    assert page.schedule.problems_title.text() == "Write your post above, then schedule it here."
    assert page.schedule.problems.count() == 0 and not page.schedule.button.isEnabled()
    page.editor.setPlainText("Hi")
    page.recount()
    assert any("Instagram needs at least one image" in t for t in _problems(page))
    page.editor.setPlainText("   ")
    page.recount()
    assert page.schedule.problems.count() == 0  # blank again: the hint again


def test_a_described_photo_shows_the_start_of_its_description(
    ctx: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    _accounts(ctx)
    page = _page(ctx, qtbot)
    page.add_files([_halves(tmp_path)])
    item = page.media.list.item(0)
    assert item.text() == "⚠ no description"
    page.media.list.setCurrentRow(0)
    qtbot.keyClicks(page.media.alt, "A round sourdough loaf")
    assert item.text() == "A round sourd…"  # 14 characters with the "…"
    assert item.toolTip().endswith("A round sourdough loaf")
