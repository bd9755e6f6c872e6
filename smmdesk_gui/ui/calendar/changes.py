"""The Plan screen's changes: drops, the actions on the selection, queueing ideas, an import.

Each user action becomes a ``services.plan.commands`` command, built by the service (which reads
the current state in its own session) and pushed on the page's ``QUndoStack``. A command that can't
be made (a published post dragged, an idea without accounts) is said in the page's message line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QObject

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.domain.slots import local_to_utc
from smmdesk_gui.services.plan.rows import PlanError
from smmdesk_gui.ui.calendar.models import pydate, qdate
from smmdesk_gui.ui.calendar.undo import PlanUndoCommand
from smmdesk_gui.ui.calendars import format_date
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.problem_words import error_words, words

if TYPE_CHECKING:  # the commands and the store pull in SQLAlchemy: imported where used
    from smmdesk_gui.services.plan import commands as pc
    from smmdesk_gui.store.db import Store
    from smmdesk_gui.ui.calendar.page import PlanPage

Payload = list[dict[str, object]]  # what a drag of calendar entries carries (models.entries_mime)


class PlanChanges(QObject):
    """Turns what the user did on the Plan screen into undoable plan commands."""

    def __init__(self, page: PlanPage) -> None:
        super().__init__(page)
        self.page = page

    @property
    def store(self) -> Store:
        return self.page.ctx.store

    def push(self, build: Callable[[Store], pc.PlanCommand]) -> bool:
        """Build (through the service, which reads in its own session) and apply a command on
        the undo stack; False, with the reason shown, when it can't be made or applied."""
        page = self.page
        page.show_message("")
        page.show_notice("")
        try:
            command = build(self.store)
        except PlanError as exc:
            page.show_message(error_words(exc))
            return False
        undo = PlanUndoCommand(self.store, command, page.reload)
        page.undo_stack.push(undo)
        if undo.error is not None:
            page.show_message(error_words(undo.error))
            return False
        return True

    @staticmethod
    def _targets(payload: Payload) -> list[int]:
        return [int(t) for item in payload for t in item.get("target_ids", [])]  # type: ignore[attr-defined]

    @staticmethod
    def _posts(payload: Payload) -> list[int]:
        return sorted({int(item["post_id"]) for item in payload})  # type: ignore[call-overload]

    def _instant(self, day: QDate, minute: int) -> dt.datetime:
        wall = dt.datetime.combine(pydate(day), dt.time(minute // 60, minute % 60))
        return local_to_utc(wall, self.page.tz)

    # -- drops ---------------------------------------------------------------------------------
    def on_entries_dropped(self, payload: Payload, day: QDate, copy: bool) -> None:
        """Month view: the posts go to that day at their own time of day (Ctrl: copies)."""
        from smmdesk_gui.services.plan import commands as pc

        target, tz = pydate(day), self.page.tz
        if copy:
            post_ids = self._posts(payload)
            self.push(lambda _store: pc.duplicate(post_ids, tz, to_day=target))
        else:
            ids = self._targets(payload)
            self.push(lambda store: pc.reschedule(store, ids, target, tz))

    def on_entries_dropped_at(self, payload: Payload, day: QDate, minute: int, copy: bool) -> None:
        """Week view: the posts go to that time (several keep their distance to the first)."""
        from smmdesk_gui.services.plan import commands as pc

        when = self._instant(day, minute)
        if copy:
            post_ids = self._posts(payload)
            self.push(lambda store: pc.duplicate_to(store, post_ids, when))
        else:
            ids = self._targets(payload)
            self.push(lambda store: pc.move_group_to(store, ids, when))

    def on_ideas_dropped(self, post_ids: list[int], day: QDate) -> None:
        """Ideas on a day: at its first posting time (see ``_schedule_ideas``)."""
        self._schedule_ideas(post_ids, day, None)

    def on_ideas_dropped_at(self, post_ids: list[int], day: QDate, minute: int) -> None:
        self._schedule_ideas(post_ids, day, dt.time(minute // 60, minute % 60))

    def _schedule_ideas(self, post_ids: list[int], day: QDate, at: dt.time | None) -> None:
        """Ideas onto a day go through the composer's checks: one it would refuse (Instagram
        without a photo) lands there as a draft, and the message line says why."""
        from smmdesk_gui.services.plan import commands as pc

        target, tz, now = pydate(day), self.page.tz, dt.datetime.now(dt.UTC)
        built: list[pc.PlanCommand] = []

        def build(store: Store) -> pc.PlanCommand:
            command = pc.schedule_ideas(store, post_ids, target, tz, at=at, now=now)
            built.append(command)
            return command

        if not self.push(build) or not built:
            return
        held: tuple[Problem, ...] = getattr(built[0], "held", ())
        if held:
            self.page.show_message(
                arg(
                    QCoreApplication.translate(
                        "PlanPage",
                        "Kept as a draft on %1, not scheduled: %2 Open it to fix this, then "
                        "schedule it.",
                    ),
                    format_date(day),
                    " ".join(map(words, held)),
                )
            )

    # -- the selection and the backlog -------------------------------------------------------
    def queue_ideas(self, post_ids: list[int]) -> None:
        """Each idea to its accounts' next free posting times, as one undo step."""
        from smmdesk_gui.services.plan import commands as pc

        now, tz = dt.datetime.now(dt.UTC), self.page.tz
        self.push(lambda store: pc.queue_posts(store, post_ids, tz, now))

    def shift_selected(self, days: int) -> None:
        from smmdesk_gui.services.plan import commands as pc

        ids = [t for e in self.page.selected_entries() for t in e.target_ids]
        tz = self.page.tz
        if ids:
            self.push(lambda store: pc.shift(store, ids, days, tz))

    def duplicate_selected(self, days: int | None = None) -> None:
        """Copies of the selected posts ``days`` later (the "by N days" box when not given)."""
        from smmdesk_gui.services.plan import commands as pc

        post_ids = sorted({e.post_id for e in self.page.selected_entries()})
        if days is None:
            days = self.page.actions_bar.days.value()
        tz = self.page.tz
        if post_ids:
            self.push(lambda _store: pc.duplicate(post_ids, tz, day_shift=days))

    def unschedule_selected(self) -> None:
        from smmdesk_gui.services.plan import commands as pc

        ids = [t for e in self.page.selected_entries() for t in e.target_ids]
        if ids:
            self.push(lambda store: pc.unschedule(store, ids))

    def delete_selected(self) -> None:
        from smmdesk_gui.services.plan import commands as pc

        post_ids = sorted({e.post_id for e in self.page.selected_entries()})
        if post_ids:
            self.push(lambda _store: pc.delete_posts(post_ids))

    # -- an import -----------------------------------------------------------------------------
    def imported(self, post_ids: list[int]) -> None:
        """A CSV import was written: one undo step takes it back; the plan shows where it went."""
        from smmdesk_gui.services.plan import commands as pc

        if not post_ids:
            return
        page = self.page
        inverse = pc.delete_posts(post_ids)
        undo = PlanUndoCommand(
            self.store, _Imported(post_ids), page.reload, already_applied=inverse
        )
        page.undo_stack.push(undo)
        # Show what was imported: the month (or week) of its first post, and a line saying so.
        from smmdesk_gui.services.plan.view import imported_posts

        landed = imported_posts(self.store, post_ids)
        page.show_notice(
            arg(
                QCoreApplication.translate(
                    "PlanPage",
                    "Imported %1 posts (%2 of them as ideas). Ctrl+Z takes the import back.",
                ),
                len(post_ids),
                landed.ideas,
            )
        )
        if landed.first_at is not None:
            first_day = qdate(landed.first_at.astimezone(page.tz).date())
            shown_first, shown_last = page.range.period_bounds()
            if not shown_first <= first_day <= shown_last:
                page.go_to(first_day, with_ideas=True)  # the ideas changed too
                return
        page.reload()


class _Imported:
    """The redo side of an import on the undo stack: re-creating is done by undoing the delete."""

    def __init__(self, post_ids: list[int]) -> None:
        self.post_ids = post_ids
        self.label = "Import CSV"

    def apply(self, store: object) -> pc.PlanCommand:  # pragma: no cover - replaced on first undo
        raise PlanError(Problem("plan_import_not_redoable"))
