"""Issue 14, "done when", from ``smmdesk-cli`` in child processes: one post with a photo
scheduled for Instagram, a Facebook Page, Threads and a VK community (accounts added with
``accounts add ... --server URL --secret-stdin``, the owner's bucket with ``photo-hosting set``)
goes out once each from ``publish-due``; a second run sends nothing again."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.store.db import open_store
from smmdesk_gui.store.models import PostTarget
from tests.fakes.keyrings import FILE_KEYRING_BACKEND, FileKeyring
from tests.fakes.meta import FakeMeta
from tests.fakes.processes import ROOT
from tests.fakes.publish import schedule
from tests.fakes.s3 import FakeS3
from tests.fakes.vk import FakeVK


def _cli(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """``smmdesk-cli ARGS`` in a child on ``home`` with the test's file keyring, fed ``stdin``
    (the secrets: never on the command line)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": FILE_KEYRING_BACKEND,
        "SMMDESK_HOME": str(home),
    }
    done = subprocess.run(
        [sys.executable, "-m", "smmdesk_gui.cli", *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


def _add(home: Path, platform: str, handle: str, server: str, *secrets: str) -> dict[str, object]:
    args = ["accounts", "add", platform, "--handle", handle, "--server", server, "--secret-stdin"]
    if len(secrets) > 1:
        args.append("--user-token-stdin")  # VK: an administrator's token, for photos
    out = _cli(home, *args, "--json", stdin="".join(f"{s}\n" for s in secrets)).stdout
    info: dict[str, object] = json.loads(out)
    return info


def test_a_photo_post_for_instagram_facebook_threads_and_vk_goes_out_once_each_from_publish_due(
    file_keyring: FileKeyring,
    paths: AppPaths,
    meta: FakeMeta,
    vk: FakeVK,
    s3: FakeS3,
    tmp_path: Path,
) -> None:
    home = paths.home
    hosting = ["photo-hosting", "set", "--endpoint", s3.url, "--region", s3.region]
    hosting += ["--bucket", s3.bucket, "--access-key-id", s3.access_key, "--secret-stdin"]
    _cli(home, *hosting, stdin=s3.secret_key + "\n")
    accounts = [
        _add(home, "instagram", "corner.bakery", meta.url, meta.ig_token),
        _add(home, "facebook", meta.page_id, meta.url, meta.page_token),
        _add(home, "threads", "corner.bakery", meta.url, meta.threads_token),
        _add(home, "vk", "korenbloem", vk.url, vk.community_token, vk.user_token),
    ]
    assert [a["assisted"] for a in accounts] == [False] * 4  # Instagram: the bucket hosts
    listed = json.loads(_cli(home, "accounts", "list", "--json").stdout)
    assert sorted(a["platform"] for a in listed) == ["facebook", "instagram", "threads", "vk"]

    photo = tmp_path / "rye.png"
    Image.new("RGB", (1080, 1080), (200, 120, 30)).save(photo)
    now = dt.datetime.now(dt.UTC)
    store = open_store(paths.database, paths.backups)
    try:  # one post, four targets, due now (the composer's shape of a scheduled post)
        first = schedule(store, int(str(accounts[0]["id"])), "Rye day", now, (photo,), paths.media)
        with store.session_scope() as s:
            post_id = s.get(PostTarget, first).post_id
            for a in accounts[1:]:
                s.add(
                    PostTarget(
                        post_id=post_id,
                        account_id=int(str(a["id"])),
                        scheduled_at=now,
                        state="scheduled",
                    )
                )
    finally:
        store.dispose()

    report = json.loads(_cli(home, "publish-due", "--json", "--wait", "0").stdout)
    assert len(report["published"]) == 4, report
    again = json.loads(_cli(home, "publish-due", "--json", "--wait", "0").stdout)
    assert again["published"] == [], again

    # Instagram and Threads: one photo container each, published once, fetched from the bucket.
    ig, th = sorted(meta.published, key=lambda m: "threads" in m["permalink"])
    assert ig["params"]["caption"] == "Rye day" and "instagram.com" in ig["permalink"]
    assert th["params"]["media_type"] == "IMAGE" and th["params"]["text"] == "Rye day"
    assert len(meta.published) == 2
    assert all(m["params"]["image_url"] in meta.fetched for m in meta.published)
    assert all(body.startswith(b"\xff\xd8") for body in meta.fetched.values())
    assert s3.objects == {}  # deleted after publishing
    # Facebook: one Page post with the photo uploaded (no bucket needed).
    [fb] = meta.posts
    assert fb["message"] == "Rye day" and len(fb["photos"]) == 1
    # VK: one wall post with the photo uploaded with the user token.
    [wall] = vk.posts
    assert wall["text"] == "Rye day" and len(wall["attachments"]) == 1
    assert wall["attachments"][0].startswith("photo")
    # No secret in the database.
    assert meta.ig_token.encode() not in paths.database.read_bytes()
    assert vk.user_token.encode() not in paths.database.read_bytes()
