"""What the status bar shows: the publishing queue at a glance."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, PostTarget, TargetState

S = TargetState
#: A post "on today's plan": everything but drafts (not planned) and skipped ones (taken off).
#: A 07:30 post still due at 09:00 (assisted, waiting for the owner) or already out is on it.
TODAY_STATES = (
    S.SCHEDULED.value,
    S.RETRY_WAIT.value,
    S.PUBLISHING.value,
    S.DUE.value,
    S.UNCONFIRMED.value,
    S.FAILED.value,
    S.PUBLISHED.value,
)
#: What waits for the owner: an assisted post to post by hand, a send to check.
NEEDS_YOU_STATES = (S.DUE.value, S.UNCONFIRMED.value)


@dataclass(frozen=True)
class QueueSummary:
    """Counts for the status bar and the empty states."""

    accounts: int
    posts: int
    scheduled_today: int  # posts (not accounts) planned for the local day, whatever their state
    next_at: dt.datetime | None  # UTC
    failed: int
    needs_you: int  # assisted posts due, unconfirmed sends
    attention_at: dt.datetime | None = None  # UTC: the earliest post failed or needing the owner
    # When exactly one target is failed or needs the owner: it, and its state (the status bar's
    # click opens that post's window, not only the list).
    attention_target: int | None = None
    attention_state: str | None = None


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def queue_summary(store: Store, now: dt.datetime, tz: dt.tzinfo) -> QueueSummary:
    """Summarise the queue; "today" is the user's local calendar day in ``tz``."""
    local_now = now.astimezone(tz)
    start_local = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    start = start_local.astimezone(dt.UTC)
    end = (start_local + dt.timedelta(days=1)).astimezone(dt.UTC)
    waiting = (S.SCHEDULED.value, S.RETRY_WAIT.value)
    attention = (*NEEDS_YOU_STATES, S.FAILED.value)
    with store.session_scope() as s:
        accounts = s.scalar(select(func.count(Account.id))) or 0
        posts = s.scalar(select(func.count(PostTarget.id))) or 0
        today = s.scalar(
            select(func.count(func.distinct(PostTarget.post_id))).where(
                PostTarget.state.in_(TODAY_STATES),
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
            select(func.count(PostTarget.id)).where(PostTarget.state == S.FAILED.value)
        )
        needs_you = s.scalar(
            select(func.count(PostTarget.id)).where(PostTarget.state.in_(NEEDS_YOU_STATES))
        )
        attention_at = s.scalar(
            select(func.min(PostTarget.scheduled_at)).where(PostTarget.state.in_(attention))
        )
        only = s.execute(
            select(PostTarget.id, PostTarget.state).where(PostTarget.state.in_(attention)).limit(2)
        ).all()
    return QueueSummary(
        accounts,
        posts,
        today or 0,
        _aware(next_at),
        failed or 0,
        needs_you or 0,
        _aware(attention_at),
        only[0][0] if len(only) == 1 else None,
        only[0][1] if len(only) == 1 else None,
    )
