"""Photos for the composer, through the media library (``services/library/assets.py``).

The composer adds photos (file dialog, drop, paste) and shows their thumbnails; the library owns
the content-addressed store, the checks and the thumbnail cache. These thin functions keep the
composer's calls in one place; all of them do file work, so the UI runs them on a worker thread.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from smmdesk_gui.media import source
from smmdesk_gui.media.errors import MediaError
from smmdesk_gui.media.preview import PreviewSource
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.library.assets import MediaLibrary
from smmdesk_gui.store.db import Store

#: Files the composer takes from a drop or a paste (the library decides in the end).
IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic", ".heif", ".tif", ".tiff", ".bmp"}
)


class ImageImportError(Exception):
    """A file could not be added; the message names it and says why."""


@dataclass(frozen=True)
class ImportedImage:
    asset_id: int
    name: str
    path: Path


def import_image_file(store: Store, paths: AppPaths, source: Path) -> ImportedImage:
    """Add ``source`` to the media library (once per distinct photo) and return its asset."""
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise ImageImportError(
            f"{source.name} is not a photo SMM Desk can use (JPEG, PNG, WebP, GIF or HEIC)."
        )
    try:
        result = MediaLibrary(store, paths).import_file(source)
    except (MediaError, OSError) as exc:
        raise ImageImportError(f"{source.name}: {exc}") from exc
    return ImportedImage(result.asset.id, result.asset.name, result.asset.path)


def import_image_bytes(store: Store, paths: AppPaths, data: bytes, name: str) -> ImportedImage:
    """Add a pasted picture (PNG bytes) to the media library."""
    try:
        result = MediaLibrary(store, paths).import_bytes(data, name)
    except (MediaError, OSError) as exc:
        raise ImageImportError(f"The pasted picture could not be added: {exc}") from exc
    return ImportedImage(result.asset.id, result.asset.name, result.asset.path)


def thumbnail_path(store: Store, paths: AppPaths, asset_id: int) -> Path | None:
    """The library's small JPEG of the photo (rebuilt if the cache was cleared)."""
    library = MediaLibrary(store, paths)
    try:
        return library.thumbnail(library.get(asset_id))
    except (MediaError, OSError, LookupError):
        return None


def set_alt_text(store: Store, paths: AppPaths, asset_id: int, alt_text: str) -> None:
    """The photo's own description (used by every post that does not override it)."""
    MediaLibrary(store, paths).set_alt_text(asset_id, alt_text)


def media_frames(store: Store, paths: AppPaths, asset_id: int) -> int:
    """How many frames the photo has (more than 1: an animated GIF); 1 when it cannot be read."""
    try:
        return source.inspect(MediaLibrary(store, paths).get(asset_id).path).frames
    except (MediaError, OSError, LookupError):
        return 1


# --- per-platform previews ----------------------------------------------------------------------

#: Previews are decoded at most this large (twice the preview panel, for high-DPI screens).
PREVIEW_SIDE = 640
_SOURCES_KEPT = 12
_sources: OrderedDict[tuple[Path, int], PreviewSource] = OrderedDict()
_sources_lock = threading.Lock()


def _preview_source(path: Path, side: int) -> PreviewSource:
    """One reduced decode per photo, kept for the next platform's preview (a small LRU)."""
    key = (path, side)
    with _sources_lock:
        found = _sources.get(key)
        if found is not None:
            _sources.move_to_end(key)
            return found
    opened = PreviewSource(path, max_side=side)
    with _sources_lock:
        _sources[key] = opened
        while len(_sources) > _SOURCES_KEPT:
            _sources.popitem(last=False)
    return opened


@dataclass(frozen=True)
class PlatformPreview:
    """A photo as one platform will get it, scaled down for the screen."""

    image: Image.Image  # RGB or RGBA, at most ``side`` pixels on its long side
    preset: str | None  # the preset publishing uses (None: the plain upright JPEG)


def platform_preview(
    store: Store,
    paths: AppPaths,
    asset_id: int,
    platform: str,
    side: int = PREVIEW_SIDE,
    preset: str | None = None,
    focus: tuple[float, float] | None = None,
) -> PlatformPreview:
    """The photo shaped the way publishing shapes it for ``platform``.

    The shape comes from ``publish_media.crop_choice``, the one rule publishing uses (the chosen
    preset and focus if given, else the platform's first preset around the photo's focal
    point); a platform without a preset gets the whole photo, upright. The media pipeline's own
    geometry runs on a reduced decode, so the picture matches the posted one without rendering
    it at full size. File work: call it off the GUI thread.
    """
    from smmdesk_gui.services.publish.media import crop_choice

    asset = MediaLibrary(store, paths).get(asset_id)
    choice = crop_choice(platform, asset.focus, preset, focus)
    src = _preview_source(asset.path, side)
    with _sources_lock:  # one reduced decode shared by the workers: shape one at a time
        if choice.preset is None:
            return PlatformPreview(src.thumbnail(side), None)
        spec = choice.spec
        image = src.preview(choice.preset, spec.focus, spec.fit, spec.background, max_side=side)
    return PlatformPreview(image, choice.preset.name)
