"""Publishing results in the Plan screen's details panel: "See why" and "Retry".

For every account of the selected post whose publishing failed or needs checking, one row: the
account, what happened, a "See why" button (opens ``PostProblemDialog`` with the platform's
message and every attempt) and, for a failed post, "Retry". The calendar's details panel only adds
this widget and hands it the selected entry.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.ui.icons import icon

PROBLEM_STATES = ("failed", "unconfirmed")


def _ancestor_with(widget: QWidget, name: str) -> Any:
    """The nearest parent widget (or the window) that has attribute ``name``."""
    w: QWidget | None = widget
    while w is not None:
        if hasattr(w, name):
            return w
        w = w.parentWidget()
    return None


class PublishingActions(QWidget):
    """ "See why" / "Retry" rows for the selected post's failed and unconfirmed accounts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
            self.tr("{platform} @{handle}: not published").format(platform=name, handle=handle)
            if state == "failed"
            else self.tr("{platform} @{handle}: check whether it went out").format(
                platform=name, handle=handle
            )
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

    def _publisher(self) -> Any:
        window = self.window()
        return getattr(window, "publisher", None)

    def _service(self) -> Any:
        publisher = self._publisher()
        if publisher is not None:
            return publisher.service
        from smmdesk_gui.services.publish.service import PublishingService

        ctx = _ancestor_with(self, "ctx").ctx
        return PublishingService(ctx.store, ctx.paths)

    def _refresh_plan(self) -> None:
        page = _ancestor_with(self, "reload")
        if page is not None:
            page.reload()

    def see_why(self, target_id: int) -> None:
        """Open the problem window (the platform's words, every attempt, what to do)."""
        publisher = self._publisher()
        if publisher is not None:
            publisher.show_problem_for(target_id)
            return
        from smmdesk_gui.ui.publishing.problem_dialog import PostProblemDialog

        ctx = _ancestor_with(self, "ctx").ctx
        service = self._service()

        def shown(result: tuple[Any, list[Any]]) -> None:
            view, attempts = result
            dialog = PostProblemDialog(ctx, service, view, attempts, self)
            dialog.resolved.connect(lambda _t: self._refresh_plan())
            self.dialog = dialog
            dialog.open()

        ctx.tasks.run(
            lambda: (service.view(target_id), service.attempts(target_id)), shown, self._failed
        )

    def retry(self, target_id: int) -> None:
        """Send a failed post again now (the account must be able to post)."""
        ctx = _ancestor_with(self, "ctx").ctx
        service = self._service()
        button = self.retry_buttons.get(target_id)
        if button is not None:
            button.setEnabled(False)

        def done(_view: object) -> None:
            publisher = self._publisher()
            if publisher is not None:
                publisher.tick()
            self._refresh_plan()
            self.say(self.tr("It will be sent in a moment."))

        ctx.tasks.run(lambda: service.retry(target_id), done, self._failed)

    def say(self, text: str) -> None:
        """Tell the owner: in the Plan screen's message line when there is one, else here."""
        page = _ancestor_with(self, "show_message")
        if page is not None:
            page.show_message(text)
        else:
            self.message.setText(text)
            self.message.show()

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.services.accounts import AccountError

        for b in self.retry_buttons.values():
            b.setEnabled(True)
        self.message.setText(
            str(exc)
            if isinstance(exc, AccountError | LookupError)
            else self.tr("That did not work ({name}). Try again.").format(name=type(exc).__name__)
        )
        self.message.show()
