"""Notifications for what needs the owner: an assisted post is due, a post failed or needs
checking, an account needs reconnecting (UX.md).

``Notifier`` is the thin interface the publisher talks to: ``notify(notice)``,
``set_pending(count, tooltip)`` and the ``clicked(notice)`` signal. Two implementations:

- ``TrayNotifier``: a ``QSystemTrayIcon`` shown while posts are pending or a notice waits; its
  balloon message (and a click on the icon) opens the right window.
- ``StatusBarNotifier``: where the system has no tray (some Linux desktops, offscreen), a button in
  the status bar carries the notice, and the window is raised and flashed (``QApplication.alert``).

``make_notifier`` picks one with ``QSystemTrayIcon.isSystemTrayAvailable()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QPushButton,
    QSystemTrayIcon,
    QWidget,
)

DUE = "due"
FAILED = "failed"
UNCONFIRMED = "unconfirmed"
RECONNECT = "reconnect"


@dataclass(frozen=True)
class Notice:
    """One thing that needs the owner.

    Attributes:
        kind: ``due`` (assisted post), ``failed``, ``unconfirmed`` or ``reconnect``.
        ref: the post target's id, or the account's id for ``reconnect``.
        title: one short line (already translated).
        message: what to do, in plain words (already translated).
    """

    kind: str
    ref: int
    title: str
    message: str

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.ref)


class Notifier(QObject):
    """The interface: show a notice; say whether publishing is pending; report clicks."""

    clicked = Signal(object)  # Notice

    def notify(self, notice: Notice) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def set_pending(self, count: int, tooltip: str) -> None:
        """``count`` posts wait to be published (the tray icon shows while this is > 0)."""

    def close(self) -> None:
        """Take the notifier away (the window closes)."""


def raise_window(window: QWidget | None) -> None:
    """Bring the window to the front (restored if minimised) and flash it in the task bar."""
    if window is None:
        return
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window, 0)


class TrayNotifier(Notifier):
    """A tray icon with balloon messages; clicking the message or the icon opens the notice."""

    def __init__(self, window: QWidget | None, tray: QSystemTrayIcon | None = None) -> None:
        super().__init__(window)
        from smmdesk_gui.ui.app_icon import app_icon

        self.window = window
        self.tray = tray if tray is not None else QSystemTrayIcon(self)
        icon = window.windowIcon() if window is not None else app_icon()
        self.tray.setIcon(icon if not icon.isNull() else app_icon())
        self.tray.setToolTip(self.tr("SMM Desk"))
        self.last: Notice | None = None
        self.pending = 0
        self.menu = QMenu(window)
        self.open_action = QAction(self.tr("Open SMM Desk"), self.menu)
        self.open_action.triggered.connect(lambda: raise_window(self.window))
        self.menu.addAction(self.open_action)
        self.tray.setContextMenu(self.menu)
        self.tray.messageClicked.connect(self._message_clicked)
        self.tray.activated.connect(self._activated)

    def notify(self, notice: Notice) -> None:
        self.last = notice
        self.tray.setVisible(True)
        icon = (
            QSystemTrayIcon.MessageIcon.Information
            if notice.kind == DUE
            else QSystemTrayIcon.MessageIcon.Warning
        )
        self.tray.showMessage(notice.title, notice.message, icon, 15_000)

    def set_pending(self, count: int, tooltip: str) -> None:
        self.pending = count
        self.tray.setToolTip(tooltip or self.tr("SMM Desk"))
        self.tray.setVisible(count > 0 or self.last is not None)

    def _message_clicked(self) -> None:
        notice, self.last = self.last, None
        if notice is not None:
            self.clicked.emit(notice)
        self.tray.setVisible(self.pending > 0)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            if self.last is not None:
                self._message_clicked()
            else:
                raise_window(self.window)

    def close(self) -> None:
        self.tray.hide()


class StatusBarNotifier(Notifier):
    """No tray: a button in the status bar carries the latest notice; the window is raised."""

    def __init__(self, window: QMainWindow | None) -> None:
        super().__init__(window)
        self.window = window
        self.waiting: list[Notice] = []
        self.button = QPushButton()
        self.button.setObjectName("noticeButton")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.hide()
        self.button.clicked.connect(self._clicked)
        if window is not None:
            window.statusBar().addPermanentWidget(self.button)

    def notify(self, notice: Notice) -> None:
        self.waiting = [n for n in self.waiting if n.key != notice.key] + [notice]
        self._show_latest()
        raise_window(self.window)

    def _show_latest(self) -> None:
        if not self.waiting:
            self.button.hide()
            return
        from smmdesk_gui.ui.icons import icon

        notice = self.waiting[-1]
        self.button.setIcon(icon("fa6s.bell" if notice.kind == DUE else "fa6s.circle-exclamation"))
        more = len(self.waiting) - 1
        from smmdesk_gui.ui.i18n import bidi, isolate_signed

        text = bidi(notice.title)  # "Time to post on Instagram" stays whole beside "(+2 more)"
        if more:
            text += " " + isolate_signed(self.tr("(+%n more)", "", more))
        self.button.setText(text)
        self.button.setToolTip(notice.message)
        self.button.show()

    def _clicked(self) -> None:
        if not self.waiting:
            return
        notice = self.waiting.pop()
        self._show_latest()
        self.clicked.emit(notice)

    def close(self) -> None:
        self.button.hide()


def make_notifier(
    window: QMainWindow | None,
    tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
) -> Notifier:
    """A tray notifier when the system has a tray, else the status-bar one."""
    if tray_available():
        return TrayNotifier(window)
    return StatusBarNotifier(window)
