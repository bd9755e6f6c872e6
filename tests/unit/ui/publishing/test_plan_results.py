"""The Plan screen shows publishing results: "See why" and "Retry" in the details panel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMainWindow

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.publishing.problem_dialog import PostProblemDialog
from smmdesk_gui.ui.publishing.publisher import GuiPublisher
from tests.fakes.publish import FakeTelegram, Fault, schedule

SHOTS = Path(__file__).resolve().parents[4] / "build" / "screenshots"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _page(ctx: Any, qtbot: Any) -> PlanPage:
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.go_to(QDate.currentDate())
    page.set_view("month")
    return page


def _entry(page: PlanPage, target_id: int) -> Any:
    page.reload()
    [entry] = [e for e in page.month_model.all_entries() if target_id in e.target_ids]
    return entry


def test_failed_post_in_the_plan_has_see_why_and_retry(
    qtbot: Any, ctx: Any, telegram: FakeTelegram
) -> None:
    acc = AccountService(ctx.store).add(
        "telegram", "@shopnews", telegram.token, server=telegram.url
    )
    target = schedule(ctx.store, acc.id, "Big sale " + "!" * 5000, dt.datetime.now(dt.UTC))
    PublishingService(ctx.store, ctx.paths).publish_due()
    page = _page(ctx, qtbot)
    actions = page.details.publishing
    page.details.show_entry(_entry(page, target))
    assert actions.isVisibleTo(page.details)
    assert set(actions.why_buttons) == {target} and set(actions.retry_buttons) == {target}
    for direction, tag in (
        (Qt.LayoutDirection.LeftToRight, "ltr"),
        (Qt.LayoutDirection.RightToLeft, "rtl"),
    ):
        page.setLayoutDirection(direction)
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert page.details.grab().save(str(SHOTS / f"plan-see-why-{tag}.png"))
    page.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.mouseClick(actions.why_buttons[target], Qt.MouseButton.LeftButton)
    dialog = actions.dialog
    assert isinstance(dialog, PostProblemDialog) and "4096" in dialog.why.text()
    dialog.close()
    # The owner shortened the text elsewhere; "Retry" puts it back in the queue at once.
    with ctx.store.session_scope() as s:
        from smmdesk_gui.store.models import PostTarget

        s.get(PostTarget, target).text_override = "Big sale!"
    qtbot.mouseClick(actions.retry_buttons[target], Qt.MouseButton.LeftButton)
    assert page.message.text() == "It will be sent in a moment."
    service = PublishingService(ctx.store, ctx.paths)
    assert service.view(target).state == "scheduled"
    assert [v.target_id for v in service.publish_due().published] == [target]
    assert [m["text"] for m in telegram.messages] == ["Big sale!"]
    page.details.show_entry(_entry(page, target))
    assert not actions.isVisibleTo(page.details)  # published: nothing to see or retry


def test_retry_waits_for_a_reconnect_and_see_why_goes_through_the_publisher(
    qtbot: Any, ctx: Any, telegram: FakeTelegram
) -> None:
    acc = AccountService(ctx.store).add(
        "telegram", "@shopnews", telegram.token, server=telegram.url
    )
    lost = schedule(ctx.store, acc.id, "Answer lost", dt.datetime.now(dt.UTC))
    telegram.add_fault(Fault("/sendMessage", drop="after"))
    window = QMainWindow()
    qtbot.addWidget(window)
    publisher = GuiPublisher(ctx, window)
    publisher.serve(ctx.navigator)  # as MainWindow wires it
    publisher.tick()  # the answer is lost: unconfirmed
    telegram.token = "revoked"
    target = schedule(ctx.store, acc.id, "Token gone", dt.datetime.now(dt.UTC))
    publisher.service.publish_due()  # 401: failed, the account needs reconnecting
    for key in list(publisher.open_dialogs):
        publisher.open_dialogs[key].close()
    page = _page(ctx, qtbot)
    window.setCentralWidget(page)
    actions = page.details.publishing
    page.details.show_entry(_entry(page, target))
    assert set(actions.retry_buttons) == {target}
    qtbot.mouseClick(actions.retry_buttons[target], Qt.MouseButton.LeftButton)
    assert "needs reconnecting first" in actions.message.text()
    assert actions.retry_buttons[target].isEnabled()
    assert publisher.service.view(target).state == "failed"
    page.details.show_entry(_entry(page, lost))
    assert set(actions.why_buttons) == {lost} and actions.retry_buttons == {}  # unconfirmed
    qtbot.mouseClick(actions.why_buttons[lost], Qt.MouseButton.LeftButton)
    dialog = publisher.open_dialogs[-1000 - lost]
    assert isinstance(dialog, PostProblemDialog) and dialog.done_button.isVisibleTo(dialog)
    assert len(telegram.messages) == 1  # nothing re-sent blindly


def test_the_calendar_follows_each_publishing_run(
    qtbot: Any, ctx: Any, telegram: FakeTelegram
) -> None:
    acc = AccountService(ctx.store).add(
        "telegram", "@shopnews", telegram.token, server=telegram.url
    )
    target = schedule(ctx.store, acc.id, "Fresh bread at 7", dt.datetime.now(dt.UTC))
    window = QMainWindow()
    qtbot.addWidget(window)
    page = _page(ctx, qtbot)
    [before] = [e for e in page.month_model.all_entries() if target in e.target_ids]
    assert before.states == ("scheduled",)
    GuiPublisher(ctx, window).tick()
    [after] = [e for e in page.month_model.all_entries() if target in e.target_ids]
    assert after.states == ("published",)
