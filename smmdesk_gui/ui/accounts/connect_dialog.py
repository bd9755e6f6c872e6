"""Connect (or reconnect) one account: per-platform fields and where to find the secret."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.connectors.registry import CONNECTED_PLATFORMS
from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.accounts import AccountError, AccountInfo, AccountService
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP
from smmdesk_gui.ui.icons import platform_icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectDialog", text)


# What to type, per platform: (handle label, handle example, secret label, where to get it).
HELP = {
    # marked for lupdate (translated with _tr where shown); the examples are typed as they are
    "bluesky": (
        QT_TRANSLATE_NOOP("ConnectDialog", "Handle"),
        "yourshop.bsky.social",
        QT_TRANSLATE_NOOP("ConnectDialog", "App password"),
        QT_TRANSLATE_NOOP(
            "ConnectDialog",
            "In Bluesky: Settings > Privacy and security > App passwords > Add. Never use your "
            "main password here.",
        ),
    ),
    "mastodon": (
        QT_TRANSLATE_NOOP("ConnectDialog", "Account name"),
        "yourshop",
        QT_TRANSLATE_NOOP("ConnectDialog", "Access token"),
        QT_TRANSLATE_NOOP(
            "ConnectDialog",
            "On your server: Preferences > Development > New application (allow read and "
            'write), then copy "Your access token".',
        ),
    ),
    "telegram": (
        QT_TRANSLATE_NOOP("ConnectDialog", "Channel"),
        "@yourshopnews",
        QT_TRANSLATE_NOOP("ConnectDialog", "Bot token"),
        QT_TRANSLATE_NOOP(
            "ConnectDialog",
            "Ask @BotFather for a bot (/newbot) and copy its token. Then make the bot an "
            "administrator of your channel who may post messages.",
        ),
    ),
    "facebook": (
        "Page ID",
        "1234567890",
        "Page access token",
        "At developers.facebook.com: My Apps > Create app > type Business. Add the Facebook "
        "Login for Business product. Open Tools > Graph API Explorer, pick your app, add the "
        "permissions pages_show_list, pages_read_engagement and pages_manage_posts, click "
        "Generate Access Token, then under User or Page choose your Page and copy the token. "
        "The Page ID is on your Page: About > Page transparency.",
    ),
    "threads": (
        "Threads username",
        "yourshop",
        "Threads access token",
        "At developers.facebook.com: My Apps > Create app > Access the Threads API. Under Use "
        "cases > Customize, add the permissions threads_basic and threads_content_publish, "
        "add your own Threads profile as a Threads tester (and accept it in Threads: Settings "
        "> Account > Website permissions), then click Generate access token and copy it.",
    ),
    "instagram": (
        "Instagram username",
        "yourshop",
        "Instagram access token (optional)",
        "Instagram posts need photos, and Instagram fetches photos from a web address: SMM "
        "Desk sends them itself once you set up photo hosting (your own storage bucket, in "
        "Settings); until then it helps you post (assisted). For the token: at "
        "developers.facebook.com create a Business app, add Instagram > API setup with "
        "Instagram login, add your professional account, click Generate token and paste it "
        "here. Leave it empty to connect without it (always assisted).",
    ),
    "vk": (
        "Community",
        "yourshop",
        "Community token",
        "In VK, open your community > Manage > API usage > Create token. Allow wall, photos "
        "and manage, then copy the token. SMM Desk posts as the community.",
    ),
}
#: VK: photos need a person's token (VK does not let a community token upload them).
VK_USER_TOKEN_HELP = (
    "Optional, for photos: VK lets only a person upload photos to a wall. Paste a user token "
    "of an administrator of the community with the rights photos and wall. Without it, SMM "
    "Desk posts the text of VK posts by itself and reminds you to post the ones with photos."
)
ASSISTED_HELP = (
    "SMM Desk cannot post here by itself. At the planned time it reminds you, copies the text "
    "and saves the photos in a folder; you post and mark it done."
)


OAUTH_HELP = (
    'Click "Open the sign-in page": your server opens in the browser. Sign in, allow SMM '
    "Desk, then copy the code it shows and paste it here."
)


class ConnectDialog(QDialog):
    """Connect a new account, or reconnect ``account`` with a new secret.

    Mastodon offers two ways: sign in through the browser (OAuth with an out-of-band code: the
    server shows a code the owner pastes here) or paste an access token.
    """

    #: Opens a web address in the browser (tests record it instead).
    open_url: Callable[[QUrl], bool] = staticmethod(QDesktopServices.openUrl)

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
        self.user_token_label = QLabel(self.tr("User token (optional)"))
        self.user_token = QLineEdit()
        self.user_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_token.setPlaceholderText(self.tr("Only for posts with photos"))
        form.addRow(self.user_token_label, self.user_token)
        # Mastodon: sign in through the browser (default) or paste a token.
        self.oauth_start: Any = None
        self.method_label = QLabel(self.tr("How"))
        method = QWidget()
        mrow = QVBoxLayout(method)
        mrow.setContentsMargins(0, 0, 0, 0)
        self.use_oauth = QRadioButton(self.tr("Sign in through the browser (easiest)"))
        self.use_token = QRadioButton(self.tr("Paste an access token"))
        self.use_oauth.setChecked(True)
        mrow.addWidget(self.use_oauth)
        mrow.addWidget(self.use_token)
        form.addRow(self.method_label, method)
        self.method_widget = method
        self.signin_row = QWidget()
        srow = QHBoxLayout(self.signin_row)
        srow.setContentsMargins(0, 0, 0, 0)
        self.signin_button = QPushButton(self.tr("Open the sign-in page"))
        self.signin_button.clicked.connect(self.begin_sign_in)
        srow.addWidget(self.signin_button)
        srow.addStretch(1)
        form.addRow("", self.signin_row)
        self.signin_link = QLabel()
        self.signin_link.setWordWrap(True)
        self.signin_link.setOpenExternalLinks(True)
        self.signin_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.signin_link.hide()
        form.addRow("", self.signin_link)
        self.code_label = QLabel(self.tr("Code"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Paste the code your server shows"))
        form.addRow(self.code_label, self.code)
        self.use_oauth.toggled.connect(lambda _on: self._platform_changed())
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
        oauth_choice = pid == "mastodon"
        oauth = oauth_choice and self.use_oauth.isChecked()
        for w in (self.method_label, self.method_widget):
            w.setVisible(oauth_choice)
        for w in (self.signin_row, self.code_label, self.code):
            w.setVisible(oauth)
        self.signin_link.setVisible(oauth and self.oauth_start is not None)
        self.secret_label.setVisible(not assisted and not oauth)
        self.secret.setVisible(not assisted and not oauth)
        if oauth:
            where = OAUTH_HELP
            if self.account is None:
                self.handle.setPlaceholderText(self.tr("(filled in from your server)"))
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
        vk = pid == "vk"
        self.user_token_label.setVisible(vk)
        self.user_token.setVisible(vk)
        text = _tr(where)
        if vk:
            text += "\n\n" + _tr(VK_USER_TOKEN_HELP)
        self.help.setText(text)
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
            "user_token": (self.user_token.text().strip() or None) if pid == "vk" else None,
        }

    def oauth_mode(self) -> bool:
        return self.platform_id() == "mastodon" and self.use_oauth.isChecked()

    def begin_sign_in(self) -> None:
        """Register SMM Desk on the server (once), then open its sign-in page."""
        server = self.values()["server"] or ""
        if not server:
            self._show_error(self.tr("Enter your server's address first, e.g. mastodon.social"))
            return
        self.signin_button.setEnabled(False)
        self.error.hide()
        service = self.service

        def started(start: Any) -> None:
            self.oauth_start = start
            self.signin_button.setEnabled(True)
            self.signin_button.setText(self.tr("Open the sign-in page again"))
            url = start.authorize_url
            self.signin_link.setText(
                self.tr('If the browser did not open, <a href="{url}">click here</a>.').format(
                    url=url.replace("&", "&amp;").replace('"', "&quot;")
                )
            )
            self.signin_link.show()
            self.code.setFocus()
            self.open_url(QUrl(url))

        def failed(exc: BaseException) -> None:
            self.signin_button.setEnabled(True)
            self._failed(exc)

        self.ctx.tasks.run(lambda: service.mastodon_sign_in(server), started, failed)

    def submit(self) -> None:
        v = self.values()
        if self.oauth_mode():
            self._submit_oauth(v)
            return
        self.ok.setEnabled(False)
        self.error.hide()
        self.ok.setText(self.tr("Checking…"))
        service = self.service
        if self.account is not None:
            account_id = self.account.id
            secret = v["secret"] or ""

            def job() -> AccountInfo:
                info = service.reconnect(account_id, secret)
                if v["user_token"]:
                    service.set_user_token(info.id, v["user_token"])
                return info
        else:

            def job() -> AccountInfo:
                info = service.add(
                    v["platform"],
                    v["handle"],
                    v["secret"],
                    server=v["server"],
                    channel=v["channel"],
                )
                if v["user_token"]:
                    # The community is connected even if VK refuses the user token: the
                    # owner hears why and may add it later by reconnecting.
                    service.set_user_token(info.id, v["user_token"])
                return info

        self.ctx.tasks.run(job, self._done, self._failed)

    def _submit_oauth(self, v: dict[str, Any]) -> None:
        start = self.oauth_start
        code = self.code.text().strip()
        if start is None:
            self._show_error(self.tr('Click "Open the sign-in page" first.'))
            return
        if not code:
            self._show_error(self.tr("Paste the code your server showed after you allowed it."))
            return
        self.ok.setEnabled(False)
        self.error.hide()
        self.ok.setText(self.tr("Checking…"))
        service = self.service
        account_id = self.account.id if self.account is not None else None
        handle = v["handle"]
        self.ctx.tasks.run(
            lambda: service.mastodon_finish_sign_in(start, code, handle, account_id),
            self._done,
            self._failed,
        )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

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
