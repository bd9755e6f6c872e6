"""Online / offline in the status bar, without ever blocking the window.

``QNetworkInformation.loadDefaultBackend()`` asks the operating system's network service; on
Windows that service can fail to answer (seen under Wine: the window froze at start-up, issue 16),
and PySide holds the GIL during the call, so even a worker thread calling it freezes the window.
On Windows the state therefore comes from wininet's ``InternetGetConnectedState`` through ctypes
(which releases the GIL), asked on a background thread every half minute. Elsewhere Qt's backend
is loaded once per process on a background thread and its object handed to the GUI thread. Until
the OS answers, the status bar says "Network status unknown".
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, QObject, Signal


class Reach(Enum):
    ONLINE = "online"
    OFFLINE = "offline"
    UNKNOWN = "unknown"


def load_default_backend() -> bool:
    """Load Qt's network-information backend here and give its object to the GUI thread."""
    from PySide6.QtNetwork import QNetworkInformation

    if QNetworkInformation.instance() is None and not QNetworkInformation.loadDefaultBackend():
        return False
    info = QNetworkInformation.instance()
    app = QCoreApplication.instance()
    if info is None or app is None:
        return False
    if info.thread() is not app.thread():
        info.moveToThread(app.thread())  # its timers and signals then live on the GUI thread
    return True


WINDOWS_POLL_SECONDS = 30.0


def windows_online() -> bool:  # pragma: no cover - Windows only (run by the Wine smoke test)
    """Whether Windows has a connection (wininet); ctypes releases the GIL while it asks."""
    import ctypes

    flags = ctypes.c_ulong(0)
    wininet = ctypes.WinDLL("wininet")  # type: ignore[attr-defined,unused-ignore]
    return bool(wininet.InternetGetConnectedState(ctypes.byref(flags), 0))


_lock = threading.Lock()
_result: bool | None = None


def _load_once(loader: Callable[[], bool]) -> bool:
    global _result
    with _lock:  # one load per process, however many windows ask at once
        if _result is None:
            try:
                _result = loader()
            except Exception:  # an OS service that fails is "unknown", not a crash
                _result = False
        return _result


def current_reach() -> Reach:
    from PySide6.QtNetwork import QNetworkInformation

    info = QNetworkInformation.instance()
    if info is None:
        return Reach.UNKNOWN
    reach = info.reachability()
    if reach in (QNetworkInformation.Reachability.Online, QNetworkInformation.Reachability.Site):
        return Reach.ONLINE
    if reach == QNetworkInformation.Reachability.Disconnected:
        return Reach.OFFLINE
    return Reach.UNKNOWN


class NetworkWatcher(QObject):
    """Emits ``changed(Reach)`` on the GUI thread: UNKNOWN at once, then what the OS says."""

    changed = Signal(object)
    _loaded = Signal(bool)  # from the loading thread; queued to this object's (GUI) thread

    def __init__(
        self, parent: QObject | None = None, loader: Callable[[], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self._loader = loader  # None: the OS's, through Qt (load_default_backend)
        self._loaded.connect(self._on_loaded)

    def start(self) -> None:
        self.changed.emit(Reach.UNKNOWN)
        target = self._poll_windows if sys.platform == "win32" and not self._loader else self._load
        threading.Thread(target=target, name="smmdesk-network-info", daemon=True).start()

    def _poll_windows(self) -> None:  # pragma: no cover - Windows only
        while True:
            try:
                reach = Reach.ONLINE if windows_online() else Reach.OFFLINE
            except (OSError, AttributeError):
                reach = Reach.UNKNOWN
            try:
                self.changed.emit(reach)
            except RuntimeError:  # the window is gone
                return
            time.sleep(WINDOWS_POLL_SECONDS)

    def _load(self) -> None:
        ok = _load_once(self._loader or load_default_backend)
        with contextlib.suppress(RuntimeError):  # the window closed while the OS was answering
            self._loaded.emit(ok)

    def _on_loaded(self, ok: bool) -> None:
        if not ok:
            return
        from PySide6.QtNetwork import QNetworkInformation

        info = QNetworkInformation.instance()
        if info is not None:
            info.reachabilityChanged.connect(self._emit_current)
        self._emit_current()

    def _emit_current(self, *_args: object) -> None:
        self.changed.emit(current_reach())
