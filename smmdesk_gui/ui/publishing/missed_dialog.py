"""Posts whose time passed while SMM Desk was closed: post now, reschedule, or skip."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.publish.queue import TargetView
from smmdesk_gui.ui.calendars import follow_ui_calendar
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.formatting import format_datetime
from smmdesk_gui.ui.icons import platform_icon
from smmdesk_gui.ui.problem_words import error_words


class MissedPostsDialog(QDialog):
    """Lists missed posts; each decision runs through the publishing service off the GUI thread."""

    decided = Signal()

    def __init__(
        self,
        ctx: AppContext,
        service: object,
        missed: list[TargetView],
        tz: dt.tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.tz = tz
        self.views = list(missed)
        self.setWindowTitle(self.tr("Posts that missed their time"))
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These posts were due while SMM Desk was closed, so they were not sent. "
                "Choose for each: post it now, pick a new time, or skip it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Was due"), self.tr("Account"), self.tr("Post")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col in (0, 1):
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.post_now_button = QPushButton(self.tr("Post now"))
        self.post_now_button.clicked.connect(self.post_now)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        follow_ui_calendar(self.when)
        self.when.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.reschedule_button = QPushButton(self.tr("Move to this time"))
        self.reschedule_button.clicked.connect(self.reschedule)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.clicked.connect(self.skip)
        row.addWidget(self.post_now_button)
        row.addStretch(1)
        row.addWidget(self.when)
        row.addWidget(self.reschedule_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        close = QPushButton(self.tr("Decide later"))
        close.clicked.connect(self.reject)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self._fill()
        if self.views:
            self.table.selectAll()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.views))
        for i, v in enumerate(self.views):
            due = format_datetime(v.scheduled_at, self.tz) if v.scheduled_at else ""
            name = PLATFORMS[v.platform].name if v.platform in PLATFORMS else v.platform
            account = QTableWidgetItem(platform_icon(v.platform), f"{name} · {v.handle}")
            self.table.setItem(i, 0, QTableWidgetItem(due))
            self.table.setItem(i, 1, account)
            self.table.setItem(i, 2, QTableWidgetItem(v.text.replace("\n", " ")))
        self.post_now_button.setEnabled(bool(self.views))
        self.reschedule_button.setEnabled(bool(self.views))
        self.skip_button.setEnabled(bool(self.views))

    def selected(self) -> list[TargetView]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.views[r] for r in rows if r < len(self.views)]

    def _apply(self, action: Callable[[int], object], done_text: str) -> None:
        chosen = self.selected()
        if not chosen:
            self.message.setText(self.tr("Select one or more posts first."))
            return
        ids = [v.target_id for v in chosen]

        def job() -> None:
            for target_id in ids:
                action(target_id)

        def done(_result: object) -> None:
            self.views = [v for v in self.views if v.target_id not in ids]
            self._fill()
            self.message.setText(done_text)
            self.decided.emit()
            if not self.views:
                self.accept()

        self.ctx.tasks.run(job, done, lambda exc: self.message.setText(error_words(exc)))

    def post_now(self) -> None:
        from smmdesk_gui.services.publish.service import PublishingService

        assert isinstance(self.service, PublishingService)
        self._apply(self.service.post_now, self.tr("They will be sent in a moment."))

    def reschedule(self) -> None:
        from smmdesk_gui.services.publish.service import PublishingService

        assert isinstance(self.service, PublishingService)
        instant = dt.datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), dt.UTC)
        service = self.service
        self._apply(lambda t: service.reschedule(t, instant), self.tr("Moved to the new time."))

    def skip(self) -> None:
        from smmdesk_gui.services.publish.service import PublishingService

        assert isinstance(self.service, PublishingService)
        self._apply(self.service.skip, self.tr("Skipped: they stay in the plan, unsent."))
