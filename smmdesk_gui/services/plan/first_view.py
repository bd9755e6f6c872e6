"""The Plan's first paint at start-up, read with plain ``sqlite3``: no SQLAlchemy, no ORM.

Importing SQLAlchemy and compiling the ORM's queries cost several times what a bare window does;
the owner waits for the plan, not for them. :func:`read_view` gives the very ``PlanView`` that
``view.load_view`` gives (same rows, same order: tests/unit/services/plan/test_first_view.py
compares them), so the calendar has one rendering path; the Plan screen then reads the view once
more through the store and replaces this one only if it differs.

Read-only: the file is opened with ``mode=ro`` in one read transaction. The fast read applies
only to a workspace whose schema is the head this package knows (``store.db.schema_head``, from
the migration files): one that needs migrating, or any error at all, gives ``None`` and the caller
reads through the store, with its migration and its plain-words errors.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from zoneinfo import ZoneInfo

from smmdesk_gui.services.plan.rows import (
    NO_FILTER,
    AccountChoice,
    IdeaEntry,
    MixRow,
    PlanEntry,
    PlanFilter,
    PlanRange,
    PlanView,
    empty_rhythm_days,
    matches_text,
    plan_entries,
    snippet,
    sort_ideas,
    title,
)
from smmdesk_gui.services.workspace import TIMEZONE, zone_of
from smmdesk_gui.store.db import schema_head

log = logging.getLogger(__name__)

Params = list[object]


def _connect(database: Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``: never a write, not even a journal) that waits a
    moment for a busy file, then gives up (the store's path waits and reports in its own way)."""
    uri = database.resolve().as_uri() + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=0.5, isolation_level=None)


def has_accounts(database: Path) -> bool | None:
    """Whether the workspace has an account (the demo is built only into one without);
    ``None`` when a plain read cannot tell (no file, not at head, an error): ask the store."""
    head = schema_head()
    if head is None or not database.is_file():
        return None
    try:
        conn = _connect(database)
        try:
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if version is None or version[0] != head:
                return None
            return conn.execute("SELECT 1 FROM account LIMIT 1").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def read_view(
    database: Path,
    first: dt.date,
    last: dt.date,
    flt: PlanFilter = NO_FILTER,
    ideas_sort: str = "updated",
    mix_range: tuple[dt.date, dt.date] | None = None,
    *,
    with_ideas: bool = True,
) -> PlanView | None:
    """``view.load_view(store, first, last, None, flt, ideas_sort, mix_range, ...)``, read
    without the ORM; ``None`` when this read does not apply (see the module's doc).

    Args:
        database: the workspace's SQLite file (``Store.database``).
        first: the first visible day; ``last`` the last one (in the workspace's zone).
    """
    head = schema_head()
    if head is None or not database.is_file():
        return None
    try:
        conn = _connect(database)
    except sqlite3.Error as exc:
        log.info("first view: %s; reading through the store", exc)
        return None
    try:
        conn.execute("BEGIN")  # one snapshot for every read below, like one session
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if row is None or row[0] != head:
            return None  # a workspace to migrate first: only the store may touch it
        return _read(conn, first, last, flt, ideas_sort, mix_range, with_ideas)
    except (sqlite3.Error, ValueError) as exc:
        log.info("first view: %s; reading through the store", exc)
        return None
    finally:
        conn.close()


def _read(
    conn: sqlite3.Connection,
    first: dt.date,
    last: dt.date,
    flt: PlanFilter,
    ideas_sort: str,
    mix_range: tuple[dt.date, dt.date] | None,
    with_ideas: bool,
) -> PlanView:
    setting = conn.execute("SELECT value FROM setting WHERE key = ?", (TIMEZONE,)).fetchone()
    tz = zone_of(None if setting is None else json.loads(setting[0]))
    rng = PlanRange.of_days(first, last, tz)
    entries = _entries(conn, rng.start, rng.end, tz, flt)
    mix_first, mix_last = mix_range or (first, last)
    mix_rng = PlanRange.of_days(mix_first, mix_last, tz)
    rhythm = _rhythm(conn, sorted(flt.account_ids))
    accounts = [
        AccountChoice(*r)
        for r in conn.execute("SELECT id, platform, handle FROM account ORDER BY platform, handle")
    ]
    rubrics = [
        (r[0], r[1], r[2])
        for r in conn.execute("SELECT id, name, colour FROM rubric ORDER BY position, name")
    ]
    return PlanView(
        first=first,
        last=last,
        zone=tz.key,
        entries=entries,
        empty_days=empty_rhythm_days(first, last, rhythm, entries),
        mix=_mix(conn, mix_rng.start, mix_rng.end, flt),
        ideas=_ideas(conn, flt, ideas_sort) if with_ideas else None,
        accounts=accounts,
        rubrics=rubrics,
        has_rhythm=bool(rhythm),
    )


# -- how SQLAlchemy stores an instant (``store.models.UtcDateTime`` over SQLite's DATETIME) ------
def _stored(when: dt.datetime) -> str:
    """The text SQLAlchemy binds for an aware instant: UTC, naive, always with microseconds."""
    return when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _instant(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


def _in(column: str, values: Iterable[object], params: Params) -> str:
    items = list(values)
    params.extend(items)
    return f"{column} IN ({', '.join('?' * len(items))})"


def _rubric_condition(rubric_ids: frozenset[int | None], params: Params) -> str:
    ids = [r for r in rubric_ids if r is not None]
    condition = _in("p.rubric_id", ids, params)
    return f"({condition} OR p.rubric_id IS NULL)" if None in rubric_ids else condition


def _target_filters(flt: PlanFilter, params: Params) -> str:
    """The filters the calendar and the mix share (accounts, platforms, states)."""
    where = ""
    if flt.account_ids:
        where += " AND " + _in("pt.account_id", flt.account_ids, params)
    if flt.platforms:
        where += " AND " + _in("a.platform", flt.platforms, params)
    if flt.states:
        where += " AND " + _in("pt.state", flt.states, params)
    return where


def _entries(
    conn: sqlite3.Connection, start: dt.datetime, end: dt.datetime, tz: ZoneInfo, flt: PlanFilter
) -> list[PlanEntry]:
    """``queries._query_range`` with its thumbnails."""
    params: Params = [_stored(start), _stored(end)]
    where = _target_filters(flt, params)
    if flt.rubric_ids:
        where += " AND " + _rubric_condition(flt.rubric_ids, params)
    sql = (
        "SELECT pt.id, pt.post_id, pt.account_id, pt.scheduled_at, pt.state, pt.text_override,"
        " a.platform, a.handle, p.title, p.text, p.rubric_id, r.name, r.colour"
        " FROM post_target pt JOIN post p ON p.id = pt.post_id"
        " JOIN account a ON a.id = pt.account_id LEFT OUTER JOIN rubric r ON r.id = p.rubric_id"
        " WHERE pt.scheduled_at >= ? AND pt.scheduled_at < ?" + where + " ORDER BY"
        " pt.scheduled_at, pt.post_id, a.platform, a.handle"
    )
    needle = flt.text.strip().casefold()
    groups: dict[tuple[int, dt.datetime], list[tuple]] = {}  # type: ignore[type-arg]
    for row in conn.execute(sql, params):
        if needle and not matches_text(needle, row[9], row[5], row[8]):
            continue
        key = (row[1], _instant(row[3]))
        groups.setdefault(key, []).append(row)
    thumbs = _thumbnails(conn, {k[0] for k in groups})
    return plan_entries(groups, tz, thumbs)


def _thumbnails(conn: sqlite3.Connection, post_ids: Iterable[int]) -> dict[int, str]:
    params: Params = []
    ids = _in("pm.post_id", post_ids, params)
    if not params:
        return {}
    sql = (
        "SELECT pm.post_id, ma.sha256, ma.extension FROM post_media pm"
        " JOIN media_asset ma ON ma.id = pm.asset_id"
        f" WHERE {ids} ORDER BY pm.post_id, pm.position"
    )
    out: dict[int, str] = {}
    for post_id, sha, ext in conn.execute(sql, params):
        out.setdefault(post_id, f"{sha[:2]}/{sha}{ext}")
    return out


def _rhythm(conn: sqlite3.Connection, account_ids: Sequence[int]) -> frozenset[int]:
    """``queries._rhythm_weekdays``."""
    params: Params = []
    where = f" WHERE {_in('account_id', account_ids, params)}" if account_ids else ""
    days = frozenset(
        r[0] for r in conn.execute(f"SELECT DISTINCT weekday FROM time_slot{where}", params)
    )
    if days:
        return days
    any_slot = conn.execute("SELECT id FROM time_slot LIMIT 1").fetchone()
    return frozenset(range(7)) if any_slot is not None else frozenset()


def _mix(
    conn: sqlite3.Connection, start: dt.datetime, end: dt.datetime, flt: PlanFilter
) -> list[MixRow]:
    """``queries._rubric_mix``."""
    params: Params = [_stored(start), _stored(end)]
    where = _target_filters(flt, params)
    sql = (
        "SELECT p.rubric_id, count(DISTINCT p.id) FROM post p"
        " JOIN post_target pt ON pt.post_id = p.id JOIN account a ON a.id = pt.account_id"
        " WHERE pt.scheduled_at >= ? AND pt.scheduled_at < ?" + where + " GROUP BY p.rubric_id"
    )
    counts: dict[int | None, int] = {rid: n for rid, n in conn.execute(sql, params)}
    total = sum(counts.values())
    rows: list[MixRow] = []
    for rid, name, colour, share in conn.execute(
        "SELECT id, name, colour, target_share FROM rubric ORDER BY position, name"
    ):
        n = counts.get(rid, 0)
        rows.append(MixRow(rid, name, colour, share, n, n / total if total else 0.0))
    if counts.get(None):
        n = counts[None]
        rows.append(MixRow(None, "", "", 0.0, n, n / total))
    return rows


def _ideas(conn: sqlite3.Connection, flt: PlanFilter, sort: str) -> list[IdeaEntry]:
    """``queries._query_ideas``."""
    params: Params = []
    where = ""
    if flt.rubric_ids:
        where = " AND " + _rubric_condition(flt.rubric_ids, params)
    sql = (
        "SELECT p.id, p.title, p.text, p.notes, p.rubric_id, p.created_at, p.updated_at,"
        " r.name, r.colour FROM post p LEFT OUTER JOIN rubric r ON r.id = p.rubric_id"
        " WHERE p.id NOT IN"
        " (SELECT post_id FROM post_target WHERE scheduled_at IS NOT NULL)"
        + where
        + " ORDER BY p.id"
    )
    posts = conn.execute(sql, params).fetchall()
    targets: dict[int, list[tuple[int, str, str]]] = defaultdict(list)
    if posts:
        ids: Params = []
        condition = _in("pt.post_id", (p[0] for p in posts), ids)
        for post_id, account_id, platform, state in conn.execute(
            "SELECT pt.post_id, a.id, a.platform, pt.state FROM post_target pt"
            f" JOIN account a ON a.id = pt.account_id WHERE {condition}"
            " ORDER BY a.platform, a.handle",
            ids,
        ):
            targets[post_id].append((account_id, platform, state))
    needle = flt.text.strip().casefold()
    out: list[IdeaEntry] = []
    for pid, ptitle, text, notes, rubric_id, created, updated, rubric_name, colour in posts:
        tg = targets.get(pid, [])
        if flt.account_ids and not any(a in flt.account_ids for a, _, _ in tg):
            continue
        if flt.platforms and not any(p in flt.platforms for _, p, _ in tg):
            continue
        if flt.states and not any(s in flt.states for _, _, s in tg):
            continue
        if needle and not matches_text(needle, text, ptitle, notes):
            continue
        out.append(
            IdeaEntry(
                post_id=pid,
                title=title(ptitle, text),
                snippet=snippet(text),
                rubric_id=rubric_id,
                rubric_name=rubric_name or "",
                rubric_colour=colour or "",
                platforms=tuple(p for _, p, _ in tg),
                account_ids=tuple(a for a, _, _ in tg),
                created_at=_instant(created),
                updated_at=_instant(updated),
            )
        )
    sort_ideas(out, sort)
    return out
