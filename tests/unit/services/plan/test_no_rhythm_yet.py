"""A workspace without posting times has no rhythm yet: no day is "still empty" (issue 12)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.plan.csv_import import import_posts, preview_import
from smmdesk_gui.services.plan.queries import empty_days
from smmdesk_gui.services.plan.view import load_view
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, TimeSlot

AMS = ZoneInfo("Europe/Amsterdam")
FIRST, LAST = dt.date(2026, 12, 1), dt.date(2026, 12, 31)


def test_a_new_workspace_has_no_empty_days_to_fill(store: Store) -> None:
    assert empty_days(store, FIRST, LAST, AMS) == []
    view = load_view(store, FIRST, LAST, AMS)
    assert view.empty_days == [] and not view.has_rhythm


def test_an_account_without_posting_times_keeps_no_rhythm(store: Store) -> None:
    with store.session_scope() as s:
        s.add(Account(platform="instagram", handle="shop", display_name="Shop"))
    view = load_view(store, FIRST, LAST, AMS)
    assert view.empty_days == [] and not view.has_rhythm


def test_posting_times_make_the_rhythm(store: Store) -> None:
    with store.session_scope() as s:
        account = Account(platform="instagram", handle="shop", display_name="Shop")
        s.add(account)
        s.flush()
        s.add(TimeSlot(account_id=account.id, weekday=1, minute_of_day=600))  # Tuesdays 10:00
    view = load_view(store, FIRST, LAST, AMS)
    assert view.has_rhythm
    assert view.empty_days == [d for d in _days() if d.weekday() == 1]


def _days() -> list[dt.date]:
    return [FIRST + dt.timedelta(days=n) for n in range((LAST - FIRST).days + 1)]


def test_a_new_workspace_imports_its_spreadsheet_rows_without_accounts_as_ideas(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    src = tmp_path / "plan.csv"
    src.write_text(
        "scheduled_at,accounts,text,media,rubric\n"
        ",,Our sourdough is back,,Product\n"
        "2026-12-10 10:00,,Christmas stollen,,Offers\n",
        encoding="utf-8",
    )
    now = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC)
    preview = preview_import(store, src, AMS, now)
    assert preview.rows[0].problems == []  # no date, no account: an idea
    assert preview.rows[1].problems[0].code == "csv_no_account"  # a date needs one
    src.write_text(
        "scheduled_at,accounts,text,media,rubric\n,,Our sourdough is back,,Product\n",
        encoding="utf-8",
    )
    import_posts(store, paths, src, AMS, now)
    ideas = load_view(store, FIRST, LAST, AMS).ideas
    assert ideas is not None and [i.snippet for i in ideas] == ["Our sourdough is back"]
