"""What every screen is handed: narrow things, not the main window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from smmdesk_gui.paths import AppPaths

if TYPE_CHECKING:  # importing SQLAlchemy costs 0.2-0.3 s: not before the first paint
    from smmdesk_gui.store.db import Store
    from smmdesk_gui.ui.dashboard.live_bar import StatsRefresher
    from smmdesk_gui.ui.tasks import TaskRunnerProtocol


@dataclass
class AppContext:
    """The open workspace: its paths, its store, the thread helper, and whether it is the demo."""

    paths: AppPaths
    store: Store
    tasks: TaskRunnerProtocol
    demo: bool = False
    ui_settings: QSettings | None = field(default=None)
    # the app's one live-figures refresher, set by the composition root (None: tests, self-test)
    stats_refresher: StatsRefresher | None = field(default=None)

    def settings(self) -> QSettings:
        """UI state (geometry, last screen, view choices) in the workspace's INI file."""
        if self.ui_settings is None:
            self.ui_settings = QSettings(str(self.paths.settings_file), QSettings.Format.IniFormat)
        return self.ui_settings
