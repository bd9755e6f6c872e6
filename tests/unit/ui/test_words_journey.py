"""Words that promise the right thing (issue 12, item 10), through the widgets from the main
window: a post to an account posted by hand is "ready to post at …, SMM Desk will remind you",
never "goes out now"; the schedule notice offers "Show in calendar", which opens that day; a
saved report offers "Open"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui import crash
from smmdesk_gui.ui.calendar.models import qdate
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.composer.page import ComposePage
from smmdesk_gui.ui.dashboard.page import DashboardPage
from smmdesk_gui.ui.main_window import MainWindow
from tests.fakes.plan_workspace import populate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LEFT = Qt.MouseButton.LeftButton


def _window(ctx: Any, qtbot: QtBot) -> MainWindow:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def _composer(window: MainWindow, qtbot: QtBot, keep: set[int]) -> ComposePage:
    qtbot.mouseClick(window.rail.buttons["compose"], LEFT)
    page = window.screens["compose"]
    assert isinstance(page, ComposePage)
    for aid, chip in page.chips.chips.items():
        if chip.isChecked() != (aid in keep):
            qtbot.mouseClick(chip, LEFT)
    assert set(page.selected) == keep
    return page


def test_a_post_by_hand_is_ready_at_its_time_and_show_in_calendar_opens_that_day(
    ctx: Any, qtbot: QtBot
) -> None:
    ws = populate(ctx.store, ctx.paths)
    shown_before = list(crash.shown_messages)
    window = _window(ctx, qtbot)
    x, telegram = ws.accounts["x:bakery"], ws.accounts["telegram:bakery_news"]
    page = _composer(window, qtbot, {x, telegram})
    qtbot.keyClicks(page.editor, "Open late on Friday")
    day = dt.date.today() + dt.timedelta(days=40)
    qtbot.mouseClick(page.schedule.at, LEFT)
    page.schedule.when.setDateTime(QDateTime(qdate(day), QTime(10, 0)))
    qtbot.waitUntil(page.schedule.button.isEnabled)
    qtbot.mouseClick(page.schedule.button, LEFT)

    said = page.schedule.status.text()
    assert "Scheduled for 2 accounts." in said
    assert "X @bakery: ready to post at" in said and "10:00" in said
    assert "SMM Desk will remind you then" in said
    assert "goes out" not in said
    button = page.schedule.calendar_button
    assert button.isVisible() and button.text() == "Show in calendar"

    qtbot.mouseClick(button, LEFT)
    assert window.current == "plan"
    plan = window.screens["plan"]
    assert isinstance(plan, PlanPage)
    first, last = plan.visible_bounds()
    assert first <= qdate(day) <= last
    assert crash.shown_messages == shown_before


def test_post_now_to_an_account_by_hand_is_never_promised_to_go_out(ctx: Any, qtbot: QtBot) -> None:
    ws = populate(ctx.store, ctx.paths)
    window = _window(ctx, qtbot)
    page = _composer(window, qtbot, {ws.accounts["x:bakery"]})
    qtbot.keyClicks(page.editor, "Fresh rye now")
    qtbot.mouseClick(page.schedule.now, LEFT)
    qtbot.waitUntil(page.schedule.button.isEnabled)
    qtbot.mouseClick(page.schedule.button, LEFT)
    said = page.schedule.status.text()
    assert said == "X @bakery: ready to post now; SMM Desk shows you the text and photos."


def test_report_saved_offers_open(
    ctx: Any, qtbot: QtBot, october: dict[str, int], tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtCore import QLocale

    from smmdesk_gui.services.workspace import set_setting

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    set_setting(ctx.store, "timezone", "UTC")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = _window(ctx, qtbot)
    qtbot.mouseClick(window.rail.buttons["dashboard"], LEFT)
    page = window.screens["dashboard"]
    assert isinstance(page, DashboardPage)
    page.picker.first.setDate(QDate(2026, 10, 1))
    qtbot.waitUntil(lambda: page.data is not None)
    assert not page.open_report_button.isVisible()
    target = tmp_path / "october.pdf"

    def save_as() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, save_as)
            return
        dialog.selectFile(str(target))
        dialog.accept()

    QTimer.singleShot(0, save_as)
    qtbot.mouseClick(page.report_button, LEFT)
    assert target.exists()
    assert "Report saved" in page.status.text()
    assert page.open_report_button.isVisible()
    qtbot.mouseClick(page.open_report_button, LEFT)
    assert opened == [QUrl.fromLocalFile(str(target))]
