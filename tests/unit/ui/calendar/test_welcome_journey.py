"""Journeys: the first run of an empty workspace (issue 12, item 11), by clicks from the window.

The Plan of an empty workspace is a welcome with three ways in (connect an account, open the
demo, import a spreadsheet) and a way past; there is no "days of your posting rhythm still
empty" before a rhythm exists; the rubric bar says what rubrics are and adds one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from smmdesk_gui.ui.accounts.connect_dialog import ConnectDialog
from smmdesk_gui.ui.calendar.import_dialog import ImportDialog
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.calendar.settings_dialogs import RubricsDialog
from smmdesk_gui.ui.calendar.welcome import Welcome, demo_command
from tests.fakes.journeys import (
    active_dialog,
    alive,
    click,
    click_text,
    crash_log_empty,
    find_button,
    label_texts,
    menu_pick,
    open_window,
    type_into,
)

WAYS_IN = ("Connect an account", "Open the demo", "Import a spreadsheet…")


def _plan(window: Any) -> PlanPage:
    page = window.screens["plan"]
    assert isinstance(page, PlanPage)
    return page


def test_an_empty_workspace_opens_on_the_welcome(ctx: Any, qtbot: Any) -> None:
    window = open_window(ctx, qtbot)
    page = _plan(window)
    assert page.welcome.isVisible() and not page.planner.isVisible()
    on_screen = label_texts(window)
    assert "Welcome to SMM Desk" in on_screen
    assert "smmdesk --demo" in on_screen  # how to open the demo later, said where it is offered
    assert "still empty" not in on_screen
    for text in WAYS_IN:
        assert find_button(page.welcome, text).isEnabled()
    crash_log_empty(window)


def test_connect_from_the_welcome_then_the_plan_explains_rubrics(ctx: Any, qtbot: Any) -> None:
    window = open_window(ctx, qtbot)
    page = _plan(window)
    click_text(page.welcome, "Connect an account")
    dialog = active_dialog(ConnectDialog)
    dialog.platform.setFocus()
    # an assisted platform: added at once (Instagram now goes through the guided setup)
    QTest.keyClicks(dialog.platform, "Pinterest")
    type_into(dialog.handle, "korenbloem.bakery")
    click_text(dialog, "Connect")
    assert not alive(dialog) or not dialog.isVisible()

    # the plan itself now, saying what happened and what is next
    assert page.planner.isVisible() and not page.welcome.isVisible()
    assert "korenbloem.bakery added" in page.notice.text()
    assert "No accounts connected yet" not in window.queue_label.text()
    # no posting times yet: no rhythm, so nothing is "still empty"
    assert "still empty" not in page.summary.text()
    assert "0 posts in view" in page.summary.text()

    # the empty rubric bar says what rubrics are, and adds one
    assert page.mix.hint.isVisible()
    assert "No rubrics yet" in page.mix.hint_label.text()
    click_text(page.mix, "Add a rubric…")
    rubrics = active_dialog(RubricsDialog)
    type_into(rubrics.name, "Product")
    click_text(rubrics, "Add")
    click_text(rubrics, "Close")
    assert not rubrics.isVisible()
    assert not page.mix.hint.isVisible()
    assert page.mix.has_rubrics()
    crash_log_empty(window)


def test_open_the_demo_starts_it_as_smmdesk_demo_does(
    ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, list[str]]] = []

    def record(program: str, args: list[str]) -> bool:
        started.append((program, list(args)))
        return True

    monkeypatch.setattr(Welcome, "start_detached", staticmethod(record))
    window = open_window(ctx, qtbot)
    page = _plan(window)
    click_text(page.welcome, "Open the demo")
    # this Python on the package, as `smmdesk --demo` (run for real in tests/integration/ui)
    assert started == [demo_command()]
    assert started[0][1][:3] == ["-m", "smmdesk_gui", "--demo"]
    assert page.welcome.status.isVisible()
    assert "second window" in page.welcome.status.text()
    assert page.welcome.isVisible()  # this workspace stays as it is

    # a demo that cannot start says how to start it by hand
    monkeypatch.setattr(Welcome, "start_detached", staticmethod(lambda *_a: False))
    click_text(page.welcome, "Open the demo")
    assert "smmdesk --demo" in page.welcome.status.text()
    crash_log_empty(window)


def test_import_a_spreadsheet_from_the_welcome(
    ctx: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    sheet = tmp_path / "plan.csv"
    sheet.write_text(
        "scheduled_at,accounts,text,media,rubric\n"
        ",,Our sourdough is back: 36 hours of slow fermentation,,Product\n"
        ",,Cardamom buns every Friday,,Product\n",
        encoding="utf-8",
    )
    # the OS file chooser answers with the spreadsheet
    chooser = staticmethod(lambda *a, **k: (str(sheet), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    window = open_window(ctx, qtbot)
    page = _plan(window)
    click_text(page.welcome, "Import a spreadsheet…")
    dialog = active_dialog(ImportDialog)
    click_text(dialog, "Choose file…")
    assert "2 rows are ready to import" in dialog.status.text()
    click_text(dialog, "Import")
    assert not dialog.isVisible()
    assert page.planner.isVisible() and not page.welcome.isVisible()
    assert page.backlog.model.rowCount() == 2
    assert "2 ideas" in page.summary.text()
    assert not page.mix.hint.isVisible()  # the spreadsheet brought the rubric "Product"
    crash_log_empty(window)


def test_the_demo_opens_in_the_language_in_use(qapp: Any) -> None:
    from smmdesk_gui.ui.i18n import apply_language

    try:
        apply_language(qapp, "fa")
        assert demo_command()[1][-2:] == ["--lang", "fa"]
    finally:
        apply_language(qapp, "en")


def test_start_with_an_empty_plan_is_remembered(ctx: Any, qtbot: Any) -> None:
    window = open_window(ctx, qtbot)
    page = _plan(window)
    click_text(page.welcome, "Or start with an empty plan")
    assert page.planner.isVisible() and not page.welcome.isVisible()
    assert "still empty" not in page.summary.text()
    window.close()

    again = open_window(ctx, qtbot)
    assert _plan(again).planner.isVisible()
    crash_log_empty(again)


def test_the_rubric_menu_and_posting_times_after_the_welcome(ctx: Any, qtbot: Any) -> None:
    from smmdesk_gui.services.accounts import AccountService
    from smmdesk_gui.services.plan.posting_times import parse_slots, set_posting_times

    window = open_window(ctx, qtbot)
    page = _plan(window)
    click_text(page.welcome, "Or start with an empty plan")
    # Set up → Rubrics…, picked in the real popup menu
    menu_pick(lambda: click(page.actions_bar.setup_button), "Rubrics…")
    rubrics = active_dialog(RubricsDialog)
    type_into(rubrics.name, "Offers")
    click_text(rubrics, "Add")
    click_text(rubrics, "Close")
    assert not page.mix.hint.isVisible()
    # posting times make a rhythm: now the empty days of it are counted
    info = AccountService(ctx.store).add("instagram", "shop", None)
    set_posting_times(ctx.store, {info.id: parse_slots("Tue 10:00")})
    click(page.nav.today_button)
    assert "still empty" in page.summary.text()
    crash_log_empty(window)


def test_the_demo_has_no_welcome(ctx: Any, qtbot: Any) -> None:
    window = open_window(ctx, qtbot, demo=True)
    page = _plan(window)
    assert page.planner.isVisible() and not page.welcome.isVisible()
    assert "still empty" in page.summary.text()  # the demo has posting times
    assert not page.mix.hint.isVisible()
    crash_log_empty(window)
