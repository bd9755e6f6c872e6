"""A post that failed or needs checking: why, in plain words, and what to do (one click)."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.publish.queue import TargetView
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import platform_icon
from smmdesk_gui.ui.problem_words import error_words, failure_words, translated


class PostProblemDialog(QDialog):
    """Shows the platform's message and the attempts; offers Try again / Mark as posted / Skip."""

    resolved = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        service: PublishingService,
        view: TargetView,
        attempts: list[tuple[dt.datetime, str, int | None, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.view = view
        name = PLATFORMS[view.platform].name if view.platform in PLATFORMS else view.platform
        unconfirmed = view.state == "unconfirmed"
        self.setWindowIcon(platform_icon(view.platform))
        self.setWindowTitle(
            arg(self.tr("Check this post on %1"), name)
            if unconfirmed
            else arg(self.tr("A post to %1 was not published"), name)
        )
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        head = QLabel(f"<b>{html.escape(view.handle)}</b> — {html.escape(view.text)}")
        head.setWordWrap(True)
        layout.addWidget(head)
        # In the owner's language, the service's problem code (or, for a failure kept before
        # codes, the plain sentence for its kind); SMM Desk's fuller English message (with the
        # platform's own words) moves behind "Details".
        plain = (translated(view.problem) if view.problem is not None else None) or (
            failure_words(view.error_kind, view.platform)
        )
        self.why = QLabel(plain or view.message or self.tr("No reason was given."))
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        layout.addWidget(self.details_button)
        self.details = QPlainTextEdit(
            ((view.message or "") + "\n\n" if plain else "")
            + "\n".join(
                f"{started:%Y-%m-%d %H:%M:%S} UTC  {outcome}"
                + (f"  HTTP {status}" if status else "")
                + (f"  {message}" if message else "")
                for started, outcome, status, message in attempts
            )
        )
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details.setMinimumHeight(120)
        self.details.setVisible(False)
        self.details_button.toggled.connect(self.details.setVisible)
        layout.addWidget(self.details)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("Link to the post, if it is there (optional)"))
        self.url.setVisible(unconfirmed)
        layout.addWidget(self.url)
        row = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Don't post it"))
        self.skip_button.clicked.connect(lambda: self._act(self.service.skip))
        self.done_button = QPushButton(self.tr("It is there: mark as posted"))
        self.done_button.setVisible(unconfirmed)
        self.done_button.clicked.connect(self._mark_done)
        self.retry_button = QPushButton(
            self.tr("It is not there: send it") if unconfirmed else self.tr("Try again now")
        )
        self.retry_button.clicked.connect(lambda: self._act(self.service.post_now))
        later = QPushButton(self.tr("Close"))
        later.clicked.connect(self.reject)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(later)
        row.addWidget(self.done_button)
        row.addWidget(self.retry_button)
        layout.addLayout(row)

    def _mark_done(self) -> None:
        url = self.url.text().strip() or None
        self._act(lambda t: self.service.mark_done(t, url))

    def _act(self, action) -> None:  # type: ignore[no-untyped-def]
        target_id = self.view.target_id
        for b in (self.skip_button, self.done_button, self.retry_button):
            b.setEnabled(False)

        def done(_result: object) -> None:
            self.resolved.emit(target_id)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.why.setText(error_words(exc))
            for b in (self.skip_button, self.done_button, self.retry_button):
                b.setEnabled(True)

        self.ctx.tasks.run(lambda: action(target_id), done, failed)
