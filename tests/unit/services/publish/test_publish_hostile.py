"""Hostile answers and faults (issue 15): one bad target never stops the queue, and every state
after an ambiguous answer is the honest one."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from smmdesk_gui.connectors.base import TokenCache
from smmdesk_gui.connectors.registry import AccountConfig
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountError, AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.publish import (
    FakeClock,
    FakeMastodon,
    FakeServer,
    FakeTelegram,
    Fault,
    Request,
    quick_connector,
    schedule,
)

DAY = 24 * 3600


def _no_later_than_a_day(when: dt.datetime | None, now: dt.datetime) -> bool:
    # A day, plus the few seconds of jitter on top of a platform's wait.
    return when is not None and now < when <= now + dt.timedelta(seconds=DAY + 10)


@pytest.mark.parametrize("retry_after", [1e300, 99999999999, "soon", float("inf")])
def test_absurd_telegram_retry_after_waits_at_most_a_day_and_the_queue_goes_on(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    telegram: FakeTelegram,
    clock: FakeClock,
    retry_after: Any,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    first = schedule(store, acc.id, "first", clock())
    second = schedule(store, acc.id, "second", clock() + dt.timedelta(seconds=1))
    clock.advance(2)
    telegram.add_fault(
        Fault(
            "/sendMessage",
            status=429,
            body={
                "ok": False,
                "error_code": 429,
                "description": "Too Many Requests",
                "parameters": {"retry_after": retry_after},
            },
        )
    )
    report = publisher.publish_due()
    assert [v.target_id for v in report.published] == [second]
    [waiting] = report.retrying
    assert waiting.target_id == first and waiting.error_kind == "rate_limited"
    assert _no_later_than_a_day(waiting.next_attempt_at, clock())
    assert report.missed == []


@pytest.mark.parametrize("header", ["Fri, 31 Dec 9999 23:59:59 GMT", "99999999999", "1e400"])
def test_absurd_mastodon_retry_after_header_waits_at_most_a_day(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    mastodon: FakeMastodon,
    clock: FakeClock,
    header: str,
) -> None:
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    first = schedule(store, acc.id, "first", clock())
    second = schedule(store, acc.id, "second", clock() + dt.timedelta(seconds=1))
    clock.advance(2)
    mastodon.add_fault(
        Fault(
            "/api/v1/statuses",
            status=429,
            body={"error": "Too many requests"},
            headers={"Retry-After": header},
        )
    )
    report = publisher.publish_due()
    assert [v.target_id for v in report.published] == [second]
    [waiting] = report.retrying
    assert waiting.target_id == first
    assert _no_later_than_a_day(waiting.next_attempt_at, clock())
    # The next run (a day later) sends it; nothing crashed, nothing was missed.
    clock.advance(DAY + 11)
    assert [v.target_id for v in publisher.publish_due().published] == [first]
    assert [s["text"] for s in mastodon.statuses] == ["second", "first"]


def test_an_unexpected_error_in_one_target_is_recorded_and_the_others_go_out(
    store: Store,
    paths: AppPaths,
    clock: FakeClock,
    telegram: FakeTelegram,
    mastodon: FakeMastodon,
) -> None:
    def factory(config: AccountConfig, secret: str, tokens: TokenCache | None) -> Any:
        if config.platform == "mastodon" and secret == "broken":
            raise RuntimeError("a bug while building the connector")
        return quick_connector(config, secret, tokens)

    accounts = AccountService(store, factory, clock=clock)
    masto = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    tg = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    from smmdesk_gui import credentials
    from smmdesk_gui.services.accounts import secret_ref

    credentials.store_secret(secret_ref("mastodon", "shop"), "broken")
    bad = schedule(store, masto.id, "to mastodon", clock())
    good = schedule(store, tg.id, "to telegram", clock() + dt.timedelta(seconds=1))
    clock.advance(2)
    publisher = PublishingService(store, paths, accounts, clock=clock, sleep=clock.sleep)
    report = publisher.publish_due()
    assert [v.target_id for v in report.published] == [good]
    [view] = report.retrying
    assert view.target_id == bad and "RuntimeError" in (view.message or "")
    assert [a[1] for a in publisher.attempts(bad)] == ["retry_wait"]
    assert publisher.view(bad).state == "retry_wait"  # never left "publishing"


# -- secrets only over https, and never on to another host --------------------------------------


class _Elsewhere(FakeServer):
    """Takes anything and answers like a Mastodon status (what a hostile redirect target does)."""

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        return 200, {"id": "666", "url": "https://elsewhere.test/666"}, {}


def test_a_status_redirected_to_another_host_is_not_published(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    mastodon: FakeMastodon,
    clock: FakeClock,
) -> None:
    elsewhere = _Elsewhere()
    try:
        acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
        target = schedule(store, acc.id, "hello", clock())
        where = elsewhere.url.replace("127.0.0.1", "localhost") + "/api/v1/statuses"
        mastodon.add_fault(Fault("/api/v1/statuses", status=307, headers={"Location": where}))
        report = publisher.publish_due()
    finally:
        elsewhere.close()
    assert report.published == [] and elsewhere.log == []
    [view] = report.failed
    assert view.target_id == target and "another address" in (view.message or "")
    assert mastodon.statuses == []


@pytest.mark.parametrize(
    ("server", "words"),
    [
        ("http://mastodon.example", "unencrypted"),
        ("mastodon.example", "full server address"),
    ],
)
def test_a_server_address_that_would_expose_the_token_is_refused_at_connect(
    accounts: AccountService, server: str, words: str
) -> None:
    with pytest.raises(AccountError) as err:
        accounts.add("mastodon", "shop", "a-real-looking-token", server=server)
    assert words in str(err.value) and "https://" in str(err.value)
    assert "try again" not in str(err.value)
    assert accounts.list_accounts() == []


# -- ambiguous answers ----------------------------------------------------------------------------


def test_telegram_answering_200_with_a_web_page_is_unconfirmed_not_failed(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    telegram: FakeTelegram,
    clock: FakeClock,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(store, acc.id, "maybe out", clock())
    telegram.add_fault(Fault("/sendMessage", status=200, body="<html><p>OK</p></html>"))
    report = publisher.publish_due(wait_for_retries=3600)
    [view] = report.unconfirmed
    assert view.target_id == target and "mark it as published" in (view.message or "")
    assert report.failed == [] and report.retrying == []
    clock.advance(7200)
    assert publisher.publish_due().published == []  # never resent by itself


def test_mastodon_answering_200_without_a_status_retries_with_the_same_key(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    mastodon: FakeMastodon,
    clock: FakeClock,
) -> None:
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    target = schedule(store, acc.id, "hello", clock())
    mastodon.add_fault(Fault("/api/v1/statuses", status=200, body="<html>Welcome</html>"))
    report = publisher.publish_due(wait_for_retries=3600)
    assert [v.target_id for v in report.published] == [target]
    assert [a[1] for a in publisher.attempts(target)] == ["retry_wait", "published"]
    assert len(mastodon.statuses) == 1


def test_after_a_401_the_accounts_other_posts_wait_for_the_reconnect(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    telegram: FakeTelegram,
    mastodon: FakeMastodon,
    clock: FakeClock,
) -> None:
    tg = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    masto = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    first = schedule(store, tg.id, "one", clock())
    others = [schedule(store, tg.id, f"more {i}", clock()) for i in range(3)]
    elsewhere = schedule(store, masto.id, "unaffected", clock())
    telegram.token = "555:new-token"  # revoked in BotFather
    report = publisher.publish_due()
    assert [v.target_id for v in report.failed] == [first]
    assert [v.target_id for v in report.published] == [elsewhere]
    assert sorted(v.target_id for v in report.waiting_for_account) == others
    for view in report.waiting_for_account:
        assert view.state == "scheduled" and "reconnect" in (view.message or "").lower()
    assert telegram.count("/sendMessage") == 1  # one refusal, not one per post
    accounts.reconnect(tg.id, telegram.token)
    assert sorted(v.target_id for v in publisher.publish_due().published) == others
