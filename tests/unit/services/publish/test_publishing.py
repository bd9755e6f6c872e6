"""The queue: states, attempts, missed posts, assisted publishing, the owner's decisions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PIL import Image

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.publish import FakeClock, FakeMastodon, FakeTelegram, schedule


def _photo(tmp_path: Path, name: str, size: tuple[int, int] = (1200, 900)) -> Path:
    path = tmp_path / name
    Image.new("RGB", size, (30, 120, 200)).save(path, "PNG")
    return path


def test_due_posts_go_out_once_with_links_and_an_audit_trail(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    mastodon: FakeMastodon,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    now = clock()
    t1 = schedule(store, acc.id, "Morning!", now - dt.timedelta(minutes=1))
    t2 = schedule(store, acc.id, "With a photo", now, (_photo(tmp_path, "a.png"),), paths.media)
    later = schedule(store, acc.id, "Tomorrow", now + dt.timedelta(days=1))
    report = publisher.publish_due()
    assert sorted(v.target_id for v in report.published) == [t1, t2]
    assert all(v.url and v.url.startswith("https://masto.test/") for v in report.published)
    assert [s["text"] for s in mastodon.statuses] == ["Morning!", "With a photo"]
    assert mastodon.statuses[1]["media_attachments"][0]["description"] == "image 0"
    assert publisher.publish_due().published == []  # nothing twice
    assert len(mastodon.statuses) == 2
    trail = publisher.attempts(t1)
    assert [a[1] for a in trail] == ["published"]
    [view] = publisher.queue(("scheduled",))
    assert view.target_id == later


def test_rejected_post_fails_with_the_platforms_words(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    mastodon: FakeMastodon,
    clock: FakeClock,
) -> None:
    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    target = schedule(store, acc.id, "x" * 600, clock())
    report = publisher.publish_due()
    [failed] = report.failed
    assert failed.target_id == target and failed.error_kind == "rejected"
    assert "character limit of 500 exceeded" in (failed.message or "")
    assert report.needs_attention
    assert mastodon.statuses == []


def test_missed_posts_are_listed_not_sent_and_the_owner_decides(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    telegram: FakeTelegram,
    clock: FakeClock,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    old = [
        schedule(store, acc.id, f"old {i}", clock() - dt.timedelta(hours=3 + i)) for i in range(3)
    ]
    report = publisher.publish_due()
    assert report.published == [] and telegram.messages == []
    assert sorted(v.target_id for v in report.missed) == sorted(old)
    publisher.post_now(old[0])
    publisher.reschedule(old[1], clock() + dt.timedelta(hours=1))
    publisher.skip(old[2])
    report = publisher.publish_due()
    assert [v.target_id for v in report.published] == [old[0]]
    assert report.missed == []
    assert [m["text"] for m in telegram.messages] == ["old 0"]
    clock.advance(3600)
    assert [v.target_id for v in publisher.publish_due().published] == [old[1]]
    assert publisher.queue(("skipped",))[0].target_id == old[2]


def test_assisted_post_becomes_due_with_images_text_and_url(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    ig = accounts.add("instagram", "shop.ig")
    big = _photo(tmp_path, "big.png", (3000, 2000))
    target = schedule(store, ig.id, "New mugs #handmade", clock(), (big,), paths.media)
    report = publisher.publish_due()
    assert [v.target_id for v in report.due] == [target]
    assert publisher.publish_due().due == []  # shown once
    package = publisher.assisted_package(target)
    assert package.text == "New mugs #handmade"
    assert package.platform_url == PLATFORMS["instagram"].web_url
    [image] = package.images
    with Image.open(image) as im:
        assert im.format == "JPEG" and im.size == (1080, 1080)  # the instagram.square preset
    done = publisher.mark_done(target, "https://instagram.com/p/abc")
    assert (done.state, done.url) == ("published", "https://instagram.com/p/abc")
