"""The demo's Plan is painted before SQLAlchemy is imported (issue 12, item 15), run for real:
``smmdesk --demo`` in a child, once to build the demo (through the store), then as the owner
starts it every day. The ratio itself is the benchmark's (``tests.benchmarks startup``)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _start(home: Path) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SMMDESK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "SMMDESK_QUIT_AFTER": "workspace",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "smmdesk_gui", "--demo", "--quit-after-paint"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    painted = [line for line in proc.stdout.splitlines() if line.startswith("painted:")]
    assert len(painted) == 1, proc.stdout
    return painted[0]


def test_the_demo_plan_is_painted_without_sqlalchemy(tmp_path: Path) -> None:
    home = tmp_path / "home"
    # the first start creates and migrates the workspace and builds the demo: the store's work
    assert _start(home).endswith("sqlalchemy=yes")
    # every later start: the Plan with its posts is on screen before the ORM is imported
    assert _start(home).endswith("sqlalchemy=no")
    # a workspace an older SMM Desk left: migrated by the store first, then painted
    from alembic import command

    from smmdesk_gui.store.db import alembic_config, make_engine, schema_head

    engine = make_engine(home / "demo" / "smmdesk.db")
    command.downgrade(alembic_config(engine), "-1")
    engine.dispose()
    assert _start(home).endswith("sqlalchemy=yes")
    with sqlite3.connect(home / "demo" / "smmdesk.db") as conn:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert version == schema_head()
