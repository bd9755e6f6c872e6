"""The photos of the per-account preview: each one shaped by the media pipeline for its platform.

``PreviewImages`` asks ``photos.platform_preview`` on a worker thread (``ctx.tasks``) for
the photo as a platform will get it (its preset, cropped around the photo's focal point), turns
the Pillow image into a QImage there (never a QPixmap off the GUI thread) and keeps the result, so
switching tabs shows a ready picture. ``ready`` says when a requested picture has arrived.
"""

from __future__ import annotations

import logging

from PIL import Image
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from smmdesk_gui.services.compose import photos
from smmdesk_gui.ui.context import AppContext

log = logging.getLogger(__name__)

Key = tuple[int, str, str | None]  # asset id, platform id, chosen preset (None: the default)


def pil_to_qimage(image: Image.Image) -> QImage:
    """A Pillow image as a QImage that owns its pixels (safe to hand to the GUI thread)."""
    rgba = image if image.mode == "RGBA" else image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    qimage = QImage(data, rgba.width, rgba.height, 4 * rgba.width, QImage.Format.Format_RGBA8888)
    return qimage.copy()  # the copy owns its memory; ``data`` may go


class PreviewImages(QObject):
    """Platform-shaped preview pictures, made on a worker and kept per (photo, platform)."""

    ready = Signal(int, str)  # asset id, platform id

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._images: dict[Key, QImage] = {}
        self._failed: set[Key] = set()
        self._pending: set[Key] = set()
        self._generation = 0

    def get(self, asset_id: int, platform: str, preset: str | None = None) -> QImage | None:
        """The picture if it is ready; otherwise None, and it is requested (once).

        ``preset`` is the shape chosen in the composer; it counts on its own platform only
        (``crop_choice``), so the other platforms share one picture whatever it is.
        """
        if preset is not None and not preset.startswith(platform + "."):
            preset = None
        key = (asset_id, platform, preset)
        found = self._images.get(key)
        if found is not None or key in self._failed or key in self._pending:
            return found
        self._pending.add(key)
        store, paths, generation = self.ctx.store, self.ctx.paths, self._generation

        def job() -> QImage:
            shaped = photos.platform_preview(store, paths, asset_id, platform, preset=preset)
            return pil_to_qimage(shaped.image)

        def done(image: QImage) -> None:
            if generation != self._generation:
                return  # the photo changed meanwhile (a new focal point): asked again
            self._pending.discard(key)
            self._images[key] = image
            self.ready.emit(asset_id, platform)

        def failed(exc: BaseException) -> None:
            log.warning("preview of photo %s for %s: %s", asset_id, platform, exc)
            if generation == self._generation:
                self._pending.discard(key)
                self._failed.add(key)  # the thumbnail stays; no retry loop

        self.ctx.tasks.run(job, done, failed)
        return self._images.get(key)  # there already when the runner works inline (tests)

    def clear(self) -> None:
        """Forget every picture (the focal points may have moved on the Media screen)."""
        self._generation += 1
        self._images.clear()
        self._failed.clear()
        self._pending.clear()
