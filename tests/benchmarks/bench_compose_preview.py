"""The composer's per-platform preview picture: how long the owner waits for it.

A 24-megapixel JPEG (6000 x 4000, a phone photo) is previewed for Instagram, X, Bluesky and
Telegram the way the composer does it (``photos.platform_preview``: one reduced decode,
then the platform's preset cropped around the focal point). Reference, in the same run: the
rendition publishing sends for the same four platforms (``MediaLibrary.renditions``, full size,
encoded), which a preview made from it would have to wait for.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

PLATFORMS = ("instagram", "x", "bluesky", "telegram")


def _photo(path: Path) -> None:
    im = Image.new("RGB", (6000, 4000), (230, 215, 190))
    draw = ImageDraw.Draw(im)
    for i in range(0, 6000, 150):
        draw.line((i, 0, 6000 - i, 4000), fill=(i % 255, 90, 160), width=9)
    im.save(path, quality=92)


def run() -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["SMMDESK_HOME"] = str(Path(tmp) / "home")
        from smmdesk_gui.domain.platforms import presets_for
        from smmdesk_gui.paths import AppPaths
        from smmdesk_gui.services.compose import photos
        from smmdesk_gui.services.library.assets import MediaLibrary
        from smmdesk_gui.store.db import open_store

        paths = AppPaths(Path(tmp) / "home")
        store = open_store(paths.database, paths.backups)
        try:
            src = Path(tmp) / "shop.jpg"
            _photo(src)
            library = MediaLibrary(store, paths)
            asset = library.import_file(src).asset.id

            start = time.perf_counter()
            photos.platform_preview(store, paths, asset, PLATFORMS[0])
            first = time.perf_counter() - start
            start = time.perf_counter()
            for platform in PLATFORMS[1:]:
                photos.platform_preview(store, paths, asset, platform)
            others = (time.perf_counter() - start) / (len(PLATFORMS) - 1)
            presets = [p for name in PLATFORMS for p in presets_for(name)[:1]]
            start = time.perf_counter()
            library.renditions(asset, presets)
            full = time.perf_counter() - start
        finally:
            store.dispose()
    total = first + others * (len(PLATFORMS) - 1)
    return [
        {
            "benchmark": "compose_preview",
            "measure": "first platform preview of a 24 MP JPEG (decode included)",
            "value": round(first * 1000, 1),
            "unit": "ms",
        },
        {
            "benchmark": "compose_preview",
            "measure": "each further platform's preview of the same photo",
            "value": round(others * 1000, 1),
            "unit": "ms",
        },
        {
            "benchmark": "compose_preview",
            "measure": "previews for 4 platforms vs the 4 full renditions publishing sends",
            "value": round(total * 1000, 1),
            "unit": "ms",
            "reference": round(full * 1000, 1),
            "ratio": round(total / full, 3),
            "note": "reference: MediaLibrary.renditions for the same presets (full size, encoded)",
        },
    ]
