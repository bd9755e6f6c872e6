"""smmdesk-cli accounts add facebook|threads|instagram and publish-due, against the local
Graph API fake (tests/fakes/meta.py)."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from smmdesk_gui.cli import main
from smmdesk_gui.paths import app_paths
from smmdesk_gui.store.db import open_store
from tests.fakes.meta import FakeMeta
from tests.fakes.publish import schedule


def _add(
    monkeypatch: pytest.MonkeyPatch, platform: str, handle: str, server: str, secret: str
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
    args = ["accounts", "add", platform, "--handle", handle, "--server", server]
    return main([*args, "--secret-stdin"])


def test_meta_accounts_add_and_publish_due(
    meta: FakeMeta, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _add(monkeypatch, "facebook", meta.page_id, meta.url, "EAA-wrong") == 2
    err = capsys.readouterr().err
    assert "reconnect" in err and "EAA-wrong" not in err
    assert _add(monkeypatch, "facebook", meta.page_id, meta.url, meta.page_token) == 0
    assert _add(monkeypatch, "threads", "corner.bakery", meta.url, meta.threads_token) == 0
    assert _add(monkeypatch, "instagram", "corner.bakery", meta.url, meta.ig_token) == 0
    capsys.readouterr()
    assert main(["accounts", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    rows = {a["platform"]: a for a in listed}
    assert rows["facebook"]["display_name"] == "Corner Bakery"
    assert not rows["facebook"]["assisted"] and not rows["threads"]["assisted"]
    assert rows["instagram"]["assisted"]  # the token is checked; photos need a host
    # When the token stops working (about 60 days; refreshed by SMM Desk); a Page's never.
    assert rows["threads"]["expires_at"] and rows["instagram"]["expires_at"]
    assert rows["facebook"]["expires_at"] is None
    paths = app_paths().ensure()
    assert meta.page_token.encode() not in paths.database.read_bytes()

    store = open_store(paths.database, paths.backups)
    now = dt.datetime.now(dt.UTC)
    schedule(store, rows["facebook"]["id"], "Open Sunday 8-12", now - dt.timedelta(minutes=1))
    schedule(store, rows["threads"]["id"], "Open Sunday 8-12!", now - dt.timedelta(minutes=1))
    store.dispose()
    assert main(["publish-due", "--json", "--wait", "0"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert sorted(v["text"] for v in report["published"]) == [
        "Open Sunday 8-12",
        "Open Sunday 8-12!",
    ]
    assert [p["message"] for p in meta.posts] == ["Open Sunday 8-12"]
    assert [m["params"]["text"] for m in meta.published] == ["Open Sunday 8-12!"]
    assert main(["publish-due", "--json", "--wait", "0"]) == 0
    assert json.loads(capsys.readouterr().out)["published"] == []
