"""Live figures refresh against the local fakes: calls made and time per account.

One Bluesky account and one Mastodon account, each with 250 published posts of the last 60 days
(more than the 200 a refresh reads). Reference: the same refresh with one post per account, so
the ratio says what the per-post reads cost on top of logging in and reading the followers.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import time
from pathlib import Path
from typing import Any


def _workspace(posts: int) -> tuple[Any, Any, Any, Any]:
    import keyring

    from smmdesk_gui import credentials
    from smmdesk_gui.paths import AppPaths
    from smmdesk_gui.services.accounts import secret_ref
    from smmdesk_gui.store.db import open_store
    from smmdesk_gui.store.models import Account, Post, PostTarget, TargetState
    from tests.fakes.keyrings import MemoryKeyring
    from tests.fakes.stats import FakeBlueskyAppView, FakeMastodonStats, bsky_uri

    keyring.set_keyring(MemoryKeyring())
    home = Path(tempfile.mkdtemp(prefix="bench-refresh-"))
    os.environ["SMMDESK_HOME"] = str(home)
    paths = AppPaths(home).ensure()
    store = open_store(paths.database, paths.backups)
    bsky, masto = FakeBlueskyAppView(), FakeMastodonStats()
    now = dt.datetime.now(dt.UTC)
    with store.session_scope() as s:
        for platform, handle, url, secret in (
            ("bluesky", bsky.account_handle, bsky.url, bsky.password),
            ("mastodon", "shop", masto.url, masto.token),
        ):
            credentials.store_secret(secret_ref(platform, handle), secret)
            acc = Account(
                platform=platform,
                handle=handle,
                base_url=url,
                keyring_key=secret_ref(platform, handle).key,
            )
            s.add(acc)
            s.flush()
            for i in range(posts):
                rid = bsky_uri(f"3b{i:011d}") if platform == "bluesky" else str(1000 + i)
                if platform == "bluesky":
                    bsky.posts[rid] = {
                        "likeCount": i,
                        "repostCount": 1,
                        "replyCount": 0,
                        "quoteCount": 0,
                    }
                else:
                    masto.counts[rid] = {
                        "favourites_count": i,
                        "reblogs_count": 1,
                        "replies_count": 0,
                    }
                post = Post(text="p")
                s.add(post)
                s.flush()
                s.add(
                    PostTarget(
                        post_id=post.id,
                        account_id=acc.id,
                        state=TargetState.PUBLISHED.value,
                        remote_id=rid,
                        published_at=now - dt.timedelta(hours=i),
                    )
                )
    return store, bsky, masto, now


def _measure(posts: int) -> tuple[float, int, int, int]:
    from smmdesk_gui.services.stats.refresh import refresh
    from smmdesk_gui.services.stats.sources import live_sources

    store, bsky, masto, now = _workspace(posts)
    try:
        t0 = time.perf_counter()
        report = refresh(store, live_sources(), now=now)
        elapsed = time.perf_counter() - t0
        assert not report.failed, [a.message for a in report.failed]
        return elapsed, len(bsky.log), len(masto.log), report.snapshots
    finally:
        bsky.close()
        masto.close()
        store.dispose()


def run() -> list[dict[str, object]]:
    ref_s, _b1, _m1, _ = _measure(1)
    big_s, b_calls, m_calls, snaps = _measure(250)
    return [
        {
            "benchmark": "stats_refresh",
            "measure": "refresh, 2 accounts x 250 posts",
            "value": big_s * 1000.0,
            "unit": "ms",
            "reference": ref_s * 1000.0,
            "ratio": big_s / ref_s if ref_s else None,
            "note": "reference: 1 post per account (login + followers)",
        },
        {
            "benchmark": "stats_refresh",
            "measure": "Bluesky HTTP calls",
            "value": b_calls,
            "unit": "calls",
            "note": "createSession + getProfile + 8 getPosts (200 newest)",
        },
        {
            "benchmark": "stats_refresh",
            "measure": "Mastodon HTTP calls",
            "value": m_calls,
            "unit": "calls",
            "note": "verify_credentials + 10 statuses?id[] (200 newest)",
        },
        {
            "benchmark": "stats_refresh",
            "measure": "snapshots written",
            "value": snaps,
            "unit": "rows",
            "note": "2 followers + 200 x 4 (Bluesky) + 200 x 3 (Mastodon)",
        },
    ]
