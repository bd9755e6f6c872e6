"""The navigator: how the window's parts reach each other without the main window's attributes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui.calendar.models import qdate
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.context import Navigator
from smmdesk_gui.ui.main_window import MainWindow
from tests.fakes.plan_workspace import local, populate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_an_unwired_request_says_nobody_took_it() -> None:
    nav = Navigator()
    assert not nav.show_screen("plan")
    assert not nav.show_account(1, reconnect=True)
    assert not nav.show_problem(7)
    assert not nav.publish_now()
    assert not nav.can_show_compose() and not nav.publisher_wired()
    nav.announce_plan_changed()  # nobody listening: nothing happens


def test_a_wired_request_reaches_its_one_receiver() -> None:
    nav = Navigator()
    got: list[tuple[object, ...]] = []
    nav.account_requested.connect(lambda a, r: got.append(("account", a, r)))
    nav.problem_requested.connect(lambda t: got.append(("problem", t)))
    assert nav.show_account(3, reconnect=True) and nav.show_problem(9)
    assert got == [("account", 3, True), ("problem", 9)]
    assert nav.publisher_wired() and not nav.can_show_compose()


def test_the_main_window_wires_screens_and_publisher(ctx: Any, qtbot: QtBot) -> None:
    window = MainWindow(
        ctx.paths, QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.attach(ctx)
    nav = ctx.navigator
    assert nav.can_show_compose() and nav.publisher_wired()
    assert nav.show_screen("media") and window.current == "media"
    assert nav.show_account(12345) and window.current == "accounts"


def test_the_plan_reloads_when_the_plan_changed_elsewhere(ctx: Any, qtbot: QtBot) -> None:
    ws = populate(ctx.store, ctx.paths)
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    today = dt.date.today()
    page.go_to(qdate(today))
    page.set_view("month")
    pid = ws.post("Written by another part", ["x:bakery"], local(f"{today.isoformat()} 23:00"))
    assert pid not in {e.post_id for e in page.month_model.all_entries()}
    ctx.navigator.announce_plan_changed()
    assert pid in {e.post_id for e in page.month_model.all_entries()}
