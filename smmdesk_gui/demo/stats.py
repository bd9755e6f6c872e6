"""A believable stats history for the demo bakery, on top of the base demo (``demo/workspace.py``).

Adds: a year of follower history before the base demo's 90 days; half a year of older posts at
varied hours (so the best-time map has strong, weak and thin cells); a weekly second snapshot per
post (figures keep growing after the first days: history, never overwritten); impressions for
Instagram; and a few boosted posts with ad spend (so CPM, CPC, CPL and cost per follower show).
"""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    AdSpend,
    MediaAsset,
    MetricSnapshot,
    MetricSource,
    Post,
    PostMedia,
    PostTarget,
    Rubric,
    TargetState,
)

TZ = ZoneInfo("Europe/Amsterdam")
# local hours an owner tried before settling on the slots; weight = how often
TRIED_HOURS = {8: 3, 10: 4, 12: 3, 15: 2, 17: 3, 19: 4, 21: 1}
# how well each hour works (multiplies engagement)
HOUR_EFFECT = {
    8: 0.8,
    9: 0.9,
    10: 1.25,
    11: 1.2,
    12: 1.0,
    15: 0.9,
    17: 1.3,
    18: 1.2,
    19: 1.35,
    21: 0.7,
}
BASE_REACH = {"instagram": 900, "bluesky": 160, "telegram": 420}


def seed(store: Store, paths: AppPaths, now: dt.datetime) -> None:
    rng = random.Random(7_2026)
    with store.session_scope() as s:
        accounts = list(s.scalars(select(Account).order_by(Account.id)))
        rubrics = list(s.scalars(select(Rubric).order_by(Rubric.position)))
        if not accounts or not rubrics:
            return
        _older_followers(s, accounts, rng, now)
        _older_posts(s, accounts, rubrics, rng, now)
        _weekly_snapshots(s, rng, now)
        _ads(s, accounts, rng, now)
        _pictures(s, rng)


def _older_followers(
    s: object, accounts: list[Account], rng: random.Random, now: dt.datetime
) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    for account in accounts:
        first = s.execute(
            select(MetricSnapshot.value, func.min(MetricSnapshot.taken_at)).where(
                MetricSnapshot.account_id == account.id, MetricSnapshot.metric == "followers"
            )
        ).one()
        if first[1] is None:
            continue
        value, start = float(first[0]), first[1]
        rows = []
        for day in range(1, 366):  # walk back: a little slower growth each month further back
            value -= rng.uniform(-0.6, 2.2) * max(value, 100) / 1200
            rows.append(
                MetricSnapshot(
                    account_id=account.id,
                    metric="followers",
                    value=float(int(max(value, 20))),
                    taken_at=start - dt.timedelta(days=day),
                    source=MetricSource.API.value,
                )
            )
        s.add_all(rows)


def _figures(platform: str, local_hour: int, rng: random.Random) -> dict[str, float]:
    effect = HOUR_EFFECT.get(local_hour, 1.0)
    reach = BASE_REACH[platform] * rng.uniform(0.6, 1.5) * (0.8 + 0.2 * effect)
    rate = effect * rng.uniform(0.6, 1.4)
    figures = {
        "reach": reach,
        "likes": reach * 0.05 * rate,
        "comments": reach * 0.005 * rate,
        "shares": reach * 0.006 * rate,
    }
    if platform == "instagram":
        figures["saves"] = reach * 0.01 * rate
        figures["impressions"] = reach * rng.uniform(1.2, 1.6)
    if platform == "telegram":
        return {"views": float(int(reach))}
    return {k: float(int(v)) for k, v in figures.items()}


def _older_posts(
    s: object, accounts: list[Account], rubrics: list[Rubric], rng: random.Random, now: dt.datetime
) -> None:
    from sqlalchemy.orm import Session

    from smmdesk_gui.demo.workspace import TEXTS

    assert isinstance(s, Session)
    today = now.astimezone(TZ).date()
    hours, weights = list(TRIED_HOURS), list(TRIED_HOURS.values())
    shares = [r.target_share or 0.1 for r in rubrics]
    for day_offset in range(-240, -61):
        day = today + dt.timedelta(days=day_offset)
        for account in accounts:
            if rng.random() > 0.33:
                continue
            hour = rng.choices(hours, weights)[0]
            when = dt.datetime.combine(day, dt.time(hour, rng.choice((0, 15, 30))), TZ)
            rubric = rng.choices(rubrics, weights=shares)[0]
            texts = TEXTS.get(rubric.name) or ("Fresh from the oven today.",)
            post = Post(
                text=rng.choice(texts),
                rubric_id=rubric.id,
                created_at=when.astimezone(dt.UTC) - dt.timedelta(days=3),
            )
            s.add(post)
            s.flush()
            target = PostTarget(
                post_id=post.id,
                account_id=account.id,
                state=TargetState.PUBLISHED.value,
                scheduled_at=when.astimezone(dt.UTC),
                published_at=when.astimezone(dt.UTC),
                remote_url=f"https://example.invalid/{account.platform}/{post.id}",
            )
            s.add(target)
            s.flush()
            taken = when.astimezone(dt.UTC) + dt.timedelta(days=2)
            # Rubric effect: useful tips are saved and shared more, offers less
            bonus = {"Useful tips": 1.25, "Offers": 0.75}.get(rubric.name, 1.0)
            for metric, value in _figures(account.platform, hour, rng).items():
                scaled = value if metric in ("reach", "impressions", "views") else value * bonus
                s.add(
                    MetricSnapshot(
                        target_id=target.id,
                        metric=metric,
                        value=float(int(scaled)),
                        taken_at=taken,
                        source=MetricSource.API.value,
                    )
                )


def _weekly_snapshots(s: object, rng: random.Random, now: dt.datetime) -> None:
    """A second reading a week after the first: figures keep growing a little."""
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    rows = s.execute(
        select(
            MetricSnapshot.target_id,
            MetricSnapshot.metric,
            MetricSnapshot.value,
            MetricSnapshot.taken_at,
            MetricSnapshot.source,
        ).where(MetricSnapshot.target_id.is_not(None))
    ).all()
    growth: dict[int, float] = {}
    for target_id, metric, value, taken, source in rows:
        later = taken + dt.timedelta(days=7)
        if later > now or target_id is None:
            continue
        g = growth.setdefault(target_id, rng.uniform(1.03, 1.18))
        s.add(
            MetricSnapshot(
                target_id=target_id,
                metric=metric,
                value=float(int(value * g)),
                taken_at=later,
                source=source,
            )
        )


def _ads(s: object, accounts: list[Account], rng: random.Random, now: dt.datetime) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    insta = next((a for a in accounts if a.platform == "instagram"), None)
    if insta is None:
        return
    today = now.astimezone(TZ).date()
    for weeks_ago in range(1, 26, 2):
        day = today - dt.timedelta(weeks=weeks_ago, days=rng.randint(0, 3))
        amount = round(rng.choice((15, 20, 25, 30)) * rng.uniform(0.9, 1.1), 2)
        impressions = int(amount * rng.uniform(160, 260))
        clicks = int(impressions * rng.uniform(0.008, 0.02))
        s.add(
            AdSpend(
                spent_on=day,
                platform="instagram",
                campaign=rng.choice(
                    ("Weekend boost", "Christmas stollen", "Sourdough is back", "New neighbours")
                ),
                amount=amount,
                currency="EUR",
                account_id=insta.id,
                impressions=impressions,
                clicks=clicks,
                leads=rng.randint(0, 4),
            )
        )


def _pictures(s: object, rng: random.Random) -> None:
    """Most Instagram posts carry a picture: reuse the demo library's (if it has any)."""
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    assets = list(s.scalars(select(MediaAsset.id).order_by(MediaAsset.id)))
    if not assets:
        return
    with_media = set(s.scalars(select(PostMedia.post_id)))
    posts = s.scalars(
        select(PostTarget.post_id)
        .join(Account, Account.id == PostTarget.account_id)
        .where(Account.platform == "instagram", PostTarget.state == TargetState.PUBLISHED.value)
    )
    for post_id in posts:
        if post_id not in with_media and rng.random() < 0.8:
            s.add(PostMedia(post_id=post_id, asset_id=rng.choice(assets), position=0))
            with_media.add(post_id)
