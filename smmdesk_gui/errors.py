"""Telling environment errors (disk full, locked, corrupt) from bugs, in the user's words."""

from __future__ import annotations

import errno
import sqlite3


def describe_exception(exc: BaseException) -> tuple[bool, str]:
    """Return ``(known, message)``: ``known`` is True for an environment problem the user can fix.

    Unknown exceptions (bugs) get a generic message; their details go to the log only.
    """
    from sqlalchemy.exc import DatabaseError, OperationalError

    from smmdesk_gui.credentials import CredentialError
    from smmdesk_gui.store import db

    if isinstance(exc, db.StoreError | CredentialError):
        return True, str(exc)
    if isinstance(exc, DatabaseError | sqlite3.DatabaseError):
        # Issue 15 (9): damage met while working (not at open) used to be "unexpected error".
        damage = db.damage_of(exc)
        if damage is not None:
            return True, str(damage)
        text = str(exc).lower()
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            reason = db.unwritable_reason_of_open_store()
            if reason is not None:
                return True, reason
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return True, "The disk is full. Free some space and try again; nothing was lost."
        if exc.errno in (errno.EACCES, errno.EPERM):
            where = exc.filename or "a file"
            return True, f"SMM Desk may not write to {where}: check its permissions."
        if exc.errno == errno.ENOENT:
            return True, f"File not found: {exc.filename}"
        return True, f"A file operation failed: {exc.strerror or exc}"
    if isinstance(exc, OperationalError | sqlite3.OperationalError):
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return True, "The data file is busy (another SMM Desk is writing). Try again."
        if "disk" in text and "full" in text:
            return True, "The disk is full. Free some space and try again; nothing was lost."
    if isinstance(exc, MemoryError):
        return True, "The computer ran out of memory for this task. Close other apps and retry."
    return False, f"An unexpected error happened ({type(exc).__name__}). Details are in the log."
