"""The Plan screen: month / week / list views, filters, rubric mix, ideas backlog, undo.

The page is the controller: the bars and views only emit what the user did. Which days are shown
is ``VisibleRange``'s maths; what the user changes becomes an undoable command in ``PlanChanges``;
the dialogs (import, export, rubrics, posting times) open through ``PlanTools``. The visible range
is loaded through the task runner (one service call on a worker thread, the result applied on
the GUI thread); other screens are reached through the context's navigator.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCalendar, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedLayout,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.services.plan.rows import PlanEntry, PlanFilter, PlanView
from smmdesk_gui.ui.calendar import loading, opening, view_apply
from smmdesk_gui.ui.calendar.actions_bar import PlanActionsBar
from smmdesk_gui.ui.calendar.backlog import BacklogPanel
from smmdesk_gui.ui.calendar.changes import PlanChanges
from smmdesk_gui.ui.calendar.details import DetailsPanel
from smmdesk_gui.ui.calendar.mix_bar import MixBar
from smmdesk_gui.ui.calendar.models import AgendaModel, DayGridModel, PostIdRole, qdate
from smmdesk_gui.ui.calendar.post_menu import PostMenu
from smmdesk_gui.ui.calendar.thumbs import ThumbCache
from smmdesk_gui.ui.calendar.toolbar import FilterBar, NavigationBar
from smmdesk_gui.ui.calendar.tools import PlanTools
from smmdesk_gui.ui.calendar.views import DayGridView
from smmdesk_gui.ui.calendar.visible_range import VIEWS, VisibleRange
from smmdesk_gui.ui.calendar.week import WeekHoursModel, WeekHoursView
from smmdesk_gui.ui.calendar.welcome import Welcome
from smmdesk_gui.ui.calendars import calendar_notifier, choose_ui_calendar, ui_calendar_key
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg

if TYPE_CHECKING:
    from smmdesk_gui.ui.calendar.import_dialog import ExportDialog, ImportDialog
    from smmdesk_gui.ui.calendar.settings_dialogs import PostingTimesDialog, RubricsDialog

log = logging.getLogger(__name__)


class PlanPage(QWidget):
    """The content plan. ``SCREEN_FACTORIES["plan"]``."""

    loaded = Signal()  # a reload was applied (tests, benchmark)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = ctx.settings()
        anchor = QDate.fromString(str(settings.value("plan/anchor", "")), Qt.DateFormat.ISODate)
        self.range = VisibleRange(
            str(settings.value("plan/view", "month")),
            ui_calendar_key(),
            anchor if anchor.isValid() else QDate.currentDate(),
        )
        self.tz = ZoneInfo("UTC")
        self.view: PlanView | None = None
        self._generation = 0
        self._scroll_week = True
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(100)
        self.changes = PlanChanges(self)
        self.tools = PlanTools(self)
        self.post_menu = PostMenu(self)

        self.nav = NavigationBar(self)
        self.filters = FilterBar(self)
        self.mix = MixBar(self)
        self.message = QLabel(self)
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setStyleSheet("QLabel#planMessage { color: #b3261e; font-weight: 600; }")
        self.notice = QLabel(self)
        self.notice.setObjectName("planNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.summary = QLabel(self)
        self.summary.setObjectName("planSummary")

        self.month_model = DayGridModel(6, self)
        self.week_model = WeekHoursModel(self)
        self.agenda_model = AgendaModel(self)
        self.month_view = DayGridView(self.month_model, detailed=False, parent=self)
        self.month_view.setObjectName("plan-month")
        self.week_view = WeekHoursView(self.week_model, parent=self)
        self.week_view.setObjectName("plan-week")
        self.agenda_view = QTableView(self)
        self.agenda_view.setObjectName("plan-agenda")
        self.agenda_view.setModel(self.agenda_model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.agenda_view.verticalHeader().setVisible(False)
        self.agenda_view.setAlternatingRowColors(True)
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaModel.POST, QHeaderView.ResizeMode.Stretch)
        # A post to many accounts would make its column push the text out of view: a fixed,
        # user-resizable width (elided; the tooltip lists them all).
        header.setSectionResizeMode(AgendaModel.ACCOUNTS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(AgendaModel.ACCOUNTS, 220)
        self.agenda_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.agenda_view.setWordWrap(False)
        self.thumbs = ThumbCache(ctx.paths, ctx.tasks, self._thumbs_ready)
        for grid_view in (self.month_view, self.week_view):
            grid_view.cell_delegate.thumbs = self.thumbs.get
        self.stack = QStackedWidget(self)
        for w in (self.month_view, self.week_view, self.agenda_view):
            self.stack.addWidget(w)

        self.backlog = BacklogPanel(self)
        self.details = DetailsPanel(ctx, self)
        self.details.edit_requested.connect(self.open_in_composer)
        self.details.publishing.plan_changed.connect(self._reload_all)
        self.details.publishing.said.connect(self.show_message)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.backlog, 3)
        side_layout.addWidget(self.details, 2)
        self.side = side
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)

        # Actions: undo / redo, shift by N days, duplicate, back to ideas, delete; the tools.
        self.actions_bar = PlanActionsBar(self.undo_stack, self)
        bar = self.actions_bar
        self.undo_action, self.redo_action = bar.undo_action, bar.redo_action
        self.duplicate_action = bar.duplicate_action
        self.unschedule_action, self.delete_action = bar.unschedule_action, bar.delete_action
        for action in bar.shortcut_actions():
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        days = str(settings.value("plan/days", 7))
        bar.days.setValue(int(days) if days.isdigit() else 7)  # clamped to 1…365 by the box
        bar.days.valueChanged.connect(lambda v: self.ctx.settings().setValue("plan/days", v))
        changes, tools = self.changes, self.tools
        bar.shift_requested.connect(changes.shift_selected)
        bar.duplicate_requested.connect(changes.duplicate_selected)
        bar.unschedule_requested.connect(changes.unschedule_selected)
        bar.delete_requested.connect(changes.delete_selected)
        bar.import_requested.connect(lambda: tools.open_import())
        bar.export_requested.connect(tools.open_export)
        bar.rubrics_requested.connect(tools.open_rubrics)
        bar.times_requested.connect(tools.open_posting_times)
        self.ideas_toggle = bar.ideas_action
        self.ideas_toggle.setChecked(str(settings.value("plan/side", "true")) == "true")
        self.ideas_toggle.toggled.connect(self._toggle_side)
        self.side.setVisible(self.ideas_toggle.isChecked())

        # The plan, or (in an empty workspace) the welcome with its three ways in.
        self.planner = QWidget(self)
        layout = QVBoxLayout(self.planner)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.filters)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.mix)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)
        self.welcome = Welcome(ctx, self)
        self.welcome.connected.connect(self._welcome_connected)
        self.welcome.import_requested.connect(lambda: tools.open_import())
        self.welcome.skip_requested.connect(self._skip_welcome)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self.planner)
        self.pages.addWidget(self.welcome)
        self.mix.add_rubric_requested.connect(tools.open_rubrics)

        self.nav.previous.connect(lambda: self.step(-1))
        self.nav.next.connect(lambda: self.step(1))
        self.nav.today.connect(self.go_today)
        self.nav.view_changed.connect(self.set_view)
        self.nav.calendar_changed.connect(self.set_calendar)
        calendar_notifier().changed.connect(self._calendar_switched)  # chosen in Settings
        self.filters.changed.connect(lambda: self.reload())
        self.filters.search.returnPressed.connect(self.filters.flush)
        self.backlog.changed.connect(lambda: self.reload())
        self.backlog.queue_requested.connect(changes.queue_ideas)
        self.backlog.list.doubleClicked.connect(
            lambda index: self.open_in_composer(int(index.data(PostIdRole)))
        )
        # The list has the same right-click menu as the calendar (the row is selected first).
        self.agenda_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda_view.customContextMenuRequested.connect(self._agenda_menu)
        self.agenda_view.doubleClicked.connect(
            lambda index: self.open_in_composer(int(index.data(PostIdRole)))
        )
        for view in (self.month_view, self.week_view):
            view.entries_dropped.connect(changes.on_entries_dropped)
            view.ideas_dropped.connect(changes.on_ideas_dropped)
            view.entries_dropped_at.connect(changes.on_entries_dropped_at)
            view.ideas_dropped_at.connect(changes.on_ideas_dropped_at)
            view.selection_changed_entries.connect(self._selection_changed)
            view.entry_activated.connect(lambda e: self.open_in_composer(e.post_id))
            view.delete_requested.connect(changes.delete_selected)
            view.day_opened.connect(self.open_day)
            view.new_post_requested.connect(self.new_post_on)
            view.entry_menu_requested.connect(self.post_menu.open)
        # A publishing run changed posts' states: show them (only while the page exists).
        ctx.navigator.plan_changed.connect(self._reload_all)
        self.agenda_view.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed()
        )
        for keys, slot in (
            (QKeySequence.StandardKey.MoveToPreviousPage, lambda: self.step(-1)),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.step(1)),
            (QKeySequence("Ctrl+T"), self.go_today),
            (QKeySequence.StandardKey.Find, self._focus_search),
        ):
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self.nav.set_view(self.view_mode)
        self.nav.set_calendar(self.calendar_key)
        self.stack.setCurrentIndex(VIEWS.index(self.view_mode))
        self._update_grid()
        self._selection_changed()

    def _thumbs_ready(self) -> None:
        self.month_view.viewport().update()
        self.week_view.viewport().update()

    # -- navigation ----------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    # The range's state, under the names the page always had (tests and the benchmark use them).
    @property
    def view_mode(self) -> str:
        return self.range.view_mode

    @property
    def calendar_key(self) -> str:
        return self.range.calendar_key

    @property
    def calendar(self) -> QCalendar:
        return self.range.calendar

    @property
    def anchor(self) -> QDate:
        return self.range.anchor

    @anchor.setter
    def anchor(self, day: QDate) -> None:
        self.range.anchor = day

    def month_bounds(self) -> tuple[QDate, QDate]:
        return self.range.month_bounds()

    def visible_bounds(self) -> tuple[QDate, QDate]:
        return self.range.visible_bounds()

    def step(self, direction: int) -> None:
        self.range.step(direction)
        self._navigated()

    def go_today(self) -> None:
        self.go_to(QDate.currentDate())

    def go_to(self, day: QDate, *, with_ideas: bool = False) -> None:
        """Show the month (or week) of ``day``; ``with_ideas``: reload the backlog as well."""
        self.range.anchor = day
        self._navigated(with_ideas=with_ideas)

    def show_needing_action(self, at: dt.datetime | None = None) -> None:
        """The list of posts that need the owner (failed, due by hand, to check), in the month
        of ``at`` (the earliest of them, UTC), else this month (the status bar's click)."""
        from smmdesk_gui.services.workspace import workspace_zone

        day = QDate.currentDate()
        if at is not None:
            day = qdate(at.astimezone(workspace_zone(self.ctx.store)).date())
        self.filters.blockSignals(True)  # one reload for the three changes, not three
        self.filters.set_state("needs_you")
        self.filters.blockSignals(False)
        self.range.anchor = day
        if self.view_mode != "agenda":
            self.set_view("agenda")
        else:
            self._navigated()

    def set_view(self, key: str) -> None:
        if not self.range.set_view(key):
            return
        self.nav.set_view(key)
        self.stack.setCurrentIndex(VIEWS.index(key))
        self.ctx.settings().setValue("plan/view", key)
        self._navigated()

    def set_calendar(self, key: str) -> None:
        """The Plan's box chose ``key``: the UI's calendar setting (every screen follows it)."""
        choose_ui_calendar(key, self.ctx.settings())
        self._calendar_switched(key)

    def _calendar_switched(self, key: str) -> None:
        if key == self.range.calendar_key:
            return
        self.range.set_calendar(key)
        self.nav.set_calendar(key)
        self._navigated()

    def _navigated(self, with_ideas: bool = False) -> None:
        self._scroll_week = True
        self.ctx.settings().setValue("plan/anchor", self.anchor.toString(Qt.DateFormat.ISODate))
        self._update_grid()
        self.reload(with_ideas=with_ideas or self.view is None)

    def _update_grid(self) -> None:
        first, _last = self.range.visible_bounds()
        month = self.calendar.partsFromDate(self.range.month_bounds()[0]).month
        grid = self.week_model if self.view_mode == "week" else self.month_model
        grid.set_grid(first, self.calendar, month)
        self.nav.title.setText(self.range.title())
        if self.view_mode == "month":
            today = self.month_model.index_of(QDate.currentDate())
            anchor = self.month_model.index_of(self.anchor)
            self.month_view.setCurrentIndex(anchor if anchor.isValid() else today)

    # -- loading -------------------------------------------------------------------------------
    def current_filter(self) -> PlanFilter:
        return self.filters.current_filter()

    def reload(self, with_ideas: bool = True) -> None:
        """Load the visible range (and mix, and the backlog unless only the range changed) on a
        worker; apply it when it arrives. The first load is read without the ORM (``loading``)."""
        loading.reload(self, with_ideas, fast=self._generation == 0)

    def _load_failed(self, exc: BaseException) -> None:
        log.warning("loading the plan failed: %s", exc)
        self.show_message(arg(self.tr("The plan could not be loaded: %1"), exc))

    def _apply(self, view: PlanView, generation: int) -> None:
        if generation != self._generation:
            return  # a newer range or filter was asked for meanwhile
        view_apply.apply_view(self, view)

    # -- selection -----------------------------------------------------------------------------
    def selected_entries(self) -> list[PlanEntry]:
        if self.view_mode == "agenda":
            rows = sorted({i.row() for i in self.agenda_view.selectionModel().selectedRows()})
            return [self.agenda_model.entry(r) for r in rows]
        view = self.week_view if self.view_mode == "week" else self.month_view
        return view.selected_entries()

    def _selection_changed(self) -> None:
        entries = self.selected_entries()
        n = len(entries)
        self.actions_bar.set_selected(n)
        if n == 1:
            self.details.show_entry(entries[0])
        elif n == 0:
            self.details.clear()

    # -- changes -------------------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # The changes the user makes, by their old names on the page (tests drive the page).
    def shift_selected(self, days: int) -> None:
        self.changes.shift_selected(days)

    def duplicate_selected(self, days: int | None = None) -> None:
        self.changes.duplicate_selected(days)

    def unschedule_selected(self) -> None:
        self.changes.unschedule_selected()

    def delete_selected(self) -> None:
        self.changes.delete_selected()

    def queue_ideas(self, post_ids: list[int]) -> None:
        self.changes.queue_ideas(post_ids)

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _toggle_side(self, on: bool) -> None:
        self.side.setVisible(on)
        self.ctx.settings().setValue("plan/side", "true" if on else "false")

    def show_notice(self, text: str) -> None:
        """A neutral line under the bars (what just happened); cleared by the next change."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- the first run ----------------------------------------------------------------------
    def _show_welcome(self, show: bool) -> None:
        self.pages.setCurrentWidget(self.welcome if show else self.planner)

    def _welcome_skipped(self) -> bool:
        return str(self.ctx.settings().value("plan/welcome_skipped", "false")) == "true"

    def _skip_welcome(self) -> None:
        self.ctx.settings().setValue("plan/welcome_skipped", "true")
        self._show_welcome(False)

    def _welcome_connected(self, info: object) -> None:
        view_apply.welcome_connected(self, info)

    def _reload_all(self) -> None:
        self.reload()

    def _agenda_menu(self, pos: QPoint) -> None:
        opening.agenda_menu(self, pos)

    def open_day(self, day: QDate) -> None:
        """Every post of ``day`` ("+N more" in the month) in the week view of that day."""
        opening.open_day(self, day)

    def new_post_on(self, day: QDate, minute: int | None = None) -> bool:
        """A double-click beside the posts: a new post in Compose, timed on ``day`` (at
        ``minute``, else its first free posting time)."""
        return opening.new_post_on(self, day, minute)

    def open_in_composer(self, post_id: int) -> bool:
        """Double-click: the post in the Compose screen, when the window has one."""
        return opening.open_in_composer(self, post_id)

    # -- the tools (import / export, rubrics, posting times) -----------------------------------
    def open_import(self, path: Path | None = None) -> None:
        self.tools.open_import(path)

    def open_export(self) -> None:
        self.tools.open_export()

    def open_rubrics(self) -> None:
        self.tools.open_rubrics()

    def open_posting_times(self) -> None:
        self.tools.open_posting_times()

    @property
    def import_dialog(self) -> ImportDialog | None:
        return self.tools.import_dialog

    @property
    def export_dialog(self) -> ExportDialog | None:
        return self.tools.export_dialog

    @property
    def rubrics_dialog(self) -> RubricsDialog | None:
        return self.tools.rubrics_dialog

    @property
    def times_dialog(self) -> PostingTimesDialog | None:
        return self.tools.times_dialog

    def today_index_visible(self) -> bool:
        return self.month_model.index_of(qdate(dt.date.today())).isValid()
