"""Test setup for unit and integration tests alike.

Offscreen Qt, a temporary SMMDESK_HOME per test, an in-memory keyring, no network; and the
fixtures both trees share: a store, an app context, the local platform fakes, a file keyring for
child processes, the publishing services on a fake clock.
"""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

import keyring
import pytest

from tests.fakes.keyrings import KEYRING_FILE_ENV, FileKeyring, MemoryKeyring
from tests.fakes.meta import FakeMeta
from tests.fakes.publish import FakeClock, FakeMastodon, FakeTelegram
from tests.fakes.s3 import FakeS3
from tests.fakes.vk import FakeVK

if TYPE_CHECKING:
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.services.accounts import AccountService
    from smmdesk_gui.services.publish.service import PublishingService
    from smmdesk_gui.store.db import Store


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


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head once per run: each test's store starts from a copy of it
    (migrating from nothing cost about 30 ms of CPU per test, a third of the quick loop)."""
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.store.db import open_store

    template = AppPaths(tmp_path_factory.mktemp("migrated")).ensure()
    open_store(template.database, template.backups).dispose()  # the last close ends the WAL
    return template.database


@pytest.fixture
def store(paths: Any, migrated_database: Path) -> Iterator[Any]:
    """A freshly migrated store in the test's data folder."""
    from smmdesk_gui.store.db import open_store

    shutil.copyfile(migrated_database, paths.database)
    paths.database.chmod(0o600)
    opened = open_store(paths.database, paths.backups)
    yield opened
    opened.dispose()


@pytest.fixture
def ctx(qapp: Any, store: Any, smm_home: Path) -> Iterator[Any]:
    """An AppContext with a fresh store and the synchronous task runner."""
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.i18n import apply_language
    from smmdesk_gui.ui.tasks import SyncTaskRunner

    qapp.setProperty("smmdesk_no_dialogs", True)
    apply_language(qapp, "en")  # as the app starts in English: with its plural forms
    context = AppContext(paths=AppPaths(smm_home), store=store, tasks=SyncTaskRunner())
    yield context
    if context.ui_settings is not None:
        context.ui_settings.sync()


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FileKeyring:
    """A keyring in a file instead of memory, so a CLI child process sees the test's secrets
    (start it with ``PYTHON_KEYRING_BACKEND=tests.fakes.keyrings.FileKeyring``)."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv(KEYRING_FILE_ENV, str(path))
    ring = FileKeyring(str(path))
    keyring.set_keyring(ring)  # memory_keyring puts the previous one back afterwards
    return ring


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    """The local fake Telegram Bot API."""
    fake = FakeTelegram()
    yield fake
    fake.close()


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    """The local fake Mastodon server."""
    fake = FakeMastodon()
    yield fake
    fake.close()


@pytest.fixture
def meta() -> Iterator[FakeMeta]:
    """The local fake Graph API (Facebook Pages, Instagram, Threads)."""
    fake = FakeMeta()
    yield fake
    fake.close()


@pytest.fixture
def s3() -> Iterator[FakeS3]:
    """The local fake S3-compatible bucket (checks every SigV4 signature)."""
    fake = FakeS3()
    yield fake
    fake.close()


@pytest.fixture
def vk() -> Iterator[FakeVK]:
    """The local fake VK API (one community, its community token and an admin's user token)."""
    fake = FakeVK()
    yield fake
    fake.close()


@pytest.fixture
def clock() -> FakeClock:
    """A clock that the services' ``sleep`` moves forward: retries without real waiting."""
    return FakeClock()


@pytest.fixture
def accounts(store: Store, clock: FakeClock) -> AccountService:
    """An ``AccountService`` with quick connectors (short timeouts) on the fake clock."""
    from smmdesk_gui.services.accounts import AccountService
    from tests.fakes.publish import quick_connector

    return AccountService(store, quick_connector, clock=clock)


@pytest.fixture
def publisher(
    store: Store, paths: AppPaths, accounts: AccountService, clock: FakeClock
) -> PublishingService:
    """A ``PublishingService`` on the fake clock, with a seeded random jitter."""
    import random

    from smmdesk_gui.services.publish.service import PublishingService

    return PublishingService(
        store, paths, accounts, clock=clock, sleep=clock.sleep, rng=random.Random(7)
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Run the quick tests first and the slow ones (servers, installers) last."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is not None)
