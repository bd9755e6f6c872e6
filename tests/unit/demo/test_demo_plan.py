"""The demo month: full, with every state and an idea backlog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from smmdesk_gui.demo.workspace import build_demo
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.plan.queries import PlanRange, query_ideas, query_range
from smmdesk_gui.services.workspace import workspace_zone
from smmdesk_gui.store.db import open_store


def test_demo_month_is_full_and_shows_every_state(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "demo").ensure()
    store = open_store(paths.database, paths.backups)
    try:
        now = dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC)
        build_demo(store, paths, now)
        tz = workspace_zone(store)
        rng = PlanRange.of_days(dt.date(2026, 11, 1), dt.date(2026, 11, 30), tz)
        entries = query_range(store, rng.start, rng.end, tz)
        ideas = query_ideas(store)
        states = {st for e in entries for st in e.states}
        assert {"published", "scheduled", "draft", "failed", "due"} <= states
        assert len(entries) >= 35
        assert any(len(e.platforms) == 3 for e in entries)
        assert len(ideas) >= 8
        busy_days = {e.day for e in entries}
        assert len(busy_days) >= 20
    finally:
        store.dispose()


def test_the_demos_failed_and_due_posts_match_their_accounts_kind(tmp_path: Path) -> None:
    """A failed post went to a platform SMM Desk posts to itself (only an API can refuse it);
    a post waiting for the owner ("due") belongs to an account posted by hand."""
    from smmdesk_gui.connectors.registry import has_connector

    paths = AppPaths(tmp_path / "demo").ensure()
    store = open_store(paths.database, paths.backups)
    try:
        build_demo(store, paths, dt.datetime(2026, 11, 18, 9, 0, tzinfo=dt.UTC))
        tz = workspace_zone(store)
        rng = PlanRange.of_days(dt.date(2026, 11, 1), dt.date(2026, 11, 30), tz)
        pairs = [
            (platform, state)
            for e in query_range(store, rng.start, rng.end, tz)
            for platform, state in zip(e.platforms, e.states, strict=True)
        ]
        failed = [p for p, st in pairs if st == "failed"]
        due = [p for p, st in pairs if st == "due"]
        assert failed and all(has_connector(p) for p in failed)
        assert due and not any(has_connector(p) for p in due)
    finally:
        store.dispose()
