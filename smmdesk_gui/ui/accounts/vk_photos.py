"""VK: "Allow photos" asks for an administrator's user token, next to the community token.

VK lets only a person upload photos to a wall (``photos.getWallUploadServer`` refuses a
community token, error 27), so without a user token a VK post with photos stays assisted. The
token is checked against the community on a worker and kept in the keyring
(``AccountService.set_user_token``), never in the data file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.services.accounts import AccountError, AccountInfo, AccountService
from smmdesk_gui.ui.context import AppContext
from smmdesk_gui.ui.i18n import arg


class AllowPhotosDialog(QDialog):
    """Paste a VK user token for ``account``; ``token_owner`` is its owner's name once kept."""

    def __init__(
        self,
        ctx: AppContext,
        service: AccountService,
        account: AccountInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = service
        self.account = account
        self.token_owner: str | None = None
        self.setWindowTitle(arg(self.tr("Allow photos for %1"), account.handle))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        what = QLabel(
            self.tr(
                "VK lets only a person upload photos to a community's wall, not the community's "
                "own token. With a user token of an administrator of the community, SMM Desk "
                "posts your VK posts with photos by itself. Without it, it posts the text-only "
                "ones and reminds you to post the ones with photos."
            )
        )
        what.setWordWrap(True)
        layout.addWidget(what)
        where = QLabel(
            self.tr(
                "Paste a user token of an administrator of the community with the rights photos "
                "and wall. SMM Desk keeps it in your computer's password store, next to the "
                "community token."
            )
        )
        where.setWordWrap(True)
        layout.addWidget(where)
        form = QFormLayout()
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setObjectName("vkUserToken")
        self.token.setPlaceholderText(self.tr("Paste the user token"))
        form.addRow(self.tr("User token"), self.token)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("allowPhotosError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Allow photos"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        token = self.token.text().strip()
        if not token:
            self._show_error(self.tr("Paste the user token first."))
            return
        self.ok.setEnabled(False)
        self.ok.setText(self.tr("Checking…"))
        self.error.hide()
        service, account_id = self.service, self.account.id
        self.ctx.tasks.run(
            lambda: service.set_user_token(account_id, token), self._done, self._failed
        )

    def _done(self, owner: str) -> None:
        self.token_owner = owner
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.credentials import CredentialError

        self.ok.setEnabled(True)
        self.ok.setText(self.tr("Allow photos"))
        if isinstance(exc, AccountError | CredentialError):
            self._show_error(str(exc))
        else:
            self._show_error(
                arg(self.tr("Checking failed unexpectedly (%1). Try again."), type(exc).__name__)
            )

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
