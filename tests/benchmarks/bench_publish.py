"""Publishing against the local Bluesky reference PDS: posts per second, and the GUI's longest
stall while the window's publisher sends 10 image posts.

References measured in the same run: bare ``createRecord`` calls with ``requests`` (the floor for
one post per request), and the heartbeat's longest gap while idle.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path
from typing import Any

N_POSTS = 40
N_IMAGE_POSTS = 10


def _rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def run() -> list[dict[str, Any]]:
    import keyring
    import requests

    from tests.fakes.keyrings import FileKeyring
    from tests.fakes.publish import schedule
    from tests.pds.server import PdsServer, installed

    if not installed():
        return [
            {
                "benchmark": "publish",
                "measure": "skipped",
                "value": 0,
                "unit": "",
                "note": "run .ci/pds-setup.sh to install the test PDS",
            }
        ]
    from smmdesk_gui.connectors.base import OutgoingPost
    from smmdesk_gui.connectors.bluesky import BlueskyAccount, BlueskyConnector
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.services.accounts import AccountService
    from smmdesk_gui.services.publish.service import PublishingService
    from smmdesk_gui.store.db import open_store

    rows: list[dict[str, Any]] = []
    tmp = Path(tempfile.mkdtemp(prefix="smmdesk-bench-publish-"))
    keyring.set_keyring(FileKeyring(str(tmp / "keyring.json")))
    pds = PdsServer.start()
    try:
        # reference: bare createRecord, one request per post
        ref = pds.create_account()
        token = requests.post(
            f"{pds.url}/xrpc/com.atproto.server.createSession",
            json={"identifier": ref.handle, "password": ref.password},
            timeout=30,
        ).json()["accessJwt"]
        http = requests.Session()
        started = time.perf_counter()
        for i in range(N_POSTS):
            http.post(
                f"{pds.url}/xrpc/com.atproto.repo.createRecord",
                headers={"Authorization": f"Bearer {token}"},
                json={
                    "repo": ref.did,
                    "collection": "app.bsky.feed.post",
                    "record": {
                        "$type": "app.bsky.feed.post",
                        "text": f"bare {i}",
                        "createdAt": dt.datetime.now(dt.UTC).isoformat().replace("+00:00", "Z"),
                    },
                },
                timeout=30,
            ).raise_for_status()
        bare = _rate(N_POSTS, time.perf_counter() - started)
        rows.append(
            {
                "benchmark": "publish",
                "measure": "bare createRecord",
                "value": bare,
                "unit": "posts/s",
                "note": f"{N_POSTS} text posts, local PDS",
            }
        )

        # the connector: getRecord check + applyWrites with a chosen record key
        me = pds.create_account()
        c = BlueskyConnector(BlueskyAccount(me.handle, me.password, pds.url))
        c.check()
        started = time.perf_counter()
        for i in range(N_POSTS):
            c.publish(OutgoingPost(f"connector {i} #bench", c.new_idempotency_key()))
        conn = _rate(N_POSTS, time.perf_counter() - started)
        rows.append(
            {
                "benchmark": "publish",
                "measure": "connector (idempotent)",
                "value": conn,
                "unit": "posts/s",
                "reference": bare,
                "ratio": conn / bare,
                "note": "getRecord first, then applyWrites with a TID record key",
            }
        )

        # the whole queue: claim, attempt rows, send, record
        paths = AppPaths(tmp / "home").ensure()
        store = open_store(paths.database, paths.backups)
        acc = AccountService(store).add("bluesky", me.handle, me.password, server=pds.url)
        now = dt.datetime.now(dt.UTC)
        for i in range(N_POSTS):
            schedule(store, acc.id, f"queued {i}", now - dt.timedelta(seconds=i))
        service = PublishingService(store, paths)
        started = time.perf_counter()
        report = service.publish_due()
        queue = _rate(len(report.published), time.perf_counter() - started)
        rows.append(
            {
                "benchmark": "publish",
                "measure": "publish-due queue",
                "value": queue,
                "unit": "posts/s",
                "reference": bare,
                "ratio": queue / bare,
                "note": f"{len(report.published)} of {N_POSTS} published; claim + audit "
                "trail in SQLite",
            }
        )
        rows.extend(_gui_stall(store, paths, acc.id, tmp))
        store.dispose()
    finally:
        pds.stop()
    return rows


def _gui_stall(store: Any, paths: Any, account_id: int, tmp: Path) -> list[dict[str, Any]]:
    """Longest gap between 5 ms heartbeats on the GUI thread while 10 image posts go out."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from smmdesk_gui.ui.context import AppContext
    from smmdesk_gui.ui.publishing.publisher import GuiPublisher
    from smmdesk_gui.ui.tasks import TaskRunner
    from tests.fakes.publish import schedule

    app = QApplication.instance() or QApplication([])
    clock = QElapsedTimer()
    gaps: list[float] = []

    def measure(seconds: float, until: Any = None) -> float:
        gaps.clear()
        clock.start()
        last = [clock.nsecsElapsed()]

        def beat() -> None:
            t = clock.nsecsElapsed()
            gaps.append((t - last[0]) / 1e6)
            last[0] = t

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(beat)
        timer.start()
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline and not (until and until()):
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        return max(gaps) if gaps else 0.0

    idle = measure(1.0)
    now = dt.datetime.now(dt.UTC)
    for i in range(N_IMAGE_POSTS):
        photo = tmp / f"photo{i}.jpg"
        Image.new("RGB", (4000, 3000), (i * 20, 120, 200)).save(photo, quality=92)
        schedule(store, account_id, f"photo post {i}", now, (photo,), paths.media)
    ctx = AppContext(paths=paths, store=store, tasks=TaskRunner())
    window = QMainWindow()
    publisher = GuiPublisher(ctx, window)
    done: list[Any] = []
    publisher.report_ready.connect(done.append)
    started = time.perf_counter()
    publisher.tick()
    worst = measure(300.0, until=lambda: bool(done))
    elapsed = time.perf_counter() - started
    published = len(done[0].published) if done else 0
    window.deleteLater()
    return [
        {
            "benchmark": "publish",
            "measure": "GUI longest stall, 10 image posts",
            "value": worst,
            "unit": "ms",
            "reference": idle,
            "ratio": worst / idle if idle else None,
            "note": f"{published} published in {elapsed:.1f} s (12 MP photos rendered and sent "
            "off the GUI thread); reference: idle heartbeat",
        },
    ]
