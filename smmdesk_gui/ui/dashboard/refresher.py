"""Live figures while the app runs: a refresh at start, on demand and on a schedule, off the GUI
thread.

The composition root (``MainWindow.attach``) starts one ``StatsRefresher`` when the workspace is
open (never in the demo workspace) and stops it on close; the Dashboard's Refresh button asks the
same one, so a manual and a scheduled refresh never run at once. A refresh that fails (offline,
rate limited) is reported per account and simply tried again at the next turn.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from smmdesk_gui.services.stats import kpis
from smmdesk_gui.ui.context import AppContext

DEFAULT_INTERVAL_MIN = 60


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    progress = Signal(int, int, str)


class StatsRefresher(QObject):
    started = Signal()
    progress = Signal(int, int, str)  # accounts done, accounts in all, "platform · handle"
    refreshed = Signal(object)  # kpis.RefreshReport
    failed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        interval_min: int = DEFAULT_INTERVAL_MIN,
        parent: QObject | None = None,
        sources: Mapping[str, kpis.StatsSource] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sources = sources  # None: Bluesky, Mastodon and any registered source
        self.running = False
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_min * 60_000)
        self.timer.timeout.connect(self.refresh_now)

    def start(self) -> None:
        """Refresh once now (if any account can be read) and then every interval."""
        if self.ctx.demo:
            return  # the demo never reaches the network
        self.timer.start()
        self.refresh_now()

    def stop(self) -> None:
        """No more turns; a running refresh ends after the account it is reading."""
        self.timer.stop()
        self._stop.set()

    def cancel(self) -> None:
        """Stop the running refresh after the account it is reading (its figures are kept)."""
        self._stop.set()

    def refresh_now(self) -> bool:
        """Start a refresh off the GUI thread; False when one runs already (or in the demo)."""
        if self.running or self.ctx.demo:
            return False
        given = dict(self.sources) if self.sources is not None else None
        self.running = True
        self._stop = threading.Event()
        stop, relay, store = self._stop, self._relay, self.ctx.store
        self.started.emit()

        def work() -> kpis.RefreshReport:
            from smmdesk_gui.services.stats.sources import live_sources  # requests: not at start

            sources = live_sources() if given is None else given
            return kpis.refresh(store, sources, should_stop=stop.is_set,
                                 progress=relay.progress.emit)

        self.ctx.tasks.run(work, self._done, self._failed)
        return True

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.emit(done, total, what)

    def _done(self, report: kpis.RefreshReport) -> None:
        self.running = False
        self.refreshed.emit(report)

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.errors import describe_exception

        self.running = False
        self.failed.emit(describe_exception(exc)[1])
