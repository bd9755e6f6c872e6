"""Stats use cases (Qt-free): KPIs for a period against the period before, dashboard data.

Every figure comes from ``MetricSnapshot`` rows, a time series that is never overwritten: a
post's figure is its latest snapshot, an account's followers on a day are its last snapshot on
or before that day. Formulas live in :mod:`smmdesk_gui.domain.metrics`.

Importing (``stats_import``), entering by hand (``stats_entry``) and refreshing from the
platforms (``stats_refresh``, with the :class:`StatsSource` protocol connectors implement) sit in
their own modules; the names are re-exported here.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select

from smmdesk_gui.domain import metrics as m
from smmdesk_gui.services.stats.period import Period, workspace_zone
from smmdesk_gui.services.stats.refresh import (
    PostRef,
    RefreshReport,
    StatsSource,
    refresh,
    register_source,
    registered_sources,
    unregister_source,
)
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

__all__ = [
    "DashboardData",
    "Kpis",
    "Period",
    "PostFigures",
    "PostRef",
    "RefreshReport",
    "StatsSource",
    "account_choices",
    "dashboard_data",
    "has_figures",
    "kpis",
    "post_figures",
    "refresh",
    "register_source",
    "registered_sources",
    "suggested_slots",
    "suggested_times",
    "unregister_source",
    "workspace_zone",
]

POST_METRICS = m.POST_METRICS
FOLLOWERS = "followers"
HEATMAP_MIN_DAYS = 90  # the best-time map looks at least this far back: a week is too thin
TOP_POSTS = 5
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


@dataclass(frozen=True)
class Kpis:
    """The headline figures of one period."""

    period: Period
    account_id: int | None
    followers_start: float | None
    followers_end: float | None
    growth: m.Figure
    growth_rate: m.Figure
    posts: int
    reach: float | None
    impressions: float | None
    clicks: float | None
    interactions: m.Interactions
    er_reach: m.Figure
    er_followers: m.Figure
    reach_rate: m.Figure
    ctr: m.Figure
    spend: dict[str, float]
    ad_impressions: int | None
    ad_clicks: int | None
    leads: int | None
    cpm: m.Figure
    cpc: m.Figure
    cpl: m.Figure
    cost_per_follower: m.Figure
    best_post: PostFigures | None


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard and the monthly report draw, computed off the GUI thread."""

    current: Kpis
    previous: Kpis
    followers_series: list[tuple[dt.date, float]]
    posts: list[PostFigures]  # the period's posts, oldest first
    heatmap: m.Heatmap
    heatmap_period: Period
    rubrics: list[m.RubricPerformance]
    top: list[PostFigures]
    bottom: list[PostFigures]
    timings: dict[str, float] = field(default_factory=dict)


def _sum(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _title(title: str | None, text: str | None) -> str:
    """The post's title, else the first line of its text."""
    if title:
        return title[:120]
    lines = (text or "").strip().splitlines()
    return lines[0][:120] if lines else ""


def account_choices(store: Store) -> list[tuple[int, str]]:
    """``(id, "platform · handle")`` for every account, for pickers."""
    with store.session_scope() as s:
        rows = s.execute(
            select(Account.id, Account.platform, Account.handle).order_by(
                Account.platform, Account.handle
            )
        ).all()
    return [(r.id, f"{r.platform} · {r.handle}") for r in rows]


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


def _followers_ends(
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


def _spend(
    store: Store, period: Period, account_id: int | None
) -> tuple[dict[str, float], int | None, int | None, int | None]:
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


def kpis(
    store: Store,
    period: Period,
    account_id: int | None = None,
    tz: dt.tzinfo | None = None,
    posts: list[PostFigures] | None = None,
) -> Kpis:
    """The headline KPIs of ``period`` for one account or all (``account_id=None``)."""
    tz = tz or workspace_zone(store)
    start, end = period.bounds(tz)
    if posts is None:
        posts = post_figures(store, start, end, account_id)
    f_start, f_end = _followers_ends(store, start, end, account_id)
    reach = _sum(p.figures.get("reach") for p in posts)
    impressions = _sum(p.figures.get("impressions") for p in posts)
    clicks = _sum(p.figures.get("clicks") for p in posts)
    parts = sorted({k for p in posts for k in p.interactions.parts}, key=m.INTERACTION_PARTS.index)
    total_inter = _sum(p.interactions.total for p in posts)
    inter = m.Interactions(total_inter, tuple(parts))
    # ER by reach only over posts that have both a reach and interactions: no mixed bases
    with_reach = [p for p in posts if p.interactions.ok and p.figures.get("reach")]
    inter_r = m.Interactions(
        _sum(p.interactions.total for p in with_reach),
        tuple(
            sorted(
                {k for p in with_reach for k in p.interactions.parts}, key=m.INTERACTION_PARTS.index
            )
        ),
    )
    er_reach = m.engagement_rate_by_reach(inter_r, _sum(p.figures["reach"] for p in with_reach))
    with_inter = [p for p in posts if p.interactions.ok]
    er_followers = m.engagement_rate_by_followers(
        m.Interactions(_sum(p.interactions.total for p in with_inter), inter.parts),
        len(with_inter),
        f_end,
    )
    with_reach_only = [p for p in posts if p.figures.get("reach") is not None]
    reach_rate = m.reach_rate(
        _sum(p.figures["reach"] for p in with_reach_only), len(with_reach_only), f_end
    )
    spend, ad_impr, ad_clicks, leads = _spend(store, period, account_id)
    one_currency = next(iter(spend.values())) if len(spend) == 1 else None
    growth = m.growth(f_start, f_end)
    ranked = [p for p in posts if p.score is not None]
    best = max(ranked, key=lambda p: (p.score or 0.0, p.interactions.total or 0.0), default=None)
    if best is None and with_inter:
        best = max(with_inter, key=lambda p: p.interactions.total or 0.0)
    return Kpis(
        period=period,
        account_id=account_id,
        followers_start=f_start,
        followers_end=f_end,
        growth=growth,
        growth_rate=m.growth_rate(f_start, f_end),
        posts=len(posts),
        reach=reach,
        impressions=impressions,
        clicks=clicks,
        interactions=inter,
        er_reach=er_reach,
        er_followers=er_followers,
        reach_rate=reach_rate,
        ctr=m.ctr(clicks, impressions, reach),
        spend=spend,
        ad_impressions=ad_impr,
        ad_clicks=ad_clicks,
        leads=leads,
        cpm=m.cpm(one_currency, ad_impr),
        cpc=m.cpc(one_currency, ad_clicks),
        cpl=m.cpl(one_currency, leads),
        cost_per_follower=m.cost_per_follower(one_currency, growth.value),
        best_post=best,
    )


def _heatmap_samples(posts: Iterable[PostFigures], tz: dt.tzinfo) -> list[tuple[int, int, float]]:
    out = []
    for p in posts:
        if p.er_reach.value is None:
            continue
        local = p.published_at.astimezone(tz)
        out.append((local.weekday(), local.hour, p.er_reach.value))
    return out


def _rubric_shares(store: Store) -> dict[str, float]:
    with store.session_scope() as s:
        rows = s.execute(select(Rubric.name, Rubric.target_share)).all()
    return {name: float(share) for name, share in rows if share}


def has_figures(store: Store) -> bool:
    """Whether the workspace holds any figure at all (else the Dashboard shows its empty state)."""
    with store.session_scope() as s:
        return s.scalar(select(MetricSnapshot.id).limit(1)) is not None


def dashboard_data(
    store: Store,
    period: Period,
    account_id: int | None = None,
    tz: dt.tzinfo | None = None,
) -> DashboardData:
    """All the dashboard shows for ``period`` (and the previous period for comparison)."""
    import time

    t0 = time.perf_counter()
    tz = tz or workspace_zone(store)
    heat_period = period
    if period.days < HEATMAP_MIN_DAYS:
        heat_period = Period(period.last - dt.timedelta(days=HEATMAP_MIN_DAYS - 1), period.last)
    h_start, h_end = heat_period.bounds(tz)
    heat_posts = post_figures(store, h_start, h_end, account_id)
    start, end = period.bounds(tz)
    posts = [p for p in heat_posts if start <= p.published_at < end]
    current = kpis(store, period, account_id, tz, posts)
    previous = kpis(store, period.previous(), account_id, tz)
    series = followers_series(store, period, tz, account_id)
    heat = m.best_time_heatmap(_heatmap_samples(heat_posts, tz))
    rubrics = m.rubric_performance(
        ((p.rubric or "—", p.er_reach.value) for p in posts), _rubric_shares(store)
    )
    ranked = sorted(
        (p for p in posts if p.score is not None),
        key=lambda p: (p.score or 0.0, p.interactions.total or 0.0),
        reverse=True,
    )
    top = ranked[:TOP_POSTS]
    bottom = list(reversed(ranked[-TOP_POSTS:])) if len(ranked) > TOP_POSTS else []
    return DashboardData(
        current=current,
        previous=previous,
        followers_series=series,
        posts=posts,
        heatmap=heat,
        heatmap_period=heat_period,
        rubrics=rubrics,
        top=top,
        bottom=bottom,
        timings={"queries_ms": (time.perf_counter() - t0) * 1000.0},
    )


def suggested_times(
    store: Store,
    account_id: int | None = None,
    count: int = 3,
    today: dt.date | None = None,
    days: int = 180,
) -> list[m.HeatCell]:
    """The best weekday/hour cells from the owner's own posts (for the composer and slots).

    Only cells with enough posts are suggested; an empty list means "not enough data yet".
    """
    tz = workspace_zone(store)
    today = today or dt.datetime.now(tz).date()
    period = Period.last_days(days, today)
    start, end = period.bounds(tz)
    posts = post_figures(store, start, end, account_id)
    return m.best_time_heatmap(_heatmap_samples(posts, tz)).best(count)


def suggested_slots(
    store: Store, account_id: int | None = None, count: int = 3, today: dt.date | None = None
) -> list[tuple[int, int]]:
    """:func:`suggested_times` as ``(weekday, minute_of_day)`` pairs, like ``TimeSlot`` rows."""
    return [(c.weekday, c.hour * 60) for c in suggested_times(store, account_id, count, today)]
