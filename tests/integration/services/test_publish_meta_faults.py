"""SIGKILL between send and record on Facebook (no key: unconfirmed) and Threads (the saved
container is asked: finished once), with the real CLI in a child process."""

from __future__ import annotations

import datetime as dt

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.keyrings import FileKeyring
from tests.fakes.meta import FakeMeta
from tests.fakes.processes import kill_mid_send
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
