"""Images ready to send: the platform's rendition from the media pipeline, under its limits.

``render_for_platform`` asks ``MediaLibrary.renditions`` (issue 3: EXIF orientation, focal crop,
metadata stripped, cached) for each photo's crop choice; a platform without presets, or a
connector with a tighter limit than the preset (an older Bluesky server, a Mastodon server's own
limit), gets the small local JPEG re-encode below.

``crop_choice`` is the one rule for "how is this photo shaped for this platform": the preset the
composer chose for the platform (``AssetRef.preset``) if it stores one, else the platform's default
preset (its first); the focal point chosen for the post (``AssetRef.focus``) if any, else the
photo's own. The composer's preview (``compose_media.platform_preview``) makes the same choice
(a test checks both agree for every platform), so what is posted is what was shown.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps

from smmdesk_gui.connectors.base import MediaItem
from smmdesk_gui.domain.platforms import PRESETS, ImagePreset, presets_for
from smmdesk_gui.media.render import CropSpec

LONG_SIDE = 2000
_QUALITIES = (88, 82, 75, 68, 60, 50)


@dataclass(frozen=True)
class SourceImage:
    """An image of a post: where its original is and its alt text."""

    path: Path
    alt: str


def find_original(media_dir: Path, sha256: str, extension: str) -> Path:
    """The stored original of an asset (content-addressed by SHA-256 in the media folder)."""
    ext = extension if extension.startswith(".") or not extension else f".{extension}"
    for candidate in (
        media_dir / f"{sha256}{ext}",
        media_dir / sha256[:2] / f"{sha256}{ext}",
        media_dir / sha256,
    ):
        if candidate.is_file():
            return candidate
    for candidate in media_dir.rglob(f"{sha256}*"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"the image {sha256[:12]}... is missing from the media folder")


def prepare_jpeg(source: Path, dest: Path, max_bytes: int, long_side: int = LONG_SIDE) -> MediaItem:
    """Write ``source`` as an upright JPEG of at most ``max_bytes`` to ``dest``.

    Orientation from EXIF is applied and all metadata (GPS included) is dropped.
    """
    with Image.open(source) as im:
        im.draft("RGB", (long_side, long_side))
        upright = ImageOps.exif_transpose(im)
        rgb = upright.convert("RGB")
    side = long_side
    while True:
        work = rgb.copy()
        work.thumbnail((side, side), Image.Resampling.LANCZOS)
        for quality in _QUALITIES:
            buf = io.BytesIO()
            work.save(buf, "JPEG", quality=quality, optimize=True)
            if buf.tell() <= max_bytes:
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(buf.getvalue())
                return MediaItem(path=dest, mime="image/jpeg", width=work.width, height=work.height)
        if side <= 320:
            raise ValueError(f"{source.name} cannot be made small enough ({max_bytes} bytes)")
        side = int(side * 0.75)


def prepare_images(
    images: list[SourceImage], out_dir: Path, max_bytes: int
) -> tuple[MediaItem, ...]:
    """Every image of a post, ready to send, with its alt text."""
    items = []
    for i, image in enumerate(images):
        item = prepare_jpeg(image.path, out_dir / f"{i:02d}.jpg", max_bytes)
        items.append(
            MediaItem(
                path=item.path, mime=item.mime, width=item.width, height=item.height, alt=image.alt
            )
        )
    return tuple(items)


_MIME = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif"}


@dataclass(frozen=True)
class AssetRef:
    """An image of a post by its media-library id, with the alt text to send.

    ``preset`` and ``focus`` carry the composer's crop choice when it stores one; None means
    the platform's default preset and the photo's own focal point.
    """

    asset_id: int
    alt: str
    preset: str | None = None
    focus: tuple[float, float] | None = None


@dataclass(frozen=True)
class CropChoice:
    """How one photo is shaped for one platform (``preset`` None: the whole photo, upright)."""

    preset: ImagePreset | None
    spec: CropSpec


def crop_choice(
    platform: str,
    asset_focus: tuple[float, float],
    preset: str | None = None,
    focus: tuple[float, float] | None = None,
) -> CropChoice:
    """The preset and crop for a photo on ``platform`` (see the module's docstring).

    A chosen preset of another platform, or one that no longer exists, falls back to the
    platform's default, so an old choice can never send a wrong shape.
    """
    chosen = PRESETS.get(preset) if preset else None
    if chosen is not None and chosen.platform != platform:
        chosen = None
    if chosen is None:
        defaults = presets_for(platform)
        chosen = defaults[0] if defaults else None
    return CropChoice(chosen, CropSpec(focus if focus is not None else asset_focus))


def render_for_platform(
    library: object,
    platform: str,
    refs: list[AssetRef],
    out_dir: Path,
    max_bytes: int,
) -> tuple[MediaItem, ...]:
    """Each image as the platform's rendition (``library`` is a ``MediaLibrary``)."""
    from smmdesk_gui.services.media_library import MediaLibrary

    assert isinstance(library, MediaLibrary)
    items: list[MediaItem] = []
    for i, ref in enumerate(refs):
        asset = library.get(ref.asset_id)
        choice = crop_choice(platform, asset.focus, ref.preset, ref.focus)
        if choice.preset is None:
            item = prepare_jpeg(asset.path, out_dir / f"{i:02d}.jpg", max_bytes)
        else:
            [rendition] = library.renditions(ref.asset_id, [choice.preset], choice.spec)
            if rendition.bytes > max_bytes or rendition.format not in _MIME:
                item = prepare_jpeg(rendition.path, out_dir / f"{i:02d}.jpg", max_bytes)
            else:
                item = MediaItem(
                    rendition.path, _MIME[rendition.format], rendition.width, rendition.height
                )
        items.append(MediaItem(item.path, item.mime, item.width, item.height, ref.alt))
    return tuple(items)
