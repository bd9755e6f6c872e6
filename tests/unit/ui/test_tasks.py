from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui import crash
from smmdesk_gui.ui.tasks import SyncTaskRunner, TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = threading.current_thread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    runner.run(work, lambda value: seen.update(value=value, callback=threading.current_thread()))
    qtbot.waitUntil(lambda: "value" in seen, timeout=5000)
    assert seen["value"] == 42
    assert seen["worker"] is not gui_thread
    assert seen["callback"] is gui_thread
    assert runner.pending == 0


def test_error_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("bad photo")

    runner.run(work, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "bad photo"


def test_unhandled_error_is_reported_not_lost(qtbot: QtBot, qapp: object) -> None:
    qapp.setProperty("smmdesk_no_dialogs", True)  # type: ignore[attr-defined]
    crash.install("/tmp/does-not-matter.log")
    before = len(crash.shown_messages)
    runner = TaskRunner()
    runner.run(lambda: 1 / 0)
    qtbot.waitUntil(lambda: len(crash.shown_messages) > before, timeout=5000)
    assert "unexpected error" in crash.shown_messages[-1].lower()


def test_sync_runner_runs_inline() -> None:
    runner = SyncTaskRunner()
    out: list[object] = []
    runner.run(lambda: "done", out.append)
    runner.run(
        lambda: (_ for _ in ()).throw(OSError(28, "No space left on device")), None, out.append
    )
    assert out[0] == "done"
    assert isinstance(out[1], OSError)


@pytest.mark.parametrize("errno_value, words", [(28, "disk is full"), (13, "permissions")])
def test_environment_errors_are_told_in_plain_words(errno_value: int, words: str) -> None:
    from smmdesk_gui.errors import describe_exception

    known, message = describe_exception(OSError(errno_value, "x", "/data/smmdesk.db"))
    assert known and words in message
