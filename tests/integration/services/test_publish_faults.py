"""Faults: 429 storms, 5xx, timeouts, dropped connections, 401, SIGKILL mid-send, two publishers.

For each: no post lost, none sent twice, a clear state for the owner.
"""

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
from tests.fakes.publish import (
    FakeClock,
    FakeMastodon,
    FakeTelegram,
    Fault,
    schedule,
)


def test_429_storm_obeys_retry_after_then_sends_once(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    telegram: FakeTelegram,
    clock: FakeClock,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(store, acc.id, "storm", clock())
    telegram.add_fault(FakeTelegram.rate_limited(30, "/sendMessage"), times=5)
    report = publisher.publish_due(wait_for_retries=3600)
    assert [v.target_id for v in report.published] == [target]
    assert len(telegram.messages) == 1
    assert len(clock.sleeps) == 5 and all(s >= 30 for s in clock.sleeps)
    outcomes = [a[1] for a in publisher.attempts(target)]
    assert outcomes == ["retry_wait"] * 5 + ["published"]
    assert all(a[2] == 429 for a in publisher.attempts(target)[:5])


def test_5xx_timeouts_and_lost_answers_on_mastodon_publish_once(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    mastodon: FakeMastodon,
    clock: FakeClock,
) -> None:
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    target = schedule(store, acc.id, "resilient", clock())
    mastodon.add_fault(Fault("/api/v1/statuses", status=502, body={"error": "Bad gateway"}))
    mastodon.add_fault(Fault("/api/v1/statuses", delay=1.3))  # processed after we gave up
    mastodon.add_fault(Fault("/api/v1/statuses", drop="after"))  # processed, answer lost
    mastodon.add_fault(Fault("/api/v1/statuses", drop="before"))
    report = publisher.publish_due(wait_for_retries=6 * 3600)
    assert [v.target_id for v in report.published] == [target]
    assert len(mastodon.statuses) == 1  # the Idempotency-Key held
    backoffs = clock.sleeps
    assert len(backoffs) == 4 and backoffs == sorted(backoffs)  # growing backoff


def test_telegram_lost_answer_is_unconfirmed_and_never_resent(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    telegram: FakeTelegram,
    clock: FakeClock,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(store, acc.id, "maybe sent", clock())
    telegram.add_fault(Fault("/sendMessage", drop="after"))
    report = publisher.publish_due(wait_for_retries=3600)
    [view] = report.unconfirmed
    assert view.target_id == target and "mark it as published" in (view.message or "")
    clock.advance(7200)
    assert publisher.publish_due(wait_for_retries=3600).published == []
    assert len(telegram.messages) == 1
    assert publisher.mark_done(target, "https://t.me/shopnews/1").state == "published"


def test_401_stops_and_turns_the_account_to_needs_reconnect(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    telegram: FakeTelegram,
    clock: FakeClock,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    first = schedule(store, acc.id, "one", clock())
    second = schedule(store, acc.id, "two", clock() + dt.timedelta(seconds=1))
    telegram.token = "555:new-token"  # the old one was revoked in BotFather
    report = publisher.publish_due()
    assert [v.target_id for v in report.failed] == [first]
    assert "BotFather" in (report.failed[0].message or "")
    assert accounts.get(acc.id).state == "needs_reconnect"
    clock.advance(5)
    report = publisher.publish_due()
    assert [v.target_id for v in report.waiting_for_account] == [second]
    accounts.reconnect(acc.id, telegram.token)
    publisher.post_now(first)
    report = publisher.publish_due()
    assert sorted(v.target_id for v in report.published) == [first, second]
    assert sorted(m["text"] for m in telegram.messages) == ["one", "two"]


def test_endless_5xx_gives_up_with_a_clear_state(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    telegram: FakeTelegram,
    clock: FakeClock,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(store, acc.id, "never", clock())
    telegram.add_fault(
        Fault(
            "/sendMessage",
            status=500,
            body={"ok": False, "error_code": 500, "description": "Internal Server Error"},
        ),
        times=20,
    )
    report = publisher.publish_due(wait_for_retries=24 * 3600)
    # A 5xx may mean Telegram got it: with no idempotency, stop at once and ask the owner.
    [view] = report.unconfirmed
    assert view.target_id == target and telegram.messages == []


# -- other processes ---------------------------------------------------------------------------


def test_two_publishers_at_once_send_each_post_exactly_once(
    file_keyring: FileKeyring, store: Store, paths: AppPaths, telegram: FakeTelegram
) -> None:
    accounts = AccountService(store)
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    now = dt.datetime.now(dt.UTC)
    targets = [
        schedule(store, acc.id, f"post {i}", now - dt.timedelta(seconds=i)) for i in range(12)
    ]
    procs = [cli_process(paths.home, "publish-due", "--json", "--wait", "0") for _ in range(2)]
    # ... and a third publisher in this process, on its own connection, at the same time.
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
    reports = [json.loads(o[0]) for o in outs]
    sent = [v["target_id"] for r in reports for v in r["published"]]
    sent += [v.target_id for v in third_report[0].published]
    assert sorted(sent) == sorted(targets)  # each claimed by exactly one publisher
    texts = sorted(m["text"] for m in telegram.messages)
    assert texts == sorted(f"post {i}" for i in range(12))  # none lost, none twice
    svc = PublishingService(store, paths, accounts)
    assert {v.target_id for v in svc.queue(("published",))} == set(targets)


def test_sigkill_mid_send_without_idempotency_is_unconfirmed(
    file_keyring: FileKeyring, store: Store, paths: AppPaths, telegram: FakeTelegram
) -> None:
    accounts = AccountService(store)
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(store, acc.id, "killed", dt.datetime.now(dt.UTC))
    kill_mid_send(paths.home, telegram, "/sendMessage")
    svc = PublishingService(store, paths, accounts)
    assert [v.state for v in svc.queue()] == ["publishing"]  # the dead process's claim
    report = svc.publish_due()
    [view] = report.unconfirmed
    assert view.target_id == target
    assert "cannot know whether it went out" in (view.message or "")
    assert len(telegram.messages) == 1
    assert svc.publish_due().published == [] and len(telegram.messages) == 1


def test_sigkill_mid_send_with_idempotency_finishes_once(
    file_keyring: FileKeyring, store: Store, paths: AppPaths, mastodon: FakeMastodon
) -> None:
    accounts = AccountService(store)
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    target = schedule(store, acc.id, "killed but safe", dt.datetime.now(dt.UTC))
    kill_mid_send(paths.home, mastodon, "/api/v1/statuses")
    svc = PublishingService(store, paths, accounts)
    report = svc.publish_due()
    assert [v.target_id for v in report.published] == [target]
    assert len(mastodon.statuses) == 1
    assert [a[1] for a in svc.attempts(target)] == ["retry_wait", "published"]


def test_endless_5xx_with_idempotency_stops_after_max_attempts(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    mastodon: FakeMastodon,
    clock: FakeClock,
) -> None:
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    target = schedule(store, acc.id, "never", clock())
    mastodon.add_fault(
        Fault("/api/v1/statuses", status=503, body={"error": "Service Unavailable"}), times=50
    )
    report = publisher.publish_due(wait_for_retries=7 * 24 * 3600)
    [view] = report.failed
    assert view.target_id == target and "kept failing after 8 tries" in (view.message or "")
    assert len(publisher.attempts(target)) == 8 and mastodon.statuses == []
    assert max(clock.sleeps) <= 30 * 60 * 1.2  # backoff is capped
