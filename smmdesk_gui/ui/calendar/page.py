"""The Plan screen: month / week / list views, filters, rubric mix, ideas backlog, undo.

The page is the controller: the bars and views only emit what the user did; the page turns that
into ``services.plan_commands`` commands on a ``QUndoStack`` and reloads the visible range through
the task runner (one unit of work on a worker thread, results applied on the GUI thread).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCalendar, QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk_gui.domain.slots import local_to_utc
from smmdesk_gui.services.plan import commands as pc
from smmdesk_gui.services.plan.queries import PlanEntry, PlanError, PlanFilter, PlanView, load_view
from smmdesk_gui.services.workspace import workspace_zone
from smmdesk_gui.store.models import PostTarget
from smmdesk_gui.ui.calendar.actions_bar import PlanActionsBar
from smmdesk_gui.ui.calendar.backlog import BacklogPanel
from smmdesk_gui.ui.calendar.details import DetailsPanel
from smmdesk_gui.ui.calendar.mix_bar import MixBar
from smmdesk_gui.ui.calendar.models import (
    AgendaModel,
    DayGridModel,
    PostIdRole,
    day_month,
    month_title,
    pydate,
    qdate,
    year_text,
)
from smmdesk_gui.ui.calendar.thumbs import ThumbCache
from smmdesk_gui.ui.calendar.toolbar import CALENDARS, VIEWS, FilterBar, NavigationBar
from smmdesk_gui.ui.calendar.undo import PlanUndoCommand
from smmdesk_gui.ui.calendar.views import DayGridView
from smmdesk_gui.ui.calendar.week import WeekHoursModel, WeekHoursView
from smmdesk_gui.ui.context import AppContext

log = logging.getLogger(__name__)


def calendar_for(key: str) -> QCalendar:
    system = dict(CALENDARS).get(key, QCalendar.System.Gregorian)
    return QCalendar(system)


def default_calendar_key() -> str:
    return "jalali" if QLocale().language() == QLocale.Language.Persian else "gregorian"


class PlanPage(QWidget):
    """The content plan. ``SCREEN_FACTORIES["plan"]``."""

    loaded = Signal()  # a reload was applied (tests, benchmark)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = ctx.settings()
        self.view_mode = str(settings.value("plan/view", "month"))
        if self.view_mode not in VIEWS:
            self.view_mode = "month"
        self.calendar_key = str(settings.value("plan/calendar", default_calendar_key()))
        self.calendar = calendar_for(self.calendar_key)
        anchor = QDate.fromString(str(settings.value("plan/anchor", "")), Qt.DateFormat.ISODate)
        self.anchor = anchor if anchor.isValid() else QDate.currentDate()
        self.tz = ZoneInfo("UTC")
        self.view: PlanView | None = None
        self._generation = 0
        self._scroll_week = True
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(100)

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
        self.details = DetailsPanel(self)
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
        bar.shift_requested.connect(self.shift_selected)
        bar.duplicate_requested.connect(self.duplicate_selected)
        bar.unschedule_requested.connect(self.unschedule_selected)
        bar.delete_requested.connect(self.delete_selected)
        bar.import_requested.connect(lambda: self.open_import())
        bar.export_requested.connect(self.open_export)
        bar.rubrics_requested.connect(self.open_rubrics)
        bar.times_requested.connect(self.open_posting_times)
        self.ideas_toggle = bar.ideas_action
        self.ideas_toggle.setChecked(str(settings.value("plan/side", "true")) == "true")
        self.ideas_toggle.toggled.connect(self._toggle_side)
        self.side.setVisible(self.ideas_toggle.isChecked())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.filters)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.mix)
        layout.addWidget(self.message)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)

        self.nav.previous.connect(lambda: self.step(-1))
        self.nav.next.connect(lambda: self.step(1))
        self.nav.today.connect(self.go_today)
        self.nav.view_changed.connect(self.set_view)
        self.nav.calendar_changed.connect(self.set_calendar)
        self.filters.changed.connect(lambda: self.reload())
        self.filters.search.returnPressed.connect(self.filters.flush)
        self.backlog.changed.connect(lambda: self.reload())
        self.backlog.queue_requested.connect(self.queue_ideas)
        self.backlog.list.doubleClicked.connect(
            lambda index: self.open_in_composer(int(index.data(PostIdRole)))
        )
        self.agenda_view.doubleClicked.connect(
            lambda index: self.open_in_composer(int(index.data(PostIdRole)))
        )
        for view in (self.month_view, self.week_view):
            view.entries_dropped.connect(self.on_entries_dropped)
            view.ideas_dropped.connect(self.on_ideas_dropped)
            view.entries_dropped_at.connect(self.on_entries_dropped_at)
            view.ideas_dropped_at.connect(self.on_ideas_dropped_at)
            view.selection_changed_entries.connect(self._selection_changed)
            view.entry_activated.connect(lambda e: self.open_in_composer(e.post_id))
            view.delete_requested.connect(self.delete_selected)
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

    def month_bounds(self) -> tuple[QDate, QDate]:
        parts = self.calendar.partsFromDate(self.anchor)
        first = QDate(parts.year, parts.month, 1, self.calendar)
        days = self.calendar.daysInMonth(parts.month, parts.year)
        return first, first.addDays(days - 1)

    def visible_bounds(self) -> tuple[QDate, QDate]:
        if self.view_mode == "week":
            first = self._week_start(self.anchor)
            return first, first.addDays(6)
        if self.view_mode == "agenda":
            return self.month_bounds()
        first, _last = self.month_bounds()
        start = self._week_start(first)
        return start, start.addDays(41)

    def _week_start(self, day: QDate) -> QDate:
        first_dow = QLocale().firstDayOfWeek().value
        offset = (day.dayOfWeek() - first_dow + 7) % 7
        return day.addDays(-offset)

    def step(self, direction: int) -> None:
        if self.view_mode == "week":
            self.anchor = self.anchor.addDays(7 * direction)
        else:
            first, _ = self.month_bounds()
            self.anchor = first.addMonths(direction, self.calendar)
        self._navigated()

    def go_today(self) -> None:
        self.anchor = QDate.currentDate()
        self._navigated()

    def go_to(self, day: QDate) -> None:
        self.anchor = day
        self._navigated()

    def set_view(self, key: str) -> None:
        if key not in VIEWS:
            return
        self.view_mode = key
        self.nav.set_view(key)
        self.stack.setCurrentIndex(VIEWS.index(key))
        self.ctx.settings().setValue("plan/view", key)
        self._navigated()

    def set_calendar(self, key: str) -> None:
        self.calendar_key = key
        self.calendar = calendar_for(key)
        self.nav.set_calendar(key)
        self.ctx.settings().setValue("plan/calendar", key)
        self._navigated()

    def _navigated(self, with_ideas: bool = False) -> None:
        self._scroll_week = True
        self.ctx.settings().setValue("plan/anchor", self.anchor.toString(Qt.DateFormat.ISODate))
        self._update_grid()
        self.reload(with_ideas=with_ideas or self.view is None)

    def _update_grid(self) -> None:
        first, last = self.visible_bounds()
        month_first, month_last = self.month_bounds()
        month = self.calendar.partsFromDate(month_first).month
        locale = QLocale()
        if self.view_mode == "week":
            self.week_model.set_grid(first, self.calendar, month)
            year = year_text(self.calendar.partsFromDate(last).year, locale)
            same_month = (
                self.calendar.partsFromDate(first).month == self.calendar.partsFromDate(last).month
            )
            start = (
                locale.toString(self.calendar.partsFromDate(first).day)
                if same_month
                else day_month(first, self.calendar, locale)
            )  # "16 – 22 Nov 2026", "28 Dec – 3 Jan 2027"
            self.nav.title.setText(f"{start} – {day_month(last, self.calendar, locale)} {year}")
        else:
            self.month_model.set_grid(first, self.calendar, month)
            self.nav.title.setText(month_title(month_first, self.calendar, locale))
        if self.view_mode == "month":
            today = self.month_model.index_of(QDate.currentDate())
            anchor = self.month_model.index_of(self.anchor)
            self.month_view.setCurrentIndex(anchor if anchor.isValid() else today)

    # -- loading -------------------------------------------------------------------------------
    def current_filter(self) -> PlanFilter:
        return self.filters.current_filter()

    def reload(self, with_ideas: bool = True) -> None:
        """Load the visible range (and mix, and the backlog unless only the range changed) on a
        worker; apply it when it arrives."""
        self._generation += 1
        generation = self._generation
        first, last = (pydate(d) for d in self.visible_bounds())
        month_first, month_last = (pydate(d) for d in self.month_bounds())
        mix_range = (first, last) if self.view_mode == "week" else (month_first, month_last)
        flt = self.current_filter()
        sort = self.backlog.sort_key()
        store = self.ctx.store

        def work() -> PlanView:
            zone = workspace_zone(store)
            with store.session_scope() as session:
                return load_view(
                    session, first, last, zone, flt, sort, mix_range, with_ideas=with_ideas
                )

        def done(view: PlanView) -> None:
            self._apply(view, generation)

        self.ctx.tasks.run(work, on_done=done, on_error=self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        log.warning("loading the plan failed: %s", exc)
        self.show_message(self.tr("The plan could not be loaded: %1").replace("%1", str(exc)))

    def _apply(self, view: PlanView, generation: int) -> None:
        if generation != self._generation:
            return  # a newer range or filter was asked for meanwhile
        self.view = view
        self.tz = ZoneInfo(view.zone)
        self.filters.fill(view.accounts, view.rubrics)
        grid_view = self.week_view if self.view_mode == "week" else self.month_view
        grid = self.week_model if self.view_mode == "week" else self.month_model
        grid.set_entries(view.entries, view.empty_days)
        grid_view.refresh_selection()
        if self.view_mode == "week" and self._scroll_week:
            # The working day in view: from 07:00, or from the first post when it is earlier.
            self._scroll_week = False
            busy = self.week_model.first_busy_hour()
            self.week_view.scroll_to_hour(min(busy if busy is not None else 7, 7))
        if self.view_mode == "agenda":
            self.agenda_model.set_entries(view.entries, self.calendar)
        self.mix.set_rows(view.mix)
        if view.ideas is not None:
            self.backlog.set_ideas(view.ideas)
        posts = len({e.post_id for e in view.entries})
        empty = len([d for d in view.empty_days if d >= dt.date.today()])
        self.summary.setText(
            self.tr("%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas")
            .replace("%1", str(posts))
            .replace("%2", str(empty))
            .replace("%3", str(self.backlog.model.rowCount()))
        )
        self._selection_changed()
        self.loaded.emit()

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

    def push(self, build: Callable[[Session], pc.PlanCommand] | pc.PlanCommand) -> bool:
        """Build (inside a short session) and apply a command on the undo stack."""
        self.show_message("")
        self.show_notice("")
        try:
            if callable(build) and not hasattr(build, "apply"):
                with self.ctx.store.session_scope() as session:
                    command = build(session)
            else:
                command = build  # type: ignore[assignment]
        except PlanError as exc:
            self.show_message(str(exc))
            return False
        undo = PlanUndoCommand(self.ctx.store, command, self.reload)
        self.undo_stack.push(undo)
        if undo.error is not None:
            self.show_message(str(undo.error))
            return False
        return True

    @staticmethod
    def _targets(payload: list[dict[str, object]]) -> list[int]:
        return [int(t) for item in payload for t in item.get("target_ids", [])]  # type: ignore[attr-defined]

    def on_entries_dropped(self, payload: list[dict[str, object]], day: QDate, copy: bool) -> None:
        target = pydate(day)
        if copy:
            post_ids = sorted({int(item["post_id"]) for item in payload})  # type: ignore[call-overload]
            self.push(pc.duplicate(post_ids, self.tz, to_day=target))
        else:
            ids = self._targets(payload)
            self.push(lambda s: pc.reschedule(s, ids, target, self.tz))

    def _instant(self, day: QDate, minute: int) -> dt.datetime:
        wall = dt.datetime.combine(pydate(day), dt.time(minute // 60, minute % 60))
        return local_to_utc(wall, self.tz)

    def on_entries_dropped_at(
        self, payload: list[dict[str, object]], day: QDate, minute: int, copy: bool
    ) -> None:
        """Week view: the posts go to that time (several keep their distance to the first)."""
        when = self._instant(day, minute)
        if copy:
            post_ids = sorted({int(item["post_id"]) for item in payload})  # type: ignore[call-overload]
            self.push(lambda s: pc.duplicate_to(s, post_ids, when))
        else:
            ids = self._targets(payload)
            self.push(lambda s: pc.move_group_to(s, ids, when))

    def on_ideas_dropped_at(self, post_ids: list[int], day: QDate, minute: int) -> None:
        target = pydate(day)
        at = dt.time(minute // 60, minute % 60)

        def build(s: Session) -> pc.PlanCommand:
            parts = tuple(pc.schedule_idea(s, pid, target, self.tz, at=at) for pid in post_ids)
            return parts[0] if len(parts) == 1 else pc.CompositeCommand("Schedule ideas", parts)

        self.push(build)

    def on_ideas_dropped(self, post_ids: list[int], day: QDate) -> None:
        target = pydate(day)

        def build(s: Session) -> pc.PlanCommand:
            parts = tuple(pc.schedule_idea(s, pid, target, self.tz) for pid in post_ids)
            return parts[0] if len(parts) == 1 else pc.CompositeCommand("Schedule ideas", parts)

        self.push(build)

    def queue_ideas(self, post_ids: list[int]) -> None:
        now = dt.datetime.now(dt.UTC)

        def build(s: Session) -> pc.PlanCommand:
            parts = []
            taken: dict[int, list[dt.datetime]] = {}
            for pid in post_ids:
                cmd = pc.add_to_queue(s, pid, self.tz, now, taken)
                for change in cmd.changes:
                    target = s.get(PostTarget, change.target_id)
                    if target is not None and change.scheduled_at is not None:
                        taken.setdefault(target.account_id, []).append(change.scheduled_at)
                parts.append(cmd)
            return (
                parts[0] if len(parts) == 1 else pc.CompositeCommand("Add to queue", tuple(parts))
            )

        self.push(build)

    def shift_selected(self, days: int) -> None:
        ids = [t for e in self.selected_entries() for t in e.target_ids]
        if ids:
            self.push(lambda s: pc.shift(s, ids, days, self.tz))

    def duplicate_selected(self, days: int | None = None) -> None:
        """Copies of the selected posts ``days`` later (the "by N days" box when not given)."""
        post_ids = sorted({e.post_id for e in self.selected_entries()})
        if days is None:
            days = self.actions_bar.days.value()
        if post_ids:
            self.push(pc.duplicate(post_ids, self.tz, day_shift=days))

    def unschedule_selected(self) -> None:
        ids = [t for e in self.selected_entries() for t in e.target_ids]
        if ids:
            self.push(lambda s: pc.unschedule(s, ids))

    def delete_selected(self) -> None:
        post_ids = sorted({e.post_id for e in self.selected_entries()})
        if post_ids:
            self.push(pc.delete_posts(post_ids))

    def _focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _toggle_side(self, on: bool) -> None:
        self.side.setVisible(on)
        self.ctx.settings().setValue("plan/side", "true" if on else "false")

    # -- import / export -----------------------------------------------------------------------
    def open_import(self, path: Path | None = None) -> None:
        from smmdesk_gui.ui.calendar.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, self, path=path)
        dialog.imported.connect(self._imported)
        dialog.open()
        self.import_dialog = dialog

    def _imported(self, post_ids: list[int]) -> None:
        if not post_ids:
            return
        inverse = pc.delete_posts(post_ids)
        undo = PlanUndoCommand(
            self.ctx.store, _Imported(post_ids), self.reload, already_applied=inverse
        )
        self.undo_stack.push(undo)
        # Show what was imported: the month (or week) of its first post, and a line saying so.
        with self.ctx.store.session_scope() as session:
            stmt = select(PostTarget.post_id, PostTarget.scheduled_at).where(
                PostTarget.post_id.in_(post_ids)
            )
            times = list(session.execute(stmt))
        dated = [when for _pid, when in times if when is not None]
        ideas = len({pid for pid, _w in times} - {pid for pid, w in times if w is not None})
        self.show_notice(
            self.tr("Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.")
            .replace("%1", str(len(post_ids)))
            .replace("%2", str(ideas))
        )
        if dated:
            first_day = qdate(min(dated).astimezone(self.tz).date())
            shown_first, shown_last = (
                self.visible_bounds() if self.view_mode == "week" else self.month_bounds()
            )
            if not shown_first <= first_day <= shown_last:
                self.anchor = first_day
                self._navigated(with_ideas=True)  # the ideas changed too
                return
        self.reload()

    def show_notice(self, text: str) -> None:
        """A neutral line under the bars (what just happened); cleared by the next change."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def open_in_composer(self, post_id: int) -> bool:
        """Double-click: the post in the Compose screen (the main window's), if there is one."""
        window = self.window()
        navigate = getattr(window, "navigate", None)
        if navigate is None:
            return False
        from smmdesk_gui.services.compose import drafts

        try:
            draft = drafts.load_draft(self.ctx.store, post_id)
        except drafts.ComposeError as exc:  # deleted meanwhile: say so, stay here
            self.show_message(str(exc))
            return False
        navigate("compose")
        open_draft = getattr(getattr(window, "screens", {}).get("compose"), "open_draft", None)
        if open_draft is None:
            return False
        open_draft(draft)
        return True

    def open_rubrics(self) -> None:
        from smmdesk_gui.ui.calendar.settings_dialogs import RubricsDialog

        dialog = RubricsDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        self.rubrics_dialog = dialog

    def open_posting_times(self) -> None:
        from smmdesk_gui.ui.calendar.settings_dialogs import PostingTimesDialog

        dialog = PostingTimesDialog(self.ctx, self)
        dialog.finished.connect(lambda _r: self.reload())
        dialog.open()
        self.times_dialog = dialog

    def open_export(self) -> None:
        from smmdesk_gui.ui.calendar.import_dialog import ExportDialog

        first, last = (pydate(d) for d in self.month_bounds())
        dialog = ExportDialog(self.ctx, first, last, self)
        dialog.open()
        self.export_dialog = dialog

    def today_index_visible(self) -> bool:
        return self.month_model.index_of(qdate(dt.date.today())).isValid()


class _Imported:
    """The redo side of an import on the undo stack: re-creating is done by undoing the delete."""

    def __init__(self, post_ids: list[int]) -> None:
        self.post_ids = post_ids
        self.label = "Import CSV"

    def apply(self, store: object) -> pc.PlanCommand:  # pragma: no cover - replaced on first undo
        raise PlanError("This import can't be redone; import the file again.")
