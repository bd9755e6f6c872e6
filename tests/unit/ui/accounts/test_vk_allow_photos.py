"""Journey: a VK community connected without a user token offers "Allow photos" on the Accounts
screen; the user token it asks for is checked against the local fake VK and kept in the keyring
next to the community token, and the offer goes away (issue 14)."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QTest

from smmdesk_gui.ui.accounts.page import AccountsPage
from smmdesk_gui.ui.accounts.vk_photos import AllowPhotosDialog
from tests.fakes.journeys import (
    active_dialog,
    alive,
    click,
    click_text,
    crash_log_empty,
    label_texts,
    open_window,
)
from tests.fakes.vk import FakeVK


def test_allow_photos_for_a_vk_community_without_a_user_token(
    ctx: Any, qtbot: Any, vk: FakeVK, memory_keyring: Any
) -> None:
    window = open_window(ctx, qtbot, screen="accounts")
    page = window.screens["accounts"]
    assert isinstance(page, AccountsPage)
    vk_info = page.service.add("vk", "korenbloem", vk.community_token, server=vk.url)
    page.service.add("pinterest", "korenbloem.pins")
    page.reload()
    assert page.model.rowCount() == 2

    # another platform: no offer
    pins = next(r for r in range(2) if page.model.account(r).platform == "pinterest")
    page.table.selectRow(pins)
    assert not page.photos_button.isVisible()
    row = next(r for r in range(2) if page.model.account(r).platform == "vk")
    page.table.selectRow(row)
    assert page.photos_button.isVisible()

    click(page.photos_button)
    dialog = active_dialog(AllowPhotosDialog)
    assert isinstance(dialog, AllowPhotosDialog)
    words = label_texts(dialog).replace("\n", " ")
    assert "posts your VK posts with photos by itself" in words  # what it enables
    assert "reminds you to post the ones with photos" in words  # and what happens without
    click_text(dialog, "Allow photos")
    assert dialog.error.isVisible() and "Paste the user token first" in dialog.error.text()

    QTest.keyClicks(dialog.token, "vk1.a.not-a-token")
    click_text(dialog, "Allow photos")
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "administrator of the community" in dialog.error.text()
    assert vk.user_token not in memory_keyring.data.values()

    dialog.token.clear()
    QTest.keyClicks(dialog.token, vk.user_token)
    click_text(dialog, "Allow photos")
    assert not alive(dialog) or not dialog.isVisible()
    assert "Photos allowed for korenbloem" in page.message.text()
    # both tokens in the keyring, side by side; the connector now has the user token for photos
    assert {vk.community_token, vk.user_token} <= set(memory_keyring.data.values())
    assert page.service.has_user_token(vk_info.id)
    connector: Any = page.service.connector_for(vk_info.id)
    assert connector.account.user_token == vk.user_token
    # the offer is gone for this community
    assert page.selected() is not None and page.selected().id == vk_info.id
    assert not page.photos_button.isVisible()
    crash_log_empty(window)
