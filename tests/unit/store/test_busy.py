"""Writes on the GUI thread give up after about a second when another task holds the database;
every other thread waits as long as before."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import text

from smmdesk_gui.errors import describe_exception
from smmdesk_gui.store.db import (
    BUSY_TIMEOUT_MS,
    DatabaseBusyError,
    Store,
)
from smmdesk_gui.store.models import Snippet
from tests.fakes.db_lock import write_lock


def _add_snippet(store: Store, name: str) -> None:
    with store.session_scope() as s:
        s.add(Snippet(kind="template", name=name, body="Fresh bread daily"))


def _names(store: Store) -> list[str]:
    with store.session_scope() as s:
        return [str(r[0]) for r in s.execute(text("SELECT name FROM snippet ORDER BY name"))]


def test_a_gui_write_gives_up_within_two_seconds_with_a_plain_message(store: Store) -> None:
    store.mark_interactive_thread()
    with write_lock(store.database):
        started = time.monotonic()
        with pytest.raises(DatabaseBusyError) as caught:
            _add_snippet(store, "busy")
        waited = time.monotonic() - started
        assert _names(store) == []  # reading still works while the import writes (WAL)
    assert 0.5 < waited < 2.0
    known, message = describe_exception(caught.value)
    assert known
    assert message == (
        "SMM Desk's database is busy with another task (an import?). "
        "Your change was not saved yet; try again in a moment."
    )
    _add_snippet(store, "after")  # the lock is gone: the same write goes through
    assert _names(store) == ["after"]


def test_other_threads_keep_the_long_wait(store: Store) -> None:
    store.mark_interactive_thread()
    assert BUSY_TIMEOUT_MS >= 5000
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            _add_snippet(store, "from a worker")
        except BaseException as exc:  # reported to the test thread below
            errors.append(exc)

    with write_lock(store.database):
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join(2.0)  # longer than the GUI thread would wait
        assert thread.is_alive()  # still waiting for the lock, not failed
    thread.join(10)
    assert not errors
    assert _names(store) == ["from a worker"]


def test_an_unmarked_store_keeps_the_long_wait_everywhere(store: Store) -> None:
    """The CLI never marks a thread: its writes wait for an import as before."""
    release = threading.Timer(1.5, lambda: lock.execute("COMMIT"))
    with write_lock(store.database) as lock:
        release.start()
        started = time.monotonic()
        _add_snippet(store, "cli")
        assert time.monotonic() - started >= 1.0
    release.join()
    assert _names(store) == ["cli"]
