"""Journey: a new owner connects accounts by clicking, from the main window (issue 12, item 5).

Both "Connect an account" buttons of the Accounts screen (the empty state's and the header's)
open the connect dialog; an assisted platform (Pinterest) and Telegram (the local fake Bot API)
are connected by typing and clicking; each appears in the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from smmdesk_gui.ui.accounts.connect_dialog import ConnectDialog
from smmdesk_gui.ui.accounts.page import AccountsPage
from tests.fakes.journeys import (
    active_dialog,
    alive,
    click,
    click_text,
    crash_log_empty,
    label_texts,
    open_window,
    type_into,
)
from tests.fakes.publish import FakeTelegram
from tests.fakes.vk import FakeVK


def _choose_platform(dialog: ConnectDialog, name: str) -> None:
    """Pick a platform in the combo box with the keyboard, as a person tabbing through does."""
    dialog.platform.setFocus()
    QTest.keyClicks(dialog.platform, name)
    assert dialog.platform.currentText() == name


def _rows(page: AccountsPage) -> list[str]:
    model = page.model
    return [str(model.index(r, 1).data()) for r in range(model.rowCount())]


def test_connect_from_both_buttons_of_the_accounts_screen(
    ctx: Any, qtbot: Any, telegram: FakeTelegram
) -> None:
    window = open_window(ctx, qtbot)
    click(window.rail.buttons["accounts"])
    page = window.screens["accounts"]
    assert isinstance(page, AccountsPage)
    assert "Connect an account" in label_texts(page)  # the empty state's headline

    # 1. the empty state's button: an assisted platform
    assert page.empty.button is not None
    click(page.empty.button)
    dialog = active_dialog(ConnectDialog)
    assert dialog.windowTitle() == "Connect an account"
    _choose_platform(dialog, "Pinterest")
    assert not dialog.secret.isVisible()  # SMM Desk reminds; nothing secret to type
    type_into(dialog.handle, "korenbloem.bakery")
    click_text(dialog, "Connect")
    assert not alive(dialog) or not dialog.isVisible()
    assert page.stack.currentIndex() == 1  # the list replaced the empty state
    assert any("korenbloem.bakery" in row for row in _rows(page)), _rows(page)
    assert "will remind you" in page.message.text()

    # 2. the header's button: Telegram, checked against the local Bot API
    click(page.connect_button)
    dialog = active_dialog(ConnectDialog)
    assert dialog.windowTitle() == "Connect an account"
    _choose_platform(dialog, "Telegram")
    type_into(dialog.handle, telegram.channel)
    type_into(dialog.secret, telegram.token)
    # the API address is the server field's hidden twin for Telegram: the test's local server
    dialog.server.setText(telegram.url)
    click_text(dialog, "Connect")
    assert not alive(dialog) or not dialog.isVisible()
    assert page.model.rowCount() == 2
    assert "connected and works" in page.message.text()
    texts = [page.model.index(r, 2).data() for r in range(2)]
    assert "Connected" in texts
    # the status bar no longer says nothing is connected
    assert "No accounts connected yet" not in window.queue_label.text()
    crash_log_empty(window)


def test_a_wrong_token_says_why_and_the_dialog_stays(
    ctx: Any, qtbot: Any, telegram: FakeTelegram
) -> None:
    window = open_window(ctx, qtbot, screen="accounts")
    page = window.screens["accounts"]
    assert isinstance(page, AccountsPage)
    click(page.connect_button)
    dialog = active_dialog(ConnectDialog)
    _choose_platform(dialog, "Telegram")
    type_into(dialog.handle, telegram.channel)
    type_into(dialog.secret, "1:wrong")
    dialog.server.setText(telegram.url)
    QTest.keyClick(dialog.secret, Qt.Key.Key_Return)  # Enter connects, like the button
    assert dialog.isVisible()
    assert dialog.error.isVisible() and "BotFather" in dialog.error.text()
    click_text(dialog, "Cancel")
    assert not alive(dialog) or not dialog.isVisible()
    assert page.model.rowCount() == 0
    crash_log_empty(window)


def test_connect_a_vk_community_with_the_optional_user_token(
    ctx: Any, qtbot: Any, vk: FakeVK, memory_keyring: Any
) -> None:
    window = open_window(ctx, qtbot, screen="accounts")
    page = window.screens["accounts"]
    assert isinstance(page, AccountsPage)
    click(page.connect_button)
    dialog = active_dialog(ConnectDialog)
    assert not dialog.user_token.isVisible()  # only VK has a second token
    _choose_platform(dialog, "VK")
    assert dialog.user_token.isVisible()
    assert "Manage > API usage > Create token" in dialog.help.text()
    assert "photos" in dialog.help.text()
    type_into(dialog.handle, "korenbloem")
    type_into(dialog.secret, vk.community_token)
    type_into(dialog.user_token, vk.user_token)
    dialog.server.setText(vk.url)  # the API address: the test's local VK
    click_text(dialog, "Connect")
    assert not alive(dialog) or not dialog.isVisible()
    assert page.model.rowCount() == 1
    assert "connected and works" in page.message.text()
    assert set(memory_keyring.data.values()) == {vk.community_token, vk.user_token}
    crash_log_empty(window)
