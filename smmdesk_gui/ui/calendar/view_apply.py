"""The Plan screen showing what was loaded: the grid or the list, the rubric mix, the ideas, the
summary line, and the first-run welcome (strings in the "PlanPage" context, as before)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from smmdesk_gui.services.plan.rows import PlanView
from smmdesk_gui.ui.i18n import arg

if TYPE_CHECKING:
    from smmdesk_gui.ui.calendar.page import PlanPage


def apply_view(page: PlanPage, view: PlanView) -> None:
    """Show a loaded view: the grid or list, the mix, the backlog, the summary, the welcome."""
    page.view = view
    page.tz = ZoneInfo(view.zone)
    page.filters.fill(view.accounts, view.rubrics)
    grid_view = page.week_view if page.view_mode == "week" else page.month_view
    grid = page.week_model if page.view_mode == "week" else page.month_model
    grid.set_entries(view.entries, view.empty_days)
    grid_view.refresh_selection()
    if page.view_mode == "week" and page._scroll_week:
        # The working day in view: from 07:00, or from the first post when it is earlier.
        page._scroll_week = False
        busy = page.week_model.first_busy_hour()
        page.week_view.scroll_to_hour(min(busy if busy is not None else 7, 7))
    if page.view_mode == "agenda":
        page.agenda_model.set_entries(view.entries, page.calendar)
    page.mix.set_rows(view.mix)
    if view.ideas is not None:
        page.backlog.set_ideas(view.ideas)
    posts = len({e.post_id for e in view.entries})
    ideas = page.backlog.model.rowCount()
    if view.has_rhythm:
        empty = len([d for d in view.empty_days if d >= dt.date.today()])
        page.summary.setText(
            arg(
                QCoreApplication.translate(
                    "PlanPage",
                    "%1 posts in view · %2 days of your posting rhythm still empty · %3 ideas",
                ),
                posts,
                empty,
                ideas,
            )
        )
    else:  # no posting times yet: no rhythm to keep, nothing "still empty"
        page.summary.setText(
            arg(QCoreApplication.translate("PlanPage", "%1 posts in view · %2 ideas"), posts, ideas)
        )
    # nothing at all yet (and no filter hiding something): the welcome instead of the plan
    first_run = (
        not view.accounts and not view.entries and not ideas and page.current_filter().is_empty
    )
    page._show_welcome(first_run and not page._welcome_skipped())
    page._selection_changed()
    page.loaded.emit()


def welcome_connected(page: PlanPage, info: object) -> None:
    """The welcome's first account is connected: say what comes next, show the plan."""
    from smmdesk_gui.services.accounts import AccountInfo

    assert isinstance(info, AccountInfo)
    if info.assisted:
        text = arg(
            QCoreApplication.translate(
                "PlanPage",
                "%1 added: SMM Desk reminds you when its posts are due. Next: write "
                "your first post in Compose (Ctrl+N).",
            ),
            info.handle,
        )
    else:
        text = arg(
            QCoreApplication.translate(
                "PlanPage",
                "%1 is connected and works. Next: write your first post in Compose (Ctrl+N).",
            ),
            info.handle,
        )
    page.show_notice(text)
    page._show_welcome(False)
    page.ctx.navigator.announce_plan_changed()  # the status bar; reloads this page too
