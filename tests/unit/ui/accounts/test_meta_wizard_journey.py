"""Journey: a shop owner who has never seen developers.facebook.com connects a Facebook Page,
Instagram and Threads through the guided setup (issue 14), from the Accounts screen.

Each step is clicked: its "Open ..." button (the browser is recorded instead), a "Copy" where a
permission is listed, "Next"; the token is typed into the paste page; the check runs against the
local fake Graph API (tests/fakes/meta.py) and says "Connected as ..."; "Done" closes the wizard
and the account is on the Accounts screen. A wrong token keeps the wizard open with the plain
reason on the check page; "Back" lets the owner fix it.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from smmdesk_gui.ui.accounts.connect_dialog import ConnectDialog
from smmdesk_gui.ui.accounts.meta_wizard import STEPS, MetaWizard, StepPage
from smmdesk_gui.ui.accounts.page import AccountsPage
from tests.fakes.journeys import (
    active_dialog,
    alive,
    click,
    click_text,
    crash_log_empty,
    open_window,
)
from tests.fakes.meta import FakeMeta


def _rows(page: AccountsPage) -> list[str]:
    return [str(page.model.index(r, 1).data()) for r in range(page.model.rowCount())]


def _start(page: AccountsPage, name: str, meta: FakeMeta) -> tuple[ConnectDialog, MetaWizard]:
    click(page.connect_button if page.stack.currentIndex() == 1 else page.empty.button)
    dialog = active_dialog(ConnectDialog)
    assert isinstance(dialog, ConnectDialog)
    dialog.platform.setFocus()
    QTest.keyClicks(dialog.platform, name)
    assert dialog.platform.currentText() == name
    # no form for Meta: the platform needs an app of the owner's own first
    assert not dialog.secret.isVisible() and not dialog.handle.isVisible()
    assert "developers.facebook.com" in dialog.help.text()
    dialog.server.setText(meta.url)  # the hidden server field: the test's local Graph API
    click_text(dialog, "Start the guided setup…")
    wizard = active_dialog(MetaWizard)
    assert isinstance(wizard, MetaWizard)
    return dialog, wizard


def _walk_steps(wizard: MetaWizard, platform: str) -> list[str]:
    """Click through the instruction pages; return the web addresses their buttons opened."""
    opened: list[str] = []

    def record(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    wizard.open_url = record  # type: ignore[method-assign]
    for number, step in enumerate(STEPS[platform], start=1):
        page = wizard.currentPage()
        assert isinstance(page, StepPage) and page.step is step
        assert page.title().startswith(f"Step {number} of ")
        assert page.text.isVisible() and page.text.text()
        assert page.open_button is not None
        click(page.open_button)
        for name, button in page.copy_buttons.items():
            click(button)
            assert QGuiApplication.clipboard().text() == name
            assert name in page.copied.text()
        click_text(wizard, "Next")
    return opened


@pytest.mark.parametrize(
    ("name", "platform", "handle", "token_of", "shown", "words"),
    [
        ("Facebook", "facebook", None, "page_token", "Corner Bakery", "up to 10 photos"),
        ("Instagram", "instagram", "corner.bakery", "ig_token", "corner.bakery", "assisted"),
        ("Threads", "threads", "corner.bakery", "threads_token", "corner.bakery", "500"),
    ],
)
def test_the_guided_setup_connects_each_meta_platform(
    ctx: Any,
    qtbot: Any,
    meta: FakeMeta,
    memory_keyring: Any,
    name: str,
    platform: str,
    handle: str | None,
    token_of: str,
    shown: str,
    words: str,
) -> None:
    window = open_window(ctx, qtbot, screen="accounts")
    page = window.screens["accounts"]
    assert isinstance(page, AccountsPage)
    dialog, wizard = _start(page, name, meta)
    assert wizard.windowTitle() == f"Set up {name}"
    opened = _walk_steps(wizard, platform)
    assert opened and all(u.startswith("https://developers.facebook.com/") for u in opened)
    assert len(opened) == len(STEPS[platform])

    paste = wizard.currentPage()
    assert paste is wizard.paste
    next_button = wizard.button(MetaWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nothing pasted yet
    QTest.keyClicks(paste.handle, handle or meta.page_id)
    token = getattr(meta, token_of)
    QTest.keyClicks(paste.token, token)
    assert next_button.isEnabled()
    click_text(wizard, "Next")

    check = wizard.currentPage()
    assert check is wizard.check
    qtbot.waitUntil(lambda: "Connected as" in check.status.text())
    assert check.status.text() == f"Connected as {shown}"
    assert check.after.isVisible() and words in check.after.text()
    assert not check.error.isVisible()
    click_text(wizard, "Done")
    assert not alive(wizard) or not wizard.isVisible()
    assert not alive(dialog) or not dialog.isVisible()

    assert any((handle or meta.page_id) in row for row in _rows(page)), _rows(page)
    info = page.model.account(0)
    assert info is not None and info.platform == platform and info.state == "ok"
    # Instagram stays assisted (no photo host): the token is checked and kept all the same
    said = "will remind you" if platform == "instagram" else "connected and works"
    assert said in page.message.text()
    assert info.assisted == (platform == "instagram")
    assert token in memory_keyring.data.values()  # the token is in the keyring only
    crash_log_empty(window)


def test_a_wrong_token_says_why_on_the_check_page_and_the_wizard_stays(
    ctx: Any, qtbot: Any, meta: FakeMeta, memory_keyring: Any
) -> None:
    window = open_window(ctx, qtbot, screen="accounts")
    page = window.screens["accounts"]
    assert isinstance(page, AccountsPage)
    _dialog, wizard = _start(page, "Threads", meta)
    _walk_steps(wizard, "threads")
    QTest.keyClicks(wizard.paste.handle, "corner.bakery")
    QTest.keyClicks(wizard.paste.token, "THAA-not-the-token")
    click_text(wizard, "Next")

    check = wizard.check
    assert wizard.currentPage() is check
    qtbot.waitUntil(lambda: check.error.isVisible())
    assert check.status.text() == "Not connected yet"
    # plain words for a token refused at connecting (not "the saved token" of a reconnect)
    assert check.error.text().startswith("Threads did not accept this token. Click Back")
    assert "saved" not in check.error.text()
    assert wizard.isVisible()
    assert not wizard.button(MetaWizard.WizardButton.FinishButton).isEnabled()
    assert page.model.rowCount() == 0

    click_text(wizard, "Back")
    assert wizard.currentPage() is wizard.paste
    wizard.paste.token.clear()
    QTest.keyClicks(wizard.paste.token, meta.threads_token)
    click_text(wizard, "Next")
    qtbot.waitUntil(lambda: "Connected as" in check.status.text())
    assert not check.error.isVisible()

    # Back once more with another token: the same account is reconnected, never added twice
    click_text(wizard, "Back")
    QTest.keyClicks(wizard.paste.token, "-typo")
    click_text(wizard, "Next")
    qtbot.waitUntil(lambda: check.error.isVisible())
    assert "did not accept this token" in check.error.text()
    click_text(wizard, "Back")
    wizard.paste.token.clear()
    QTest.keyClicks(wizard.paste.token, meta.threads_token)
    click_text(wizard, "Next")
    qtbot.waitUntil(lambda: "Connected as" in check.status.text())
    click_text(wizard, "Done")
    assert page.model.rowCount() == 1
    assert memory_keyring.data and "THAA-not-the-token" not in memory_keyring.data.values()
    crash_log_empty(window)


def test_instagram_without_a_token_is_added_as_assisted(
    ctx: Any, qtbot: Any, meta: FakeMeta
) -> None:
    window = open_window(ctx, qtbot, screen="accounts")
    page = window.screens["accounts"]
    assert isinstance(page, AccountsPage)
    _dialog, wizard = _start(page, "Instagram", meta)
    _walk_steps(wizard, "instagram")
    QTest.keyClicks(wizard.paste.handle, "corner.bakery")
    assert wizard.button(MetaWizard.WizardButton.NextButton).isEnabled()  # token optional
    click_text(wizard, "Next")
    qtbot.waitUntil(lambda: "added" in wizard.check.status.text())
    assert "reminds you" in wizard.check.after.text()
    click_text(wizard, "Done")
    info = page.model.account(0)
    assert info is not None and info.platform == "instagram" and info.assisted
    assert meta.call_count == 0  # nothing to check without a token
    crash_log_empty(window)


def test_reconnecting_a_facebook_page_goes_through_the_guided_setup(
    ctx: Any, qtbot: Any, meta: FakeMeta, memory_keyring: Any
) -> None:
    window = open_window(ctx, qtbot, screen="accounts")
    page = window.screens["accounts"]
    assert isinstance(page, AccountsPage)
    page.service.add("facebook", meta.page_id, meta.user_token, server=meta.url)
    page.reload()
    page.table.selectRow(0)
    click(page.reconnect_button)
    dialog = active_dialog(ConnectDialog)
    assert dialog.windowTitle() == "Reconnect account" and not dialog.platform.isEnabled()
    click_text(dialog, "Start the guided setup…")
    wizard = active_dialog(MetaWizard)
    assert isinstance(wizard, MetaWizard)
    _walk_steps(wizard, "facebook")
    # the Page is known: only the new token is pasted
    assert wizard.paste.handle.text() == meta.page_id and wizard.paste.handle.isReadOnly()
    QTest.keyClicks(wizard.paste.token, meta.page_token)
    click_text(wizard, "Next")
    qtbot.waitUntil(lambda: "Connected as" in wizard.check.status.text())
    click_text(wizard, "Done")
    assert page.model.rowCount() == 1
    assert "connected and works" in page.message.text()
    assert meta.page_token in memory_keyring.data.values()
    assert meta.user_token not in memory_keyring.data.values()  # the new token replaced it
    crash_log_empty(window)
