"""Start-up: process start to the first painted main window, with the demo workspace.

Beside a bare PySide6 QMainWindow started the same way in the same run (rounds interleaved).
Two figures for SMM Desk: ``shell`` (the window's first paint) and ``workspace`` (the store is
checked and at its schema head, the demo's Plan is painted with its posts: when the user can
work). The Plan's first paint is read with plain sqlite3 (``services/plan/first_view.py``);
SQLAlchemy is imported after it, and the row says whether it already was at the paint.

Each is measured as wall time (process start to the ``painted:`` line) and as CPU time of the
child up to that paint (user + system, all threads, as the child reports it): the machine is
shared, so wall time swings with the load, and CPU time much less. The whole child's CPU
(``getrusage`` of the child, exit included) is reported too. Goal (issue 12, item 15): the
workspace under 3x the bare window (5.6-7.7x before the plain first read, 2026-12-03).

Children may write their bytecode cache (``PYTHONDONTWRITEBYTECODE`` is dropped for them), like an
installed app that has its ``.pyc`` files: the warm-up round writes it.
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
GOALS = {"shell": 1.5, "workspace": 3.0}


class Sample:
    """One start: wall seconds to the paint, CPU seconds to the paint, CPU seconds in all, and
    whether SQLAlchemy was imported at the paint (``yes``/``no``; ``?`` for the bare window)."""

    def __init__(self, wall: float, cpu_at_paint: float, cpu_total: float, orm: str = "?") -> None:
        self.wall = wall
        self.cpu_at_paint = cpu_at_paint
        self.cpu_total = cpu_total
        self.orm = orm


def _time_to_paint(cmd: list[str], env: dict[str, str]) -> Sample:
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    elapsed = None
    cpu = float("nan")
    orm = "?"
    for line in proc.stdout:
        if line.startswith("painted:"):
            elapsed = time.perf_counter() - started
            fields = line.split()
            cpu = float(fields[1]) if len(fields) > 1 else cpu
            orm = next((f.split("=", 1)[1] for f in fields if f.startswith("sqlalchemy=")), orm)
            break
    proc.stdout.read()
    total = float("nan")
    if hasattr(os, "wait4"):
        # the child's own resource usage (exit included), not the sum over all children so far
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        total = usage.ru_utime + usage.ru_stime
    else:  # Windows: no per-child rusage
        proc.wait(timeout=60)
    if elapsed is None:
        raise RuntimeError(f"{cmd} never painted")
    return Sample(elapsed, cpu, total, orm)


def _row(measure: str, value: float, unit: str, **extra: object) -> dict[str, object]:
    return {"benchmark": "startup", "measure": measure, "value": value, "unit": unit, **extra}


def run() -> list[dict[str, object]]:
    home = tempfile.mkdtemp(prefix="smmdesk-bench-startup-")
    env = dict(
        os.environ,
        SMMDESK_HOME=home,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(
        [sys.executable, "-m", "smmdesk_gui.cli", "demo", "--no-open"],
        env=env,
        check=True,
        capture_output=True,
    )
    app = [sys.executable, "-m", "smmdesk_gui", "--demo", "--quit-after-paint"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    samples: dict[str, list[Sample]] = {"bare": [], "shell": [], "workspace": []}
    # one warm-up of each (file cache, bytecode cache), then interleaved rounds
    _time_to_paint(bare, env)
    _time_to_paint(app, dict(env, SMMDESK_QUIT_AFTER="workspace"))
    for _ in range(ROUNDS):
        samples["bare"].append(_time_to_paint(bare, env))
        samples["shell"].append(_time_to_paint(app, dict(env, SMMDESK_QUIT_AFTER="shell")))
        samples["workspace"].append(_time_to_paint(app, dict(env, SMMDESK_QUIT_AFTER="workspace")))

    def median(key: str, attr: str) -> float:
        return statistics.median(getattr(s, attr) for s in samples[key])

    bare_wall, bare_cpu = median("bare", "wall"), median("bare", "cpu_at_paint")
    rows: list[dict[str, object]] = [
        _row("bare QMainWindow first paint", bare_wall * 1000, "ms", note=f"median of {ROUNDS}"),
        _row(
            "bare QMainWindow first paint, CPU",
            bare_cpu * 1000,
            "ms",
            note=f"median of {ROUNDS}; CPU of the child up to the paint",
        ),
    ]
    for key, label in (
        ("shell", "SMM Desk window first paint"),
        ("workspace", "SMM Desk demo Plan painted"),
    ):
        goal = f"goal < {GOALS[key]:g}x (issue 12, item 15)"
        without = sum(s.orm == "no" for s in samples[key])
        what = (
            ""
            if key == "shell"
            else f"; Plan with its posts, SQLAlchemy not yet imported in {without}/{ROUNDS}"
        )
        wall, cpu = median(key, "wall"), median(key, "cpu_at_paint")
        rows.append(
            _row(
                label,
                wall * 1000,
                "ms",
                reference=bare_wall * 1000,
                ratio=wall / bare_wall,
                note=f"wall; {goal}{what}",
            )
        )
        rows.append(
            _row(
                f"{label}, CPU",
                cpu * 1000,
                "ms",
                reference=bare_cpu * 1000,
                ratio=cpu / bare_cpu,
                note=f"CPU up to the paint; {goal}",
            )
        )
    total_bare = median("bare", "cpu_total")
    total_app = median("workspace", "cpu_total")
    rows.append(
        _row(
            "SMM Desk demo Plan, CPU of the whole run",
            total_app * 1000,
            "ms",
            reference=total_bare * 1000,
            ratio=total_app / total_bare,
            note="getrusage of the child, exit included",
        )
    )
    return rows
