"""SIGKILL between send and record on Facebook (no key: unconfirmed) and Threads (the saved
container is asked: finished once), and two publishers at once, with the real CLI in child
processes."""

from __future__ import annotations

import datetime as dt
import json
import threading

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store, open_store
from tests.fakes.keyrings import FileKeyring
from tests.fakes.meta import FakeMeta
from tests.fakes.processes import cli_process, kill_mid_send
from tests.fakes.publish import schedule


def test_sigkill_mid_facebook_post_is_unconfirmed(
    file_keyring: FileKeyring, store: Store, paths: AppPaths, meta: FakeMeta
) -> None:
    accounts = AccountService(store)
    acc = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    target = schedule(store, acc.id, "killed", dt.datetime.now(dt.UTC))
    kill_mid_send(paths.home, meta, "/feed")
    svc = PublishingService(store, paths, accounts)
    [view] = svc.publish_due().unconfirmed
    assert view.target_id == target and "cannot know whether it went out" in (view.message or "")
    assert svc.publish_due().published == [] and len(meta.posts) == 1


def test_sigkill_mid_threads_publish_finishes_once(
    file_keyring: FileKeyring, store: Store, paths: AppPaths, meta: FakeMeta
) -> None:
    accounts = AccountService(store)
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    target = schedule(store, acc.id, "killed but safe", dt.datetime.now(dt.UTC))
    kill_mid_send(paths.home, meta, "/threads_publish")
    svc = PublishingService(store, paths, accounts, sleep=lambda _s: None)
    report = svc.publish_due()
    assert [v.target_id for v in report.published] == [target]
    assert len(meta.published) == 1 and len(meta.containers) == 1
    assert [a[1] for a in svc.attempts(target)] == ["retry_wait", "published"]


def test_two_publishers_at_once_post_each_meta_post_exactly_once(
    file_keyring: FileKeyring, store: Store, paths: AppPaths, meta: FakeMeta
) -> None:
    # Both accounts were connected eight days ago: their runs also find the Threads token due
    # for renewal, and only one of them may renew it.
    then = dt.datetime.now(dt.UTC) - dt.timedelta(days=8)
    accounts = AccountService(store, clock=lambda: then)
    fb = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    th = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    now = dt.datetime.now(dt.UTC)
    targets = [
        schedule(store, (fb if i % 2 else th).id, f"meta post {i}", now - dt.timedelta(seconds=i))
        for i in range(8)
    ]
    procs = [cli_process(paths.home, "publish-due", "--json", "--wait", "0") for _ in range(2)]
    third_report = []

    def third() -> None:
        own = open_store(paths.database, paths.backups)
        try:
            third_report.append(PublishingService(own, paths).publish_due())
        finally:
            own.dispose()

    local = threading.Thread(target=third)
    local.start()
    outs = [p.communicate(timeout=120) for p in procs]
    local.join(120)
    assert all(p.returncode == 0 for p in procs), [o[1] for o in outs]
    sent = [v["target_id"] for o in outs for v in json.loads(o[0])["published"]]
    sent += [v.target_id for v in third_report[0].published]
    assert sorted(sent) == sorted(targets)
    texts = sorted(
        [p["message"] for p in meta.posts] + [m["params"]["text"] for m in meta.published]
    )
    assert texts == sorted(f"meta post {i}" for i in range(8))
    assert len(meta.containers) == 4
    assert meta.refreshes == ["threads"]  # renewed once, and the keyring has the new token
    assert meta.threads_token in file_keyring.path.read_text()
