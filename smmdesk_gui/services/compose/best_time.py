"""The composer's hint beside the time: when the owner's own posts did best.

From the statistics' suggested times (``services.stats.kpis.suggested_times``: the weekday and
hour with the best mean engagement over enough of the owner's published posts); nothing when
there is not enough data yet, so the hint never guesses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from smmdesk_gui.services.stats.kpis import suggested_times
from smmdesk_gui.store.db import Store


@dataclass(frozen=True)
class BestTime:
    """A weekday (Monday = 0) and hour in the workspace's zone."""

    weekday: int
    hour: int
    posts: int  # how many of the owner's posts it rests on

    def next_after(self, now: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
        """The next such weekday and hour after ``now`` (aware), as an aware time in ``tz``."""
        local = now.astimezone(tz)
        ahead = (self.weekday - local.weekday()) % 7
        day = local.date() + dt.timedelta(days=ahead)
        at = dt.datetime.combine(day, dt.time(self.hour), tzinfo=tz)
        if at <= local:
            at = dt.datetime.combine(day + dt.timedelta(days=7), dt.time(self.hour), tzinfo=tz)
        return at


def best_time(store: Store, today: dt.date | None = None) -> BestTime | None:
    """When the owner's posts did best, over all accounts; None: not enough data yet.

    Reads the statistics (a query over half a year of posts): call it off the GUI thread.
    """
    cells = suggested_times(store, count=1, today=today)
    if not cells:
        return None
    return BestTime(cells[0].weekday, cells[0].hour, cells[0].samples)
