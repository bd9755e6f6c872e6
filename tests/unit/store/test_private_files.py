"""The data folder and its files are for their owner only (issue 15, 14; POSIX modes)."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from smmdesk_gui.logs import setup_logging
from smmdesk_gui.paths import AppPaths
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
