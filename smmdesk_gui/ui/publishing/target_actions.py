"""Publishing results in the Plan screen's details panel: "See why" and "Retry".

For every account of the selected post whose publishing failed or needs checking, one row: the
account, what happened, a "See why" button (opens ``PostProblemDialog`` with the platform's
message and every attempt) and, for a failed post, "Retry". The calendar's details panel only adds
this widget and hands it the selected entry; the window's publisher is reached through the
context's navigator, the Plan screen through this widget's signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMetaMethod, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon
from smmdesk_gui.ui.problem_words import error_words

PROBLEM_STATES = ("failed", "unconfirmed")


class PublishingActions(QWidget):
    """ "See why" / "Retry" rows for the selected post's failed and unconfirmed accounts."""

    plan_changed = Signal()  # a retry or a settled problem changed the post: reload the plan
    said = Signal(str)  # a line for the owner, for the screen's message line

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._publishing: Any = None  # our own PublishingService, built on first use
        self.setObjectName("publishingActions")
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.rows.addWidget(self.message)
        self.row_widgets: list[QWidget] = []
        self.why_buttons: dict[int, QPushButton] = {}
        self.retry_buttons: dict[int, QPushButton] = {}
        self.show_entry(None)

    def show_entry(self, entry: Any) -> None:
        """Rows for ``entry`` (a ``PlanEntry``), or nothing."""
        for w in self.row_widgets:
            self.rows.removeWidget(w)
            w.deleteLater()
        self.row_widgets = []
        self.why_buttons = {}
        self.retry_buttons = {}
        self.message.clear()
        self.message.hide()
        problems = []
        if entry is not None:
            problems = [
                (tid, platform, handle, state)
                for tid, platform, handle, state in zip(
                    entry.target_ids, entry.platforms, entry.handles, entry.states, strict=True
                )
                if state in PROBLEM_STATES
            ]
        for target_id, platform, handle, state in problems:
            self._add_row(target_id, platform, handle, state)
        self.setVisible(bool(problems))

    def _add_row(self, target_id: int, platform: str, handle: str, state: str) -> None:
        name = PLATFORMS[platform].name if platform in PLATFORMS else platform
        handle = handle.removeprefix("@")
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        what = (
            arg(self.tr("%1 @%2: not published"), name, handle)
            if state == "failed"
            else arg(self.tr("%1 @%2: check whether it went out"), name, handle)
        )
        label = QLabel(what, row)
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        why = QPushButton(icon("fa6s.circle-question"), self.tr("See why"), row)
        why.clicked.connect(lambda: self.see_why(target_id))
        layout.addWidget(why)
        self.why_buttons[target_id] = why
        if state == "failed":
            retry = QPushButton(icon("fa6s.rotate-right"), self.tr("Retry"), row)
            retry.clicked.connect(lambda: self.retry(target_id))
            layout.addWidget(retry)
            self.retry_buttons[target_id] = retry
        self.rows.insertWidget(self.rows.count() - 1, row)
        self.row_widgets.append(row)

    # -- actions ------------------------------------------------------------------------------

    def _service(self) -> Any:
        if self._publishing is None:
            from smmdesk_gui.services.publish.service import PublishingService

            self._publishing = PublishingService(self.ctx.store, self.ctx.paths)
        return self._publishing

    def see_why(self, target_id: int) -> None:
        """Open the problem window (the platform's words, every attempt, what to do): the
        window's publisher's, else one of our own (a Plan screen without a main window)."""
        if self.ctx.navigator.show_problem(target_id):
            return
        from smmdesk_gui.ui.publishing.problem_dialog import PostProblemDialog

        ctx = self.ctx
        service = self._service()

        def shown(result: tuple[Any, list[Any]]) -> None:
            view, attempts = result
            dialog = PostProblemDialog(ctx, service, view, attempts, self)
            dialog.resolved.connect(lambda _t: self.plan_changed.emit())
            self.dialog = dialog
            dialog.open()

        ctx.tasks.run(
            lambda: (service.view(target_id), service.attempts(target_id)), shown, self._failed
        )

    def retry(self, target_id: int) -> None:
        """Send a failed post again now (the account must be able to post)."""
        service = self._service()
        button = self.retry_buttons.get(target_id)
        if button is not None:
            button.setEnabled(False)

        def done(_view: object) -> None:
            self.ctx.navigator.publish_now()
            self.plan_changed.emit()
            self.say(self.tr("It will be sent in a moment."))

        self.ctx.tasks.run(lambda: service.retry(target_id), done, self._failed)

    def say(self, text: str) -> None:
        """Tell the owner: through ``said`` (the Plan screen's message line) when it is
        connected, else here."""
        if self.isSignalConnected(QMetaMethod.fromSignal(self.said)):
            self.said.emit(text)
        else:
            self.message.setText(text)
            self.message.show()

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.services.accounts import AccountError

        for b in self.retry_buttons.values():
            b.setEnabled(True)
        self.message.setText(
            error_words(exc)
            if isinstance(exc, AccountError | LookupError)
            else arg(self.tr("That did not work (%1). Try again."), type(exc).__name__)
        )
        self.message.show()
