"""Damaged and read-only workspaces for the store's diagnosis tests (issue 15, items 9 and 10)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.store import db
from smmdesk_gui.store.models import Account


def workspace(home: Path, accounts: int = 300) -> AppPaths:
    paths = AppPaths(home).ensure()
    store = db.open_store(paths.database, paths.backups)
    try:
        with store.session_scope() as s:
            s.add_all(
                Account(platform="x", handle=f"shop{i}", display_name="A shop " * 20)
                for i in range(accounts)
            )
        with store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    finally:
        store.dispose()
    return paths


def copy_db(database: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(database), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def damage(database: Path, pages: range) -> None:
    """Random bytes over most of some pages, as a failing disk or a bad copy leaves them."""
    size = sqlite3.connect(database).execute("PRAGMA page_size").fetchone()[0]
    with database.open("r+b") as fh:
        for page in pages:
            fh.seek(page * size + 64)
            fh.write(os.urandom(size - 128))


def read_only(folder: Path) -> None:
    """Make ``folder`` refuse new files: chmod for a user; for root (who ignores modes) the
    immutable attribute, as a read-only mount would."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return
    done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("root without chattr +i cannot make a read-only folder here")


def writable(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True, check=False)
    folder.chmod(0o700)
