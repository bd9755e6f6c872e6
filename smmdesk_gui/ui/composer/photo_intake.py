"""The composer's photo intake: the file dialog, files dropped or pasted, pasted pictures.

Importing (copying into the media library, decoding, the thumbnail) is file and image work, so
it runs on a worker through the task runner; the results come back on the GUI thread as signals.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QObject, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from smmdesk_gui.services.compose import photos
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg_plain

log = logging.getLogger(__name__)

Imported = tuple[list[photos.ImportedImage], list[str]]


def png_bytes(image: QImage) -> bytes:
    """Worker side: a pasted picture as PNG bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; Qt wants str
    return bytes(buffer.data().data())


def import_files(ctx: AppContext, files: list[Path]) -> Imported:
    """Worker side: add ``files`` to the library; the ones it refuses come back as messages."""
    done: list[photos.ImportedImage] = []
    errors: list[str] = []
    for f in files:
        try:
            done.append(photos.import_image_file(ctx.store, ctx.paths, f))
        except photos.ImageImportError as exc:
            errors.append(str(exc))
    return done, errors


class PhotoIntake(QObject):
    """Brings photos into the post; says which arrived and which were refused.

    Args:
        ctx: the workspace (store, paths, task runner).
        parent: the page (also the file dialog's parent).

    Signals:
        added(list, list): the imported photos (``photos.ImportedImage``) and the refusals.
        thumbnail_ready(int, QImage, int): a photo's thumbnail (null if none) and frame count.
        failed(object): an unexpected error of an import job.
    """

    added = Signal(list, list)
    thumbnail_ready = Signal(int, QImage, int)
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._parent = parent

    def choose_files(self) -> None:
        """The file dialog (never shown in tests and the self-test)."""
        app = QApplication.instance()
        if app is not None and app.property("smmdesk_no_dialogs"):
            return
        files, _ = QFileDialog.getOpenFileNames(
            self._parent,
            self.tr("Add photos"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)"),
        )
        if files:
            self.add_files([Path(f) for f in files])

    def add_files(self, files: list[Path]) -> None:
        """Photo files (chosen, dropped or pasted as files) join the post."""
        ctx = self.ctx
        self.ctx.tasks.run(lambda: import_files(ctx, files), self._done, self.failed.emit)

    def add_pasted_image(self, image: QImage) -> None:
        """A picture from the clipboard (a screenshot, a copied photo) joins the photos."""
        store, paths = self.ctx.store, self.ctx.paths
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        name = arg_plain(self.tr("Pasted %1.png"), stamp)  # the photo's name in the library

        def job() -> Imported:
            try:
                data = png_bytes(image)
                return [photos.import_image_bytes(store, paths, data, name)], []
            except photos.ImageImportError as exc:
                return [], [str(exc)]

        self.ctx.tasks.run(job, self._done, self.failed.emit)

    def _done(self, result: Imported) -> None:
        done, errors = result
        self.added.emit(done, errors)

    def load_thumbnail(self, asset_id: int) -> None:
        """The photo's thumbnail for the strip, and whether it is animated (for the checks)."""
        store, paths = self.ctx.store, self.ctx.paths

        def job() -> tuple[QImage, int]:
            path = photos.thumbnail_path(store, paths, asset_id)
            frames = photos.media_frames(store, paths, asset_id)
            return (QImage() if path is None else QImage(str(path))), frames

        def done(result: tuple[QImage, int]) -> None:
            image, frames = result
            self.thumbnail_ready.emit(asset_id, image, frames)

        self.ctx.tasks.run(job, done, lambda exc: log.warning("thumbnail: %s", exc))
