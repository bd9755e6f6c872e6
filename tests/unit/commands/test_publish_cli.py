"""smmdesk-cli accounts add/list/check and publish-due, in process, against a local Telegram."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from smmdesk_gui.cli import main
from smmdesk_gui.paths import app_paths
from smmdesk_gui.store.db import open_store
from tests.fakes.publish import FakeTelegram, schedule
from tests.fakes.vk import FakeVK


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_accounts_and_publish_due(
    telegram: FakeTelegram, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("1:wrong\n"))
    args = ["accounts", "add", "telegram", "--handle", "@shopnews", "--server", telegram.url]
    assert main([*args, "--secret-stdin"]) == 2
    assert "BotFather" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(telegram.token + "\n"))
    assert main([*args, "--secret-stdin"]) == 0
    assert main(["accounts", "add", "instagram", "--handle", "shop.ig"]) == 0
    capsys.readouterr()
    assert main(["accounts", "list", "--json"]) == 0
    listed = _json(capsys)
    assert [(a["platform"], a["handle"], a["state"]) for a in listed] == [  # type: ignore[union-attr]
        ("instagram", "shop.ig", "ok"),
        ("telegram", "@shopnews", "ok"),
    ]
    tg_id = next(a["id"] for a in listed if a["platform"] == "telegram")  # type: ignore[union-attr]
    assert main(["accounts", "check", "--json"]) == 0
    capsys.readouterr()

    paths = app_paths().ensure()
    store = open_store(paths.database, paths.backups)
    now = dt.datetime.now(dt.UTC)
    schedule(store, tg_id, "due <now> & then", now - dt.timedelta(minutes=1))
    schedule(store, tg_id, "missed", now - dt.timedelta(hours=4))
    store.dispose()
    assert main(["publish-due", "--json", "--wait", "0"]) == 0
    report = _json(capsys)
    assert [v["text"] for v in report["published"]] == ["due <now> & then"]  # type: ignore[index]
    assert [v["text"] for v in report["missed"]] == ["missed"]  # type: ignore[index]
    assert telegram.messages[0]["text"] == "due <now> & then"

    telegram.token = "9:rotated"
    assert main(["accounts", "check"]) == 1
    assert "needs_reconnect" in capsys.readouterr().out


def test_bad_input_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["accounts", "add", "myspace", "--handle", "x"]) == 2
    assert "Unknown platform" in capsys.readouterr().err
    assert main(["accounts", "add", "mastodon", "--handle", "x", "--secret-stdin"]) == 2


@pytest.mark.parametrize("server", ["mastodon.social", "http://mastodon.example"])
def test_a_server_without_https_is_a_plain_input_error(
    server: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a-token\n"))
    args = ["accounts", "add", "mastodon", "--handle", "shop", "--server", server]
    assert main([*args, "--secret-stdin"]) == 2
    err = capsys.readouterr().err
    assert "https://" in err and "try again" not in err


def test_accounts_add_vk_with_a_user_token_and_publish_due(
    vk: FakeVK, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["accounts", "add", "vk", "--handle", "korenbloem", "--server", vk.url]
    monkeypatch.setattr("sys.stdin", io.StringIO("vk1.a.wrong\n"))
    assert main([*args, "--secret-stdin"]) == 2
    assert "community token" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{vk.community_token}\n{vk.user_token}\n"))
    assert main([*args, "--secret-stdin", "--user-token-stdin", "--json"]) == 0
    info = _json(capsys)
    assert info["platform"] == "vk" and info["display_name"] == "Korenbloem"  # type: ignore[index]
    assert not info["assisted"]  # type: ignore[index]
    store = open_store(app_paths().database, app_paths().backups)
    try:
        schedule(store, info["id"], "From the CLI", dt.datetime.now(dt.UTC))  # type: ignore[index]
    finally:
        store.dispose()
    assert main(["publish-due"]) == 0
    assert [p["text"] for p in vk.posts] == ["From the CLI"]
    assert vk.community_token not in capsys.readouterr().out
