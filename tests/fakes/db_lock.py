"""Another connection holding SQLite's write lock, as a long ``smmdesk-cli import-posts`` does."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def write_lock(database: Path) -> Iterator[sqlite3.Connection]:
    """Hold the database's write lock (``BEGIN IMMEDIATE``) until the block ends."""
    other = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield other
    finally:
        if other.in_transaction:
            other.execute("ROLLBACK")
        other.close()
