"""Secrets never reach a log line, whichever handler writes it (the CLI's stderr with -v too)."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from smmdesk_gui.logs import redact
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.store.db import open_store
from tests.publish_fakes import KEYRING_FILE_ENV, FakeTelegram, FileKeyring, schedule

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ('"POST /bot123456:AAH-x_yz9/sendMessage HTTP/1.1" 200 80', "AAH-x_yz9"),
        ("https://api.telegram.org/bot987:zz-TOP_secret/getMe", "zz-TOP_secret"),
        ("GET /api/v1/streaming?access_token=tok-abc.123&stream=user", "tok-abc.123"),
        ("Authorization: Bearer eyJhbGciOi.payload.sig", "eyJhbGciOi.payload.sig"),
        ("refresh_token=r3fr3sh&client_secret=s3cr3t-v", "r3fr3sh"),
        ("refresh_token=r3fr3sh&client_secret=s3cr3t-v", "s3cr3t-v"),
    ],
)
def test_tokens_in_urls_and_headers_are_redacted_without_being_registered(
    line: str, secret: str
) -> None:
    cleaned = redact(line)
    assert secret not in cleaned and "[secret]" in cleaned


def test_every_handler_gets_redacted_records() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)  # no filter of ours on it
    logger = logging.getLogger("urllib3.test_logs")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        # urllib3's own format: the URL arrives as an argument, not in the message.
        logger.debug('%s://%s "%s %s" %s', "http", "h", "POST", "/bot1:abc-def/x", 200)
        try:
            raise ValueError("Bearer sekrit-value-1")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    text = stream.getvalue()
    assert "abc-def" not in text and "sekrit-value-1" not in text
    assert "/bot[secret]/x" in text and "ValueError: Bearer [secret]" in text


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    path = tmp_path / "keyring.json"
    monkeypatch.setenv(KEYRING_FILE_ENV, str(path))
    ring = FileKeyring(str(path))
    keyring.set_keyring(ring)
    yield ring


@pytest.fixture
def telegram() -> Iterator[FakeTelegram]:
    fake = FakeTelegram(token="123456:VERY-secret_bot-token")
    yield fake
    fake.close()


def _cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.publish_fakes.FileKeyring",
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
    file_keyring: FileKeyring, telegram: FakeTelegram, smm_home: Path
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
        telegram.url,
        "--secret-stdin",
        "--json",
        stdin=telegram.token + "\n",
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
    assert [m["text"] for m in telegram.messages] == ["hello"]
