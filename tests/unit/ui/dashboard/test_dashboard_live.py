"""Live figures in the app: the refresher (start, schedule, Stop, never in the demo), the
Dashboard's Refresh with progress, the import's progress and Stop, and the ad spend list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from smmdesk_gui import credentials
from smmdesk_gui.services.accounts import secret_ref
from smmdesk_gui.services.stats.entry import ad_spend_entries, add_ad_spend
from smmdesk_gui.services.stats.refresh import AccountRef, PostRef
from smmdesk_gui.store.models import Account, MetricSnapshot
from smmdesk_gui.ui.dashboard.live_bar import StatsRefresher
from tests.fakes.stats import FakeBlueskyAppView
from tests.fakes.stats_workspace import october_dashboard


class Counting:
    """A source that counts and can ask the refresher to stop while it reads."""

    def __init__(self, platform: str, on_read: Any = None) -> None:
        self.platform = platform
        self.read: list[str] = []
        self.on_read = on_read

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]:
        self.read.append(account.handle)
        if self.on_read is not None:
            self.on_read()
        return {"followers": 10}

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]:
        return {}


def test_refresher_reports_progress_and_stops_between_accounts(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],  # noqa: F811
) -> None:
    refresher = StatsRefresher(ctx)
    insta = Counting("instagram", on_read=refresher.cancel)  # Stop pressed while reading
    bsky = Counting("bluesky")
    refresher.sources = {"instagram": insta, "bluesky": bsky}
    steps: list[tuple[int, int, str]] = []
    refresher.progress.connect(lambda d, t, w: steps.append((d, t, w)))
    with qtbot.waitSignal(refresher.refreshed) as got:
        assert refresher.refresh_now()
    report = got.args[0]
    assert steps[0] == (0, 2, "instagram · bakery") and steps[-1] == (2, 2, "")
    assert insta.read == ["bakery"] and bsky.read == []  # the next account was not read
    assert report.snapshots == 1 and report.skipped == ["bluesky · bakery.bsky.social: stopped"]
    assert not refresher.running
    refresher.stop()


def test_refresher_never_runs_in_the_demo(ctx: Any, qtbot: Any) -> None:
    ctx.demo = True
    source = Counting("bluesky")
    refresher = StatsRefresher(ctx, sources={"bluesky": source})
    refresher.start()
    assert not refresher.timer.isActive() and not refresher.refresh_now()
    assert source.read == []


def test_main_window_starts_and_stops_the_refresher(ctx: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QSettings

    from smmdesk_gui.ui.main_window import MainWindow

    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    refresher = window.stats_refresher
    assert refresher.timer.isActive() and refresher.timer.interval() == 60 * 60_000
    window.navigate("dashboard")
    page = window.screens["dashboard"]
    assert page.live.refresher is refresher  # the Refresh button asks the same one
    window.close()
    assert not refresher.timer.isActive()


@pytest.fixture
def bsky() -> Iterator[FakeBlueskyAppView]:
    server = FakeBlueskyAppView(handle="bakery.bsky.social")
    yield server
    server.close()


def test_refresh_button_fetches_from_bluesky(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],
    bsky: FakeBlueskyAppView,  # noqa: F811
) -> None:
    credentials.store_secret(secret_ref("bluesky", "bakery.bsky.social"), bsky.password)
    with ctx.store.session_scope() as s:
        account = s.get(Account, october["b"])
        account.base_url = bsky.url
        account.keyring_key = secret_ref("bluesky", "bakery.bsky.social").key
    bsky.followers = 1337
    page = october_dashboard(ctx, qtbot)
    seen: list[bool] = []
    page.live.hook().started.connect(lambda: seen.append(page.live.isVisibleTo(page)))
    with qtbot.waitSignal(page.live.finished) as got:
        page.refresh_button.click()
    assert seen == [True]  # the progress strip showed while fetching
    assert got.args == [""]  # nothing to complain about (Instagram has no live source)
    assert not page.live.isVisibleTo(page) and page.refresh_button.isEnabled()
    with ctx.store.session_scope() as s:
        value = s.scalar(
            select(MetricSnapshot.value)
            .where(MetricSnapshot.account_id == october["b"], MetricSnapshot.source == "api")
            .order_by(MetricSnapshot.taken_at.desc())
            .limit(1)
        )
    assert value == 1337
    assert "compared with" in page.status.text()


def test_refresh_problem_is_said_in_plain_words(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],  # noqa: F811
) -> None:
    page = october_dashboard(ctx, qtbot)
    with qtbot.waitSignal(page.loaded):
        page.refresh_button.click()
    assert "Bluesky · bakery.bsky.social: This account has no saved login" in page.status.text()


def test_refresh_problem_is_said_in_the_owners_language_with_the_english_behind_it(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],  # noqa: F811
) -> None:
    from PySide6.QtCore import QCoreApplication

    from tests.fakes.pseudo import PseudoTranslator, pseudo

    page = october_dashboard(ctx, qtbot)
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    try:
        with qtbot.waitSignal(page.loaded):
            page.refresh_button.click()
    finally:
        QCoreApplication.removeTranslator(translator)
    said = page.status.text()
    # the service's code, worded through Qt's translations (not the service's English line)
    assert pseudo("This account has no saved login. Open Accounts and reconnect it.") in said
    assert "This account has no saved login" not in said
    # the English line, as the CLI prints it, stays within reach behind the tooltip
    assert "This account has no saved login. Open Accounts and reconnect it." in (
        page.status.toolTip()
    )


def test_demo_refresh_says_it_never_fetches(ctx: Any, qtbot: Any, october: dict[str, int]) -> None:  # noqa: F811
    page = october_dashboard(ctx, qtbot)
    ctx.demo = True
    page.refresh_button.click()
    assert "never fetches" in page.status.text()


def _big_csv(path: Path, rows: int) -> Path:
    lines = ['"Post ID","Publish time","Reach","Likes"']
    lines += [
        f'"big{i}","10/{1 + i % 28:02d}/2026 18:00","{100 + i}","{i % 50}"' for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_shows_progress_and_stop_stores_nothing(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from smmdesk_gui.services.stats import csv_import
    from smmdesk_gui.ui.dashboard.import_dialog import ImportDialog

    monkeypatch.setattr(csv_import, "PROGRESS_EVERY", 20)  # 200 in the app: a fast test
    path = _big_csv(tmp_path / "big.csv", 100)
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.mapping.setCurrentIndex(dialog.mapping.findData("meta-instagram"))
    steps: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda d, t: steps.append((d, t)))
    dialog.file.setText(str(path))
    dialog.run_preview()
    assert steps == [(0, 100), (20, 100), (40, 100), (60, 100), (80, 100)]
    assert "100 rows to import" in dialog.summary.text() and not dialog.progress.isVisibleTo(dialog)
    with ctx.store.session_scope() as s:
        before = s.scalar(select(func.count(MetricSnapshot.id)))
    # Cancel pressed while importing (after the first few hundred rows)
    dialog.progressed.connect(lambda d, t: d >= 40 and dialog.cancel())
    dialog.run_import()
    assert dialog.summary.text() == "The import was stopped; nothing was stored."
    assert dialog.result() == 0  # not accepted: the dialog stays for another try
    with ctx.store.session_scope() as s:
        assert s.scalar(select(func.count(MetricSnapshot.id))) == before
    assert dialog.import_button.isEnabled()  # it can simply be run again
    with qtbot.waitSignal(dialog.imported):
        dialog.progressed.disconnect()
        dialog.run_import()


def test_ad_spend_list_deletes_an_entry(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,  # noqa: F811
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from smmdesk_gui.ui.dashboard.ad_spend_list import AdSpendListDialog

    add_ad_spend(ctx.store, dt.date(2026, 10, 20), "vk", 900, "RUB", "Boosted reel")
    dialog = AdSpendListDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 2).text() == "Boosted reel"  # newest first
    assert "RUB" in dialog.table.item(0, 3).text()
    assert not dialog.delete_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.changed):
        dialog.ask_delete()
    assert [(e.campaign, e.currency) for e in ad_spend_entries(ctx.store)] == [("Autumn", "EUR")]
    assert dialog.table.rowCount() == 1


def test_a_remembered_dashboard_follows_the_app_refresher(ctx: Any, qtbot: Any) -> None:
    """The Dashboard is built during attach when it was the last screen: it must still follow
    the app's one refresher, not start a second one of its own."""
    from PySide6.QtCore import QSettings

    from smmdesk_gui.ui.main_window import MainWindow

    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue("window/screen", "dashboard")
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    assert window.screens["dashboard"].live.refresher is window.stats_refresher
    window.close()


def test_stop_reaches_a_refresh_running_on_the_thread_pool(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],  # noqa: F811
) -> None:
    """The real runner: progress arrives on the GUI thread while the worker waits, and a Stop
    pressed there ends the refresh after the account being read."""
    import threading

    from smmdesk_gui.ui.tasks import TaskRunner

    ctx.tasks = TaskRunner()
    release = threading.Event()
    insta = Counting("instagram", on_read=lambda: release.wait(5))
    bsky = Counting("bluesky")
    refresher = StatsRefresher(ctx, sources={"instagram": insta, "bluesky": bsky})
    gui = threading.current_thread()
    steps: list[tuple[int, str, bool]] = []

    def progress(done: int, _total: int, what: str) -> None:
        steps.append((done, what, threading.current_thread() is gui))
        if done == 0:
            refresher.cancel()  # Stop pressed while the first account is read
            release.set()

    refresher.progress.connect(progress)
    with qtbot.waitSignal(refresher.refreshed, timeout=10_000) as got:
        assert refresher.refresh_now() and refresher.running
    assert steps[0] == (0, "instagram · bakery", True) and all(s[2] for s in steps)
    assert insta.read == ["bakery"] and bsky.read == []
    assert got.args[0].skipped == ["bluesky · bakery.bsky.social: stopped"]
    assert not refresher.running


def test_import_dialog_reads_on_the_thread_pool(
    ctx: Any,
    qtbot: Any,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from smmdesk_gui.services.stats import csv_import
    from smmdesk_gui.ui.dashboard.import_dialog import ImportDialog
    from smmdesk_gui.ui.tasks import TaskRunner

    monkeypatch.setattr(csv_import, "PROGRESS_EVERY", 20)
    ctx.tasks = TaskRunner()
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.mapping.setCurrentIndex(dialog.mapping.findData("meta-instagram"))
    steps: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda d, t: steps.append((d, t)))
    dialog.file.setText(str(_big_csv(tmp_path / "big.csv", 100)))
    dialog.run_preview()
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert steps == [(0, 100), (20, 100), (40, 100), (60, 100), (80, 100)]
    assert "100 rows to import" in dialog.summary.text() and dialog.model.rowCount() == 100
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run_import()
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10_000)
