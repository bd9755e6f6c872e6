"""Figures read from the store for the stats screens: posts with their latest figures,
followers over time and ad spend. The KPIs computed from them live in :mod:`.kpis`.

Every figure comes from ``MetricSnapshot`` rows, a time series that is never overwritten: a
post's figure is its latest snapshot, an account's followers on a day are its last snapshot on
or before that day.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select

from smmdesk_gui.domain import metrics as m
from smmdesk_gui.services.stats.period import Period
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    AdSpend,
    MetricSnapshot,
    Post,
    PostMedia,
    PostTarget,
    Rubric,
    TargetState,
)

FOLLOWERS = "followers"
_CHUNK = 900  # SQLite host parameters per IN list


@dataclass(frozen=True)
class PostFigures:
    """One published post on one account, with its latest figures."""

    target_id: int
    post_id: int
    account_id: int
    platform: str
    handle: str
    title: str
    rubric: str
    published_at: dt.datetime
    remote_url: str | None
    first_asset_id: int | None
    figures: dict[str, float]
    interactions: m.Interactions
    er_reach: m.Figure

    @property
    def score(self) -> float | None:
        """What ranks posts: engagement rate by reach, else plain interactions."""
        if self.er_reach.value is not None:
            return self.er_reach.value
        return None


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


TITLE_MAX = 400  # the screens elide to fit and show this much in a tooltip


def _cut(line: str) -> str:
    """``line`` kept whole up to ``TITLE_MAX``, else cut at a word with "…" (never mid-word)."""
    if len(line) <= TITLE_MAX:
        return line
    head = line[: TITLE_MAX - 1]
    return (head.rsplit(" ", 1)[0] if " " in head else head) + "…"


def _title(title: str | None, text: str | None) -> str:
    """The post's title, else the first line of its text."""
    if title:
        return _cut(title)
    lines = (text or "").strip().splitlines()
    return _cut(lines[0]) if lines else ""


class AccountPick(NamedTuple):
    """An account as a picker offers it; the window words the platform in its language."""

    id: int
    platform: str
    handle: str


def account_picks(store: Store) -> list[AccountPick]:
    """Every account, by platform and handle, for pickers."""
    with store.session_scope() as s:
        rows = s.execute(
            select(Account.id, Account.platform, Account.handle).order_by(
                Account.platform, Account.handle
            )
        ).all()
    return [AccountPick(r.id, r.platform, r.handle) for r in rows]


def account_choices(store: Store) -> list[tuple[int, str]]:
    """``(id, "platform · handle")`` for every account: the command line's labels."""
    return [(a.id, f"{a.platform} · {a.handle}") for a in account_picks(store)]


def post_figures(
    store: Store,
    start: dt.datetime,
    end: dt.datetime,
    account_id: int | None = None,
) -> list[PostFigures]:
    """Posts published in ``[start, end)`` with their latest figures, oldest first."""
    with store.session_scope() as s:
        first_asset = (
            select(func.min(PostMedia.asset_id))
            .where(PostMedia.post_id == Post.id)
            .correlate(Post)
            .scalar_subquery()
        )
        q = (
            select(
                PostTarget.id,
                PostTarget.post_id,
                PostTarget.account_id,
                PostTarget.published_at,
                PostTarget.remote_url,
                Post.title,
                Post.text,
                Rubric.name,
                Account.platform,
                Account.handle,
                first_asset,
            )
            .join(Post, Post.id == PostTarget.post_id)
            .join(Account, Account.id == PostTarget.account_id)
            .outerjoin(Rubric, Rubric.id == Post.rubric_id)
            .where(
                PostTarget.state == TargetState.PUBLISHED.value,
                PostTarget.published_at >= start,
                PostTarget.published_at < end,
            )
            .order_by(PostTarget.published_at, PostTarget.id)
        )
        if account_id is not None:
            q = q.where(PostTarget.account_id == account_id)
        rows = s.execute(q).all()
        ids = [r[0] for r in rows]
        figures: dict[int, dict[str, float]] = defaultdict(dict)
        for chunk in _chunks(ids):
            # SQLite: a bare column next to MAX() comes from the row holding the maximum.
            latest = s.execute(
                select(
                    MetricSnapshot.target_id,
                    MetricSnapshot.metric,
                    MetricSnapshot.value,
                    func.max(MetricSnapshot.taken_at),
                )
                .where(MetricSnapshot.target_id.in_(chunk))
                .group_by(MetricSnapshot.target_id, MetricSnapshot.metric)
            ).all()
            for target_id, metric, value, _taken in latest:
                if target_id is not None:
                    figures[target_id][metric] = float(value)
    out = []
    for r in rows:
        figs = figures.get(r[0], {})
        if "impressions" not in figs and "views" in figs:  # Telegram, X: views are impressions
            figs["impressions"] = figs["views"]
        inter = m.interactions_from(figs)
        out.append(
            PostFigures(
                target_id=r[0],
                post_id=r[1],
                account_id=r[2],
                platform=r[8],
                handle=r[9],
                title=_title(r[5], r[6]),
                rubric=r[7] or "",
                published_at=r[3] or start,  # the query only takes published posts
                remote_url=r[4],
                first_asset_id=r[10],
                figures=figs,
                interactions=inter,
                er_reach=m.engagement_rate_by_reach(inter, figs.get("reach")),
            )
        )
    return out


def _followers_at(
    store: Store, instant: dt.datetime, account_id: int | None, before: bool
) -> dict[int, float]:
    """Each account's last followers figure before ``instant`` (``before``) or first after."""
    with store.session_scope() as s:
        agg = func.max if before else func.min
        q = select(
            MetricSnapshot.account_id, MetricSnapshot.value, agg(MetricSnapshot.taken_at)
        ).where(MetricSnapshot.metric == FOLLOWERS, MetricSnapshot.account_id.is_not(None))
        q = q.where(
            MetricSnapshot.taken_at < instant if before else MetricSnapshot.taken_at >= instant
        )
        if account_id is not None:
            q = q.where(MetricSnapshot.account_id == account_id)
        rows = s.execute(q.group_by(MetricSnapshot.account_id)).all()
    return {a: float(v) for a, v, _t in rows if a is not None}


def followers_at_ends(
    store: Store, start: dt.datetime, end: dt.datetime, account_id: int | None
) -> tuple[float | None, float | None]:
    """Summed followers at the start and at the end, over accounts that have both."""
    at_end = _followers_at(store, end, account_id, before=True)
    at_start = _followers_at(store, start, account_id, before=True)
    missing_start = [a for a in at_end if a not in at_start]
    if missing_start:  # a new account: its first figure inside the period is its start
        first_in = _followers_at(store, start, account_id, before=False)
        for a in missing_start:
            if a in first_in:
                at_start[a] = first_in[a]
    both = [a for a in at_end if a in at_start]
    if not both:
        return None, None
    return sum(at_start[a] for a in both), sum(at_end[a] for a in both)


def followers_series(
    store: Store, period: Period, tz: dt.tzinfo, account_id: int | None = None
) -> list[tuple[dt.date, float]]:
    """Followers per local day (last figure of the day, carried forward), summed over accounts."""
    start, end = period.bounds(tz)
    carried = _followers_at(store, start, account_id, before=True)
    with store.session_scope() as s:
        q = select(MetricSnapshot.account_id, MetricSnapshot.taken_at, MetricSnapshot.value).where(
            MetricSnapshot.metric == FOLLOWERS,
            MetricSnapshot.account_id.is_not(None),
            MetricSnapshot.taken_at >= start,
            MetricSnapshot.taken_at < end,
        )
        if account_id is not None:
            q = q.where(MetricSnapshot.account_id == account_id)
        rows = s.execute(q.order_by(MetricSnapshot.taken_at)).all()
    by_day: dict[dt.date, dict[int, float]] = defaultdict(dict)
    for acc, taken, value in rows:
        if acc is not None:
            by_day[taken.astimezone(tz).date()][acc] = float(value)
    series: list[tuple[dt.date, float]] = []
    current = dict(carried)
    today = dt.datetime.now(tz).date()
    for day in period.dates():
        if day > today:  # no figures from the future: the line stops today
            break
        current.update(by_day.get(day, {}))
        if current:
            series.append((day, sum(current.values())))
    return series


def ad_spend_totals(
    store: Store, period: Period, account_id: int | None
) -> tuple[dict[str, float], int | None, int | None, int | None]:
    """Ad spend per currency, and the summed ad impressions, clicks and leads of ``period``."""
    with store.session_scope() as s:
        q = select(
            AdSpend.currency,
            func.sum(AdSpend.amount),
            func.sum(AdSpend.impressions),
            func.sum(AdSpend.clicks),
            func.sum(AdSpend.leads),
        ).where(AdSpend.spent_on >= period.first, AdSpend.spent_on <= period.last)
        if account_id is not None:
            q = q.where(AdSpend.account_id == account_id)
        rows = s.execute(q.group_by(AdSpend.currency)).all()
    spend = {cur: float(total) for cur, total, *_ in rows}

    def total(i: int) -> int | None:
        vals = [int(v) for r in rows if isinstance(v := r[i], int | float)]
        return int(sum(vals)) if vals else None

    return spend, total(2), total(3), total(4)


def rubric_target_shares(store: Store) -> dict[str, float]:
    """Each rubric's target share of the plan, by name (rubrics without a target left out)."""
    with store.session_scope() as s:
        rows = s.execute(select(Rubric.name, Rubric.target_share)).all()
    return {name: float(share) for name, share in rows if share}


def has_figures(store: Store) -> bool:
    """Whether the workspace holds any figure at all (else the Dashboard shows its empty state)."""
    with store.session_scope() as s:
        return s.scalar(select(MetricSnapshot.id).limit(1)) is not None
