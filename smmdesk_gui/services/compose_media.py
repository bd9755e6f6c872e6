"""Bringing photos into a post from the composer: copy into the media store, and thumbnails.

The original is copied into ``media/`` under its SHA-256 (so moving or deleting the file on the
desktop loses nothing, and the same photo added twice is stored once). Sizes are read from the
header only; thumbnails decode a reduced image. Both run on a worker thread (``ui/tasks.py``).
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from sqlalchemy import select

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import MediaAsset

try:  # phone photos: HEIC opens through pillow-heif when it is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - optional
    pass

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".webp", ".gif", ".heic", ".heif"})


class ImageImportError(Exception):
    """A file could not be added; the message names it and says why."""


@dataclass(frozen=True)
class ImportedImage:
    asset_id: int
    name: str
    path: Path


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def asset_path(paths: AppPaths, sha256: str, extension: str) -> Path:
    return paths.media / f"{sha256}{extension}"


def import_image_file(store: Store, paths: AppPaths, source: Path) -> ImportedImage:
    """Copy ``source`` into the media store (once) and return its asset."""
    if source.suffix.lower() not in IMAGE_SUFFIXES:
        raise ImageImportError(
            f"{source.name} is not a photo SMM Desk can use (JPEG, PNG, WebP, GIF or HEIC)."
        )
    try:
        with Image.open(source) as im:
            width, height = im.size
            orientation = im.getexif().get(0x0112, 1)
            if orientation in (5, 6, 7, 8):
                width, height = height, width  # shown rotated by 90 degrees
            mime = Image.MIME.get(im.format or "", "application/octet-stream")
    except (UnidentifiedImageError, OSError) as exc:
        raise ImageImportError(f"{source.name} could not be opened as an image ({exc}).") from exc
    sha = _sha256(source)
    extension = source.suffix.lower()
    with store.session_scope() as s:
        existing = s.scalars(select(MediaAsset).where(MediaAsset.sha256 == sha)).first()
        if existing is not None:
            return ImportedImage(
                existing.id, existing.original_name, asset_path(paths, sha, existing.extension)
            )
        target = asset_path(paths, sha, extension)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            partial = target.with_suffix(target.suffix + ".part")
            shutil.copyfile(source, partial)
            partial.replace(target)
        asset = MediaAsset(
            sha256=sha,
            original_name=source.name,
            extension=extension,
            mime=mime,
            width=width,
            height=height,
            bytes=source.stat().st_size,
        )
        s.add(asset)
        s.flush()
        return ImportedImage(asset.id, source.name, target)


def original_path(store: Store, paths: AppPaths, asset_id: int) -> Path | None:
    with store.session_scope() as s:
        a = s.get(MediaAsset, asset_id)
        return None if a is None else asset_path(paths, a.sha256, a.extension)


def thumbnail(path: Path, size: int = 320) -> Image.Image:
    """A small, upright RGB copy of the photo (decodes a reduced image where it can)."""
    with Image.open(path) as im:
        im.draft("RGB", (size, size))
        upright = ImageOps.exif_transpose(im)
        upright.thumbnail((size, size))
        return upright.convert("RGB")


def set_alt_text(store: Store, asset_id: int, alt_text: str) -> None:
    """The photo's own description (used by every post that does not override it)."""
    with store.session_scope() as s:
        a = s.get(MediaAsset, asset_id)
        if a is not None:
            a.alt_text = alt_text
