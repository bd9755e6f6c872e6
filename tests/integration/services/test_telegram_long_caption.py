"""Telegram, photos with a text longer than a caption: the photos, then the text below them,
exactly once through rate limits, lost answers and the owner's "send it again"."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.processes import kill_mid_send
from tests.fakes.publish import FakeClock, FakeMastodon, FakeTelegram, Fault, schedule

LONG = "Autumn collection: hand-thrown mugs, bowls & plates <glazed> in our workshop. " * 16


def _photos(tmp_path: Path, n: int) -> tuple[Path, ...]:
    paths = []
    for i in range(n):
        path = tmp_path / f"photo{i}.png"
        Image.new("RGB", (1200, 900), (30 * i, 120, 200)).save(path, "PNG")
        paths.append(path)
    return tuple(paths)


def test_photos_then_text_with_the_photos_link(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    telegram: FakeTelegram,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    assert 1024 < len(LONG) <= 4096
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(store, acc.id, LONG, clock(), _photos(tmp_path, 2), paths.media)
    [view] = publisher.publish_due().published
    album, text = telegram.messages[:2], telegram.messages[2]
    assert len(telegram.messages) == 3 and [m["caption"] for m in album] == [None, None]
    assert text["text"] == LONG
    assert view.target_id == target
    assert view.url == f"https://t.me/shopnews/{album[0]['message_id']}"  # the post = its photos
    assert publisher.publish_due().published == []


def test_rate_limit_on_the_text_retries_only_the_text(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    telegram: FakeTelegram,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(store, acc.id, LONG, clock(), _photos(tmp_path, 1), paths.media)
    telegram.add_fault(FakeTelegram.rate_limited(30, "/sendMessage"))
    report = publisher.publish_due(wait_for_retries=120)
    assert [v.target_id for v in report.published] == [target]
    assert telegram.count("/sendPhoto") == 1 and telegram.count("/sendMessage") == 2
    assert [m.get("text") for m in telegram.messages] == [None, LONG]  # one photo, one text
    assert clock.sleeps and clock.sleeps[0] >= 30
    trail = [outcome for _t, outcome, _s, _m in publisher.attempts(target)]
    assert trail == ["retry_wait", "published"]


def test_lost_text_becomes_unconfirmed_and_send_again_sends_only_the_text(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    telegram: FakeTelegram,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(store, acc.id, LONG, clock(), _photos(tmp_path, 3), paths.media)
    telegram.add_fault(Fault("/sendMessage", drop="before"))  # the text never arrives
    [view] = publisher.publish_due().unconfirmed
    assert view.target_id == target and len(telegram.messages) == 3  # the album only
    assert "The photos are already on Telegram (https://t.me/shopnews/" in (view.message or "")
    assert "sending again sends only the text" in (view.message or "")
    assert publisher.publish_due().published == []  # never re-sent blindly
    publisher.post_now(target)  # the owner looked: the text is not there
    [done] = publisher.publish_due().published
    assert len(telegram.messages) == 4 and telegram.messages[3]["text"] == LONG
    assert telegram.count("/sendMediaGroup") == 1
    assert done.url == f"https://t.me/shopnews/{telegram.messages[0]['message_id']}"


def test_unconfirmed_two_part_post_marked_done_keeps_the_photos_link(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    telegram: FakeTelegram,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(store, acc.id, LONG, clock(), _photos(tmp_path, 1), paths.media)
    telegram.add_fault(Fault("/sendMessage", drop="after"))  # the text arrived, answer lost
    publisher.publish_due()
    done = publisher.mark_done(target)  # the owner saw it in the channel
    assert done.state == "published"
    assert done.url == f"https://t.me/shopnews/{telegram.messages[0]['message_id']}"
    assert len(telegram.messages) == 2


def test_too_long_even_below_the_photos_is_refused_before_anything_is_sent(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    telegram: FakeTelegram,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    schedule(store, acc.id, "x" * 4097, clock(), _photos(tmp_path, 1), paths.media)
    [view] = publisher.publish_due().failed
    assert "4096" in (view.message or "") and telegram.messages == []


@pytest.mark.usefixtures("file_keyring")
def test_sigkill_while_the_text_is_sent_is_unconfirmed_and_never_resends_the_photos(
    store: Store, paths: AppPaths, telegram: FakeTelegram, tmp_path: Path
) -> None:
    accounts = AccountService(store)
    acc = accounts.add("telegram", "@shopnews", telegram.token, server=telegram.url)
    target = schedule(
        store, acc.id, LONG, dt.datetime.now(dt.UTC), _photos(tmp_path, 2), paths.media
    )
    kill_mid_send(paths.home, telegram, "/sendMessage")  # the album went out and was recorded
    deadline = time.monotonic() + 30
    while len(telegram.messages) < 3:  # Telegram finishes the text for the dead process
        assert time.monotonic() < deadline
        time.sleep(0.02)
    svc = PublishingService(store, paths, accounts)
    [view] = svc.publish_due().unconfirmed
    assert view.target_id == target
    assert "The photos are already on Telegram" in (view.message or "")
    assert svc.publish_due().published == [] and len(telegram.messages) == 3
    done = svc.mark_done(target)  # the owner sees photos and text in the channel
    assert done.url == f"https://t.me/shopnews/{telegram.messages[0]['message_id']}"
    assert telegram.count("/sendMediaGroup") == 1


def test_only_a_connector_that_sends_in_parts_resumes_a_part(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    mastodon: FakeMastodon,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """A stray remote id (say, from an imported row) never makes Mastodon drop the photos."""
    from smmdesk_gui.store.models import PostTarget

    acc = accounts.add("mastodon", "shop", mastodon.token, server=mastodon.url)
    target = schedule(store, acc.id, "With a photo", clock(), _photos(tmp_path, 1), paths.media)
    with store.session_scope() as s:
        s.get(PostTarget, target).remote_id = "stray"
    [view] = publisher.publish_due().published
    assert view.target_id == target and len(mastodon.statuses[0]["media_attachments"]) == 1
