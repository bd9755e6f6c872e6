"""The data folder and its files are for their owner only (issue 15, 14; POSIX modes)."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from smmdesk_gui.logs import setup_logging
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.private_files import private_file
from smmdesk_gui.store.db import _backup, open_store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)  # the usual default, which made every file world-readable
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_data_folder_0700_and_its_files_0600(tmp_path: Path, umask_022: None) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o755)  # an existing folder from an older version
    paths = AppPaths(home).ensure()
    assert _mode(home) == 0o700
    assert all(_mode(f) == 0o700 for f in (paths.media, paths.backups, paths.logs))
    assert _mode(paths.settings_file) == 0o600
    store = open_store(paths.database, paths.backups)
    try:
        with store.engine.connect() as conn:  # a write, so the WAL and shm files exist
            conn.execute(text("CREATE TABLE probe (x)"))
            conn.commit()
            wal = paths.database.with_name("smmdesk.db-wal")
            assert wal.exists()
            assert _mode(paths.database) == _mode(wal) == 0o600
        assert _mode(_backup(paths.database, paths.backups, "r1")) == 0o600
    finally:
        store.dispose()
    log_file = setup_logging(paths.log_file)
    logging.getLogger("probe").warning("hello")
    assert _mode(log_file) == 0o600


def test_existing_database_made_private(tmp_path: Path, umask_022: None) -> None:
    paths = AppPaths(tmp_path).ensure()
    store = open_store(paths.database, paths.backups)
    store.dispose()
    paths.database.chmod(0o644)
    open_store(paths.database, paths.backups).dispose()
    assert _mode(paths.database) == 0o600


# Closing any descriptor of a file drops every POSIX lock the process holds on it. When
# ``private_file`` opened and closed the database's -shm file while another connection of the
# same process held locks, a second process took itself for the only user, reset the WAL, and
# committed posts came back as "scheduled": sent twice (found with the VK connector's
# two-publishers test, issue 14).
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
