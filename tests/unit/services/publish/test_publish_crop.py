"""What is posted is shaped like the preview: the crop choice (preset, focal point) reaches
``publish_media``, for sent posts and for assisted exports alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PIL import Image, ImageStat

from smmdesk_gui.domain.platforms import PRESETS
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.library.assets import MediaLibrary
from smmdesk_gui.services.publish.media import AssetRef, crop_choice, render_for_platform
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import PostMedia
from tests.fakes.publish import FakeClock, FakeTelegram, schedule


def _two_colour_photo(tmp_path: Path) -> Path:
    """1600x1200: the left half red, the right half blue."""
    image = Image.new("RGB", (1600, 1200), (220, 30, 30))
    image.paste((30, 30, 220), (800, 0, 1600, 1200))
    path = tmp_path / "halves.png"
    image.save(path)
    return path


def _mostly(path: Path) -> str:
    with Image.open(path) as im:
        r, _g, b = ImageStat.Stat(im.convert("RGB")).mean
    return "red" if r > b else "blue"


def _mean(path: Path) -> tuple[float, ...]:
    with Image.open(path) as im:
        return tuple(ImageStat.Stat(im.convert("RGB")).mean)


def _close(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """The same part of the photo (a crop from the other side differs by ~95 per channel)."""
    return all(abs(x - y) < 20 for x, y in zip(a, b, strict=True))


def test_crop_choice_prefers_the_composers_choice_then_the_default() -> None:
    assert crop_choice("instagram", (0.2, 0.3)).preset == PRESETS["instagram.square"]
    assert crop_choice("instagram", (0.2, 0.3)).spec.focus == (0.2, 0.3)
    chosen = crop_choice("instagram", (0.2, 0.3), "instagram.portrait", (0.9, 0.5))
    assert chosen.preset == PRESETS["instagram.portrait"] and chosen.spec.focus == (0.9, 0.5)
    # Another platform's preset or a vanished one can never send a wrong shape.
    assert crop_choice("instagram", (0.5, 0.5), "x.square").preset == PRESETS["instagram.square"]
    assert crop_choice("instagram", (0.5, 0.5), "gone.shape").preset == PRESETS["instagram.square"]
    assert crop_choice("telegram", (0.5, 0.5)).preset == PRESETS["telegram.photo"]
    assert crop_choice("threads", (0.5, 0.5)).preset is None  # the whole photo, upright


def test_the_focal_point_decides_the_crop_of_the_assisted_export(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    ig = AccountService(store).add("instagram", "shop.ig")
    photo = _two_colour_photo(tmp_path)
    now = dt.datetime.now(dt.UTC)
    target = schedule(store, ig.id, "Two colours", now, (photo,), paths.media)
    with store.session_scope() as s:
        asset_id = s.query(PostMedia).one().asset_id
    library = MediaLibrary(store, paths)
    service = PublishingService(store, paths)
    for focus_x, colour in ((0.95, "blue"), (0.05, "red")):
        library.set_focus(asset_id, focus_x, 0.5)
        [image] = service.assisted_package(target).images
        with Image.open(image) as im:
            assert im.size == (1080, 1080)  # instagram.square, the default preset
        assert _mostly(image) == colour


def test_a_chosen_preset_and_focus_reach_the_rendered_file(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    ig = AccountService(store).add("instagram", "shop.ig")
    photo = _two_colour_photo(tmp_path)
    schedule(store, ig.id, "Portrait", dt.datetime.now(dt.UTC), (photo,), paths.media)
    with store.session_scope() as s:
        asset_id = s.query(PostMedia).one().asset_id
    library = MediaLibrary(store, paths)
    [item] = render_for_platform(
        library,
        "instagram",
        [AssetRef(asset_id, "alt", preset="instagram.portrait", focus=(0.0, 0.5))],
        8 * 1024 * 1024,
    )
    # 4:5 portrait (the pipeline never enlarges: 1200 px tall is what the photo has).
    assert item.width * 5 == item.height * 4 and _mostly(item.path) == "red"
    assert item.alt == "alt"


def test_sent_photos_follow_the_focal_point_too(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    telegram: FakeTelegram,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    photo = _two_colour_photo(tmp_path)
    schedule(store, acc.id, "Whole photo", clock(), (photo,), paths.media)
    [view] = publisher.publish_due().published
    [request] = [r for r in telegram.log if r.path.endswith("/sendPhoto")]
    sent = tmp_path / "sent.jpg"
    sent.write_bytes(request.files["photo"][2])
    with Image.open(sent) as im:
        assert im.size == (1280, 960)  # telegram.photo: the whole photo, long side 1280
    assert view.state == "published"


def test_what_is_posted_matches_the_composers_preview(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    """For every platform: the preview's preset is the one crop_choice picks, and the rendered
    file has the preview's shape and the same side of the photo."""
    from smmdesk_gui.domain.platforms import PLATFORMS
    from smmdesk_gui.services.compose.photos import platform_preview

    ig = AccountService(store).add("instagram", "shop.ig")
    photo = _two_colour_photo(tmp_path)
    schedule(store, ig.id, "Shapes", dt.datetime.now(dt.UTC), (photo,), paths.media)
    with store.session_scope() as s:
        asset_id = s.query(PostMedia).one().asset_id
    library = MediaLibrary(store, paths)
    library.set_focus(asset_id, 0.97, 0.5)
    for platform in PLATFORMS:
        preview = platform_preview(store, paths, asset_id, platform)
        choice = crop_choice(platform, library.get(asset_id).focus)
        assert preview.preset == (choice.preset.name if choice.preset else None), platform
        [item] = render_for_platform(library, platform, [AssetRef(asset_id, "")], 8 * 1024 * 1024)
        shown = preview.image.width / preview.image.height
        assert abs(item.width / item.height - shown) < 0.02, platform
        sample = tmp_path / f"{platform}-preview.png"
        preview.image.convert("RGB").save(sample)
        assert _close(_mean(item.path), _mean(sample)), platform


def test_the_shape_stored_with_the_post_reaches_the_assisted_export(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    """The composer's Instagram shape is kept on the post's photos and publishing uses it; a
    Telegram version of the same post keeps its own shape."""
    ig = AccountService(store).add("instagram", "shop.ig")
    photo = _two_colour_photo(tmp_path)
    target = schedule(store, ig.id, "Landscape", dt.datetime.now(dt.UTC), (photo,), paths.media)
    with store.session_scope() as s:
        s.query(PostMedia).one().preset = "instagram.landscape"
    service = PublishingService(store, paths)
    [image] = service.assisted_package(target).images
    with Image.open(image) as im:
        assert im.size == (1080, 566)  # 1.91:1
    assert (
        crop_choice("telegram", (0.5, 0.5), "instagram.landscape").preset
        == PRESETS["telegram.photo"]
    )
