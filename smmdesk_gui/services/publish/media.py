"""Images ready to send: the platform's rendition from the media pipeline, under its limits.

``render_for_platform`` asks ``MediaLibrary.renditions`` (issue 3: EXIF orientation, sRGB, focal
crop, metadata stripped, cached) for each photo's crop choice. A platform without presets gets
its photo with the shape kept (long side ``LONG_SIDE``), and a connector with a tighter limit than
the preset (an older Bluesky server, a Mastodon server's own limit) gets the preset with that
limit: every file sent goes through the one pipeline.

``crop_choice`` is the one rule for "how is this photo shaped for this platform": the preset the
composer chose for the platform (``AssetRef.preset``) if it stores one, else the platform's default
preset (its first); the focal point chosen for the post (``AssetRef.focus``) if any, else the
photo's own. The composer's preview (``compose_media.platform_preview``) makes the same choice
(a test checks both agree for every platform), so what is posted is what was shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from smmdesk_gui.connectors.base import MediaItem
from smmdesk_gui.domain.platforms import PRESETS, CropMode, ImagePreset, presets_for
from smmdesk_gui.media.render import CropSpec

#: Long side for a platform without presets of its own (e.g. Threads): its shape is kept.
LONG_SIDE = 2000


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
    max_bytes: int,
) -> tuple[MediaItem, ...]:
    """Each image as the platform's rendition (``library`` is a ``MediaLibrary``)."""
    from smmdesk_gui.services.library.assets import MediaLibrary

    assert isinstance(library, MediaLibrary)
    items: list[MediaItem] = []
    for ref in refs:
        asset = library.get(ref.asset_id)
        choice = crop_choice(platform, asset.focus, ref.preset, ref.focus)
        preset = sendable_preset(platform, choice.preset, max_bytes)
        [rendition] = library.renditions(ref.asset_id, [preset], choice.spec)
        if rendition.bytes > max_bytes:
            raise ValueError(f"{asset.name} cannot be made small enough ({max_bytes} bytes)")
        items.append(
            MediaItem(
                rendition.path,
                _MIME[rendition.format],
                rendition.width,
                rendition.height,
                ref.alt,
            )
        )
    return tuple(items)


def sendable_preset(platform: str, preset: ImagePreset | None, max_bytes: int) -> ImagePreset:
    """The preset a send renders: the chosen one, held to the connector's size limit when that
    is tighter; for a platform without presets, the photo's own shape as a JPEG."""
    if preset is None:
        return ImagePreset(
            name=f"{platform}.photo",
            long_side=LONG_SIDE,
            mode=CropMode.LONG_SIDE,
            formats=("JPEG",),
            max_bytes=max_bytes,
        )
    if preset.max_bytes > max_bytes:
        return replace(preset, max_bytes=max_bytes)
    return preset
