"""A real start without a screen: a plain sentence and exit 2, not Qt's abort (issue 12, item 4)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.skipif(sys.platform != "linux", reason="X11/Wayland only")
def test_a_real_start_without_a_screen(tmp_path: os.PathLike[str]) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["SMMDESK_HOME"] = str(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "smmdesk_gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 2, proc.stderr
    assert "needs a desktop session" in proc.stderr
    assert "xcb" not in proc.stderr and "Traceback" not in proc.stderr
