"""Photo intake: the photos of the file dialog, a drop or a paste go into the library.

They are imported one after the other off the GUI thread, through the one thread helper
(``ctx.tasks``), with a progress row and Cancel; a refused file is explained at the end and the
others go in. Photos added while an import runs are imported right after it, in the same count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMimeData, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from smmdesk_gui.media.errors import MediaError
from smmdesk_gui.services.library.assets import ImportResult, MediaLibrary
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.tasks import TaskControl, TaskRunnerProtocol

# The screen's strings stay in the "MediaPage" context, where their translations are filed.
translate = QCoreApplication.translate

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.heic *.heif *.bmp"


@dataclass(frozen=True)
class PastedImage:
    """A picture from the clipboard (not a file): imported as PNG under ``name``."""

    name: str
    image: QImage


Source = Path | PastedImage


@dataclass
class IntakeResult:
    """What an import did: the photos in, the refusals (one line each), whether it was stopped."""

    done: list[ImportResult] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    stopped: bool = False


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG (worker thread: QImage is safe off the GUI thread)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]
    buf.close()
    return bytes(data.data())


def import_sources(
    library: MediaLibrary, sources: Sequence[Source], control: TaskControl
) -> IntakeResult:
    """Import ``sources`` one by one (worker thread), reporting each; stops when cancelled."""
    from smmdesk_gui.errors import describe_exception

    result = IntakeResult()
    for i, source in enumerate(sources):
        if control.cancelled:
            break
        name = source.name
        try:
            if isinstance(source, Path):
                result.done.append(library.import_file(source))
            else:
                result.done.append(library.import_bytes(png_bytes(source.image), source.name))
        except MediaError as exc:
            result.refused.append(str(exc))
        except Exception as exc:  # noqa: BLE001  (one unreadable file must not stop the others)
            result.refused.append(f"{name}: {describe_exception(exc)[1]}")
        control.report(i + 1, len(sources), name)
    result.stopped = control.cancelled
    return result


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files among the URLs of a drop or a paste."""
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


class PhotoIntake(QWidget):
    """The progress row (bar and Cancel) of the imports it runs; hidden when none runs."""

    finished = Signal(object)  # IntakeResult: of every photo since the progress row showed
    failed = Signal(object)  # the import itself failed (BaseException): for the page's banner

    def __init__(
        self, tasks: TaskRunnerProtocol, library: MediaLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.library = library
        self._task: TaskControl | None = None  # the running import
        self._waiting: list[Source] = []  # added while it runs: imported right after it
        self._result = IntakeResult()  # of every batch since the progress row showed
        self._total = 0
        self._handled = 0  # photos imported or refused so far
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(translate("MediaPage", "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button)
        self.hide()

    @property
    def importing(self) -> bool:
        return self._task is not None

    def add(self, sources: Sequence[Source]) -> None:
        """Import ``sources`` (after the running import, if one runs)."""
        if not sources:
            return
        self._total += len(sources)
        if self._task is not None:
            self._waiting.extend(sources)
            self._show_progress()
            return
        self._start(list(sources))

    def paste(self, mime: QMimeData) -> None:
        """Import the files, or else the picture, on the clipboard."""
        files = dropped_files(mime)
        if files:
            self.add(files)
        elif mime.hasImage():
            name = translate("MediaPage", "Pasted photo") + ".png"
            self.add([PastedImage(name, QImage(mime.imageData()))])

    def cancel(self) -> None:
        """Stop after the photo being imported now; the ones already in stay."""
        if self._task is not None:
            self._task.cancel()

    def _start(self, batch: list[Source]) -> None:
        base, library = self._handled, self.library
        # made before the work starts: a Cancel shown with the first photo's progress reaches it
        self._task = task = TaskControl()
        self._show_progress()

        def progress(done: int, _total: int, _name: str) -> None:
            self._handled = base + done
            self._show_progress()

        self.tasks.start(
            lambda control: import_sources(library, batch, control),
            self._batch_done,
            self._failed,
            progress,
            control=task,
        )

    def _show_progress(self) -> None:
        self.progress.setRange(0, self._total)
        self.progress.setValue(self._handled)
        self.progress.setFormat(
            arg(
                translate("MediaPage", "Importing %1 of %2…"),
                min(self._total, self._handled + 1),
                self._total,
            )
        )
        self.show()

    def _batch_done(self, result: IntakeResult) -> None:
        self._result.done.extend(result.done)
        self._result.refused.extend(result.refused)
        if not result.stopped and self._waiting:
            batch, self._waiting = self._waiting, []
            self._start(batch)
            return
        self._result.stopped = result.stopped
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self.failed.emit(exc)

    def _finish(self) -> None:
        run = self._result
        self._task, self._waiting, self._result = None, [], IntakeResult()
        self._total = self._handled = 0
        self.hide()
        self.finished.emit(run)
