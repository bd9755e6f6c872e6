"""Start-up of the frozen one-folder app against the source run (same machine, same run).

Measures process start to the demo workspace's first paint (``--quit-after-paint``, offscreen),
rounds interleaved. Uses the installed package (``/opt/smmdesk``) if there is one, else the
bundle in ``dist/smmdesk`` (build it with ``pyinstaller packaging/smmdesk.spec``); without
either it reports that nothing was measured. Also reports the bundle's size.
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
ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = (Path("/opt/smmdesk"), ROOT / "dist" / "smmdesk")


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
    if elapsed is None or proc.returncode != 0:
        raise RuntimeError(f"{cmd} never painted or exited {proc.returncode}")
    return elapsed


def run() -> list[dict[str, object]]:
    bundle = next((c for c in CANDIDATES if (c / "smmdesk").is_file()), None)
    if bundle is None:
        return [
            {
                "benchmark": "packaging",
                "measure": "frozen app start-up",
                "value": None,
                "unit": "ms",
                "note": "no bundle: run pyinstaller packaging/smmdesk.spec first",
            }
        ]
    home = tempfile.mkdtemp(prefix="smmdesk-bench-packaging-")
    env = dict(
        os.environ,
        SMMDESK_HOME=home,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        PYTHONPATH=str(ROOT),
    )
    frozen = [str(bundle / "smmdesk"), "--demo", "--quit-after-paint"]
    source = [sys.executable, "-m", "smmdesk_gui", "--demo", "--quit-after-paint"]
    subprocess.run(
        [str(bundle / "smmdesk-cli"), "demo", "--no-open"], env=env, check=True, capture_output=True
    )
    _time_to_paint(frozen, env)  # warm the file cache for both
    _time_to_paint(source, env)
    times: dict[str, list[float]] = {"frozen": [], "source": []}
    for _ in range(ROUNDS):
        times["frozen"].append(_time_to_paint(frozen, env))
        times["source"].append(_time_to_paint(source, env))
    frozen_ms = statistics.median(times["frozen"]) * 1000
    source_ms = statistics.median(times["source"]) * 1000
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    return [
        {
            "benchmark": "packaging",
            "measure": "source run: demo workspace painted",
            "value": source_ms,
            "unit": "ms",
            "note": f"median of {ROUNDS}",
        },
        {
            "benchmark": "packaging",
            "measure": "frozen one-folder app: demo workspace painted",
            "value": frozen_ms,
            "unit": "ms",
            "reference": source_ms,
            "ratio": frozen_ms / source_ms,
            "note": f"{bundle}",
        },
        {
            "benchmark": "packaging",
            "measure": "bundle size",
            "value": size / 1e6,
            "unit": "MB",
            "note": f"{bundle}",
        },
    ]
