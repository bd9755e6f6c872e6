"""Notifications: an assisted post due, a failed post, an account to reconnect; a click opens
the right window. The tray path runs with a tray icon whose OS side is recorded (offscreen has no
system tray); the status-bar fallback runs for real."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon, QWidget

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.ui.publishing.notifier import (
    Notice,
    StatusBarNotifier,
    TrayNotifier,
    make_notifier,
)
from smmdesk_gui.ui.publishing.problem_dialog import PostProblemDialog
from smmdesk_gui.ui.publishing.publisher import GuiPublisher
from smmdesk_gui.ui.publishing.ready_dialog import ReadyToPostDialog
from tests.fakes.publish import FakeTelegram, schedule

SHOTS = Path(__file__).resolve().parents[4] / "build" / "screenshots"


class RecordingTray(QSystemTrayIcon):
    """A real QSystemTrayIcon whose calls into the OS (show, balloon) are recorded instead."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []
        self.visible = False

    def showMessage(self, title: str, msg: str, *args: Any) -> None:  # noqa: N802
        self.messages.append((title, msg))

    def setVisible(self, visible: bool) -> None:  # noqa: N802
        self.visible = visible

    def hide(self) -> None:
        self.visible = False


class Window(QMainWindow):
    """The main window's navigation, enough for "reconnect" notices."""

    def __init__(self, ctx: Any) -> None:
        super().__init__()
        from smmdesk_gui.ui.accounts.page import AccountsPage

        self.screens: dict[str, QWidget] = {"accounts": AccountsPage(ctx)}
        self.setCentralWidget(self.screens["accounts"])
        self.shown: list[str] = []

    def navigate(self, key: str) -> None:
        self.shown.append(key)

    def show_account(self, account_id: int, reconnect: bool) -> None:
        """As ``MainWindow.show_account``: the Accounts screen with the account selected."""
        self.navigate("accounts")
        page = self.screens["accounts"]
        page.focus_account(account_id, reconnect=reconnect)  # type: ignore[attr-defined]


def test_make_notifier_uses_the_tray_only_when_the_system_has_one(qtbot: Any) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    assert isinstance(make_notifier(window, lambda: False), StatusBarNotifier)
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen: the fallback for real
    assert isinstance(make_notifier(window), StatusBarNotifier)


def test_tray_messages_for_due_failed_and_reconnect_open_the_right_window(
    qtbot: Any, ctx: Any, telegram: FakeTelegram
) -> None:
    accounts = AccountService(ctx.store)
    tg = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    ig = accounts.add("instagram", "shop.ig")
    now = dt.datetime.now(dt.UTC)
    due = schedule(ctx.store, ig.id, "New mugs!", now)
    failed = schedule(ctx.store, tg.id, "x" * 5000, now)
    window = Window(ctx)
    qtbot.addWidget(window)
    ctx.navigator.account_requested.connect(window.show_account)  # as MainWindow wires it
    tray = RecordingTray()
    notifier = TrayNotifier(window, tray)
    publisher = GuiPublisher(ctx, window, notifier=notifier)
    publisher.tick()
    titles = [t for t, _m in tray.messages]
    assert titles == ["Time to post on Instagram", "A post to Telegram failed"]
    assert "4096" in tray.messages[1][1] and tray.visible
    # The owner closes both windows, then clicks the latest balloon: "see why" opens again.
    for key in list(publisher.open_dialogs):
        publisher.open_dialogs[key].close()
    QApplication.processEvents()
    tray.messageClicked.emit()
    problem = publisher.open_dialogs[-1000 - failed]
    assert isinstance(problem, PostProblemDialog) and problem.isVisible()
    assert problem.view.target_id == failed
    # A click on the icon itself with no notice waiting only brings the window up.
    tray.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible()
    # Each thing is announced once, not on every run.
    publisher.tick()
    assert len(tray.messages) == 2
    # The ready-to-post notice, clicked later, reopens the "ready to post" window.
    notifier.notify(Notice("due", due, "Time to post on Instagram", "Click here to see the post."))
    assert due not in publisher.open_dialogs  # closed with "Later" above
    tray.messageClicked.emit()
    assert isinstance(publisher.open_dialogs[due], ReadyToPostDialog)
    # The bot token is revoked: the account needs reconnecting, announced once.
    telegram.token = "revoked"
    schedule(ctx.store, tg.id, "after revocation", dt.datetime.now(dt.UTC))
    publisher.tick()
    assert tray.messages[-1][0] == "Reconnect @shopnews on Telegram"
    publisher.tick()
    assert [t for t, _m in tray.messages].count("Reconnect @shopnews on Telegram") == 1
    tray.messageClicked.emit()
    assert window.shown == ["accounts"]
    page = window.screens["accounts"]
    assert page.selected().id == tg.id  # type: ignore[attr-defined]
    dialog = page.dialog  # type: ignore[attr-defined]
    assert dialog is not None and dialog.windowTitle() == "Reconnect account"
    dialog.close()


def test_no_tray_the_status_bar_carries_the_notice_and_the_window_comes_up(
    qtbot: Any, ctx: Any, telegram: FakeTelegram
) -> None:
    tg = AccountService(ctx.store).add("telegram", "@shopnews", telegram.token, server=telegram.url)
    failed = schedule(ctx.store, tg.id, "y" * 5000, dt.datetime.now(dt.UTC))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(900, 200)
    publisher = GuiPublisher(ctx, window)
    assert isinstance(publisher.notifier, StatusBarNotifier)
    window.showMinimized()
    publisher.tick()
    button = publisher.notifier.button
    assert window.isVisible() and not window.isMinimized()  # raised for the owner
    assert button.isVisible() and button.text() == "A post to Telegram failed"
    assert "4096" in button.toolTip()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SHOTS / "notice-status-bar-ltr.png"))
    window.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert window.grab().save(str(SHOTS / "notice-status-bar-rtl.png"))
    publisher.open_dialogs.pop(-1000 - failed).close()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isVisible()
    assert isinstance(publisher.open_dialogs[-1000 - failed], PostProblemDialog)
