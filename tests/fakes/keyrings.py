"""Keyring backends for the tests: never the real OS keyring.

``MemoryKeyring`` serves every test (the root conftest installs one); ``FileKeyring`` keeps the
secrets in a JSON file so that a CLI subprocess started by a test sees the same ones.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

KEYRING_FILE_ENV = "SMMDESK_TEST_KEYRING_FILE"
#: ``PYTHON_KEYRING_BACKEND`` for a child process that should use the test's ``FileKeyring``.
FILE_KEYRING_BACKEND = "tests.fakes.keyrings.FileKeyring"


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend; ``locked`` makes every call fail as a locked keyring does."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
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


class FileKeyring(KeyringBackend):
    """A keyring in a JSON file, so a CLI subprocess in a test sees the test's secrets.

    Tests only: selected with ``PYTHON_KEYRING_BACKEND=tests.fakes.keyrings.FileKeyring``
    (``FILE_KEYRING_BACKEND``) and the file named by ``KEYRING_FILE_ENV``.
    """

    priority = -1  # type: ignore[assignment]  # never picked by keyring's own detection

    def __init__(self, path: str | None = None) -> None:
        super().__init__()
        self._path = path

    @property
    def path(self) -> Path:
        return Path(self._path or os.environ[KEYRING_FILE_ENV])

    def _read(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def _write(self, data: dict[str, str]) -> None:
        # Whole or not at all: another process may read while a token is renewed.
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}|{username}"] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if f"{service}|{username}" not in data:
            raise PasswordDeleteError("not found")
        del data[f"{service}|{username}"]
        self._write(data)
