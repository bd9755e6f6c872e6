"""The rows the Plan screen shows, and the small rules that shape them, without SQLAlchemy.

The calendar, the backlog and the mix bar consume these frozen dataclasses whichever way they
were read: through the ORM (``queries``, ``view``) or, for the first paint at start-up, through
plain ``sqlite3`` (``first_view``). Keeping them here lets the Plan screen be imported and painted
before SQLAlchemy is (about 0.3 s of CPU, more than a bare window costs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from smmdesk_gui.domain.problems import ProblemError
from smmdesk_gui.domain.slots import utc_to_local

# The look a state gets in the calendar: states that need the owner come first when merging.
# Keyed by the stored text of ``store.models.TargetState`` (a StrEnum, so its members look up the
# same); tests/unit/services/plan/test_first_view.py checks that every state is here.
STATE_PRIORITY: dict[str, int] = {
    "failed": 0,
    "unconfirmed": 1,
    "due": 2,
    "retry_wait": 3,
    "publishing": 4,
    "scheduled": 5,
    "draft": 6,
    "published": 7,
    "skipped": 8,
}
# States the owner may still move: not while publishing, nor once out (or waiting to be checked).
MOVABLE_STATES = frozenset({"draft", "scheduled", "failed", "due", "retry_wait", "skipped"})
# Failed and skipped posts do not fill a day of the posting rhythm.
NOT_FILLING = frozenset({"failed", "skipped"})
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


NO_FILTER = PlanFilter()  # everything


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
        return min(self.states, key=lambda s: STATE_PRIORITY.get(s, 99))

    @property
    def movable(self) -> bool:
        return all(s in MOVABLE_STATES for s in self.states)


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
class AccountChoice:
    id: int
    platform: str
    handle: str


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


@dataclass(frozen=True)
class PlanView:
    """Everything the Plan screen shows for one visible range, loaded in one unit of work."""

    first: dt.date
    last: dt.date
    zone: str
    entries: list[PlanEntry]
    empty_days: list[dt.date]
    mix: list[MixRow]
    ideas: list[IdeaEntry] | None  # None: not loaded (paging months leaves the backlog as is)
    accounts: list[AccountChoice]
    rubrics: list[tuple[int, str, str]]  # id, name, colour
    has_rhythm: bool = True  # False: no posting times yet, so no day counts as "still empty"


def snippet(text: str) -> str:
    """The text on one line, cut to ``SNIPPET_CHARS`` with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= SNIPPET_CHARS else flat[: SNIPPET_CHARS - 1] + "…"


def title(title: str, text: str) -> str:
    """The post's title, else the first line of its text (60 characters at most)."""
    if title.strip():
        return title.strip()
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first[:60]


def plan_entries(
    groups: Mapping[tuple[int, dt.datetime], Sequence[Sequence[Any]]],
    tz: dt.tzinfo,
    thumbs: Mapping[int, str],
) -> list[PlanEntry]:
    """One calendar entry per (post, instant), from its targets' rows.

    The one place both reads (the store's and the first view's plain ``sqlite3``) build entries,
    so they cannot drift apart. Each row holds, in order: target id, post id, account id,
    scheduled at, state, text override, platform, handle, title, text, rubric id, rubric name,
    rubric colour.
    """
    out: list[PlanEntry] = []
    for (post_id, when), rows in groups.items():
        top = rows[0]
        out.append(
            PlanEntry(
                post_id=post_id,
                scheduled_at=when,
                local=utc_to_local(when, tz),
                target_ids=tuple(r[0] for r in rows),
                account_ids=tuple(r[2] for r in rows),
                platforms=tuple(r[6] for r in rows),
                handles=tuple(r[7] for r in rows),
                states=tuple(r[4] for r in rows),
                rubric_id=top[10],
                rubric_name=top[11] or "",
                rubric_colour=top[12] or "",
                title=title(top[8], top[9]),
                snippet=snippet(top[5] if top[5] is not None else top[9]),
                thumbnail=thumbs.get(post_id),
            )
        )
    return out


def matches_text(needle: str, *haystacks: str | None) -> bool:
    """Whether the casefolded ``needle`` is in any of the texts."""
    return any(h and needle in h.casefold() for h in haystacks)


def empty_rhythm_days(
    first: dt.date, last: dt.date, rhythm: frozenset[int], entries: list[PlanEntry]
) -> list[dt.date]:
    """Days in ``[first, last]`` on a rhythm weekday that no (failed or skipped) post fills."""
    busy = {e.day for e in entries if e.state not in NOT_FILLING}
    out: list[dt.date] = []
    day = first
    while day <= last:
        if day.weekday() in rhythm and day not in busy:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def sort_ideas(ideas: list[IdeaEntry], sort: str) -> None:
    """Sort the backlog in place: ``updated`` or ``created`` (newest first), ``title``,
    ``rubric`` (posts without one last); an unknown key sorts as ``updated``."""
    if sort == "created":
        ideas.sort(key=lambda e: e.created_at, reverse=True)
    elif sort == "title":
        ideas.sort(key=lambda e: e.title.casefold())
    elif sort == "rubric":
        ideas.sort(key=lambda e: (e.rubric_name == "", e.rubric_name.casefold()))
    else:
        ideas.sort(key=lambda e: e.updated_at, reverse=True)
