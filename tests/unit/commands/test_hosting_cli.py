"""smmdesk-cli photo-hosting, then an Instagram photo post through publish-due, against the
local bucket (tests/fakes/s3.py) and the local Graph API (tests/fakes/meta.py)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui.cli import main
from smmdesk_gui.paths import app_paths
from smmdesk_gui.store.db import open_store
from tests.fakes.meta import FakeMeta
from tests.fakes.publish import schedule
from tests.fakes.s3 import FakeS3


def _set(monkeypatch: pytest.MonkeyPatch, s3: FakeS3, secret: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
    args = ["photo-hosting", "set", "--endpoint", s3.url, "--region", s3.region]
    args += ["--bucket", s3.bucket, "--access-key-id", s3.access_key, "--secret-stdin"]
    return main(args)


def test_photo_hosting_set_then_an_instagram_post_goes_out_from_publish_due(
    meta: FakeMeta,
    s3: FakeS3,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wrong = "wrong-secret-key/0123456789abcdefXYZ"
    assert _set(monkeypatch, s3, wrong) == 1
    out, err = capsys.readouterr()
    assert "refused the keys" in err and wrong not in out + err
    assert main(["photo-hosting", "show", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) is None
    assert _set(monkeypatch, s3, s3.secret_key) == 0
    assert s3.bucket in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO(meta.ig_token + "\n"))
    args = ["accounts", "add", "instagram", "--handle", "corner.bakery", "--server", meta.url]
    assert main([*args, "--secret-stdin", "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert not info["assisted"]
    photo = tmp_path / "rye.png"
    Image.new("RGB", (1080, 1080), (200, 120, 30)).save(photo)
    paths = app_paths()
    store = open_store(paths.database, paths.backups)
    try:
        schedule(store, info["id"], "Rye day", dt.datetime.now(dt.UTC), (photo,), paths.media)
    finally:
        store.dispose()
    assert main(["publish-due"]) == 0
    assert [p["params"]["caption"] for p in meta.published] == ["Rye day"]
    assert len(meta.fetched) == 1 and s3.objects == {}
    assert s3.secret_key not in capsys.readouterr().out
    assert main(["photo-hosting", "remove"]) == 0
    assert "assisted again" in capsys.readouterr().out
