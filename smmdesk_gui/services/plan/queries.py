"""The content plan, read side: what the calendar, the backlog and the mix bar show.

Qt-free. Every public function takes the ``Store``, opens its own short session and returns plain
frozen dataclasses, so the UI can run it on a worker thread and keep the results; the private
``_...(session, ...)`` twins are for composing several reads in one unit of work. Changes live in
``commands`` (undoable), rubrics in ``rubrics``, what the Plan screen loads at once in ``view``.

A calendar *entry* is one post at one instant: the targets (accounts) of a post scheduled for the
same instant are shown together with all their platform icons; a post whose targets go out at
different times shows as one entry per time.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from smmdesk_gui.services.plan.rows import (
    MOVABLE_STATES,
    NO_FILTER,
    AccountChoice,
    IdeaEntry,
    MixRow,
    PlanEntry,
    PlanError,
    PlanFilter,
    PlanRange,
    empty_rhythm_days,
    plan_entries,
    sort_ideas,
)
from smmdesk_gui.services.plan.rows import matches_text as _matches_text
from smmdesk_gui.services.plan.rows import snippet as _snippet
from smmdesk_gui.services.plan.rows import title as _title
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    MediaAsset,
    Post,
    PostMedia,
    PostTarget,
    Rubric,
    TargetState,
    TimeSlot,
)

# the rows, under the names this module always gave them (screens and tests import them here)
__all__ = [
    "MOVABLE_STATES",
    "AccountChoice",
    "IdeaEntry",
    "MixRow",
    "PlanEntry",
    "PlanError",
    "PlanFilter",
    "PlanRange",
]


def _rubric_condition(rubric_ids: frozenset[int | None]) -> ColumnElement[bool]:
    ids = [r for r in rubric_ids if r is not None]
    if None in rubric_ids:
        return or_(Post.rubric_id.in_(ids), Post.rubric_id.is_(None))
    return Post.rubric_id.in_(ids)


def query_range(
    store: Store,
    start: dt.datetime,
    end: dt.datetime,
    tz: ZoneInfo,
    flt: PlanFilter = NO_FILTER,
    *,
    with_thumbnails: bool = True,
) -> list[PlanEntry]:
    """Entries scheduled in ``[start, end)`` that pass ``flt``, ordered by time.

    One SQL query selecting plain columns (no ORM objects): fast enough for a month of a busy
    workspace on the GUI thread, and safe to run on a worker.
    """
    with store.session_scope() as session:
        return _query_range(session, start, end, tz, flt, with_thumbnails=with_thumbnails)


def _query_range(
    session: Session,
    start: dt.datetime,
    end: dt.datetime,
    tz: ZoneInfo,
    flt: PlanFilter = NO_FILTER,
    *,
    with_thumbnails: bool = True,
) -> list[PlanEntry]:
    stmt = (
        select(
            PostTarget.id,
            PostTarget.post_id,
            PostTarget.account_id,
            PostTarget.scheduled_at,
            PostTarget.state,
            PostTarget.text_override,
            Account.platform,
            Account.handle,
            Post.title,
            Post.text,
            Post.rubric_id,
            Rubric.name,
            Rubric.colour,
        )
        .join(Post, Post.id == PostTarget.post_id)
        .join(Account, Account.id == PostTarget.account_id)
        .outerjoin(Rubric, Rubric.id == Post.rubric_id)
        .where(PostTarget.scheduled_at >= start, PostTarget.scheduled_at < end)
        .order_by(PostTarget.scheduled_at, PostTarget.post_id, Account.platform, Account.handle)
    )
    if flt.account_ids:
        stmt = stmt.where(PostTarget.account_id.in_(flt.account_ids))
    if flt.platforms:
        stmt = stmt.where(Account.platform.in_(flt.platforms))
    if flt.states:
        stmt = stmt.where(PostTarget.state.in_(flt.states))
    if flt.rubric_ids:
        stmt = stmt.where(_rubric_condition(flt.rubric_ids))
    needle = flt.text.strip().casefold()
    groups: dict[tuple[int, dt.datetime], list[tuple]] = {}  # type: ignore[type-arg]
    for row in session.execute(stmt):
        if needle and not _matches_text(needle, row.text, row.text_override, row.title):
            continue
        groups.setdefault((row.post_id, row.scheduled_at), []).append(tuple(row))
    thumbs = _thumbnails(session, {k[0] for k in groups}) if with_thumbnails else {}
    return plan_entries(groups, tz, thumbs)


def _thumbnails(session: Session, post_ids: Iterable[int]) -> dict[int, str]:
    """The first image of each post: its path inside ``media/`` (``ab/ab12...ef.jpg``)."""
    ids = list(post_ids)
    if not ids:
        return {}
    stmt = (
        select(PostMedia.post_id, MediaAsset.sha256, MediaAsset.extension)
        .join(MediaAsset, MediaAsset.id == PostMedia.asset_id)
        .where(PostMedia.post_id.in_(ids))
        .order_by(PostMedia.post_id, PostMedia.position)
    )
    out: dict[int, str] = {}
    for post_id, sha, ext in session.execute(stmt):
        out.setdefault(post_id, f"{sha[:2]}/{sha}{ext}")
    return out


def query_ideas(
    store: Store, flt: PlanFilter = NO_FILTER, sort: str = "updated"
) -> list[IdeaEntry]:
    """Posts with no scheduled target (the backlog), filtered like the calendar.

    Args:
        sort: ``"updated"`` (newest first), ``"created"`` (newest first), ``"title"`` or
            ``"rubric"``.
    """
    with store.session_scope() as session:
        return _query_ideas(session, flt, sort)


def _query_ideas(session: Session, flt: PlanFilter, sort: str) -> list[IdeaEntry]:
    scheduled = select(PostTarget.post_id).where(PostTarget.scheduled_at.is_not(None))
    stmt = (
        select(Post, Rubric.name, Rubric.colour)
        .outerjoin(Rubric, Rubric.id == Post.rubric_id)
        .where(Post.id.not_in(scheduled))
        .order_by(Post.id)  # ties in the sort below keep one order (first_view reads the same)
    )
    if flt.rubric_ids:
        stmt = stmt.where(_rubric_condition(flt.rubric_ids))
    posts = list(session.execute(stmt))
    targets: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    if posts:
        rows = session.execute(
            select(PostTarget.post_id, Account.id, Account.platform, PostTarget.state)
            .join(Account, Account.id == PostTarget.account_id)
            .where(PostTarget.post_id.in_([p.id for p, _, _ in posts]))
            .order_by(Account.platform, Account.handle)
        )
        for post_id, account_id, platform, state in rows:
            targets[post_id].append((account_id, platform, state))
    needle = flt.text.strip().casefold()
    out: list[IdeaEntry] = []
    for post, rubric_name, colour in posts:
        tg = targets.get(post.id, [])
        if flt.account_ids and not any(a in flt.account_ids for a, _, _ in tg):
            continue
        if flt.platforms and not any(p in flt.platforms for _, p, _ in tg):
            continue
        if flt.states and not any(s in flt.states for _, _, s in tg):
            continue
        if needle and not _matches_text(needle, post.text, post.title, post.notes):
            continue
        out.append(
            IdeaEntry(
                post_id=post.id,
                title=_title(post.title, post.text),
                snippet=_snippet(post.text),
                rubric_id=post.rubric_id,
                rubric_name=rubric_name or "",
                rubric_colour=colour or "",
                platforms=tuple(p for _, p, _ in tg),
                account_ids=tuple(a for a, _, _ in tg),
                created_at=post.created_at,
                updated_at=post.updated_at,
            )
        )
    sort_ideas(out, sort)
    return out


def rubric_mix(
    store: Store, start: dt.datetime, end: dt.datetime, flt: PlanFilter = NO_FILTER
) -> list[MixRow]:
    """Posts per rubric in ``[start, end)`` (each post counted once) against the targets.

    Every rubric gets a row (in its position order) even with no posts; posts without a rubric
    come last as a row with ``rubric_id=None`` when there are any.
    """
    with store.session_scope() as session:
        return _rubric_mix(session, start, end, flt)


def _rubric_mix(
    session: Session, start: dt.datetime, end: dt.datetime, flt: PlanFilter
) -> list[MixRow]:
    stmt = (
        select(Post.rubric_id, func.count(func.distinct(Post.id)))
        .join(PostTarget, PostTarget.post_id == Post.id)
        .join(Account, Account.id == PostTarget.account_id)
        .where(PostTarget.scheduled_at >= start, PostTarget.scheduled_at < end)
        .group_by(Post.rubric_id)
    )
    if flt.account_ids:
        stmt = stmt.where(PostTarget.account_id.in_(flt.account_ids))
    if flt.platforms:
        stmt = stmt.where(Account.platform.in_(flt.platforms))
    if flt.states:
        stmt = stmt.where(PostTarget.state.in_(flt.states))
    counts: dict[int | None, int] = {rid: n for rid, n in session.execute(stmt)}
    total = sum(counts.values())
    rows: list[MixRow] = []
    for rubric in session.scalars(select(Rubric).order_by(Rubric.position, Rubric.name)):
        n = counts.get(rubric.id, 0)
        rows.append(
            MixRow(
                rubric.id,
                rubric.name,
                rubric.colour,
                rubric.target_share,
                n,
                n / total if total else 0.0,
            )
        )
    if counts.get(None):
        n = counts[None]
        rows.append(MixRow(None, "", "", 0.0, n, n / total))
    return rows


def rhythm_weekdays(store: Store, account_ids: Sequence[int] = ()) -> frozenset[int]:
    """Weekdays (Monday = 0) on which some account has a posting slot; all days when these
    accounts have none; no day at all in a workspace without any posting times."""
    with store.session_scope() as session:
        return _rhythm_weekdays(session, account_ids)


def _rhythm_weekdays(session: Session, account_ids: Sequence[int]) -> frozenset[int]:
    stmt = select(TimeSlot.weekday).distinct()
    if account_ids:
        stmt = stmt.where(TimeSlot.account_id.in_(account_ids))
    days = frozenset(session.scalars(stmt))
    if days:
        return days
    # Before the owner sets posting times there is no rhythm to keep: no day is "still empty"
    # (a new workspace would otherwise greet them with a month of empty days to fill).
    any_slot = session.scalar(select(TimeSlot.id).limit(1))
    return frozenset(range(7)) if any_slot is not None else frozenset()


def empty_days(
    store: Store,
    first: dt.date,
    last: dt.date,
    tz: ZoneInfo,
    flt: PlanFilter = NO_FILTER,
) -> list[dt.date]:
    """Days in ``[first, last]`` of the posting rhythm that have no post yet.

    The rhythm is the weekdays that carry a posting slot (for the filtered accounts, every day when
    they have none); a workspace without any posting times has no rhythm and no empty day. Failed
    and skipped posts do not fill a day.
    """
    rng = PlanRange.of_days(first, last, tz)
    with store.session_scope() as session:
        entries = _query_range(session, rng.start, rng.end, tz, flt, with_thumbnails=False)
        rhythm = _rhythm_weekdays(session, sorted(flt.account_ids))
    return empty_rhythm_days(first, last, rhythm, entries)


def taken_instants(store: Store, account_id: int) -> list[dt.datetime]:
    """Instants an account already posts at (for the queue), excluding failed and skipped."""
    with store.session_scope() as session:
        return _taken_instants(session, account_id)


def _taken_instants(session: Session, account_id: int) -> list[dt.datetime]:
    stmt = select(PostTarget.scheduled_at).where(
        PostTarget.account_id == account_id,
        PostTarget.scheduled_at.is_not(None),
        PostTarget.state.not_in([TargetState.FAILED.value, TargetState.SKIPPED.value]),
    )
    return [t for t in session.scalars(stmt) if t is not None]
