"""Every on-disk location SMM Desk uses.

Everything lives under one data folder: the platformdirs user data dir, or ``SMMDESK_HOME`` when
set (tests, portable use, the demo). ``--home DIR`` on both entry points sets ``SMMDESK_HOME``.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from smmdesk_gui.private_files import PRIVATE_FOLDER, private_file, private_folder

APP_NAME = "SMM Desk"
APP_AUTHOR = "SMM Desk"
HOME_ENV = "SMMDESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The files and folders of one workspace (one data folder)."""

    home: Path

    @property
    def database(self) -> Path:
        return self.home / "smmdesk.db"

    @property
    def media(self) -> Path:
        return self.home / "media"

    @property
    def renditions(self) -> Path:
        return self.home / "renditions"

    @property
    def backups(self) -> Path:
        return self.home / "backups"

    @property
    def logs(self) -> Path:
        return self.home / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "smmdesk.log"

    @property
    def exports(self) -> Path:
        return self.home / "exports"

    @property
    def settings_file(self) -> Path:
        """Window geometry and other UI state (QSettings INI file)."""
        return self.home / "ui-state.ini"

    @property
    def lock_name(self) -> str:
        """A name unique to this data folder, for the single-instance lock and local server."""
        import hashlib

        digest = hashlib.sha256(str(self.home.resolve()).encode("utf-8")).hexdigest()[:16]
        return f"smmdesk-{digest}"

    def ensure(self) -> AppPaths:
        """Create the folders (not the files), for this user only, and return self.

        Issue 15 (14): the data folder held the database, its WAL, logs and settings readable by
        every user of the computer (umask 022). On POSIX the folders are now 0700.
        """
        for folder in (self.home, self.media, self.renditions, self.backups, self.logs):
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
            private_folder(folder)
        # Qt keeps the mode of an existing settings file. A folder that cannot be written is
        # told by the store's open, in the window, not by a failure here before it shows.
        with contextlib.suppress(OSError):
            private_file(self.settings_file)
        return self


def default_home() -> Path:
    """The data folder: ``SMMDESK_HOME`` when set, else the platform's user data dir."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


def demo_home() -> Path:
    """The demo workspace lives in its own folder, beside (never inside) the real one."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser() / "demo"
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True)) / "demo"


def app_paths(home: Path | None = None) -> AppPaths:
    """Paths for ``home`` (or the default data folder)."""
    return AppPaths(home if home is not None else default_home())
