"""What the Plan screen shows for one visible range, loaded in one unit of work, and the zone the
user plans in. (``PlanView`` itself lives in ``rows``: the first paint reads it without the ORM,
see ``first_view``.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk_gui.services.plan.queries import (
    _query_ideas,
    _query_range,
    _rhythm_weekdays,
    _rubric_mix,
)
from smmdesk_gui.services.plan.rows import (
    NO_FILTER,
    AccountChoice,
    PlanFilter,
    PlanRange,
    PlanView,
    empty_rhythm_days,
)
from smmdesk_gui.services.workspace import workspace_zone
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, PostTarget, Rubric

__all__ = ["NO_FILTER", "PlanView", "ImportedPosts", "imported_posts", "load_view"]


def load_view(
    store: Store,
    first: dt.date,
    last: dt.date,
    tz: ZoneInfo | None = None,
    flt: PlanFilter = NO_FILTER,
    ideas_sort: str = "updated",
    mix_range: tuple[dt.date, dt.date] | None = None,
    *,
    with_ideas: bool = True,
) -> PlanView:
    """The visible days ``[first, last]``, their empty rhythm days, the mix, the backlog.

    Args:
        tz: the zone of the days; ``None``: the workspace's zone.
        mix_range: the days the rubric mix counts (the month, while a 6-week grid is visible).
    """
    zone = tz or workspace_zone(store)
    with store.session_scope() as session:
        return _load_view(session, first, last, zone, flt, ideas_sort, mix_range, with_ideas)


def _load_view(
    session: Session,
    first: dt.date,
    last: dt.date,
    tz: ZoneInfo,
    flt: PlanFilter,
    ideas_sort: str,
    mix_range: tuple[dt.date, dt.date] | None,
    with_ideas: bool,
) -> PlanView:
    rng = PlanRange.of_days(first, last, tz)
    entries = _query_range(session, rng.start, rng.end, tz, flt)
    mix_first, mix_last = mix_range or (first, last)
    mix_rng = PlanRange.of_days(mix_first, mix_last, tz)
    rhythm = _rhythm_weekdays(session, sorted(flt.account_ids))
    empty = empty_rhythm_days(first, last, rhythm, entries)
    accounts = [
        AccountChoice(a.id, a.platform, a.handle)
        for a in session.scalars(select(Account).order_by(Account.platform, Account.handle))
    ]
    rubrics = [
        (r.id, r.name, r.colour)
        for r in session.scalars(select(Rubric).order_by(Rubric.position, Rubric.name))
    ]
    return PlanView(
        first=first,
        last=last,
        zone=tz.key,
        entries=entries,
        empty_days=empty,
        mix=_rubric_mix(session, mix_rng.start, mix_rng.end, flt),
        ideas=_query_ideas(session, flt, ideas_sort) if with_ideas else None,
        accounts=accounts,
        rubrics=rubrics,
        has_rhythm=bool(rhythm),
    )


@dataclass(frozen=True)
class ImportedPosts:
    """Where the posts of a CSV import landed: the first instant (None: all are ideas)."""

    first_at: dt.datetime | None
    ideas: int  # posts without any date


def imported_posts(store: Store, post_ids: list[int]) -> ImportedPosts:
    """The first scheduled instant among ``post_ids`` and how many of them are ideas."""
    with store.session_scope() as session:
        stmt = select(PostTarget.post_id, PostTarget.scheduled_at).where(
            PostTarget.post_id.in_(post_ids)
        )
        times = list(session.execute(stmt))
    dated = [when for _pid, when in times if when is not None]
    ideas = len({pid for pid, _w in times} - {pid for pid, w in times if w is not None})
    return ImportedPosts(min(dated) if dated else None, ideas)
