"""KPI formulas as pure functions: no I/O, no Qt, nothing of the project imported.

Every ratio returns a :class:`Figure`: either a value or the reason there is none ("not enough
data"). A division by zero or a missing input never becomes 0 % and never raises, so a screen can
show "not enough data" instead of a misleading number.

Definitions (the dashboard shows them in tooltips, see :data:`DEFINITIONS`):

- interactions = likes + comments + shares + saves, counting only those the platform reports;
- engagement rate by reach = interactions / reach;
- engagement rate by followers = interactions per post / followers;
- growth rate = (followers at the end - followers at the start) / followers at the start;
- reach rate = reach per post / followers;
- CTR = clicks / impressions (reach when the platform reports no impressions);
- CPM = spend / impressions x 1000; CPC = spend / clicks; CPL = spend / leads;
- cost per new follower = spend / (followers at the end - followers at the start).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

NOT_ENOUGH_DATA = "not enough data"

INTERACTION_PARTS: tuple[str, ...] = ("likes", "comments", "shares", "saves")
# Every per-post figure SMM Desk keeps (API, CSV import, manual entry).
POST_METRICS: tuple[str, ...] = ("reach", "impressions", *INTERACTION_PARTS, "clicks")


@dataclass(frozen=True)
class Figure:
    """A computed KPI: ``value`` or ``None`` with ``reason`` (never a fake 0)."""

    value: float | None
    reason: str = ""
    inputs: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.value is not None

    def percent(self) -> float | None:
        return None if self.value is None else self.value * 100.0


def missing(reason: str = NOT_ENOUGH_DATA, inputs: tuple[str, ...] = ()) -> Figure:
    return Figure(None, reason, inputs)


def _num(x: float | None) -> float | None:
    if x is None:
        return None
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    return float(x)


def ratio(
    numerator: float | None,
    denominator: float | None,
    *,
    scale: float = 1.0,
    inputs: tuple[str, ...] = (),
) -> Figure:
    """``numerator / denominator * scale``, or "not enough data" on a missing or zero base."""
    n, d = _num(numerator), _num(denominator)
    if n is None or d is None:
        return missing(inputs=inputs)
    if d <= 0:
        return missing(inputs=inputs)
    return Figure(n / d * scale, "", inputs)


@dataclass(frozen=True)
class Interactions:
    """The sum of the interaction kinds a platform reported, and which ones went in."""

    total: float | None
    parts: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return self.total is not None


def interactions(
    likes: float | None = None,
    comments: float | None = None,
    shares: float | None = None,
    saves: float | None = None,
) -> Interactions:
    """likes + comments + shares + saves where present; ``total`` is None when none is."""
    values = {"likes": likes, "comments": comments, "shares": shares, "saves": saves}
    used = tuple(k for k in INTERACTION_PARTS if _num(values[k]) is not None)
    if not used:
        return Interactions(None, ())
    return Interactions(sum(float(values[k] or 0.0) for k in used), used)


def interactions_from(figures: Mapping[str, float | None]) -> Interactions:
    """:func:`interactions` from a ``{metric: value}`` mapping (other keys are ignored)."""
    return interactions(*(figures.get(k) for k in INTERACTION_PARTS))


def engagement_rate_by_reach(inter: Interactions, reach: float | None) -> Figure:
    """Interactions / reach."""
    if inter.total is None:
        return missing(inputs=inter.parts)
    return ratio(inter.total, reach, inputs=inter.parts)


def engagement_rate_by_followers(
    inter: Interactions, posts: int, followers: float | None
) -> Figure:
    """Interactions per post / followers (the usual "ER" of the industry)."""
    if inter.total is None or posts <= 0:
        return missing(inputs=inter.parts)
    return ratio(inter.total / posts, followers, inputs=inter.parts)


def growth(start: float | None, end: float | None) -> Figure:
    """Absolute follower change end - start (a figure, so missing ends stay visible)."""
    s, e = _num(start), _num(end)
    if s is None or e is None:
        return missing()
    return Figure(e - s)


def growth_rate(start: float | None, end: float | None) -> Figure:
    """(end - start) / start."""
    s, e = _num(start), _num(end)
    if s is None or e is None:
        return missing()
    return ratio(e - s, s)


def reach_rate(reach: float | None, posts: int, followers: float | None) -> Figure:
    """Reach per post / followers: which share of the audience a post reaches."""
    if posts <= 0:
        return missing()
    r = _num(reach)
    return ratio(None if r is None else r / posts, followers)


def ctr(clicks: float | None, impressions: float | None, reach: float | None = None) -> Figure:
    """Clicks / impressions, or clicks / reach without impressions (``inputs`` says which)."""
    if _num(impressions) is not None and (impressions or 0) > 0:
        return ratio(clicks, impressions, inputs=("impressions",))
    return ratio(clicks, reach, inputs=("reach",))


def cpm(spend: float | None, impressions: float | None) -> Figure:
    """Spend per thousand impressions."""
    return ratio(spend, impressions, scale=1000.0)


def cpc(spend: float | None, clicks: float | None) -> Figure:
    """Spend per click."""
    return ratio(spend, clicks)


def cpl(spend: float | None, leads: float | None) -> Figure:
    """Spend per lead."""
    return ratio(spend, leads)


def cost_per_follower(spend: float | None, new_followers: float | None) -> Figure:
    """Spend per new follower (no figure when followers did not grow)."""
    return ratio(spend, new_followers)


def change(current: Figure, previous: Figure) -> Figure:
    """Relative change of a figure against the previous period: (cur - prev) / |prev|."""
    if current.value is None or previous.value is None or previous.value == 0:
        return missing()
    return Figure((current.value - previous.value) / abs(previous.value))


# --- best time to post -------------------------------------------------------------------------

WEEKDAYS = 7
HOURS = 24
DEFAULT_MIN_SAMPLES = 3


@dataclass(frozen=True)
class HeatCell:
    weekday: int  # Monday = 0
    hour: int
    samples: int
    mean: float | None  # mean engagement rate of the posts published in this hour
    thin: bool  # fewer samples than the minimum: show greyed, never recommend


@dataclass(frozen=True)
class Heatmap:
    cells: tuple[tuple[HeatCell, ...], ...]  # [weekday][hour]
    min_samples: int
    total_samples: int

    def cell(self, weekday: int, hour: int) -> HeatCell:
        return self.cells[weekday][hour]

    def best(self, count: int = 3) -> list[HeatCell]:
        """The strongest cells with enough samples, best first (ties: more samples first)."""
        solid = [c for row in self.cells for c in row if not c.thin and c.mean is not None]
        solid.sort(key=lambda c: (-(c.mean or 0.0), -c.samples, c.weekday, c.hour))
        return solid[:count]


def best_time_heatmap(
    samples: Iterable[tuple[int, int, float]], min_samples: int = DEFAULT_MIN_SAMPLES
) -> Heatmap:
    """Aggregate ``(weekday, hour, engagement rate)`` samples (local time) into a 7x24 grid.

    Cells with fewer than ``min_samples`` posts are flagged ``thin``: too few to trust.
    """
    sums = [[0.0] * HOURS for _ in range(WEEKDAYS)]
    counts = [[0] * HOURS for _ in range(WEEKDAYS)]
    total = 0
    for weekday, hour, value in samples:
        v = _num(value)
        if v is None or not (0 <= weekday < WEEKDAYS and 0 <= hour < HOURS):
            continue
        sums[weekday][hour] += v
        counts[weekday][hour] += 1
        total += 1
    cells = tuple(
        tuple(
            HeatCell(
                weekday=d,
                hour=h,
                samples=counts[d][h],
                mean=sums[d][h] / counts[d][h] if counts[d][h] else None,
                thin=counts[d][h] < min_samples,
            )
            for h in range(HOURS)
        )
        for d in range(WEEKDAYS)
    )
    return Heatmap(cells=cells, min_samples=min_samples, total_samples=total)


# --- rubric performance ------------------------------------------------------------------------


@dataclass(frozen=True)
class RubricPerformance:
    rubric: str
    posts: int
    share_of_posts: Figure  # this rubric's posts / all posts in the period
    planned_share: float | None  # the rubric's target share of the plan (0..1), if set
    engagement: Figure  # mean engagement rate of its posts
    samples: int  # posts that had an engagement rate
    relative: Figure = field(default_factory=missing)  # mean ER / mean ER of all posts


def rubric_performance(
    posts: Iterable[tuple[str, float | None]],
    planned_shares: Mapping[str, float] | None = None,
) -> list[RubricPerformance]:
    """Average engagement per rubric against its share of the plan.

    Args:
        posts: ``(rubric name, engagement rate or None)`` per published post.
        planned_shares: rubric name -> target share of the plan (0..1); a rubric with a plan
            share but no posts still appears, with 0 posts.
    """
    planned = dict(planned_shares or {})
    counts: dict[str, int] = {}
    rates: dict[str, list[float]] = {}
    for name, er in posts:
        counts[name] = counts.get(name, 0) + 1
        v = _num(er)
        if v is not None:
            rates.setdefault(name, []).append(v)
    for name in planned:
        counts.setdefault(name, 0)
    total = sum(counts.values())
    all_rates = [v for vs in rates.values() for v in vs]
    overall = sum(all_rates) / len(all_rates) if all_rates else None
    out = []
    for name in sorted(counts, key=lambda n: (-counts[n], n)):
        vs = rates.get(name, [])
        mean = Figure(sum(vs) / len(vs)) if vs else missing()
        rel = ratio(mean.value, overall) if mean.ok else missing()
        out.append(
            RubricPerformance(
                rubric=name,
                posts=counts[name],
                share_of_posts=ratio(counts[name], total),
                planned_share=planned.get(name),
                engagement=mean,
                samples=len(vs),
                relative=rel,
            )
        )
    return out


# --- definitions shown in tooltips -------------------------------------------------------------

DEFINITIONS: dict[str, str] = {
    "interactions": "Likes + comments + shares + saves, counting those the platform reports.",
    "er_reach": "Engagement rate by reach: interactions / reach of the posts.",
    "er_followers": "Engagement rate by followers: interactions per post / followers.",
    "growth_rate": "Growth: (followers at the end - followers at the start) / followers at the "
    "start of the period.",
    "reach_rate": "Reach rate: reach per post / followers.",
    "ctr": "Click-through rate: clicks / impressions (or reach, if there are no impressions).",
    "cpm": "CPM: ad spend per 1,000 ad impressions.",
    "cpc": "CPC: ad spend / ad clicks.",
    "cpl": "CPL: ad spend / leads.",
    "cost_per_follower": "Cost per new follower: ad spend / new followers in the period.",
}
