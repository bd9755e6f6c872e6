"""Hand-computed cases for every KPI formula in domain/metrics.py."""

from __future__ import annotations

import math

import pytest

from smmdesk_gui.domain import metrics as m


def test_interactions_sum_only_what_is_present() -> None:
    i = m.interactions(likes=40, comments=5, shares=None, saves=3)
    assert i.total == 48
    assert i.parts == ("likes", "comments", "saves")
    assert m.interactions().total is None
    assert m.interactions().parts == ()
    # zero is data, not missing
    assert m.interactions(likes=0).total == 0
    assert m.interactions_from({"likes": 2, "shares": 1, "reach": 99}).total == 3


def test_engagement_rate_by_reach() -> None:
    # 48 interactions / 1,200 reach = 4 %
    er = m.engagement_rate_by_reach(m.interactions(40, 5, None, 3), 1200)
    assert er.value == pytest.approx(0.04)
    assert er.percent() == pytest.approx(4.0)
    assert er.inputs == ("likes", "comments", "saves")
    assert not m.engagement_rate_by_reach(m.interactions(1), 0).ok
    assert not m.engagement_rate_by_reach(m.interactions(1), None).ok
    no = m.engagement_rate_by_reach(m.interactions(), 500)
    assert no.value is None and no.reason == m.NOT_ENOUGH_DATA


def test_engagement_rate_by_followers() -> None:
    # 3 posts with 90 interactions in all = 30 per post; 30 / 1,500 followers = 2 %
    er = m.engagement_rate_by_followers(m.interactions(60, 20, 10), 3, 1500)
    assert er.value == pytest.approx(0.02)
    assert not m.engagement_rate_by_followers(m.interactions(60), 0, 1500).ok
    assert not m.engagement_rate_by_followers(m.interactions(60), 2, 0).ok


def test_growth_and_growth_rate() -> None:
    assert m.growth(1000, 1050).value == 50
    assert m.growth_rate(1000, 1050).value == pytest.approx(0.05)
    assert m.growth_rate(800, 760).value == pytest.approx(-0.05)
    assert not m.growth_rate(0, 10).ok  # no base: not "infinite growth"
    assert not m.growth_rate(None, 10).ok
    assert not m.growth(10, None).ok


def test_reach_rate() -> None:
    # 4 posts reaching 2,000 in all = 500 per post; 500 / 2,500 followers = 20 %
    assert m.reach_rate(2000, 4, 2500).value == pytest.approx(0.2)
    assert not m.reach_rate(2000, 0, 2500).ok
    assert not m.reach_rate(None, 4, 2500).ok


def test_ctr_prefers_impressions_and_says_so() -> None:
    c = m.ctr(30, 1500, reach=1000)  # 30 / 1,500 = 2 %
    assert c.value == pytest.approx(0.02) and c.inputs == ("impressions",)
    c = m.ctr(30, None, reach=1000)  # 30 / 1,000 = 3 %
    assert c.value == pytest.approx(0.03) and c.inputs == ("reach",)
    assert not m.ctr(30, 0, reach=0).ok
    assert not m.ctr(None, 100).ok


def test_paid_ratios() -> None:
    # 25.00 spent, 5,000 impressions, 125 clicks, 5 leads, 20 new followers
    assert m.cpm(25.0, 5000).value == pytest.approx(5.0)
    assert m.cpc(25.0, 125).value == pytest.approx(0.2)
    assert m.cpl(25.0, 5).value == pytest.approx(5.0)
    assert m.cost_per_follower(25.0, 20).value == pytest.approx(1.25)
    assert not m.cpm(25.0, 0).ok
    assert not m.cpc(25.0, None).ok
    assert not m.cpl(None, 5).ok
    assert not m.cost_per_follower(25.0, -3).ok  # lost followers: no cost per new one


def test_nan_and_inf_are_missing() -> None:
    assert not m.ratio(math.nan, 3).ok
    assert not m.ratio(3, math.inf).ok


def test_change_against_previous_period() -> None:
    assert m.change(m.Figure(0.06), m.Figure(0.04)).value == pytest.approx(0.5)
    assert m.change(m.Figure(-2), m.Figure(-4)).value == pytest.approx(0.5)
    assert not m.change(m.Figure(0.06), m.Figure(0.0)).ok
    assert not m.change(m.missing(), m.Figure(1)).ok


def test_best_time_heatmap_aggregates_and_flags_thin_cells() -> None:
    samples = [
        (3, 18, 0.06),
        (3, 18, 0.04),
        (3, 18, 0.05),  # Thu 18h: mean 5 %, 3 samples
        (0, 9, 0.10),
        (0, 9, 0.08),  # Mon 9h: mean 9 % but only 2 samples: thin
        (5, 12, 0.02),
        (5, 12, 0.03),
        (5, 12, 0.04),
        (5, 12, 0.03),  # Sat 12h: 3 %
        (9, 1, 0.5),
        (1, 24, 0.5),
        (2, 3, math.nan),  # ignored: out of range / no value
    ]
    hm = m.best_time_heatmap(samples, min_samples=3)
    thu = hm.cell(3, 18)
    assert thu.samples == 3 and thu.mean == pytest.approx(0.05) and not thu.thin
    mon = hm.cell(0, 9)
    assert mon.samples == 2 and mon.mean == pytest.approx(0.09) and mon.thin
    assert hm.cell(6, 23).samples == 0 and hm.cell(6, 23).mean is None and hm.cell(6, 23).thin
    assert hm.total_samples == 9
    best = hm.best(5)
    assert [(c.weekday, c.hour) for c in best] == [(3, 18), (5, 12)]  # thin Monday never wins


def test_rubric_performance_against_plan() -> None:
    posts = [
        ("Selling", 0.02),
        ("Selling", 0.04),
        ("Selling", None),
        ("Useful", 0.06),
    ]
    rows = m.rubric_performance(posts, {"Selling": 0.5, "Useful": 0.3, "Fun": 0.2})
    by = {r.rubric: r for r in rows}
    assert [r.rubric for r in rows] == ["Selling", "Useful", "Fun"]
    assert by["Selling"].posts == 3 and by["Selling"].samples == 2
    assert by["Selling"].share_of_posts.value == pytest.approx(0.75)
    assert by["Selling"].engagement.value == pytest.approx(0.03)
    # overall mean ER over posts that have one: (0.02 + 0.04 + 0.06) / 3 = 0.04
    assert by["Selling"].relative.value == pytest.approx(0.75)
    assert by["Useful"].relative.value == pytest.approx(1.5)
    assert by["Fun"].posts == 0 and not by["Fun"].engagement.ok
    assert by["Fun"].planned_share == 0.2 and by["Fun"].share_of_posts.value == 0
    assert m.rubric_performance([]) == []
