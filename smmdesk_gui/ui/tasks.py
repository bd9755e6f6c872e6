"""The one way to run work off the GUI thread.

``TaskRunner.run(fn, on_done, on_error)`` runs ``fn`` on a QThreadPool and delivers its result or
its exception back on the GUI thread, by a queued signal. Workers must not touch widgets or create
QPixmap: they return data, bytes or QImage. Tests use ``SyncTaskRunner``, which runs inline.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class TaskRunnerProtocol(Protocol):
    def run(
        self,
        fn: Callable[[], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None: ...


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit, Qt queues the call to the GUI thread."""

    finished = Signal(int, bool, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._id = job_id
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:
            self._relay.finished.emit(self._id, False, exc)
        else:
            self._relay.finished.emit(self._id, True, result)


class TaskRunner(QObject):
    """Runs callables on a thread pool; callbacks run on the GUI thread."""

    busy_changed = Signal(int)  # number of jobs in flight

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._callbacks: dict[int, tuple[DoneCallback | None, ErrorCallback | None]] = {}
        self._next_id = 0
        self._lock = threading.Lock()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        """Run ``fn()`` on a worker thread; then ``on_done(result)`` or ``on_error(exc)``.

        Without ``on_error`` an exception goes to the log and the app's error handler.
        """
        with self._lock:
            self._next_id += 1
            job_id = self._next_id
            self._callbacks[job_id] = (on_done, on_error)
        self.busy_changed.emit(len(self._callbacks))
        self._pool.start(_Job(job_id, fn, self._relay))

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the pool to drain (shutdown and tests)."""
        return bool(self._pool.waitForDone(msecs))

    @Slot(int, bool, object)
    def _deliver(self, job_id: int, ok: bool, payload: object) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        self.busy_changed.emit(len(self._callbacks))
        if ok:
            if on_done is not None:
                on_done(payload)
            return
        assert isinstance(payload, BaseException)
        if on_error is not None:
            on_error(payload)
        else:
            _report_unhandled(payload)


class SyncTaskRunner(QObject):
    """The test stand-in: runs ``fn`` inline and calls back at once, same interface."""

    busy_changed = Signal(int)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: DoneCallback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        try:
            result = fn()
        except Exception as exc:
            if on_error is not None:
                on_error(exc)
            else:
                _report_unhandled(exc)
            return
        if on_done is not None:
            on_done(result)

    @property
    def pending(self) -> int:
        return 0

    def wait(self, msecs: int = -1) -> bool:
        return True


def _report_unhandled(exc: BaseException) -> None:
    from smmdesk_gui.ui.crash import report_exception

    report_exception(type(exc), exc, exc.__traceback__)
