"""From the Plan into Compose: a new post on a day (double-click beside the posts) and an
existing post (double-click on it); strings in the "PlanPage" context."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QPoint

from smmdesk_gui.ui.calendar.models import pydate

if TYPE_CHECKING:
    from smmdesk_gui.ui.calendar.page import PlanPage


def new_post_on(page: PlanPage, day: QDate, minute: int | None = None) -> bool:
    """A double-click beside the posts: a new post in Compose, timed on ``day`` (at
    ``minute``, else its first free posting time)."""
    navigator = page.ctx.navigator
    if not navigator.can_show_compose():
        return False
    from smmdesk_gui.services.plan.new_post import new_post_on

    now = dt.datetime.now(dt.UTC)
    if pydate(day) < now.astimezone(page.tz).date():
        page.show_message(
            QCoreApplication.translate(
                "PlanPage", "That day is over: double-click today or a later day."
            )
        )
        return False
    draft = new_post_on(page.ctx.store, pydate(day), page.tz, now, minute)
    if not draft.targets:
        page.show_message(
            QCoreApplication.translate(
                "PlanPage", "Connect an account first (Accounts), then plan posts."
            )
        )
        return False
    return navigator.show_compose(draft)


def open_in_composer(page: PlanPage, post_id: int) -> bool:
    """Double-click: the post in the Compose screen, when the window has one."""
    navigator = page.ctx.navigator
    if not navigator.can_show_compose():
        return False
    from smmdesk_gui.services.compose import drafts

    try:
        draft = drafts.load_draft(page.ctx.store, post_id)
    except drafts.ComposeError as exc:  # deleted meanwhile: say so, stay here
        page.show_message(str(exc))
        return False
    return navigator.show_compose(draft)


def agenda_menu(page: PlanPage, pos: QPoint) -> None:
    """The post menu on a row of the list view (the row is selected first)."""
    index = page.agenda_view.indexAt(pos)
    if not index.isValid():
        return
    if not page.agenda_view.selectionModel().isRowSelected(index.row()):
        page.agenda_view.selectRow(index.row())
    entry = page.agenda_model.entry(index.row())
    page.post_menu.open(entry, page.agenda_view.viewport().mapToGlobal(pos))


def open_day(page: PlanPage, day: QDate) -> None:
    """Every post of ``day`` ("+N more" in the month): the week view of that day, where each
    hour has room for all of its posts."""
    page.range.anchor = day
    if page.view_mode != "week":
        page.set_view("week")
    else:
        page._navigated()
    page.week_view.setCurrentIndex(page.week_model.index_of(day, 0))
