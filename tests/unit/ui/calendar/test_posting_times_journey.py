"""Posting times picked on the week grid, from the main window's Plan screen (issue 12)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from smmdesk_gui.domain.slots import WeeklySlot
from smmdesk_gui.services.plan.posting_times import slots_of
from smmdesk_gui.ui import crash
from smmdesk_gui.ui.calendar.settings_dialogs import PostingTimesDialog
from smmdesk_gui.ui.main_window import MainWindow
from tests.fakes.plan_workspace import Workspace


def _window(ctx: Any, qtbot: QtBot) -> MainWindow:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def _pick_in_popup(qtbot: QtBot, text: str) -> None:
    """Once the menu pops up, go down to the item ``text`` with the keyboard and press Enter."""

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(30, pick)
            return
        texts = [a.text() for a in menu.actions()]
        for _ in range(texts.index(text) + 1):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(30, pick)


def test_posting_times_on_the_week_grid(ctx: Any, ws: Workspace, qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    crash.shown_messages.clear()
    window = _window(ctx, qtbot)
    qtbot.mouseClick(window.rail.buttons["plan"], Qt.MouseButton.LeftButton)
    plan = window.screens["plan"]
    setup = plan.actions_bar.setup_button
    _pick_in_popup(qtbot, "Posting times…")
    qtbot.mouseClick(setup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PostingTimesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PostingTimesDialog)

    def summary() -> str:
        return dialog.summary.text().replace("\u202f", " ")

    # the account's three times are on the grid, in the locale's words
    instagram = ws.accounts["instagram:bakery"]
    dialog.account.setFocus()
    while dialog.account.currentData() != instagram:
        qtbot.keyClick(dialog.account, Qt.Key.Key_Down)
    assert summary() == "3 posting times a week: Tue 12:30 PM, Thu 12:30 PM, Sat 10:00 AM"

    grid = dialog.grid
    dialog.grid_scroll.ensureVisible(0, int(grid.cell_rect(0, 17).center().y()))
    qtbot.mouseClick(
        grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(1, 25).center().toPoint()
    )  # Tue 12:30 off
    qtbot.mouseClick(
        grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(0, 17).center().toPoint()
    )  # Mon 8:30 on
    assert summary() == "3 posting times a week: Mon 8:30 AM, Thu 12:30 PM, Sat 10:00 AM"
    # the keyboard too: the outlined cell moves with the arrows, Space toggles it
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # Mon 9:00
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert "Mon 9:00 AM" in summary() and "4 posting times a week" in summary()
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(5, 20).center().toPoint())
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.cell_rect(3, 25).center().toPoint())
    assert summary() == "1 posting time a week: Mon 8:30 AM"  # singular, through Qt

    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert slots_of(ctx.store, instagram) == [WeeklySlot(0, 8 * 60 + 30)]
    assert crash.shown_messages == []
