"""One writer per data folder: a second launch brings the running window to the front.

A ``QLockFile`` in the data folder decides who runs (stale locks of dead processes are taken
over); a ``QLocalServer`` named after the folder lets a second launch ask the first to show
itself. On Unix its socket lives in the user's own runtime folder (issue 15, 14: a bare name put
it in /tmp, where another user could create it first and so receive or block the activation).
"""

from __future__ import annotations

import os
import sys
import warnings
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from smmdesk_gui.paths import APP_AUTHOR, APP_NAME, AppPaths

ACTIVATE = b"activate\n"
_SOCKET_PATH_MAX = 100  # sun_path holds 104 (macOS) or 108 (Linux) bytes


def server_name(paths: AppPaths) -> str:
    """The local server's name: a full socket path in a folder only this user can write (Unix).

    The user's runtime folder (``$XDG_RUNTIME_DIR``; platformdirs checks that it is the user's
    own, mode 0700, and otherwise falls back to a checked private folder); else the data folder,
    which is 0700 too. Windows names a pipe in the session's own namespace.
    """
    if sys.platform == "win32":
        return paths.lock_name
    try:
        with warnings.catch_warnings():
            # "XDG_RUNTIME_DIR is not set, falling back to ...": the fallback is checked as well.
            warnings.simplefilter("ignore", platformdirs.RuntimeDirWarning)
            runtime = platformdirs.user_runtime_dir(APP_NAME, APP_AUTHOR, ensure_exists=True)
        candidate = Path(runtime) / paths.lock_name
    except OSError:  # the fallback folder belongs to someone else: do not use it
        candidate = paths.home / ".smmdesk.sock"
    if len(os.fsencode(candidate)) > _SOCKET_PATH_MAX:
        candidate = paths.home / ".smmdesk.sock"
    return str(candidate)


class SingleInstance(QObject):
    """Holds the data folder's lock while the app runs."""

    activation_requested = Signal()

    def __init__(self, paths: AppPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        paths.home.mkdir(parents=True, exist_ok=True)
        self._name = server_name(paths)
        self._lock = QLockFile(str(paths.home / ".smmdesk.lock"))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone
        self._server: QLocalServer | None = None
        self._connections: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """True when this process is the only instance for the folder."""
        if not self._lock.tryLock(200):
            return False
        QLocalServer.removeServer(self._name)  # a leftover socket from a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def ask_running_to_activate(self, timeout_ms: int = 2000) -> bool:
        """Tell the running instance to come to the front; True when it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(ACTIVATE)
        socket.flush()  # may already write everything; then there is nothing left to wait for
        ok = socket.bytesToWrite() == 0 or socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        for conn in self._connections:
            conn.readyRead.disconnect(self._read_all)
            conn.abort()
        self._connections.clear()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            conn = self._server.nextPendingConnection()
            self._connections.append(conn)
            conn.readyRead.connect(self._read_all)
        self._read_all()

    def _read_all(self) -> None:
        activate = False
        for conn in list(self._connections):
            if conn.bytesAvailable() and ACTIVATE.strip() in bytes(conn.readAll().data()):
                activate = True
            if conn.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._connections.remove(conn)
                conn.readyRead.disconnect(self._read_all)
                conn.deleteLater()
        if activate:
            self.activation_requested.emit()
