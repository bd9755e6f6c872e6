"""Test setup: offscreen Qt, a temporary SMMDESK_HOME per test, an in-memory keyring, no network."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import PasswordDeleteError  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend for tests (never the real OS keyring)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            from keyring.errors import KeyringLocked

            raise KeyringLocked("locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if (service, username) not in self.data:
            raise PasswordDeleteError("not found")
        del self.data[(service, username)]


@pytest.fixture(autouse=True)
def smm_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder; the real home is never touched."""
    home = tmp_path / "smmdesk-home"
    home.mkdir()
    monkeypatch.setenv("SMMDESK_HOME", str(home))
    monkeypatch.setenv("HOME", str(tmp_path / "user-home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-home" / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-home" / ".config"))
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """An in-memory keyring for every test; restored afterwards."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and not (
        host in ("localhost", "::1") or host.startswith("127.") or host.startswith("/")
    ):
        raise RuntimeError(f"tests never reach the internet (tried {address!r})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection outside loopback fails the test."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture
def paths(smm_home: Path) -> Any:
    """The test's data folder, with its folders created."""
    from smmdesk_gui.paths import AppPaths

    return AppPaths(smm_home).ensure()


@pytest.fixture
def store(paths: Any) -> Iterator[Any]:
    """A freshly migrated store in the test's data folder."""
    from smmdesk_gui.store.db import open_store

    opened = open_store(paths.database, paths.backups)
    yield opened
    opened.dispose()


@pytest.fixture
def ctx(qapp: Any, store: Any, smm_home: Path) -> Iterator[Any]:
    """An AppContext with a fresh store and the synchronous task runner."""
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.tasks import SyncTaskRunner

    qapp.setProperty("smmdesk_no_dialogs", True)
    context = AppContext(paths=AppPaths(smm_home), store=store, tasks=SyncTaskRunner())
    yield context
    if context.ui_settings is not None:
        context.ui_settings.sync()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the quick tests first and the slow ones (servers, installers) last."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is not None)
