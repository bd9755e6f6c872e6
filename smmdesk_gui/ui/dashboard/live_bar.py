"""The Dashboard's live-figures strip: progress of a refresh, with Stop.

It follows the app's one ``StatsRefresher`` (``MainWindow.stats_refresher``), so the progress of
a scheduled refresh shows too; a page outside the main window (tests) gets its own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QProgressBar, QPushButton, QWidget

from smmdesk_gui.services.stats import kpis
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.dashboard.refresher import StatsRefresher
from smmdesk_gui.ui.report.labels import Stats


def report_notice(report: kpis.RefreshReport) -> str:
    """What the user should know after a refresh ("" when all went well)."""
    if report.failed:
        return "; ".join(f"{a.platform} · {a.handle}: {a.message}" for a in report.failed)
    if not report.accounts:
        return Stats.tr("None of your accounts can be read live: import their stats files.")
    if any(line.endswith(": stopped") for line in report.skipped):
        return Stats.tr("Stopped; the figures fetched so far are kept.")
    return ""


class LiveFiguresBar(QWidget):
    message = Signal(str)  # a line for the page's status label
    finished = Signal(str)  # a refresh ended; what to tell the user ("" when all went well)

    def __init__(self, ctx: AppContext, refresh_button: QAbstractButton,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.refresh_button = refresh_button
        self.refresher: StatsRefresher | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.stop_button = QPushButton(Stats.tr("Stop"))
        self.stop_button.setToolTip(Stats.tr(
            "Stop fetching after the account being read now; what arrived is kept"))
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        self.stop_button.clicked.connect(self.stop)
        self.hide()

    def hook(self) -> StatsRefresher:
        """Follow the app's refresher (or make one for this page)."""
        if self.refresher is None:
            shared = getattr(self.window(), "stats_refresher", None)
            refresher = shared if isinstance(shared, StatsRefresher) \
                else StatsRefresher(self.ctx, parent=self)
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
            self.message.emit(Stats.tr(
                "The demo workspace shows made-up figures; it never fetches from the platforms."))
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
            self.message.emit(Stats.tr("Fetching the figures of %1 (%2 of %3)…")
                              .replace("%1", what).replace("%2", str(done + 1))
                              .replace("%3", str(total)))

    def _end(self) -> None:
        self.hide()
        self.refresh_button.setEnabled(True)

    def _done(self, report: kpis.RefreshReport) -> None:
        self._end()
        self.finished.emit(report_notice(report))

    def _failed(self, message: str) -> None:
        self._end()
        self.finished.emit(Stats.tr("The figures could not be fetched: %1").replace("%1",
                                                                                     message))
