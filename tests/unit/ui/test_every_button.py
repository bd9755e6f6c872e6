"""The walker: every screen of the demo and of an empty workspace, every visible enabled button
clicked with a real mouse click, and every dialog one click away walked the same way.

A button wired to a slot that cannot take what the click sends (``clicked(bool)`` arriving as
the ``account`` of ``open_connect``), a dialog that raises when it opens, a Qt warning, an error
logged or shown to the owner: each fails here, with the path of clicks that led to it. Nothing
is mocked but what would leave the process or hand the screen to the operating system (the file
choosers, the colour picker, the browser and file manager, a second app window): listed below,
each with its reason.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QWidget,
)

from smmdesk_gui.ui.rail import RAIL
from tests.fakes.journeys import (
    alive,
    button_text,
    click,
    crash_log_empty,
    describe,
    open_window,
    visible_buttons,
)

# Buttons never clicked, by text: only those that leave the app (none today) — data, with why.
EXCLUDED: dict[str, str] = {
    "Quit": "leaves the process",
}

# What hands the screen to the operating system is answered here instead: the walker sees the
# button work up to that point. (name, replacement, reason)
OS_DOORS: tuple[tuple[Any, str, Any, str], ...] = (
    (QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""), "the OS file chooser"),
    (QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""), "the OS file chooser"),
    (QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""), "the OS file chooser"),
    (QFileDialog, "getExistingDirectory", lambda *a, **k: "", "the OS folder chooser"),
    (QColorDialog, "getColor", lambda *a, **k: QColor(), "the OS colour picker"),
    (QInputDialog, "getText", lambda *a, **k: ("", False), "a blocking prompt (cancelled)"),
    (QDesktopServices, "openUrl", lambda *a, **k: True, "the browser or the file manager"),
)

MAX_CLICKS_PER_CONTAINER = 120  # a screen that rebuilds its buttons on each click still ends


@dataclass
class Walk:
    """What the walker did and what went wrong, with the path of clicks to each problem."""

    path: list[str] = field(default_factory=list)
    clicks: int = 0
    clicked: list[str] = field(default_factory=list)  # button texts, in order
    dialogs: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)

    def where(self) -> str:
        return " > ".join(self.path)

    def hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        """``sys.excepthook`` while walking: an exception in a slot is a problem of this path."""
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        self.problems.append(f"{self.where()}:\n{text}")


def _key(button: QAbstractButton, seen: dict[tuple[str, ...], int]) -> tuple[str, ...]:
    sig = (
        type(button).__name__,
        button.objectName(),
        button_text(button),
        button.toolTip(),
        button.accessibleName(),
    )
    n = seen.get(sig, 0)
    seen[sig] = n + 1
    return (*sig, str(n))


def _top_levels() -> set[int]:
    return {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}


def _close(widget: QWidget) -> None:
    if not alive(widget):
        return
    if isinstance(widget, QDialog):
        widget.done(QDialog.DialogCode.Rejected)
    else:
        widget.close()
    QApplication.processEvents()


class Walker:
    """Clicks through a container's buttons; dialogs they open are walked one level deep."""

    def __init__(self, walk: Walk) -> None:
        self.walk = walk

    def press_all(self, container: QWidget, depth: int) -> None:
        done: set[tuple[str, ...]] = set()
        for _ in range(MAX_CLICKS_PER_CONTAINER):
            if not alive(container) or not container.isVisible():
                return
            seen: dict[tuple[str, ...], int] = {}
            todo = [
                (b, k)
                for b in visible_buttons(container)
                if (k := _key(b, seen)) not in done
                and b.isEnabled()
                and button_text(b) not in EXCLUDED
                and b.window() is container.window()
            ]
            if not todo:
                return
            button, key = todo[0]
            done.add(key)
            self.press(button, depth)

    def press(self, target: QAbstractButton | QAction, depth: int) -> None:
        name = (
            describe(target)
            if isinstance(target, QWidget)
            else f"menu item {target.text().replace('&', '')!r}"
        )
        self.walk.path.append(name)
        before = _top_levels()
        menus: list[QAction] = []
        guard = _Guard(self, before, depth, menus)
        try:
            guard.arm()
            if isinstance(target, QWidget):
                if not (alive(target) and target.isVisible() and target.isEnabled()):
                    return
                text = button_text(target)
                click(target)
                self.walk.clicks += 1
                self.walk.clicked.append(text)
            else:
                target.trigger()
                QApplication.processEvents()
            guard.check()  # dialogs opened with open() / show(): they do not block
            guard.stop()
            for widget in QApplication.topLevelWidgets():
                if id(widget) not in before and widget.isVisible() and widget not in guard.done:
                    guard.handle(widget)
            for action in menus:  # a button's menu: each item, as if picked
                usable = action.isEnabled() and action.isVisible() and not action.isSeparator()
                if usable and action.menu() is None:
                    self.press(action, depth)
        finally:
            guard.stop()
            self.walk.path.pop()


class _Guard:
    """Watches for what a click opens: a popup menu (its items are remembered, the popup
    closed) or a dialog (walked when it is one click from a screen, then closed)."""

    def __init__(self, walker: Walker, before: set[int], depth: int, menus: list[QAction]) -> None:
        self.walker, self.before, self.depth, self.menus = walker, before, depth, menus
        self.active = False
        self.busy = False
        self.done: list[QWidget] = []

    def arm(self) -> None:
        self.active = True
        QTimer.singleShot(0, self._poll)

    def stop(self) -> None:
        self.active = False

    def _poll(self) -> None:
        if not self.active:
            return
        self.check()
        QTimer.singleShot(20, self._poll)

    def check(self) -> None:
        if self.busy:
            return
        popup = QApplication.activePopupWidget()
        if isinstance(popup, QMenu):
            if self.depth == 0 and not self.menus:
                self.menus.extend(popup.actions())
            popup.close()
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and id(modal) not in self.before and modal not in self.done:
            self.handle(modal)

    def handle(self, widget: QWidget) -> None:
        self.busy = True
        self.done.append(widget)
        walk = self.walker.walk
        try:
            walk.dialogs.add(f"{type(widget).__name__}: {widget.windowTitle()}")
            if self.depth == 0 and isinstance(widget, QDialog):
                walk.path.append(f"dialog {widget.windowTitle()!r}")
                try:
                    self.walker.press_all(widget, self.depth + 1)
                finally:
                    walk.path.pop()
            _close(widget)
        finally:
            self.busy = False


@pytest.fixture
def os_doors(monkeypatch: pytest.MonkeyPatch) -> None:
    for owner, name, replacement, _why in OS_DOORS:
        monkeypatch.setattr(owner, name, staticmethod(replacement))
    from smmdesk_gui.ui.calendar import welcome

    # a second app window (the demo, in its own process): answered, not started
    monkeypatch.setattr(welcome.Welcome, "start_detached", staticmethod(lambda *a: True))


@pytest.fixture
def walk(monkeypatch: pytest.MonkeyPatch) -> Iterator[Walk]:
    record = Walk()
    monkeypatch.setattr(sys, "excepthook", record.hook)
    yield record


def _first_item(view: QAbstractItemView) -> QModelIndex | None:
    model = view.model()
    if model is None:
        return None
    for row in range(50):
        for col in range(8):  # a list model's columnCount is private: ask hasIndex instead
            if not model.hasIndex(row, col):
                continue
            index = model.index(row, col)
            selectable = index.flags() & Qt.ItemFlag.ItemIsSelectable
            if index.isValid() and selectable and view.visualRect(index).isValid():
                return index
    return None


def _walk_every_screen(window: Any, walk: Walk) -> None:
    walker = Walker(walk)
    for key, *_ in RAIL:
        walk.path.append(f"screen {key}")
        try:
            rail_button = window.rail.buttons[key]
            click(rail_button)
            screen = window.stack.currentWidget()
            assert screen is window.screens[key]
            walker.press_all(screen, 0)
            # What shows only with something selected (a post's details, an account's
            # buttons): a real click on the first item of each list, then the buttons again.
            for view in screen.findChildren(QAbstractItemView):
                if not (alive(view) and view.isVisible()):
                    continue
                index = _first_item(view)
                if index is None:
                    continue
                walk.path.append(f"first item of {describe(view)}")
                try:
                    QTest.mouseClick(
                        view.viewport(),
                        Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier,
                        view.visualRect(index).center(),
                    )
                    QApplication.processEvents()
                    if alive(screen) and screen.isVisible():
                        walker.press_all(screen, 0)
                finally:
                    walk.path.pop()
        finally:
            walk.path.pop()


@pytest.mark.parametrize("workspace", ["empty", "demo"])
def test_every_button_of_every_screen_works(
    workspace: str,
    ctx: Any,
    qtbot: Any,
    os_doors: None,
    walk: Walk,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.ERROR)
    window = open_window(ctx, qtbot, demo=workspace == "demo")
    _walk_every_screen(window, walk)
    assert walk.problems == [], "\n\n".join(walk.problems)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == []
    crash_log_empty(window)
    # it did walk: the rail's screens, their buttons, the dialogs they open
    assert walk.clicks > 40, walk.clicks
    assert any("Connect an account" in d for d in walk.dialogs), sorted(walk.dialogs)
    if workspace == "empty":  # the first run's welcome, each of its ways in
        for text in ("Open the demo", "Import a spreadsheet…", "Or start with an empty plan"):
            assert text in walk.clicked, walk.clicked
    assert shiboken6.isValid(window)
