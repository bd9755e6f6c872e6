"""Importing exported stats files (CSV) with a column mapping: preview first, then write.

:func:`preview_import` reads the file and tells, row by row, what would be stored and what is
wrong, without writing anything. :func:`apply_import` writes the preview's good rows. Every figure
gets an ``import_key`` made of the account, the row's identity (post id or day), the metric and the
value, so importing the same file twice adds nothing twice, while a newer export with changed
figures adds a new snapshot (history is kept, never overwritten).

A post that SMM Desk does not know yet (published straight from the phone) is added as a
published post of the account, so its figures count on the dashboard.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from smmdesk_gui.domain.csv_values import (
    CellError,
    decode,
    parse_datetime,
    parse_number,
    sniff_delimiter,
)
from smmdesk_gui.domain.problems import Problem, ProblemError
from smmdesk_gui.services.stats.mappings import (
    METRIC_FIELDS,
    ColumnMapping,
    match_headers,
)
from smmdesk_gui.services.workspace import workspace_zone
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    MetricSnapshot,
    MetricSource,
    Post,
    PostTarget,
    TargetState,
)

MAX_BYTES = 50 * 1024 * 1024
# Daily account files hold per-day figures; they get their own names so they never mix with a
# post's lifetime figures or the follower count.
ACCOUNT_METRIC_NAMES = {
    "followers": "followers",
    "reach": "daily_reach",
    "impressions": "daily_impressions",
    "new_followers": "new_followers",
    "lost_followers": "lost_followers",
}


class StatsImportError(ProblemError):
    """The file cannot be imported at all (unreadable, wrong mapping, no account): one problem,
    ``str()`` in English."""


class ImportStoppedError(StatsImportError):
    """The user stopped a preview or an import; nothing was stored."""

    def __init__(self) -> None:
        super().__init__(Problem("stats_stopped"))


Progress = Callable[[int, int], None]  # (rows done, rows in all)
PROGRESS_EVERY = 200  # rows between two progress calls / stop checks


def _tick(
    i: int, total: int, should_stop: Callable[[], bool] | None, progress: Progress | None
) -> None:
    if i % PROGRESS_EVERY:
        return
    if should_stop is not None and should_stop():
        raise ImportStoppedError()
    if progress is not None:
        progress(i, total)


@dataclass
class PreviewRow:
    line: int  # line number in the file (the header is line 1)
    identity: str  # post id / link, or the day
    published_at: dt.datetime | None = None
    text: str = ""
    url: str | None = None
    remote_id: str = ""
    figures: dict[str, float] = field(default_factory=dict)
    target_id: int | None = None  # the known post, if any
    problems: list[Problem] = field(default_factory=list)
    new_keys: list[str] = field(default_factory=list)
    status: str = "new"  # new / duplicate / problem

    @property
    def problem(self) -> str:
        """The row's problems in English, as the command line prints them ("" for none)."""
        return "; ".join(p.message for p in self.problems)

    @property
    def is_new_post(self) -> bool:
        return self.target_id is None and "|day:" not in self.identity


@dataclass
class ImportPreview:
    path: Path
    mapping: ColumnMapping
    account_id: int
    account_label: str
    header: list[str]
    columns: dict[str, str]  # field -> header used
    rows: list[PreviewRow]
    platform: str = ""  # the account's, for the window to word ("Instagram", not "instagram")
    handle: str = ""

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def problems(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.status == "problem"]


@dataclass
class ImportResult:
    snapshots_added: int
    posts_created: int
    duplicates: int
    problems: int


def read_table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and ``(line number, cells)`` rows of a CSV file, whatever its locale."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise StatsImportError(Problem("stats_too_big", name=path.name))
        data = path.read_bytes()
    except FileNotFoundError:
        raise StatsImportError(Problem("stats_file_not_found", path=str(path))) from None
    except IsADirectoryError:
        raise StatsImportError(Problem("stats_is_folder", path=str(path))) from None
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise StatsImportError(Problem("stats_not_text", name=path.name))
    text = decode(data)
    lines = text.splitlines()
    first = next((ln for ln in lines if ln.strip()), "")
    if not first:
        raise StatsImportError(Problem("stats_empty_file", name=path.name))
    if first.lower().startswith("sep=") and len(first) >= 5:  # Excel's separator hint line
        delimiter = first[4]
        text = text[text.index(first) + len(first) :].lstrip("\r\n")
    else:
        delimiter = sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        if header is None:
            header = [c.strip().lstrip("\ufeff") for c in cells]
            continue
        rows.append((reader.line_num, cells))
    return header or [], rows


def _key(account_id: int, identity: str, metric: str, value: float) -> str:
    raw = f"{account_id}|{identity}|{metric}|{float(value)!r}"
    return "csv:" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:40]


def _resolve_account(store: Store, mapping: ColumnMapping, account_id: int | None) -> Account:
    with store.session_scope() as s:
        if account_id is not None:
            acc = s.get(Account, account_id)
            if acc is None:
                raise StatsImportError(Problem("stats_no_such_account", account_id=account_id))
            return acc
        q = select(Account)
        if mapping.platform:
            q = q.where(Account.platform == mapping.platform)
        accounts = list(s.scalars(q))
    if not accounts:
        raise StatsImportError(Problem("stats_add_account", platform=mapping.platform or ""))
    if len(accounts) > 1:
        ids = ", ".join(f"{a.id} ({a.handle})" for a in accounts)
        raise StatsImportError(Problem("stats_several_accounts", choices=ids))
    return accounts[0]


def _existing_keys(store: Store, keys: Iterable[str]) -> set[str]:
    keys = list(keys)
    found: set[str] = set()
    with store.session_scope() as s:
        for i in range(0, len(keys), 900):
            chunk = keys[i : i + 900]
            found.update(
                k
                for k in s.scalars(
                    select(MetricSnapshot.import_key).where(MetricSnapshot.import_key.in_(chunk))
                )
                if k
            )
    return found


def preview_import(
    store: Store,
    path: Path,
    mapping: ColumnMapping,
    account_id: int | None = None,
    tz: dt.tzinfo | None = None,
    should_stop: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read ``path`` with ``mapping``: every row with its figures or its problem. Writes nothing.

    ``progress(done, total)`` is called every few hundred rows; ``should_stop`` ends the reading
    there with :class:`ImportStoppedError`.

    Raises:
        StatsImportError: the file cannot be read, a required column is missing, or the account
            is unclear.
    """
    tz = tz or workspace_zone(store)
    account = _resolve_account(store, mapping, account_id)
    header, raw_rows = read_table(path)
    match = match_headers(mapping, header)
    if match.missing_required:
        raise StatsImportError(
            Problem(
                "stats_missing_columns",
                name=path.name,
                kind=mapping.label,
                columns=", ".join(header[:12]),
                id=int(match.missing_id is not None),
                id_columns="\n".join(match.missing_id or ()),
                date=match.missing_date,
                figures=int(match.missing_figures),
            )
        )
    with store.session_scope() as s:
        known = s.execute(
            select(PostTarget.id, PostTarget.remote_id, PostTarget.remote_url).where(
                PostTarget.account_id == account.id
            )
        ).all()
    by_remote = {r.remote_id: r.id for r in known if r.remote_id}
    by_url = {r.remote_url.rstrip("/"): r.id for r in known if r.remote_url}

    def cell(cells: list[str], name: str) -> str | None:
        i = match.columns.get(name)
        return cells[i] if i is not None and i < len(cells) else None

    rows: list[PreviewRow] = []
    seen: set[str] = set()
    for index, (line, cells) in enumerate(raw_rows):
        _tick(index, len(raw_rows), should_stop, progress)
        row = PreviewRow(line=line, identity="")
        problems: list[Problem] = []
        if mapping.kind == "posts":
            remote_id = (cell(cells, "remote_id") or "").strip()
            url = (cell(cells, "url") or "").strip() or None
            row.url = url
            row.remote_id = remote_id
            row.text = (cell(cells, "text") or "").strip()
            row.identity = f"post:{remote_id or (url or '').rstrip('/')}"
            if row.identity == "post:":
                problems.append(Problem("stats_no_post_id"))
            try:
                row.published_at = parse_datetime(
                    cell(cells, "published_at"), tz, mapping.date_formats
                )
            except CellError as exc:
                column = header[match.columns["published_at"]]
                problems.append(Problem("stats_not_a_date", column=column, value=exc.value))
            row.target_id = by_remote.get(remote_id) if remote_id else None
            if row.target_id is None and url:
                row.target_id = by_url.get(url.rstrip("/"))
            if row.target_id is None and row.published_at is None and not problems:
                problems.append(Problem("stats_no_publish_time"))
        else:
            try:
                when = parse_datetime(cell(cells, "date"), tz, mapping.date_formats)
            except CellError as exc:
                when = None
                column = header[match.columns["date"]]
                problems.append(Problem("stats_not_a_date", column=column, value=exc.value))
            if when is None and not problems:
                problems.append(Problem("stats_no_date"))
            if when is not None:
                day = when.astimezone(tz).date()
                # a day's figure is taken at the end of that local day
                end_of_day = dt.datetime.combine(day, dt.time(23, 59), tz).astimezone(dt.UTC)
                row.published_at = end_of_day
                row.identity = f"|day:{day.isoformat()}"
        for name in mapping.columns:
            if name not in METRIC_FIELDS or name not in match.columns:
                continue
            try:
                value = parse_number(cell(cells, name), mapping.decimal_comma)
            except CellError as exc:
                column = header[match.columns[name]]
                problems.append(Problem("stats_not_a_number", column=column, value=exc.value))
                continue
            if value is not None:
                if value < 0:
                    column = header[match.columns[name]]
                    problems.append(Problem("stats_negative", column=column, value=value))
                    continue
                metric = name if mapping.kind == "posts" else ACCOUNT_METRIC_NAMES[name]
                row.figures[metric] = value
        if not row.figures and not problems:
            problems.append(Problem("stats_no_figures"))
        if problems:
            row.problems = problems
            row.status = "problem"
        else:
            keys = [_key(account.id, row.identity, k, v) for k, v in row.figures.items()]
            row.new_keys = [k for k in keys if k not in seen]
            seen.update(keys)
        rows.append(row)
    existing = _existing_keys(store, (k for r in rows for k in r.new_keys))
    for row in rows:
        if row.status == "problem":
            continue
        row.new_keys = [k for k in row.new_keys if k not in existing]
        if not row.new_keys:
            row.status = "duplicate"
    columns = {name: header[i] for name, i in match.columns.items()}
    return ImportPreview(
        path=path,
        mapping=mapping,
        account_id=account.id,
        account_label=f"{account.platform} · {account.handle}",
        header=header,
        columns=columns,
        rows=rows,
        platform=account.platform,
        handle=account.handle,
    )


def apply_import(
    store: Store,
    preview: ImportPreview,
    now: dt.datetime | None = None,
    should_stop: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Write the preview's new figures (and the posts SMM Desk did not know) in one transaction.

    ``should_stop`` (checked every few hundred rows) rolls the whole import back with
    :class:`ImportStoppedError`: a stopped import stores nothing, so it can simply be redone.
    """
    now = now or dt.datetime.now(dt.UTC)
    added = created = 0
    account_id = preview.account_id
    with store.session_scope() as s:
        taken = set(
            s.scalars(
                select(MetricSnapshot.import_key).where(
                    MetricSnapshot.import_key.in_(
                        [k for r in preview.rows for k in r.new_keys][:30000]
                    )
                )
            )
        )
        for index, row in enumerate(preview.rows):
            _tick(index, len(preview.rows), should_stop, progress)
            if row.status != "new":
                continue
            target_id: int | None = None
            if preview.mapping.kind == "posts":
                target_id = row.target_id
                if target_id is None:
                    q = select(PostTarget.id).where(PostTarget.account_id == account_id)
                    if row.remote_id:
                        q = q.where(PostTarget.remote_id == row.remote_id)
                    else:
                        q = q.where(PostTarget.remote_url == row.url)
                    existing = s.scalar(q.limit(1))
                    if existing is None:
                        post = Post(
                            text=row.text,
                            notes=f"Imported with its figures from {preview.path.name}",
                        )
                        s.add(post)
                        s.flush()
                        target = PostTarget(
                            post_id=post.id,
                            account_id=account_id,
                            state=TargetState.PUBLISHED.value,
                            published_at=row.published_at,
                            scheduled_at=row.published_at,
                            remote_id=row.remote_id or None,
                            remote_url=row.url,
                        )
                        s.add(target)
                        s.flush()
                        existing = target.id
                        created += 1
                    target_id = existing
            for metric, value in row.figures.items():
                key = _key(account_id, row.identity, metric, value)
                if key in taken or key not in row.new_keys:
                    continue
                taken.add(key)
                s.add(
                    MetricSnapshot(
                        account_id=None if target_id is not None else account_id,
                        target_id=target_id,
                        metric=metric,
                        value=value,
                        taken_at=row.published_at
                        if preview.mapping.kind == "account" and row.published_at
                        else now,
                        source=MetricSource.CSV.value,
                        import_key=key,
                    )
                )
                added += 1
    return ImportResult(
        snapshots_added=added,
        posts_created=created,
        duplicates=preview.count("duplicate"),
        problems=preview.count("problem"),
    )
