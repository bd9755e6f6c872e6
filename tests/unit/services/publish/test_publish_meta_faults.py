"""Faults on Meta through the queue, as for the other connectors: rate-limit storms with
``X-App-Usage`` at 100 %, 5xx, lost answers after the publish call, a crash mid-send. Facebook
Pages, Threads, and Instagram with a photo address passed in (its host is another part's job:
here the queue treats Instagram as connected and the photos get a made-up public address)."""

from __future__ import annotations

import random
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from smmdesk_gui.connectors.base import MediaItem, TokenCache
from smmdesk_gui.connectors.instagram import InstagramConnector
from smmdesk_gui.connectors.registry import CONNECTED_PLATFORMS, AccountConfig
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.meta import PUBLISHED, FakeMeta
from tests.fakes.publish import FakeClock, Fault, quick_connector, schedule


def _photo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    shade = sum(name.encode()) % 200  # each photo its own bytes (the library dedupes)
    Image.new("RGB", (1080, 1080), (180, shade, 40)).save(path, "PNG")
    return path


def _address(item: MediaItem) -> str:
    return f"https://photos.example/{item.path.name}"


class _Killed(BaseException):
    """Stands for SIGKILL: not an ``Exception``, so nothing in the queue records it."""


@pytest.fixture
def hosted(monkeypatch: pytest.MonkeyPatch, store: Store, clock: FakeClock) -> AccountService:
    """Accounts whose Instagram connector has a photo host (a public address per photo)."""
    connected = (*CONNECTED_PLATFORMS, "instagram")
    for module in ("smmdesk_gui.services.publish.service", "smmdesk_gui.services.assisted"):
        monkeypatch.setattr(f"{module}.has_connector", lambda p, **_: p in connected)

    def factory(config: AccountConfig, secret: str, tokens: TokenCache | None) -> Any:
        connector = quick_connector(config, secret, tokens)
        if config.platform == "instagram":
            connector.image_urls = _address
        return connector

    return AccountService(store, factory, clock=clock)


def _publisher(
    store: Store, paths: AppPaths, accounts: AccountService, clock: FakeClock
) -> PublishingService:
    return PublishingService(
        store, paths, accounts, clock=clock, sleep=clock.sleep, rng=random.Random(7)
    )


# -- rate-limit storms ---------------------------------------------------------------------


def test_facebook_rate_limit_storm_waits_as_meta_says_and_posts_once(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    target = schedule(store, acc.id, "Storm", clock())
    # Page calls: BUC limit, X-App-Usage at 100 %, "estimated_time_to_regain_access": 2 minutes
    meta.add_fault(FakeMeta.rate_limited("/feed", 32), times=4)
    report = publisher.publish_due(wait_for_retries=6 * 3600)
    assert [v.target_id for v in report.published] == [target]
    assert [p["message"] for p in meta.posts] == ["Storm"]
    assert len(clock.sleeps) == 4 and all(s >= 120 for s in clock.sleeps)
    outcomes = [a[1] for a in publisher.attempts(target)]
    assert outcomes == ["retry_wait"] * 4 + ["published"]


def test_threads_app_limit_storm_backs_off_and_publishes_one_container(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    target = schedule(store, acc.id, "Storm on Threads", clock())
    meta.add_fault(FakeMeta.app_limited("/threads_publish"), times=5)
    report = publisher.publish_due(wait_for_retries=24 * 3600)
    assert [v.target_id for v in report.published] == [target]
    assert len(meta.published) == 1 and len(meta.containers) == 1  # the same container
    sleeps = clock.sleeps
    assert len(sleeps) == 5 and sleeps == sorted(sleeps)  # the queue's growing backoff
    views = [a for a in publisher.attempts(target) if a[1] == "retry_wait"]
    assert len(views) == 5 and all(a[2] == 400 for a in views)


def test_instagram_storm_on_a_carousel_publishes_it_once(
    hosted: AccountService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    publisher = _publisher(store, paths, hosted, clock)
    acc = hosted.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    photos = (_photo(tmp_path, "a.png"), _photo(tmp_path, "b.png"))
    target = schedule(store, acc.id, "Two loaves", clock(), photos, paths.media)
    meta.add_fault(FakeMeta.app_limited("/media_publish", code=17), times=3)
    report = publisher.publish_due(wait_for_retries=24 * 3600)
    assert [v.target_id for v in report.published] == [target]
    [post] = meta.published
    assert post["params"]["media_type"] == "CAROUSEL" and post["params"]["caption"] == "Two loaves"
    assert len(meta.containers) == 3  # two photos and the carousel, made once
    assert len(clock.sleeps) == 3


# -- 5xx -------------------------------------------------------------------------------------


def test_facebook_5xx_on_the_post_is_unconfirmed_and_never_resent(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    target = schedule(store, acc.id, "Maybe out", clock())
    meta.add_fault(FakeMeta.server_error("/feed", 503))
    report = publisher.publish_due(wait_for_retries=3600)
    [view] = report.unconfirmed  # no idempotency: a 5xx may mean the post is out
    assert view.target_id == target and "cannot know whether it went out" in (view.message or "")
    clock.advance(7200)
    assert publisher.publish_due(wait_for_retries=3600).published == []
    assert meta.posts == []


def test_facebook_5xx_on_an_unpublished_photo_is_retried_safely(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    acc = accounts.add("facebook", meta.page_id, meta.page_token, server=meta.url)
    photos = (_photo(tmp_path, "a.png"), _photo(tmp_path, "b.png"))
    target = schedule(store, acc.id, "Two photos", clock(), photos, paths.media)
    meta.add_fault(FakeMeta.server_error("/photos", 500), times=2)
    report = publisher.publish_due(wait_for_retries=6 * 3600)
    assert [v.target_id for v in report.published] == [target]
    [post] = meta.posts
    assert post["message"] == "Two photos" and len(post["photos"]) == 2


def test_threads_5xx_on_create_and_publish_publishes_once(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    target = schedule(store, acc.id, "Through the storm", clock())
    meta.add_fault(FakeMeta.server_error(f"/{meta.threads_user}/threads", 502))  # the create
    meta.add_fault(FakeMeta.server_error("/threads_publish", 500), times=2)
    report = publisher.publish_due(wait_for_retries=24 * 3600)
    assert [v.target_id for v in report.published] == [target]
    assert len(meta.published) == 1 and len(meta.containers) == 1


def test_instagram_endless_5xx_fails_after_the_last_try_without_a_post(
    hosted: AccountService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    publisher = _publisher(store, paths, hosted, clock)
    acc = hosted.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    target = schedule(store, acc.id, "Never", clock(), (_photo(tmp_path, "a.png"),), paths.media)
    meta.add_fault(FakeMeta.server_error("/media_publish", 500), times=50)
    report = publisher.publish_due(wait_for_retries=7 * 24 * 3600)
    [view] = report.failed
    assert view.target_id == target and "kept failing after 8 tries" in (view.message or "")
    assert meta.published == [] and len(meta.containers) == 1


# -- lost answers and crashes ----------------------------------------------------------------


def test_instagram_lost_publish_answer_is_settled_by_the_container(
    hosted: AccountService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    publisher = _publisher(store, paths, hosted, clock)
    acc = hosted.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    first = schedule(store, acc.id, "Lost", clock(), (_photo(tmp_path, "a.png"),), paths.media)
    meta.add_fault(Fault("/media_publish", drop="after"))
    report = publisher.publish_due()
    assert [v.target_id for v in report.published] == [first]  # asked the container at once
    # The answer and the status check after it lost too: the next run asks again.
    second = schedule(
        store, acc.id, "Lost twice", clock(), (_photo(tmp_path, "b.png"),), paths.media
    )
    meta.add_fault(Fault("/media_publish", drop="after"))
    meta.after_publish = lambda: meta.add_fault(Fault("/90", drop="before"), times=3)
    report = publisher.publish_due()
    assert [v.target_id for v in report.retrying] == [second]
    meta.after_publish = None
    report = publisher.publish_due(wait_for_retries=3600)
    assert [v.target_id for v in report.published] == [second]
    assert [m["params"]["caption"] for m in meta.published] == ["Lost", "Lost twice"]
    assert len(meta.containers) == 2


def test_instagram_crash_between_publish_and_record_finishes_once(
    monkeypatch: pytest.MonkeyPatch,
    hosted: AccountService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    acc = hosted.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    target = schedule(store, acc.id, "Crash", clock(), (_photo(tmp_path, "a.png"),), paths.media)
    dying = _publisher(store, paths, hosted, clock)
    publish = InstagramConnector.publish_container

    def then_die(self: InstagramConnector, container: str) -> Any:
        publish(self, container)  # Instagram has it; the process dies before recording it
        raise _Killed

    # each run builds its connectors afresh (a photo host set up meanwhile is used at once)
    with monkeypatch.context() as patched, pytest.raises(_Killed):
        patched.setattr(InstagramConnector, "publish_container", then_die)
        dying.publish_due()
    assert [m["container"] for m in meta.published] and meta.containers
    assert [c["state"] for c in meta.containers.values()] == [PUBLISHED]
    clock.advance(31 * 60)  # the dead run's lease ran out
    report = _publisher(store, paths, hosted, clock).publish_due(wait_for_retries=600)
    assert [v.target_id for v in report.published] == [target]
    assert len(meta.published) == 1  # the recorded container was asked, not published again


def test_threads_two_runs_at_once_in_one_process_publish_once(
    accounts: AccountService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    clock: FakeClock,
) -> None:
    acc = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    targets = [schedule(store, acc.id, f"post {i}", clock()) for i in range(4)]
    hold = threading.Event()
    meta.add_fault(Fault("/threads_publish", hold=hold))  # the first run waits mid-publish
    runs = [_publisher(store, paths, accounts, clock) for _ in range(2)]
    reports: list[Any] = []
    threads = [threading.Thread(target=lambda r=r: reports.append(r.publish_due())) for r in runs]
    threads[0].start()
    while meta.count("/threads_publish") == 0:
        threads[0].join(0.02)
    threads[1].start()
    threads[1].join(60)
    hold.set()
    threads[0].join(60)
    # The held publish outlived the first run's timeout: that target waits to be settled by
    # asking its container (published meanwhile), never by publishing again.
    deadline = time.monotonic() + 30
    while len(meta.published) < 4:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    reports.append(runs[0].publish_due(wait_for_retries=3600))
    sent = sorted(v.target_id for r in reports for v in r.published)
    assert sent == sorted(targets)
    assert sorted(m["params"]["text"] for m in meta.published) == [f"post {i}" for i in range(4)]
    assert len(meta.containers) == 4


def test_recovery_knows_instagram_finishes_by_asking_its_container() -> None:
    from smmdesk_gui.services.publish.recovery import idempotency_window

    assert idempotency_window("instagram") is None and idempotency_window("threads") is None
    assert idempotency_window("facebook") == 0.0
