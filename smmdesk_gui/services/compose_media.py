"""Photos for the composer, through the media library (``services/media_library.py``).

The composer adds photos (file dialog, drop, paste) and shows their thumbnails; the library owns
the content-addressed store, the checks and the thumbnail cache. These thin functions keep the
composer's calls in one place; all of them do file work, so the UI runs them on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from smmdesk_gui.media.errors import MediaError
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.media_library import MediaLibrary
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
