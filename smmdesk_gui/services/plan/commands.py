"""The content plan, write side: undoable changes.

Every change is a small frozen *command* with ``apply(store) -> inverse``: applying it writes one
transaction and returns the command that undoes it. The UI wraps them in a ``QUndoCommand``
(redo: ``inverse = cmd.apply(store)``; undo: ``cmd = inverse.apply(store)``), the CLI and tests
call them directly. Builders (``reschedule(store, ...)``, ``shift``, ``add_to_queue``, ...) read
the current state in their own short session and return the command to apply; they validate and
raise ``PlanError`` in plain words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.domain.slots import (
    local_to_utc,
    move_to_day,
    next_free_slot,
    shift_days,
)
from smmdesk_gui.services.plan.posting_times import DEFAULT_POST_TIME, _default_time_on, _slots_of
from smmdesk_gui.services.plan.queries import MOVABLE_STATES, PlanError, _taken_instants
from smmdesk_gui.services.plan.readiness import blocking_reasons
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, Post, PostMedia, PostTarget, TargetState


class PlanCommand(Protocol):
    """A change to the plan that returns its own inverse when applied."""

    @property
    def label(self) -> str: ...

    def apply(self, store: Store) -> PlanCommand: ...


@dataclass(frozen=True)
class TargetTime:
    target_id: int
    scheduled_at: dt.datetime | None
    state: str


@dataclass(frozen=True)
class SetTimes:
    """Set the time and state of some targets (reschedule, shift, schedule, queue, unschedule)."""

    label: str
    changes: tuple[TargetTime, ...]
    # Why some targets were kept as drafts instead of scheduled (an idea dropped on a day that
    # the composer's checks would refuse: Instagram without a photo); for the owner to read.
    held: tuple[Problem, ...] = ()

    def apply(self, store: Store) -> SetTimes:
        old: list[TargetTime] = []
        with store.session_scope() as session:
            for change in self.changes:
                target = session.get(PostTarget, change.target_id)
                if target is None:
                    raise PlanError(Problem("plan_post_deleted"))
                old.append(TargetTime(target.id, target.scheduled_at, target.state))
                target.scheduled_at = change.scheduled_at
                target.state = change.state
        return SetTimes(self.label, tuple(old))


@dataclass(frozen=True)
class TargetSnapshot:
    id: int
    account_id: int
    text_override: str | None
    scheduled_at: dt.datetime | None
    state: str


@dataclass(frozen=True)
class PostSnapshot:
    """Everything needed to bring a deleted post back (published history is never deleted)."""

    id: int
    title: str
    text: str
    notes: str
    rubric_id: int | None
    targets: tuple[TargetSnapshot, ...]
    media: tuple[tuple[int, int, str | None], ...]  # (asset_id, position, alt_text)


def _snapshot(post: Post) -> PostSnapshot:
    return PostSnapshot(
        id=post.id,
        title=post.title,
        text=post.text,
        notes=post.notes,
        rubric_id=post.rubric_id,
        targets=tuple(
            TargetSnapshot(t.id, t.account_id, t.text_override, t.scheduled_at, t.state)
            for t in post.targets
        ),
        media=tuple((m.asset_id, m.position, m.alt_text) for m in post.media),
    )


def _create(session: Session, snap: PostSnapshot, keep_ids: bool) -> Post:
    """A new post from a snapshot (same ids when ``keep_ids`` and they are free)."""
    post_id = snap.id if keep_ids and session.get(Post, snap.id) is None else None
    post = Post(id=post_id, title=snap.title, text=snap.text, notes=snap.notes)
    post.rubric_id = snap.rubric_id
    session.add(post)
    session.flush()
    for t in snap.targets:
        tid = t.id if keep_ids and session.get(PostTarget, t.id) is None else None
        session.add(
            PostTarget(
                id=tid,
                post_id=post.id,
                account_id=t.account_id,
                text_override=t.text_override,
                scheduled_at=t.scheduled_at,
                state=t.state,
            )
        )
    for asset_id, position, alt in snap.media:
        session.add(PostMedia(post_id=post.id, asset_id=asset_id, position=position, alt_text=alt))
    session.flush()
    return post


@dataclass(frozen=True)
class DeletePost:
    label: str
    post_id: int

    def apply(self, store: Store) -> RestorePost:
        with store.session_scope() as session:
            post = session.get(Post, self.post_id)
            if post is None:
                raise PlanError(Problem("plan_post_deleted"))
            if any(t.state == TargetState.PUBLISHED.value for t in post.targets):
                raise PlanError(Problem("plan_published_kept"))
            snap = _snapshot(post)
            session.delete(post)
        return RestorePost(self.label, snap)


@dataclass(frozen=True)
class RestorePost:
    label: str
    snapshot: PostSnapshot

    def apply(self, store: Store) -> DeletePost:
        with store.session_scope() as session:
            post = _create(session, self.snapshot, keep_ids=True)
            post_id = post.id
        return DeletePost(self.label, post_id)


@dataclass(frozen=True)
class DuplicatePost:
    """A copy of a post as a new post; its targets moved to ``times`` (target index -> instant).

    States of the copy: ``scheduled`` when it has a time, else ``draft``; never the original's
    published or failed history.
    """

    label: str
    post_id: int
    day_shift: int = 0
    to_day: dt.date | None = None
    zone: str = "UTC"
    offset: dt.timedelta | None = None  # moved by this much (a copy dropped on a time)

    def apply(self, store: Store) -> DeletePost:
        tz = ZoneInfo(self.zone)
        with store.session_scope() as session:
            post = session.get(Post, self.post_id)
            if post is None:
                raise PlanError(Problem("plan_post_deleted_copy"))
            snap = _snapshot(post)
            targets = []
            for t in snap.targets:
                when = t.scheduled_at
                if when is not None and self.offset is not None:
                    when = when + self.offset
                elif when is not None and self.to_day is not None:
                    when = move_to_day(when, self.to_day, tz)
                elif when is not None and self.day_shift:
                    when = shift_days(when, self.day_shift, tz)
                state = TargetState.SCHEDULED.value if when else TargetState.DRAFT.value
                if t.state == TargetState.DRAFT.value:
                    state = TargetState.DRAFT.value
                targets.append(TargetSnapshot(0, t.account_id, t.text_override, when, state))
            copy = PostSnapshot(
                0, snap.title, snap.text, snap.notes, snap.rubric_id, tuple(targets), snap.media
            )
            new = _create(session, copy, keep_ids=False)
            new_id = new.id
        return DeletePost(self.label, new_id)


@dataclass(frozen=True)
class CompositeCommand:
    """Several commands as one undo step (e.g. duplicating a multi-selection)."""

    label: str
    parts: tuple[PlanCommand, ...]

    @property
    def held(self) -> tuple[Problem, ...]:
        """The parts' reasons for keeping posts as drafts (``SetTimes.held``)."""
        return tuple(r for part in self.parts for r in getattr(part, "held", ()))

    def apply(self, store: Store) -> CompositeCommand:
        inverses: list[PlanCommand] = []
        try:
            for part in self.parts:
                inverses.append(part.apply(store))
        except Exception:
            for inverse in reversed(inverses):  # leave the plan as it was
                inverse.apply(store)
            raise
        return CompositeCommand(self.label, tuple(reversed(inverses)))


# ---------------------------------------------------------------------------------------- builders


def _movable_targets(session: Session, target_ids: Iterable[int]) -> list[PostTarget]:
    targets = []
    for tid in target_ids:
        target = session.get(PostTarget, tid)
        if target is None:
            raise PlanError(Problem("plan_post_deleted"))
        if target.state not in MOVABLE_STATES:
            raise PlanError(Problem("plan_cannot_move", state=target.state))
        targets.append(target)
    return targets


def _after_move(target: PostTarget, when: dt.datetime | None) -> str:
    if when is None:
        return TargetState.DRAFT.value
    if target.state == TargetState.DRAFT.value:
        return TargetState.DRAFT.value
    return TargetState.SCHEDULED.value


def reschedule(store: Store, target_ids: Sequence[int], day: dt.date, tz: ZoneInfo) -> SetTimes:
    """Move targets to another local day keeping each one's local time of day (month-view drop)."""
    changes = []
    with store.session_scope() as session:
        for t in _movable_targets(session, target_ids):
            when = move_to_day(t.scheduled_at, day, tz) if t.scheduled_at else None
            if when is None:
                when = local_to_utc(dt.datetime.combine(day, DEFAULT_POST_TIME), tz)
            changes.append(TargetTime(t.id, when, _after_move(t, when)))
    return SetTimes("Move post", tuple(changes))


def move_to(store: Store, target_ids: Sequence[int], when: dt.datetime) -> SetTimes:
    """Move targets to one exact instant (week-view drop on an hour)."""
    with store.session_scope() as session:
        changes = [
            TargetTime(t.id, when, _after_move(t, when))
            for t in _movable_targets(session, target_ids)
        ]
    return SetTimes("Move post", tuple(changes))


def post_now(store: Store, target_ids: Sequence[int], now: dt.datetime) -> SetTimes:
    """Scheduled (or failed) targets due now: the publisher sends them on its next run, an
    assisted one becomes the owner's reminder. Drafts are refused: they have not been checked.

    Raises:
        PlanError: a draft among them, or a post that can't be moved (published, sending).
    """
    with store.session_scope() as session:
        targets = _movable_targets(session, target_ids)
        if any(t.state == TargetState.DRAFT.value for t in targets):
            raise PlanError(Problem("plan_draft_post_now"))
        changes = tuple(TargetTime(t.id, now, TargetState.SCHEDULED.value) for t in targets)
    return SetTimes("Post now", changes)


def move_group_to(store: Store, target_ids: Sequence[int], when: dt.datetime) -> SetTimes:
    """Move targets so the earliest lands on ``when`` and the others keep their distance to it
    (a week-view drop of several posts on an hour). Targets without a time go to ``when``."""
    with store.session_scope() as session:
        targets = _movable_targets(session, target_ids)
        times = [t.scheduled_at for t in targets if t.scheduled_at is not None]
        delta = when - min(times) if times else dt.timedelta(0)
        changes = []
        for t in targets:
            new = t.scheduled_at + delta if t.scheduled_at is not None else when
            changes.append(TargetTime(t.id, new, _after_move(t, new)))
        label = "Move post" if len({t.post_id for t in targets}) <= 1 else "Move posts"
    return SetTimes(label, tuple(changes))


def duplicate_to(store: Store, post_ids: Sequence[int], when: dt.datetime) -> PlanCommand:
    """Copies of posts, the earliest landing on ``when``, the others at the same distance to it
    (Ctrl-drop on an hour of the week view)."""
    times = []
    with store.session_scope() as session:
        for pid in post_ids:
            post = session.get(Post, pid)
            if post is None:
                raise PlanError(Problem("plan_post_deleted_copy"))
            times += [t.scheduled_at for t in post.targets if t.scheduled_at is not None]
    if not times:
        raise PlanError(Problem("plan_copy_needs_date"))
    offset = when - min(times)
    parts = tuple(DuplicatePost("Duplicate post", pid, offset=offset) for pid in post_ids)
    return parts[0] if len(parts) == 1 else CompositeCommand("Duplicate posts", parts)


def shift(store: Store, target_ids: Sequence[int], days: int, tz: ZoneInfo) -> SetTimes:
    """Shift targets by ``days`` local days (negative: earlier), keeping their wall-clock time."""
    changes = []
    with store.session_scope() as session:
        for t in _movable_targets(session, target_ids):
            if t.scheduled_at is None:
                continue
            when = shift_days(t.scheduled_at, days, tz)
            changes.append(TargetTime(t.id, when, _after_move(t, when)))
    noun = "day" if abs(days) == 1 else "days"
    return SetTimes(f"Shift by {days} {noun}", tuple(changes))


def unschedule(store: Store, target_ids: Sequence[int]) -> SetTimes:
    """Back to the ideas backlog: no time, draft."""
    with store.session_scope() as session:
        changes = [
            TargetTime(t.id, None, TargetState.DRAFT.value)
            for t in _movable_targets(session, target_ids)
        ]
    return SetTimes("Back to ideas", tuple(changes))


def _post_targets(session: Session, post_id: int) -> list[PostTarget]:
    post = session.get(Post, post_id)
    if post is None:
        raise PlanError(Problem("plan_post_deleted"))
    if not post.targets:
        raise PlanError(Problem("plan_no_accounts"))
    return _movable_targets(session, [t.id for t in post.targets])


def schedule_idea(
    store: Store,
    post_id: int,
    day: dt.date,
    tz: ZoneInfo,
    at: dt.time | None = None,
    now: dt.datetime | None = None,
) -> SetTimes:
    """Schedule every target of an idea on a local day (at ``at``, else the day's first slot).

    A target the composer's checks refuse (``readiness.blocking_reasons``; ``now`` also refuses
    a time already past) goes on that day as a draft, its reasons in ``held``.
    """
    with store.session_scope() as session:
        return _schedule_idea(session, post_id, day, tz, at, now)


def schedule_ideas(
    store: Store,
    post_ids: Sequence[int],
    day: dt.date,
    tz: ZoneInfo,
    at: dt.time | None = None,
    now: dt.datetime | None = None,
) -> PlanCommand:
    """Ideas dropped on a day (or an hour of it), as one undo step (see ``schedule_idea``)."""
    with store.session_scope() as session:
        parts = tuple(_schedule_idea(session, pid, day, tz, at, now) for pid in post_ids)
    return parts[0] if len(parts) == 1 else CompositeCommand("Schedule ideas", parts)


def _schedule_idea(
    session: Session,
    post_id: int,
    day: dt.date,
    tz: ZoneInfo,
    at: dt.time | None,
    now: dt.datetime | None = None,
) -> SetTimes:
    targets = _post_targets(session, post_id)
    time = at or _default_time_on(session, [t.account_id for t in targets], day)
    when = local_to_utc(dt.datetime.combine(day, time), tz)
    changes: list[TargetTime] = []
    held: list[Problem] = []
    for t in targets:
        reasons = blocking_reasons(t, when, now)
        held.extend(r for r in reasons if r not in held)
        state = TargetState.DRAFT.value if reasons else TargetState.SCHEDULED.value
        changes.append(TargetTime(t.id, when, state))
    return SetTimes("Schedule idea", tuple(changes), tuple(held))


def add_to_queue(
    store: Store,
    post_id: int,
    tz: ZoneInfo,
    now: dt.datetime,
    extra_taken: dict[int, list[dt.datetime]] | None = None,
) -> SetTimes:
    """Each target of the post goes to its account's next free posting slot after ``now``.

    Args:
        extra_taken: per account, instants to treat as taken as well (a bulk import queues many
            posts before any is written).
    """
    with store.session_scope() as session:
        return _add_to_queue(session, post_id, tz, now, extra_taken)


def queue_posts(
    store: Store, post_ids: Sequence[int], tz: ZoneInfo, now: dt.datetime
) -> PlanCommand:
    """Several ideas into their accounts' queues as one undo step; each takes a free slot the
    ones before it did not."""
    taken: dict[int, list[dt.datetime]] = {}
    parts = []
    with store.session_scope() as session:
        for pid in post_ids:
            cmd = _add_to_queue(session, pid, tz, now, taken)
            for change in cmd.changes:
                target = session.get(PostTarget, change.target_id)
                if target is not None and change.scheduled_at is not None:
                    taken.setdefault(target.account_id, []).append(change.scheduled_at)
            parts.append(cmd)
    return parts[0] if len(parts) == 1 else CompositeCommand("Add to queue", tuple(parts))


def _add_to_queue(
    session: Session,
    post_id: int,
    tz: ZoneInfo,
    now: dt.datetime,
    extra_taken: dict[int, list[dt.datetime]] | None = None,
) -> SetTimes:
    changes = []
    for t in _post_targets(session, post_id):
        slots = _slots_of(session, t.account_id)
        if not slots:
            raise PlanError(
                Problem(
                    "plan_no_posting_times", platform=t.account.platform, handle=t.account.handle
                )
            )
        taken = _taken_instants(session, t.account_id) + (extra_taken or {}).get(t.account_id, [])
        taken = [x for x in taken if x != t.scheduled_at]
        when = next_free_slot(slots, tz, now, taken)
        if when is None:
            raise PlanError(
                Problem("plan_queue_full", platform=t.account.platform, handle=t.account.handle)
            )
        changes.append(TargetTime(t.id, when, TargetState.SCHEDULED.value))
    return SetTimes("Add to queue", tuple(changes))


def duplicate(
    post_ids: Sequence[int], tz: ZoneInfo, *, day_shift: int = 0, to_day: dt.date | None = None
) -> PlanCommand:
    """Copies of posts (as one undo step), moved by ``day_shift`` days or onto ``to_day``."""
    parts = tuple(
        DuplicatePost("Duplicate post", pid, day_shift, to_day, tz.key) for pid in post_ids
    )
    if len(parts) == 1:
        return parts[0]
    return CompositeCommand("Duplicate posts", parts)


def delete_posts(post_ids: Sequence[int]) -> PlanCommand:
    parts = tuple(DeletePost("Delete post", pid) for pid in post_ids)
    if len(parts) == 1:
        return parts[0]
    return CompositeCommand("Delete posts", parts)


def account_label(account: Account) -> str:
    return f"{account.platform}:{account.handle}"
