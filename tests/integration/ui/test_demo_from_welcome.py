"""The welcome's "Open the demo" command, run for real: the demo workspace is built in its own
folder and its window paints, as with ``smmdesk --demo`` (issue 12, item 11)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.ui.calendar.welcome import demo_command

ROOT = Path(__file__).resolve().parents[3]


def test_the_welcome_starts_the_demo_in_its_own_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SMMDESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "SMMDESK_QUIT_AFTER": "workspace",
    }
    program, args = demo_command()
    proc = subprocess.run(
        [program, *args, "--quit-after-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "painted:workspace" in proc.stdout
    assert AppPaths(home / "demo").database.is_file()  # the demo's own folder
    assert not AppPaths(home).database.exists()  # the owner's workspace untouched
