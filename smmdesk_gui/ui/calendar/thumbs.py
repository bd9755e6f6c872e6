"""Small thumbnails of each post's first picture, decoded off the GUI thread and kept in memory.

The media library writes a 320 px JPEG per picture (``renditions/thumbs``); when that cache was
deleted the original is decoded with a reduced size instead. Workers return ``QImage``; the
``QPixmap`` is made here, on the GUI thread.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.ui.tasks import TaskRunnerProtocol

SIDE = 64
KEEP = 400  # thumbnails kept in memory (a busy month shows fewer than 200)


def load_thumb(paths: AppPaths, relative: str, side: int = SIDE) -> QImage:
    """Decode a post picture's thumbnail (worker thread): the cached rendition, else original."""
    sha = Path(relative).stem
    cached = paths.renditions / "thumbs" / f"{sha}_320.jpg"
    source = cached if cached.exists() else paths.media / relative
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        reader.setScaledSize(
            size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatioByExpanding)
        )
    image = reader.read()
    return image


class ThumbCache:
    """``get(relative)`` answers at once: the pixmap, or None while it is being decoded."""

    def __init__(self, paths: AppPaths, tasks: TaskRunnerProtocol, on_ready: Callable[[], None]):
        self.paths = paths
        self.tasks = tasks
        self.on_ready = on_ready
        self._pixmaps: OrderedDict[str, QPixmap | None] = OrderedDict()

    def get(self, relative: str) -> QPixmap | None:
        if relative in self._pixmaps:
            self._pixmaps.move_to_end(relative)
            return self._pixmaps[relative]
        self._pixmaps[relative] = None  # asked for: don't ask twice
        paths = self.paths

        def done(image: QImage) -> None:
            self._ready(relative, image)

        def failed(_exc: BaseException) -> None:  # a missing picture simply has no thumbnail
            return None

        self.tasks.run(lambda: load_thumb(paths, relative), on_done=done, on_error=failed)
        while len(self._pixmaps) > KEEP:
            self._pixmaps.popitem(last=False)
        return self._pixmaps.get(relative)

    def _ready(self, relative: str, image: QImage) -> None:
        if image.isNull():
            return
        self._pixmaps[relative] = QPixmap.fromImage(image)
        self.on_ready()
