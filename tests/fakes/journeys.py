"""Helpers for journey tests: drive the app through its widgets, from the main window.

A journey builds the real ``MainWindow`` on a workspace (empty, or the demo), then only clicks,
types and picks from menus the way a person would, and asserts what is on screen. Errors reach
``ui/crash.py`` (what the owner would be shown) and pytest-qt (an exception in a slot fails the
test); ``crash_log_empty()`` checks the first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu, QWidget

from smmdesk_gui.ui import crash
from smmdesk_gui.ui.main_window import MainWindow


def open_window(
    ctx: Any,
    qtbot: Any,
    *,
    demo: bool = False,
    screen: str = "plan",
    now: dt.datetime | None = None,
) -> MainWindow:
    """The main window attached to ``ctx`` (the demo built into it first), shown on ``screen``.

    The demo is built around ``now`` (default: the real time, as ``smmdesk --demo`` does). The
    window opens on ``screen`` (it remembers the last screen in the workspace's settings: set
    there first).
    """
    if demo:
        from smmdesk_gui.demo.workspace import build_demo

        build_demo(ctx.store, ctx.paths, now=now)
        ctx.demo = True
    crash.shown_messages.clear()
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue("window/screen", screen)
    ctx.ui_settings = settings
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.resize(1180, 760)
    window.show()
    qtbot.waitExposed(window)
    return window


def alive(widget: QWidget | None) -> bool:
    """Whether ``widget`` still exists on the C++ side (a dialog may have deleted itself)."""
    return widget is not None and shiboken6.isValid(widget)


def click(widget: QWidget, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
    """A real mouse click in the middle of ``widget`` (press and release, through the event
    system: the widget's ``clicked(bool)`` arrives as it does for a person)."""
    assert widget.isVisible(), f"{describe(widget)} is not visible"
    assert widget.isEnabled(), f"{describe(widget)} is disabled"
    QTest.mouseClick(widget, button, Qt.KeyboardModifier.NoModifier, widget.rect().center())
    QApplication.processEvents()


def button_text(button: QAbstractButton) -> str:
    """The button's text as read on screen (without the ``&`` of its mnemonic)."""
    return button.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def describe(widget: QWidget) -> str:
    """A name for messages: the class, the object name, the text."""
    text = button_text(widget) if isinstance(widget, QAbstractButton) else ""
    return f"{type(widget).__name__}({widget.objectName()!r}, {text!r})"


def visible_buttons(parent: QWidget) -> list[QAbstractButton]:
    """The buttons a person sees in ``parent`` (visible on screen, in tab order of creation)."""
    return [b for b in parent.findChildren(QAbstractButton) if b.isVisible()]


def find_button(parent: QWidget, text: str) -> QAbstractButton:
    """The one visible button in ``parent`` labelled ``text`` (the first if several are)."""
    for button in visible_buttons(parent):
        if button_text(button) == text:
            return button
    seen = sorted({button_text(b) for b in visible_buttons(parent)})
    raise AssertionError(f"no visible button {text!r} in {describe(parent)}; there are {seen}")


def click_text(parent: QWidget, text: str) -> QAbstractButton:
    """Click the visible, enabled button labelled ``text`` in ``parent``; return it."""
    button = find_button(parent, text)
    click(button)
    return button


def active_dialog(kind: type[QDialog] = QDialog) -> QDialog:
    """The dialog in front (modal first, then the active window), of type ``kind``."""
    for widget in (QApplication.activeModalWidget(), QApplication.activeWindow()):
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert shown, f"no {kind.__name__} is open"
    return shown[-1]


def menu_pick(open_menu: Callable[[], object], text: str, timeout_ms: int = 3000) -> None:
    """Open a popup menu with ``open_menu`` (a click, a key, a context-menu event), then click
    its item ``text`` with the mouse, as soon as the popup is on screen.

    Works both for menus shown with ``exec()`` (which block until closed) and ``popup()``.
    """
    picked: list[str] = []
    waited = [0]

    def pick() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            waited[0] += 20
            if waited[0] < timeout_ms:
                QTimer.singleShot(20, pick)
            return
        for action in popup.actions():
            if action.text().replace("&", "") == text and action.isEnabled():
                rect = popup.actionGeometry(action)
                QTest.mouseClick(
                    popup, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
                )
                picked.append(text)
                return
        names = [a.text() for a in popup.actions() if not a.isSeparator()]
        popup.close()
        picked.append(f"!{names}")

    QTimer.singleShot(0, pick)
    open_menu()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(timeout_ms)
    while not picked and deadline.isActive():
        QTest.qWait(20)
    assert picked == [text], f"menu item {text!r} not found: {picked}"
    QApplication.processEvents()


def close_later(
    kind: type[QDialog] = QDialog,
    then: Callable[[QDialog], None] | None = None,
    timeout_ms: int = 3000,
) -> list[QDialog]:
    """Arm a timer for a dialog that will block (``exec()``): when it is up, run ``then`` on it
    (default: reject it). Returns the list the dialog is added to."""
    seen: list[QDialog] = []
    waited = [0]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            seen.append(dialog)
            (then or (lambda d: d.reject()))(dialog)
            return
        waited[0] += 20
        if waited[0] < timeout_ms:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


def type_into(widget: QWidget, text: str, *, clear: bool = True) -> None:
    """Type ``text`` into a line edit (or any text widget) key by key, after selecting all."""
    widget.setFocus()
    if clear:
        QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(widget, Qt.Key.Key_Delete)
    QTest.keyClicks(widget, text)


def label_texts(parent: QWidget) -> str:
    """Every visible label's text in ``parent``, one string (for "the screen says ..." checks)."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(lb.text() for lb in parent.findChildren(QLabel) if lb.isVisible())


def crash_log_empty(window: MainWindow | None = None) -> None:
    """Nothing reached the crash handler (no "Something went wrong" shown), and the app's log
    file, where there is one, holds no error."""
    assert crash.shown_messages == [], f"the owner was shown errors: {crash.shown_messages}"
    if window is not None and window.paths.log_file.exists():
        errors = [
            line
            for line in window.paths.log_file.read_text(encoding="utf-8").splitlines()
            if " ERROR " in line or "Traceback" in line
        ]
        assert errors == [], errors
