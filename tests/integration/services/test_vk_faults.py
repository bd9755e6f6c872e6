"""VK across processes: two publishers at once, SIGKILL between wall.post and its record."""

from __future__ import annotations

import datetime as dt
import json
import threading

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store, open_store
from tests.fakes.keyrings import FileKeyring
from tests.fakes.processes import cli_process, kill_mid_send
from tests.fakes.publish import schedule
from tests.fakes.vk import FakeVK


def test_two_publishers_at_once_post_each_vk_post_exactly_once(
    file_keyring: FileKeyring, store: Store, paths: AppPaths, vk: FakeVK
) -> None:
    accounts = AccountService(store)
    acc = accounts.add("vk", "korenbloem", vk.community_token, server=vk.url)
    now = dt.datetime.now(dt.UTC)
    targets = [
        schedule(store, acc.id, f"vk post {i}", now - dt.timedelta(seconds=i)) for i in range(8)
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
    assert sorted(p["text"] for p in vk.posts) == sorted(f"vk post {i}" for i in range(8))


def test_sigkill_during_wall_post_is_unconfirmed_and_never_resent(
    file_keyring: FileKeyring, store: Store, paths: AppPaths, vk: FakeVK
) -> None:
    accounts = AccountService(store)
    acc = accounts.add("vk", "korenbloem", vk.community_token, server=vk.url)
    target = schedule(store, acc.id, "killed", dt.datetime.now(dt.UTC))
    kill_mid_send(paths.home, vk, "/method/wall.post")
    svc = PublishingService(store, paths, accounts)
    [view] = svc.publish_due().unconfirmed
    assert view.target_id == target
    assert "cannot know whether it went out" in (view.message or "")
    assert len(vk.posts) == 1
    assert svc.publish_due().published == [] and len(vk.posts) == 1
