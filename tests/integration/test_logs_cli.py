"""The CLI's stderr with -v never shows the Telegram bot token (urllib3's debug lines included)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.store.db import open_store
from tests.fakes.keyrings import FILE_KEYRING_BACKEND, FileKeyring
from tests.fakes.publish import FakeTelegram, schedule

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def token_telegram() -> Iterator[FakeTelegram]:
    """The fake Bot API with a token that is easy to find in any output."""
    fake = FakeTelegram(token="123456:VERY-secret_bot-token")
    yield fake
    fake.close()


def _cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": FILE_KEYRING_BACKEND,
        "SMMDESK_HOME": str(home),
    }
    return subprocess.run(
        [sys.executable, "-m", "smmdesk_gui.cli", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_verbose_cli_never_prints_the_bot_token(
    file_keyring: FileKeyring, token_telegram: FakeTelegram, smm_home: Path
) -> None:
    added = _cli(
        smm_home,
        "-v",
        "accounts",
        "add",
        "telegram",
        "--handle",
        "@shopnews",
        "--server",
        token_telegram.url,
        "--secret-stdin",
        "--json",
        stdin=token_telegram.token + "\n",
    )
    assert added.returncode == 0, added.stderr
    assert "/getMe" in added.stderr  # urllib3's debug lines were printed ...
    assert "VERY-secret_bot-token" not in added.stderr  # ... without the token
    from smmdesk_gui.paths import AppPaths

    paths = AppPaths(smm_home)
    store = open_store(paths.database, paths.backups)
    try:
        [account] = AccountService(store).list_accounts()
        schedule(store, account.id, "hello", dt.datetime.now(dt.UTC))
    finally:
        store.dispose()
    sent = _cli(smm_home, "-v", "publish-due", "--wait", "0")
    assert sent.returncode == 0, sent.stderr
    assert "/sendMessage" in sent.stderr and "VERY-secret_bot-token" not in sent.stderr
    assert [m["text"] for m in token_telegram.messages] == ["hello"]
