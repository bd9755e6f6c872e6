"""Child processes for the integration tests: the real CLI, and killing it mid-send."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from tests.fakes.keyrings import FILE_KEYRING_BACKEND
from tests.fakes.meta import FakeMeta
from tests.fakes.publish import FakeMastodon, FakeTelegram, Fault
from tests.fakes.vk import FakeVK

ROOT = Path(__file__).resolve().parents[2]


def cli_process(home: Path, *args: str) -> subprocess.Popen[str]:
    """``smmdesk-cli ARGS`` in a child on the data folder ``home``, with the test's file keyring
    (the ``file_keyring`` fixture), its output captured as text."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": FILE_KEYRING_BACKEND,
        "SMMDESK_HOME": str(home),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "smmdesk_gui.cli", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_mid_send(
    home: Path, server: FakeTelegram | FakeMastodon | FakeMeta | FakeVK, path: str
) -> None:
    """Start ``publish-due`` in a child, SIGKILL it while the platform holds the send, then
    let the platform finish the request (the post exists; nobody recorded it)."""
    hold = threading.Event()
    server.add_fault(Fault(path, hold=hold))
    child = cli_process(home, "publish-due", "--json", "--wait", "0")
    deadline = time.monotonic() + 60
    while server.count(path) == 0:
        assert time.monotonic() < deadline, child.communicate(timeout=5)
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=10)  # reaps it and closes its pipes
    hold.set()
    while time.monotonic() < deadline:  # the server finishes the post for a dead client
        done: list[Any]
        if isinstance(server, FakeMeta):
            done = [*server.posts, *server.published]
        elif isinstance(server, FakeTelegram):
            done = server.messages
        elif isinstance(server, FakeVK):
            done = server.posts
        else:
            done = server.statuses
        if done:
            return
        time.sleep(0.02)
    raise AssertionError("the platform never finished the held request")
