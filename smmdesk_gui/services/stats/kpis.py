"""Stats use cases (Qt-free): KPIs for a period against the period before, dashboard data.

The figures come from :mod:`.figures` (queries over the ``MetricSnapshot`` time series); the
formulas from :mod:`smmdesk_gui.domain.metrics`. This module only combines them.

Refreshing from the platforms (:mod:`.refresh`, with the :class:`StatsSource` protocol
connectors implement) and the figure queries are re-exported here for the screens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from smmdesk_gui.domain import metrics as m
from smmdesk_gui.services.stats.figures import (
    AccountPick,
    PostFigures,
    account_choices,
    account_picks,
    ad_spend_totals,
    followers_at_ends,
    followers_series,
    has_figures,
    post_figures,
    rubric_target_shares,
)
from smmdesk_gui.services.stats.period import Period
from smmdesk_gui.services.stats.refresh import (
    PostRef,
    RefreshReport,
    StatsSource,
    refresh,
    register_source,
    registered_sources,
    unregister_source,
)
from smmdesk_gui.services.workspace import workspace_zone
from smmdesk_gui.store.db import Store

__all__ = [
    "AccountPick",
    "DashboardData",
    "Kpis",
    "PlatformFigures",
    "Period",
    "PostFigures",
    "PostRef",
    "RefreshReport",
    "StatsSource",
    "account_choices",
    "account_picks",
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
]

HEATMAP_MIN_DAYS = 90  # the best-time map looks at least this far back: a week is too thin
TOP_POSTS = 5


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
class PlatformFigures:
    """One platform's share of the period: its posts, reach, interactions and best posts."""

    platform: str
    posts: int
    reach: float | None
    interactions: float | None
    er_reach: m.Figure
    top: list[PostFigures]


def platform_split(posts: Iterable[PostFigures], top: int = 3) -> list[PlatformFigures]:
    """Reach and engagement per platform, the platform with the most reach first."""
    by_platform: dict[str, list[PostFigures]] = {}
    for p in posts:
        by_platform.setdefault(p.platform, []).append(p)
    out = []
    for platform, group in by_platform.items():
        with_reach = [p for p in group if p.interactions.ok and p.figures.get("reach")]
        parts = tuple(
            sorted(
                {k for p in with_reach for k in p.interactions.parts}, key=m.INTERACTION_PARTS.index
            )
        )
        er = m.engagement_rate_by_reach(
            m.Interactions(_sum(p.interactions.total for p in with_reach), parts),
            _sum(p.figures["reach"] for p in with_reach),
        )
        ranked = sorted(
            group,
            key=lambda p: (p.score is not None, p.score or 0.0, p.interactions.total or 0.0),
            reverse=True,
        )
        out.append(
            PlatformFigures(
                platform=platform,
                posts=len(group),
                reach=_sum(p.figures.get("reach") for p in group),
                interactions=_sum(p.interactions.total for p in group),
                er_reach=er,
                top=ranked[:top],
            )
        )
    out.sort(key=lambda f: (-(f.reach or 0.0), -f.posts, f.platform))
    return out


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
    platforms: list[PlatformFigures] = field(default_factory=list)  # most reach first


def _sum(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


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
    f_start, f_end = followers_at_ends(store, start, end, account_id)
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
    spend, ad_impr, ad_clicks, leads = ad_spend_totals(store, period, account_id)
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


def dashboard_data(
    store: Store,
    period: Period,
    account_id: int | None = None,
    tz: dt.tzinfo | None = None,
    previous: Period | None = None,
) -> DashboardData:
    """All the dashboard shows for ``period`` (and the previous period for comparison).

    ``previous`` is the period to compare with; None: ``period.previous()`` (the Gregorian
    month before a whole Gregorian month). The window passes its calendar's: the Jalali month
    before a Jalali month, which has its own length.
    """
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
    before = kpis(store, previous or period.previous(), account_id, tz)
    series = followers_series(store, period, tz, account_id)
    heat = m.best_time_heatmap(_heatmap_samples(heat_posts, tz))
    rubrics = m.rubric_performance(
        ((p.rubric or "—", p.er_reach.value) for p in posts), rubric_target_shares(store)
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
        previous=before,
        followers_series=series,
        posts=posts,
        heatmap=heat,
        heatmap_period=heat_period,
        rubrics=rubrics,
        top=top,
        bottom=bottom,
        timings={"queries_ms": (time.perf_counter() - t0) * 1000.0},
        platforms=platform_split(posts),
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
