"""What the status bar shows: the publishing queue at a glance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, PostTarget, TargetState


@dataclass(frozen=True)
class QueueSummary:
    """Counts for the status bar and the empty states."""

    accounts: int
    posts: int
    scheduled_today: int
    next_at: dt.datetime | None  # UTC
    failed: int
    needs_you: int  # assisted posts due, unconfirmed sends


def queue_summary(store: Store, now: dt.datetime, tz: dt.tzinfo) -> QueueSummary:
    """Summarise the queue; "today" is the user's local calendar day in ``tz``."""
    local_now = now.astimezone(tz)
    start_local = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    start = start_local.astimezone(dt.UTC)
    end = (start_local + dt.timedelta(days=1)).astimezone(dt.UTC)
    waiting = (TargetState.SCHEDULED.value, TargetState.RETRY_WAIT.value)
    with store.session_scope() as s:
        accounts = s.scalar(select(func.count(Account.id))) or 0
        posts = s.scalar(select(func.count(PostTarget.id))) or 0
        today = s.scalar(
            select(func.count(PostTarget.id)).where(
                PostTarget.state.in_(waiting),
                PostTarget.scheduled_at >= start,
                PostTarget.scheduled_at < end,
            )
        )
        next_at = s.scalar(
            select(func.min(PostTarget.scheduled_at)).where(
                PostTarget.state.in_(waiting), PostTarget.scheduled_at >= now
            )
        )
        failed = s.scalar(
            select(func.count(PostTarget.id)).where(PostTarget.state == TargetState.FAILED.value)
        )
        needs_you = s.scalar(
            select(func.count(PostTarget.id)).where(
                PostTarget.state.in_((TargetState.DUE.value, TargetState.UNCONFIRMED.value))
            )
        )
    if next_at is not None and next_at.tzinfo is None:
        next_at = next_at.replace(tzinfo=dt.UTC)
    return QueueSummary(accounts, posts, today or 0, next_at, failed or 0, needs_you or 0)
