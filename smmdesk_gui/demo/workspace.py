"""The demo workspace: a small bakery with three accounts, a content plan and a stats history.

Built in its own data folder (``paths.demo_home()``), so a newcomer sees every screen working at
once without touching their real data. Each feature adds its own demo data with a module listed in
``DEMO_SEEDERS`` that exposes ``seed(store, paths, now)``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    MetricSnapshot,
    MetricSource,
    Post,
    PostTarget,
    Rubric,
    Setting,
    Snippet,
    TargetState,
    TimeSlot,
)

DEMO_TIMEZONE = "Europe/Amsterdam"
DEMO_SEEDERS: tuple[str, ...] = (
    "smmdesk_gui.demo.media",
    "smmdesk_gui.demo.plan",
    "smmdesk_gui.demo.composer",
    "smmdesk_gui.demo.stats",
)


@dataclass(frozen=True)
class DemoAccount:
    platform: str
    handle: str
    display_name: str
    base_url: str | None = None
    channel: str | None = None
    followers: int = 500


ACCOUNTS = (
    DemoAccount("instagram", "korenbloem.bakery", "Korenbloem Bakery", followers=2140),
    DemoAccount(
        "bluesky",
        "korenbloem.bsky.social",
        "Korenbloem Bakery",
        "https://bsky.social",
        followers=380,
    ),
    DemoAccount(
        "telegram", "korenbloem_news", "Korenbloem news", channel="@korenbloem_news", followers=610
    ),
)

RUBRICS = (  # name, colour, target share
    ("Product", "#e07a5f", 0.35),
    ("Useful tips", "#3d85c6", 0.20),
    ("Behind the scenes", "#81b29a", 0.20),
    ("Customer stories", "#f2cc8f", 0.15),
    ("Offers", "#9b5de5", 0.10),
)

TEXTS: dict[str, tuple[str, ...]] = {
    "Product": (
        "Our sourdough loaf is back: 36 hours of slow fermentation, a crackling crust. #sourdough",
        "New this week: cardamom buns, rolled by hand every morning at 6. #bakery #cardamom",
        "The rye and walnut bread pairs with any cheese. Try it this weekend! #ryebread",
        "Croissants with 27 layers of real butter, baked twice a day. #croissant",
        "Apple pie season has started: Dutch apples, a lattice top and lots of cinnamon.",
    ),
    "Useful tips": (
        "Tip: keep bread in a linen bag, not in the fridge. It stays fresh for three days.",
        "Stale bread? Slice it, toast it with olive oil and garlic: instant croutons.",
        "How to revive a baguette: a splash of water and 5 minutes at 180 °C.",
        "Freezing bread: slice it first, then toast straight from the freezer.",
    ),
    "Behind the scenes": (
        "5:30 am: the first batch goes into the oven. Meet Anna, our early-shift baker.",
        "Feeding our sourdough starter, Bertha. She is 12 years old this month!",
        "Our flour comes from a windmill 20 km away. We visited the miller this week.",
        "What a bakery looks like at 4 am: flour, music and a lot of coffee.",
    ),
    "Customer stories": (
        "Marieke has bought our rye every Saturday for ten years. Thank you, Marieke!",
        "A birthday cake for a 100-year-old neighbour: congratulations, Mr de Vries!",
        "You asked, we listened: gluten-free brownies are here to stay.",
    ),
    "Offers": (
        "This Friday only: two loaves for the price of one after 16:00. #offer",
        "Pre-order your Christmas stollen now and get 10% off. Link in bio.",
        "Bring your own bag this week and get a free cookie with your bread.",
    ),
}

# weekday (Mon=0), local minutes after midnight
SLOTS = {
    "instagram": ((1, 12 * 60 + 30), (3, 12 * 60 + 30), (5, 10 * 60)),
    "bluesky": ((0, 9 * 60), (2, 18 * 60), (4, 9 * 60)),
    "telegram": ((1, 8 * 60), (4, 8 * 60)),
}


def is_empty(store: Store) -> bool:
    with store.session_scope() as s:
        return (s.scalar(select(func.count(Account.id))) or 0) == 0


def build_demo(store: Store, paths: AppPaths, now: dt.datetime | None = None) -> None:
    """Fill an empty store with the demo bakery. Does nothing to a store that has accounts."""
    if not is_empty(store):
        return
    now = now or dt.datetime.now(dt.UTC)
    rng = random.Random(20261122)
    tz = ZoneInfo(DEMO_TIMEZONE)
    with store.session_scope() as s:
        s.add(Setting(key="timezone", value=DEMO_TIMEZONE))
        s.add(Setting(key="demo", value=True))
        accounts = []
        demo = Problem("account_demo")
        for a in ACCOUNTS:
            account = Account(
                platform=a.platform,
                handle=a.handle,
                display_name=a.display_name,
                base_url=a.base_url,
                channel=a.channel,
                settings={"demo": True},
                state_message=demo.message,
                state_problem=demo.as_json(),
            )
            s.add(account)
            accounts.append(account)
        rubrics = []
        for position, (name, colour, share) in enumerate(RUBRICS):
            rubric = Rubric(name=name, colour=colour, target_share=share, position=position)
            s.add(rubric)
            rubrics.append(rubric)
        s.add_all(
            [
                Snippet(
                    kind="hashtags", name="Bakery basics", body="#bakery #freshbread #amsterdam"
                ),
                Snippet(kind="hashtags", name="Sourdough", body="#sourdough #realbread #slowfood"),
                Snippet(kind="template", name="Signature", body="— Korenbloem Bakery, open 7-18"),
            ]
        )
        s.flush()
        for account in accounts:
            for weekday, minute in SLOTS[account.platform]:
                s.add(TimeSlot(account_id=account.id, weekday=weekday, minute_of_day=minute))
        _posts(s, accounts, rubrics, rng, now, tz)
        _follower_history(s, accounts, rng, now)
    for name in DEMO_SEEDERS:
        importlib.import_module(name).seed(store, paths, now)


def _posts(
    s: object,
    accounts: list[Account],
    rubrics: list[Rubric],
    rng: random.Random,
    now: dt.datetime,
    tz: ZoneInfo,
) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    today = now.astimezone(tz).date()
    shares = [r.target_share for r in rubrics]
    for day_offset in range(-60, 31):
        day = today + dt.timedelta(days=day_offset)
        weekday = day.weekday()
        for account in accounts:
            for slot_day, minute in SLOTS[account.platform]:
                if slot_day != weekday or rng.random() < 0.15:
                    continue
                rubric = rng.choices(rubrics, weights=shares)[0]
                text = rng.choice(TEXTS[rubric.name])
                local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tz)
                when = local.astimezone(dt.UTC)
                post = Post(text=text, rubric_id=rubric.id, created_at=when - dt.timedelta(days=7))
                s.add(post)
                s.flush()
                published = when < now
                target = PostTarget(
                    post_id=post.id,
                    account_id=account.id,
                    scheduled_at=when,
                    state=(TargetState.PUBLISHED if published else TargetState.SCHEDULED).value,
                    published_at=when if published else None,
                    remote_url=(
                        f"https://example.invalid/{account.platform}/{post.id}"
                        if published
                        else None
                    ),
                )
                s.add(target)
                if published:
                    s.flush()
                    _post_metrics(s, target, account.platform, rng, when, now)
    for idea in (
        "Video: how we shape a baguette",
        "Poll: which bread should come back?",
        "Meet the team: Joost, our pastry chef",
    ):
        s.add(Post(text=idea, rubric_id=rubrics[2].id))


def _post_metrics(
    s: object,
    target: PostTarget,
    platform: str,
    rng: random.Random,
    when: dt.datetime,
    now: dt.datetime,
) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    base = {"instagram": 900, "bluesky": 160, "telegram": 420}[platform]
    hour_bonus = 1.3 if when.hour in (10, 11, 16, 17) else 1.0
    reach = int(base * hour_bonus * rng.uniform(0.6, 1.6))
    taken = min(now, when + dt.timedelta(days=2))
    figures = {
        "reach": reach,
        "likes": int(reach * rng.uniform(0.03, 0.09)),
        "comments": int(reach * rng.uniform(0.002, 0.01)),
        "shares": int(reach * rng.uniform(0.002, 0.012)),
    }
    if platform == "instagram":
        figures["saves"] = int(reach * rng.uniform(0.005, 0.02))
    if platform == "telegram":
        figures = {"views": reach}
    for metric, value in figures.items():
        s.add(
            MetricSnapshot(
                target_id=target.id,
                metric=metric,
                value=float(value),
                taken_at=taken,
                source=MetricSource.CSV.value
                if platform == "instagram"
                else MetricSource.API.value,
            )
        )


def _follower_history(
    s: object, accounts: list[Account], rng: random.Random, now: dt.datetime
) -> None:
    from sqlalchemy.orm import Session

    assert isinstance(s, Session)
    for account, demo in zip(accounts, ACCOUNTS, strict=True):
        followers = float(demo.followers) * 0.85
        for day in range(90, -1, -1):
            taken = (now - dt.timedelta(days=day)).replace(
                hour=6, minute=0, second=0, microsecond=0
            )
            followers += rng.uniform(-1.0, 4.5) * demo.followers / 800
            s.add(
                MetricSnapshot(
                    account_id=account.id,
                    metric="followers",
                    value=float(int(followers)),
                    taken_at=taken,
                    source=MetricSource.API.value,
                )
            )
