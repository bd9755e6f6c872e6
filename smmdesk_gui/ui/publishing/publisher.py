"""The window's publisher: runs the publishing service off the GUI thread on a timer.

At start it settles posts an earlier run left half-sent and lists missed posts (post now,
reschedule, skip); then every ``interval_ms`` it sends what is due. Results go to the status bar,
assisted posts open a "ready to post" window. What needs the owner (an assisted post due, a failed
or unconfirmed post, an account to reconnect) also goes to the ``Notifier`` (tray icon, or the
status bar where there is no tray); clicking a notice opens the right window. Nothing runs in the
demo workspace.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.ui.context import AppContext, Navigator
from smmdesk_gui.ui.i18n import arg, join_parts
from smmdesk_gui.ui.problem_words import error_words, worded
from smmdesk_gui.ui.publishing.notifier import (
    DUE,
    FAILED,
    RECONNECT,
    UNCONFIRMED,
    Notice,
    Notifier,
    make_notifier,
    raise_window,
)

log = logging.getLogger(__name__)

INTERVAL_MS = 30_000


class GuiPublisher(QObject):
    """Publishes on a timer through ``ctx.tasks``; the GUI thread only shows results."""

    report_ready = Signal(object)  # PublishReport
    missed_found = Signal(list)  # list[TargetView]

    def __init__(
        self,
        ctx: AppContext,
        window: QMainWindow | None = None,
        interval_ms: int = INTERVAL_MS,
        notifier: Notifier | None = None,
    ) -> None:
        super().__init__(window)
        from smmdesk_gui.services.publish.service import PublishingService

        self.ctx = ctx
        self.window = window
        self.service = PublishingService(ctx.store, ctx.paths)
        self.busy = False
        self.shown_missed: set[int] = set()
        self.open_dialogs: dict[int, QWidget] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        self.notifier = notifier if notifier is not None else make_notifier(window)
        self.notifier.clicked.connect(self.open_notice)
        self.notified: set[tuple[str, int]] = set()

    def serve(self, navigator: Navigator) -> None:
        """Answer the navigator's "see why" and "publish now" requests (the Plan screen's)."""
        navigator.problem_requested.connect(self.show_problem_for)
        navigator.publish_requested.connect(self.tick)

    def start(self, first_delay_ms: int = 1500) -> None:
        if self.ctx.demo:
            return
        QTimer.singleShot(first_delay_ms, self.startup)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.notifier.close()

    def startup(self) -> None:
        """Settle interrupted sends, then ask about missed posts."""
        service = self.service
        from smmdesk_gui.services.workspace import workspace_zone

        store = self.ctx.store

        def job() -> tuple[list, dt.tzinfo]:
            service.refresh_tokens()  # Meta tokens due for renewal (network: off the GUI thread)
            service.recover_interrupted()
            return service.missed_posts(), workspace_zone(store)

        self.ctx.tasks.run(job, self._missed, self._error)

    def _missed(self, result: tuple[list, dt.tzinfo]) -> None:
        missed, tz = result
        fresh = [v for v in missed if v.target_id not in self.shown_missed]
        if not fresh:
            self.tick()
            return
        self.shown_missed.update(v.target_id for v in missed)
        self.missed_found.emit(missed)
        from smmdesk_gui.ui.publishing.missed_dialog import MissedPostsDialog

        dialog = MissedPostsDialog(self.ctx, self.service, missed, tz, self.window)
        dialog.decided.connect(self.tick)
        self.open_dialogs[-1] = dialog
        dialog.open()

    def tick(self) -> None:
        if self.busy:
            return
        self.busy = True
        service = self.service

        def job() -> tuple[object, list[tuple[int, str, str, str, Problem | None]], int]:
            report = service.publish_due()
            return report, service.accounts_needing_reconnect(), service.pending_count()

        self.ctx.tasks.run(job, self._run_done, self._error)

    def _run_done(
        self, result: tuple[object, list[tuple[int, str, str, str, Problem | None]], int]
    ) -> None:
        report, reconnect, pending = result
        self._done(report)
        self._notify_accounts(reconnect)
        self.notifier.set_pending(
            pending,
            self.tr("SMM Desk: %n post(s) waiting to be published", "", pending) if pending else "",
        )

    def _error(self, exc: BaseException) -> None:
        self.busy = False
        log.warning("publishing run failed: %s", exc)
        self._status(arg(self.tr("Publishing paused: %1"), error_words(exc)))

    def _status(self, text: str) -> None:
        if self.window is not None:
            self.window.statusBar().showMessage(text, 15_000)

    def _done(self, report: object) -> None:
        from smmdesk_gui.services.publish.queue import PublishReport

        self.busy = False
        assert isinstance(report, PublishReport)
        parts = []
        if report.published:
            parts.append(self.tr("%n post(s) published", "", len(report.published)))
        if report.retrying:
            parts.append(self.tr("%n will be retried", "", len(report.retrying)))
        if report.failed:
            parts.append(self.tr("%n failed — see why in the plan", "", len(report.failed)))
        if report.unconfirmed:
            parts.append(self.tr("%n need(s) checking", "", len(report.unconfirmed)))
        if parts:
            self._status(join_parts(parts))
        changed = bool(
            report.published or report.failed or report.due or report.unconfirmed or report.retrying
        )
        if changed:  # the calendar and the status bar show the new states (published, ...)
            self.ctx.navigator.announce_plan_changed()
        for view in report.due:
            self.show_ready(view.target_id)
            self._notify(view)
        for view in [*report.failed, *report.unconfirmed]:
            self.show_problem(view)
            self._notify(view)
        new_missed = [v for v in report.missed if v.target_id not in self.shown_missed]
        if new_missed:
            self.startup()
        self.report_ready.emit(report)

    def show_ready(self, target_id: int) -> None:
        """Prepare the assisted package off the GUI thread, then show the "ready" window."""
        if target_id in self.open_dialogs:
            return
        service = self.service

        def shown(package: object) -> None:
            from smmdesk_gui.services.publish.owner import AssistedPackage
            from smmdesk_gui.ui.publishing.ready_dialog import ReadyToPostDialog

            assert isinstance(package, AssistedPackage)
            dialog = ReadyToPostDialog(self.ctx, service, package, self.window)
            dialog.finished.connect(lambda _r: self.open_dialogs.pop(target_id, None))
            # Posted by hand: the status bar's "needs you" and the calendar show it at once.
            dialog.marked.connect(lambda _t: self.ctx.navigator.announce_plan_changed())
            self.open_dialogs[target_id] = dialog
            dialog.open()

        self.ctx.tasks.run(lambda: service.assisted_package(target_id), shown, self._error)

    def show_problem(self, view: object) -> None:
        """A failed or unconfirmed post: say why and offer what to do (once per target)."""
        from smmdesk_gui.services.publish.queue import TargetView

        assert isinstance(view, TargetView)
        key = -1000 - view.target_id
        if key in self.open_dialogs:
            return
        service = self.service
        self.open_dialogs[key] = QWidget()  # reserved while the attempts load

        def shown(attempts: list) -> None:
            from smmdesk_gui.ui.publishing.problem_dialog import PostProblemDialog

            dialog = PostProblemDialog(self.ctx, service, view, attempts, self.window)
            dialog.resolved.connect(lambda _t: self.ctx.navigator.announce_plan_changed())
            dialog.resolved.connect(lambda _t: self.tick())
            dialog.finished.connect(lambda _r: self.open_dialogs.pop(key, None))
            self.open_dialogs[key] = dialog
            dialog.open()

        self.ctx.tasks.run(lambda: service.attempts(view.target_id), shown, self._error)

    # -- notifications ------------------------------------------------------------------------

    def _notify(self, view: object) -> None:
        from smmdesk_gui.services.publish.queue import TargetView

        assert isinstance(view, TargetView)
        name = PLATFORMS[view.platform].name if view.platform in PLATFORMS else view.platform
        if view.state == "due":
            notice = Notice(
                DUE,
                view.target_id,
                arg(self.tr("Time to post on %1"), name),
                arg(
                    self.tr(
                        "The text is copied and the photos are in a folder. Click here to see the "
                        "post for %1."
                    ),
                    view.handle,
                ),
            )
        elif view.state == "failed":
            notice = Notice(
                FAILED,
                view.target_id,
                arg(self.tr("A post to %1 failed"), name),
                worded(view.problem, view.message) + " " + self.tr("Click here to see why."),
            )
        else:
            notice = Notice(
                UNCONFIRMED,
                view.target_id,
                arg(self.tr("Check a post on %1"), name),
                arg(
                    self.tr(
                        "SMM Desk cannot tell whether the post to %1 went out. Click here to "
                        "check it."
                    ),
                    view.handle,
                ),
            )
        self.notified.discard((FAILED, view.target_id))
        self.notified.discard((UNCONFIRMED, view.target_id))
        self.notified.add(notice.key)
        self.notifier.notify(notice)

    def _notify_accounts(self, accounts: list[tuple[int, str, str, str, Problem | None]]) -> None:
        needing = {account_id for account_id, *_ in accounts}
        # An account that works again may need a new notice the next time it fails.
        self.notified = {k for k in self.notified if k[0] != RECONNECT or k[1] in needing}
        for account_id, platform, handle, english, problem in accounts:
            if (RECONNECT, account_id) in self.notified:
                continue
            self.notified.add((RECONNECT, account_id))
            name = PLATFORMS[platform].name if platform in PLATFORMS else platform
            message = worded(problem, english)
            self.notifier.notify(
                Notice(
                    RECONNECT,
                    account_id,
                    arg(self.tr("Reconnect %1 on %2"), handle, name),
                    (message + " " if message else "")
                    + self.tr("Its posts wait until you sign in again. Click here to reconnect."),
                )
            )

    def open_notice(self, notice: Notice) -> None:
        """The owner clicked a notice: bring the window up and open what it is about."""
        raise_window(self.window)
        if notice.kind == DUE:
            dialog = self.open_dialogs.get(notice.ref)
            if dialog is not None:
                dialog.raise_()
                dialog.activateWindow()
            else:
                self.show_ready(notice.ref)
        elif notice.kind in (FAILED, UNCONFIRMED):
            self.show_problem_for(notice.ref)
        elif notice.kind == RECONNECT:
            self.ctx.navigator.show_account(notice.ref, reconnect=True)

    def show_problem_for(self, target_id: int) -> None:
        """Open "see why" for a target known only by id (a notice, the calendar)."""
        key = -1000 - target_id
        dialog = self.open_dialogs.get(key)
        if dialog is not None and dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return
        self.open_dialogs.pop(key, None)
        service = self.service
        self.ctx.tasks.run(lambda: service.view(target_id), self.show_problem, self._error)
