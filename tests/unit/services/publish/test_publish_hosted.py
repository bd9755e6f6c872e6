"""Instagram and Threads photos through the owner's bucket (tests/fakes/s3.py), fetched by the
fake Meta (tests/fakes/meta.py) like Meta's cURL would: once each, the objects deleted after."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui.connectors.photo_host import PREFIX, HostProblem, PhotoHostError
from smmdesk_gui.paths import AppPaths
from smmdesk_gui.services.accounts import AccountService
from smmdesk_gui.services.publish import hosting
from smmdesk_gui.services.publish.service import PublishingService
from smmdesk_gui.store.db import Store
from tests.fakes.keyrings import MemoryKeyring
from tests.fakes.meta import FakeMeta
from tests.fakes.publish import FakeClock, Fault, schedule
from tests.fakes.s3 import FakeS3


def _photo(tmp_path: Path, name: str, colour: tuple[int, int, int]) -> Path:
    path = tmp_path / name
    Image.new("RGB", (1200, 1200), colour).save(path, "PNG")
    return path


def _set_up(store: Store, s3: FakeS3, secret: str | None = None) -> None:
    hosting.save_photo_hosting(
        store, s3.url, s3.region, s3.bucket, s3.access_key, secret or s3.secret_key
    )


def test_instagram_photo_and_carousel_and_a_threads_photo_go_out_once_through_the_bucket(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    s3: FakeS3,
    clock: FakeClock,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    ig = accounts.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    th = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    assert ig.assisted  # no photo host yet
    _set_up(store, s3)
    assert not accounts.get(ig.id).assisted
    rye = _photo(tmp_path, "rye.png", (200, 120, 30))
    oat = _photo(tmp_path, "oat.png", (30, 120, 200))
    t1 = schedule(store, ig.id, "Rye day", clock(), (rye,), paths.media)
    t2 = schedule(store, ig.id, "Two loaves", clock(), (rye, oat), paths.media)
    t3 = schedule(store, th.id, "Oat day", clock(), (oat,), paths.media)
    report = publisher.publish_due()
    assert sorted(v.target_id for v in report.published) == [t1, t2, t3]
    assert publisher.publish_due().published == []
    # Meta got each photo from the bucket through its presigned URL: a JPEG each time.
    photos = [key for key in s3.ever_stored if key.endswith(".jpg")]  # and the Test's object
    assert len(photos) == 4 and len(meta.fetched) == 4
    assert all(body.startswith(b"\xff\xd8") for body in meta.fetched.values())
    assert all(key.startswith(PREFIX) for key in s3.ever_stored)
    single, carousel, threads = meta.published
    assert single["params"]["image_url"] in meta.fetched
    assert carousel["params"]["media_type"] == "CAROUSEL"
    assert threads["params"]["media_type"] == "IMAGE" and threads["params"]["text"] == "Oat day"
    # ...and the bucket is empty again; the attempt says which host was used.
    assert s3.objects == {}
    [(_, outcome, _, note)] = publisher.attempts(t3)
    assert outcome == "published" and f"bucket {s3.bucket} at 127.0.0.1" in note
    # The keys are only in the keyring: not in the database, the log, or any message.
    assert set(memory_keyring.data.values()) >= {s3.access_key, s3.secret_key}
    store.dispose()
    assert s3.secret_key.encode() not in store.database.read_bytes()
    assert s3.access_key.encode() not in store.database.read_bytes()
    assert s3.secret_key not in caplog.text


def test_a_wrong_secret_key_is_refused_and_instagram_stays_assisted_with_the_reason(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    s3: FakeS3,
    clock: FakeClock,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-secret-key/0123456789abcdefXYZ"
    with pytest.raises(PhotoHostError) as err:
        _set_up(store, s3, secret=wrong)
    assert err.value.problem is HostProblem.BAD_KEYS
    assert "secret key" in str(err.value) and wrong not in str(err.value) + err.value.detail
    assert hosting.hosting_place(store) is None and memory_keyring.data == {}
    ig = accounts.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    assert accounts.get(ig.id).assisted
    target = schedule(
        store, ig.id, "Rye day", clock(), (_photo(tmp_path, "r.png", (1, 2, 3)),), paths.media
    )
    [due] = publisher.publish_due().due
    assert due.target_id == target and due.state == "due"
    assert meta.published == [] and s3.ever_stored == []
    assert wrong not in caplog.text
    store.dispose()
    assert wrong.encode() not in store.database.read_bytes()


def test_threads_photos_without_a_host_are_assisted_and_text_still_goes_out(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    s3: FakeS3,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    th = accounts.add("threads", "corner.bakery", meta.threads_token, server=meta.url)
    text = schedule(store, th.id, "Open on Sunday", clock())
    photo = schedule(
        store, th.id, "Oat", clock(), (_photo(tmp_path, "o.png", (9, 9, 9)),), paths.media
    )
    report = publisher.publish_due()
    assert [v.target_id for v in report.published] == [text]
    [due] = report.due
    assert due.target_id == photo and "no photo host is set up" in (due.message or "")
    # Set up while the publisher runs (the GUI's): the next photo post goes through it.
    _set_up(store, s3)
    later = schedule(
        store, th.id, "Rye", clock(), (_photo(tmp_path, "r.png", (1, 1, 1)),), paths.media
    )
    assert [v.target_id for v in publisher.publish_due().published] == [later]
    assert meta.published[-1]["params"]["media_type"] == "IMAGE" and s3.objects == {}


def test_a_host_that_turns_the_keys_down_later_makes_the_post_assisted_not_failed(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    s3: FakeS3,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    ig = accounts.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    _set_up(store, s3)
    s3.secret_key = "rotated-in-the-console-0123456789"  # the owner made new keys
    target = schedule(
        store, ig.id, "Rye", clock(), (_photo(tmp_path, "r.png", (5, 5, 5)),), paths.media
    )
    [due] = publisher.publish_due().due
    assert due.target_id == target
    assert "photo host" in (due.message or "") and "Settings" in (due.message or "")
    assert meta.containers == {}


def test_a_lost_publish_answer_is_not_sent_twice_and_leftovers_are_swept_next_run(
    accounts: AccountService,
    publisher: PublishingService,
    store: Store,
    paths: AppPaths,
    meta: FakeMeta,
    s3: FakeS3,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    ig = accounts.add("instagram", "corner.bakery", meta.ig_token, server=meta.url)
    _set_up(store, s3)
    s3.put_old(f"{PREFIX}from-a-crash.jpg", dt.timedelta(hours=5))
    meta.add_fault(Fault("/media_publish", drop="after"))
    target = schedule(
        store, ig.id, "Rye", clock(), (_photo(tmp_path, "r.png", (7, 7, 7)),), paths.media
    )
    report = publisher.publish_due(wait_for_retries=600)
    assert [v.target_id for v in report.published] == [target]
    assert len(meta.published) == 1  # exactly once (meta_containers.py unchanged)
    assert f"{PREFIX}from-a-crash.jpg" not in s3.objects
    assert s3.objects == {}
