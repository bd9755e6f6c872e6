"""A small hand-made workspace whose KPIs are computed by hand in the tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    AdSpend,
    MetricSnapshot,
    Post,
    PostTarget,
    Rubric,
    TargetState,
)

UTC = dt.UTC


def at(day: str, hour: int = 12) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


def populate_october(store: Store) -> dict[str, int]:
    """Two accounts, four published posts (three in October 2026), one draft, one ad."""
    ids: dict[str, int] = {}
    with store.session_scope() as s:
        a = Account(platform="instagram", handle="bakery")
        b = Account(platform="bluesky", handle="bakery.bsky.social")
        selling = Rubric(name="Selling", target_share=0.5)
        useful = Rubric(name="Useful", target_share=0.3)
        s.add_all([a, b, selling, useful])
        s.flush()
        ids.update(a=a.id, b=b.id)

        def target(
            acc: Account,
            when: dt.datetime,
            rubric: Rubric | None,
            remote: str,
            state: str = TargetState.PUBLISHED.value,
        ) -> PostTarget:
            post = Post(
                title=f"post {remote}", text="text", rubric_id=rubric.id if rubric else None
            )
            s.add(post)
            s.flush()
            t = PostTarget(
                post_id=post.id,
                account_id=acc.id,
                state=state,
                published_at=when if state == TargetState.PUBLISHED.value else None,
                scheduled_at=when,
                remote_id=remote,
            )
            s.add(t)
            s.flush()
            return t

        p1 = target(a, at("2026-10-01", 18), selling, "ig1")  # a Thursday
        p2 = target(a, at("2026-10-08", 18), useful, "ig2")
        p3 = target(b, at("2026-10-10", 9), selling, "bs3")
        p4 = target(a, at("2026-09-20", 10), None, "ig4")
        target(a, at("2026-10-20", 10), None, "draft", TargetState.SCHEDULED.value)
        ids.update(p1=p1.id, p2=p2.id, p3=p3.id, p4=p4.id, post1=p1.post_id)

        def snap(
            metric: str,
            value: float,
            when: dt.datetime,
            *,
            acc: int | None = None,
            tgt: int | None = None,
        ) -> None:
            s.add(
                MetricSnapshot(
                    account_id=acc,
                    target_id=tgt,
                    metric=metric,
                    value=value,
                    taken_at=when,
                    source="api",
                )
            )

        snap("followers", 1000, at("2026-09-30"), acc=a.id)
        snap("followers", 1030, at("2026-10-15"), acc=a.id)
        snap("followers", 1050, at("2026-10-31"), acc=a.id)
        snap("followers", 200, at("2026-10-05"), acc=b.id)
        snap("followers", 210, at("2026-10-31"), acc=b.id)
        snap("likes", 20, at("2026-10-02"), tgt=p1.id)  # older figure: the later one counts
        for metric, value in {"reach": 1000, "likes": 40, "comments": 5, "saves": 3}.items():
            snap(metric, value, at("2026-10-09"), tgt=p1.id)
        for metric, value in {"reach": 500, "likes": 10, "comments": 0, "shares": 5}.items():
            snap(metric, value, at("2026-10-12"), tgt=p2.id)
        for metric, value in {"likes": 7, "shares": 2}.items():
            snap(metric, value, at("2026-10-12"), tgt=p3.id)
        for metric, value in {"reach": 400, "likes": 8}.items():
            snap(metric, value, at("2026-09-25"), tgt=p4.id)
        s.add(
            AdSpend(
                spent_on=dt.date(2026, 10, 3),
                platform="instagram",
                campaign="Autumn",
                amount=30.0,
                currency="EUR",
                account_id=a.id,
                impressions=6000,
                clicks=60,
                leads=3,
            )
        )
    return ids


def october_dashboard(ctx: Any, qtbot: Any) -> Any:
    """The Dashboard screen (a ``DashboardPage``) showing October 2026, in UTC and US English,
    once its figures are painted."""
    from PySide6.QtCore import QDate, QLocale

    from smmdesk_gui.services.workspace import set_setting
    from smmdesk_gui.ui.dashboard.page import DashboardPage
    from smmdesk_gui.ui.main_window import SCREEN_FACTORIES

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    set_setting(ctx.store, "timezone", "UTC")
    page = SCREEN_FACTORIES["dashboard"](ctx)
    assert isinstance(page, DashboardPage)
    qtbot.addWidget(page)
    page.on_shown()
    page.picker.first.setDate(QDate(2026, 10, 1))
    page.picker.last.setDate(QDate(2026, 10, 31))
    with qtbot.waitSignal(page.loaded):
        page.picker.set_key("custom")
    return page
