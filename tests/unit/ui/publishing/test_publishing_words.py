"""A failed post and an account to reconnect, announced in the owner's language.

The pseudo locale stands in for a language (every translated string marked ``⟦..⟧``): the tray's
message and the "see why" window word the queue's problem codes through Qt's translations; the
platform's own words (Telegram's "message is too long") stay behind "Details".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.ui.publishing.notifier import TrayNotifier
from smmdesk_gui.ui.publishing.problem_dialog import PostProblemDialog
from smmdesk_gui.ui.publishing.publisher import GuiPublisher
from tests.fakes.pseudo import PseudoTranslator, pseudo
from tests.fakes.publish import FakeTelegram, schedule


class RecordingTray(QSystemTrayIcon):
    """A real QSystemTrayIcon whose calls into the OS (show, balloon) are recorded instead."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title: str, msg: str, *args: Any) -> None:  # noqa: N802
        self.messages.append((title, msg))

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        pass


@pytest.fixture
def translated(qapp: Any) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        yield translator
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_failed_post_and_a_refused_login_are_announced_in_the_owners_language(
    qtbot: Any, ctx: Any, telegram: FakeTelegram, translated: PseudoTranslator
) -> None:
    accounts = AccountService(ctx.store)
    tg = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    failed = schedule(ctx.store, tg.id, "x" * 5000, dt.datetime.now(dt.UTC))
    window = QMainWindow()
    qtbot.addWidget(window)
    tray = RecordingTray()
    publisher = GuiPublisher(ctx, window, notifier=TrayNotifier(window, tray))
    publisher.tick()

    telegram_name = pseudo("Telegram")
    refused = pseudo("%1 refused the post. Change the post and schedule it again.").replace(
        "%1", telegram_name
    )
    [(title, message)] = tray.messages
    assert title == pseudo("A post to %1 failed").replace("%1", "Telegram")
    assert message == refused + " " + pseudo("Click here to see why.")
    assert "4096" not in message  # Telegram's limit, in its own words: behind Details
    dialog = publisher.open_dialogs[-1000 - failed]
    assert isinstance(dialog, PostProblemDialog)
    assert dialog.windowTitle() == (
        pseudo("A post to %1 was not published").replace("%1", "Telegram")
    )
    assert dialog.why.text() == refused
    assert "4096" in dialog.details.toPlainText()  # the service's English, as it was

    telegram.token = "revoked"
    schedule(ctx.store, tg.id, "after revocation", dt.datetime.now(dt.UTC))
    publisher.tick()
    title, message = tray.messages[-1]
    assert title == pseudo("Reconnect %1 on %2").replace("%1", "@shopnews").replace(
        "%2", "Telegram"
    )
    assert message.startswith(
        pseudo("%1 did not accept the login. Check it and connect the account again.").replace(
            "%1", telegram_name
        )
    )
    assert "BotFather" not in message
