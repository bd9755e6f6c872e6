"""What every subcommand module shares: exit codes, the user-error exception, JSON output and
the one way to open the workspace.

``smmdesk_gui.cli`` imports this module and the feature modules; none of them imports ``cli``
(the dependency runs one way, so a command module can be imported and tested on its own).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.store.db import Store

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class UserError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


def emit_json(data: object) -> None:
    """Print ``data`` as JSON on stdout (the ``--json`` contract)."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


@contextmanager
def open_workspace(home: Path | None = None) -> Iterator[tuple[AppPaths, Store]]:
    """The workspace's folders (created when missing) and its store, migrated and open.

    Args:
        home: the data folder; ``None`` for ``$SMMDESK_HOME`` (``--home``) or the user's one.

    Yields:
        The paths and the open store; the store is disposed when the block ends, also on error.
    """
    # Imported here so that ``smmdesk-cli version`` and ``count`` start without SQLAlchemy.
    from smmdesk_gui.paths import app_paths
    from smmdesk_gui.store.db import open_store

    paths = app_paths(home).ensure()
    store = open_store(paths.database, paths.backups)
    try:
        yield paths, store
    finally:
        store.dispose()
