"""Mastodon sign-in with OAuth and an out-of-band code, against the local fake Mastodon."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from smmdesk_gui import credentials
from smmdesk_gui.connectors import mastodon_oauth
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountError, AccountService, oauth_app_ref
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.keyrings import FILE_KEYRING_BACKEND, FileKeyring
from tests.fakes.publish import FakeMastodon, schedule

ROOT = Path(__file__).resolve().parents[3]
# Not ``-m smmdesk_gui.cli``: run as __main__, its UserError would be a second class.
CLI = [sys.executable, "-c", "from smmdesk_gui.cli import main; raise SystemExit(main())"]


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    fake = FakeMastodon(processing_polls=0)
    yield fake
    fake.close()


def test_sign_in_registers_once_opens_authorize_and_the_code_gives_a_working_token(
    store: Store, paths: AppPaths, mastodon: FakeMastodon
) -> None:
    service = AccountService(store)
    start = service.mastodon_sign_in(mastodon.url + "/")
    url = urllib.parse.urlsplit(start.authorize_url)
    query = dict(urllib.parse.parse_qsl(url.query))
    assert url.path == "/oauth/authorize"
    assert query["redirect_uri"] == "urn:ietf:wg:oauth:2.0:oob"
    assert query["response_type"] == "code" and query["scope"] == "read write"
    assert query["code_challenge_method"] == "S256" and query["client_id"] in mastodon.apps
    code = mastodon.approve(start.authorize_url)
    info = service.mastodon_finish_sign_in(start, code)  # no handle: the server names it
    assert (info.platform, info.handle, info.state) == ("mastodon", "shop", "ok")
    token = credentials.read_secret(credentials.SecretRef.for_account("mastodon", "shop", "secret"))
    assert token in mastodon.issued_tokens
    with pytest.raises(AccountError, match="did not accept that code"):
        service.mastodon_finish_sign_in(start, code, "again")  # a code works once
    # The token publishes like a pasted one.
    target = schedule(store, info.id, "Signed in with OAuth", dt.datetime.now(dt.UTC))
    report = PublishingService(store, paths).publish_due()
    assert [v.target_id for v in report.published] == [target]
    assert mastodon.statuses[-1]["text"] == "Signed in with OAuth"
    # The next sign-in (a reconnect) reuses the registration.
    again = service.mastodon_sign_in(mastodon.url)
    assert len(mastodon.apps) == 1 and again.app == start.app
    assert again.code_verifier != start.code_verifier
    reconnected = service.mastodon_finish_sign_in(
        again, mastodon.approve(again.authorize_url), account_id=info.id
    )
    assert reconnected.state == "ok" and len(mastodon.issued_tokens) == 2


def test_wrong_code_lost_registration_and_bad_server_say_what_to_do(
    store: Store, mastodon: FakeMastodon
) -> None:
    service = AccountService(store)
    start = service.mastodon_sign_in(mastodon.url)
    with pytest.raises(AccountError, match="open the sign-in page again"):
        service.mastodon_finish_sign_in(start, "not-the-code", "shop")
    with pytest.raises(AccountError, match="Paste the code"):
        service.mastodon_finish_sign_in(start, "  ", "shop")
    # A verifier that does not match the challenge is refused (PKCE).
    code = mastodon.approve(start.authorize_url)
    forged = mastodon_oauth.OAuthStart(start.app, start.authorize_url, "another-verifier")
    with pytest.raises(AccountError, match="did not accept that code"):
        service.mastodon_finish_sign_in(forged, code, "shop")
    # The server forgot SMM Desk's registration: say so, and register anew next time.
    mastodon.apps.clear()
    with pytest.raises(AccountError, match="no longer knows"):
        service.mastodon_finish_sign_in(start, "code-1", "shop")
    with pytest.raises(credentials.SecretMissingError):
        credentials.read_secret(oauth_app_ref(mastodon.url))
    fresh = service.mastodon_sign_in(mastodon.url)
    assert fresh.app.client_id != start.app.client_id and len(mastodon.apps) == 1
    with pytest.raises(AccountError, match="did not let SMM Desk register"):
        service.mastodon_sign_in(mastodon.url + "/not-mastodon")
    with pytest.raises(AccountError, match="server's address"):
        service.mastodon_sign_in("  ")
    assert service.list_accounts() == []


def test_cli_accounts_add_mastodon_oauth_prints_the_address_and_reads_the_code(
    file_keyring: FileKeyring, smm_home: Path, mastodon: FakeMastodon
) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": FILE_KEYRING_BACKEND,
        "SMMDESK_HOME": str(smm_home),
    }
    args = ["accounts", "add", "mastodon", "--handle", "shop", "--server", mastodon.url]
    proc = subprocess.Popen(
        [*CLI, *args, "--oauth", "--json"],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None and proc.stdin is not None
    lines = []
    while not lines or not lines[-1].startswith("Then paste"):
        lines.append(proc.stderr.readline().strip())
        assert lines[-1] or proc.poll() is None, lines
    [url] = [line for line in lines if line.startswith("http")]
    proc.stdin.write(mastodon.approve(url) + "\n")
    proc.stdin.flush()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    account = json.loads(out)
    assert (account["platform"], account["handle"], account["state"]) == ("mastodon", "shop", "ok")
    assert any(v in mastodon.issued_tokens for v in file_keyring._read().values())
    # The token path stays as it was; mixing both is refused with a plain message.
    both = subprocess.run(
        [*CLI, *args, "--oauth", "--secret-stdin"],
        env=env,
        input="x\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert both.returncode == 2 and "either --oauth or --secret-stdin" in both.stderr
