"""The photo grid of the Media screen, and its thumbnails (made off the GUI thread)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from smmdesk_gui.media.errors import MediaError
from smmdesk_gui.services.library.assets import AssetInfo, MediaLibrary
from smmdesk_gui.ui.media.model import MediaListModel
from smmdesk_gui.ui.media.qimage import to_qimage

THUMB = 128


class MediaGrid(QListView):
    """Tiles of the library's photos, one selected at a time; drops go to the page."""

    def __init__(self, model: MediaListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB, THUMB))
        self.setGridSize(QSize(150, 160))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(False)
        self.viewport().setAcceptDrops(False)
        self.setDragEnabled(False)
        self.setMinimumWidth(180)


def load_thumbnails(library: MediaLibrary, assets: Sequence[AssetInfo]) -> dict[str, QImage]:
    """The grid's pictures by SHA-256 (worker thread: QImage, never QPixmap)."""
    from PIL import Image

    out = {}
    for a in assets:
        try:
            with Image.open(library.thumbnail(a)) as im:
                im.thumbnail((THUMB, THUMB))
                out[a.sha256] = to_qimage(im.convert("RGB"))
        except (OSError, MediaError):
            continue  # a missing original: the tile stays without a picture
    return out
