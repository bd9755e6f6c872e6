"""A second launch on the same data folder brings the first window forward and exits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.ui.single_instance import SingleInstance


def test_second_instance_asks_the_first_to_activate(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(AppPaths(tmp_path))
    assert first.acquire()
    second = SingleInstance(AppPaths(tmp_path))
    assert not second.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.ask_running_to_activate()
    first.release()
    third = SingleInstance(AppPaths(tmp_path))
    assert third.acquire()
    third.release()


def test_other_data_folders_run_side_by_side(tmp_path: Path) -> None:
    a = SingleInstance(AppPaths(tmp_path / "a"))
    b = SingleInstance(AppPaths(tmp_path / "b"))
    assert a.acquire() and b.acquire()
    a.release()
    b.release()


def test_second_process_exits_and_first_keeps_running(tmp_path: Path) -> None:
    env = dict(os.environ, SMMDESK_HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    first = subprocess.Popen(
        [sys.executable, "-m", "smmdesk_gui"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lock = tmp_path / "home" / ".smmdesk.lock"
        deadline = time.monotonic() + 60
        while not lock.exists() and time.monotonic() < deadline:
            time.sleep(0.1)  # a separate process: nothing to wait on but the file
        assert lock.exists(), first.stderr.read() if first.poll() is not None else ""
        second = subprocess.run(
            [sys.executable, "-m", "smmdesk_gui"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        assert first.poll() is None
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_server_socket_is_in_the_users_private_runtime_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> None:
    # A short folder of its own: under pytest's tmp_path (whose name grows with its run counter
    # and the test's name) the socket path passed the 100 bytes the code allows and fell back.
    run = Path(tempfile.mkdtemp(prefix="smr"))
    run.chmod(0o700)
    request.addfinalizer(lambda: shutil.rmtree(run, ignore_errors=True))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run))
    paths = AppPaths(tmp_path / "home")
    first = SingleInstance(paths)
    assert first.acquire()
    assert first._server is not None
    socket = Path(first._server.fullServerName())
    # Not a bare name in /tmp that another user could create first.
    assert socket == run / "SMM Desk" / paths.lock_name
    assert (socket.parent.stat().st_mode & 0o777) == 0o700
    second = SingleInstance(paths)
    assert not second.acquire()
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert second.ask_running_to_activate()
    first.release()
