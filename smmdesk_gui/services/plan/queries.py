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
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from smmdesk_gui.domain.problems import ProblemError
from smmdesk_gui.domain.slots import utc_to_local
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

# The look a state gets in the calendar: states that need the owner come first when merging.
STATE_PRIORITY = {
    TargetState.FAILED: 0,
    TargetState.UNCONFIRMED: 1,
    TargetState.DUE: 2,
    TargetState.RETRY_WAIT: 3,
    TargetState.PUBLISHING: 4,
    TargetState.SCHEDULED: 5,
    TargetState.DRAFT: 6,
    TargetState.PUBLISHED: 7,
    TargetState.SKIPPED: 8,
}
SNIPPET_CHARS = 160


class PlanError(ProblemError):
    """A plan change that cannot be made: a problem code (``str()`` is its English sentence)."""


@dataclass(frozen=True)
class PlanFilter:
    """What the calendar shows. Empty sets mean "all"; ``text`` searches post and account text."""

    account_ids: frozenset[int] = frozenset()
    platforms: frozenset[str] = frozenset()
    rubric_ids: frozenset[int | None] = frozenset()  # None: posts without a rubric
    states: frozenset[str] = frozenset()
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return not (
            self.account_ids or self.platforms or self.rubric_ids or self.states or self.text
        )


@dataclass(frozen=True)
class PlanEntry:
    """One post at one instant, as the calendar draws it."""

    post_id: int
    scheduled_at: dt.datetime  # aware UTC
    local: dt.datetime  # naive wall-clock in the user's zone
    target_ids: tuple[int, ...]
    account_ids: tuple[int, ...]
    platforms: tuple[str, ...]
    handles: tuple[str, ...]
    states: tuple[str, ...]
    rubric_id: int | None
    rubric_name: str
    rubric_colour: str
    title: str
    snippet: str
    thumbnail: str | None = None  # path of the first image's original, when there is one

    @property
    def day(self) -> dt.date:
        return self.local.date()

    @property
    def state(self) -> str:
        """The state that matters most to the owner among the targets."""
        return min(self.states, key=lambda s: STATE_PRIORITY.get(TargetState(s), 99))

    @property
    def movable(self) -> bool:
        return all(s in MOVABLE_STATES for s in self.states)


MOVABLE_STATES = frozenset(
    {
        TargetState.DRAFT.value,
        TargetState.SCHEDULED.value,
        TargetState.FAILED.value,
        TargetState.DUE.value,
        TargetState.RETRY_WAIT.value,
        TargetState.SKIPPED.value,
    }
)


@dataclass(frozen=True)
class IdeaEntry:
    """A post without a date: the ideas backlog."""

    post_id: int
    title: str
    snippet: str
    rubric_id: int | None
    rubric_name: str
    rubric_colour: str
    platforms: tuple[str, ...]
    account_ids: tuple[int, ...]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class MixRow:
    """One rubric's share of the posts in a range, against its target."""

    rubric_id: int | None
    name: str
    colour: str
    target_share: float
    count: int
    actual_share: float


@dataclass(frozen=True)
class PlanRange:
    """A range of local days [first, last] and its UTC bounds [start, end)."""

    first: dt.date
    last: dt.date
    start: dt.datetime = field(compare=False)
    end: dt.datetime = field(compare=False)

    @classmethod
    def of_days(cls, first: dt.date, last: dt.date, tz: ZoneInfo) -> PlanRange:
        from smmdesk_gui.domain.slots import local_to_utc

        start = local_to_utc(dt.datetime.combine(first, dt.time()), tz)
        end = local_to_utc(dt.datetime.combine(last + dt.timedelta(days=1), dt.time()), tz)
        return cls(first, last, start, end)


def _rubric_condition(rubric_ids: frozenset[int | None]) -> ColumnElement[bool]:
    ids = [r for r in rubric_ids if r is not None]
    if None in rubric_ids:
        return or_(Post.rubric_id.in_(ids), Post.rubric_id.is_(None))
    return Post.rubric_id.in_(ids)


def _snippet(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…"


def _title(title: str, text: str) -> str:
    if title.strip():
        return title.strip()
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first[:60]


def _matches_text(needle: str, *haystacks: str | None) -> bool:
    return any(h and needle in h.casefold() for h in haystacks)


def query_range(
    store: Store,
    start: dt.datetime,
    end: dt.datetime,
    tz: ZoneInfo,
    flt: PlanFilter = PlanFilter(),
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
    flt: PlanFilter = PlanFilter(),
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
    entries: list[PlanEntry] = []
    for (post_id, when), rows in groups.items():
        first = rows[0]
        entries.append(
            PlanEntry(
                post_id=post_id,
                scheduled_at=when,
                local=utc_to_local(when, tz),
                target_ids=tuple(r[0] for r in rows),
                account_ids=tuple(r[2] for r in rows),
                platforms=tuple(r[6] for r in rows),
                handles=tuple(r[7] for r in rows),
                states=tuple(r[4] for r in rows),
                rubric_id=first[10],
                rubric_name=first[11] or "",
                rubric_colour=first[12] or "",
                title=_title(first[8], first[9]),
                snippet=_snippet(first[5] if first[5] is not None else first[9]),
                thumbnail=thumbs.get(post_id),
            )
        )
    return entries


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
    store: Store, flt: PlanFilter = PlanFilter(), sort: str = "updated"
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
    keys = {
        "updated": (lambda e: e.updated_at, True),
        "created": (lambda e: e.created_at, True),
        "title": (lambda e: e.title.casefold(), False),
        "rubric": (lambda e: (e.rubric_name == "", e.rubric_name.casefold()), False),
    }
    key, reverse = keys.get(sort, keys["updated"])
    out.sort(key=key, reverse=reverse)
    return out


def rubric_mix(
    store: Store, start: dt.datetime, end: dt.datetime, flt: PlanFilter = PlanFilter()
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
    flt: PlanFilter = PlanFilter(),
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
    busy = {
        e.day
        for e in entries
        if e.state not in (TargetState.FAILED.value, TargetState.SKIPPED.value)
    }
    out: list[dt.date] = []
    day = first
    while day <= last:
        if day.weekday() in rhythm and day not in busy:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


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


@dataclass(frozen=True)
class AccountChoice:
    id: int
    platform: str
    handle: str
