"""``smmdesk-cli stats refresh`` reads a Facebook Page and a Threads profile (issue 14)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from smmdesk_gui import credentials
from smmdesk_gui.cli import main
from smmdesk_gui.services.accounts import secret_ref
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, Post, PostTarget, TargetState
from tests.fakes.meta import FakeMeta


def _connect(store: Store, platform: str, handle: str, url: str, token: str, post: str) -> None:
    credentials.store_secret(secret_ref(platform, handle), token)
    with store.session_scope() as s:
        account = Account(
            platform=platform,
            handle=handle,
            base_url=url,
            keyring_key=secret_ref(platform, handle).key,
        )
        p = Post(text=post)
        s.add_all([account, p])
        s.flush()
        s.add(
            PostTarget(
                post_id=p.id,
                account_id=account.id,
                state=TargetState.PUBLISHED.value,
                remote_id=post,
                published_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=1),
            )
        )


def test_refresh_reads_facebook_and_threads(
    store: Store, meta: FakeMeta, capsys: pytest.CaptureFixture[str]
) -> None:
    page_post = f"{meta.page_id}_77"
    _connect(store, "facebook", meta.page_id, meta.url, meta.page_token, page_post)
    _connect(store, "threads", "corner.bakery", meta.url, meta.threads_token, "3100000001")
    meta.followers.update(facebook=3400, threads=410)
    meta.seed_insights(
        page_post, post_media_view=500, post_total_media_view_unique=320, reactions=9, comments=2
    )
    meta.seed_insights("3100000001", views=90, likes=4, replies=1, reposts=0, quotes=1)
    code = main(["stats", "refresh", "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0, data
    by = {a["platform"]: a for a in data["accounts"]}
    assert by["facebook"]["ok"] and by["threads"]["ok"]
    # followers + views, reach, likes, comments, shares / followers + five post figures
    assert (by["facebook"]["snapshots"], by["threads"]["snapshots"]) == (6, 6)
    assert data["snapshots_added"] == 12 and data["skipped"] == []
    assert not meta.refused_metrics
