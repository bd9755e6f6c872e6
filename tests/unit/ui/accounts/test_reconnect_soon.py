""" "Reconnect soon": a Meta login that stops working within a week, on the Accounts screen and
in the status bar, with its date and a Reconnect button (LTR and RTL screenshots)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.ui.accounts.connect_dialog import ConnectDialog
from smmdesk_gui.ui.accounts.expiry import ReconnectSoonButton
from smmdesk_gui.ui.accounts.meta_wizard import STEPS, MetaWizard
from smmdesk_gui.ui.accounts.page import AccountsPage
from smmdesk_gui.ui.formatting import format_date
from tests.fakes.journeys import active_dialog, click, click_text
from tests.fakes.meta import FakeMeta

SHOTS = Path(__file__).resolve().parents[4] / "build" / "screenshots"


def _connected_days_ago(ctx: Any, meta: FakeMeta, days: int) -> int:
    """A Threads account connected ``days`` ago whose token was never renewed since."""
    then = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    service = AccountService(ctx.store, clock=lambda: then)
    service.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    return service.add("threads", "corner.bakery", meta.threads_token, server=meta.url).id


def _expiry_day(ctx: Any, account_id: int, long: bool = False) -> str:
    when = AccountService(ctx.store).get(account_id).token_expires_at
    assert when is not None
    return format_date(when.astimezone(dt.UTC).date(), long=long)


def test_the_accounts_screen_says_when_a_login_stops_working(
    qtbot: Any, ctx: Any, meta: FakeMeta
) -> None:
    account = _connected_days_ago(ctx, meta, 55)  # five days left, not renewed
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.expiry_box.isVisibleTo(page)
    text = page.expiry_text.text()
    assert "Threads" in text and "corner.bakery" in text and _expiry_day(ctx, account, True) in text
    states = [page.model.data(page.model.index(r, 2)) for r in range(page.model.rowCount())]
    assert f"Reconnect by {_expiry_day(ctx, account)}" in states and "Connected" in states
    click(page.expiry_button)
    dialog = page.dialog
    assert isinstance(dialog, ConnectDialog) and dialog.account is not None
    assert dialog.account.id == account
    # a Meta login is reconnected through the guided setup: its steps, then the new token
    click_text(dialog, "Start the guided setup…")
    wizard = active_dialog(MetaWizard)
    assert isinstance(wizard, MetaWizard)
    wizard.open_url = lambda url: True  # type: ignore[method-assign]  # no browser in tests
    for _ in STEPS["threads"]:
        click_text(wizard, "Next")
    QTest.keyClicks(wizard.paste.token, meta.threads_token)
    click_text(wizard, "Next")
    qtbot.waitUntil(lambda: "Connected as" in wizard.check.status.text())
    click_text(wizard, "Done")
    qtbot.waitUntil(lambda: not page.expiry_box.isVisibleTo(page))  # 60 days again


def test_a_fresh_login_shows_no_warning(qtbot: Any, ctx: Any, meta: FakeMeta) -> None:
    _connected_days_ago(ctx, meta, 20)
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    assert not page.expiry_box.isVisibleTo(page)
    button = ReconnectSoonButton()
    qtbot.addWidget(button)
    button.refresh(ctx)
    assert button.isHidden()


def test_the_status_bar_button_opens_the_reconnect_dialog(
    qtbot: Any, ctx: Any, meta: FakeMeta
) -> None:
    account = _connected_days_ago(ctx, meta, 56)
    button = ReconnectSoonButton()
    qtbot.addWidget(button)
    button.refresh(ctx)
    assert not button.isHidden()
    assert button.text() == f"Reconnect Threads (corner.bakery) by {_expiry_day(ctx, account)}"
    with qtbot.waitSignal(ctx.navigator.account_requested) as sent:
        button.click()
    assert sent.args == [account, True]


def test_an_expired_login_says_so(qtbot: Any, ctx: Any, meta: FakeMeta) -> None:
    _connected_days_ago(ctx, meta, 61)
    button = ReconnectSoonButton()
    qtbot.addWidget(button)
    button.refresh(ctx)
    assert button.text() == "Reconnect Threads (corner.bakery): its login expired"
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    assert "stopped working" in page.expiry_text.text()


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_screenshots_ltr_and_rtl(qtbot: Any, ctx: Any, meta: FakeMeta, direction: Any) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(direction)
    try:
        _connected_days_ago(ctx, meta, 55)
        page = AccountsPage(ctx)
        qtbot.addWidget(page)
        page.resize(900, 420)
        page.show()
        tag = "rtl" if direction == Qt.LayoutDirection.RightToLeft else "ltr"
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert page.grab().save(str(SHOTS / f"accounts-reconnect-soon-{tag}.png"))
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_window_renews_a_due_token_at_start_off_the_gui_thread(
    qtbot: Any, ctx: Any, meta: FakeMeta
) -> None:
    from PySide6.QtWidgets import QMainWindow

    from smmdesk_gui.ui.publishing.publisher import GuiPublisher
    from tests.fakes.publish import schedule

    account = _connected_days_ago(ctx, meta, 8)  # a week old: due for renewal
    # A missed post: the start asks the owner about it and sends nothing until they decide,
    # so only the start's own job can renew the token here.
    schedule(ctx.store, account, "Missed", dt.datetime.now(dt.UTC) - dt.timedelta(hours=3))
    window = QMainWindow()
    qtbot.addWidget(window)
    publisher = GuiPublisher(ctx, window)
    jobs: list[str] = []
    run = ctx.tasks.run

    def recorded(job: Any, *args: Any, **kwargs: Any) -> Any:
        jobs.append(getattr(job, "__qualname__", ""))
        return run(job, *args, **kwargs)

    ctx.tasks.run = recorded
    publisher.startup()
    assert -1 in publisher.open_dialogs and meta.published == []  # the missed-posts window
    assert meta.refreshes == ["threads"]
    assert jobs and "startup" in jobs[0]  # through ctx.tasks (a worker thread in the app)
    when = AccountService(ctx.store).get(account).token_expires_at
    assert when is not None and when > dt.datetime.now(dt.UTC) + dt.timedelta(days=59)
    publisher.open_dialogs[-1].close()
    publisher.stop()
