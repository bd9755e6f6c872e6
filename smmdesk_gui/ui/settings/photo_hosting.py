"""Settings > Photo hosting: the owner's S3-compatible bucket for Instagram and Threads photos.

The keys go to the keyring (services/publish/hosting.py); the dialog never shows a saved key.
Test and Save run on a worker (``ctx.tasks``): both upload a tiny file, read it back through a
private link and delete it; Save keeps the settings only when that worked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk_gui.ui.i18n import arg

if TYPE_CHECKING:
    from smmdesk_gui.ui.context import AppContext


class PhotoHostingDialog(QDialog):
    """Endpoint, region, bucket and keys; Test, Save, Remove."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from smmdesk_gui.services.publish.hosting import hosting_place

        self.ctx = ctx
        self.setWindowTitle(self.tr("Photo hosting"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Instagram, and Threads for posts with photos, fetch each photo from a web "
                "address. With a storage bucket of your own (Amazon S3, Cloudflare R2, Backblaze "
                "B2, Wasabi, MinIO…), SMM Desk puts each photo there for one hour under a name "
                "nobody can guess, gives Instagram a private link to it, and deletes it after "
                "posting. Without one, those posts stay assisted: SMM Desk reminds you and you "
                "post them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText("https://s3.eu-central-1.amazonaws.com")
        self.region = QLineEdit()
        self.region.setPlaceholderText(self.tr("e.g. eu-central-1 (auto on Cloudflare R2)"))
        self.bucket = QLineEdit()
        self.access_key = QLineEdit()
        self.secret_key = QLineEdit()
        self.secret_key.setEchoMode(QLineEdit.EchoMode.Password)
        for edit in (self.endpoint, self.region, self.bucket, self.access_key, self.secret_key):
            # Addresses, names and keys are Latin text, left to right in any UI language.
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Endpoint address"), self.endpoint)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Bucket"), self.bucket)
        form.addRow(self.tr("Access key ID"), self.access_key)
        form.addRow(self.tr("Secret key"), self.secret_key)
        layout.addLayout(form)
        keys_note = QLabel(
            self.tr(
                "Make keys for this bucket only, allowed to put, read, list and delete files. "
                "SMM Desk keeps both keys in your system keyring, never in its database."
            )
        )
        keys_note.setWordWrap(True)
        layout.addWidget(keys_note)
        self.status = QLabel()
        self.status.setObjectName("photoHostingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.detail = QLabel()
        self.detail.setObjectName("photoHostingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        layout.addWidget(self.detail)
        buttons = QDialogButtonBox()
        self.test_button = QPushButton(self.tr("Test"))
        self.save_button = QPushButton(self.tr("Test and save"))
        self.remove_button = QPushButton(self.tr("Stop using it"))
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(buttons)
        self.place = hosting_place(ctx.store)
        if self.place is not None:
            self.endpoint.setText(self.place.endpoint)
            self.region.setText(self.place.region)
            self.bucket.setText(self.place.bucket)
            saved = self.tr("Saved in your keyring; type to replace")
            self.access_key.setPlaceholderText(saved)
            self.secret_key.setPlaceholderText(saved)
        self._show_place()

    # -- what is in use -------------------------------------------------------------------

    def _show_place(self) -> None:
        self.remove_button.setVisible(self.place is not None)
        if self.place is None:
            self.status.setText(
                self.tr("Not set up: Instagram posts, and Threads posts with photos, are assisted.")
            )
        else:
            self.status.setText(
                arg(
                    self.tr("In use: Instagram and Threads photos go through bucket %1 at %2."),
                    self.place.bucket,
                    self._host_name(self.place.endpoint),
                )
            )

    @staticmethod
    def _host_name(endpoint: str) -> str:
        from urllib.parse import urlsplit

        return urlsplit(endpoint).hostname or endpoint

    def _values(self) -> tuple[str, str, str, str, str]:
        return (
            self.endpoint.text().strip(),
            self.region.text().strip(),
            self.bucket.text().strip(),
            self.access_key.text().strip(),
            self.secret_key.text().strip(),
        )

    def _busy(self, busy: bool, text: str = "") -> None:
        for b in (self.test_button, self.save_button, self.remove_button):
            b.setEnabled(not busy)
        if text:
            self.status.setText(text)
        self.detail.hide()

    # -- the buttons ------------------------------------------------------------------------

    def test(self) -> None:
        from smmdesk_gui.services.publish.hosting import check_photo_hosting

        values = self._values()
        self._busy(True, self.tr("Testing: storing a small file, reading it back, deleting it…"))
        self.ctx.tasks.run(lambda: check_photo_hosting(*values), self._tested, self._failed)

    def _tested(self, _result: object) -> None:
        self._busy(False)
        self.status.setText(
            self.tr(
                "It works: SMM Desk stored a small file, read it back through a private link "
                "and deleted it. Click \u201cTest and save\u201d to use this bucket."
            )
        )

    def save(self) -> None:
        from smmdesk_gui.services.publish.hosting import save_photo_hosting

        values = self._values()
        store = self.ctx.store
        self._busy(True, self.tr("Testing, then saving…"))
        self.ctx.tasks.run(lambda: save_photo_hosting(store, *values), self._saved, self._failed)

    def _saved(self, place: object) -> None:
        from smmdesk_gui.services.publish.hosting import HostingPlace

        self._busy(False)
        self.place = place if isinstance(place, HostingPlace) else self.place
        self.access_key.clear()
        self.secret_key.clear()
        self._show_place()
        self.status.setText(
            self.status.text()
            + " "
            + self.tr("Saved. Posts due from now on are sent by SMM Desk itself.")
        )

    def remove(self) -> None:
        from smmdesk_gui.services.publish.hosting import remove_photo_hosting

        remove_photo_hosting(self.ctx.store)  # one short write and two keyring deletions
        self.place = None
        for edit in (self.access_key, self.secret_key):
            edit.clear()
            edit.setPlaceholderText("")
        self._show_place()

    def _failed(self, exc: BaseException) -> None:
        from smmdesk_gui.connectors.photo_host import PhotoHostError
        from smmdesk_gui.credentials import CredentialError

        self._busy(False)
        if isinstance(exc, PhotoHostError):
            self.status.setText(self.problem_words(exc))
            if exc.detail:
                self.detail.setText(arg(self.tr("The storage service said: %1"), exc.detail))
                self.detail.show()
        elif isinstance(exc, CredentialError):
            self.status.setText(str(exc))
        else:
            self.status.setText(
                arg(self.tr("The test stopped on an unexpected error (%1)."), type(exc).__name__)
            )

    def problem_words(self, exc: object) -> str:
        """The plain sentence for a failed test, in the UI language."""
        from smmdesk_gui.connectors.photo_host import HostProblem, PhotoHostError

        problem = exc.problem if isinstance(exc, PhotoHostError) else HostProblem.OTHER
        if problem is HostProblem.MISSING:
            return self.tr("Fill in the endpoint address, the region, the bucket and both keys.")
        if problem is HostProblem.BAD_ADDRESS:
            return self.tr(
                "Check the endpoint address: it starts with https:// and has no path, e.g. "
                "https://s3.eu-central-1.amazonaws.com (the bucket goes in its own field)."
            )
        if problem is HostProblem.BAD_KEYS:
            return self.tr(
                "The storage service refused the keys. Check the access key ID and the secret "
                "key; copy them again from the service's console."
            )
        if problem is HostProblem.NO_BUCKET:
            return arg(
                self.tr(
                    "There is no bucket named %1 at this address. Check the bucket name, the "
                    "endpoint address and the region."
                ),
                self.bucket.text().strip(),
            )
        if problem is HostProblem.DENIED:
            return self.tr(
                "The keys work, but may not put, read, list or delete files in this bucket. "
                "Give them those rights on this bucket in the service's console."
            )
        if problem is HostProblem.UNREACHABLE:
            return self.tr(
                "SMM Desk could not reach the storage service. Check the endpoint address and "
                "your internet connection."
            )
        if problem is HostProblem.NOT_PUBLIC:
            return self.tr(
                "The test file was stored, but its private link did not give it back. Check "
                "that the endpoint address is the bucket's own address."
            )
        return self.tr("The storage service refused the test. Nothing was saved.")
