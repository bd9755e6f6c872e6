"""Issue 5's "Done when" at the service level: a 30-row CSV with mistakes is previewed, fixed and
imported; the posts are on the calendar; moves and copies are undone and redone; the plan is
exported to CSV (round trip) and to an .ics file that a real iCalendar parser accepts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
from sqlalchemy import func, select

from smmdesk_gui.services.plan import commands as pc
from smmdesk_gui.services.plan.csv_import import CsvImportError, import_posts, preview_import
from smmdesk_gui.services.plan.export import collect, export_csv, export_ics
from smmdesk_gui.services.plan.queries import query_range
from smmdesk_gui.store.models import Post, PostTarget, Rubric
from tests.fakes.plan_csv30 import BAD_ROWS, IDEA_ROWS, TEXTS, write_plan_csv
from tests.fakes.plan_workspace import Workspace, local, make_workspace

NOW = local("2026-06-01 08:00")
START = dt.date(2026, 6, 8)


def test_thirty_rows_preview_fix_import_move_undo_export(ws: Workspace, tmp_path: Path) -> None:
    src = write_plan_csv(tmp_path / "june.csv", START, mistakes=True)

    # 1. Preview: every row shown, exactly the four bad rows named, nothing written.
    preview = preview_import(ws.store, src, ws.tz, NOW)
    assert len(preview.rows) == 30 and not preview.ok
    bad = {r.row: " ".join(p.message for p in r.problems) for r in preview.rows if r.problems}
    assert set(bad) == set(BAD_ROWS)
    assert "no account x:nobody" in bad[4]
    assert "31/12/2026 10:00" in bad[9] and "not a date" in bad[9]
    assert "too long" in bad[15].lower() or "characters" in bad[15]
    assert "missing-photo.jpg" in bad[22]
    try:
        import_posts(ws.store, ws.paths, src, ws.tz, NOW)
        raise AssertionError("a file with problems must not import")
    except CsvImportError as exc:
        assert len(exc.messages) >= 4 and all(m.startswith("Row ") for m in exc.messages)
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 0

    # 2. Fixed file: 30 posts in one go, texts exactly as written (RTL, emoji, quotes, newlines).
    fixed = write_plan_csv(tmp_path / "june.csv", START)
    result = import_posts(ws.store, ws.paths, fixed, ws.tz, NOW)
    assert result.ok and len(result.post_ids) == 30
    with ws.store.session_scope() as s:
        texts = list(s.scalars(select(Post.text).order_by(Post.id)))
        assert texts[3] == TEXTS[3] + " #4" and "\r\n" in texts[3]
        assert texts[0].startswith("نان تازه") and "👩‍🍳" in texts[1] and '"best' in texts[2]
        assert s.scalar(select(Rubric.id).where(Rubric.name == "Seasonal")) is not None
        ideas = s.scalar(
            select(func.count(func.distinct(PostTarget.post_id))).where(
                PostTarget.scheduled_at.is_(None)
            )
        )
        assert ideas == len(IDEA_ROWS)

    # 3. On the calendar: the imported month shows every scheduled post at its local time.
    start, end = local("2026-06-01 00:00"), local("2026-07-01 00:00")
    entries = query_range(ws.store, start, end, ws.tz)
    assert len({e.post_id for e in entries}) == 30 - len(IDEA_ROWS)
    first = min(entries, key=lambda e: e.scheduled_at)
    assert first.local == dt.datetime(2026, 6, 8, 8, 0)

    # 4. Drag (move to another day), Ctrl-drag (copy), an hour drop; undo all, redo.
    move = pc.reschedule(ws.store, list(first.target_ids), dt.date(2026, 6, 20), ws.tz)
    undo_move = move.apply(ws.store)
    copy = pc.duplicate([first.post_id], ws.tz, to_day=dt.date(2026, 6, 21))
    undo_copy = copy.apply(ws.store)
    hour = pc.move_group_to(ws.store, list(first.target_ids), local("2026-06-22 15:30"))
    undo_hour = hour.apply(ws.store)
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 31
        t = s.get(PostTarget, first.target_ids[0])
        assert t is not None and t.scheduled_at == local("2026-06-22 15:30")
    undo_hour.apply(ws.store)
    redo_copy = undo_copy.apply(ws.store)
    undo_move.apply(ws.store)
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 30
        t = s.get(PostTarget, first.target_ids[0])
        assert t is not None and t.scheduled_at == first.scheduled_at
    redo_copy.apply(ws.store)  # redo the copy: 31 posts again, then take it back for the export
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 31

    # 5. Export CSV: importing it into an empty workspace and exporting again gives the same file.
    out1, out2 = tmp_path / "export1.csv", tmp_path / "export2.csv"
    with ws.store.session_scope() as s:
        s.delete(s.scalars(select(Post).order_by(Post.id.desc())).first())
    rows = collect(ws.store, ws.paths)
    assert export_csv(rows, out1, ws.tz) == 30
    other = make_workspace(tmp_path / "other-home")
    try:
        again = import_posts(other.store, other.paths, out1, other.tz, NOW)
        assert len(again.post_ids) == 30
        export_csv(collect(other.store, other.paths), out2, other.tz)
    finally:
        other.store.dispose()
    # Media paths point into each workspace's own library: compared with them normalised.
    a = out1.read_bytes().decode("utf-8-sig").replace(str(ws.paths.media), "<media>")
    b = out2.read_bytes().decode("utf-8-sig").replace(str(other.paths.media), "<media>")
    assert a == b and a.count("<media>") == 7

    # 6. Export ICS, read back with the icalendar package: one event per scheduled post.
    ics = tmp_path / "june.ics"
    n = export_ics(collect(ws.store, ws.paths, include_ideas=False), ics, now=NOW)
    assert n == 30 - len(IDEA_ROWS)
    cal = icalendar.Calendar.from_ical(ics.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == n and cal["VERSION"] == "2.0" and cal.get("PRODID")
    assert len({str(e["UID"]) for e in events}) == n
    with ws.store.session_scope() as s:  # iCalendar has one kind of line break: \n
        by_text = {
            p.text.replace("\r\n", "\n"): [t.scheduled_at for t in p.targets if t.scheduled_at]
            for p in s.scalars(select(Post))
        }
    for event in events:
        start_at = event.decoded("DTSTART")
        assert start_at.tzinfo is not None and start_at.utcoffset() == dt.timedelta(0)
        assert event.decoded("DTEND") - start_at == dt.timedelta(minutes=15)
        description = str(event["DESCRIPTION"])
        text = next(t for t in by_text if description.startswith(t + "\n\n"))
        assert start_at in by_text[text]
    multiline = next(e for e in events if str(e["DESCRIPTION"]).startswith(TEXTS[3][:10]))
    assert "Mon–Fri 7–18\nSat 8–14\n\nSunday closed" in str(multiline["DESCRIPTION"])
    persian = next(e for e in events if "نان تازه" in str(e["SUMMARY"]))
    assert persian["CATEGORIES"].cats == ["Product"]
    quoted = next(e for e in events if "best bread" in str(e["SUMMARY"]))
    assert 'She said "best bread in town", we agree; come by' in str(quoted["SUMMARY"])
