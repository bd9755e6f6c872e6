"""KPIs over MetricSnapshot history, against figures computed by hand (see conftest)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from smmdesk_gui.services.stats import kpis
from smmdesk_gui.services.stats.period import Period
from smmdesk_gui.store.db import Store

UTC = dt.UTC
OCT = Period.month(2026, 10)


def test_period_previous_and_bounds() -> None:
    assert OCT.previous() == Period.month(2026, 9)
    week = Period.last_days(7, dt.date(2026, 10, 14))
    assert week.first == dt.date(2026, 10, 8)
    assert week.previous() == Period(dt.date(2026, 10, 1), dt.date(2026, 10, 7))
    start, end = OCT.bounds(ZoneInfo("Europe/Berlin"))  # CEST until Oct 25, then CET
    assert start == dt.datetime(2026, 9, 30, 22, tzinfo=UTC)
    assert end == dt.datetime(2026, 10, 31, 23, tzinfo=UTC)
    assert Period.parse_month("2026-02").last == dt.date(2026, 2, 28)
    with pytest.raises(ValueError):
        Period.parse_month("2026-13")


def test_october_kpis_all_accounts(store: Store, october: dict[str, int]) -> None:
    k = kpis.kpis(store, OCT, tz=UTC)
    assert (k.followers_start, k.followers_end) == (1200, 1260)  # B starts at its first figure
    assert k.growth.value == 60
    assert k.growth_rate.value == pytest.approx(0.05)
    assert k.posts == 3  # the draft and September's post are not counted
    assert k.reach == 1500
    assert k.interactions.total == 72  # 48 + 15 + 9
    assert k.interactions.parts == ("likes", "comments", "shares", "saves")
    assert k.er_reach.value == pytest.approx(63 / 1500)  # only posts with a reach
    assert k.er_followers.value == pytest.approx(24 / 1260)  # 72 / 3 posts / followers
    assert k.reach_rate.value == pytest.approx(750 / 1260)
    assert not k.ctr.ok  # no clicks anywhere: not enough data, not 0 %
    assert k.spend == {"EUR": 30.0}
    assert k.cpm.value == pytest.approx(5.0)
    assert k.cpc.value == pytest.approx(0.5)
    assert k.cpl.value == pytest.approx(10.0)
    assert k.cost_per_follower.value == pytest.approx(0.5)
    assert k.best_post is not None and k.best_post.target_id == october["p1"]
    assert k.best_post.er_reach.value == pytest.approx(0.048)


def test_one_account_and_previous_period(store: Store, october: dict[str, int]) -> None:
    k = kpis.kpis(store, OCT, account_id=october["b"], tz=UTC)
    assert (k.followers_start, k.followers_end, k.posts) == (200, 210, 1)
    assert not k.er_reach.ok  # Bluesky reports no reach
    assert k.er_followers.value == pytest.approx(9 / 210)
    assert k.spend == {}
    assert not k.cpm.ok
    prev = kpis.kpis(store, OCT.previous(), tz=UTC)
    assert prev.posts == 1 and prev.er_reach.value == pytest.approx(8 / 400)
    assert prev.followers_end == 1000 and prev.growth.value == 0
    assert not prev.growth_rate.value  # 0 growth is a real 0 %


def test_empty_workspace_is_not_enough_data(store: Store) -> None:
    k = kpis.kpis(store, OCT, tz=UTC)
    assert k.posts == 0 and k.followers_end is None and k.best_post is None
    for fig in (k.growth_rate, k.er_reach, k.er_followers, k.reach_rate, k.ctr, k.cpm):
        assert fig.value is None and fig.reason == "not enough data"


def test_has_figures(store: Store) -> None:
    assert not kpis.has_figures(store)
    from smmdesk_gui.services.stats.entry import record_followers
    from smmdesk_gui.store.models import Account

    with store.session_scope() as s:
        account = Account(platform="instagram", handle="bakery")
        s.add(account)
        s.flush()
        account_id = account.id
    record_followers(store, account_id, 120, dt.datetime(2026, 10, 1, tzinfo=UTC))
    assert kpis.has_figures(store)


def test_dashboard_data(store: Store, october: dict[str, int]) -> None:
    d = kpis.dashboard_data(store, OCT, tz=UTC)
    assert d.current.posts == 3 and d.previous.posts == 1
    series = dict(d.followers_series)
    assert series[dt.date(2026, 10, 1)] == 1000  # carried from September 30
    assert series[dt.date(2026, 10, 5)] == 1200
    assert series[dt.date(2026, 10, 15)] == 1230
    assert series[dt.date(2026, 10, 31)] == 1260
    assert len(d.followers_series) == 31
    assert [p.target_id for p in d.top] == [october["p1"], october["p2"]]
    thu = d.heatmap.cell(3, 18)  # 2026-10-01 and -08 are Thursdays, both 18:00 UTC
    assert thu.samples == 2 and thu.thin and thu.mean == pytest.approx((0.048 + 0.03) / 2)
    assert d.heatmap_period.days == 90  # a month is too short for the best-time map
    assert d.heatmap.total_samples == 3  # September's post is inside the 90 days
    by = {r.rubric: r for r in d.rubrics}
    assert by["Selling"].posts == 2 and by["Selling"].planned_share == 0.5
    assert by["Selling"].engagement.value == pytest.approx(0.048)  # Bluesky post has no ER
    assert by["Useful"].engagement.value == pytest.approx(0.03)


def test_suggested_times_need_enough_posts(store: Store, october: dict[str, int]) -> None:
    assert kpis.suggested_times(store, today=dt.date(2026, 10, 31)) == []


def test_suggested_times_from_enough_posts(store: Store, october: dict[str, int]) -> None:
    from smmdesk_gui.services.stats.entry import record_post_figures
    from smmdesk_gui.services.workspace import set_setting
    from smmdesk_gui.store.models import Post, PostTarget

    set_setting(store, "timezone", "UTC")
    with store.session_scope() as s:  # a third Thursday-18:00 post makes that cell solid
        post = Post(text="third")
        s.add(post)
        s.flush()
        t = PostTarget(
            post_id=post.id,
            account_id=october["a"],
            state="published",
            published_at=dt.datetime(2026, 10, 15, 18, 5, tzinfo=UTC),
        )
        s.add(t)
        s.flush()
        target_id = t.id
    record_post_figures(store, target_id, {"reach": 100, "likes": 5})
    cells = kpis.suggested_times(store, today=dt.date(2026, 10, 31))
    assert [(c.weekday, c.hour, c.samples) for c in cells] == [(3, 18, 3)]
    assert cells[0].mean == pytest.approx((0.048 + 0.03 + 0.05) / 3)
    assert kpis.suggested_slots(store, today=dt.date(2026, 10, 31)) == [(3, 18 * 60)]
