"""The details of the selected photo: its focal point, alt text, where it is used, what each
platform will show, and the logo overlay. Every query and all image work go through the one
thread helper (``ctx.tasks``); only QImages come back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.media.preview import PreviewSource
from smmdesk_gui.services.library import overlay
from smmdesk_gui.services.library.assets import AssetInfo, MediaLibrary, Usage
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.formatting import format_number
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP
from smmdesk_gui.ui.icons import icon
from smmdesk_gui.ui.media.focal import FocalPointWidget
from smmdesk_gui.ui.media.overlay_panel import OverlayPanel
from smmdesk_gui.ui.media.previews import TILE, PlatformPreviews, _render_all
from smmdesk_gui.ui.media.qimage import to_qimage

# The screen's strings stay in the "MediaPage" context, where their translations are filed.
translate = QCoreApplication.translate

FOCAL_SIDE = 720


# A post's state as the "Used in" list words it (the stored state is a code, not a word).
_STATE_WORDS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("MediaPage", "draft"),
    "scheduled": QT_TRANSLATE_NOOP("MediaPage", "scheduled"),
    "publishing": QT_TRANSLATE_NOOP("MediaPage", "publishing"),
    "retry_wait": QT_TRANSLATE_NOOP("MediaPage", "will retry"),
    "published": QT_TRANSLATE_NOOP("MediaPage", "published"),
    "failed": QT_TRANSLATE_NOOP("MediaPage", "failed"),
    "unconfirmed": QT_TRANSLATE_NOOP("MediaPage", "needs attention"),
    "due": QT_TRANSLATE_NOOP("MediaPage", "to post now"),
    "skipped": QT_TRANSLATE_NOOP("MediaPage", "skipped"),
}


def _state_word(state: str) -> str:
    """``state`` in the owner's language (an unknown code is shown as it is)."""
    word = _STATE_WORDS.get(state)
    return translate("MediaPage", word) if word is not None else state


class DetailsPanel(QWidget):
    """The right-hand panel of the Media screen, for one photo (or none)."""

    updated = Signal(object)  # AssetInfo: its alt text or focal point was saved
    delete_requested = Signal()
    failed = Signal(object)  # BaseException: for the page's banner
    alt_edit: QPlainTextEdit
    previews: PlatformPreviews

    def __init__(
        self, ctx: AppContext, library: MediaLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.library = library
        self.current: AssetInfo | None = None
        self._build()
        self._alt_timer = QTimer(self, singleShot=True, interval=700)
        self._alt_timer.timeout.connect(self._save_alt)
        self.alt_edit.textChanged.connect(self._alt_timer.start)

    def _build(self) -> None:
        v = QVBoxLayout(self)
        self.name_label = QLabel()
        self.name_label.setWordWrap(True)
        f = self.name_label.font()
        f.setBold(True)
        self.name_label.setFont(f)
        v.addWidget(self.name_label)
        hint = QLabel(
            translate(
                "MediaPage", "Click the most important spot of the photo: every crop keeps it."
            )
        )
        hint.setWordWrap(True)
        v.addWidget(hint)
        self.focal = FocalPointWidget()
        self.focal.setMinimumHeight(260)
        self.focal.focus_moving.connect(lambda x, y: self.previews.move_focus((x, y)))
        self.focal.focus_changed.connect(self._save_focus)
        v.addWidget(self.focal)
        v.addWidget(
            QLabel(
                translate("MediaPage", "Description for people who cannot see the photo (alt text)")
            )
        )
        self.alt_edit = QPlainTextEdit()
        self.alt_edit.setPlaceholderText(
            translate("MediaPage", "For example: Three golden croissants on a wooden board")
        )
        self.alt_edit.setFixedHeight(70)
        v.addWidget(self.alt_edit)
        v.addWidget(QLabel(translate("MediaPage", "Used in")))
        self.used_list = QListWidget()
        self.used_list.setFixedHeight(90)
        v.addWidget(self.used_list)
        row = QHBoxLayout()
        row.addStretch(1)
        self.delete_button = QPushButton(
            icon("fa6s.trash-can"), translate("MediaPage", "Delete photo")
        )
        self.delete_button.clicked.connect(self.delete_requested)
        row.addWidget(self.delete_button)
        v.addLayout(row)
        v.addWidget(QLabel(translate("MediaPage", "What each platform will show")))
        self.previews = PlatformPreviews(self.ctx.tasks)
        self.previews.setMinimumWidth(2 * (TILE + 16))
        v.addWidget(self.previews)
        self.overlay_panel = OverlayPanel()
        self.overlay_panel.changed.connect(self._overlay_changed)
        self.overlay_panel.logo_chosen.connect(self._logo_chosen)
        v.addWidget(self.overlay_panel)
        v.addStretch(1)

    # --- the photo ------------------------------------------------------------------------

    def show_asset(self, asset: AssetInfo | None) -> None:
        """Show ``asset`` (None: an empty, disabled panel)."""
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
        self.name_label.setText(
            f"{asset.name} · {format_number(asset.width)} × {format_number(asset.height)}"
        )
        self.alt_edit.blockSignals(True)
        self.alt_edit.setPlainText(asset.alt_text)
        self.alt_edit.blockSignals(False)
        path, focus, presets = asset.path, asset.focus, list(self.previews.presets)
        asset_id, ov = asset.id, self.previews.overlay

        def job() -> tuple[PreviewSource, QImage, dict[str, QImage]]:
            src = PreviewSource(path, max_side=FOCAL_SIDE)
            thumb = to_qimage(src.thumbnail(FOCAL_SIDE))
            return src, thumb, _render_all(src, presets, focus, ov)

        def done(result: tuple[PreviewSource, QImage, dict[str, QImage]]) -> None:
            if self.current is None or self.current.id != asset_id:
                return
            src, base, images = result
            self.focal.set_image(base, focus)
            self.previews.show_loaded(path, src, images, focus)

        self.ctx.tasks.run(job, done, self.failed.emit)
        self.ctx.tasks.run(
            lambda: self.library.used_in(asset_id), self._show_usages, self.failed.emit
        )

    def _show_usages(self, usages: list[Usage]) -> None:
        self.used_list.clear()
        if not usages:
            self.used_list.addItem(translate("MediaPage", "Not used in any post yet"))
            return
        for u in usages:
            state = (
                translate("MediaPage", "scheduled")
                if u.pending
                else ", ".join(sorted({_state_word(s) for s in u.states}))
            )
            accounts = ", ".join(u.accounts) or translate("MediaPage", "no account yet")
            title = u.title or translate("MediaPage", "Untitled post")
            self.used_list.addItem(f"{title} — {accounts} · {state}")

    def _save_focus(self, x: float, y: float) -> None:
        if self.current is None:
            return
        asset_id = self.current.id
        self.ctx.tasks.run(
            lambda: self.library.set_focus(asset_id, x, y), self._updated, self.failed.emit
        )

    def flush_alt(self) -> None:
        """Save a pending alt text now (before another photo is shown)."""
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
            lambda: self.library.set_alt_text(asset_id, text), self._updated, self.failed.emit
        )

    def _updated(self, asset: AssetInfo) -> None:
        if self.current is not None and self.current.id == asset.id:
            self.current = asset
        self.updated.emit(asset)

    # --- logo overlay ---------------------------------------------------------------------

    def load_overlay(self) -> None:
        """Read the saved logo overlay (off the GUI thread) and show it on the previews."""
        store = self.ctx.store
        self.ctx.tasks.run(lambda: overlay.load(store), self._overlay_loaded, self.failed.emit)

    def _overlay_loaded(self, settings: overlay.OverlaySettings) -> None:
        self.overlay_panel.set_settings(settings)
        self.previews.set_overlay(overlay.to_overlay(self.ctx.paths, settings))

    def _overlay_changed(self, settings: overlay.OverlaySettings) -> None:
        store = self.ctx.store
        self.previews.set_overlay(overlay.to_overlay(self.ctx.paths, settings))
        self.ctx.tasks.run(lambda: overlay.save(store, settings), None, self.failed.emit)

    def _logo_chosen(self, path: str) -> None:
        paths, store = self.ctx.paths, self.ctx.store
        current = self.overlay_panel.settings

        def job() -> overlay.OverlaySettings:
            name = overlay.import_logo(paths, Path(path))
            settings = replace(current, logo=name, enabled=True)
            overlay.save(store, settings)
            return settings

        self.ctx.tasks.run(job, self._overlay_loaded, self.failed.emit)
