"""Per-platform previews: exactly what each platform will get, updated as the focus moves.

All image work runs through the task runner (off the GUI thread); only QImages come back. While
one render is under way, newer requests replace each other, so a fast drag never piles up work.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from smmdesk_gui.domain.platforms import PLATFORMS, PRESETS, CropMode, ImagePreset
from smmdesk_gui.media.overlay import Overlay
from smmdesk_gui.media.preview import PreviewSource
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP
from smmdesk_gui.ui.media.qimage import to_qimage
from smmdesk_gui.ui.tasks import TaskRunnerProtocol

TILE = 190  # px, the long side of each preview
DEFAULT_PRESETS = (
    "instagram.square",
    "instagram.portrait",
    "instagram.story",
    "facebook.link",
    "x.landscape",
    "pinterest.pin",
    "telegram.photo",
    "bluesky.photo",
)


# The presets' shapes, marked for lupdate (the domain names them in English, as codes).
SHAPES: dict[str, str] = {
    "landscape": QT_TRANSLATE_NOOP("MediaPreviews", "landscape"),
    "link": QT_TRANSLATE_NOOP("MediaPreviews", "link"),
    "photo": QT_TRANSLATE_NOOP("MediaPreviews", "photo"),
    "pin": QT_TRANSLATE_NOOP("MediaPreviews", "pin"),
    "portrait": QT_TRANSLATE_NOOP("MediaPreviews", "portrait"),
    "square": QT_TRANSLATE_NOOP("MediaPreviews", "square"),
    "story": QT_TRANSLATE_NOOP("MediaPreviews", "story"),
    "thumbnail": QT_TRANSLATE_NOOP("MediaPreviews", "thumbnail"),
}


def preset_label(p: ImagePreset) -> str:
    platform = PLATFORMS[p.platform].name if p.platform in PLATFORMS else p.platform
    shape = QCoreApplication.translate("MediaPreviews", SHAPES.get(p.shape, p.shape))
    if p.mode is CropMode.LONG_SIDE:
        size = QCoreApplication.translate("MediaPreviews", "shape kept")
    else:
        size = f"{p.width}×{p.height}"
    return f"{platform} · {shape}\n{size}"


class _Tile(QWidget):
    def __init__(self, preset: ImagePreset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.picture = QLabel()
        self.picture.setFixedSize(QSize(TILE, TILE))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(preset_label(preset))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.caption)


class PlatformPreviews(QWidget):
    """A grid of previews, one per preset, for one photo and one focal point."""

    COLUMNS = 4

    def __init__(self, tasks: TaskRunnerProtocol, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: dict[str, _Tile] = {}
        self.presets: list[ImagePreset] = []
        self._source: PreviewSource | None = None
        self._path: Path | None = None
        self._busy = False
        self._queued: tuple[float, float] | None = None
        self._generation = 0
        self._focus = (0.5, 0.5)
        self.overlay: Overlay | None = None
        self.rendered = 0  # how many batches arrived (tests, status)
        self.set_presets([PRESETS[n] for n in DEFAULT_PRESETS])

    def set_presets(self, presets: Sequence[ImagePreset]) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        self.presets = list(presets)
        for i, p in enumerate(self.presets):
            tile = _Tile(p, self)
            self.tiles[p.name] = tile
            self.grid.addWidget(tile, i // self.COLUMNS, i % self.COLUMNS)

    def clear(self) -> None:
        self._generation += 1
        self._source = None
        self._path = None
        for tile in self.tiles.values():
            tile.picture.clear()

    def show_photo(self, path: Path, focus: tuple[float, float]) -> None:
        """Decode ``path`` once (off the GUI thread) and render every preview."""
        self._generation += 1
        gen = self._generation
        self._source = None
        self._path = path
        self._busy = True
        presets, ov = list(self.presets), self.overlay
        self._focus = focus

        def job() -> tuple[PreviewSource, dict[str, QImage]]:
            src = PreviewSource(path, max_side=720)
            return src, _render_all(src, presets, focus, ov)

        def done(result: tuple[PreviewSource, dict[str, QImage]]) -> None:
            if gen != self._generation:
                return
            self._source = result[0]
            self._deliver(result[1])

        self.tasks.run(job, done, self._failed)

    def show_loaded(
        self,
        path: Path,
        src: PreviewSource,
        images: dict[str, QImage],
        focus: tuple[float, float] = (0.5, 0.5),
    ) -> None:
        """Previews already rendered by the caller's job (it decoded the photo once for both)."""
        self._generation += 1
        self._path = path
        self._source = src
        self._focus = focus
        self._busy = False
        self._queued = None
        self._deliver(images)

    def set_overlay(self, ov: Overlay | None) -> None:
        """Show (or stop showing) the logo on the previews."""
        if ov != self.overlay:
            self.overlay = ov
            self.move_focus(self._focus)

    def move_focus(self, focus: tuple[float, float]) -> None:
        """Re-render from the cached decode; while busy, only the newest focus is kept."""
        self._focus = focus
        if self._source is None:
            self._queued = focus
            return
        if self._busy:
            self._queued = focus
            return
        self._busy = True
        src, presets, gen, ov = self._source, list(self.presets), self._generation, self.overlay

        def done(images: dict[str, QImage]) -> None:
            if gen == self._generation:
                self._deliver(images)

        self.tasks.run(lambda: _render_all(src, presets, focus, ov), done, self._failed)

    def _deliver(self, images: dict[str, QImage]) -> None:
        self._busy = False
        self.rendered += 1
        for name, image in images.items():
            tile = self.tiles.get(name)
            if tile is not None:
                tile.picture.setPixmap(QPixmap.fromImage(image))
        if self._queued is not None:
            focus, self._queued = self._queued, None
            self.move_focus(focus)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._queued = None
        for tile in self.tiles.values():
            tile.picture.setText(self.tr("No preview"))

    def pixmap(self, preset: str) -> Any:
        return self.tiles[preset].picture.pixmap()


def _render_all(
    src: PreviewSource,
    presets: Sequence[ImagePreset],
    focus: tuple[float, float],
    ov: Overlay | None = None,
) -> dict[str, QImage]:
    return {p.name: to_qimage(src.preview(p, focus, ov=ov, max_side=TILE)) for p in presets}
