"""Assisted publishing: everything ready to post by hand, then "Mark as posted"."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
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

from smmdesk_gui.services.publish.owner import AssistedPackage
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.icons import icon, platform_icon


class ReadyToPostDialog(QDialog):
    """Text (already copied), the photos' folder, the platform's page, and "Mark as posted"."""

    marked = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        service: PublishingService,
        package: AssistedPackage,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.package = package
        self.setWindowTitle(arg(self.tr("Ready to post on %1"), package.platform_name))
        self.setWindowIcon(platform_icon(package.platform))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        steps = QLabel(
            arg(
                self.tr(
                    "It is time for this post. The text is copied: paste it on %1. "
                    "The photos (%n) are in a folder, numbered in order. When it is up, "
                    "mark it as posted.",
                    "",
                    len(package.images),
                ),
                package.platform_name,
            )
        )
        steps.setWordWrap(True)
        layout.addWidget(steps)
        self.text = QPlainTextEdit(package.text)
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.copy_button = QPushButton(icon("fa6s.copy"), self.tr("Copy text again"))
        self.copy_button.clicked.connect(self.copy_text)
        self.folder_button = QPushButton(icon("fa6s.folder-open"), self.tr("Open photos folder"))
        self.folder_button.setEnabled(bool(package.images))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(package.folder)))
        )
        self.site_button = QPushButton(
            platform_icon(package.platform),
            arg(self.tr("Open %1"), package.platform_name),
        )
        self.site_button.setEnabled(bool(package.platform_url))
        self.site_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl(package.platform_url))
        )
        for b in (self.copy_button, self.folder_button, self.site_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("Link to the post (optional)"))
        layout.addWidget(self.url)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        later = QPushButton(self.tr("Later"))
        later.clicked.connect(self.reject)
        self.done_button = QPushButton(icon("fa6s.check"), self.tr("Mark as posted"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.mark_done)
        buttons.addWidget(later)
        buttons.addWidget(self.done_button)
        layout.addLayout(buttons)
        self.copy_text()

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.package.text)

    def mark_done(self) -> None:
        service, target_id = self.service, self.package.target_id
        url = self.url.text().strip() or None
        self.done_button.setEnabled(False)

        def done(_view: object) -> None:
            self.marked.emit(target_id)
            self.accept()

        self.ctx.tasks.run(lambda: service.mark_done(target_id, url), done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.done_button.setEnabled(True)
        self.url.setPlaceholderText(str(exc))
