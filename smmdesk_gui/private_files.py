"""Files and folders of the data folder, for their owner only (POSIX modes 0600 and 0700).

Issue 15 (14): under the usual umask 022 the database, its WAL, the logs and the settings were
created readable by every user of the computer. Plain ``os`` only: imported at start-up by
``paths`` and ``logs``, before anything heavy.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def private_folder(folder: Path) -> None:
    """Make ``folder`` (which exists) reachable by its owner only (POSIX; elsewhere nothing)."""
    if os.name == "posix" and (folder.stat().st_mode & 0o777) != PRIVATE_FOLDER:
        # Another user's folder (a shared SMMDESK_HOME) or a read-only disk: left as it is (the
        # store's open tells the owner when the folder cannot be written).
        with contextlib.suppress(OSError):
            folder.chmod(PRIVATE_FOLDER)


def private_file(path: Path) -> Path:
    """Create ``path`` empty, or keep it, readable and writable by its owner only (POSIX).

    Files made later by SQLite (its WAL and shared-memory files) take the database's mode.
    """
    if os.name != "posix":
        return path
    if path.exists():
        # No open() of a file that exists: closing any descriptor of a file drops every POSIX
        # lock this process holds on it, and SQLite's locks on the database and its -shm file
        # (held by this process's other connections) would vanish. Another process then takes
        # itself for the last user, checkpoints and resets the WAL, and commits are lost
        # (sqlite.org/howtocorrupt.html 2.2): posts went out twice.
        if (path.stat().st_mode & 0o777) != PRIVATE_FILE:
            os.chmod(path, PRIVATE_FILE)
        return path
    # O_NONBLOCK: a FIFO put in the way must not hang the start.
    fd = os.open(path, os.O_RDONLY | os.O_CREAT | os.O_NONBLOCK, PRIVATE_FILE)
    try:
        if (os.fstat(fd).st_mode & 0o777) != PRIVATE_FILE:
            os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)
    return path


def unwritable_reason(folder: Path) -> str | None:
    """Why ``folder`` cannot take new files, in plain words, or None when it can (a real probe)."""
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".write-test-")
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            return (
                f"The disk holding {folder} is full. Free some space and start SMM Desk again; "
                "nothing was lost."
            )
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return (
                f"SMM Desk cannot write to the folder {folder}. Check its permissions (your user "
                "must be allowed to change it) and that the disk is not read-only; your data is "
                "not damaged."
            )
        return f"SMM Desk cannot write to the folder {folder} ({exc.strerror})."
    os.close(fd)
    os.unlink(probe)
    return None
