"""The composer's best-time hint: from the owner's own published posts, nothing without enough."""

from __future__ import annotations

import datetime as dt

from smmdesk_gui.services.compose.best_time import BestTime, best_time
from smmdesk_gui.services.stats.entry import record_post_figures
from smmdesk_gui.services.workspace import set_setting
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Post, PostTarget

UTC = dt.UTC


def test_no_hint_without_enough_posts(store: Store, october: dict[str, int]) -> None:
    assert best_time(store, today=dt.date(2026, 10, 31)) is None


def test_the_best_weekday_and_hour_of_the_owners_posts(
    store: Store, october: dict[str, int]
) -> None:
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
    assert best_time(store, today=dt.date(2026, 10, 31)) == BestTime(3, 18, 3)


def test_next_such_time_is_in_the_workspace_zone() -> None:
    from zoneinfo import ZoneInfo

    tehran = ZoneInfo("Asia/Tehran")
    thu_ten = BestTime(3, 10, 3)
    # Thursday 2026-12-03 05:00 UTC is 08:30 in Tehran: this Thursday's 10:00 is still ahead
    now = dt.datetime(2026, 12, 3, 5, 0, tzinfo=UTC)
    assert thu_ten.next_after(now, tehran) == dt.datetime(2026, 12, 3, 10, 0, tzinfo=tehran)
    # at 07:00 UTC (10:30 Tehran) it is a week later
    later = dt.datetime(2026, 12, 3, 7, 0, tzinfo=UTC)
    assert thu_ten.next_after(later, tehran) == dt.datetime(2026, 12, 10, 10, 0, tzinfo=tehran)
