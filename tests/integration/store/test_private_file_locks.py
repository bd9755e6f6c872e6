"""Making a file owner-only never drops SQLite's locks held by this process (issue 14 finding).

Closing any descriptor of a file drops every POSIX lock the process holds on it. When
``private_file`` opened and closed the database's -shm file while another connection of the
same process held locks, a second process took itself for the only user, reset the WAL, and
committed posts came back as "scheduled": sent twice (found with the VK connector's
two-publishers test, tests/integration/services/test_vk_faults.py).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from smmdesk_gui.private_files import private_file


@pytest.mark.skipif(os.name != "posix", reason="POSIX advisory locks")
def test_private_file_keeps_the_write_lock_of_another_connection(tmp_path: Path) -> None:
    db = tmp_path / "smmdesk.db"
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("BEGIN IMMEDIATE")  # this process holds the write lock
        conn.execute("INSERT INTO t VALUES (1)")
        for suffix in ("", "-wal", "-shm"):
            os.chmod(db.with_name(db.name + suffix), 0o644)  # so private_file has work to do
            private_file(db.with_name(db.name + suffix))
        probe = (
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
            "try:\n"
            "    c.execute('BEGIN IMMEDIATE')\n"
            "    print('got the lock')\n"
            "except sqlite3.OperationalError as exc:\n"
            "    print(exc)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", probe, str(db)], capture_output=True, text=True, timeout=30
        ).stdout.strip()
        assert out == "database is locked"
        assert all(
            (db.with_name(db.name + s).stat().st_mode & 0o777) == 0o600
            for s in ("", "-wal", "-shm")
        )
    finally:
        conn.close()
