"""Scheduling from the composer: the times each account gets, the schedule call, and the notice
that says what happens next (never "goes out now" for an account posted by hand)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from smmdesk_gui.services.compose import drafts
from smmdesk_gui.store.db import DatabaseBusyError
from smmdesk_gui.ui.db_busy import busy_message

if TYPE_CHECKING:
    from smmdesk_gui.ui.composer.page import ComposePage


def schedule_post(page: ComposePage) -> None:
    """Schedule the post as the schedule box says; a busy database says so, keeps the post."""
    page.autosave()
    if page.autosaver.busy:
        return  # the status line says so; the post is still in the editors
    draft = page.current_draft()
    chosen = page.schedule.chosen(page.tz)
    now = dt.datetime.now(dt.UTC)
    when: dict[int, dt.datetime | None] = {
        t.account_id: (t.scheduled_at or chosen) for t in draft.targets
    }
    if page.schedule.next_slot.isChecked():
        free = drafts.next_free_times(
            page.ctx.store,
            [t.account_id for t in draft.targets if not t.scheduled_at],
            page.tz,
            now,
        )
        missing = [page.accounts[aid].label for aid, at in free.items() if at is None]
        if missing:
            page.schedule.show_no_free_time(missing)
            return
        when.update(free)
    try:
        done = drafts.schedule_draft(page.ctx.store, draft, when, now)
    except DatabaseBusyError:
        page.schedule.status.setText(busy_message())
        return
    except drafts.ComposeError as exc:
        if exc.checks:
            page.schedule.show_checks(exc.checks, bool(page.selected))
        page.schedule.status.setText(str(exc))
        return
    page._fresh_post(list(page.selected))  # the next post goes to the same accounts
    _say_scheduled(page, done)


def _say_scheduled(page: ComposePage, done: drafts.Draft) -> None:
    """The schedule notice: how many accounts, which of them are posted by hand (SMM Desk
    only reminds the owner: never "goes out now" for them), and the post's day to show."""
    by_hand = [
        (page.accounts[t.account_id].label, t.scheduled_at)
        for t in done.targets
        if t.account_id in page.accounts and page.accounts[t.account_id].assisted
    ]
    times = [t.scheduled_at for t in done.targets if t.scheduled_at is not None]
    day = min(times).astimezone(page.tz).date() if times else None
    page.schedule.show_done(len(done.targets), by_hand, page.tz, day)
