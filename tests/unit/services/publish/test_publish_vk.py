"""VK communities through the queue: once each, photos with or without a user token, errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui import credentials
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountError, AccountService, user_token_ref
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.keyrings import MemoryKeyring
from tests.fakes.publish import FakeClock, Fault, schedule
from tests.fakes.vk import FakeVK


def _photo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    Image.new("RGB", (1200, 900), (200, 120, 30)).save(path, "PNG")
    return path


def test_connect_keeps_both_tokens_only_in_the_keyring(
    accounts: AccountService, store: Store, vk: FakeVK, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(AccountError) as err:
        accounts.add("vk", "korenbloem", "vk1.a.wrong", server=vk.url)
    assert "community token" in str(err.value)
    info = accounts.add("vk", "korenbloem", vk.community_token, server=vk.url)
    assert (info.display_name, info.assisted, info.state) == ("Korenbloem", False, "ok")
    assert not accounts.has_user_token(info.id)
    with pytest.raises(AccountError) as err:
        accounts.set_user_token(info.id, vk.community_token)  # a community token cannot upload
    assert "administrator" in str(err.value)
    assert accounts.set_user_token(info.id, vk.user_token) == "Anna K"
    assert accounts.has_user_token(info.id)
    assert set(memory_keyring.data.values()) == {vk.community_token, vk.user_token}
    store.dispose()
    raw = store.database.read_bytes()
    assert vk.community_token.encode() not in raw and vk.user_token.encode() not in raw
    accounts.remove(info.id)
    assert not memory_keyring.data


def test_text_and_photos_go_out_once_each(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    vk: FakeVK,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    info = accounts.add("vk", "korenbloem", vk.community_token, server=vk.url)
    accounts.set_user_token(info.id, vk.user_token)
    t1 = schedule(store, info.id, "Open day on Saturday", clock())
    t2 = schedule(store, info.id, "New rye", clock(), (_photo(tmp_path, "rye.png"),), paths.media)
    report = publisher.publish_due()
    assert sorted(v.target_id for v in report.published) == [t1, t2]
    assert [p["text"] for p in vk.posts] == ["Open day on Saturday", "New rye"]
    assert vk.posts[1]["attachments"] == [f"photo-218000_{vk.saved[0]['id']}"]
    assert {v.url for v in report.published} == {
        f"https://vk.com/wall-218000_{p['id']}" for p in vk.posts
    }
    assert publisher.publish_due().published == []
    assert len(vk.posts) == 2


def test_photos_without_a_user_token_become_assisted_with_the_reason(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    vk: FakeVK,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    info = accounts.add("vk", "korenbloem", vk.community_token, server=vk.url)
    text_only = schedule(store, info.id, "Just words", clock())
    photo = schedule(store, info.id, "Buns", clock(), (_photo(tmp_path, "b.png"),), paths.media)
    report = publisher.publish_due()
    assert [v.target_id for v in report.published] == [text_only]
    [due] = report.due
    assert due.target_id == photo and "user token" in (due.message or "")
    assert [p["text"] for p in vk.posts] == ["Just words"]
    assert not [r for r in vk.log if "photos." in r.path]
    package = publisher.assisted_package(photo)
    assert package.text == "Buns" and len(package.images) == 1
    assert publisher.mark_done(photo, "https://vk.com/wall-218000_999").state == "published"


def test_lost_answer_is_unconfirmed_and_never_resent(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    vk: FakeVK,
    clock: FakeClock,
) -> None:
    info = accounts.add("vk", "korenbloem", vk.community_token, server=vk.url)
    target = schedule(store, info.id, "Maybe out", clock())
    vk.add_fault(Fault("/method/wall.post", drop="after"))
    [view] = publisher.publish_due().unconfirmed
    assert view.target_id == target and "Look at VK" in (view.message or "")
    clock.advance(3600)
    publisher.publish_due()
    assert len(vk.posts) == 1  # the one that went out; no second one


def test_rate_limits_wait_and_retry_internal_error_retries(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    vk: FakeVK,
    clock: FakeClock,
) -> None:
    info = accounts.add("vk", "korenbloem", vk.community_token, server=vk.url)
    target = schedule(store, info.id, "Busy", clock())
    vk.add_fault(FakeVK.error(6, "Too many requests per second"))
    [waiting] = publisher.publish_due().retrying
    assert waiting.target_id == target and waiting.error_kind == "rate_limited"
    assert waiting.next_attempt_at is not None and waiting.next_attempt_at > clock()
    vk.add_fault(FakeVK.error(10, "Internal server error"))
    clock.advance(60)
    assert [v.target_id for v in publisher.publish_due().retrying] == [target]
    clock.advance(600)
    assert [v.target_id for v in publisher.publish_due().published] == [target]
    assert len(vk.posts) == 1

    flood = schedule(store, info.id, "Flood", clock())
    vk.add_fault(FakeVK.error(9, "Flood control"))
    [waiting] = publisher.publish_due().retrying
    assert waiting.target_id == flood
    assert waiting.next_attempt_at is not None
    assert waiting.next_attempt_at >= clock() + dt.timedelta(minutes=59)


def test_auth_failure_asks_to_reconnect_and_captcha_fails_in_plain_words(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    vk: FakeVK,
    clock: FakeClock,
) -> None:
    info = accounts.add("vk", "korenbloem", vk.community_token, server=vk.url)
    captcha = schedule(store, info.id, "Captcha", clock())
    vk.add_fault(FakeVK.error(14, "Captcha needed"))
    [failed] = publisher.publish_due().failed
    assert failed.target_id == captcha and "captcha" in (failed.message or "")
    revoked = schedule(store, info.id, "Revoked", clock())
    vk.community_token = "vk1.a.new"  # the owner deleted the token in the community settings
    [failed] = publisher.publish_due().failed
    assert failed.target_id == revoked and failed.error_kind == "auth_expired"
    assert accounts.get(info.id).state == "needs_reconnect"
    assert vk.posts == []


def test_a_missing_user_token_is_only_an_absent_option(
    accounts: AccountService, vk: FakeVK
) -> None:
    info = accounts.add("vk", "korenbloem", vk.community_token, server=vk.url)
    accounts.set_user_token(info.id, vk.user_token)
    credentials.delete_secret(user_token_ref("vk", "korenbloem"))
    assert not accounts.has_user_token(info.id)
    assert accounts.connector_for(info.id).assisted_reason(True) is not None  # type: ignore[attr-defined]
