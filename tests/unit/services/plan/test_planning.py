"""The plan's read side: range queries with filters, backlog, rubric mix, empty days, user zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from smmdesk_gui.services.plan.queries import (
    PlanFilter,
    PlanRange,
    empty_days,
    query_ideas,
    query_range,
    rubric_mix,
)
from smmdesk_gui.services.user_zone import set_user_zone, user_zone
from smmdesk_gui.store.models import TargetState
from tests.fakes.plan_workspace import Workspace, local

JUNE = dict(first=dt.date(2026, 6, 1), last=dt.date(2026, 6, 30))


def _june(ws: Workspace) -> PlanRange:
    return PlanRange.of_days(JUNE["first"], JUNE["last"], ws.tz)


def _fill(ws: Workspace) -> dict[str, int]:
    return {
        "croissant": ws.post(
            "Fresh croissants every morning 🥐",
            ["instagram:bakery", "x:bakery"],
            local("2026-06-02 12:30"),
            rubric="Product",
        ),
        "tip": ws.post(
            "How to keep bread fresh: wrap it in linen",
            ["mastodon:bakery"],
            local("2026-06-04 09:00"),
            rubric="Useful tips",
        ),
        "persian": ws.post(
            "نان تازه هر روز صبح",
            ["telegram:bakery_news"],
            local("2026-06-04 18:00"),
            rubric="Product",
            state=TargetState.FAILED.value,
        ),
        "idea": ws.post(
            "ПЕЧЕНЬЕ с корицей — идея", ["instagram:bakery"], None, rubric="Behind the scenes"
        ),
        "july": ws.post("Summer menu", ["x:bakery"], local("2026-07-01 09:00")),
        "norubric": ws.post("Closed on Monday", ["x:bakery"], local("2026-06-29 08:00")),
    }


def test_range_groups_targets_of_one_post_and_gives_local_times(ws: Workspace) -> None:
    ids = _fill(ws)
    rng = _june(ws)
    with ws.store.session_scope() as s:
        entries = query_range(s, rng.start, rng.end, ws.tz)
    assert [e.post_id for e in entries] == [
        ids["croissant"],
        ids["tip"],
        ids["persian"],
        ids["norubric"],
    ]
    first = entries[0]
    assert first.platforms == ("instagram", "x")
    assert first.local == dt.datetime(2026, 6, 2, 12, 30)
    assert first.rubric_name == "Product" and first.rubric_colour == "#e67e22"
    assert first.state == "scheduled" and first.movable
    assert entries[2].state == "failed"
    assert entries[3].rubric_id is None


def test_filters_by_account_platform_rubric_state_and_text(ws: Workspace) -> None:
    ids = _fill(ws)
    rng = _june(ws)

    def run(flt: PlanFilter) -> list[int]:
        with ws.store.session_scope() as s:
            return [e.post_id for e in query_range(s, rng.start, rng.end, ws.tz, flt)]

    assert run(PlanFilter(platforms=frozenset({"mastodon"}))) == [ids["tip"]]
    assert run(PlanFilter(account_ids=frozenset({ws.accounts["x:bakery"]}))) == [
        ids["croissant"],
        ids["norubric"],
    ]
    assert run(PlanFilter(rubric_ids=frozenset({ws.rubrics["Product"]}))) == [
        ids["croissant"],
        ids["persian"],
    ]
    assert run(PlanFilter(rubric_ids=frozenset({None}))) == [ids["norubric"]]
    assert run(PlanFilter(states=frozenset({"failed"}))) == [ids["persian"]]
    assert run(PlanFilter(text="BREAD")) == [ids["tip"]]
    assert run(PlanFilter(text="نان")) == [ids["persian"]]
    assert run(PlanFilter(text="🥐")) == [ids["croissant"]]
    assert run(PlanFilter(text="nothing like this")) == []


def test_ideas_backlog_filters_and_sorts(ws: Workspace) -> None:
    ids = _fill(ws)
    second = ws.post("Apple pie idea", ["x:bakery"], None, rubric="Product")
    with ws.store.session_scope() as s:
        all_ideas = query_ideas(s, sort="title")
        assert [i.post_id for i in all_ideas] == [second, ids["idea"]]
        # Case-insensitive search also for Cyrillic (SQLite's LIKE would not do that).
        found = query_ideas(s, PlanFilter(text="печенье"))
        assert [i.post_id for i in found] == [ids["idea"]]
        assert found[0].platforms == ("instagram",)
        assert [i.post_id for i in query_ideas(s, PlanFilter(platforms=frozenset({"x"})))] == [
            second
        ]
        assert [i.post_id for i in query_ideas(s, sort="rubric")] == [ids["idea"], second]


def test_rubric_mix_counts_each_post_once_against_targets(ws: Workspace) -> None:
    _fill(ws)
    rng = _june(ws)
    with ws.store.session_scope() as s:
        mix = rubric_mix(s, rng.start, rng.end)
    by_name = {m.name: m for m in mix}
    assert by_name["Product"].count == 2  # the croissant post has two targets: counted once
    assert by_name["Useful tips"].count == 1
    assert by_name["Behind the scenes"].count == 0
    assert by_name[""].count == 1 and by_name[""].rubric_id is None
    assert abs(by_name["Product"].actual_share - 0.5) < 1e-9
    assert by_name["Product"].target_share == 0.4


def test_empty_days_follow_the_slot_rhythm(ws: Workspace) -> None:
    _fill(ws)
    with ws.store.session_scope() as s:
        # X has weekday slots, Instagram Tue/Thu/Sat: the rhythm is Mon..Sat.
        days = empty_days(s, dt.date(2026, 6, 1), dt.date(2026, 6, 7), ws.tz)
    # Jun 2 (Tue) and Jun 4 (Thu) have posts; Sunday Jun 7 is not in the rhythm.
    assert days == [dt.date(2026, 6, d) for d in (1, 3, 5, 6)]
    with ws.store.session_scope() as s:
        only_ig = empty_days(
            s,
            dt.date(2026, 6, 1),
            dt.date(2026, 6, 7),
            ws.tz,
            PlanFilter(account_ids=frozenset({ws.accounts["instagram:bakery"]})),
        )
    assert only_ig == [dt.date(2026, 6, 4), dt.date(2026, 6, 6)]


def test_user_zone_setting_and_system_fallback(ws: Workspace) -> None:
    with ws.store.session_scope() as s:
        assert user_zone(s) == ZoneInfo("Europe/Amsterdam")
        set_user_zone(s, "Asia/Tehran")
    with ws.store.session_scope() as s:
        assert user_zone(s).key == "Asia/Tehran"
        set_user_zone(s, None)
    with ws.store.session_scope() as s:
        assert isinstance(user_zone(s), ZoneInfo)
        try:
            set_user_zone(s, "Mars/Olympus")
        except ValueError as exc:
            assert "Europe/Amsterdam" in str(exc)
        else:
            raise AssertionError("an unknown zone must be refused")


def test_month_range_bounds_across_dst(ws: Workspace) -> None:
    rng = PlanRange.of_days(dt.date(2026, 3, 1), dt.date(2026, 3, 31), ws.tz)
    assert rng.start == dt.datetime(2026, 2, 28, 23, 0, tzinfo=dt.UTC)
    assert rng.end == dt.datetime(2026, 3, 31, 22, 0, tzinfo=dt.UTC)
