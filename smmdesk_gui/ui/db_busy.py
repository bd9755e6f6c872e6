"""The one message for a GUI-thread write that found the database busy (docs/architecture.md).

``Store.session_scope`` raises ``DatabaseBusyError`` on the GUI thread after about a second;
a screen that catches it shows this text where the owner looks (a status line), keeps what
they typed, and lets them (or a timer) try again. Uncaught, the crash handler shows the store's
own English text as a known environment problem, never as a bug.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def busy_message() -> str:
    """The plain, translated words for "the database is busy; nothing was lost"."""
    return QCoreApplication.translate(
        "DatabaseBusy",
        "SMM Desk's database is busy with another task (an import?). "
        "Your change was not saved yet; try again in a moment.",
    )
