"""The database is busy (a long import holds the write lock): the composer's writes give up
within about a second with a plain message, keep the owner's text, and go through afterwards."""

from __future__ import annotations

import time
from typing import Any

from pytestqt.qtbot import QtBot

from smmdesk_gui.store.models import Account, Post, PostTarget, Snippet
from smmdesk_gui.ui.composer.page import ComposePage
from tests.fakes.db_lock import write_lock

BUSY = (
    "SMM Desk's database is busy with another task (an import?). "
    "Your change was not saved yet; try again in a moment."
)


def _page(ctx: Any, qtbot: QtBot) -> ComposePage:
    ctx.store.mark_interactive_thread()  # as app.py does for the GUI thread
    with ctx.store.session_scope() as s:
        s.add(Account(platform="telegram", handle="bakery_news"))
    page = ComposePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    return page


def _posts(ctx: Any) -> list[str]:
    with ctx.store.session_scope() as s:
        return [p.text for p in s.query(Post).all()]


def test_autosave_waits_for_a_busy_database_and_keeps_the_draft(ctx: Any, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot)
    with write_lock(ctx.store.database):
        page.editor.setPlainText("Bread for the weekend")
        started = time.monotonic()
        page.autosave()
        assert time.monotonic() - started < 2.0  # the window is not frozen for 10 s
        assert page.schedule.status.text() == BUSY
        assert page.editor.toPlainText() == "Bread for the weekend"
        assert page.saves == 0 and page.dirty
    assert _posts(ctx) == []
    # the lock is gone: the autosave tries again by itself
    qtbot.waitUntil(lambda: page.saves >= 1, timeout=6000)
    assert _posts(ctx) == ["Bread for the weekend"]
    assert page.schedule.status.text() == ""  # the busy message is gone with the problem
    assert not page.dirty


def test_scheduling_on_a_busy_database_says_so_and_works_afterwards(ctx: Any, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot)
    page.editor.setPlainText("Rye loaves today")
    page.autosave()
    qtbot.waitUntil(page.schedule.button.isEnabled)
    with write_lock(ctx.store.database):
        started = time.monotonic()
        page.schedule_post()
        assert time.monotonic() - started < 3.0
        assert page.schedule.status.text() == BUSY
        assert page.editor.toPlainText() == "Rye loaves today"
    with ctx.store.session_scope() as s:
        assert {t.state for t in s.query(PostTarget).all()} == {"draft"}
    page.schedule_post()
    with ctx.store.session_scope() as s:
        assert {t.state for t in s.query(PostTarget).all()} == {"scheduled"}
    assert page.editor.toPlainText() == ""  # a fresh post for the next one


def test_saving_a_template_on_a_busy_database_says_so(ctx: Any, qtbot: QtBot) -> None:
    page = _page(ctx, qtbot)
    page.editor.setPlainText("Open daily 7-19")
    page.editor.selectAll()
    with write_lock(ctx.store.database):
        page.snippets.save_snippet("template", "Hours", "Open daily 7-19")
        assert page.schedule.status.text() == BUSY
    page.snippets.save_snippet("template", "Hours", "Open daily 7-19")
    with ctx.store.session_scope() as s:
        assert [n.name for n in s.query(Snippet).all()] == ["Hours"]
