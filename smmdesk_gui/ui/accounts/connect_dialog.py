"""Connect (or reconnect) one account: per-platform fields and where to find the secret."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.connectors.registry import CONNECTED_PLATFORMS
from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.accounts import AccountError, AccountInfo, AccountService
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.icons import platform_icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectDialog", text)


# What to type, per platform: (handle label, handle example, secret label, where to get it).
HELP = {
    "bluesky": (
        "Handle",
        "yourshop.bsky.social",
        "App password",
        "In Bluesky: Settings > Privacy and security > App passwords > Add. Never use your "
        "main password here.",
    ),
    "mastodon": (
        "Account name",
        "yourshop",
        "Access token",
        "On your server: Preferences > Development > New application (allow read and write), "
        'then copy "Your access token".',
    ),
    "telegram": (
        "Channel",
        "@yourshopnews",
        "Bot token",
        "Ask @BotFather for a bot (/newbot) and copy its token. Then make the bot an "
        "administrator of your channel who may post messages.",
    ),
}
ASSISTED_HELP = (
    "SMM Desk cannot post here by itself. At the planned time it reminds you, copies the text "
    "and saves the photos in a folder; you post and mark it done."
)


class ConnectDialog(QDialog):
    """Connect a new account, or reconnect ``account`` with a new secret."""

    def __init__(
        self,
        ctx: AppContext,
        service: AccountService,
        account: AccountInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.account = account
        self.result_info: AccountInfo | None = None
        self.setWindowTitle(
            self.tr("Reconnect account") if account else self.tr("Connect an account")
        )
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.platform = QComboBox()
        order = list(CONNECTED_PLATFORMS) + sorted(
            p for p in PLATFORMS if p not in CONNECTED_PLATFORMS
        )
        for pid in order:
            self.platform.addItem(platform_icon(pid), PLATFORMS[pid].name, pid)
        form.addRow(self.tr("Platform"), self.platform)
        self.server_label = QLabel(self.tr("Server address"))
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://mastodon.social")
        form.addRow(self.server_label, self.server)
        self.handle_label = QLabel()
        self.handle = QLineEdit()
        form.addRow(self.handle_label, self.handle)
        self.secret_label = QLabel()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.help)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("connectError")
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Reconnect") if account else self.tr("Connect"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        if account is not None:
            self.platform.setCurrentIndex(self.platform.findData(account.platform))
            self.platform.setEnabled(False)
            self.handle.setText(account.channel or account.handle)
            self.handle.setReadOnly(True)
            self.server.setText(account.base_url or "")
            self.server.setReadOnly(True)
        self._platform_changed()

    def platform_id(self) -> str:
        return str(self.platform.currentData())

    def _platform_changed(self) -> None:
        pid = self.platform_id()
        assisted = pid not in HELP
        handle_label, example, secret_label, where = HELP.get(
            pid, ("Account name", "yourshop", "", ASSISTED_HELP)
        )
        self.handle_label.setText(_tr(handle_label))
        self.handle.setPlaceholderText(example)
        self.secret_label.setText(_tr(secret_label))
        self.secret_label.setVisible(not assisted)
        self.secret.setVisible(not assisted)
        show_server = pid in ("mastodon", "bluesky")
        self.server_label.setVisible(show_server)
        self.server.setVisible(show_server)
        self.server.setPlaceholderText(
            "https://bsky.social" if pid == "bluesky" else "https://mastodon.social"
        )
        self.server_label.setText(
            self.tr("Server (leave empty for bsky.social)")
            if pid == "bluesky"
            else self.tr("Server address")
        )
        self.help.setText(_tr(where))
        self.error.hide()

    def values(self) -> dict[str, Any]:
        pid = self.platform_id()
        server = self.server.text().strip() or None
        if server and not server.startswith(("http://", "https://")):
            server = "https://" + server
        handle = self.handle.text().strip()
        return {
            "platform": pid,
            "handle": handle,
            "secret": self.secret.text().strip() or None,
            "server": server,
            "channel": handle if pid == "telegram" else None,
        }

    def submit(self) -> None:
        v = self.values()
        self.ok.setEnabled(False)
        self.error.hide()
        self.ok.setText(self.tr("Checking…"))
        service = self.service
        if self.account is not None:
            account_id = self.account.id
            secret = v["secret"] or ""

            def job() -> AccountInfo:
                return service.reconnect(account_id, secret)
        else:

            def job() -> AccountInfo:
                return service.add(
                    v["platform"],
                    v["handle"],
                    v["secret"],
                    server=v["server"],
                    channel=v["channel"],
                )

        self.ctx.tasks.run(job, self._done, self._failed)

    def _done(self, info: AccountInfo) -> None:
        self.result_info = info
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.credentials import CredentialError

        self.ok.setEnabled(True)
        self.ok.setText(self.tr("Reconnect") if self.account else self.tr("Connect"))
        if isinstance(exc, AccountError | CredentialError):
            self.error.setText(str(exc))
        else:
            self.error.setText(
                self.tr("Connecting failed unexpectedly ({name}). Try again.").format(
                    name=type(exc).__name__
                )
            )
        self.error.show()
