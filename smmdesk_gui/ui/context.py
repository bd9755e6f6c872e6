"""What every screen is handed: narrow things, not the main window."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QMetaMethod, QObject, QSettings, Signal, SignalInstance

from smmdesk_gui.paths import AppPaths

if TYPE_CHECKING:  # importing SQLAlchemy costs 0.2-0.3 s: not before the first paint
    from smmdesk_gui.services.compose.drafts import Draft
    from smmdesk_gui.store.db import Store
    from smmdesk_gui.ui.dashboard.live_bar import StatsRefresher
    from smmdesk_gui.ui.tasks import TaskRunnerProtocol


class Navigator(QObject):
    """How one part of the window asks for another: typed requests, wired once by the main window.

    Screens and the publisher never look other screens up through the main window's attributes:
    a renamed attribute there fails silently, a renamed method here fails the type check. Each
    ``show_...`` says whether anything took the request (a screen tested on its own has no main
    window), so the caller can fall back or report it.
    """

    screen_requested = Signal(str)  # a rail key: "plan", "compose", ...
    compose_requested = Signal(object)  # a services.compose.drafts.Draft to open in the composer
    account_requested = Signal(int, bool)  # account id, open its reconnect dialog
    problem_requested = Signal(int)  # target id: "see why", through the window's publisher
    publish_requested = Signal()  # send what is due now (a retried post)
    plan_changed = Signal()  # the plan changed outside the Plan screen (a publishing run)
    plan_day_requested = Signal(object)  # a datetime.date to show on the Plan screen
    restart_requested = Signal()  # start the app again (a new language), work saved first

    def show_screen(self, key: str) -> bool:
        """Bring the screen ``key`` up."""
        return self._send(self.screen_requested, key)

    def show_compose(self, draft: Draft) -> bool:
        """Open ``draft`` in the Compose screen."""
        return self._send(self.compose_requested, draft)

    def show_account(self, account_id: int, *, reconnect: bool = False) -> bool:
        """Select an account on the Accounts screen, optionally with its reconnect dialog."""
        return self._send(self.account_requested, account_id, reconnect)

    def show_plan_day(self, day: object) -> bool:
        """The Plan screen at ``day`` (a ``datetime.date``): "Show in calendar"."""
        return self._send(self.plan_day_requested, day)

    def restart_app(self) -> bool:
        """Close the window (saving what is open) and start the app again on the same screen."""
        return self._send(self.restart_requested)

    def show_problem(self, target_id: int) -> bool:
        """ "See why" for a failed or unconfirmed post, by the window's publisher."""
        return self._send(self.problem_requested, target_id)

    def publish_now(self) -> bool:
        """Ask the window's publisher to send what is due now."""
        return self._send(self.publish_requested)

    def announce_plan_changed(self) -> None:
        """Tell the Plan screen and the status bar that posts changed state elsewhere."""
        self.plan_changed.emit()

    def can_show_compose(self) -> bool:
        """Whether a Compose screen takes drafts (before loading one for it)."""
        return self._wired(self.compose_requested)

    def publisher_wired(self) -> bool:
        """Whether the window's publisher answers ``show_problem`` and ``publish_now``."""
        return self._wired(self.problem_requested)

    def _wired(self, signal: SignalInstance) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(signal))

    def _send(self, signal: SignalInstance, *args: object) -> bool:
        if not self._wired(signal):
            return False
        signal.emit(*args)
        return True


@dataclass
class AppContext:
    """The open workspace: its paths, its store, the thread helper, whether it is the demo, and
    the navigator between the window's parts."""

    paths: AppPaths
    store: Store
    tasks: TaskRunnerProtocol
    demo: bool = False
    ui_settings: QSettings | None = field(default=None)
    # the app's one live-figures refresher, set by the composition root (None: tests, self-test)
    stats_refresher: StatsRefresher | None = field(default=None)
    navigator: Navigator = field(default_factory=Navigator)

    def settings(self) -> QSettings:
        """UI state (geometry, last screen, view choices) in the workspace's INI file."""
        if self.ui_settings is None:
            self.ui_settings = QSettings(str(self.paths.settings_file), QSettings.Format.IniFormat)
        return self.ui_settings
