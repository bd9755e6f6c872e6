"""The Plan's first paint read with plain sqlite3 (issue 12, item 15): the very view the ORM
reads, on the demo, across time zones, in an empty workspace; never on a workspace to migrate."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.plan.first_view import has_accounts, read_view
from smmdesk_gui.services.plan.rows import (
    MOVABLE_STATES,
    NO_FILTER,
    STATE_PRIORITY,
    PlanFilter,
    PlanView,
)
from smmdesk_gui.services.plan.view import load_view
from smmdesk_gui.services.workspace import set_workspace_zone
from smmdesk_gui.store.db import Store, open_store
from smmdesk_gui.store.models import TargetState
from tests.fakes.plan_workspace import Workspace

UTC = dt.UTC


def _both(
    store: Store,
    first: dt.date,
    last: dt.date,
    flt: PlanFilter = NO_FILTER,
    sort: str = "updated",
    mix: tuple[dt.date, dt.date] | None = None,
    with_ideas: bool = True,
) -> tuple[PlanView | None, PlanView]:
    fast = read_view(store.database, first, last, flt, sort, mix, with_ideas=with_ideas)
    orm = load_view(store, first, last, None, flt, sort, mix, with_ideas=with_ideas)
    return fast, orm


def test_every_state_has_its_place_in_the_calendar() -> None:
    assert set(STATE_PRIORITY) == {s.value for s in TargetState}
    assert set(STATE_PRIORITY) > MOVABLE_STATES


def test_the_demo_reads_the_same_as_through_the_store(store: Store, paths: AppPaths) -> None:
    from smmdesk_gui.demo.workspace import build_demo

    now = dt.datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    build_demo(store, paths, now=now)
    grid = (dt.date(2026, 10, 26), dt.date(2026, 12, 6))  # the month view of November
    month = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    fast, orm = _both(store, *grid, mix=month)
    assert fast == orm
    assert orm.entries and orm.ideas and orm.mix and orm.accounts and orm.rubrics
    assert any(e.thumbnail for e in orm.entries) and orm.empty_days and orm.has_rhythm
    assert orm.zone == "Europe/Amsterdam"
    view = orm
    instagram = next(a.id for a in view.accounts if a.platform == "instagram")
    rubric = view.rubrics[0][0]
    word = view.entries[0].snippet.split()[0]
    for flt in (
        PlanFilter(platforms=frozenset({"bluesky"})),
        PlanFilter(account_ids=frozenset({instagram})),
        PlanFilter(rubric_ids=frozenset({rubric, None})),
        PlanFilter(rubric_ids=frozenset({None})),
        PlanFilter(states=frozenset({"failed", "published", "draft"})),
        PlanFilter(text=word.upper()),
    ):
        fast, orm = _both(store, *grid, flt=flt, mix=month)
        assert fast == orm, flt
    for sort in ("updated", "created", "title", "rubric", "nonsense"):
        fast, orm = _both(store, *month, sort=sort)
        assert fast == orm, sort
    for days in ((dt.date(2026, 9, 28), dt.date(2026, 11, 8)), (dt.date(2026, 12, 1),) * 2):
        fast, orm = _both(store, *days, with_ideas=False)
        assert fast == orm and fast is not None and fast.ideas is None


@pytest.mark.parametrize("zone", ["Asia/Tehran", "Pacific/Kiritimati", "America/St_Johns"])
def test_posts_across_time_zones_land_on_the_same_days(ws: Workspace, zone: str) -> None:
    set_workspace_zone(ws.store, zone)
    tz = ZoneInfo(zone)
    # a post at each side of local midnight on the range's edges, and over the DST changes of
    # Amsterdam (the accounts' home) and St John's
    for text in (
        "2026-03-01 00:00",
        "2026-02-28 23:59",
        "2026-03-31 23:30",
        "2026-04-01 00:00",
        "2026-03-29 02:30",
        "2026-03-08 02:30",
        "2026-03-15 12:00",
    ):
        wall = dt.datetime.fromisoformat(text).replace(tzinfo=tz)
        ws.post(f"Bread at {text}", ["instagram:bakery", "x:bakery"], wall.astimezone(UTC))
    ws.post("Split times", ["telegram:bakery_news"], dt.datetime(2026, 3, 10, 20, 30, tzinfo=UTC))
    split = ws.post("Split", ["mastodon:bakery"], dt.datetime(2026, 3, 10, 21, 0, tzinfo=UTC))
    ws.add_photo(split)
    ws.post("An idea", ["instagram:bakery"], None, rubric="Product")
    ws.post("A failed one", ["x:bakery"], dt.datetime(2026, 3, 3, 8, tzinfo=UTC), state="failed")
    fast, orm = _both(ws.store, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert fast == orm and fast is not None
    assert fast.zone == zone and len(fast.entries) == 8
    assert min(e.day for e in fast.entries) == dt.date(2026, 3, 1)
    assert has_accounts(ws.store.database) is True


def test_an_empty_workspace_reads_empty(store: Store) -> None:
    fast, orm = _both(store, dt.date(2026, 12, 1), dt.date(2026, 12, 31))
    assert fast == orm and fast is not None
    assert not fast.entries and not fast.accounts and not fast.has_rhythm and fast.ideas == []
    assert has_accounts(store.database) is False  # the demo may be built here


def test_a_workspace_to_migrate_is_left_to_the_store(tmp_path: Path) -> None:
    from sqlalchemy import text

    from smmdesk_gui.store.db import alembic_config, make_engine

    db = tmp_path / "smmdesk.db"
    days = dt.date(2026, 12, 1), dt.date(2026, 12, 31)
    assert read_view(db, *days) is None and has_accounts(db) is None  # no file yet
    engine = make_engine(db)
    from alembic import command

    command.upgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    engine.dispose()
    before = db.read_bytes()
    assert read_view(db, *days) is None and has_accounts(db) is None
    assert db.read_bytes() == before  # read-only: not even a journal was written
    store = open_store(db, tmp_path / "backups")  # migrates
    try:
        assert read_view(db, *days) == load_view(store, *days)
        with sqlite3.connect(db) as conn:  # a newer SMM Desk wrote it: not ours to read
            conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        assert read_view(db, *days) is None
    finally:
        store.dispose()
