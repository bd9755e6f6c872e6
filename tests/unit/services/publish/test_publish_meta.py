"""Facebook Pages and Threads through the queue: exactly once, never silently lost."""

from __future__ import annotations

import datetime as dt

from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.meta import FakeMeta
from tests.fakes.publish import FakeClock, Fault, schedule


def test_facebook_post_goes_out_once_and_a_lost_answer_is_unconfirmed(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    assert acc.display_name == "Corner Bakery"
    t1 = schedule(store, acc.id, "Open on Sunday", clock() - dt.timedelta(minutes=1))
    report = publisher.publish_due()
    assert [v.target_id for v in report.published] == [t1]
    assert publisher.publish_due().published == []
    meta.add_fault(Fault("/feed", drop="after"))
    t2 = schedule(store, acc.id, "Lost answer", clock())
    report = publisher.publish_due()
    assert [v.target_id for v in report.unconfirmed] == [t2]
    assert publisher.publish_due().published == []  # never resent by itself
    assert [p["message"] for p in meta.posts] == ["Open on Sunday", "Lost answer"]


def test_facebook_rate_limit_waits_then_sends(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    meta.add_fault(FakeMeta.rate_limited("/feed", 32))
    target = schedule(store, acc.id, "Busy day", clock())
    report = publisher.publish_due()
    [waiting] = report.retrying
    assert waiting.target_id == target and waiting.error_kind == "rate_limited"
    assert publisher.publish_due(wait_for_retries=600).published[0].target_id == target
    assert len(meta.posts) == 1


def test_facebook_expired_token_asks_to_reconnect(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    meta.add_fault(FakeMeta.expired("/feed"))
    schedule(store, acc.id, "hi", clock())
    report = publisher.publish_due()
    assert report.failed[0].error_kind == "auth_expired"
    assert accounts.get(acc.id).state == "needs_reconnect"


def test_threads_lost_answer_is_settled_by_asking_the_container(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    # The publish went through but its answer and the status check after it were both lost.
    meta.add_fault(Fault("/threads_publish", drop="after"))
    lost_check = Fault("/9", drop="before")  # GET /{container-id} (ids start at 9000)
    meta.after_publish = lambda: meta.add_fault(lost_check, times=3)  # a GET is tried 3 times
    target = schedule(store, acc.id, "Fresh rye", clock())
    report = publisher.publish_due()
    [waiting] = report.retrying
    assert waiting.target_id == target
    assert len(meta.published) == 1
    meta.after_publish = None
    report = publisher.publish_due(wait_for_retries=3600)
    [done] = report.published
    assert done.target_id == target
    assert len(meta.published) == 1 and len(meta.containers) == 1  # never posted twice
