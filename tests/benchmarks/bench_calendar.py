"""The Plan screen on a big workspace: 20,000 post targets over 3 years.

Measured (medians over the 36 months of the workspace, after one warm-up):

* ``month switch``: going to another month in the month view, split in ``query`` (the one unit
  of work that loads the 6-week grid, the rubric mix and the backlog) and ``paint`` (handing the
  result to the models and painting the grid offscreen).
* ``filter apply``: the same with a rubric + text-search filter applied (which also reloads the
  ideas backlog, 200 ideas, filtered the same way).
* ``memory``: Python heap (tracemalloc) and process RSS after paging months 1-12 and again after
  months 13-36 forward and back; flat means the growth after the first year stays near zero.

Goal (issue 5): under 30 ms each for query and paint on this machine. Reference: an empty
``SELECT 1`` round trip on the same store, for scale.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import random
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = 20_000
MONTHS = 36
START = dt.date(2025, 1, 1)
GOAL_MS = 30.0


def _build(home: Path) -> Any:
    from zoneinfo import ZoneInfo

    from sqlalchemy import insert

    from smmdesk_gui.domain.slots import local_to_utc
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.store.db import open_store
    from smmdesk_gui.store.models import Account, Post, PostTarget, Rubric, Setting, TimeSlot

    paths = AppPaths(home).ensure()
    store = open_store(paths.database, paths.backups)
    tz = ZoneInfo("Europe/Amsterdam")
    rng = random.Random(5)
    platforms = ["instagram", "bluesky", "telegram", "mastodon", "x", "facebook"]
    words = [
        "bread",
        "croissant",
        "sourdough",
        "rye",
        "cake",
        "offer",
        "tip",
        "baker",
        "oven",
        "morning",
        "flour",
        "butter",
        "نان",
        "تازه",
        "хлеб",
        "🥐",
        "cinnamon",
        "apple",
        "stollen",
    ]
    with store.session_scope() as s:
        s.add(Setting(key="timezone", value="Europe/Amsterdam"))
        accounts = [Account(platform=p, handle=f"shop_{p}") for p in platforms]
        s.add_all(accounts)
        rubrics = [
            Rubric(name=n, colour=c, target_share=t, position=i)
            for i, (n, c, t) in enumerate(
                [
                    ("Product", "#e07a5f", 0.35),
                    ("Useful tips", "#3d85c6", 0.2),
                    ("Behind the scenes", "#81b29a", 0.2),
                    ("Customer stories", "#f2cc8f", 0.15),
                    ("Offers", "#9b5de5", 0.1),
                ]
            )
        ]
        s.add_all(rubrics)
        s.flush()
        for a in accounts:
            for wd in (1, 3, 5):
                s.add(TimeSlot(account_id=a.id, weekday=wd, minute_of_day=750))
        account_ids = [a.id for a in accounts]
        rubric_ids = [r.id for r in rubrics]
    days = (START.replace(year=START.year + 3) - START).days
    posts: list[dict[str, Any]] = []
    targets: list[dict[str, Any]] = []
    post_id = 0
    now = dt.datetime.now(dt.UTC)
    while len(targets) < TARGETS:
        post_id += 1
        day = START + dt.timedelta(days=rng.randrange(days))
        when = local_to_utc(
            dt.datetime.combine(day, dt.time(rng.choice([8, 9, 12, 17, 18]), rng.choice([0, 30]))),
            tz,
        )
        text = " ".join(rng.choice(words) for _ in range(rng.randint(8, 40)))
        posts.append(
            {
                "id": post_id,
                "text": text,
                "title": "",
                "notes": "",
                "rubric_id": rng.choice(rubric_ids),
                "created_at": now,
                "updated_at": now,
            }
        )
        for account_id in rng.sample(account_ids, rng.choice([1, 1, 2, 3])):
            state = "published" if when < now else rng.choice(["scheduled"] * 8 + ["draft"])
            targets.append(
                {
                    "post_id": post_id,
                    "account_id": account_id,
                    "scheduled_at": when,
                    "state": state,
                    "attempts": 0,
                }
            )
    for i in range(200):  # a backlog
        posts.append(
            {
                "id": post_id + 1 + i,
                "text": f"idea {i} " + rng.choice(words),
                "title": "",
                "notes": "",
                "rubric_id": rng.choice(rubric_ids),
                "created_at": now,
                "updated_at": now,
            }
        )
    with store.session_scope() as s:
        s.execute(insert(Post), posts)
        s.execute(insert(PostTarget), targets[:TARGETS])
    return store, paths


def _rss_kb() -> int:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        return 0


def run() -> list[dict[str, object]]:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from smmdesk_gui.services.plan.view import load_view
    from smmdesk_gui.services.workspace import workspace_zone
    from smmdesk_gui.ui.calendar.models import pydate
    from smmdesk_gui.ui.calendar.page import PlanPage
    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.tasks import SyncTaskRunner

    app = QApplication.instance() or QApplication([])
    home = Path(tempfile.mkdtemp(prefix="smmdesk-bench-calendar-"))
    os.environ["SMMDESK_HOME"] = str(home)
    started = time.perf_counter()
    store, paths = _build(home)
    build_s = time.perf_counter() - started
    ctx = AppContext(paths=paths, store=store, tasks=SyncTaskRunner())
    page = PlanPage(ctx)
    page.resize(1400, 860)
    page.set_view("month")
    page.show()
    app.processEvents()
    tz = workspace_zone(store)

    def switch(month: int, flt: Any = None) -> tuple[float, float, float, float]:
        page.anchor = QDate(START.year, 1, 1).addMonths(month)
        page._update_grid()  # noqa: SLF001 - the benchmark drives the page's steps apart
        first, last = (pydate(d) for d in page.visible_bounds())
        m_first, m_last = (pydate(d) for d in page.month_bounds())
        f = flt if flt is not None else page.current_filter()
        t0, c0 = time.perf_counter(), time.process_time()
        # Paging months leaves the backlog as it is; a new filter reloads it too.
        view = load_view(
            store, first, last, tz, f, "updated", (m_first, m_last), with_ideas=flt is not None
        )
        t1, c1 = time.perf_counter(), time.process_time()
        page._generation += 1  # noqa: SLF001
        page._apply(view, page._generation)  # noqa: SLF001
        page.month_view.viewport().repaint()
        page.mix.repaint()
        t2, c2 = time.perf_counter(), time.process_time()
        return (t1 - t0) * 1000, (t2 - t1) * 1000, (c1 - c0) * 1000, (c2 - c1) * 1000

    def select_1() -> float:
        t0 = time.perf_counter()
        with store.session_scope() as s:
            s.execute(text("SELECT 1"))
        return (time.perf_counter() - t0) * 1000

    switch(0)  # warm-up
    month = [switch(m) for m in range(MONTHS)]
    from smmdesk_gui.services.plan.queries import PlanFilter

    rubric_id = page.view.rubrics[0][0] if page.view else 1
    flt = PlanFilter(rubric_ids=frozenset({rubric_id}), text="sourdough")
    filtered = [switch(m, flt) for m in range(MONTHS)]
    entries = len(page.month_model.all_entries())
    ref = statistics.median(select_1() for _ in range(50))

    gc.collect()
    tracemalloc.start()
    for m in range(12):
        switch(m)
    gc.collect()
    heap_1, _ = tracemalloc.get_traced_memory()
    rss_1 = _rss_kb()
    for m in [*range(12, MONTHS), *range(MONTHS - 1, -1, -1)]:
        switch(m)
    gc.collect()
    heap_2, _ = tracemalloc.get_traced_memory()
    rss_2 = _rss_kb()
    tracemalloc.stop()
    page.close()
    page.deleteLater()
    store.dispose()

    def med(values: list[tuple[float, float, float, float]], i: int) -> float:
        return statistics.median(v[i] for v in values)

    bench = "calendar"
    note = f"{TARGETS} targets over 3 years; goal < {GOAL_MS:.0f} ms"
    rows: list[dict[str, object]] = [
        {
            "benchmark": bench,
            "measure": "build workspace",
            "value": build_s,
            "unit": "s",
            "note": f"{TARGETS} targets, bulk insert",
        },
    ]
    for name, values in (("month switch", month), ("filter apply", filtered)):
        for i, part in enumerate(("query", "paint")):
            value = med(values, i)
            rows.append(
                {
                    "benchmark": bench,
                    "measure": f"{name} {part} (median)",
                    "value": value,
                    "unit": "ms",
                    "reference": ref,
                    "ratio": value / ref if ref else None,
                    "note": note + ("; reference: SELECT 1 round trip" if i == 0 else ""),
                }
            )
            rows.append(
                {
                    "benchmark": bench,
                    "measure": f"{name} {part} CPU (median)",
                    "value": med(values, i + 2),
                    "unit": "ms",
                    "note": "CPU time of this process: not inflated by other load",
                }
            )
    rows += [
        {
            "benchmark": bench,
            "measure": "entries in a month grid (last)",
            "value": entries,
            "unit": "entries",
        },
        {
            "benchmark": bench,
            "measure": "heap growth months 13-36 and back",
            "value": (heap_2 - heap_1) / 1024,
            "unit": "KiB",
            "note": f"heap after year 1: {heap_1 / 1024:.0f} KiB",
        },
        {
            "benchmark": bench,
            "measure": "RSS growth months 13-36 and back",
            "value": rss_2 - rss_1,
            "unit": "KiB",
            "note": f"RSS after year 1: {rss_1 / 1024:.0f} MiB",
        },
    ]
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
