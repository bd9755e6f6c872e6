"""The one way to run work off the GUI thread, with progress and cancel.

``TaskRunner.run(fn, on_done, on_error)`` runs ``fn()`` on a QThreadPool and delivers its result or
its exception back on the GUI thread, by a queued signal. ``TaskRunner.start(work, on_done,
on_error, on_progress)`` does the same for a ``work(control)`` that is handed a ``TaskControl``:
it reports progress with ``control.report(done, total, text)`` (delivered on the GUI thread to
``on_progress``, through the same signal as the result, so always before it) and looks at
``control.cancelled`` / ``control.raise_if_cancelled()`` between its steps; the caller's handle on
the work is that same ``TaskControl`` (``control.cancel()``).

Cancelling only asks: the work decides where to stop, and its result (what it got done) or its
error is delivered as usual. ``TaskCancelledError`` from ``raise_if_cancelled`` goes to
``on_error``; without an ``on_error`` it is dropped (a cancel is not a crash).

Workers must not touch widgets or create QPixmap: they return data, bytes or QImage. Tests use
``SyncTaskRunner``, which runs inline through the very same execution and delivery code, so it
catches exactly what ``TaskRunner`` catches and delivers errors and progress the same way.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, int, str], None]
ProgressSink = Callable[[int, int, str], None]

_PROGRESS, _DONE, _FAILED = range(3)


class TaskCancelledError(Exception):
    """The work stopped because it was asked to (``TaskControl.raise_if_cancelled``)."""


class TaskControl:
    """A running task's progress and cancel flag: Qt-free, shared by the work and its caller.

    The caller may make one before starting the work (and keep it, so that a progress callback
    that runs inline in tests can already cancel it), or take the one ``start()`` returns.
    ``cancel()`` may be called from any thread; ``report()`` from the work.
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._sink: ProgressSink | None = None

    def cancel(self) -> None:
        """Ask the work to stop at its next check; its answer still arrives."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise ``TaskCancelledError`` when ``cancel()`` was called."""
        if self._cancel.is_set():
            raise TaskCancelledError

    def report(self, done: int, total: int, text: str = "") -> None:
        """Tell the caller how far the work is (``on_progress`` runs on the GUI thread)."""
        if self._sink is not None:
            self._sink(done, total, text)

    def _bind(self, sink: ProgressSink) -> None:
        if self._sink is not None:
            raise RuntimeError("a TaskControl belongs to one task")
        self._sink = sink


class TaskRunnerProtocol(Protocol):
    def run(
        self,
        fn: Callable[[], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> TaskControl: ...

    def start(
        self,
        work: Callable[[TaskControl], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        on_progress: ProgressCallback | None = None,
        control: TaskControl | None = None,
    ) -> TaskControl: ...


class _Callbacks(NamedTuple):
    on_done: DoneCallback | None
    on_error: ErrorCallback | None
    on_progress: ProgressCallback | None


def _execute(work: Callable[[TaskControl], Any], control: TaskControl) -> tuple[int, object]:
    """Run ``work``; what it returned or raised, as (kind, payload). Both runners use this."""
    try:
        return _DONE, work(control)
    except BaseException as exc:  # noqa: BLE001  (a worker thread has no caller to raise to)
        return _FAILED, exc


class _RunnerBase(QObject):
    """Bookkeeping and delivery shared by both runners; subclasses only say how work runs."""

    busy_changed = Signal(int)  # number of jobs in flight

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: dict[int, _Callbacks] = {}
        self._next_id = 0
        self._lock = threading.Lock()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> TaskControl:
        """Run ``fn()`` off the GUI thread; then ``on_done(result)`` or ``on_error(exc)``.

        Without ``on_error`` an exception goes to the log and the app's error handler.
        """
        return self.start(lambda _control: fn(), on_done, on_error)

    def start(
        self,
        work: Callable[[TaskControl], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
        on_progress: ProgressCallback | None = None,
        control: TaskControl | None = None,
    ) -> TaskControl:
        """Run ``work(control)`` off the GUI thread, with progress and cancel.

        Args:
            work: The work; it may call ``control.report()`` and check ``control.cancelled``.
            on_done: Called with the work's result, on the GUI thread.
            on_error: Called with the exception the work raised, on the GUI thread.
            on_progress: Called with each ``report(done, total, text)``, on the GUI thread.
            control: A ``TaskControl`` made beforehand (a new one when None).

        Returns:
            The task's ``TaskControl``: ``cancel()`` asks the work to stop.
        """
        control = control if control is not None else TaskControl()
        with self._lock:
            self._next_id += 1
            job_id = self._next_id
            self._jobs[job_id] = _Callbacks(on_done, on_error, on_progress)
        control._bind(lambda done, total, text: self._post(job_id, _PROGRESS, (done, total, text)))
        self.busy_changed.emit(len(self._jobs))
        self._launch(job_id, work, control)
        return control

    @property
    def pending(self) -> int:
        return len(self._jobs)

    def _post(self, job_id: int, kind: int, payload: object) -> None:
        raise NotImplementedError

    def _launch(
        self, job_id: int, work: Callable[[TaskControl], Any], control: TaskControl
    ) -> None:
        raise NotImplementedError

    @Slot(int, int, object)
    def _deliver(self, job_id: int, kind: int, payload: object) -> None:
        """The one delivery path (GUI thread): progress, then the result or the error."""
        if kind == _PROGRESS:
            callbacks = self._jobs.get(job_id)
            if callbacks is not None and callbacks.on_progress is not None:
                assert isinstance(payload, tuple)
                callbacks.on_progress(*payload)
            return
        callbacks = self._jobs.pop(job_id, _Callbacks(None, None, None))
        self.busy_changed.emit(len(self._jobs))
        if kind == _DONE:
            if callbacks.on_done is not None:
                callbacks.on_done(payload)
            return
        assert isinstance(payload, BaseException)
        if callbacks.on_error is not None:
            callbacks.on_error(payload)
        elif isinstance(payload, TaskCancelledError):
            log.debug("task %d cancelled", job_id)
        else:
            _report_unhandled(payload)


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit, Qt queues the call to the GUI thread."""

    posted = Signal(int, int, object)  # job id, kind, payload


class _Job(QRunnable):
    def __init__(
        self, job_id: int, work: Callable[[TaskControl], Any], control: TaskControl, relay: _Relay
    ) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = job_id
        self._work = work
        self._control = control
        self._relay = relay

    def run(self) -> None:
        kind, payload = _execute(self._work, self._control)
        self._relay.posted.emit(self._id, kind, payload)


class TaskRunner(_RunnerBase):
    """Runs work on a thread pool; callbacks run on the GUI thread."""

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.posted.connect(self._deliver)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the pool to drain (shutdown and tests)."""
        return bool(self._pool.waitForDone(msecs))

    def _post(self, job_id: int, kind: int, payload: object) -> None:
        self._relay.posted.emit(job_id, kind, payload)

    def _launch(
        self, job_id: int, work: Callable[[TaskControl], Any], control: TaskControl
    ) -> None:
        self._pool.start(_Job(job_id, work, control, self._relay))


class SyncTaskRunner(_RunnerBase):
    """The test stand-in: runs the work inline and calls back at once, same interface.

    Progress callbacks run during the work, the result or error right after it, before
    ``start()`` returns; everything else (what is caught, where it goes) is ``TaskRunner``'s.
    """

    def wait(self, msecs: int = -1) -> bool:
        return True

    def _post(self, job_id: int, kind: int, payload: object) -> None:
        self._deliver(job_id, kind, payload)

    def _launch(
        self, job_id: int, work: Callable[[TaskControl], Any], control: TaskControl
    ) -> None:
        self._deliver(job_id, *_execute(work, control))


def _report_unhandled(exc: BaseException) -> None:
    from smmdesk_gui.ui.crash import report_exception

    report_exception(type(exc), exc, exc.__traceback__)
