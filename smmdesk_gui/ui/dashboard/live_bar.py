"""Live figures while the app runs: the app's one refresher and the Dashboard's progress strip.

``StatsRefresher`` refreshes at start, on demand and on a schedule, off the GUI thread through the
one thread helper (``ctx.tasks``), with its progress and its Stop. The composition root
(``MainWindow.attach``) makes one when the workspace is open, puts it on the app context
(``AppContext.stats_refresher``) before any screen is built, starts it (never in the demo) and
stops it on close; the Dashboard's Refresh button asks the same one, so a manual and a scheduled
refresh never run at once. A refresh that fails (offline, rate limited) is reported per account
and simply tried again at the next turn.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QProgressBar, QPushButton, QWidget

from smmdesk_gui.services.stats import kpis
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.problem_words import worded
from smmdesk_gui.ui.report.labels import Stats, account_text
from smmdesk_gui.ui.tasks import TaskControl

DEFAULT_INTERVAL_MIN = 60


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
        self.sources = sources  # None: every platform source and any registered one
        self._task: TaskControl | None = None  # the running refresh
        self.timer = QTimer(self)
        self.timer.setInterval(interval_min * 60_000)
        self.timer.timeout.connect(self.refresh_now)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Refresh once now (if any account can be read) and then every interval."""
        if self.ctx.demo:
            return  # the demo never reaches the network
        self.timer.start()
        self.refresh_now()

    def stop(self) -> None:
        """No more turns; a running refresh ends after the account it is reading."""
        self.timer.stop()
        self.cancel()

    def cancel(self) -> None:
        """Stop the running refresh after the account it is reading (its figures are kept)."""
        if self._task is not None:
            self._task.cancel()

    def refresh_now(self) -> bool:
        """Start a refresh off the GUI thread; False when one runs already (or in the demo)."""
        if self.running or self.ctx.demo:
            return False
        given = dict(self.sources) if self.sources is not None else None
        store = self.ctx.store
        # made before the work starts: a Stop while the first account is read must reach it
        self._task = task = TaskControl()
        self.started.emit()

        def work(control: TaskControl) -> kpis.RefreshReport:
            from smmdesk_gui.services.stats.sources import live_sources  # requests: not at start

            sources = live_sources() if given is None else given
            return kpis.refresh(
                store, sources, should_stop=lambda: control.cancelled, progress=control.report
            )

        self.ctx.tasks.start(work, self._done, self._failed, self.progress.emit, control=task)
        return True

    def _done(self, report: kpis.RefreshReport) -> None:
        self._task = None
        self.refreshed.emit(report)

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.errors import describe_exception

        self._task = None
        self.failed.emit(describe_exception(exc)[1])


def report_notice(report: kpis.RefreshReport) -> str:
    """What the user should know after a refresh ("" when all went well), in their language."""
    if report.failed:
        # each account's line ends its own sentence: a space, not "; " after a full stop
        return " ".join(
            arg(
                Stats.tr("%1: %2"), account_text(a.platform, a.handle), worded(a.problem, a.message)
            )
            for a in report.failed
        )
    if not report.accounts:
        return Stats.tr("None of your accounts can be read live: import their stats files.")
    if any(line.endswith(": stopped") for line in report.skipped):
        return Stats.tr("Stopped; the figures fetched so far are kept.")
    return ""


def report_details(report: kpis.RefreshReport) -> str:
    """The failed accounts' lines as the service wrote them in English (a platform's own words
    included), one a line, for the status line's tooltip; "" when the notice says the same."""
    lines = [
        arg(Stats.tr("%1: %2"), account_text(a.platform, a.handle), a.message)
        for a in report.failed
    ]
    return "" if " ".join(lines) == report_notice(report) else "\n".join(lines)


class LiveFiguresBar(QWidget):
    """Follows the app's refresher (``ctx.stats_refresher``), so the progress of a scheduled
    refresh shows too; a page outside the main window (tests) gets its own."""

    message = Signal(str)  # a line for the page's status label
    finished = Signal(str)  # a refresh ended; what to tell the user ("" when all went well)

    def __init__(
        self, ctx: AppContext, refresh_button: QAbstractButton, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.refresh_button = refresh_button
        self.refresher: StatsRefresher | None = None
        #: the last refresh's English lines behind its notice (``report_details``)
        self.details = ""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.stop_button = QPushButton(Stats.tr("Stop"))
        self.stop_button.setToolTip(
            Stats.tr("Stop fetching after the account being read now; what arrived is kept")
        )
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        self.stop_button.clicked.connect(self.stop)
        self.hide()

    def hook(self) -> StatsRefresher:
        """Follow the app's refresher (or make one for this page)."""
        if self.refresher is None:
            refresher = self.ctx.stats_refresher or StatsRefresher(self.ctx, parent=self)
            refresher.started.connect(self._started)
            refresher.progress.connect(self._progress)
            refresher.refreshed.connect(self._done)
            refresher.failed.connect(self._failed)
            self.refresher = refresher
            if refresher.running:
                self._started()
        return self.refresher

    def refresh(self) -> None:
        if self.ctx.demo:
            self.message.emit(
                Stats.tr(
                    "The demo workspace shows made-up figures; it never fetches from the platforms."
                )
            )
            return
        refresher = self.hook()
        if not refresher.running:
            refresher.refresh_now()

    def stop(self) -> None:
        if self.refresher is not None and self.refresher.running:
            self.refresher.cancel()
            self.stop_button.setEnabled(False)
            self.message.emit(Stats.tr("Stopping after the account being read now…"))

    def _started(self) -> None:
        self.refresh_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.progress.setRange(0, 0)  # busy until the first account is counted
        self.show()
        self.message.emit(Stats.tr("Fetching the latest figures…"))

    def _progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if what and self.stop_button.isEnabled():
            self.message.emit(
                arg(Stats.tr("Fetching the figures of %1 (%2 of %3)…"), what, done + 1, total)
            )

    def _end(self) -> None:
        self.hide()
        self.refresh_button.setEnabled(True)

    def _done(self, report: kpis.RefreshReport) -> None:
        self._end()
        self.details = report_details(report)
        self.finished.emit(report_notice(report))

    def _failed(self, message: str) -> None:
        self._end()
        self.details = ""
        self.finished.emit(arg(Stats.tr("The figures could not be fetched: %1"), message))
