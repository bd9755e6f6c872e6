from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from smmdesk_gui import credentials
from smmdesk_gui.credentials import (
    KeyringLockedError,
    NoKeyringError,
    SecretMissingError,
    SecretRef,
)
from smmdesk_gui.logs import setup_logging
from smmdesk_gui.paths import app_paths
from smmdesk_gui.store.db import open_store
from smmdesk_gui.store.models import Account

PLANTED = "planted-secret-7f3a9c1e5b"  # not a real token: a marker to scan for
REF = SecretRef.for_account("bluesky", "bakery.test", "app_password")


def test_store_and_read_back(memory_keyring: object) -> None:
    credentials.store_secret(REF, PLANTED)
    assert credentials.read_secret(REF) == PLANTED
    credentials.delete_secret(REF)
    with pytest.raises(SecretMissingError):
        credentials.read_secret(REF)
    credentials.delete_secret(REF)  # deleting twice is fine


def test_no_backend_locked_and_missing_are_three_different_messages(memory_keyring: object) -> None:
    messages = set()
    with pytest.raises(SecretMissingError) as missing:
        credentials.read_secret(REF)
    messages.add(str(missing.value))

    memory_keyring.locked = True  # type: ignore[attr-defined]
    with pytest.raises(KeyringLockedError) as locked:
        credentials.read_secret(REF)
    with pytest.raises(KeyringLockedError):
        credentials.store_secret(REF, PLANTED)
    messages.add(str(locked.value))

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(NoKeyringError) as none:
        credentials.store_secret(REF, PLANTED)
    messages.add(str(none.value))
    assert len(messages) == 3
    assert "locked" in str(locked.value).lower()
    assert "reconnect" in str(missing.value).lower()


def test_backend_is_looked_up_on_every_use(memory_keyring: object) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(NoKeyringError):
        credentials.read_secret(REF)
    keyring.set_keyring(memory_keyring)  # type: ignore[arg-type]  # "unlocked later"
    credentials.store_secret(REF, PLANTED)
    assert credentials.read_secret(REF) == PLANTED


def test_secret_never_reaches_database_logs_or_error_text(smm_home: Path) -> None:
    paths = app_paths().ensure()
    setup_logging(paths.log_file)
    store = open_store(paths.database, paths.backups)
    credentials.store_secret(REF, PLANTED)
    with store.session_scope() as s:
        s.add(Account(platform="bluesky", handle="bakery.test", keyring_key=REF.key))
    log = logging.getLogger("smmdesk_gui.test")
    secret = credentials.read_secret(REF)
    log.warning("request failed with token %s", secret)
    try:
        raise RuntimeError(f"server echoed Authorization: Bearer {secret}")
    except RuntimeError:
        log.exception("connector error")
    store.dispose()
    for handler in logging.getLogger().handlers:
        handler.flush()

    scanned = [paths.database, *paths.home.glob("smmdesk.db*"), *paths.logs.glob("*")]
    assert paths.log_file in scanned and paths.log_file.stat().st_size > 0
    for path in scanned:
        data = path.read_bytes()
        assert PLANTED.encode() not in data, f"secret found in {path}"
    assert "[secret]" in paths.log_file.read_text()


def test_keyring_errors_do_not_carry_the_backend_text(memory_keyring: object) -> None:
    class Leaky(type(memory_keyring)):  # type: ignore[misc]
        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError(f"backend failed storing {password}")

    keyring.set_keyring(Leaky())
    with pytest.raises(credentials.CredentialError) as err:
        credentials.store_secret(REF, PLANTED)
    assert PLANTED not in str(err.value)
    assert err.value.__cause__ is None and err.value.__suppress_context__
