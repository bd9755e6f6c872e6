"""What the image pipeline cannot fix per platform, and the per-platform preview pictures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smmdesk_gui.domain.text_rules import Severity
from smmdesk_gui.services.compose import photos
from smmdesk_gui.services.compose.checks import (
    AccountInfo,
    MediaInfo,
    check_account,
    image_problems,
    posted_size,
)
from smmdesk_gui.services.library.assets import MediaLibrary

IG = AccountInfo(1, "instagram", "bakery")
X = AccountInfo(2, "x", "bakery_x")
THREADS = AccountInfo(3, "threads", "bakery")
BSKY = AccountInfo(4, "bluesky", "bakery.bsky.social")


def _codes(account: AccountInfo, media: list[MediaInfo]) -> list[str]:
    return [p.code for p in image_problems(account, media)]


def test_posted_size_follows_the_platforms_preset() -> None:
    assert posted_size("instagram", 4000, 3000) == ((1080, 1080), 0.75)
    assert posted_size("x", 4000, 3000)[0] == (1600, 900)
    assert posted_size("bluesky", 4000, 3000) == ((2000, 1500), 1.0)  # whole photo, long side
    assert posted_size("threads", 1200, 900) == ((1200, 900), 1.0)  # no preset: upright JPEG
    assert posted_size("instagram", 300, 200)[0] == (200, 200)  # never enlarged


def test_too_narrow_for_instagram_blocks_with_plain_words() -> None:
    tiny = MediaInfo(1, "logo.png", "our logo", width=300, height=200)
    [problem] = image_problems(IG, [tiny])
    assert problem.code == "image_too_small" and problem.severity is Severity.ERROR
    assert "logo.png is too small for Instagram" in problem.message
    assert "at least 320 pixels wide, this one is 200" in problem.message
    assert not check_account(IG, "New logo", [tiny]).ok
    assert _codes(THREADS, [tiny]) == ["image_too_small"]
    assert _codes(X, [tiny]) == []  # X takes small pictures
    assert _codes(IG, [MediaInfo(2, "loaf.jpg", width=1200, height=900)]) == []


def test_animated_gif_where_the_platform_shows_a_still() -> None:
    gif = MediaInfo(1, "dance.gif", "a dancing loaf", 480, 480, 900_000, "image/gif", frames=12)
    [lost] = image_problems(IG, [gif])
    assert lost.code == "animation_lost" and lost.severity is Severity.WARNING
    assert "Instagram does not play animated GIFs" in lost.message
    assert _codes(X, [gif]) == []  # X keeps the animation
    assert _codes(AccountInfo(5, "mastodon", "b@m.example"), [gif]) == []
    big = MediaInfo(2, "big.gif", "x", 480, 480, 9 * 1024 * 1024, "image/gif", frames=40)
    assert _codes(X, [big]) == ["animation_too_large"]
    still_gif = MediaInfo(3, "still.gif", "x", 480, 480, 1000, "image/gif")
    assert _codes(IG, [still_gif]) == []
    assert check_account(IG, "Dance!", [gif]).ok  # a reminder, not a blocker


def test_a_crop_that_cuts_off_most_of_the_photo_is_pointed_out() -> None:
    panorama = MediaInfo(1, "street.jpg", "our street", width=6000, height=1500)
    [crop] = image_problems(IG, [panorama])
    assert crop.code == "heavy_crop" and crop.severity is Severity.WARNING
    assert "Instagram shows only 25% of street.jpg" in crop.message
    assert _codes(BSKY, [panorama]) == []  # Bluesky keeps the whole photo
    assert _codes(IG, [MediaInfo(2, "w", width=0, height=0)]) == []  # not measured: no guess


def test_needs_reconnect_blocks() -> None:
    account = AccountInfo(9, "x", "shop", state="needs_reconnect")
    check = check_account(account, "hello", [])
    assert [p.code for p in check.blocking] == ["needs_reconnect"]
    assert "needs reconnecting" in check.blocking[0].message


def _library_photo(ctx: Any, tmp_path: Path, size: tuple[int, int], name: str = "p.png") -> int:
    """A photo whose left half is red and right half blue, in the media library."""
    im = Image.new("RGB", size, (220, 30, 30))
    im.paste((30, 30, 220), (size[0] // 2, 0, size[0], size[1]))
    path = tmp_path / name
    im.save(path)
    return MediaLibrary(ctx.store, ctx.paths).import_file(path).asset.id


def test_platform_preview_uses_the_preset_and_the_focal_point(ctx: Any, tmp_path: Path) -> None:
    asset = _library_photo(ctx, tmp_path, (1600, 800))
    ig = photos.platform_preview(ctx.store, ctx.paths, asset, "instagram")
    assert ig.preset == "instagram.square" and ig.image.width == ig.image.height
    x = photos.platform_preview(ctx.store, ctx.paths, asset, "x")
    assert x.preset == "x.landscape"
    assert x.image.width / x.image.height == pytest.approx(16 / 9, abs=0.02)
    threads = photos.platform_preview(ctx.store, ctx.paths, asset, "threads")
    assert threads.preset is None and threads.image.size == (640, 320)  # the whole photo
    # centre crop: both colours; focal point at the far left: the square is all red
    centre = ig.image.convert("RGB")
    assert centre.getpixel((2, 2))[0] > 150 and centre.getpixel((centre.width - 3, 2))[2] > 150
    MediaLibrary(ctx.store, ctx.paths).set_focus(asset, 0.0, 0.5)
    left = photos.platform_preview(ctx.store, ctx.paths, asset, "instagram").image
    right_edge = left.convert("RGB").getpixel((left.width - 3, left.height // 2))
    assert right_edge[0] > 150 and right_edge[2] < 100


def test_media_frames_tells_an_animation(ctx: Any, tmp_path: Path) -> None:
    frames = [Image.new("RGB", (64, 64), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    path = tmp_path / "blink.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    gif = MediaLibrary(ctx.store, ctx.paths).import_file(path).asset.id
    still = _library_photo(ctx, tmp_path, (64, 64))
    assert photos.media_frames(ctx.store, ctx.paths, gif) == 3
    assert photos.media_frames(ctx.store, ctx.paths, still) == 1


def test_the_composer_opens_the_post_it_had_open_even_among_many(store: Any) -> None:
    """The demo has hundreds of published posts edited after the draft: it still opens."""
    import datetime as dt

    from smmdesk_gui.services.compose import drafts as c
    from smmdesk_gui.store.models import Account, Post, PostTarget, TargetState

    with store.session_scope() as s:
        account = Account(platform="x", handle="shop")
        s.add(account)
        s.flush()
        aid = account.id
    draft = c.save_draft(store, c.Draft(text="Weekend buns", targets=[c.TargetDraft(aid)]))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    with store.session_scope() as s:
        for i in range(30):
            post = Post(text=f"old {i}", updated_at=later)
            post.targets.append(PostTarget(account_id=aid, state=TargetState.PUBLISHED.value))
            s.add(post)
    assert c.latest_draft(store) is not None
    assert c.latest_draft(store).post_id == draft.post_id  # type: ignore[union-attr]
    other = c.save_draft(store, c.Draft(text="Another", targets=[c.TargetDraft(aid)]))
    c.remember_open(store, draft.post_id)
    assert c.draft_to_open(store).post_id == draft.post_id  # type: ignore[union-attr]
    c.remember_open(store, None)
    assert c.draft_to_open(store).post_id == other.post_id  # type: ignore[union-attr]


def test_too_many_photos_says_what_the_owner_can_do() -> None:
    media = [MediaInfo(i, f"p{i}.jpg", "ok", 1200, 900) for i in range(6)]
    [too_many] = [p for p in check_account(X, "hi", media).problems if p.code == "too_many_images"]
    assert too_many.message == (
        "X takes at most 4 images; this post has 6. Remove 2 photos, or remove this account "
        "from the post."
    )


def test_the_preview_is_the_picture_publishing_sends(ctx: Any, tmp_path: Path) -> None:
    """Same rule (``publish_media.crop_choice``), same pixels: the preview against the rendition
    ``render_for_platform`` posts, scaled to the same size."""
    from PIL import ImageChops, ImageStat

    from smmdesk_gui.services.publish.media import AssetRef, render_for_platform

    asset = _library_photo(ctx, tmp_path, (1800, 1000))
    library = MediaLibrary(ctx.store, ctx.paths)
    library.set_focus(asset, 0.8, 0.5)
    for platform in ("instagram", "x", "telegram"):
        shown = photos.platform_preview(ctx.store, ctx.paths, asset, platform).image
        [sent] = render_for_platform(library, platform, [AssetRef(asset, "")], 8 * 1024 * 1024)
        with Image.open(sent.path) as posted:
            assert posted.width / posted.height == pytest.approx(
                shown.width / shown.height, abs=0.01
            )
            small = posted.convert("RGB").resize(shown.size)
        diff = ImageStat.Stat(ImageChops.difference(small, shown.convert("RGB"))).mean
        assert max(diff) < 6, (platform, diff)


def test_a_chosen_preset_and_focus_shape_the_preview(ctx: Any, tmp_path: Path) -> None:
    asset = _library_photo(ctx, tmp_path, (1600, 800))
    portrait = photos.platform_preview(
        ctx.store, ctx.paths, asset, "instagram", preset="instagram.portrait", focus=(0.0, 0.5)
    )
    assert portrait.preset == "instagram.portrait"
    assert portrait.image.width / portrait.image.height == pytest.approx(0.8, abs=0.01)
    assert portrait.image.convert("RGB").getpixel((portrait.image.width - 3, 5))[0] > 150
    wrong = photos.platform_preview(ctx.store, ctx.paths, asset, "x", preset="vk.square")
    assert wrong.preset == "x.landscape"  # another platform's preset never shapes it
