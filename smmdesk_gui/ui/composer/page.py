"""The Compose screen: one post, many accounts, each platform's rules counted live, autosaved.

Layout (UX.md): account chips across the top; the main text and one tab per chosen account, the
per-account counters under the editor, the photo strip under that; on the right the preview for
the chosen account, the problems list and the schedule controls.

The draft is saved at most a second after a change while typing (a trailing throttle, so a
steady typist is saved every second, not only when they pause), when the screen is left and when
the window closes; a kill loses at most that last second. Counting runs on a short throttle too,
so typing is never held up by it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QHideEvent, QImage
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import QSignalThrottler

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.text_rules import CountResult
from smmdesk_gui.services.compose import drafts, photos
from smmdesk_gui.services.compose.checks import (
    AccountCheck,
    AccountInfo,
    MediaInfo,
    check_draft,
    count_for,
    hashtag_set_fit,
    posted_size,
)
from smmdesk_gui.ui.composer.panels import MediaStrip, PreviewPanel, SchedulePanel
from smmdesk_gui.ui.composer.preview_images import PreviewImages
from smmdesk_gui.ui.composer.version_tab import VersionTab
from smmdesk_gui.ui.composer.widgets import AccountChips, CounterBar, PostEditor
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.icons import icon, platform_icon

log = logging.getLogger(__name__)

AUTOSAVE_MS = 1000  # at most this much typing is lost when the app is killed
RECOUNT_MS = 120


def _png_bytes(image: QImage) -> bytes:
    """Worker side: a pasted picture as PNG bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; Qt wants str
    return bytes(buffer.data().data())


class ComposePage(QWidget):
    """Write one post for several accounts; see counts, preview and problems; schedule it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.accounts: dict[int, AccountInfo] = {}
        self.selected: list[int] = []
        self.tabs_by_account: dict[int, VersionTab] = {}
        self.post_id: int | None = None
        self.thumbs: dict[int, QImage] = {}
        self.media_info: dict[int, MediaInfo] = {}
        self.pending_alt: dict[int, str] = {}
        self.checks: list[AccountCheck] = []
        self.results: dict[int, CountResult] = {}
        self.previews = PreviewImages(ctx, self)
        self.previews.ready.connect(lambda _asset, _platform: self._update_preview())
        self.tz = ZoneInfo("UTC")
        self.dirty = False
        self.saves = 0
        self._selecting = False
        self._build()
        self.recount_throttle = QSignalThrottler(QSignalThrottler.EmissionPolicy.Trailing, self)
        self.recount_throttle.setTimeout(RECOUNT_MS)
        self.recount_throttle.triggered.connect(self.recount)
        self.save_throttle = QSignalThrottler(QSignalThrottler.EmissionPolicy.Trailing, self)
        self.save_throttle.setTimeout(AUTOSAVE_MS)
        self.save_throttle.triggered.connect(self.autosave)
        self._load()

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Post to:")))
        self.chips = AccountChips(self)
        self.chips.toggled.connect(self._account_toggled)
        top.addWidget(self.chips, 1)
        self.new_button = QPushButton(icon("fa6s.file-circle-plus"), self.tr("New post"))
        self.new_button.clicked.connect(self.new_post)
        top.addWidget(self.new_button)
        root.addLayout(top)
        self.no_accounts = QLabel(
            self.tr("No accounts yet: add one on the Accounts screen. You can already write.")
        )
        self.no_accounts.setVisible(False)
        root.addWidget(self.no_accounts)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget(split)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(left)
        self.tabs.setDocumentMode(True)
        master = QWidget()
        mv = QVBoxLayout(master)
        self.editor = PostEditor(master)
        self.editor.setObjectName("masterEditor")
        self.editor.setPlaceholderText(
            self.tr("Write your post here. Each account can get its own version in its tab.")
        )
        self.editor.textChanged.connect(self._master_edited)
        self.editor.images_pasted.connect(self.add_files)
        self.editor.image_data_pasted.connect(self.add_pasted_image)
        mv.addWidget(self.editor, 1)
        snippets = QHBoxLayout()
        self.hashtags_button = QToolButton(master)
        self.hashtags_button.setText(self.tr("Hashtag sets"))
        self.hashtags_button.setIcon(icon("fa6s.hashtag"))
        self.hashtags_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.hashtags_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.hashtags_menu = QMenu(self.hashtags_button)
        self.hashtags_menu.aboutToShow.connect(lambda: self._fill_menu("hashtags"))
        self.hashtags_button.setMenu(self.hashtags_menu)
        self.templates_button = QToolButton(master)
        self.templates_button.setText(self.tr("Templates"))
        self.templates_button.setIcon(icon("fa6s.signature"))
        self.templates_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.templates_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.templates_menu = QMenu(self.templates_button)
        self.templates_menu.aboutToShow.connect(lambda: self._fill_menu("template"))
        self.templates_button.setMenu(self.templates_menu)
        snippets.addWidget(self.hashtags_button)
        snippets.addWidget(self.templates_button)
        snippets.addStretch(1)
        mv.addLayout(snippets)
        self.tabs.addTab(master, icon("fa6s.pen"), self.tr("Main text"))
        lv.addWidget(self.tabs, 1)
        self.counters = CounterBar(left)
        self.counters.activated.connect(self.show_account)
        lv.addWidget(self.counters)
        self.media = MediaStrip(left)
        self.media.add_requested.connect(self._choose_files)
        self.media.files_dropped.connect(self.add_files)
        self.media.changed.connect(self._changed)
        self.media.alt_changed.connect(self._alt_changed)
        lv.addWidget(self.media)
        right = QWidget(split)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.preview = PreviewPanel(right)
        rv.addWidget(self.preview, 1)
        self.schedule = SchedulePanel(right)
        self.schedule.schedule_clicked.connect(self.schedule_post)
        # a time moved into the past shows up in the problems list at once, not at Schedule
        self.schedule.when.dateTimeChanged.connect(lambda _v: self.recount_throttle.throttle())
        for choice in (self.schedule.now, self.schedule.next_slot, self.schedule.at):
            choice.toggled.connect(lambda _on: self.recount_throttle.throttle())
        rv.addWidget(self.schedule)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        root.addWidget(split, 1)
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())

    # --- loading ----------------------------------------------------------------------------
    def _load(self) -> None:
        store = self.ctx.store

        def job() -> tuple[list[AccountInfo], drafts.Draft | None, ZoneInfo]:
            from smmdesk_gui.services.workspace import workspace_zone

            return (
                drafts.list_accounts(store),
                drafts.draft_to_open(store),
                workspace_zone(store),
            )

        self.ctx.tasks.run(job, self._loaded, self._failed)

    def _loaded(self, result: tuple[list[AccountInfo], drafts.Draft | None, ZoneInfo]) -> None:
        accounts, draft, tz = result
        self.tz = tz
        self._set_accounts(accounts)
        self.schedule.set_default_time(tz, dt.datetime.now(dt.UTC))
        if draft is not None:
            self.open_draft(draft)
        else:
            self._select([a.id for a in accounts if a.state == "ok"])
            self.recount()

    def on_shown(self) -> None:
        """Accounts may have changed on another screen: refresh the chips, keep the post.

        A photo's focal point may have moved on the Media screen: the previews are made again.
        """
        self.previews.clear()
        store = self.ctx.store
        self.ctx.tasks.run(lambda: drafts.list_accounts(store), self._refresh_accounts)

    def _refresh_accounts(self, accounts: list[AccountInfo]) -> None:
        keep = [aid for aid in self.selected if any(a.id == aid for a in accounts)]
        overrides = {aid: self.tabs_by_account[aid].override() for aid in keep}
        self._set_accounts(accounts)
        self._select(keep, overrides)
        self.recount()

    def _set_accounts(self, accounts: list[AccountInfo]) -> None:
        self.accounts = {a.id: a for a in accounts}
        self.chips.set_accounts(accounts)
        self.no_accounts.setVisible(not accounts)

    def _failed(self, exc: BaseException) -> None:
        log.error("composer: %s", exc, exc_info=exc)
        self.schedule.status.setText(
            self.tr("Something went wrong: {error}. Your text is still here.").format(error=exc)
        )

    def open_draft(self, draft: drafts.Draft) -> None:
        """Show ``draft`` in the editors (after a restart, or from the plan)."""
        if draft.post_id is not None and draft.post_id != self.post_id:
            drafts.remember_open(self.ctx.store, draft.post_id)  # reopened after a kill too
        self.post_id = draft.post_id
        self.editor.blockSignals(True)
        self.editor.setPlainText(draft.text)
        self.editor.blockSignals(False)
        self._select(
            [t.account_id for t in draft.targets if t.account_id in self.accounts],
            {t.account_id: t.text_override for t in draft.targets},
        )
        from smmdesk_gui.ui.formatting import to_qdatetime

        for t in draft.targets:
            tab = self.tabs_by_account.get(t.account_id)
            if tab is None:
                continue
            tab.own_time.blockSignals(True)
            tab.own_time.setChecked(t.scheduled_at is not None)
            tab.when.setEnabled(t.scheduled_at is not None)
            tab.own_time.blockSignals(False)
            if t.scheduled_at is not None:
                tab.when.blockSignals(True)
                tab.when.setDateTime(to_qdatetime(t.scheduled_at, self.tz))
                tab.when.blockSignals(False)
        infos = drafts.media_infos(self.ctx.store, draft.media)
        self.media_info = {m.asset_id: m for m in infos}
        self.media.set_items([(m.asset_id, m.name, m.alt_text) for m in infos])
        for m in infos:
            self._load_thumbnail(m.asset_id)
        self.dirty = False
        self.recount()

    # --- accounts and tabs ------------------------------------------------------------------
    def _select(
        self, account_ids: list[int], overrides: dict[int, str | None] | None = None
    ) -> None:
        overrides = overrides or {}
        # Removing a tab before the current one changes the current tab, which recounts: not
        # while the tabs and the selection disagree (an account left out crashed the recount).
        self._selecting = True
        try:
            self.selected = [aid for aid in self.accounts if aid in account_ids]
            for aid in list(self.tabs_by_account):
                if aid not in self.selected:
                    self._remove_tab(aid)
            for aid in self.selected:
                if aid not in self.tabs_by_account:
                    self._add_tab(aid)
                self.tabs_by_account[aid].set_override(overrides.get(aid))
        finally:
            self._selecting = False
        self.chips.set_checked(set(self.selected))
        self.counters.set_accounts([self.accounts[a] for a in self.selected])

    def _add_tab(self, aid: int) -> None:
        account = self.accounts[aid]
        tab = VersionTab(account)
        tab.set_master(self.editor.toPlainText())
        tab.changed.connect(self._changed)
        tab.when.setDateTime(self.schedule.when.dateTime())
        # ticking "Different time" starts from the post's time as it is now, not as it was
        tab.own_time.toggled.connect(
            lambda on, t=tab: t.when.setDateTime(self.schedule.when.dateTime()) if on else None
        )
        self.tabs_by_account[aid] = tab
        position = 1 + [a for a in self.accounts if a in self.tabs_by_account].index(aid)
        self.tabs.insertTab(position, tab, platform_icon(account.platform), account.handle)

    def _remove_tab(self, aid: int) -> None:
        tab = self.tabs_by_account.pop(aid)
        self.tabs.removeTab(self.tabs.indexOf(tab))
        tab.deleteLater()

    def _account_toggled(self, aid: int, on: bool) -> None:
        ids = [a for a in self.selected if a != aid] + ([aid] if on else [])
        overrides = {a: self.tabs_by_account[a].override() for a in self.selected if a != aid}
        self._select(ids, overrides)
        self._changed()

    def show_account(self, aid: int) -> None:
        tab = self.tabs_by_account.get(aid)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def current_account(self) -> int | None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, VersionTab):
            return widget.account.id
        return self.selected[0] if self.selected else None

    def current_editor(self) -> PostEditor:
        widget = self.tabs.currentWidget()
        if isinstance(widget, VersionTab) and widget.own:
            return widget.editor
        return self.editor

    def _tab_changed(self) -> None:
        if not self._selecting:
            self.recount()

    # --- editing ----------------------------------------------------------------------------
    def _master_edited(self) -> None:
        text = self.editor.toPlainText()
        for tab in self.tabs_by_account.values():
            tab.set_master(text)
        self._changed()

    def _changed(self) -> None:
        self.dirty = True
        self.recount_throttle.throttle()
        self.save_throttle.throttle()

    def _alt_changed(self, asset_id: int, text: str) -> None:
        self.pending_alt[asset_id] = text  # written with the next autosave
        self._changed()

    def text_for(self, aid: int) -> str:
        tab = self.tabs_by_account.get(aid)
        return self.editor.toPlainText() if tab is None else tab.text()

    def current_draft(self) -> drafts.Draft:
        targets = []
        for aid in self.selected:
            tab = self.tabs_by_account[aid]
            when = None
            if tab.own_time.isChecked():
                from smmdesk_gui.ui.composer.panels import qdatetime_to_utc

                when = qdatetime_to_utc(tab.when.dateTime(), self.tz)
            targets.append(drafts.TargetDraft(aid, tab.override(), when))
        return drafts.Draft(
            post_id=self.post_id,
            text=self.editor.toPlainText(),
            targets=targets,
            media=[drafts.MediaDraft(a) for a in self.media.asset_ids()],
        )

    # --- counting, preview, problems --------------------------------------------------------
    def recount(self) -> None:
        has_media = bool(self.media.asset_ids())
        results: dict[int, CountResult] = {}
        for aid in self.selected:
            account = self.accounts[aid]
            results[aid] = count_for(account, self.text_for(aid), has_media)
            self.counters.show_count(account, results[aid])
        self.results = results
        self._mark(results)
        self._update_preview()
        self._update_checks()

    def _mark(self, results: dict[int, CountResult]) -> None:
        following = [
            results[aid].over_at
            for aid in self.selected
            if self.tabs_by_account[aid].override() is None and results[aid].over_at is not None
        ]
        self.editor.set_marker(min(following) if following else None)  # type: ignore[type-var]
        for aid, tab in self.tabs_by_account.items():
            tab.editor.set_marker(results[aid].over_at if aid in results else None)

    def _update_preview(self) -> None:
        """The chosen account's text as its platform cuts it, and the first photo as the media
        pipeline shapes it for that platform (made on a worker; the plain thumbnail meanwhile)."""
        aid = self.current_account()
        if aid is None or aid not in self.results:
            self.preview.show_empty()
            return
        account = self.accounts[aid]
        ids = self.media.asset_ids()
        image: QImage | None = None
        caption = ""
        if ids:
            image = self.previews.get(ids[0], account.platform)
            if image is None:
                image = self.thumbs.get(ids[0])
            caption = self._image_caption(account, ids)
        self.preview.show_preview(account, self.text_for(aid), self.results[aid], image, caption)

    def _image_caption(self, account: AccountInfo, ids: list[int]) -> str:
        """What the preview picture is: which photo, and the size the platform gets."""
        info = self.media_info.get(ids[0])
        size = ""
        if info is not None and info.width > 0 and info.height > 0:
            (w, h), _kept = posted_size(account.platform, info.width, info.height)
            size = self.tr("{name} gets it as {w} × {h} pixels.").format(
                name=account.info.name, w=w, h=h
            )
        if len(ids) == 1:
            return size
        first = self.tr("Photo 1 of {n}.").format(n=len(ids))
        return f"{first} {size}".strip()

    def _update_checks(self) -> None:
        draft = self.current_draft()
        alt = self.media.alt_texts()
        media = [
            dataclasses.replace(self.media_info[m.asset_id], alt_text=alt.get(m.asset_id, ""))
            for m in draft.media
            if m.asset_id in self.media_info
        ]
        chosen = self.schedule.chosen(self.tz)  # None: post now or the next free slot
        when = {t.account_id: t.scheduled_at or chosen for t in draft.targets}
        checks = check_draft(
            draft.text,
            [self.accounts[a] for a in self.selected],
            {t.account_id: t.text_override for t in draft.targets},
            media,
            when,
            dt.datetime.now(dt.UTC),
        )
        self.checks = checks
        nothing_yet = (
            not draft.text.strip()
            and not draft.media
            and all(t.text_override is None for t in draft.targets)
        )
        if nothing_yet and self.selected:
            self.schedule.show_empty_post()  # a new post: no wall of red "empty" errors
        else:
            self.schedule.show_checks(checks, bool(self.selected))

    # --- saving -----------------------------------------------------------------------------
    def autosave(self) -> None:
        """Write the draft now if anything changed (a short transaction)."""
        if not self.dirty:
            return
        draft = self.current_draft()
        if draft.post_id is None and not draft.text.strip() and not draft.media:
            return  # nothing worth keeping yet
        try:
            for asset_id, alt in list(self.pending_alt.items()):
                photos.set_alt_text(self.ctx.store, self.ctx.paths, asset_id, alt)
                del self.pending_alt[asset_id]
            saved = drafts.save_draft(self.ctx.store, draft)
        except Exception as exc:  # a locked or full disk: say so, keep the text in the editor
            log.error("autosave failed", exc_info=exc)
            self.schedule.status.setText(
                self.tr("Could not save the draft ({error}). Your text is still here.").format(
                    error=exc
                )
            )
            return
        if saved.post_id != self.post_id:
            drafts.remember_open(self.ctx.store, saved.post_id)
        self.post_id = saved.post_id
        self.dirty = False
        self.saves += 1

    def before_close(self) -> None:
        """The window is closing: save what is there."""
        self.save_throttle.cancel()
        self.autosave()

    def hideEvent(self, event: QHideEvent) -> None:
        self.autosave()
        super().hideEvent(event)

    def new_post(self) -> None:
        self.autosave()
        self._fresh_post()
        self.editor.setFocus()

    def _fresh_post(self, accounts: list[int] | None = None) -> None:
        """An empty post (for ``accounts``, else every working account): no text, photos, own
        versions or own times left over from the last one."""
        drafts.remember_open(self.ctx.store, None)
        self.post_id = None
        self.editor.setPlainText("")
        self.media.set_items([])
        self._select([])  # new tabs: the previous post's own versions and times are gone
        if accounts is None:
            accounts = [a for a, acc in self.accounts.items() if acc.state == "ok"]
        self._select(accounts)
        self.schedule.set_default_time(self.tz, dt.datetime.now(dt.UTC))
        for tab in self.tabs_by_account.values():
            tab.when.setDateTime(self.schedule.when.dateTime())
        self.dirty = False
        self.recount()

    # --- photos -----------------------------------------------------------------------------
    def _choose_files(self) -> None:
        app = QApplication.instance()
        if app is not None and app.property("smmdesk_no_dialogs"):
            return
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos"),
            "",
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.heic *.heif)"),
        )
        if files:
            self.add_files([Path(f) for f in files])

    def add_files(self, files: list[Path]) -> None:
        store, paths = self.ctx.store, self.ctx.paths

        def job() -> tuple[list[photos.ImportedImage], list[str]]:
            done, errors = [], []
            for f in files:
                try:
                    done.append(photos.import_image_file(store, paths, f))
                except photos.ImageImportError as exc:
                    errors.append(str(exc))
            return done, errors

        self.ctx.tasks.run(job, self._files_added, self._failed)

    def add_pasted_image(self, image: QImage) -> None:
        """A picture from the clipboard (a screenshot, a copied photo) joins the photos."""
        store, paths = self.ctx.store, self.ctx.paths
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H.%M.%S")
        pasted_name = self.tr("Pasted {time}.png")  # the photo's name in the library

        def job() -> tuple[list[photos.ImportedImage], list[str]]:
            try:
                data = _png_bytes(image)
                name = pasted_name.format(time=stamp)
                return [photos.import_image_bytes(store, paths, data, name)], []
            except photos.ImageImportError as exc:
                return [], [str(exc)]

        self.ctx.tasks.run(job, self._files_added, self._failed)

    def _files_added(self, result: tuple[list[Any], list[str]]) -> None:
        done, errors = result
        have = set(self.media.asset_ids())
        for image in done:
            if image.asset_id in have:
                continue  # the same photo twice is attached once
            have.add(image.asset_id)
            info = drafts.media_infos(self.ctx.store, [drafts.MediaDraft(image.asset_id)])
            if not info:
                continue
            self.media_info[image.asset_id] = info[0]
            self.media.add_item(image.asset_id, image.name, info[0].alt_text)
            self._load_thumbnail(image.asset_id)
        self.schedule.status.setText("\n".join(errors))
        self._changed()

    def _load_thumbnail(self, asset_id: int) -> None:
        """The photo's thumbnail for the strip, and whether it is animated (for the checks)."""
        store, paths = self.ctx.store, self.ctx.paths

        def job() -> tuple[QImage, int]:
            path = photos.thumbnail_path(store, paths, asset_id)
            frames = photos.media_frames(store, paths, asset_id)
            return (QImage() if path is None else QImage(str(path))), frames

        def done(result: tuple[QImage, int]) -> None:
            image, frames = result
            info = self.media_info.get(asset_id)
            if info is not None and info.frames != frames:
                self.media_info[asset_id] = dataclasses.replace(info, frames=frames)
            if not image.isNull():
                self.thumbs[asset_id] = image
                self.media.set_thumbnail(asset_id, image)
            self.recount_throttle.throttle()

        self.ctx.tasks.run(job, done, lambda exc: log.warning("thumbnail: %s", exc))

    # --- hashtag sets and templates ---------------------------------------------------------
    def _fill_menu(self, kind: str) -> None:
        menu = self.hashtags_menu if kind == "hashtags" else self.templates_menu
        menu.clear()
        menu.setToolTipsVisible(True)
        chosen = {self.accounts[a].platform for a in self.selected}
        for snippet in drafts.list_snippets(self.ctx.store, kind):
            label = snippet.name
            tip = snippet.body
            if kind == "hashtags":
                fit = hashtag_set_fit(snippet.body)
                n = next(iter(fit.values()))[0] if fit else 0
                label = self.tr("{name} · {n} hashtags").format(name=snippet.name, n=n)
                too_many = sorted(
                    PLATFORMS[pid].name
                    for pid, (have, most) in fit.items()
                    if pid in chosen and most is not None and have > most
                )
                if too_many:
                    label += " ⚠"
                    tip += "\n" + self.tr("More hashtags than {platforms} allow(s).").format(
                        platforms=", ".join(too_many)
                    )
            action = menu.addAction(label)
            action.setToolTip(tip)
            action.triggered.connect(lambda _=False, body=snippet.body: self.insert_snippet(body))
        if menu.isEmpty():
            menu.addAction(self.tr("Nothing saved yet")).setEnabled(False)
        if kind == "hashtags":
            menu.addSeparator()
            menu.addAction(self.tr("Save this post's hashtags as a set…"), self._save_hashtags)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Save the selected text as a template…"), self._save_template)

    def insert_snippet(self, body: str) -> None:
        """Insert at the cursor of the visible editor, as one undoable step."""
        editor = self.current_editor()
        text = editor.toPlainText()
        cursor = editor.textCursor()
        units = text.encode("utf-16-le")[: 2 * cursor.position()]
        pos = len(units.decode("utf-16-le", "ignore"))
        new_text, end = drafts.insert_snippet(text, body, pos)
        cursor.insertText(new_text[pos:end])
        editor.setTextCursor(cursor)

    def _save_hashtags(self) -> None:
        from smmdesk_gui.domain.text_rules import _HASHTAG  # the same rule the counter uses

        tags = " ".join(m.group() for m in _HASHTAG.finditer(self.current_editor().toPlainText()))
        if not tags:
            self.schedule.status.setText(self.tr("This post has no hashtags to save."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Save hashtag set"), self.tr("Name:"))
        if ok and name.strip():
            drafts.save_snippet(self.ctx.store, "hashtags", name, tags)

    def _save_template(self) -> None:
        body = self.current_editor().textCursor().selectedText().replace("\u2029", "\n")
        if not body.strip():
            self.schedule.status.setText(self.tr("Select the text to keep as a template first."))
            return
        name, ok = QInputDialog.getText(self, self.tr("Save template"), self.tr("Name:"))
        if ok and name.strip():
            drafts.save_snippet(self.ctx.store, "template", name, body)

    # --- scheduling -------------------------------------------------------------------------
    def schedule_post(self) -> None:
        self.autosave()
        draft = self.current_draft()
        chosen = self.schedule.chosen(self.tz)
        now = dt.datetime.now(dt.UTC)
        when: dict[int, dt.datetime | None] = {
            t.account_id: (t.scheduled_at or chosen) for t in draft.targets
        }
        if self.schedule.next_slot.isChecked():
            free = drafts.next_free_times(
                self.ctx.store,
                [t.account_id for t in draft.targets if not t.scheduled_at],
                self.tz,
                now,
            )
            missing = [self.accounts[aid].label for aid, at in free.items() if at is None]
            if missing:
                self.schedule.status.setText(
                    self.tr(
                        "No free posting time for {accounts}: add posting times on the Plan "
                        "screen, or pick a date and time."
                    ).format(accounts=", ".join(missing))
                )
                return
            when.update(free)
        try:
            done = drafts.schedule_draft(self.ctx.store, draft, when, now)
        except drafts.ComposeError as exc:
            if exc.checks:
                self.schedule.show_checks(exc.checks, bool(self.selected))
            self.schedule.status.setText(str(exc))
            return
        n = len(done.targets)
        if self.schedule.next_slot.isChecked():
            message = self.tr("Added to the queue of %n account(s).", "", n)
        elif chosen is None:
            message = self.tr("Sent to the queue for %n account(s): it goes out now.", "", n)
        else:
            message = self.tr("Scheduled for %n account(s).", "", n)
        self._fresh_post(list(self.selected))  # the next post goes to the same accounts
        self.schedule.status.setText(message)
