"""``smmdesk-cli import-posts / export-posts / export-ics`` end to end on a real store."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smmdesk_gui.cli import main
from smmdesk_gui.store.models import Post
from tests.fakes.plan_csv30 import BAD_ROWS, write_plan_csv
from tests.fakes.plan_workspace import Workspace, local
from tests.fakes.post_csv import TRICKY, write_csv


def _rows(n: int) -> list[list[str]]:
    out = []
    for i in range(n):
        day = 2 + i % 28
        account = ["x:bakery", "mastodon:bakery", "telegram:bakery_news"][i % 3]
        out.append(
            [
                f"2099-06-{day:02d} 1{i % 10}:00",
                account,
                f"{TRICKY[i % 5]} #{i}",
                "",
                ["Product", "Useful tips", ""][i % 3],
            ]
        )
    return out


def test_import_30_rows_then_export_csv_and_ics(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_csv(tmp_path / "month.csv", _rows(30))
    assert main(["import-posts", str(src), "--dry-run"]) == 0
    assert "All 30 rows are fine" in capsys.readouterr().out
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 0
    assert main(["import-posts", str(src)]) == 0
    assert "Imported 30 posts (30 scheduled, 0 ideas)" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main(["export-posts", str(out), "--from", "2099-06-01", "--to", "2099-06-10"]) == 0
    # Days 2..10: rows 0-8 and 28-29.
    assert "Exported 11 rows" in capsys.readouterr().out
    assert main(["export-posts", str(out)]) == 0
    assert "Exported 30 rows" in capsys.readouterr().out
    ics = tmp_path / "plan.ics"
    assert main(["export-ics", str(ics)]) == 0
    assert "Exported 30 events" in capsys.readouterr().out
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 30


def test_bad_rows_exit_2_with_row_numbers_and_json(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws.post("already here", ["x:bakery"], local("2099-01-01 10:00"))
    rows = _rows(5)
    rows[2][1] = "x:nobody"
    rows[4][0] = "31/12/2099"
    src = write_csv(tmp_path / "bad.csv", rows)
    assert main(["import-posts", str(src)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("smmdesk-cli: Row 4: There is no account x:nobody")
    assert err[1].startswith("smmdesk-cli: Row 6: “31/12/2099” is not a date and time")
    assert err[-1] == "smmdesk-cli: nothing was imported; fix the rows above."
    assert main(["import-posts", str(src), "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False and data["imported"] == 0
    assert [r["row"] for r in data["rows"] if r["problems"]] == [4, 6]
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 1


def test_json_success_and_usage_errors(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_csv(tmp_path / "ok.csv", _rows(2))
    assert main(["import-posts", str(src), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["imported"] == 2 and data["rows"][0]["text"].startswith("نان")
    assert main(["import-posts", str(tmp_path / "nope.csv")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["export-posts", str(tmp_path / "x.csv"), "--from", "June"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert (
        main(["export-ics", str(tmp_path / "x.ics"), "--from", "2099-02-01", "--to", "2099-01-01"])
        == 2
    )
    assert "before" in capsys.readouterr().err


def test_spreadsheet_with_mistakes_names_each_row_then_imports_when_fixed(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = write_plan_csv(tmp_path / "plan.csv", dt.date(2099, 6, 1), mistakes=True)
    assert main(["import-posts", str(src)]) == 2
    err = capsys.readouterr().err
    assert sorted({int(m) for m in re.findall(r"Row (\d+):", err)}) == sorted(BAD_ROWS)
    assert "nothing was imported" in err
    with ws.store.session_scope() as s:
        assert s.scalar(select(func.count(Post.id))) == 0
    write_plan_csv(src, dt.date(2099, 6, 1))
    assert main(["import-posts", str(src)]) == 0
    assert "Imported 30 posts (27 scheduled, 3 ideas)" in capsys.readouterr().out


@pytest.mark.parametrize(
    "when", ["9999-12-31T23:59-05:00", "0001-01-01T00:00", "0001-01-01", "9999-12-31"]
)
def test_out_of_range_dates_exit_2_with_the_row(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], when: str
) -> None:
    src = write_csv(
        tmp_path / "far.csv",
        [["2099-06-02 12:00", "x:bakery", "ok", "", ""], [when, "x:bakery", "far", "", ""]],
    )
    assert main(["import-posts", str(src)]) == 2
    err = capsys.readouterr().err
    assert "Row 3:" in err and when in err and "Traceback" not in err
    assert main(["import-posts", str(src), "--json"]) == 2
    assert json.loads(capsys.readouterr().out)["ok"] is False


def test_export_onto_a_fifo_is_refused(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    assert main(["export-posts", str(fifo)]) == 2  # before the fix: blocked forever
    assert "not a regular file" in capsys.readouterr().err
    assert main(["export-ics", str(fifo)]) == 2
