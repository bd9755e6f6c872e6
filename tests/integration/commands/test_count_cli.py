"""``smmdesk-cli count``: the public interface (flags, JSON fields, exit codes)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from smmdesk_gui.cli import main

ROOT = Path(__file__).resolve().parents[3]


def test_count_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["count", "--platform", "x", "--json", "Hi 👨‍👩‍👧 shop.com"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {k: data[k] for k in ("platform", "length", "limit", "valid")} == {
        "platform": "x",
        "length": 3 + 2 + 1 + 23,
        "limit": 280,
        "valid": True,
    }


def test_count_too_long_is_reported_not_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["count", "--platform", "bluesky", "a" * 301]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Bluesky: 301/300 (does not fit)")


def test_unknown_platform_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["count", "--platform", "myspace", "hi"]) == 2
    err = capsys.readouterr().err
    assert "unknown platform 'myspace'" in err and "Traceback" not in err


def test_caption_limit_flag(capsys: pytest.CaptureFixture[str]) -> None:
    main(["count", "--platform", "telegram", "--media", "--json", "a" * 1025])
    data = json.loads(capsys.readouterr().out)
    assert (data["limit"], data["valid"]) == (1024, False)


def test_entry_point_process() -> None:
    """The real console entry point, in a fresh process."""
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from smmdesk_gui.cli import main; sys.exit(main())",
            "count",
            "--platform",
            "mastodon",
            "--json",
            "@ann@example.social hi",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["length"] == 7
