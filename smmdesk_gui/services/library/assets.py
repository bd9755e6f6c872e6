"""The media library: import into the content-addressed store, describe, find, use, delete.

Originals are copied into ``media/`` named by their SHA-256, so the same photo imported twice is
stored once and moving or deleting the file on disk loses nothing. Every import is checked by
decoding the picture (a reduced decode that also makes the grid thumbnail), so a damaged file is
refused at the door with a plain message and changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from smmdesk_gui.domain.platforms import PRESETS, ImagePreset
from smmdesk_gui.media import cache as cache_mod
from smmdesk_gui.media import encode, overlay, render
from smmdesk_gui.media.errors import MediaError
from smmdesk_gui.media.preview import PreviewSource
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    MediaAsset,
    Post,
    PostMedia,
    PostTarget,
    Rendition,
    TargetState,
)

log = logging.getLogger(__name__)

THUMB_SIDE = 320
# A post in one of these states is still going out: deleting its picture needs a confirmation.
PENDING_STATES = frozenset(
    {TargetState.SCHEDULED, TargetState.PUBLISHING, TargetState.RETRY_WAIT, TargetState.DUE}
)
_EXT_FOR_FORMAT = {
    "JPEG": ".jpg",
    "MPO": ".jpg",
    "PNG": ".png",
    "WEBP": ".webp",
    "GIF": ".gif",
    "TIFF": ".tif",
    "HEIF": ".heic",
    "BMP": ".bmp",
}


@dataclass(frozen=True)
class AssetInfo:
    """One picture of the library, detached from the database session."""

    id: int
    sha256: str
    name: str
    extension: str
    mime: str
    width: int
    height: int
    bytes: int
    alt_text: str
    focal_x: float
    focal_y: float
    imported_at: dt.datetime
    path: Path  # the stored original

    @property
    def focus(self) -> tuple[float, float]:
        return (self.focal_x, self.focal_y)


@dataclass(frozen=True)
class ImportResult:
    asset: AssetInfo
    created: bool  # False: the same picture was already in the library


@dataclass(frozen=True)
class Usage:
    """One post that uses a picture."""

    post_id: int
    title: str
    accounts: tuple[str, ...]  # "platform:handle"
    states: tuple[str, ...]
    next_at: dt.datetime | None  # the earliest pending scheduled time

    @property
    def pending(self) -> bool:
        return any(s in PENDING_STATES for s in self.states)


class MediaInUseError(MediaError):
    """Deleting would take a picture away from posts still going out."""

    def __init__(self, usages: Sequence[Usage]) -> None:
        self.usages = tuple(usages)
        n = sum(1 for u in usages if u.pending)
        super().__init__(
            f"This picture is used by {n} scheduled post{'s' if n != 1 else ''}. "
            "Remove it from those posts first, or confirm to delete it everywhere."
        )


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _info(row: MediaAsset, media_root: Path) -> AssetInfo:
    return AssetInfo(
        row.id,
        row.sha256,
        row.original_name,
        row.extension,
        row.mime,
        row.width,
        row.height,
        row.bytes,
        row.alt_text,
        row.focal_x,
        row.focal_y,
        row.imported_at,
        media_root / row.sha256[:2] / f"{row.sha256}{row.extension}",
    )


LEFTOVER_AGE = 15 * 60  # seconds: far longer than any copy or render takes


def clean_leftovers(paths: AppPaths, older_than: float = LEFTOVER_AGE) -> int:
    """Delete half-written files that a killed import, paste or render left behind.

    Issue 15 (11): a SIGKILL during an import left ``media/xx/.import-XXXX`` forever. Only our
    own temporary names are touched (``.import-*``, ``.paste-*`` in ``media/``; ``.tmp-*`` and
    ``*.tmp`` in ``renditions/``), and only when older than ``older_than`` seconds, so a copy
    another SMM Desk process is making right now is left alone. Run it off the GUI thread.
    Returns how many files were removed.
    """
    cutoff = time.time() - older_than
    patterns = (
        (paths.media, (".import-*", ".paste-*")),
        (paths.renditions, (".tmp-*", "*.tmp")),
    )
    removed = 0
    for root, globs in patterns:
        if not root.is_dir():
            continue
        for pattern in globs:
            for leftover in root.rglob(pattern):
                try:
                    if leftover.is_file() and leftover.lstat().st_mtime < cutoff:
                        leftover.unlink()
                        removed += 1
                except OSError as exc:  # gone meanwhile, or not ours to delete: keep going
                    log.info("could not remove %s: %s", leftover, exc)
    if removed:
        log.info("removed %d leftover temporary files", removed)
    return removed


class MediaLibrary:
    """Use cases of the Media screen and the composer, Qt-free (run them off the GUI thread)."""

    def __init__(self, store: Store, paths: AppPaths) -> None:
        self.store = store
        self.paths = paths
        self.cache = cache_mod.RenditionCache(paths.renditions)

    # --- import ---------------------------------------------------------------------------

    def import_file(self, path: Path) -> ImportResult:
        """Copy ``path`` into the library (once per distinct picture) and make its thumbnail.

        Raises :class:`MediaError` with a message for the user when the file is refused.
        """
        path = Path(path)
        preview = _checked(path)  # decodes (reduced): a damaged file stops here
        info = preview.decoded.info
        sha = file_sha256(path)
        ext = _EXT_FOR_FORMAT.get(info.format, path.suffix.lower() or ".img")
        with self.store.session_scope() as s:
            row = s.scalar(select(MediaAsset).where(MediaAsset.sha256 == sha))
            if row is not None:
                existing = _info(row, self.paths.media)
                created = False
            else:
                existing = None
                created = True
        if existing is not None:
            if not existing.path.exists():  # the store lost it: put it back
                self._copy_in(path, existing.path)
            self._write_thumb(existing.sha256, preview)
            return ImportResult(existing, created)
        target = self.paths.media / sha[:2] / f"{sha}{ext}"
        self._copy_in(path, target)
        self._write_thumb(sha, preview)
        with self.store.session_scope() as s:
            row = MediaAsset(
                sha256=sha,
                original_name=path.name,
                extension=ext,
                mime=info.mime,
                width=info.width,
                height=info.height,
                bytes=target.stat().st_size,
            )
            s.add(row)
            s.flush()
            return ImportResult(_info(row, self.paths.media), created)

    def import_bytes(self, data: bytes, name: str = "pasted.png") -> ImportResult:
        """Import a picture given as bytes (paste from the clipboard)."""
        self.paths.media.mkdir(parents=True, exist_ok=True)
        suffix = Path(name).suffix or ".png"
        fd, tmp = tempfile.mkstemp(dir=self.paths.media, prefix=".paste-", suffix=suffix)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            staged = Path(tmp).with_name(name)
            result = self.import_file(Path(tmp))
            with self.store.session_scope() as s:
                row = s.get(MediaAsset, result.asset.id)
                if row is not None and result.created:
                    row.original_name = staged.name
                    return ImportResult(_info(row, self.paths.media), True)
            return result
        finally:
            Path(tmp).unlink(missing_ok=True)

    def _copy_in(self, src: Path, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".import-")
        os.close(fd)
        try:
            shutil.copyfile(src, tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def thumb_path(self, sha256: str) -> Path:
        return self.paths.renditions / "thumbs" / f"{sha256}_{THUMB_SIDE}.jpg"

    def _write_thumb(self, sha256: str, preview: PreviewSource) -> Path:
        path = self.thumb_path(sha256)
        if path.exists():
            return path
        im = encode.flatten(preview.thumbnail(THUMB_SIDE))
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        im.save(tmp, "JPEG", quality=82, optimize=True)
        os.replace(tmp, path)
        return path

    def thumbnail(self, asset: AssetInfo) -> Path:
        """The grid thumbnail (rebuilt when the cache folder was deleted)."""
        path = self.thumb_path(asset.sha256)
        if not path.exists():
            self._write_thumb(asset.sha256, _checked(asset.path))
        return path

    # --- read -----------------------------------------------------------------------------

    def search(self, query: str = "") -> list[AssetInfo]:
        """Pictures, newest first; ``query`` matches the file name or the alt text."""
        stmt = select(MediaAsset).order_by(MediaAsset.imported_at.desc(), MediaAsset.id.desc())
        words = query.strip().lower().split()
        for word in words:
            like = f"%{_escape_like(word)}%"
            stmt = stmt.where(
                or_(
                    func.lower(MediaAsset.original_name).like(like, escape="\\"),
                    func.lower(MediaAsset.alt_text).like(like, escape="\\"),
                )
            )
        with self.store.session_scope() as s:
            return [_info(r, self.paths.media) for r in s.scalars(stmt)]

    def get(self, asset_id: int) -> AssetInfo:
        with self.store.session_scope() as s:
            row = s.get(MediaAsset, asset_id)
            if row is None:
                raise MediaError("This picture is no longer in the library.")
            return _info(row, self.paths.media)

    def set_alt_text(self, asset_id: int, text: str) -> AssetInfo:
        with self.store.session_scope() as s:
            row = _row(s, asset_id)
            row.alt_text = text.strip()
            return _info(row, self.paths.media)

    def set_focus(self, asset_id: int, x: float, y: float) -> AssetInfo:
        with self.store.session_scope() as s:
            row = _row(s, asset_id)
            row.focal_x = min(max(float(x), 0.0), 1.0)
            row.focal_y = min(max(float(y), 0.0), 1.0)
            return _info(row, self.paths.media)

    def used_in(self, asset_id: int) -> list[Usage]:
        """The posts that use this picture, with their accounts and states."""
        with self.store.session_scope() as s:
            stmt = (
                select(Post, PostTarget, Account)
                .join(PostMedia, PostMedia.post_id == Post.id)
                .outerjoin(PostTarget, PostTarget.post_id == Post.id)
                .outerjoin(Account, Account.id == PostTarget.account_id)
                .where(PostMedia.asset_id == asset_id)
                .order_by(Post.id)
            )
            grouped: dict[int, tuple[str, list[str], list[str], list[dt.datetime]]] = {}
            for post, target, account in s.execute(stmt):
                title = post.title or (post.text.splitlines()[0] if post.text else "")
                entry = grouped.setdefault(post.id, (title[:80], [], [], []))
                if target is not None:
                    entry[2].append(target.state)
                    if account is not None:
                        entry[1].append(f"{account.platform}:{account.handle}")
                    if target.scheduled_at is not None and target.state in PENDING_STATES:
                        entry[3].append(target.scheduled_at)
            return [
                Usage(pid, t, tuple(a), tuple(st), min(w) if w else None)
                for pid, (t, a, st, w) in grouped.items()
            ]

    # --- delete ---------------------------------------------------------------------------

    def delete(self, asset_id: int, *, confirmed: bool = False) -> None:
        """Delete a picture; refused (:class:`MediaInUseError`) while a scheduled post uses it,
        unless ``confirmed`` (then it is taken out of those posts too)."""
        usages = self.used_in(asset_id)
        if any(u.pending for u in usages) and not confirmed:
            raise MediaInUseError(usages)
        asset = self.get(asset_id)
        with self.store.session_scope() as s:
            s.execute(delete(PostMedia).where(PostMedia.asset_id == asset_id))
            row = s.get(MediaAsset, asset_id)
            if row is not None:
                for r in row.renditions:
                    Path(r.path).unlink(missing_ok=True)
                s.delete(row)
        asset.path.unlink(missing_ok=True)
        self.thumb_path(asset.sha256).unlink(missing_ok=True)
        for path in (self.paths.renditions / asset.sha256[:2]).glob(f"{asset.sha256[:16]}_*"):
            path.unlink(missing_ok=True)

    # --- renditions -----------------------------------------------------------------------

    def renditions(
        self,
        asset_id: int,
        presets: Sequence[ImagePreset | str],
        spec: render.CropSpec | None = None,
        ov: overlay.Overlay | None = None,
    ) -> list[cache_mod.CachedRendition]:
        """The files to post for ``presets`` (cached; rebuilt only when something changed).

        Without ``spec`` the picture's own focal point is used.
        """
        asset = self.get(asset_id)
        wanted = [PRESETS[p] if isinstance(p, str) else p for p in presets]
        spec = spec or render.CropSpec(asset.focus)
        results = self.cache.get_or_render(asset.path, asset.sha256, wanted, spec, ov)
        with self.store.session_scope() as s:
            for r in results:
                row = s.scalar(
                    select(Rendition).where(
                        Rendition.asset_id == asset_id, Rendition.cache_key == r.key
                    )
                )
                if row is None:
                    s.add(
                        Rendition(
                            asset_id=asset_id,
                            preset=r.preset,
                            cache_key=r.key,
                            path=str(r.path),
                            width=r.width,
                            height=r.height,
                            bytes=r.bytes,
                            format=r.format,
                        )
                    )
        return results


def _checked(path: Path) -> PreviewSource:
    """Open and fully check a picture with a small reduced decode (also the thumbnail source)."""
    return PreviewSource(path, max_side=THUMB_SIDE)


def _row(s: Session, asset_id: int) -> MediaAsset:
    row = s.get(MediaAsset, asset_id)
    if row is None:
        raise MediaError("This picture is no longer in the library.")
    return row


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
