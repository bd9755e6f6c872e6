"""Live figures while the app runs: a refresh at start and then on a schedule, off the GUI thread.

The composition root starts one ``StatsRefresher`` when the workspace is open; a refresh that
fails (offline, rate limited) is reported by signal and simply tried again at the next turn.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from smmdesk_gui.services import stats
from smmdesk_gui.ui.context import AppContext

DEFAULT_INTERVAL_MIN = 60


class StatsRefresher(QObject):
    refreshed = Signal(object)  # stats.RefreshReport
    failed = Signal(str)

    def __init__(self, ctx: AppContext, interval_min: int = DEFAULT_INTERVAL_MIN,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_min * 60_000)
        self.timer.timeout.connect(self.refresh_now)

    def start(self) -> None:
        """Refresh once now (if any platform can be read) and then every interval."""
        self.timer.start()
        self.refresh_now()

    def stop(self) -> None:
        self.timer.stop()

    def refresh_now(self) -> None:
        if self.running or not stats.registered_sources() or self.ctx.demo:
            return  # nothing to read, or the demo: it never reaches the network
        self.running = True
        store = self.ctx.store
        self.ctx.tasks.run(lambda: stats.refresh(store), self._done, self._failed)

    def _done(self, report: stats.RefreshReport) -> None:
        self.running = False
        self.refreshed.emit(report)

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.errors import describe_exception

        self.running = False
        self.failed.emit(describe_exception(exc)[1])
