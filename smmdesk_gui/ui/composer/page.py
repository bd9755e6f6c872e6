"""The Compose screen: one post, many accounts, each platform's rules counted live, autosaved.

Layout (UX.md): account chips across the top; the main text and one tab per chosen account, the
per-account counters under the editor, the photo strip under that; on the right the preview for
the chosen account, the problems list and the schedule controls.

The page lays out and wires its parts: the snippet buttons (``snippets.py``), the photo intake
(``photo_intake.py``) and the autosave (``autosave.py``: at most a second of typing lost to a
kill; a busy database is retried, the text kept). Counting runs on a short throttle too, so
typing is never held up by it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QImage
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import QSignalThrottler

from smmdesk_gui.domain.text_rules import CountResult
from smmdesk_gui.services.compose import drafts, photos
from smmdesk_gui.services.compose.best_time import BestTime, best_time
from smmdesk_gui.services.compose.checks import (
    AccountCheck,
    AccountInfo,
    MediaInfo,
)
from smmdesk_gui.services.plan.rubrics import RubricInfo, list_rubrics
from smmdesk_gui.ui.composer import draft_form, live_checks, scheduling
from smmdesk_gui.ui.composer.autosave import Autosaver
from smmdesk_gui.ui.composer.media_strip import MediaStrip
from smmdesk_gui.ui.composer.panels import SchedulePanel
from smmdesk_gui.ui.composer.photo_intake import PhotoIntake
from smmdesk_gui.ui.composer.post_preview import PreviewStrip
from smmdesk_gui.ui.composer.preview_images import PreviewImages
from smmdesk_gui.ui.composer.snippets import SnippetBar
from smmdesk_gui.ui.composer.version_tab import VersionTab, VersionTabs
from smmdesk_gui.ui.composer.widgets import (
    AccountChips,
    CounterBar,
    PostEditor,
    RubricCombo,
    ShapeCombo,
)
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Loaded:
    """What the screen reads on a worker when it is built."""

    accounts: list[AccountInfo]
    rubrics: list[RubricInfo]
    draft: drafts.Draft | None
    tz: ZoneInfo
    best: BestTime | None


RECOUNT_MS = 120


class ComposePage(QWidget):
    """Write one post for several accounts; see counts, preview and problems; schedule it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.accounts: dict[int, AccountInfo] = {}
        self.selected: list[int] = []
        self.post_id: int | None = None
        self.thumbs: dict[int, QImage] = {}
        self.media_info: dict[int, MediaInfo] = {}
        self.checks: list[AccountCheck] = []
        self.results: dict[int, CountResult] = {}
        self.previews = PreviewImages(ctx, self)
        self.previews.ready.connect(lambda _asset, _platform: live_checks.update_preview(self))
        self.tz = ZoneInfo("UTC")
        self.loaded = False  # the accounts and the workspace's zone are in (read on a worker)
        self._pending: drafts.Draft | None = None  # opened before they were in
        # what the editors do not show, kept as opened (saving must not clear it)
        self._opened = drafts.Draft()
        # the post came with a time in the plan: versions without their own time keep the
        # post's ("At"), so an autosave does not take a draft off the calendar
        self._timed = False
        self.autosaver = Autosaver(ctx, self.current_draft, self)
        self.autosaver.saved.connect(self._saved)
        self.photo_intake = PhotoIntake(ctx, self)
        self.photo_intake.added.connect(self._files_added)
        self.photo_intake.thumbnail_ready.connect(self._thumbnail_ready)
        self.photo_intake.failed.connect(self._failed)
        self._build()
        self.autosaver.status.connect(self.schedule.status.setText)
        self.recount_throttle = QSignalThrottler(QSignalThrottler.EmissionPolicy.Trailing, self)
        self.recount_throttle.setTimeout(RECOUNT_MS)
        self.recount_throttle.triggered.connect(self.recount)
        self._load()

    @property
    def dirty(self) -> bool:
        """The editors show changes the store does not hold yet."""
        return self.autosaver.dirty

    @property
    def tabs_by_account(self) -> dict[int, VersionTab]:
        """Each chosen account's tab (its own words and time)."""
        return self.tabs.by_account

    @property
    def saves(self) -> int:
        """How many times the draft was written (tests wait on it)."""
        return self.autosaver.saves

    # --- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Post to:")))
        self.chips = AccountChips(self)
        self.chips.toggled.connect(self._account_toggled)
        top.addWidget(self.chips, 1)
        rubric_label = QLabel(self.tr("Rubric:"))
        top.addWidget(rubric_label)
        self.rubric = RubricCombo(self)
        rubric_label.setBuddy(self.rubric)
        self.rubric.currentIndexChanged.connect(lambda _i: self._changed())
        top.addWidget(self.rubric)
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
        self.tabs = VersionTabs(lambda: self.schedule.when.dateTime(), left)
        self.tabs.version_changed.connect(self._changed)
        master = QWidget()
        mv = QVBoxLayout(master)
        self.editor = PostEditor(master)
        self.editor.setObjectName("masterEditor")
        self.editor.setPlaceholderText(
            self.tr("Write your post here. Each account can get its own version in its tab.")
        )
        self.editor.textChanged.connect(self._master_edited)
        self.editor.images_pasted.connect(self.add_files)
        self.editor.image_data_pasted.connect(self.photo_intake.add_pasted_image)
        mv.addWidget(self.editor, 1)
        self.snippets = SnippetBar(
            self.ctx,
            self.current_editor,
            lambda: {self.accounts[a].platform for a in self.selected},
            master,
        )
        mv.addWidget(self.snippets)
        self.tabs.add_master(master, icon("fa6s.pen"), self.tr("Main text"))
        lv.addWidget(self.tabs, 1)
        self.counters = CounterBar(left)
        self.counters.activated.connect(self.show_account)
        lv.addWidget(self.counters)
        self.media = MediaStrip(left)
        self.media.add_requested.connect(self.photo_intake.choose_files)
        self.media.files_dropped.connect(self.add_files)
        self.media.changed.connect(self._changed)
        self.media.alt_changed.connect(self.autosaver.alt_changed)
        lv.addWidget(self.media)
        shape_row = QHBoxLayout()
        self.shape_label = QLabel(self.tr("Instagram shape:"))
        self.shape = ShapeCombo(left)
        self.shape_label.setBuddy(self.shape)
        self.shape.activated.connect(lambda _i: self._changed())
        shape_row.addWidget(self.shape_label)
        shape_row.addWidget(self.shape)
        shape_row.addStretch(1)
        lv.addLayout(shape_row)
        right = QWidget(split)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.preview = PreviewStrip(right)
        rv.addWidget(self.preview, 1)
        self.schedule = SchedulePanel(right)
        self.schedule.schedule_clicked.connect(self.schedule_post)
        self.schedule.calendar_requested.connect(self.ctx.navigator.show_plan_day)
        self.schedule.best_time_clicked.connect(self.use_best_time)
        self.best: BestTime | None = None
        self.snippets.status.connect(self.schedule.status.setText)
        # a time moved into the past shows up in the problems list at once, not at Schedule
        self.schedule.when.dateTimeChanged.connect(lambda _v: self.recount_throttle.throttle())
        for choice in (self.schedule.now, self.schedule.next_slot, self.schedule.at):
            choice.toggled.connect(lambda _on: self.recount_throttle.throttle())
        rv.addWidget(self.schedule)
        split.addWidget(left)
        split.addWidget(right)
        # the previews of two accounts side by side beside the editor; more scroll sideways
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        root.addWidget(split, 1)
        self.tabs.shown_changed.connect(self.recount)

    # --- loading ----------------------------------------------------------------------------
    def _load(self) -> None:
        store = self.ctx.store

        def job() -> Loaded:
            from smmdesk_gui.services.workspace import workspace_zone

            return Loaded(
                drafts.list_accounts(store),
                list_rubrics(store),
                drafts.draft_to_open(store),
                workspace_zone(store),
                best_time(store),
            )

        self.ctx.tasks.run(job, self._loaded, self._failed)

    def _loaded(self, result: Loaded) -> None:
        self.tz = result.tz
        self.loaded = True
        self._set_accounts(result.accounts)
        self.rubric.set_rubrics(result.rubrics)
        self._show_best(result.best)
        self.schedule.set_default_time(result.tz, dt.datetime.now(dt.UTC))
        draft = result.draft
        if self._pending is not None:
            # a post opened from the Plan while this screen was still loading: that one, not
            # the draft the screen would reopen on its own
            draft, self._pending = self._pending, None
        if draft is not None:
            self.open_draft(draft)
        else:
            self._select([a.id for a in result.accounts if a.state == "ok"])
            self.recount()

    def on_shown(self) -> None:
        """Accounts and rubrics may have changed on another screen: refresh them, keep the post.

        A photo's focal point may have moved on the Media screen: the previews are made again.
        """
        self.previews.clear()
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda: (drafts.list_accounts(store), list_rubrics(store), best_time(store)),
            self._refresh_accounts,
        )

    def _refresh_accounts(
        self, result: tuple[list[AccountInfo], list[RubricInfo], BestTime | None]
    ) -> None:
        if not self.loaded:
            return  # the first load brings them, with the post to open
        accounts, rubrics, best = result
        self.rubric.set_rubrics(rubrics)
        self._show_best(best)
        keep = [aid for aid in self.selected if any(a.id == aid for a in accounts)]
        overrides = {aid: self.tabs_by_account[aid].override() for aid in keep}
        self._set_accounts(accounts)
        self._select(keep, overrides)
        self.recount()

    def _show_best(self, best: BestTime | None) -> None:
        self.best = best
        if best is None:
            self.schedule.show_best_time(None)
        else:
            self.schedule.show_best_time(best.weekday, best.hour)

    def use_best_time(self) -> None:
        """ "Use it": the post goes at the next best weekday and hour, in the workspace's zone."""
        if self.best is None:
            return
        at = self.best.next_after(dt.datetime.now(dt.UTC), self.tz)
        self.schedule.show_time(at, self.tz)

    def _set_accounts(self, accounts: list[AccountInfo]) -> None:
        self.accounts = {a.id: a for a in accounts}
        self.chips.set_accounts(accounts)
        self.no_accounts.setVisible(not accounts)

    def _failed(self, exc: BaseException) -> None:
        log.error("composer: %s", exc, exc_info=exc)
        self.schedule.status.setText(
            arg(self.tr("Something went wrong: %1. Your text is still here."), exc)
        )

    def open_draft(self, draft: drafts.Draft) -> None:
        """Show ``draft`` in the editors (after a restart, or from the plan) exactly as stored:
        its text, each account's version, its photos and its time in the workspace's zone.

        Before the screen has its accounts and zone (read on a worker) the draft waits for them:
        opened at once it lost its accounts' versions and was shown in the wrong zone.
        """
        if not self.loaded:
            self._pending = draft
            return
        draft_form.show_draft(self, draft)

    # --- accounts and tabs ------------------------------------------------------------------
    def _select(
        self, account_ids: list[int], overrides: dict[int, str | None] | None = None
    ) -> None:
        self.selected = [aid for aid in self.accounts if aid in account_ids]
        self.tabs.sync(
            [self.accounts[a] for a in self.selected], overrides or {}, self.editor.toPlainText()
        )
        self.chips.set_checked(set(self.selected))
        self.counters.set_accounts([self.accounts[a] for a in self.selected])
        self.preview.set_accounts([self.accounts[a] for a in self.selected])
        shaped = any(self.accounts[a].platform == "instagram" for a in self.selected)
        self.shape_label.setVisible(shaped)
        self.shape.setVisible(shaped)

    def _account_toggled(self, aid: int, on: bool) -> None:
        ids = [a for a in self.selected if a != aid] + ([aid] if on else [])
        overrides = {a: self.tabs_by_account[a].override() for a in self.selected if a != aid}
        self._select(ids, overrides)
        self._changed()

    def show_account(self, aid: int) -> None:
        """The account's version in the tabs, and its preview scrolled into view."""
        self.tabs.show_account(aid)
        self.preview.show_account(aid)

    def current_account(self) -> int | None:
        """The account in view (its tab), else the first chosen one (on the main text)."""
        shown = self.tabs.shown_account()
        if shown is not None:
            return shown
        return self.selected[0] if self.selected else None

    def current_editor(self) -> PostEditor:
        """The editor the owner is looking at: an account's own words, else the main text."""
        return self.tabs.own_editor() or self.editor

    # --- editing ----------------------------------------------------------------------------
    def _master_edited(self) -> None:
        self.tabs.set_master_text(self.editor.toPlainText())
        self._changed()

    def _changed(self) -> None:
        self.recount_throttle.throttle()
        self.autosaver.changed()

    def text_for(self, aid: int) -> str:
        tab = self.tabs_by_account.get(aid)
        return self.editor.toPlainText() if tab is None else tab.text()

    def current_draft(self) -> drafts.Draft:
        """The post as the editors show it now (what the autosave writes)."""
        return draft_form.read_draft(self)

    # --- counting, preview, problems --------------------------------------------------------
    def recount(self) -> None:
        """Count every chosen account's text, mark what is over, refresh previews and problems."""
        live_checks.recount(self)

    # --- saving -----------------------------------------------------------------------------
    def autosave(self) -> None:
        """Write the draft now if anything changed (a short transaction); a busy database or
        a failure is said in the status line, the text stays in the editors."""
        self.autosaver.save()

    def _saved(self, post_id: int) -> None:
        self.post_id = post_id

    def before_close(self) -> None:
        """The window is closing: save what is there."""
        self.autosaver.save_before_close()

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
        self.autosaver.remember_open(None)
        self.post_id = None
        self._opened = drafts.Draft()
        self._timed = False
        self.rubric.set_current(None)
        self.shape.set_current(None)
        self.editor.setPlainText("")
        self.media.set_items([])
        self._select([])  # new tabs: the previous post's own versions and times are gone
        if accounts is None:
            accounts = [a for a, acc in self.accounts.items() if acc.state == "ok"]
        self._select(accounts)
        self.schedule.set_default_time(self.tz, dt.datetime.now(dt.UTC))
        for tab in self.tabs_by_account.values():
            tab.when.setDateTime(self.schedule.when.dateTime())
        self.autosaver.mark_clean()
        self.recount()

    # --- photos -----------------------------------------------------------------------------
    def add_files(self, files: list[Path]) -> None:
        """Photo files join the post (imported on a worker)."""
        self.photo_intake.add_files(files)

    def _files_added(self, done: list[photos.ImportedImage], errors: list[str]) -> None:
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
            self.photo_intake.load_thumbnail(image.asset_id)
        self.schedule.status.setText("\n".join(errors))
        self._changed()

    def _thumbnail_ready(self, asset_id: int, image: QImage, frames: int) -> None:
        info = self.media_info.get(asset_id)
        if info is not None and info.frames != frames:
            self.media_info[asset_id] = dataclasses.replace(info, frames=frames)
        if not image.isNull():
            self.thumbs[asset_id] = image
            self.media.set_thumbnail(asset_id, image)
        self.recount_throttle.throttle()

    # --- scheduling -------------------------------------------------------------------------
    def schedule_post(self) -> None:
        """Schedule the post as the schedule box says; a busy database says so, keeps the post."""
        scheduling.schedule_post(self)
