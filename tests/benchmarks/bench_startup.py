"""Start-up: process start to the first painted main window, with the demo workspace.

Beside a bare PySide6 QMainWindow started the same way in the same run (rounds interleaved).
Two figures for SMM Desk: ``shell`` (the window's first paint) and ``workspace`` (the store is
open and migrated, the demo's first screen is painted: when the user can work).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = 7
HERE = Path(__file__).resolve().parent


def _time_to_paint(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.startswith("painted:"):
            elapsed = time.perf_counter() - started
            break
    proc.communicate(timeout=60)
    if elapsed is None:
        raise RuntimeError(f"{cmd} never painted")
    return elapsed


def run() -> list[dict[str, object]]:
    home = tempfile.mkdtemp(prefix="smmdesk-bench-startup-")
    env = dict(
        os.environ,
        SMMDESK_HOME=home,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    subprocess.run(
        [sys.executable, "-m", "smmdesk_gui.cli", "demo", "--no-open"],
        env=env,
        check=True,
        capture_output=True,
    )
    app = [sys.executable, "-m", "smmdesk_gui", "--demo", "--quit-after-paint"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    times: dict[str, list[float]] = {"bare": [], "shell": [], "workspace": []}
    # one warm-up of each (file cache), then interleaved rounds
    _time_to_paint(bare, env)
    _time_to_paint(app, dict(env, SMMDESK_QUIT_AFTER="workspace"))
    for _ in range(ROUNDS):
        times["bare"].append(_time_to_paint(bare, env))
        times["shell"].append(_time_to_paint(app, dict(env, SMMDESK_QUIT_AFTER="shell")))
        times["workspace"].append(_time_to_paint(app, dict(env, SMMDESK_QUIT_AFTER="workspace")))
    bare_median = statistics.median(times["bare"])
    rows: list[dict[str, object]] = [
        {
            "benchmark": "startup",
            "measure": "bare QMainWindow first paint",
            "value": bare_median * 1000,
            "unit": "ms",
            "note": f"median of {ROUNDS}",
        },
    ]
    for key, label in (
        ("shell", "SMM Desk window first paint"),
        ("workspace", "SMM Desk demo workspace painted"),
    ):
        median = statistics.median(times[key])
        rows.append(
            {
                "benchmark": "startup",
                "measure": label,
                "value": median * 1000,
                "unit": "ms",
                "reference": bare_median * 1000,
                "ratio": median / bare_median,
                "note": "goal < 1.5x" if key == "shell" else "store open + first screen",
            }
        )
    return rows
