"""Settings > Photo hosting, clicked through against a local bucket (tests/fakes/s3.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.publish.hosting import hosting_place
from smmdesk_gui.ui.settings.photo_hosting import PhotoHostingDialog
from smmdesk_gui.ui.settings_page import SettingsPage
from tests.fakes.keyrings import MemoryKeyring
from tests.fakes.meta import FakeMeta
from tests.fakes.s3 import FakeS3


def _type(edit: QLineEdit, text: str) -> None:
    edit.clear()
    edit.setText(text)


def _fill(dialog: PhotoHostingDialog, s3: FakeS3, secret: str) -> None:
    _type(dialog.endpoint, s3.url)
    _type(dialog.region, s3.region)
    _type(dialog.bucket, s3.bucket)
    _type(dialog.access_key, s3.access_key)
    _type(dialog.secret_key, secret)


def test_a_wrong_secret_says_so_and_saves_nothing_then_the_right_one_is_kept(
    ctx: Any, qtbot: QtBot, s3: FakeS3, memory_keyring: MemoryKeyring
) -> None:
    dialog = PhotoHostingDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Not set up" in dialog.status.text()
    wrong = "wrong-secret-key/0123456789abcdefXYZ"
    _fill(dialog, s3, wrong)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "refused the keys" in dialog.status.text()
    assert "SignatureDoesNotMatch" in dialog.detail.text()
    assert wrong not in dialog.status.text() + dialog.detail.text()
    assert hosting_place(ctx.store) is None and memory_keyring.data == {}
    _type(dialog.secret_key, s3.secret_key)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "It works" in dialog.status.text()
    assert hosting_place(ctx.store) is None  # a test keeps nothing
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "In use" in dialog.status.text() and s3.bucket in dialog.status.text()
    assert set(memory_keyring.data.values()) == {s3.access_key, s3.secret_key}
    assert dialog.secret_key.text() == "" and s3.objects == {}
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.on_shown()
    assert s3.bucket in page.photo_hosting_state.text()

    again = PhotoHostingDialog(ctx)  # reopened: the place is shown, the keys are not
    qtbot.addWidget(again)
    assert again.bucket.text() == s3.bucket and again.secret_key.text() == ""
    qtbot.mouseClick(again.test_button, Qt.MouseButton.LeftButton)  # with the saved keys
    assert "It works" in again.status.text()
    qtbot.mouseClick(again.remove_button, Qt.MouseButton.LeftButton)
    assert hosting_place(ctx.store) is None and memory_keyring.data == {}
    assert "Not set up" in again.status.text()


def test_empty_fields_and_an_unreachable_bucket_are_plain_sentences(
    ctx: Any, qtbot: QtBot, s3: FakeS3, memory_keyring: MemoryKeyring
) -> None:
    dialog = PhotoHostingDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "Fill in" in dialog.status.text()
    _fill(dialog, s3, s3.secret_key)
    _type(dialog.endpoint, "http://photos.example.com")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "https://" in dialog.status.text()
    _type(dialog.endpoint, s3.url)
    s3.close()
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "could not reach" in dialog.status.text()


def test_an_instagram_account_offers_photo_hosting_and_stops_being_assisted_with_it(
    ctx: Any, qtbot: QtBot, s3: FakeS3, meta: FakeMeta, memory_keyring: MemoryKeyring
) -> None:
    from smmdesk_gui.services.publish.hosting import save_photo_hosting
    from smmdesk_gui.ui.accounts.page import AccountsPage

    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.service.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    page.service.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    page.reload()
    rows = {page.model.account(i).platform: i for i in range(page.model.rowCount())}
    page.table.selectRow(rows["facebook"])
    assert not page.hosting_button.isVisible()
    page.table.selectRow(rows["instagram"])
    assert page.hosting_button.isVisible()
    # assisted, but its token can be renewed (Reconnect)
    assert page.selected().assisted and page.reconnect_button.isEnabled()
    save_photo_hosting(ctx.store, s3.url, s3.region, s3.bucket, s3.access_key, s3.secret_key)
    page.reload(select_id=page.selected().id)
    assert not page.selected().assisted and page.reconnect_button.isEnabled()
