from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from smmdesk_gui.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["version"]) == 0
    assert capsys.readouterr().out.strip()


def test_unknown_command_is_a_one_line_user_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["no-such-command"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_demo_creates_the_bakery_once(capsys: pytest.CaptureFixture[str], smm_home: Path) -> None:
    assert main(["demo", "--no-open", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["created"] is True
    assert Path(first["home"]) == smm_home / "demo"
    assert main(["demo", "--no-open", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] is False


def test_home_flag_points_everything_at_one_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "portable"
    assert main(["--home", str(target), "demo", "--no-open"]) == 0
    assert (target / "demo" / "smmdesk.db").exists()


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(SMMDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


def test_self_test_exits_0_and_renders(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = subprocess.run(
        [sys.executable, "-m", "smmdesk_gui.cli", "self-test", "--screenshot", str(shot)],
        env=_env(tmp_path / "home"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test passed" in result.stdout
    assert shot.stat().st_size > 10_000
    assert (tmp_path / "home" / "smmdesk.db").exists()


def test_self_test_fails_with_a_reason_on_a_newer_database(tmp_path: Path) -> None:
    import sqlite3

    home = tmp_path / "home"
    assert (
        subprocess.run(
            [sys.executable, "-m", "smmdesk_gui.cli", "self-test"],
            env=_env(home),
            capture_output=True,
            timeout=120,
        ).returncode
        == 0
    )
    with sqlite3.connect(home / "smmdesk.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff'")
    result = subprocess.run(
        [sys.executable, "-m", "smmdesk_gui.cli", "self-test"],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "newer version" in result.stderr and "Traceback" not in result.stderr
