"""Dashboard: opening 90 days and switching period on a big workspace (issue 7: < 150 ms each).

The workspace: 10 accounts with 2 years of daily follower snapshots, 5,000 posts over those 2
years with weekly per-post snapshots for their first 8 weeks (5 figures each: about 200,000
rows). Queries (``dashboard_data``, off the GUI thread in the app) and the chart update
(``DashboardPage.show_data`` on the GUI thread) are timed apart. Reference: reading the same
period's raw snapshot rows with plain sqlite3 (no aggregation), in the same run.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ACCOUNTS = 10
DAYS = 730
POSTS = 5000
WEEKS = 8
METRICS = ("reach", "likes", "comments", "shares", "saves")
ROUNDS = 9
TODAY = dt.date(2026, 11, 22)


def build(home: Path) -> object:
    from sqlalchemy import insert

    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.services.workspace import set_setting
    from smmdesk_gui.store.db import open_store
    from smmdesk_gui.store.models import Account, MetricSnapshot, Post, PostTarget, Rubric

    paths = AppPaths(home).ensure()
    store = open_store(paths.database, paths.backups)
    set_setting(store, "timezone", "Europe/Amsterdam")
    rng = random.Random(7)
    now = dt.datetime.combine(TODAY, dt.time(18), dt.UTC)
    start = now - dt.timedelta(days=DAYS)
    with store.session_scope() as s:
        s.execute(
            insert(Rubric),
            [
                {
                    "name": f"Rubric {i}",
                    "colour": "#888888",
                    "target_share": 0.2,
                    "description": "",
                    "position": i,
                }
                for i in range(5)
            ],
        )
        s.execute(
            insert(Account),
            [
                {
                    "platform": "instagram",
                    "handle": f"shop{i}",
                    "display_name": "",
                    "state": "ok",
                    "state_message": "",
                    "settings": {},
                    "created_at": start,
                }
                for i in range(ACCOUNTS)
            ],
        )
        rows = []
        for a in range(1, ACCOUNTS + 1):
            value = 1000.0 * a
            for d in range(DAYS):
                value += rng.uniform(-2, 6)
                rows.append(
                    {
                        "account_id": a,
                        "metric": "followers",
                        "value": int(value),
                        "taken_at": start + dt.timedelta(days=d),
                        "source": "api",
                    }
                )
        s.execute(insert(MetricSnapshot), rows)
        s.execute(
            insert(Post),
            [
                {
                    "title": f"Post {i}",
                    "text": "",
                    "notes": "",
                    "rubric_id": 1 + i % 5,
                    "created_at": start,
                    "updated_at": start,
                }
                for i in range(POSTS)
            ],
        )
        targets, snaps = [], []
        for i in range(POSTS):
            when = start + dt.timedelta(seconds=rng.uniform(0, DAYS * 86400))
            targets.append(
                {
                    "post_id": i + 1,
                    "account_id": 1 + i % ACCOUNTS,
                    "state": "published",
                    "scheduled_at": when,
                    "published_at": when,
                    "attempts": 0,
                    "remote_id": f"r{i}",
                }
            )
            reach = rng.uniform(200, 3000)
            for w in range(1, WEEKS + 1):
                taken = when + dt.timedelta(weeks=w)
                if taken > now:
                    break
                grow = 1 + 0.05 * w
                for metric, share in zip(METRICS, (1, 0.05, 0.005, 0.004, 0.01), strict=True):
                    snaps.append(
                        {
                            "target_id": i + 1,
                            "metric": metric,
                            "value": int(reach * share * grow),
                            "taken_at": taken,
                            "source": "api",
                        }
                    )
        s.execute(insert(PostTarget), targets)
        s.execute(insert(MetricSnapshot), snaps)
    return store


def _raw_read(db: Path, first: dt.date, last: dt.date) -> None:
    """Reference: the period's raw rows with plain sqlite3, no aggregation."""
    a = dt.datetime.combine(first, dt.time()).isoformat(" ")
    b = dt.datetime.combine(last + dt.timedelta(days=1), dt.time()).isoformat(" ")
    con = sqlite3.connect(db)
    try:
        ids = [
            r[0]
            for r in con.execute(
                "SELECT id FROM post_target WHERE published_at >= ? AND published_at < ?", (a, b)
            )
        ]
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            con.execute(
                f"SELECT target_id, metric, value, taken_at FROM metric_snapshot "
                f"WHERE target_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
        con.execute(
            "SELECT account_id, value, taken_at FROM metric_snapshot WHERE metric = "
            "'followers' AND account_id IS NOT NULL AND taken_at >= ? AND taken_at < ?",
            (a, b),
        ).fetchall()
    finally:
        con.close()


def run() -> list[dict[str, object]]:
    from PySide6.QtWidgets import QApplication

    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.services.stats.kpis import Period, dashboard_data
    from smmdesk_gui.services.workspace import workspace_zone
    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.dashboard.page import DashboardPage
    from smmdesk_gui.ui.tasks import SyncTaskRunner

    app = QApplication.instance() or QApplication([])
    home = Path(tempfile.mkdtemp(prefix="smmdesk-bench-dashboard-"))
    t0 = time.perf_counter()
    store = build(home)
    built_s = time.perf_counter() - t0
    tz = workspace_zone(store)  # type: ignore[arg-type]
    ctx = AppContext(paths=AppPaths(home), store=store, tasks=SyncTaskRunner())  # type: ignore[arg-type]
    page = DashboardPage(ctx)
    page.resize(1280, 1000)
    page.show()
    app.processEvents()

    ninety = Period.last_days(90, TODAY)
    switches = [
        Period.last_days(30, TODAY),
        Period.last_days(7, TODAY),
        Period.month(2026, 10),
        Period.last_days(90, TODAY),
    ]
    timings: dict[str, list[float]] = {
        k: [] for k in ("open_q", "open_c", "switch_q", "switch_c", "ref")
    }

    def measure(period: Period, qkey: str, ckey: str) -> None:
        q0 = time.perf_counter()
        data = dashboard_data(store, period, None, tz)  # type: ignore[arg-type]
        timings[qkey].append((time.perf_counter() - q0) * 1000)
        c0 = time.perf_counter()
        page.show_data(data)
        app.processEvents()  # the charts repaint
        timings[ckey].append((time.perf_counter() - c0) * 1000)

    measure(ninety, "open_q", "open_c")  # warm-up (imports, caches)
    timings = {k: [] for k in timings}
    for r in range(ROUNDS):
        measure(ninety, "open_q", "open_c")
        measure(switches[r % len(switches)], "switch_q", "switch_c")
        r0 = time.perf_counter()
        _raw_read(store.database, ninety.first, ninety.last)  # type: ignore[attr-defined]
        timings["ref"].append((time.perf_counter() - r0) * 1000)
    page.close()
    page.deleteLater()
    store.dispose()  # type: ignore[attr-defined]
    ref = statistics.median(timings["ref"])
    rows: list[dict[str, object]] = []
    for key, measure_name in (
        ("open_q", "open 90 days: queries"),
        ("open_c", "open 90 days: chart update"),
        ("switch_q", "switch period: queries"),
        ("switch_c", "switch period: chart update"),
    ):
        value = statistics.median(timings[key])
        rows.append(
            {
                "benchmark": "dashboard",
                "measure": measure_name,
                "value": round(value, 1),
                "unit": "ms median",
                "reference": round(ref, 1),
                "ratio": round(value / ref, 2) if ref else None,
                "note": f"target < 150 ms; reference: raw sqlite3 read of the 90 days' rows; "
                f"{ROUNDS} rounds; workspace built in {built_s:.0f} s",
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
