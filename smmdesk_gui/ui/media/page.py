"""The Media screen: import, find and describe photos; set the focal point; see every platform.

View and controller: ``MediaPage`` lays out the widgets and reacts; every database query and all
image work goes through ``ctx.tasks`` (the one thread helper), only QImages come back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
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
from smmdesk_gui.media.preview import PreviewSource
from smmdesk_gui.services.library import overlay
from smmdesk_gui.services.library.assets import AssetInfo, ImportResult, MediaLibrary, Usage
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.empty_state import EmptyState
from smmdesk_gui.ui.icons import icon
from smmdesk_gui.ui.media.focal import FocalPointWidget
from smmdesk_gui.ui.media.model import MediaListModel
from smmdesk_gui.ui.media.overlay_panel import OverlayPanel
from smmdesk_gui.ui.media.previews import TILE, PlatformPreviews
from smmdesk_gui.ui.media.qimage import to_qimage


@dataclass
class _ImportRun:
    queue: list[Path]
    total: int
    done: list[ImportResult] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    cancelled: bool = False


IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.heic *.heif *.bmp"
FOCAL_SIDE = 720


class MediaPage(QWidget):
    """The photo library with a details panel for the selected photo."""

    alt_edit: QPlainTextEdit
    grid: QListView
    previews: PlatformPreviews
    _search_timer: QTimer

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.library = MediaLibrary(ctx.store, ctx.paths)
        self.current: AssetInfo | None = None
        self._run: _ImportRun | None = None
        # Replaceable in tests; returns True when the user confirms.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.choose_files: Callable[[], list[str]] = self._file_dialog
        self._build()
        self._alt_timer = QTimer(self, singleShot=True, interval=700)
        self._alt_timer.timeout.connect(self._save_alt)
        self.alt_edit.textChanged.connect(self._alt_timer.start)
        self.setAcceptDrops(True)
        for key, owner, slot in (
            (QKeySequence.StandardKey.Paste, self, self.paste),
            (QKeySequence.StandardKey.Find, self, self.search.setFocus),
            (QKeySequence.StandardKey.Delete, self.grid, self.delete_current),
        ):
            QShortcut(QKeySequence(key), owner).activated.connect(slot)
        self.refresh()
        self.ctx.tasks.run(lambda: overlay.load(ctx.store), self._overlay_loaded, self._error)

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
        self.progress_row = QWidget()
        prow = QHBoxLayout(self.progress_row)
        prow.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        prow.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_import)
        prow.addWidget(self.cancel_button)
        self.progress_row.hide()
        outer.addWidget(self.progress_row)

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
        self.grid = QListView()
        self.grid.setModel(self.model)
        self.grid.setViewMode(QListView.ViewMode.IconMode)
        self.grid.setIconSize(QSize(128, 128))
        self.grid.setGridSize(QSize(150, 160))
        self.grid.setResizeMode(QListView.ResizeMode.Adjust)
        self.grid.setMovement(QListView.Movement.Static)
        self.grid.setUniformItemSizes(True)
        self.grid.setWordWrap(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setAcceptDrops(False)
        self.grid.viewport().setAcceptDrops(False)
        self.grid.setDragEnabled(False)
        self.grid.setMinimumWidth(180)
        self.grid.selectionModel().currentChanged.connect(lambda cur, _p: self._select(cur.row()))
        split.addWidget(self.grid)

        self.details = self._build_details()
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

    def _build_details(self) -> QWidget:
        panel = QWidget()
        v = QVBoxLayout(panel)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        f = self.name_label.font()
        f.setBold(True)
        self.name_label.setFont(f)
        v.addWidget(self.name_label)
        hint = QLabel(self.tr("Click the most important spot of the photo: every crop keeps it."))
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.focal = FocalPointWidget()
        self.focal.setMinimumHeight(260)
        self.focal.focus_moving.connect(lambda x, y: self.previews.move_focus((x, y)))
        self.focal.focus_changed.connect(self._save_focus)
        v.addWidget(self.focal)
        v.addWidget(QLabel(self.tr("Description for people who cannot see the photo (alt text)")))
        self.alt_edit = QPlainTextEdit()
        self.alt_edit.setPlaceholderText(
            self.tr("For example: Three golden croissants on a wooden board")
        )
        self.alt_edit.setFixedHeight(70)
        v.addWidget(self.alt_edit)
        v.addWidget(QLabel(self.tr("Used in")))
        self.used_list = QListWidget()
        self.used_list.setFixedHeight(90)
        v.addWidget(self.used_list)
        row = QHBoxLayout()
        row.addStretch(1)
        self.delete_button = QPushButton(icon("fa6s.trash-can"), self.tr("Delete photo"))
        self.delete_button.clicked.connect(self.delete_current)
        row.addWidget(self.delete_button)
        v.addLayout(row)
        v.addWidget(QLabel(self.tr("What each platform will show")))
        self.previews = PlatformPreviews(self.ctx.tasks)
        self.previews.setMinimumWidth(2 * (TILE + 16))
        v.addWidget(self.previews)
        self.overlay_panel = OverlayPanel()
        self.overlay_panel.changed.connect(self._overlay_changed)
        self.overlay_panel.logo_chosen.connect(self._logo_chosen)
        v.addWidget(self.overlay_panel)
        v.addStretch(1)
        return panel

    # --- list -----------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        query = self.search.text()
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.ctx.tasks.run(
            lambda: self.library.search(query),
            lambda assets: self._show_list(assets, query, keep),
            self._error,
        )

    def _show_list(self, assets: list[AssetInfo], query: str, keep: int | None) -> None:
        self.model.set_assets(assets)
        if not assets:
            self.stack.setCurrentIndex(2 if query.strip() else 0)
            self._show_details(None)
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
        library = self.library

        def job() -> dict[str, QImage]:
            from PIL import Image

            out = {}
            for a in assets:
                try:
                    with Image.open(library.thumbnail(a)) as im:
                        im.thumbnail((128, 128))
                        out[a.sha256] = to_qimage(im.convert("RGB"))
                except (OSError, MediaError):
                    continue  # a missing original: the tile stays without a picture
            return out

        def done(images: dict[str, QImage]) -> None:
            for sha, image in images.items():
                self.model.set_thumbnail(sha, image)

        self.ctx.tasks.run(job, done, self._error)

    # --- details --------------------------------------------------------------------------

    def _select(self, row: int) -> None:
        self._flush_alt()
        self._show_details(self.model.asset(row) if 0 <= row < self.model.rowCount() else None)

    def _show_details(self, asset: AssetInfo | None) -> None:
        self.current = asset
        enabled = asset is not None
        for w in (self.alt_edit, self.delete_button, self.focal):
            w.setEnabled(enabled)
        self.used_list.clear()
        if asset is None:
            self.name_label.clear()
            self.focal.clear()
            self.previews.clear()
            self.alt_edit.blockSignals(True)
            self.alt_edit.clear()
            self.alt_edit.blockSignals(False)
            return
        self.name_label.setText(f"{asset.name} · {asset.width} × {asset.height}")
        self.alt_edit.blockSignals(True)
        self.alt_edit.setPlainText(asset.alt_text)
        self.alt_edit.blockSignals(False)
        path, focus, presets = asset.path, asset.focus, list(self.previews.presets)
        asset_id, ov = asset.id, self.previews.overlay

        def job() -> tuple[PreviewSource, QImage, dict[str, QImage]]:
            from smmdesk_gui.ui.media.previews import _render_all

            src = PreviewSource(path, max_side=FOCAL_SIDE)
            thumb = to_qimage(src.thumbnail(FOCAL_SIDE))
            return src, thumb, _render_all(src, presets, focus, ov)

        def done(result: tuple[PreviewSource, QImage, dict[str, QImage]]) -> None:
            if self.current is None or self.current.id != asset_id:
                return
            src, base, images = result
            self.focal.set_image(base, focus)
            self.previews.show_loaded(path, src, images, focus)

        self.ctx.tasks.run(job, done, self._error)
        self.ctx.tasks.run(lambda: self.library.used_in(asset_id), self._show_usages, self._error)

    def _show_usages(self, usages: list[Usage]) -> None:
        self.used_list.clear()
        if not usages:
            self.used_list.addItem(self.tr("Not used in any post yet"))
            return
        for u in usages:
            state = self.tr("scheduled") if u.pending else ", ".join(sorted(set(u.states)))
            accounts = ", ".join(u.accounts) or self.tr("no account yet")
            self.used_list.addItem(f"{u.title or self.tr('Untitled post')} — {accounts} · {state}")

    def _save_focus(self, x: float, y: float) -> None:
        if self.current is None:
            return
        asset_id = self.current.id
        self.ctx.tasks.run(
            lambda: self.library.set_focus(asset_id, x, y), self._updated, self._error
        )

    def _flush_alt(self) -> None:
        if self._alt_timer.isActive():
            self._alt_timer.stop()
            self._save_alt()

    def _save_alt(self) -> None:
        if self.current is None:
            return
        asset_id, text = self.current.id, self.alt_edit.toPlainText()
        if text.strip() == self.current.alt_text:
            return
        self.ctx.tasks.run(
            lambda: self.library.set_alt_text(asset_id, text), self._updated, self._error
        )

    def _updated(self, asset: AssetInfo) -> None:
        self.model.update_asset(asset)
        if self.current is not None and self.current.id == asset.id:
            self.current = asset

    # --- logo overlay -----------------------------------------------------------------------

    def _overlay_loaded(self, settings: overlay.OverlaySettings) -> None:
        self.overlay_panel.set_settings(settings)
        self.previews.set_overlay(overlay.to_overlay(self.ctx.paths, settings))

    def _overlay_changed(self, settings: overlay.OverlaySettings) -> None:
        store = self.ctx.store
        self.previews.set_overlay(overlay.to_overlay(self.ctx.paths, settings))
        self.ctx.tasks.run(lambda: overlay.save(store, settings), None, self._error)

    def _logo_chosen(self, path: str) -> None:
        paths, store = self.ctx.paths, self.ctx.store
        current = self.overlay_panel.settings

        def job() -> overlay.OverlaySettings:
            from dataclasses import replace

            name = overlay.import_logo(paths, Path(path))
            settings = replace(current, logo=name, enabled=True)
            overlay.save(store, settings)
            return settings

        self.ctx.tasks.run(job, self._overlay_loaded, self._error)

    # --- import ---------------------------------------------------------------------------

    def _file_dialog(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import photos"), "", self.tr("Photos") + f" ({IMAGE_FILTER})"
        )
        return list(files)

    def import_dialog(self) -> None:
        files = self.choose_files()
        if files:
            self.import_paths([Path(f) for f in files])

    @property
    def importing(self) -> bool:
        return self._run is not None

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import files one by one off the GUI thread, with progress and a Cancel button.

        Refused files are listed at the end; the others go in.
        """
        if self._run is not None:
            self._run.queue.extend(paths)
            self._run.total += len(paths)
            self._show_progress()
            return
        self._run = _ImportRun(list(paths), len(paths))
        self._show_progress()
        self._import_step()

    def cancel_import(self) -> None:
        if self._run is not None:
            self._run.cancelled = True

    def _show_progress(self) -> None:
        run = self._run
        if run is None:
            self.progress_row.hide()
            return
        self.progress.setRange(0, run.total)
        self.progress.setValue(run.total - len(run.queue))
        self.progress.setFormat(
            self.tr("Importing %1 of %2…")
            .replace("%1", str(min(run.total, run.total - len(run.queue) + 1)))
            .replace("%2", str(run.total))
        )
        self.progress_row.show()

    def _import_step(self) -> None:
        run = self._run
        if run is None:
            return
        if run.cancelled or not run.queue:
            self._import_finished(run)
            return
        path = run.queue.pop(0)
        library = self.library

        def done(result: ImportResult) -> None:
            run.done.append(result)
            self._show_progress()
            self._import_step()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, MediaError):
                run.refused.append(str(exc))
            else:
                from smmdesk_gui.errors import describe_exception

                run.refused.append(f"{path.name}: {describe_exception(exc)[1]}")
            self._show_progress()
            self._import_step()

        self.ctx.tasks.run(lambda: library.import_file(path), done, failed)

    def _import_finished(self, run: _ImportRun) -> None:
        self._run = None
        self.progress_row.hide()
        added = sum(1 for r in run.done if r.created)
        again = len(run.done) - added
        parts = []
        if run.cancelled:
            parts.append(self.tr("Import stopped."))
        if added:
            parts.append(self.tr("%n photo(s) added.", "", added))
        if again:
            parts.append(self.tr("%n photo(s) were already in the library.", "", again))
        parts.extend(run.refused)
        self._message(" ".join(parts), error=bool(run.refused))
        last = run.done[-1].asset.id if run.done else None
        if self.search.text():
            self.search.clear()
        self.refresh(select_id=last)

    def _imported(self, result: tuple[list[ImportResult], list[str]]) -> None:
        done, refused = result
        run = _ImportRun([], len(done) + len(refused), done=list(done), refused=list(refused))
        self._import_finished(run)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None:
            return
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            self.import_paths(files)
            return
        if mime.hasImage():
            image = QImage(mime.imageData())
            data = QByteArray()
            buf = QBuffer(data)
            buf.open(QIODevice.OpenModeFlag.WriteOnly)
            image.save(buf, "PNG")  # type: ignore[call-overload]
            buf.close()
            payload = bytes(data.data())
            name = self.tr("Pasted photo") + ".png"
            self.ctx.tasks.run(
                lambda: ([self.library.import_bytes(payload, name)], []),
                self._imported,
                self._error,
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_paths(files)

    # --- delete ---------------------------------------------------------------------------

    def delete_current(self) -> None:
        if self.current is None:
            return
        asset = self.current
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
            question = self.tr("Delete %1 from the library? This cannot be undone.").replace(
                "%1", asset.name
            )
        if not self.confirm(self.tr("Delete photo"), question):
            return
        self.ctx.tasks.run(
            lambda: self.library.delete(asset.id, confirmed=True),
            lambda _r: self._deleted(asset),
            self._error,
        )

    def _deleted(self, asset: AssetInfo) -> None:
        self._message(self.tr("%1 was deleted.").replace("%1", asset.name))
        self.current = None
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
