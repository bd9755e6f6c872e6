"""Export of the plan: the import CSV format (round-trips exactly) and an iCalendar file.

CSV rows are one post at one instant with one text: targets of a post that share the time and
text are one row with all their accounts; different per-account texts become separate rows, so
exporting, importing into an empty workspace and exporting again gives the same bytes.

The ``.ics`` file follows RFC 5545: CRLF line ends, lines folded at 75 octets (never inside a
UTF-8 sequence), TEXT values escaped and free of control characters (3.3.11 allows none but tab;
a pasted U+000B, Word's line break, becomes a space), one VEVENT per post and time with a stable
UID, DTSTAMP and times in UTC, so every calendar app shows them in its own zone. A calendar needs
at least one component (3.4), so an empty plan carries the UTC time zone.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.plan.csv_file import ACCOUNT_SEP, COLUMNS, MEDIA_SEP, neutralise
from smmdesk_gui.services.plan.csv_import import original_path
from smmdesk_gui.services.plan.queries import PlanRange
from smmdesk_gui.services.workspace import workspace_zone
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    MediaAsset,
    Post,
    PostMedia,
    PostTarget,
    Rubric,
)


@dataclass(frozen=True)
class ExportRow:
    post_id: int
    scheduled_at: dt.datetime | None
    accounts: tuple[str, ...]
    text: str
    media: tuple[str, ...]
    rubric: str
    rubric_colour: str
    states: tuple[str, ...]


def collect(
    store: Store,
    paths: AppPaths,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
    *,
    include_ideas: bool = True,
) -> list[ExportRow]:
    """Rows for targets scheduled in ``[start, end)`` (all when open), plus ideas when asked."""
    with store.session_scope() as session:
        return _collect(session, paths, start, end, include_ideas)


def export_days(
    store: Store, paths: AppPaths, first: dt.date, last: dt.date, path: Path, kind: str
) -> int:
    """Write the posts of the local days ``[first, last]`` (the user's zone) to ``path`` as
    ``kind`` ``"csv"`` or ``"ics"``; the number written.

    Raises:
        OSError: the file could not be written.
    """
    zone = workspace_zone(store)
    rng = PlanRange.of_days(first, last, zone)
    rows = collect(store, paths, rng.start, rng.end)
    return export_csv(rows, path, zone) if kind == "csv" else export_ics(rows, path)


def _collect(
    session: Session,
    paths: AppPaths,
    start: dt.datetime | None,
    end: dt.datetime | None,
    include_ideas: bool,
) -> list[ExportRow]:
    stmt = (
        select(PostTarget, Account.platform, Account.handle)
        .join(Account, Account.id == PostTarget.account_id)
        .order_by(PostTarget.post_id, Account.platform, Account.handle)
    )
    if start is not None:
        stmt = stmt.where(PostTarget.scheduled_at >= start)
    if end is not None:
        stmt = stmt.where(PostTarget.scheduled_at < end)
    if not include_ideas or start is not None or end is not None:
        stmt = stmt.where(PostTarget.scheduled_at.is_not(None))
    groups: dict[tuple[int, dt.datetime | None, str], list[tuple[str, str]]] = {}
    posts: dict[int, Post] = {}
    for target, platform, handle in session.execute(stmt):
        post = posts.setdefault(target.post_id, target.post)
        text = target.text_override if target.text_override is not None else post.text
        groups.setdefault((target.post_id, target.scheduled_at, text), []).append(
            (f"{platform}:{handle}", target.state)
        )
    media: dict[int, tuple[str, ...]] = {}
    if posts:
        rows = session.execute(
            select(PostMedia.post_id, MediaAsset.sha256, MediaAsset.extension)
            .join(MediaAsset, MediaAsset.id == PostMedia.asset_id)
            .where(PostMedia.post_id.in_(list(posts)))
            .order_by(PostMedia.post_id, PostMedia.position)
        )
        grouped: dict[int, list[str]] = {}
        for post_id, sha, ext in rows:
            grouped.setdefault(post_id, []).append(str(original_path(paths, sha, ext)))
        media = {k: tuple(v) for k, v in grouped.items()}
    rubrics = {r.id: r for r in session.scalars(select(Rubric))}
    out = []
    for (post_id, when, text), accounts in groups.items():
        rubric = rubrics.get(posts[post_id].rubric_id or -1)
        out.append(
            ExportRow(
                post_id=post_id,
                scheduled_at=when,
                accounts=tuple(a for a, _ in accounts),
                text=text,
                media=media.get(post_id, ()),
                rubric=rubric.name if rubric else "",
                rubric_colour=rubric.colour if rubric else "",
                states=tuple(s for _, s in accounts),
            )
        )
    # Independent of database ids, so an export of an import of an export is the same file.
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    out.sort(key=lambda r: (r.scheduled_at or far, r.accounts, r.text, r.media, r.rubric))
    return out


def format_when(when: dt.datetime, tz: ZoneInfo) -> str:
    """ISO 8601 with the offset, in the user's zone: ``2026-06-02T12:30+02:00``."""
    local = when.astimezone(tz)
    return local.isoformat(timespec="minutes" if local.second == 0 else "seconds")


class ExportError(Exception):
    """The export cannot be written where asked; the message says why, in plain words."""


def check_target(path: Path) -> None:
    """Refuse an existing target that is not a plain file (a FIFO would block forever).

    Raises:
        ExportError: ``path`` exists and is a folder, a pipe, a device or a socket.
    """
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise ExportError(
            f"{path} is not a regular file (it is a folder, a pipe or a device). "
            "Choose a new file name to export to."
        )


def export_csv(rows: list[ExportRow], path: Path, tz: ZoneInfo) -> int:
    """Write ``rows`` to ``path`` (UTF-8 with BOM, CRLF, all cells quoted when needed).

    Cells a spreadsheet app would run as a formula get a leading ``'`` (``neutralise``), which
    the import takes off again, so the owner's text round-trips byte for byte.

    Raises:
        ExportError: ``path`` exists and is not a regular file.
    """
    check_target(path)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        cells = [
            format_when(row.scheduled_at, tz) if row.scheduled_at else "",
            ACCOUNT_SEP.join(row.accounts),
            row.text,
            MEDIA_SEP.join(row.media),
            row.rubric,
        ]
        writer.writerow([neutralise(cell) for cell in cells])
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return len(rows)


# ------------------------------------------------------------------------------------- iCalendar

EVENT_MINUTES = 15


# C0 controls but tab, line feed and carriage return, and DEL (RFC 5545 CONTROL); the C1
# controls too, which no calendar app shows either.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    """``text`` with each control character RFC 5545 TEXT forbids turned into a space."""
    return _CONTROLS.sub(" ", text)


def ics_escape(text: str) -> str:
    """RFC 5545 3.3.11 TEXT escaping (control characters become spaces)."""
    return (
        _printable(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> Iterator[bytes]:
    """RFC 5545 3.1 folding: at most 75 octets a line, never splitting a UTF-8 character."""
    data = line.encode("utf-8")
    first = True
    while data:
        limit = 75 if first else 74  # continuation lines start with one space
        if len(data) <= limit:
            cut = len(data)
        else:
            cut = limit
            while cut > 0 and (data[cut] & 0xC0) == 0x80:  # inside a multi-byte character
                cut -= 1
        yield data[:cut] if first else b" " + data[:cut]
        data = data[cut:]
        first = False


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _uid(row: ExportRow) -> str:
    """Stable per post, time and account set (two rows of one post differ in accounts)."""
    assert row.scheduled_at is not None
    accounts = hashlib.sha256(ACCOUNT_SEP.join(row.accounts).encode("utf-8")).hexdigest()[:10]
    return f"post-{row.post_id}-{_stamp(row.scheduled_at)}-{accounts}@smmdesk.local"


def _summary(row: ExportRow) -> str:
    ids = [a.split(":", 1)[0] for a in row.accounts]
    names = sorted({PLATFORMS[p].name if p in PLATFORMS else p for p in ids})
    lines = _printable(row.text).splitlines()  # now only real line breaks split it
    first_line = next((ln.strip() for ln in lines if ln.strip()), "")
    if len(first_line) > 60:
        first_line = first_line[:59] + "…"
    return f"{', '.join(names)}: {first_line}" if first_line else ", ".join(names)


# The time zone the events' times are in (they end in Z): harmless to every calendar app.
_UTC_TIMEZONE = [
    "BEGIN:VTIMEZONE",
    "TZID:UTC",
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    "TZOFFSETFROM:+0000",
    "TZOFFSETTO:+0000",
    "TZNAME:UTC",
    "END:STANDARD",
    "END:VTIMEZONE",
]


def export_ics(rows: list[ExportRow], path: Path, now: dt.datetime | None = None) -> int:
    """Write scheduled ``rows`` as VEVENTs; returns the number of events."""
    stamp = _stamp(now or dt.datetime.now(dt.UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//SMM Desk//Content plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + ics_escape("SMM Desk content plan"),
    ]
    count = 0
    for row in rows:
        if row.scheduled_at is None:
            continue
        count += 1
        description = row.text + "\n\n" + "\n".join(row.accounts)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_uid(row)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART:{_stamp(row.scheduled_at)}",
            f"DTEND:{_stamp(row.scheduled_at + dt.timedelta(minutes=EVENT_MINUTES))}",
            "SUMMARY:" + ics_escape(_summary(row)),
            "DESCRIPTION:" + ics_escape(description),
            "STATUS:" + ("CONFIRMED" if "published" in row.states else "TENTATIVE"),
            "TRANSP:TRANSPARENT",
        ]
        if row.rubric:
            lines.append("CATEGORIES:" + ics_escape(row.rubric))
        lines.append("END:VEVENT")
    if count == 0:
        lines += _UTC_TIMEZONE  # RFC 5545 3.4: a calendar holds at least one component
    lines.append("END:VCALENDAR")
    path.write_bytes(b"".join(part + b"\r\n" for line in lines for part in fold(line)))
    return count
