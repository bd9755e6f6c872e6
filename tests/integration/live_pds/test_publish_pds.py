"""The queue against the real PDS: the CLI end to end, faults through a proxy, SIGKILL mid-send."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.keyrings import FILE_KEYRING_BACKEND, FileKeyring
from tests.fakes.publish import FakeClock, Fault, Proxy, schedule
from tests.pds.server import PdsAccount, PdsServer

pytestmark = pytest.mark.pds

ROOT = Path(__file__).resolve().parents[3]
APPLY = "/xrpc/com.atproto.repo.applyWrites"


@pytest.fixture
def proxy(pds_server: PdsServer) -> Iterator[Proxy]:
    p = Proxy(pds_server.url)
    yield p
    p.close()


def _cli(home: Path, *args: str, stdin: str | None = None) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": FILE_KEYRING_BACKEND,
        "SMMDESK_HOME": str(home),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "smmdesk_gui.cli", *args],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    if stdin is not None:
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.flush()
    return proc


def _run(home: Path, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
    proc = _cli(home, *args, stdin=stdin)
    out, err = proc.communicate(timeout=120)
    return proc.returncode, out, err


def test_connect_schedule_three_close_and_cli_publishes_them(
    pds_server: PdsServer,
    file_keyring: FileKeyring,
    store: Store,
    paths: AppPaths,
    tmp_path: Path,
) -> None:
    me = pds_server.create_account()
    code, out, err = _run(
        paths.home,
        "accounts",
        "add",
        "bluesky",
        "--handle",
        me.handle,
        "--server",
        pds_server.url,
        "--secret-stdin",
        stdin=me.password + "\n",
    )
    assert code == 0, err
    code, out, _ = _run(paths.home, "accounts", "list", "--json")
    [acc] = json.loads(out)
    assert (acc["platform"], acc["handle"], acc["state"]) == ("bluesky", me.handle, "ok")
    assert me.password not in paths.database.read_bytes().decode("latin-1")
    photo = tmp_path / "mug.png"
    Image.new("RGB", (2400, 1600), (240, 200, 80)).save(photo)
    now = dt.datetime.now(dt.UTC)
    ids = [
        schedule(store, acc["id"], "First post #shop", now - dt.timedelta(minutes=2)),
        schedule(
            store,
            acc["id"],
            "Second, with a photo",
            now - dt.timedelta(minutes=1),
            (photo,),
            paths.media,
        ),
        schedule(store, acc["id"], "Third: https://shop.example", now),
    ]
    code, out, err = _run(paths.home, "publish-due", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert sorted(v["target_id"] for v in report["published"]) == sorted(ids)
    assert all(
        v["url"].startswith(f"https://bsky.app/profile/{me.handle}/post/")
        for v in report["published"]
    )
    records = pds_server.posts(me.did)
    assert sorted(r["value"]["text"] for r in records) == sorted(
        ["First post #shop", "Second, with a photo", "Third: https://shop.example"]
    )
    [with_photo] = [r for r in records if "embed" in r["value"]]
    image = with_photo["value"]["embed"]["images"][0]
    assert image["aspectRatio"] == {"width": 2000, "height": 1333}
    assert image["image"]["size"] <= 976 * 1024
    code, out, _ = _run(paths.home, "publish-due", "--json")
    assert json.loads(out)["published"] == [] and len(pds_server.posts(me.did)) == 3


def _service(store: Store, paths: AppPaths, clock: FakeClock) -> PublishingService:
    return PublishingService(
        store,
        paths,
        AccountService(store, clock=clock),
        clock=clock,
        sleep=clock.sleep,
        rng=random.Random(3),
    )


def _bluesky(store: Store, proxy: Proxy, me: PdsAccount) -> int:
    return AccountService(store).add("bluesky", me.handle, me.password, server=proxy.url).id


def test_faults_on_the_way_to_the_pds_never_lose_or_double_a_post(
    pds_server: PdsServer, proxy: Proxy, store: Store, paths: AppPaths
) -> None:
    me = pds_server.create_account()
    account = _bluesky(store, proxy, me)
    clock = FakeClock()
    targets = [schedule(store, account, f"fault post {i}", clock()) for i in range(4)]
    reset = str(int(time.time()) + 60)
    proxy.add_fault(
        Fault(
            APPLY,
            status=429,
            body={"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
            headers={"RateLimit-Reset": reset},
        ),
        times=3,
    )
    proxy.add_fault(Fault(APPLY, status=502, body=None))
    proxy.add_fault(Fault(APPLY, drop="after"), times=2)  # written, answer lost
    proxy.add_fault(Fault(APPLY, drop="before"))
    svc = _service(store, paths, clock)
    report = svc.publish_due(wait_for_retries=24 * 3600)
    assert sorted(v.target_id for v in report.published) == sorted(targets)
    texts = sorted(r["value"]["text"] for r in pds_server.posts(me.did))
    assert texts == [f"fault post {i}" for i in range(4)]  # four posts, each once
    limited = 0
    for t in targets:  # after a 429 the next try waited for RateLimit-Reset (60 s)
        trail = svc.attempts(t)
        for before, after in zip(trail, trail[1:], strict=False):
            if before[2] == 429:
                limited += 1
                assert (after[0] - before[0]).total_seconds() >= 55
    assert limited == 3


def test_sigkill_between_sent_and_recorded_finishes_once(
    pds_server: PdsServer,
    proxy: Proxy,
    file_keyring: FileKeyring,
    store: Store,
    paths: AppPaths,
) -> None:
    me = pds_server.create_account()
    account = _bluesky(store, proxy, me)
    target = schedule(store, account, "survives a kill", dt.datetime.now(dt.UTC))
    hold = threading.Event()
    proxy.add_fault(Fault(APPLY, hold=hold))
    child = _cli(paths.home, "publish-due", "--json", "--wait", "0")
    deadline = time.monotonic() + 60
    while proxy.count(APPLY) == 0:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=10)
    hold.set()  # the PDS writes the post for a client that is gone
    while not pds_server.posts(me.did):
        assert time.monotonic() < deadline
        time.sleep(0.02)
    svc = PublishingService(store, paths)
    assert [v.state for v in svc.queue()] == ["publishing"]
    report = svc.publish_due()
    assert [v.target_id for v in report.published] == [target]
    assert len(pds_server.posts(me.did)) == 1
    assert [a[1] for a in svc.attempts(target)] == ["retry_wait", "published"]


def test_an_unreadable_ok_from_the_pds_is_checked_not_taken_for_published(
    pds_server: PdsServer, proxy: Proxy, store: Store, paths: AppPaths
) -> None:
    me = pds_server.create_account()
    account = _bluesky(store, proxy, me)
    clock = FakeClock()
    target = schedule(store, account, "checked, then sent", clock())
    # A 200 with a web page, and the write never reached the PDS.
    proxy.add_fault(Fault(APPLY, status=200, body="<html><p>OK</p></html>"))
    svc = _service(store, paths, clock)
    report = svc.publish_due(wait_for_retries=3600)
    assert [v.target_id for v in report.published] == [target]
    assert [a[1] for a in svc.attempts(target)] == ["retry_wait", "published"]
    assert [r["value"]["text"] for r in pds_server.posts(me.did)] == ["checked, then sent"]
