"""The renditions cache: rendered files keyed by (original hash, preset, crop, overlay).

A rendition is rebuilt only when one of those changes (or the pipeline itself does: bump
:data:`PIPELINE_VERSION`). The folder is safe to delete: a missing file is simply rendered again.
Files are written to a temporary name and renamed, so a crash never leaves half a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from smmdesk_gui.domain.platforms import ImagePreset
from smmdesk_gui.media import overlay as overlay_mod
from smmdesk_gui.media import render as render_mod

PIPELINE_VERSION = "1"
_EXTS = ("jpg", "png", "gif", "webp")


def rendition_key(
    original_sha256: str,
    preset: ImagePreset,
    spec: render_mod.CropSpec,
    overlay_key: str = "",
) -> str:
    """A hex digest that changes whenever the output could change."""
    preset_fields = {k: v for k, v in asdict(preset).items() if k != "source"}
    text = json.dumps(
        [PIPELINE_VERSION, original_sha256, preset_fields, spec.key(), overlay_key],
        sort_keys=True,
        default=str,
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedRendition:
    """A rendition file on disk."""

    preset: str
    key: str
    path: Path
    width: int
    height: int
    bytes: int
    format: str
    cached: bool  # True when it was already there


_FORMAT_OF_EXT = {"jpg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}


class RenditionCache:
    """Rendition files under ``root`` (``AppPaths.renditions``)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _stem(self, sha256: str, preset: str, key: str) -> Path:
        return self.root / sha256[:2] / f"{sha256[:16]}_{preset}_{key[:20]}"

    def lookup(self, sha256: str, preset: str, key: str) -> Path | None:
        stem = self._stem(sha256, preset, key)
        for ext in _EXTS:
            path = stem.with_name(f"{stem.name}.{ext}")
            if path.is_file() and path.stat().st_size > 0:
                return path
        return None

    def store(self, sha256: str, key: str, output: render_mod.Output) -> Path:
        stem = self._stem(sha256, output.preset, key)
        stem.parent.mkdir(parents=True, exist_ok=True)
        target = stem.with_name(f"{stem.name}.{output.ext}")
        fd, tmp = tempfile.mkstemp(dir=stem.parent, prefix=".tmp-", suffix=f".{output.ext}")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(output.encoded.data)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def get_or_render(
        self,
        original: Path,
        sha256: str,
        presets: Sequence[ImagePreset],
        spec: render_mod.CropSpec | None = None,
        ov: overlay_mod.Overlay | None = None,
    ) -> list[CachedRendition]:
        """The renditions of ``original`` for ``presets``: from the cache, or rendered now."""
        spec = spec or render_mod.CropSpec()
        ov_key = ov.key() if ov is not None else ""
        keys = {p.name: rendition_key(sha256, p, spec, ov_key) for p in presets}
        found: dict[str, CachedRendition] = {}
        missing: list[ImagePreset] = []
        for p in presets:
            hit = self.lookup(sha256, p.name, keys[p.name])
            if hit is None:
                missing.append(p)
                continue
            from PIL import Image

            with Image.open(hit) as im:
                w, h = im.size
            ext = hit.suffix[1:]
            found[p.name] = CachedRendition(
                p.name, keys[p.name], hit, w, h, hit.stat().st_size, _FORMAT_OF_EXT[ext], True
            )
        if missing:
            for out in render_mod.render(original, missing, spec, ov):
                path = self.store(sha256, keys[out.preset], out)
                found[out.preset] = CachedRendition(
                    out.preset,
                    keys[out.preset],
                    path,
                    out.width,
                    out.height,
                    out.encoded.bytes,
                    out.format,
                    False,
                )
        return [found[p.name] for p in presets]

    def clear(self) -> int:
        """Delete every cached file; returns how many were removed."""
        removed = 0
        if not self.root.exists():
            return 0
        for path in self.root.rglob("*"):
            if path.is_file():
                path.unlink(missing_ok=True)
                removed += 1
        return removed
