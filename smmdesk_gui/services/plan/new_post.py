"""A new post started from the calendar: on the day the owner double-clicked, at a free time."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select

from smmdesk_gui.domain.slots import local_to_utc
from smmdesk_gui.services.compose.drafts import Draft, TargetDraft
from smmdesk_gui.services.plan.posting_times import DEFAULT_POST_TIME, _slots_of
from smmdesk_gui.services.plan.queries import _taken_instants
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, AccountState


def new_post_on(
    store: Store, day: dt.date, tz: ZoneInfo, now: dt.datetime, minute: int | None = None
) -> Draft:
    """An empty post for every working account, timed on ``day``.

    The time is ``minute`` of the day when given (an hour of the week view); else the day's
    first posting time (of any of the accounts) that no post has taken yet and is not past; else
    10:00, or on today after 10:00 the next whole hour.

    Args:
        now: the current instant, UTC (a time already past is not offered).
    """
    with store.session_scope() as s:
        ids = [
            a.id
            for a in s.scalars(select(Account).order_by(Account.platform, Account.handle))
            if a.state == AccountState.OK.value
        ]
        if minute is not None:
            when = local_to_utc(dt.datetime.combine(day, _time(minute)), tz)
        else:
            minutes = sorted(
                {
                    slot.minute_of_day
                    for aid in ids
                    for slot in _slots_of(s, aid)
                    if slot.weekday == day.weekday()
                }
            )
            taken = {
                t.replace(tzinfo=dt.UTC) if t.tzinfo is None else t
                for aid in ids
                for t in _taken_instants(s, aid)
            }
            free = [
                at
                for at in (local_to_utc(dt.datetime.combine(day, _time(m)), tz) for m in minutes)
                if at not in taken and at > now
            ]
            when = free[0] if free else _fallback(day, tz, now)
    return Draft(targets=[TargetDraft(aid, scheduled_at=when) for aid in ids])


def _time(minute: int) -> dt.time:
    return dt.time(minute // 60, minute % 60)


def _fallback(day: dt.date, tz: ZoneInfo, now: dt.datetime) -> dt.datetime:
    at = local_to_utc(dt.datetime.combine(day, DEFAULT_POST_TIME), tz)
    if at > now:
        return at
    local_now = now.astimezone(tz)
    next_hour = local_now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    if next_hour.date() == day:
        return next_hour.astimezone(dt.UTC)
    return at  # a day already past: the composer says so when it is scheduled
