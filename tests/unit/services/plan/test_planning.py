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
from smmdesk_gui.services.workspace import set_workspace_zone, workspace_zone
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
    entries = query_range(ws.store, rng.start, rng.end, ws.tz)
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
        return [e.post_id for e in query_range(ws.store, rng.start, rng.end, ws.tz, flt)]

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
    s = ws.store
    all_ideas = query_ideas(s, sort="title")
    assert [i.post_id for i in all_ideas] == [second, ids["idea"]]
    # Case-insensitive search also for Cyrillic (SQLite's LIKE would not do that).
    found = query_ideas(s, PlanFilter(text="печенье"))
    assert [i.post_id for i in found] == [ids["idea"]]
    assert found[0].platforms == ("instagram",)
    assert [i.post_id for i in query_ideas(s, PlanFilter(platforms=frozenset({"x"})))] == [second]
    assert [i.post_id for i in query_ideas(s, sort="rubric")] == [ids["idea"], second]


def test_rubric_mix_counts_each_post_once_against_targets(ws: Workspace) -> None:
    _fill(ws)
    rng = _june(ws)
    mix = rubric_mix(ws.store, rng.start, rng.end)
    by_name = {m.name: m for m in mix}
    assert by_name["Product"].count == 2  # the croissant post has two targets: counted once
    assert by_name["Useful tips"].count == 1
    assert by_name["Behind the scenes"].count == 0
    assert by_name[""].count == 1 and by_name[""].rubric_id is None
    assert abs(by_name["Product"].actual_share - 0.5) < 1e-9
    assert by_name["Product"].target_share == 0.4


def test_empty_days_follow_the_slot_rhythm(ws: Workspace) -> None:
    _fill(ws)
    # X has weekday slots, Instagram Tue/Thu/Sat: the rhythm is Mon..Sat.
    days = empty_days(ws.store, dt.date(2026, 6, 1), dt.date(2026, 6, 7), ws.tz)
    # Jun 2 (Tue) and Jun 4 (Thu) have posts; Sunday Jun 7 is not in the rhythm.
    assert days == [dt.date(2026, 6, d) for d in (1, 3, 5, 6)]
    only_ig = empty_days(
        ws.store,
        dt.date(2026, 6, 1),
        dt.date(2026, 6, 7),
        ws.tz,
        PlanFilter(account_ids=frozenset({ws.accounts["instagram:bakery"]})),
    )
    assert only_ig == [dt.date(2026, 6, 4), dt.date(2026, 6, 6)]


def test_user_zone_setting_and_system_fallback(ws: Workspace) -> None:
    assert workspace_zone(ws.store) == ZoneInfo("Europe/Amsterdam")
    set_workspace_zone(ws.store, "Asia/Tehran")
    assert workspace_zone(ws.store).key == "Asia/Tehran"
    set_workspace_zone(ws.store, None)
    assert isinstance(workspace_zone(ws.store), ZoneInfo)
    try:
        set_workspace_zone(ws.store, "Mars/Olympus")
    except ValueError as exc:
        assert "Europe/Amsterdam" in str(exc)
    else:
        raise AssertionError("an unknown zone must be refused")


def test_month_range_bounds_across_dst(ws: Workspace) -> None:
    rng = PlanRange.of_days(dt.date(2026, 3, 1), dt.date(2026, 3, 31), ws.tz)
    assert rng.start == dt.datetime(2026, 2, 28, 23, 0, tzinfo=dt.UTC)
    assert rng.end == dt.datetime(2026, 3, 31, 22, 0, tzinfo=dt.UTC)


def test_the_plan_view_reads_the_users_zone_in_the_same_unit_of_work(ws: Workspace) -> None:
    from smmdesk_gui.services.plan.view import imported_posts, load_view
    from smmdesk_gui.services.workspace import workspace_zone

    ids = _fill(ws)
    assert workspace_zone(ws.store) == ZoneInfo("Europe/Amsterdam")
    view = load_view(ws.store, JUNE["first"], JUNE["last"])
    assert view.zone == "Europe/Amsterdam"
    assert [e.post_id for e in view.entries][:2] == [ids["croissant"], ids["tip"]]
    assert view.ideas is not None and [i.post_id for i in view.ideas] == [ids["idea"]]
    landed = imported_posts(ws.store, [ids["idea"], ids["july"], ids["tip"]])
    assert landed.ideas == 1 and landed.first_at == local("2026-06-04 09:00")
    assert imported_posts(ws.store, [ids["idea"]]).first_at is None


def test_every_plan_use_case_takes_the_store_not_a_session() -> None:
    """The package's one convention: public functions never take a SQLAlchemy session."""
    import importlib
    import inspect
    import pkgutil

    import smmdesk_gui.services.plan as package

    checked, offenders = 0, []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters.values())
            checked += 1
            if params and ("Session" in str(params[0].annotation) or params[0].name == "session"):
                offenders.append(f"{info.name}.{name}")
    assert checked > 20 and offenders == []
