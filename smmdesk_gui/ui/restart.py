"""Starting SMM Desk again: how the language chosen in Settings takes effect.

Screens are built once, their strings translated then, so a new language needs a new start.
The window closes as on any quit (the composer saves its draft, the screen in use is
remembered); once the app has released its data folder's lock, ``relaunch`` starts the same
command again, which opens on that screen in the new language. Started before the lock is
released, the new process would find "SMM Desk is already running" and only bring the closing
window to the front.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QProcess


def restart_command(
    argv: Sequence[str] | None = None, frozen: bool | None = None
) -> tuple[str, list[str]]:
    """The command that started this app (``argv`` without the program), for a new start.

    The frozen app's own executable, or this Python with the package; ``--lang`` is left out,
    so the language saved in Settings applies.
    """
    given = list(sys.argv[1:] if argv is None else argv)
    kept: list[str] = []
    skip = False
    for item in given:
        if skip:
            skip = False
            continue
        if item == "--lang":
            skip = True
            continue
        if item.startswith("--lang="):
            continue
        kept.append(item)
    if getattr(sys, "frozen", False) if frozen is None else frozen:
        return sys.executable, kept
    return sys.executable, ["-m", "smmdesk_gui", *kept]


def start_detached(program: str, args: list[str]) -> bool:
    """Start ``program`` on its own (it outlives this app); whether it started."""
    result = QProcess.startDetached(program, args)  # PySide6: (started, pid)
    return bool(result[0] if isinstance(result, tuple) else result)


def relaunch() -> bool:
    """Start this app again with the command that started it; whether it started."""
    program, args = restart_command()
    return start_detached(program, args)
