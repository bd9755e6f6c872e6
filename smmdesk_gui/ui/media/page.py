"""The Media screen: import, find and describe photos; set the focal point; see every platform.

View and controller: ``MediaPage`` lays out its parts and connects them: the photo intake
(``intake.py``: file dialog, drop, paste, with progress and Cancel), the grid and its search
(``grid.py``) and the details of the selected photo (``details.py``). Every database query and all
image work go through ``ctx.tasks`` (the one thread helper); only QImages come back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.media.errors import MediaError
from smmdesk_gui.services.library.assets import AssetInfo, MediaLibrary, Usage
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.empty_state import EmptyState
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon
from smmdesk_gui.ui.media.details import DetailsPanel
from smmdesk_gui.ui.media.grid import MediaGrid, load_thumbnails
from smmdesk_gui.ui.media.intake import IMAGE_FILTER, IntakeResult, PhotoIntake, dropped_files
from smmdesk_gui.ui.media.model import MediaListModel


class MediaPage(QWidget):
    """The photo library with a details panel for the selected photo."""

    _search_timer: QTimer

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.library = MediaLibrary(ctx.store, ctx.paths)
        # Replaceable in tests; returns True when the user confirms.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.choose_files: Callable[[], list[str]] = self._file_dialog
        self._build()
        self.setAcceptDrops(True)
        for key, owner, slot in (
            (QKeySequence.StandardKey.Paste, self, self.paste),
            (QKeySequence.StandardKey.Find, self, self.search.setFocus),
            (QKeySequence.StandardKey.Delete, self.grid, self.delete_current),
        ):
            QShortcut(QKeySequence(key), owner).activated.connect(slot)
        self.refresh()
        self.details.load_overlay()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        bar = QHBoxLayout()
        title = QLabel(self.tr("Media"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        bar.addWidget(title)
        bar.addSpacing(12)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by file name or description"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)
        bar.addWidget(self.search, 1)
        self.import_button = QPushButton(icon("fa6s.file-import"), self.tr("Import photos…"))
        self.import_button.clicked.connect(self.import_dialog)
        bar.addWidget(self.import_button)
        outer.addLayout(bar)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setContentsMargins(8, 6, 8, 6)
        self.banner.hide()
        outer.addWidget(self.banner)
        self.intake = PhotoIntake(self.ctx.tasks, self.library)
        self.intake.finished.connect(self._imported)
        self.intake.failed.connect(self._error)
        outer.addWidget(self.intake)

        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.empty = EmptyState(
            "fa6s.images",
            self.tr("Your photos"),
            self.tr(
                "Keep your product photos here, ready for every platform. "
                "Import them, drop them on this window or paste them."
            ),
            self.tr("Import photos…"),
            self.import_dialog,
        )
        self.stack.addWidget(self.empty)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.model = MediaListModel(self)
        self.grid = MediaGrid(self.model)
        self.grid.selectionModel().currentChanged.connect(lambda cur, _p: self._select(cur.row()))
        split.addWidget(self.grid)

        self.details = DetailsPanel(self.ctx, self.library)
        self.details.updated.connect(self.model.update_asset)
        self.details.delete_requested.connect(self.delete_current)
        self.details.failed.connect(self._error)
        scroll = QScrollArea()
        scroll.setWidget(self.details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.stack.addWidget(split)
        self.no_match = QLabel(self.tr("No photo matches your search."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.no_match)

        # the parts of the details panel the screen is read and driven by (tests, benchmark)
        self.alt_edit: QPlainTextEdit = self.details.alt_edit
        self.focal = self.details.focal
        self.used_list = self.details.used_list
        self.delete_button = self.details.delete_button
        self.previews = self.details.previews
        self.overlay_panel = self.details.overlay_panel

    @property
    def current(self) -> AssetInfo | None:
        """The photo shown in the details panel."""
        return self.details.current

    # --- list -----------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        query = self.search.text()
        current = self.current
        keep = select_id if select_id is not None else (current.id if current else None)
        self.ctx.tasks.run(
            lambda: self.library.search(query),
            lambda assets: self._show_list(assets, query, keep),
            self._error,
        )

    def _show_list(self, assets: list[AssetInfo], query: str, keep: int | None) -> None:
        self.model.set_assets(assets)
        if not assets:
            self.stack.setCurrentIndex(2 if query.strip() else 0)
            self.details.show_asset(None)
            return
        self.stack.setCurrentIndex(1)
        row = self.model.row_of(keep) if keep is not None else -1
        self.grid.selectionModel().setCurrentIndex(
            self.model.index(max(row, 0)), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._load_thumbs([a for a in assets if self.model.needs_thumb(a.sha256)])

    def _load_thumbs(self, assets: Sequence[AssetInfo]) -> None:
        if not assets:
            return

        def done(images: dict[str, QImage]) -> None:
            for sha, image in images.items():
                self.model.set_thumbnail(sha, image)

        self.ctx.tasks.run(partial(load_thumbnails, self.library, assets), done, self._error)

    def _select(self, row: int) -> None:
        self.details.flush_alt()
        self.details.show_asset(self.model.asset(row) if 0 <= row < self.model.rowCount() else None)

    # --- import ---------------------------------------------------------------------------

    @property
    def progress_row(self) -> PhotoIntake:
        """The import's progress row (bar and Cancel), hidden when no import runs."""
        return self.intake

    @property
    def progress(self) -> QProgressBar:
        return self.intake.progress

    @property
    def importing(self) -> bool:
        return self.intake.importing

    def _file_dialog(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import photos"), "", self.tr("Photos") + f" ({IMAGE_FILTER})"
        )
        return list(files)

    def import_dialog(self) -> None:
        files = self.choose_files()
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files one by one off the GUI thread, with progress and a Cancel button.

        Refused files are listed at the end; the others go in.
        """
        self.intake.add(list(paths))

    def cancel_import(self) -> None:
        self.intake.cancel()

    def _imported(self, run: IntakeResult) -> None:
        added = sum(1 for r in run.done if r.created)
        again = len(run.done) - added
        parts = []
        if run.stopped:
            parts.append(self.tr("Import stopped."))
        if added:
            parts.append(self.tr("%n photo(s) added.", "", added))
        if again:
            parts.append(self.tr("%n photo(s) were already in the library.", "", again))
        parts.extend(run.refused)
        self._message(" ".join(parts), error=bool(run.refused))
        if self.search.text():
            self.search.clear()
        self.refresh(select_id=run.done[-1].asset.id if run.done else None)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None:
            self.intake.paste(mime)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.import_paths(files)

    # --- delete ---------------------------------------------------------------------------

    def delete_current(self) -> None:
        asset = self.current
        if asset is None:
            return
        self.ctx.tasks.run(
            lambda: self.library.used_in(asset.id),
            lambda usages: self._delete_checked(asset, usages),
            self._error,
        )

    def _delete_checked(self, asset: AssetInfo, usages: list[Usage]) -> None:
        pending = [u for u in usages if u.pending]
        if pending:
            titles = "\n".join(f"• {u.title or self.tr('Untitled post')}" for u in pending[:5])
            question = (
                self.tr("This photo is in %n scheduled post(s):", "", len(pending))
                + f"\n{titles}\n\n"
                + self.tr("Deleting it takes it out of those posts. Delete it anyway?")
            )
        else:
            question = arg(
                self.tr("Delete %1 from the library? This cannot be undone."), asset.name
            )
        if not self.confirm(self.tr("Delete photo"), question):
            return
        self.ctx.tasks.run(
            lambda: self.library.delete(asset.id, confirmed=True),
            lambda _r: self._deleted(asset),
            self._error,
        )

    def _deleted(self, asset: AssetInfo) -> None:
        self._message(arg(self.tr("%1 was deleted."), asset.name))
        self.details.show_asset(None)
        self.refresh()

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- messages -------------------------------------------------------------------------

    def _message(self, text: str, error: bool = False) -> None:
        self.banner.setText(text)
        self.banner.setProperty("error", error)
        self.banner.setVisible(bool(text))

    def _error(self, exc: BaseException) -> None:
        if isinstance(exc, MediaError):
            self._message(str(exc), error=True)
            return
        from smmdesk_gui.errors import describe_exception

        known, message = describe_exception(exc)
        self._message(message, error=True)
        if not known:
            import logging

            logging.getLogger(__name__).error("media screen", exc_info=exc)

    def banner_text(self) -> str:
        return "" if self.banner.isHidden() else self.banner.text()
