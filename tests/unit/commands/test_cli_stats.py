"""The stats CLI: import (dry run and real), kpi --json, report, refresh, exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pypdf
import pytest

from smmdesk_gui.cli import main
from smmdesk_gui.store.db import Store

CSV = (
    '"Post ID","Publish time","Permalink","Description","Reach","Likes","Comments","Shares",'
    '"Saves"\n'
    '"ig1","10/01/2026 18:00","https://www.instagram.com/p/AAA/","Sourdough","1,234","52","6",'
    '"4","9"\n'
    '"ig7","10/02/2026 18:00","https://www.instagram.com/p/EEE/","Rolls","oops","1","0","0","0"\n'
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_dry_run_then_real(
    store: Store,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "ig.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    code, out, _ = run(
        capsys, "stats", "import", str(path), "--mapping", "meta-instagram", "--dry-run", "--json"
    )
    data = json.loads(out)
    assert code == 1  # a row has a problem
    assert (data["new_rows"], data["problem_rows"], data["snapshots_added"]) == (1, 1, 0)
    assert data["problems"] == [{"line": 3, "problem": "Reach: not a number: 'oops'"}]
    code, out, _ = run(capsys, "stats", "import", str(path), "--mapping", "meta-instagram")
    assert code == 1 and "Added 5 figures" in out and "line 3: Reach" in out
    code, out, _ = run(
        capsys, "stats", "import", str(path), "--mapping", "meta-instagram", "--json"
    )
    assert json.loads(out)["duplicate_rows"] == 1 and json.loads(out)["snapshots_added"] == 0


def test_import_bad_input_exits_2(
    store: Store,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(capsys, "stats", "import", str(tmp_path / "x.csv"), "--mapping", "nope")
    assert code == 2 and "unknown mapping 'nope'" in err and "meta-instagram" in err
    code, _, err = run(
        capsys, "stats", "import", str(tmp_path / "x.csv"), "--mapping", "meta-instagram"
    )
    assert code == 2 and "File not found" in err and "Traceback" not in err


def test_kpi_json(
    store: Store,
    october: dict[str, int],
    capsys: pytest.CaptureFixture[str],  # noqa: F811
) -> None:
    from smmdesk_gui.services.workspace import set_setting

    set_setting(store, "timezone", "UTC")
    code, out, _ = run(capsys, "kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--json")
    assert code == 0
    data = json.loads(out)
    cur = data["current"]
    assert (cur["followers_start"], cur["followers_end"], cur["posts"]) == (1200, 1260, 3)
    assert cur["growth_rate"] == pytest.approx(0.05)
    assert cur["er_reach"] == pytest.approx(0.042)
    assert cur["ctr"] is None and "ctr" in cur["not_enough_data"]
    assert cur["spend"] == {"EUR": 30.0} and cur["cpm"] == pytest.approx(5.0)
    assert cur["best_post"]["target_id"] == october["p1"]
    assert data["previous"]["from"] == "2026-09-01" and data["previous"]["posts"] == 1
    code, out, _ = run(
        capsys,
        "kpi",
        "--from",
        "2026-10-01",
        "--to",
        "2026-10-31",
        "--account",
        str(october["b"]),
        "--json",
    )
    assert json.loads(out)["current"]["posts"] == 1
    code, _, err = run(capsys, "kpi", "--from", "2026-10-31", "--to", "2026-10-01")
    assert code == 2 and "--to must be on or after --from" in err
    code, _, err = run(capsys, "kpi", "--from", "31.10.2026", "--to", "2026-11-01")
    assert code == 2 and "YYYY-MM-DD" in err
    code, _, err = run(
        capsys, "kpi", "--from", "2026-10-01", "--to", "2026-10-31", "--account", "999"
    )
    assert code == 2 and "no account with id 999" in err


def test_report_and_refresh(
    qapp: Any,
    store: Store,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    out_pdf = tmp_path / "oct.pdf"
    code, out, _ = run(
        capsys,
        "report",
        "--month",
        "2026-10",
        "--out",
        str(out_pdf),
        "--csv",
        str(tmp_path / "oct.csv"),
        "--lang",
        "en",
    )
    assert code == 0 and out_pdf.exists() and (tmp_path / "oct.csv").exists()
    assert "October 2026" in " ".join(pypdf.PdfReader(out_pdf).pages[0].extract_text().split())
    code, _, err = run(capsys, "report", "--month", "2026-13", "--out", str(out_pdf))
    assert code == 2 and "YYYY-MM" in err
    code, out, _ = run(capsys, "stats", "refresh", "--json")
    data = json.loads(out)
    # the Bluesky account of this workspace has no saved login: reported, not a crash
    assert code == 1 and len(data["skipped"]) == 1 and data["snapshots_added"] == 0
    [bsky] = data["accounts"]
    assert bsky["platform"] == "bluesky" and not bsky["ok"]
    assert "no saved login" in bsky["message"]
