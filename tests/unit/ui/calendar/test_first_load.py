"""The Plan's first load (issue 12, item 15): read without the ORM, then once more through the
store after its paint, which changes the screen only when the two differ."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui.calendar.page import PlanPage
from tests.fakes.plan_workspace import Workspace

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NOON = dt.datetime.combine(dt.date.today(), dt.time(12), tzinfo=dt.UTC)


def _page(ctx: Any, qtbot: QtBot) -> tuple[PlanPage, list[int]]:
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    applied: list[int] = []
    page.loaded.connect(lambda: applied.append(len(page.month_model.all_entries())))
    page.reload()  # what showing it does: the first load
    return page, applied


def test_the_store_read_after_the_paint_changes_nothing(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    ws.post("Rye bread today", ["instagram:bakery", "x:bakery"], NOON)
    page, applied = _page(ctx, qtbot)
    first = page.view
    assert applied == [1]
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)  # the paint, then the store's read
    assert applied == [1] and page.view is first  # the same view: nothing applied again


def test_a_change_between_the_two_reads_is_shown(ctx: Any, ws: Workspace, qtbot: QtBot) -> None:
    ws.post("Rye bread today", ["instagram:bakery"], NOON)
    page, applied = _page(ctx, qtbot)
    assert applied == [1]
    ws.post("Spelt bread today", ["x:bakery"], NOON)  # the publisher, a CLI import...
    page.show()
    qtbot.waitUntil(lambda: applied == [1, 2])
    titles = {e.title for e in page.month_model.all_entries()}
    assert titles == {"Rye bread today", "Spelt bread today"}


def test_paging_before_the_paint_drops_the_first_check(
    ctx: Any, ws: Workspace, qtbot: QtBot
) -> None:
    page, applied = _page(ctx, qtbot)
    page.step(1)  # a newer load: the first read's check is not needed any more
    ws.post("Rye bread today", ["instagram:bakery"], NOON)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)
    assert len(applied) == 2  # the first load and the next month's; no late third one
