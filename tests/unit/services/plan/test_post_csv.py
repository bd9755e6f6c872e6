"""CSV import (preview, problems, one transaction) and export (exact round trip), and .ics."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from smmdesk_gui.services.plan.csv_import import CsvImportError, import_posts, preview_import
from smmdesk_gui.services.plan.export import collect, export_csv, export_ics, fold
from smmdesk_gui.store.models import MediaAsset, Post, PostMedia, PostTarget, Rubric
from tests.fakes.plan_workspace import Workspace, local, make_workspace
from tests.fakes.post_csv import TRICKY, write_csv

NOW = local("2026-06-01 08:00")


def image(path: Path, colour: str = "orange") -> Path:
    Image.new("RGB", (64, 48), colour).save(path)
    return path


def test_import_tricky_cells_and_round_trip_exactly(ws: Workspace, tmp_path: Path) -> None:
    photo = image(tmp_path / "bread.jpg")
    src = write_csv(
        tmp_path / "plan.csv",
        [
            ["2026-06-02 12:30", "instagram:@bakery; x:bakery", TRICKY[0], "bread.jpg", "Product"],
            ["2026-06-03T09:00+02:00", "x:Bakery", TRICKY[1], "", "Seasonal"],
            ["2026-06-04T07:00Z", "mastodon:bakery", TRICKY[2], str(photo), "seasonal"],
            ["", "telegram:bakery_news", TRICKY[3], "", ""],
            ["2026-06-05 18:00", "Telegram:bakery_news", TRICKY[4], "", "Useful tips"],
        ],
    )
    preview = import_posts(ws.store, ws.paths, src, ws.tz, NOW)
    assert preview.ok and len(preview.post_ids) == 5
    assert preview.rows[1].new_rubric and not preview.rows[2].new_rubric
    with ws.store.session_scope() as s:
        texts = [p.text for p in s.scalars(select(Post).order_by(Post.id))]
        assert texts == TRICKY
        assert s.scalar(select(func.count(PostTarget.id))) == 6
        assert s.scalar(select(func.count(Rubric.id))) == 4  # "Seasonal" created once
        assert s.scalar(select(func.count(MediaAsset.id))) == 1  # same photo twice: one asset
        assert s.scalar(select(func.count(PostMedia.id))) == 2
        first = s.scalars(select(PostTarget).order_by(PostTarget.id)).first()
        assert first is not None and first.scheduled_at == local("2026-06-02 12:30")
    rows = collect(ws.store, ws.paths)
    out1 = tmp_path / "export1.csv"
    export_csv(rows, out1, ws.tz)
    # Import the export into an empty workspace and export again: the same bytes.
    other = make_workspace(tmp_path / "other")
    try:
        import_posts(other.store, other.paths, out1, other.tz, NOW)
        out2 = tmp_path / "export2.csv"
        export_csv(collect(other.store, other.paths), out2, other.tz)
    finally:
        other.store.dispose()
    assert out1.read_bytes().startswith(b"\xef\xbb\xbf")
    # Media paths point into each workspace's own store: compare with them normalised.
    a = out1.read_bytes().decode("utf-8-sig").replace(str(ws.paths.media), "<media>")
    b = out2.read_bytes().decode("utf-8-sig").replace(str(other.paths.media), "<media>")
    assert a == b
    assert TRICKY[3] in a and "2026-06-02T12:30+02:00" in a


def test_export_is_deterministic_and_reimport_of_same_file_is_identical(
    ws: Workspace, tmp_path: Path
) -> None:
    ws.post(TRICKY[2], ["mastodon:bakery", "x:bakery"], local("2026-06-10 12:30"), rubric="Product")
    ws.post(TRICKY[0], ["telegram:bakery_news"], None)
    rows = collect(ws.store, ws.paths)
    first = tmp_path / "a.csv"
    export_csv(rows, first, ws.tz)
    other = make_workspace(tmp_path / "other")
    try:
        import_posts(other.store, other.paths, first, other.tz, NOW)
        second = tmp_path / "b.csv"
        export_csv(collect(other.store, other.paths), second, other.tz)
    finally:
        other.store.dispose()
    assert first.read_bytes() == second.read_bytes()


def test_preview_tells_every_problem_and_nothing_is_written(ws: Workspace, tmp_path: Path) -> None:
    src = write_csv(
        tmp_path / "bad.csv",
        [
            ["2026-06-02 12:30", "instagram:@nobody", "Hello", "", ""],
            ["next tuesday", "x:bakery", "Hi", "", ""],
            ["2026-06-02 12:30", "x:bakery", "A" * 281, "", ""],
            ["2026-06-02 12:30", "instagram:bakery", "Cake", "missing.jpg", ""],
            ["2026-05-01 10:00", "x:bakery", "Too late", "", ""],
            ["2026-06-02 12:30", "myspace", "Old", "", ""],
            ["2026-06-02 12:30", "", "No account", "", ""],
            ["2026-06-08 12:30", "x:bakery", "This row is fine", "", ""],
        ],
    )
    preview = preview_import(ws.store, src, ws.tz, NOW)
    messages = preview.messages()
    assert not preview.ok
    joined = "\n".join(messages)
    assert "Row 2: There is no account instagram:@nobody" in joined
    assert "Row 3: “next tuesday” is not a date and time" in joined
    assert "Row 4: The text is too long for X: 281 of 280 characters. Remove 1 character." in joined
    assert "Row 5: The image file missing.jpg is missing." in joined
    assert "Row 6: 2026-05-01 10:00 is in the past" in joined
    assert "Row 7: “myspace” is not an account" in joined
    assert "Row 8: No account is given" in joined
    assert not any(m.startswith("Row 9") for m in messages)
    with pytest.raises(CsvImportError) as err:
        import_posts(ws.store, ws.paths, src, ws.tz, NOW)
    assert err.value.messages == messages
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 0


def test_row_numbers_count_spreadsheet_rows_not_lines(ws: Workspace, tmp_path: Path) -> None:
    src = write_csv(
        tmp_path / "multi.csv",
        [
            ["2026-06-02 12:30", "x:bakery", "one\ntwo\nthree", "", ""],
            ["bad", "x:bakery", "x", "", ""],
        ],
    )
    assert preview_import(ws.store, src, ws.tz, NOW).messages()[0].startswith("Row 3:")


def test_semicolon_csv_without_bom_and_missing_header(ws: Workspace, tmp_path: Path) -> None:
    src = write_csv(
        tmp_path / "excel.csv",
        [["2026-06-02 12:30", "x:bakery", "Semicolons, from Excel", "", ""]],
        delimiter=";",
        bom=False,
    )
    assert import_posts(ws.store, ws.paths, src, ws.tz, NOW).ok
    bad = tmp_path / "nohead.csv"
    bad.write_text("when,where\n1,2\n", encoding="utf-8")
    preview = preview_import(ws.store, bad, ws.tz, NOW)
    assert preview.messages()[0].startswith("Row 1: the header has no column “accounts”")
    latin = tmp_path / "latin.csv"
    latin.write_bytes("accounts,text\nx:bakery,caf\xe9\n".encode("latin-1"))
    assert "UTF-8" in preview_import(ws.store, latin, ws.tz, NOW).messages()[0]


def test_dry_run_writes_nothing_and_queue_uses_slots(ws: Workspace, tmp_path: Path) -> None:
    src = write_csv(
        tmp_path / "q.csv",
        [
            ["", "instagram:bakery", "First", "", ""],
            ["", "instagram:bakery", "Second", "", ""],
            ["2026-06-10", "instagram:bakery", "Day only", "", ""],
        ],
    )
    image(tmp_path / "x.jpg")
    # Instagram requires an image when scheduled: queued rows are scheduled.
    with pytest.raises(CsvImportError, match="Row 2: Instagram needs at least one image"):
        import_posts(ws.store, ws.paths, src, ws.tz, NOW, queue=True, dry_run=True)
    src = write_csv(
        tmp_path / "q2.csv",
        [
            ["", "instagram:bakery", "First", "x.jpg", ""],
            ["", "instagram:bakery", "Second", "x.jpg", ""],
            ["2026-06-10", "instagram:bakery", "Day only", "x.jpg", ""],
        ],
    )
    dry = import_posts(ws.store, ws.paths, src, ws.tz, NOW, queue=True, dry_run=True)
    assert dry.ok and not dry.post_ids
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 0
    done = import_posts(ws.store, ws.paths, src, ws.tz, NOW, queue=True)
    # Tue 12:30, Thu 12:30 (the next free slots); 2026-06-10 (a Wednesday, no slot) at 10:00.
    assert [r.local for r in done.rows] == [
        "2026-06-02 12:30",
        "2026-06-04 12:30",
        "2026-06-10 10:00",
    ]


def unfold(data: bytes) -> list[str]:
    return data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")


def test_ics_is_valid_rfc5545(ws: Workspace, tmp_path: Path) -> None:
    long_text = "Fresh bread, every day; " + "نان تازه 🥐 " * 20 + "\nSecond line \\ done"
    pid = ws.post(
        long_text, ["instagram:bakery", "x:bakery"], local("2026-06-02 12:30"), rubric="Product"
    )
    ws.post("Idea only", ["x:bakery"], None)
    ws.post("Other", ["mastodon:bakery"], local("2026-06-03 09:00"))
    out = tmp_path / "plan.ics"
    n = export_ics(
        collect(ws.store, ws.paths, include_ideas=False),
        out,
        now=dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.UTC),
    )
    assert n == 2
    data = out.read_bytes()
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # only CRLF line ends
    for line in data.split(b"\r\n"):
        assert len(line) <= 75
        line.decode("utf-8")  # folding never splits a UTF-8 character
    lines = unfold(data)
    assert lines[0] == "BEGIN:VCALENDAR" and "VERSION:2.0" in lines
    assert any(ln.startswith("PRODID:") for ln in lines)
    assert lines.count("BEGIN:VEVENT") == 2 == lines.count("END:VEVENT")
    uids = [ln for ln in lines if ln.startswith("UID:")]
    assert len(set(uids)) == 2 and uids[0].startswith(f"UID:post-{pid}-20260602T103000Z")
    assert lines.count("DTSTAMP:20260601T080000Z") == 2
    assert "DTSTART:20260602T103000Z" in lines and "DTEND:20260602T104500Z" in lines
    desc = next(ln for ln in lines if ln.startswith("DESCRIPTION:"))[len("DESCRIPTION:") :]
    assert "\\;" in desc and "\\," in desc and "\\n" in desc and "\\\\" in desc
    restored = (
        desc.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
    )
    assert restored == long_text + "\n\ninstagram:bakery\nx:bakery"
    assert "CATEGORIES:Product" in lines
    assert next(ln for ln in lines if ln.startswith("SUMMARY:")).startswith(
        "SUMMARY:Instagram\\, X: Fresh bread\\, every day\\;"
    )


def test_fold_keeps_multibyte_characters_whole() -> None:
    line = "DESCRIPTION:" + "🥐" * 40
    parts = list(fold(line))
    assert all(len(p) <= 75 for p in parts)
    assert b"".join(p[1:] if i else p for i, p in enumerate(parts)).decode() == line


def test_media_goes_to_the_library_and_damaged_picture_names_its_row(
    ws: Workspace, tmp_path: Path
) -> None:
    photo = image(tmp_path / "cake.png", "pink")
    (tmp_path / "broken.jpg").write_bytes(b"not a picture at all")
    good = write_csv(
        tmp_path / "good.csv",
        [["2026-06-02 12:30", "instagram:bakery", "Cake", "cake.png|cake.png", ""]],
    )
    import_posts(ws.store, ws.paths, good, ws.tz, NOW)
    with ws.store.session_scope() as s:
        asset = s.scalars(select(MediaAsset)).one()
        assert s.scalar(select(func.count(PostMedia.id))) == 1  # the same picture once
        sha = asset.sha256
    assert (ws.paths.media / sha[:2] / f"{sha}.png").read_bytes() == photo.read_bytes()
    bad = write_csv(
        tmp_path / "bad.csv",
        [
            ["2026-06-03 12:30", "instagram:bakery", "Fine", "cake.png", ""],
            ["2026-06-04 12:30", "instagram:bakery", "Broken", "broken.jpg", ""],
        ],
    )
    with pytest.raises(CsvImportError, match=r"^Row 3: broken\.jpg"):
        import_posts(ws.store, ws.paths, bad, ws.tz, NOW)
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 1  # no post of the bad file


def test_queue_without_slots_is_a_row_problem(ws: Workspace, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "q.csv", [["", "telegram:bakery_news", "Queue me", "", ""]])
    preview = preview_import(ws.store, src, ws.tz, NOW, queue=True)
    assert "Row 2: telegram:bakery_news has no posting times" in preview.messages()[0]
    assert preview_import(ws.store, src, ws.tz, NOW).ok  # as an idea it is fine


FORMULA_LIKE = [
    "@shop opens at 9",
    "-20% on all cakes",
    "=SUM(A1:A9) is not a formula here",
    "+1 for rye bread",
    "\tindented with a tab",
    "\rstarts with a carriage return",
    "'=already quoted by the owner",
    "''@two quotes",
    "'plain apostrophe",
]


def test_export_neutralises_formulas_and_import_undoes_it(ws: Workspace, tmp_path: Path) -> None:
    for i, text in enumerate(FORMULA_LIKE):
        ws.post(text, ["telegram:bakery_news"], local(f"2026-06-1{i} 12:00"))
    rows = collect(ws.store, ws.paths)
    out = tmp_path / "plan.csv"
    export_csv(rows, out, ws.tz)
    content = out.read_bytes().decode("utf-8-sig")
    cells = [c for r in csv.reader(io.StringIO(content, newline="")) for c in r]
    # What a spreadsheet app would read as a formula never starts a cell.
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'@shop opens at 9" in cells and "'-20% on all cakes" in cells
    assert "'plain apostrophe" in cells  # not formula-like: left alone
    other = make_workspace(tmp_path / "other")
    try:
        import_posts(other.store, other.paths, out, other.tz, NOW)
        with other.store.session_scope() as s:
            texts = sorted(p.text for p in s.scalars(select(Post)))
        again = tmp_path / "again.csv"
        export_csv(collect(other.store, other.paths), again, other.tz)
    finally:
        other.store.dispose()
    assert texts == sorted(FORMULA_LIKE)  # the owner's text, byte for byte
    assert again.read_bytes() == out.read_bytes()


def test_duplicated_column_is_refused(ws: Workspace, tmp_path: Path) -> None:
    src = tmp_path / "dup.csv"
    src.write_text(
        "scheduled_at,accounts,text,text\r\n2026-06-02 12:00,x:bakery,first,second\r\n",
        encoding="utf-8",
    )
    preview = preview_import(ws.store, src, ws.tz, NOW)
    assert [p.message for p in preview.file_problems] == [
        "Row 1: the column “text” appears twice. Keep one and delete the other, then try again."
    ]


def test_nul_byte_in_a_cell_is_refused(ws: Workspace, tmp_path: Path) -> None:
    src = write_csv(tmp_path / "nul.csv", [["2026-06-02 12:00", "x:bakery", "bad\x00text", "", ""]])
    with pytest.raises(CsvImportError) as err:
        import_posts(ws.store, ws.paths, src, ws.tz, NOW)
    assert err.value.messages == [
        "Row 2: the text holds a NUL character (a zero byte), which no post can contain. "
        "Delete it and try again."
    ]


def test_too_many_rows_are_refused(ws: Workspace, tmp_path: Path) -> None:
    from smmdesk_gui.services.plan.csv_file import MAX_ROWS, read_rows

    src = write_csv(
        tmp_path / "huge.csv", [["", "x:bakery", f"post {i}", "", ""] for i in range(MAX_ROWS + 1)]
    )
    rows, problems = read_rows(src)
    assert rows == [] and [p.message for p in problems] == [
        "The file has more than 10,000 posts; SMM Desk imports at most 10,000 at a time. "
        "Split it into smaller files."
    ]
    ok = write_csv(tmp_path / "ok.csv", [["", "x:bakery", f"post {i}", "", ""] for i in range(99)])
    seen: list[tuple[int, int]] = []
    preview = preview_import(ws.store, ok, ws.tz, NOW, progress=lambda d, t: seen.append((d, t)))
    assert preview.ok and seen == [(0, 99), (50, 99), (99, 99)]


@pytest.mark.parametrize(
    "cell",
    [
        "a" * 65_537,  # over the cell limit, under the csv module's own
        "b" * 200_000,  # over the csv module's limit
        "c" * 2_000_000,  # one physical line longer than is ever read at once
        "line\n" * 30_000,  # a long cell of short lines
    ],
)
def test_giant_cell_is_refused_with_its_row(ws: Workspace, tmp_path: Path, cell: str) -> None:
    from smmdesk_gui.services.plan.csv_file import read_rows

    src = write_csv(
        tmp_path / "giant.csv",
        [
            ["", "x:bakery", "fine", "", ""],
            ["", "x:bakery", "fine too", "", ""],
            ["", "x:bakery", cell, "", ""],
        ],
    )
    rows, problems = read_rows(src)
    assert rows == [] and len(problems) == 1
    assert problems[0].row == 4 and problems[0].problem.code == "csv_cell_too_long"
    assert problems[0].message.startswith("Row 4: a cell has more than 65,536 characters")
