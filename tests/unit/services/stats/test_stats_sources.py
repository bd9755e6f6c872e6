"""Live figures from Bluesky and Mastodon through the real connectors, against local fakes.

Every expected figure below is written by hand from what the fake server was given.
"""

from __future__ import annotations

import datetime as dt
import socket
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from smmdesk_gui import credentials
from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services.accounts import secret_ref
from smmdesk_gui.services.stats import refresh as stats_refresh
from smmdesk_gui.services.stats.refresh import WAIT_KEY, refresh
from smmdesk_gui.services.stats.sources import (
    BlueskySource,
    MastodonSource,
    VKSource,
    platform_sources,
)
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, MetricSnapshot, Post, PostTarget, TargetState
from tests.fakes.publish import quick_connector
from tests.fakes.stats import FakeBlueskyAppView, FakeMastodonStats, bsky_uri

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 20, 12, tzinfo=UTC)


@pytest.fixture
def bsky() -> Iterator[FakeBlueskyAppView]:
    server = FakeBlueskyAppView()
    yield server
    server.close()


@pytest.fixture
def masto() -> Iterator[FakeMastodonStats]:
    server = FakeMastodonStats()
    yield server
    server.close()


def sources() -> dict[str, stats_refresh.StatsSource]:
    return {s.platform: s for s in platform_sources(quick_connector)}


def add_account(
    store: Store, platform: str, handle: str, base_url: str | None, secret: str | None
) -> int:
    if secret is not None:
        credentials.store_secret(secret_ref(platform, handle), secret)
    with store.session_scope() as s:
        account = Account(
            platform=platform,
            handle=handle,
            base_url=base_url,
            keyring_key=secret_ref(platform, handle).key if secret else None,
        )
        s.add(account)
        s.flush()
        return account.id


def add_published(
    store: Store, account_id: int, remote_ids: list[str], age_days: float = 1
) -> dict[str, int]:
    """Published targets (newest first), returned as {remote_id: target_id}."""
    out: dict[str, int] = {}
    with store.session_scope() as s:
        for i, rid in enumerate(remote_ids):
            post = Post(text=f"post {rid}")
            s.add(post)
            s.flush()
            t = PostTarget(
                post_id=post.id,
                account_id=account_id,
                state=TargetState.PUBLISHED.value,
                remote_id=rid,
                published_at=NOW - dt.timedelta(days=age_days, hours=i),
            )
            s.add(t)
            s.flush()
            out[rid] = t.id
    return out


def snaps(store: Store) -> list[tuple[int | None, int | None, str, float, str]]:
    with store.session_scope() as s:
        return [
            (r.account_id, r.target_id, r.metric, r.value, r.source)
            for r in s.scalars(select(MetricSnapshot).order_by(MetricSnapshot.id))
        ]


def test_bluesky_followers_and_post_counts_in_batches_of_25(
    store: Store, bsky: FakeBlueskyAppView
) -> None:
    acc = add_account(store, "bluesky", bsky.account_handle, bsky.url, bsky.password)
    uris = [bsky_uri(f"3l{i:011d}") for i in range(30)]
    targets = add_published(store, acc, uris)
    bsky.followers = 1520
    for i, uri in enumerate(uris):
        if i == 7:
            continue  # deleted on Bluesky: missing from getPosts
        bsky.posts[uri] = {"likeCount": i, "repostCount": 2 * i, "replyCount": 1, "quoteCount": 0}
    report = refresh(store, sources(), now=NOW)
    assert [a.ok for a in report.accounts] == [True]
    rows = snaps(store)
    assert (acc, None, "followers", 1520.0, "api") in rows
    t3 = targets[uris[3]]
    assert {(m, v) for a, t, m, v, _ in rows if t == t3} == {
        ("likes", 3.0),
        ("shares", 6.0),
        ("comments", 1.0),
        ("quotes", 0.0),
    }
    assert not [r for r in rows if r[1] == targets[uris[7]]]
    assert report.accounts[0].snapshots == 1 + 29 * 4
    calls = bsky.calls("app.bsky.feed.getPosts")
    assert [len(c.query["uris"]) for c in calls] == [25, 5]
    assert [c.query["actor"] for c in bsky.calls("app.bsky.actor.getProfile")] == [
        ["did:plc:shopfakeappview0000000"]
    ]
    assert bsky.sessions == 1  # the session is kept in the keyring between the two reads


def test_every_fetch_appends_a_point_even_when_unchanged(
    store: Store, bsky: FakeBlueskyAppView
) -> None:
    acc = add_account(store, "bluesky", bsky.account_handle, bsky.url, bsky.password)
    bsky.followers = 40
    refresh(store, sources(), now=NOW)
    refresh(store, sources(), now=NOW + dt.timedelta(hours=1))
    with store.session_scope() as s:
        points = [
            (r.taken_at, r.value)
            for r in s.scalars(select(MetricSnapshot).where(MetricSnapshot.account_id == acc))
        ]
    assert points == [(NOW, 40.0), (NOW + dt.timedelta(hours=1), 40.0)]


def test_mastodon_batched_statuses(store: Store, masto: FakeMastodonStats) -> None:
    acc = add_account(store, "mastodon", "shop", masto.url, masto.token)
    ids = [str(100 + i) for i in range(23)]
    targets = add_published(store, acc, ids)
    masto.followers = 87
    for i, sid in enumerate(ids):
        masto.counts[sid] = {"favourites_count": 10 + i, "reblogs_count": i % 3, "replies_count": 2}
    report = refresh(store, sources(), now=NOW)
    assert report.accounts[0].ok, report.accounts[0].message
    rows = snaps(store)
    assert (acc, None, "followers", 87.0, "api") in rows
    assert {(m, v) for _a, t, m, v, _s in rows if t == targets["105"]} == {
        ("likes", 15.0),
        ("shares", 2.0),
        ("comments", 2.0),
    }
    batch_calls = [r for r in masto.gets("/api/v1/statuses") if r.path == "/api/v1/statuses"]
    assert [len(r.query["id[]"]) for r in batch_calls] == [20, 3]
    assert not [r for r in masto.gets("/api/v1/statuses/")]


def test_mastodon_before_4_3_reads_one_status_at_a_time(store: Store) -> None:
    masto = FakeMastodonStats(batch=False)
    try:
        acc = add_account(store, "mastodon", "shop", masto.url, masto.token)
        targets = add_published(store, acc, ["201", "202", "203"])
        masto.counts = {
            "201": {"favourites_count": 4, "reblogs_count": 1, "replies_count": 0},
            "203": {"favourites_count": 9, "reblogs_count": 0, "replies_count": 5},
        }
        report = refresh(store, sources(), now=NOW)
        assert report.accounts[0].ok
        rows = snaps(store)
        assert {(m, v) for _a, t, m, v, _s in rows if t == targets["203"]} == {
            ("likes", 9.0),
            ("shares", 0.0),
            ("comments", 5.0),
        }
        assert not [r for r in rows if r[1] == targets["202"]]  # deleted: 404, skipped
        assert len(masto.gets("/api/v1/statuses/")) == 3
    finally:
        masto.close()


def test_rate_limit_keeps_what_was_read_and_waits(store: Store, bsky: FakeBlueskyAppView) -> None:
    acc = add_account(store, "bluesky", bsky.account_handle, bsky.url, bsky.password)
    uris = [bsky_uri(f"3m{i:011d}") for i in range(30)]
    add_published(store, acc, uris)
    bsky.followers = 5
    bsky.posts = {u: {"likeCount": 1} for u in uris}
    bsky.limit_on_call["app.bsky.feed.getPosts"] = 2  # the second batch: slow down, 120 s
    report = refresh(store, sources(), now=NOW)
    [result] = report.accounts
    assert not result.ok and "slow down" in result.message
    assert result.snapshots == 1 + 25  # followers and the first batch are kept
    with store.session_scope() as s:
        settings = s.get(Account, acc).settings  # type: ignore[union-attr]
    assert dt.datetime.fromisoformat(settings[WAIT_KEY]) == NOW + dt.timedelta(seconds=120)

    before = len(bsky.log)
    later = refresh(store, sources(), now=NOW + dt.timedelta(seconds=60))
    assert len(bsky.log) == before  # no call at all while the platform asked to wait
    assert not later.accounts[0].ok and "12:02 UTC" in later.accounts[0].message
    waiting = later.accounts[0].problem
    assert waiting is not None and waiting.code == "stats_waiting"
    assert waiting.message == later.accounts[0].message  # the CLI's line, unchanged

    after = refresh(store, sources(), now=NOW + dt.timedelta(seconds=121))
    assert after.accounts[0].ok and after.accounts[0].snapshots == 1 + 30
    with store.session_scope() as s:
        assert WAIT_KEY not in s.get(Account, acc).settings  # type: ignore[union-attr]


def test_offline_account_is_reported_and_others_go_on(
    store: Store, bsky: FakeBlueskyAppView
) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()  # nothing listens there: connection refused, as when offline
    add_account(store, "mastodon", "shop", dead, "masto-test-token")
    ok = add_account(store, "bluesky", bsky.account_handle, bsky.url, bsky.password)
    add_account(store, "telegram", "@shopnews", None, "123:abc")
    bsky.followers = 9
    report = refresh(store, sources(), now=NOW)
    by_platform = {a.platform: a for a in report.accounts}
    assert not by_platform["mastodon"].ok
    assert "could not reach Mastodon" in by_platform["mastodon"].message
    assert "masto-test-token" not in by_platform["mastodon"].message
    offline = by_platform["mastodon"].problem
    assert offline is not None and offline.code == "stats_network"
    assert offline["platform"] == "mastodon" and offline.message == by_platform["mastodon"].message
    assert by_platform["bluesky"].ok
    assert (ok, None, "followers", 9.0, "api") in snaps(store)
    assert report.skipped == [
        "telegram · @shopnews: Telegram's Bot API gives no view or follower counts; "
        "enter them by hand"
    ]


def test_missing_secret_says_reconnect(store: Store, bsky: FakeBlueskyAppView) -> None:
    acc = add_account(store, "bluesky", bsky.account_handle, bsky.url, bsky.password)
    credentials.delete_secret(secret_ref("bluesky", bsky.account_handle))
    report = refresh(store, sources(), now=NOW)
    assert report.accounts[0].account_id == acc
    assert "reconnect" in report.accounts[0].message
    assert report.accounts[0].problem == Problem("stats_secret_missing")
    assert bsky.log == []


def test_sources_register_for_both_platforms() -> None:
    from smmdesk_gui.services.stats.sources import register_platform_sources

    try:
        register_platform_sources()
        registered = stats_refresh.registered_sources()
        assert isinstance(registered["bluesky"], BlueskySource)
        assert isinstance(registered["mastodon"], MastodonSource)
        assert isinstance(registered["vk"], VKSource)
        assert "telegram" not in registered
    finally:
        stats_refresh.unregister_source("bluesky")
        stats_refresh.unregister_source("mastodon")
        stats_refresh.unregister_source("vk")


def test_cli_refresh_uses_the_same_sources(
    store: Store, bsky: FakeBlueskyAppView, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from smmdesk_gui.cli import main

    acc = add_account(store, "bluesky", bsky.account_handle, bsky.url, bsky.password)
    uri = bsky_uri("3lcli00000000")
    target = add_published(store, acc, [uri])[uri]
    bsky.followers = 321
    bsky.posts[uri] = {"likeCount": 8, "repostCount": 1, "replyCount": 2, "quoteCount": 1}
    code = main(["stats", "refresh", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["snapshots_added"] == 5
    assert data["accounts"] == [
        {
            "account_id": acc,
            "platform": "bluesky",
            "handle": bsky.account_handle,
            "ok": True,
            "snapshots": 5,
            "message": "",
        }
    ]
    rows = snaps(store)
    assert (acc, None, "followers", 321.0, "api") in rows
    assert (None, target, "likes", 8.0, "api") in rows


def test_a_pds_without_appview_says_the_figures_are_missing(
    store: Store, bsky: FakeBlueskyAppView
) -> None:
    from tests.fakes.publish import Fault

    add_account(store, "bluesky", bsky.account_handle, bsky.url, bsky.password)
    bsky.add_fault(
        Fault(
            "/xrpc/app.bsky.actor.getProfile",
            status=501,
            body={"error": "MethodNotImplemented", "message": "Method Not Implemented"},
        )
    )
    [result] = refresh(store, sources(), now=NOW).accounts
    assert not result.ok
    assert result.message.startswith(
        'Bluesky did not give the figures ("MethodNotImplemented: Method Not Implemented").'
    )
    assert "post" not in result.message  # not the publishing words
