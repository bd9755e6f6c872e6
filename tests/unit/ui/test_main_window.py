from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from smmdesk_gui.demo.workspace import build_demo
from smmdesk_gui.ui.main_window import SCREEN_FACTORIES, MainWindow
from smmdesk_gui.ui.rail import RAIL


def _window(ctx: object, qtbot: QtBot) -> MainWindow:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)  # type: ignore[attr-defined]
    window = MainWindow(ctx.paths, settings)  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.attach(ctx)  # type: ignore[arg-type]
    return window


def test_rail_has_every_screen_and_navigation_builds_it(ctx: object, qtbot: QtBot) -> None:
    window = _window(ctx, qtbot)
    assert [key for key, *_ in RAIL] == [
        "plan",
        "compose",
        "dashboard",
        "media",
        "accounts",
        "settings",
    ]
    assert set(SCREEN_FACTORIES) == {key for key, *_ in RAIL}
    for key in SCREEN_FACTORIES:
        qtbot.mouseClick(window.rail.buttons[key], Qt.MouseButton.LeftButton)
        assert window.current == key
        assert window.stack.currentWidget() is window.screens[key]
        assert window.rail.buttons[key].isChecked()


def test_empty_workspace_says_what_to_do_first(ctx: object, qtbot: QtBot) -> None:
    window = _window(ctx, qtbot)
    assert "No accounts connected yet" in window.queue_label.text()
    window.navigate("accounts")
    texts = " ".join(
        label.text() for label in window.screens["accounts"].findChildren(type(window.queue_label))
    )
    assert "Connect an account" in texts


def test_window_size_position_and_last_screen_are_remembered(ctx: object, qtbot: QtBot) -> None:
    window = _window(ctx, qtbot)
    window.resize(780, 560)
    window.navigate("media")
    window.close()
    window.ui_settings.sync()

    again = _window(ctx, qtbot)
    assert again.current == "media"
    assert again.size().width() == 780 and again.size().height() == 560
    assert again.stack.currentWidget() is again.screens["media"]


def test_status_bar_shows_the_queue_of_the_demo(ctx: object, qtbot: QtBot) -> None:
    now = dt.datetime(2026, 11, 24, 7, 0, tzinfo=dt.UTC)  # a Tuesday: slots at 8:00 and 12:30
    build_demo(ctx.store, ctx.paths, now=now)  # type: ignore[attr-defined]
    window = _window(ctx, qtbot)
    text = window.queue_label.text()
    assert "No accounts connected yet" not in text
    assert "next at" in text


def test_opening_page_shows_a_workspace_error(qtbot: QtBot, tmp_path: Path) -> None:
    from smmdesk_gui.paths import AppPaths

    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppPaths(tmp_path), settings)
    qtbot.addWidget(window)
    assert not window.rail.isEnabled()
    window.show_error("This data was saved by a newer version of SMM Desk.")
    assert "newer version" in window.opening.text()


def test_right_to_left_language_mirrors_the_layout(ctx: object, qtbot: QtBot, qapp: object) -> None:
    from smmdesk_gui.ui.i18n import apply_language

    try:
        assert apply_language(qapp, "fa") == "fa"  # type: ignore[arg-type]
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        window = _window(ctx, qtbot)
        window.resize(900, 600)
        window.show()
        qtbot.waitExposed(window)
        # the rail sits on the right edge in a right-to-left layout
        assert window.rail.mapTo(window, window.rail.rect().topLeft()).x() > window.width() // 2
    finally:
        apply_language(qapp, "en")  # type: ignore[arg-type]
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight  # type: ignore[attr-defined]


def test_settings_opens_the_about_dialog(ctx: object, qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from smmdesk_gui.ui.about import AboutDialog

    window = _window(ctx, qtbot)
    window.navigate("settings")
    page = window.screens["settings"]
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AboutDialog):
            seen.append(dialog.windowTitle())
            dialog.reject()
        else:
            QTimer.singleShot(20, close_it)

    QTimer.singleShot(0, close_it)
    page.about_button.click()  # type: ignore[attr-defined]
    assert seen
