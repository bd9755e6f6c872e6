"""Bulk import and export of the plan as CSV (a spreadsheet is how many owners draft a month).

Columns (header row required, order free, names exact): ``scheduled_at``, ``accounts``, ``text``,
``media``, ``rubric``.

* ``scheduled_at``: ISO 8601. ``2026-06-02T12:30+02:00`` is an exact instant; ``2026-06-02 12:30``
  (no offset) is the user's local time (DST rule of ``domain.slots``); ``2026-06-02`` is that day
  at its first posting slot (else 10:00); empty is an idea, or the next free posting slot of each
  account when importing with ``queue=True``.
* ``accounts``: ``platform:handle`` separated by ``;`` (``instagram:@bakery; x:bakery``); a row
  without accounts and without a date is an idea.
* ``media``: image file paths separated by ``|``; relative paths are relative to the CSV file.
* ``rubric``: a rubric name; a new name creates the rubric.

Rows are numbered as a spreadsheet shows them: the header is row 1, a cell with line breaks is
still one row. The import first builds a preview with every row's problems (``Problem`` codes); it
writes nothing unless no row has a problem, and then writes everything in one transaction.
Files are UTF-8 (a BOM is written for spreadsheet apps and accepted on read); ``,`` ``;`` or tab
separated files are read, ``,`` is written. A cell a spreadsheet app would run as a formula
(starting with ``=`` ``+`` ``-`` ``@``, tab or CR) is written with a leading ``'``, which the import
takes off again. A file is read row by row, up to 10,000 posts of up to 65,536 characters a cell.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.domain.slots import local_to_utc, utc_to_local
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.plan.commands import _add_to_queue
from smmdesk_gui.services.plan.csv_file import (
    ACCOUNT_SEP,
    MEDIA_SEP,
    Progress,
    RowProblem,
    read_rows,
)
from smmdesk_gui.services.plan.csv_file import CsvImportError as CsvImportError
from smmdesk_gui.services.plan.import_checks import text_problems
from smmdesk_gui.services.plan.posting_times import _default_time_on, _slots_of
from smmdesk_gui.services.plan.queries import PlanError
from smmdesk_gui.services.plan.rubrics import _create_rubric, _find_rubric
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    Post,
    PostMedia,
    PostTarget,
    TargetState,
)

NEW_RUBRIC_COLOUR = "#7f8c8d"
# Dates outside these years are typing mistakes (and year 1 or 9999 overflow a zone conversion).
FIRST_YEAR, LAST_YEAR = 1970, 2999


@dataclass
class RowPreview:
    """One CSV row as it will be created, with its problems."""

    row: int
    scheduled_at: dt.datetime | None  # aware UTC; None = idea or queue
    local: str  # how the time reads in the user's zone, "" for an idea
    accounts: list[str]
    account_ids: list[int]
    text: str
    media: list[Path]
    rubric: str
    new_rubric: bool = False
    queue: bool = False
    problems: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "row": self.row,
            "scheduled_at": self.scheduled_at.isoformat() if self.scheduled_at else None,
            "local": self.local,
            "accounts": self.accounts,
            "text": self.text,
            "media": [str(p) for p in self.media],
            "rubric": self.rubric,
            "new_rubric": self.new_rubric,
            "queue": self.queue,
            "problems": [p.message for p in self.problems],
        }


@dataclass
class ImportPreview:
    rows: list[RowPreview]
    file_problems: list[RowProblem] = field(default_factory=list)
    post_ids: list[int] = field(default_factory=list)  # filled once written

    @property
    def ok(self) -> bool:
        return not self.file_problems and not any(r.problems for r in self.rows)

    def messages(self) -> list[str]:
        return [p.message for p in self.row_problems()]

    def row_problems(self) -> list[RowProblem]:
        """The file's problems, then every row's, in file order."""
        out = list(self.file_problems)
        for r in self.rows:
            out.extend(RowProblem(r.row, p) for p in r.problems)
        return out


# -------------------------------------------------------------------------------------- reading


def _platform_id(name: str) -> str | None:
    key = name.strip().casefold()
    for pid, platform in PLATFORMS.items():
        if key in (pid, platform.name.casefold()):
            return pid
    return {"twitter": "x", "ig": "instagram", "fb": "facebook", "tg": "telegram"}.get(key)


def _accounts_index(session: Session) -> dict[tuple[str, str], Account]:
    return {
        (a.platform, a.handle.lstrip("@").casefold()): a for a in session.scalars(select(Account))
    }


def _parse_when(
    text: str, tz: ZoneInfo, default_time: dt.time
) -> tuple[dt.datetime | None, Problem | None]:
    value = text.strip()
    if not value:
        return None, None
    far = Problem("csv_date_out_of_range", value=value, first=FIRST_YEAR, last=LAST_YEAR)
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                return None, far
            return local_to_utc(dt.datetime.combine(day, default_time), tz), None
        parsed = dt.datetime.fromisoformat(value)
        if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
            return None, far
        if parsed.tzinfo is None:
            return local_to_utc(parsed, tz), None
        return parsed.astimezone(dt.UTC), None
    except ValueError:
        return None, Problem("csv_not_a_date", value=value)
    except OverflowError:  # a UTC offset pushing a date past year 1 or 9999
        return None, far


def preview_import(
    store: Store,
    path: Path,
    tz: ZoneInfo,
    now: dt.datetime,
    *,
    queue: bool = False,
    progress: Progress | None = None,
) -> ImportPreview:
    """Every row as it will be created, with its problems; writes nothing.

    ``progress(rows checked, rows)`` is called as the rows are checked.
    """
    with store.session_scope() as session:
        return _preview_import(session, path, tz, now, queue, progress)


def _preview_import(
    session: Session,
    path: Path,
    tz: ZoneInfo,
    now: dt.datetime,
    queue: bool,
    progress: Progress | None = None,
) -> ImportPreview:
    records, file_problems = read_rows(path)
    if file_problems:
        return ImportPreview([], file_problems)
    accounts = _accounts_index(session)
    known_rubrics: set[str] = set()
    rows: list[RowPreview] = []
    for done, (number, cells) in enumerate(records):
        if progress is not None and done % 50 == 0:
            progress(done, len(records))
        problems: list[Problem] = [
            Problem("csv_nul", column=name) for name, cell in cells.items() if "\x00" in cell
        ]
        names: list[str] = []
        ids: list[int] = []
        for item in cells.get("accounts", "").split(ACCOUNT_SEP):
            item = item.strip()
            if not item:
                continue
            platform, sep, handle = item.partition(":")
            pid = _platform_id(platform) if sep else None
            if pid is None:
                problems.append(Problem("csv_bad_account", item=item))
                continue
            account = accounts.get((pid, handle.strip().lstrip("@").casefold()))
            if account is None:
                problems.append(Problem("csv_unknown_account", platform=pid, handle=handle.strip()))
                continue
            if account.id not in ids:
                ids.append(account.id)
                names.append(f"{account.platform}:{account.handle}")
        # A row without accounts and without a date is an idea (it needs no account yet: a new
        # workspace imports its spreadsheet before connecting anything); with a date, or for
        # the queue, it needs one.
        dated = bool(cells.get("scheduled_at", "").strip())
        if not ids and not problems and (dated or queue):
            problems.append(Problem("csv_no_account"))
        default_time = _default_time_on(session, ids, now.date())
        when, bad = _parse_when(cells.get("scheduled_at", ""), tz, default_time)
        if bad:
            problems.append(bad)
        if when is not None and when < now:
            problems.append(Problem("csv_in_past", when=f"{utc_to_local(when, tz):%Y-%m-%d %H:%M}"))
        if len(cells.get("scheduled_at", "").strip()) == 10 and when is not None:
            day = utc_to_local(when, tz).date()
            t = _default_time_on(session, ids, day)
            when = local_to_utc(dt.datetime.combine(day, t), tz)
        media: list[Path] = []
        for item in cells.get("media", "").split(MEDIA_SEP):
            item = item.strip()
            if not item:
                continue
            file = Path(item).expanduser()
            if not file.is_absolute():
                file = path.parent / file
            if not file.is_file():
                problems.append(Problem("csv_image_missing", file=item))
            media.append(file)
        text = cells.get("text", "")
        if not text.strip() and not media:
            problems.append(Problem("csv_empty"))
        for account_id in ids:
            account = next(a for a in accounts.values() if a.id == account_id)
            if queue and when is None and not _slots_of(session, account_id):
                problems.append(
                    Problem(
                        "csv_no_posting_times", platform=account.platform, handle=account.handle
                    )
                )
            problems.extend(
                text_problems(
                    account.platform, text, len(media), scheduled=when is not None or queue
                )
            )
        rubric = cells.get("rubric", "").strip()
        new_rubric = bool(rubric) and _find_rubric(session, rubric) is None
        if new_rubric and rubric.casefold() in known_rubrics:
            new_rubric = False  # an earlier row creates it
        if rubric:
            known_rubrics.add(rubric.casefold())
        rows.append(
            RowPreview(
                row=number,
                scheduled_at=when,
                local=f"{utc_to_local(when, tz):%Y-%m-%d %H:%M}" if when else "",
                accounts=names,
                account_ids=ids,
                text=text,
                media=media,
                rubric=rubric,
                new_rubric=new_rubric,
                queue=queue and when is None,
                problems=problems,
            )
        )
    if progress is not None:
        progress(len(records), len(records))
    return ImportPreview(rows)


# -------------------------------------------------------------------------------------- writing


def original_path(paths: AppPaths, sha256: str, extension: str) -> Path:
    """Where the media library keeps an original: ``media/<sha[:2]>/<sha256><.ext>``."""
    return paths.media / sha256[:2] / f"{sha256}{extension}"


def _import_media(store: Store, paths: AppPaths, rows: Sequence[RowPreview]) -> dict[Path, int]:
    """Put every picture of the file into the media library (once each): file -> asset id.

    Runs before the posts are written: a damaged picture stops the import with its row number
    before any post exists. Pictures already imported stay in the library (as after any import
    on the Media screen); posts are all-or-nothing.
    """
    from smmdesk_gui.media.errors import MediaError
    from smmdesk_gui.services.library.assets import MediaLibrary

    library = MediaLibrary(store, paths)
    assets: dict[Path, int] = {}
    for row in rows:
        for file in row.media:
            if file in assets:
                continue
            try:
                assets[file] = library.import_file(file).asset.id
            except MediaError as exc:
                unusable = Problem(
                    "csv_image_unusable", file=file.name, why=type(exc).__name__, detail=str(exc)
                )
                raise CsvImportError([RowProblem(row.row, unusable)]) from None
            except OSError as exc:
                unreadable = Problem(
                    "csv_image_unreadable", path=str(file), detail=exc.strerror or str(exc)
                )
                raise CsvImportError([RowProblem(row.row, unreadable)]) from None
    return assets


def import_posts(
    store: Store,
    paths: AppPaths,
    path: Path,
    tz: ZoneInfo,
    now: dt.datetime,
    *,
    queue: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportPreview:
    """Preview and, when every row is fine and not ``dry_run``, create all posts in one transaction.

    ``progress(rows checked, rows)`` is called while the rows are checked (the long part).

    Raises:
        CsvImportError: some row has a problem; nothing was written.
    """
    preview = preview_import(store, path, tz, now, queue=queue, progress=progress)
    if not preview.ok:
        raise CsvImportError(preview.row_problems())
    if dry_run:
        return preview
    assets = _import_media(store, paths, preview.rows)
    with store.session_scope() as session:
        queued: dict[int, list[dt.datetime]] = defaultdict(list)
        for row in preview.rows:
            rubric = _find_rubric(session, row.rubric) if row.rubric else None
            if row.rubric and rubric is None:
                _create_rubric(session, row.rubric, NEW_RUBRIC_COLOUR)
                rubric = _find_rubric(session, row.rubric)
            post = Post(text=row.text, rubric_id=rubric.id if rubric else None)
            session.add(post)
            session.flush()
            state = TargetState.SCHEDULED.value if row.scheduled_at else TargetState.DRAFT.value
            for account_id in row.account_ids:
                session.add(
                    PostTarget(
                        post_id=post.id,
                        account_id=account_id,
                        scheduled_at=row.scheduled_at,
                        state=state,
                    )
                )
            attached: list[int] = []  # the same picture twice in a row is attached once
            for file in row.media:
                if assets[file] not in attached:
                    attached.append(assets[file])
            for position, asset_id in enumerate(attached):
                session.add(PostMedia(post_id=post.id, asset_id=asset_id, position=position))
            session.flush()
            if row.queue:
                try:
                    cmd = _add_to_queue(session, post.id, tz, now, queued)
                except PlanError as exc:
                    raise CsvImportError([RowProblem(row.row, exc.problem)]) from None
                for change in cmd.changes:
                    target = session.get(PostTarget, change.target_id)
                    assert target is not None and change.scheduled_at is not None
                    target.scheduled_at = change.scheduled_at
                    target.state = change.state
                    queued[target.account_id].append(change.scheduled_at)
                row.scheduled_at = cmd.changes[0].scheduled_at if cmd.changes else None
                row.local = (
                    f"{utc_to_local(row.scheduled_at, tz):%Y-%m-%d %H:%M}"
                    if row.scheduled_at
                    else ""
                )
            preview.post_ids.append(post.id)
    return preview
