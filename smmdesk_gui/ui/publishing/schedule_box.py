"""Settings group: let the system send due posts while SMM Desk is closed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.problem_words import error_words, words


class PublishScheduleBox(QGroupBox):
    """Install or remove the OS scheduler job that runs ``smmdesk-cli publish-due``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Publish while SMM Desk is closed"), parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.text = QLabel(
            self.tr(
                "Let this computer send your scheduled posts every 5 minutes, even when the "
                "SMM Desk window is closed (the computer must be on and you logged in)."
            )
        )
        self.text.setWordWrap(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.install_button = QPushButton(self.tr("Turn on"))
        self.install_button.clicked.connect(lambda: self._run(install=True))
        self.remove_button = QPushButton(self.tr("Turn off"))
        self.remove_button.clicked.connect(lambda: self._run(install=False))
        row.addWidget(self.install_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel("")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)

    def _run(self, install: bool) -> None:
        from smmdesk_gui.services.publish import os_schedule

        plan = os_schedule.schedule_plan(
            os_schedule.current_system(), os_schedule.cli_command(self.ctx.paths.home), Path.home()
        )

        def job() -> str:
            if install:
                os_schedule.install(plan)
                return arg(self.tr("On: %1."), words(plan.job))
            os_schedule.remove(plan)
            return self.tr("Off. Posts go out only while SMM Desk is open.")

        self.ctx.tasks.run(
            job, self.result.setText, lambda exc: self.result.setText(error_words(exc))
        )
