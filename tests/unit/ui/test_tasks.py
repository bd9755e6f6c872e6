from __future__ import annotations

import threading
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui import crash
from smmdesk_gui.ui.tasks import SyncTaskRunner, TaskCancelledError, TaskControl, TaskRunner


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


# --- progress, cancel, and the synchronous runner against the real one ----------------------


class Abort(BaseException):
    """Not an Exception: the runners must deliver it all the same (a worker has no caller)."""


def _counting_work(fail: BaseException | None = None, check: str = "raise") -> Any:
    """Three steps with progress; ``check`` is how the work looks at a cancel."""

    def work(control: TaskControl) -> str:
        for step in range(3):
            if check == "raise":
                control.raise_if_cancelled()
            elif control.cancelled:
                return f"stopped after {step}"
            control.report(step, 3, f"step {step}")
            acks[step].wait(5)  # the GUI thread has seen this step (and maybe cancelled)
        if fail is not None:
            raise fail
        return "all three"

    acks = [threading.Event() for _ in range(3)]
    work.acks = acks  # type: ignore[attr-defined]
    return work


def _drive(
    runner: Any, qtbot: QtBot, work: Any, cancel_at: int | None, with_on_error: bool = True
) -> list[tuple[object, ...]]:
    """Run ``work`` through ``runner``; everything delivered, in order, as plain tuples."""
    log: list[tuple[object, ...]] = []
    gui = threading.current_thread()
    control = TaskControl()
    runner.busy_changed.connect(lambda n: log.append(("busy", n)))

    def progress(done: int, total: int, text: str) -> None:
        log.append(("progress", done, total, text, threading.current_thread() is gui))
        if done == cancel_at:
            control.cancel()
        work.acks[done].set()

    def finished(kind: str, value: object) -> None:
        on_gui = threading.current_thread() is gui
        if isinstance(value, BaseException):
            log.append((kind, type(value), str(value), on_gui))
        else:
            log.append((kind, value, on_gui))

    returned = runner.start(
        work,
        lambda v: finished("done", v),
        (lambda e: finished("error", e)) if with_on_error else None,
        progress,
        control=control,
    )
    assert returned is control
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)
    return log


@pytest.mark.parametrize(
    "fail, check, cancel_at",
    [
        (None, "raise", None),  # a result, with progress
        (ValueError("bad photo"), "raise", None),  # an error after progress
        (OSError(28, "No space left on device"), "raise", None),
        (Abort("not an Exception"), "raise", None),  # a BaseException is delivered too
        (None, "raise", 1),  # raise_if_cancelled: TaskCancelledError to on_error
        (None, "flag", 0),  # the work looks at .cancelled and returns what it has
    ],
    ids=["result", "value-error", "os-error", "base-exception", "cancel-raises", "cancel-flag"],
)
def test_sync_runner_catches_and_delivers_exactly_like_the_real_one(
    qtbot: QtBot, fail: BaseException | None, check: str, cancel_at: int | None
) -> None:
    real = _drive(TaskRunner(), qtbot, _counting_work(fail, check), cancel_at)
    sync = _drive(SyncTaskRunner(), qtbot, _counting_work(fail, check), cancel_at)
    assert real == sync
    assert real[0] == ("busy", 1) and real[-2] == ("busy", 0)  # then the one answer
    assert all(entry[-1] is True for entry in real if entry[0] != "busy")  # all on the GUI thread
    if cancel_at == 1:
        assert real[-1][:2] == ("error", TaskCancelledError)
        assert [e[1] for e in real if e[0] == "progress"] == [0, 1]  # step 2 never started
    if check == "flag":
        assert real[-1] == ("done", "stopped after 1", True)


@pytest.mark.parametrize("runner_class", [TaskRunner, SyncTaskRunner])
def test_a_cancel_without_on_error_is_no_crash_but_an_error_is(
    qtbot: QtBot, qapp: Any, runner_class: type
) -> None:
    qapp.setProperty("smmdesk_no_dialogs", True)
    crash.install("/tmp/does-not-matter.log")
    before = len(crash.shown_messages)
    runner = runner_class()
    _drive(runner, qtbot, _counting_work(), cancel_at=0, with_on_error=False)
    assert len(crash.shown_messages) == before  # the user asked for it: nothing to report
    _drive(runner, qtbot, _counting_work(ValueError("x")), cancel_at=None, with_on_error=False)
    qtbot.waitUntil(lambda: len(crash.shown_messages) > before, timeout=5000)


def test_a_control_belongs_to_one_task() -> None:
    runner = SyncTaskRunner()
    control = runner.start(lambda c: None)
    with pytest.raises(RuntimeError):
        runner.start(lambda c: None, control=control)
