"""Instagram, Facebook Page and Threads figures into the dashboard's snapshots (issue 14)."""

from __future__ import annotations

import datetime as dt

import pytest
import requests
from sqlalchemy import select

from smmdesk_gui import credentials
from smmdesk_gui.connectors.meta_insights import DEPRECATED_METRICS, USAGE_STOP
from smmdesk_gui.services.accounts import secret_ref
from smmdesk_gui.services.stats.refresh import WAIT_KEY, StatsSource, refresh
from smmdesk_gui.services.stats.sources import platform_sources
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, MetricSnapshot, Post, PostTarget, TargetState
from tests.fakes.meta import FakeMeta, graph_error
from tests.fakes.publish import Fault, quick_connector

NOW = dt.datetime.now(dt.UTC)  # the refresh reads posts of the last 60 days


def _sources() -> dict[str, StatsSource]:
    return {s.platform: s for s in platform_sources(quick_connector)}


def _account(store: Store, platform: str, handle: str, url: str, token: str) -> int:
    credentials.store_secret(secret_ref(platform, handle), token)
    with store.session_scope() as s:
        account = Account(
            platform=platform,
            handle=handle,
            base_url=url,
            keyring_key=secret_ref(platform, handle).key,
        )
        s.add(account)
        s.flush()
        return account.id


def _published(store: Store, account_id: int, remote_ids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    with store.session_scope() as s:
        for i, rid in enumerate(remote_ids):
            post = Post(text=rid)
            s.add(post)
            s.flush()
            t = PostTarget(
                post_id=post.id,
                account_id=account_id,
                state=TargetState.PUBLISHED.value,
                remote_id=rid,
                published_at=NOW - dt.timedelta(hours=i + 1),  # the first is the newest
            )
            s.add(t)
            s.flush()
            out[rid] = t.id
    return out


def _figures(store: Store, target_id: int) -> dict[str, float]:
    with store.session_scope() as s:
        rows = s.scalars(select(MetricSnapshot).where(MetricSnapshot.target_id == target_id))
        return {r.metric: r.value for r in rows}


def _followers(store: Store, account_id: int) -> list[float]:
    with store.session_scope() as s:
        return list(
            s.scalars(
                select(MetricSnapshot.value).where(
                    MetricSnapshot.account_id == account_id, MetricSnapshot.metric == "followers"
                )
            )
        )


def _asked_metrics(meta: FakeMeta) -> set[str]:
    names: set[str] = set()
    for r in meta.insight_requests():
        names.update((r.query.get("metric") or [""])[0].split(","))
        fields = (r.query.get("fields") or [""])[0]
        if "insights.metric(" in fields:
            names.update(fields.split("insights.metric(", 1)[1].split(")", 1)[0].split(","))
    return names - {""}


def test_instagram_followers_and_media_insights(store: Store, meta: FakeMeta) -> None:
    acc = _account(store, "instagram", "corner.bakery", meta.url, meta.ig_token)
    meta.followers["instagram"] = 1520
    meta.seed_insights(
        "17900000001", views=2400, reach=1800, likes=120, comments=14, shares=9, saved=31
    )
    meta.seed_insights("17900000002", views=300, reach=250, likes=12)  # no comments data yet
    targets = _published(store, acc, ["17900000001", "17900000002", "17900000099"])
    report = refresh(store, _sources())
    assert [a.ok for a in report.accounts] == [True], report.accounts
    assert _followers(store, acc) == [1520.0]
    assert _figures(store, targets["17900000001"]) == {
        "views": 2400.0,
        "reach": 1800.0,
        "likes": 120.0,
        "comments": 14.0,
        "shares": 9.0,
        "saves": 31.0,
    }
    # A metric the API gives no data for is left out, never stored as 0.
    assert _figures(store, targets["17900000002"]) == {"views": 300, "reach": 250, "likes": 12}
    assert _figures(store, targets["17900000099"]) == {}  # deleted on Instagram: skipped
    # Bounded: one call for the account, one per post.
    assert len(meta.log) == 1 + 3
    assert not meta.refused_metrics
    assert _asked_metrics(meta) == {"views", "reach", "likes", "comments", "shares", "saved"}
    assert not _asked_metrics(meta) & DEPRECATED_METRICS


def test_facebook_page_followers_and_post_insights(store: Store, meta: FakeMeta) -> None:
    # A user token that manages the Page: the Page's own token is fetched and used.
    acc = _account(store, "facebook", meta.page_id, meta.url, meta.user_token)
    meta.followers["facebook"] = 3400
    meta.fan_count = 3000  # the old "likes of the Page": followers_count wins
    first, second = f"{meta.page_id}_101", f"{meta.page_id}_102"
    meta.seed_insights(
        first,
        post_media_view=5000,
        post_total_media_view_unique=3100,
        reactions=80,
        comments=12,
        shares=7,
    )
    meta.seed_insights(second, post_media_view=90, post_total_media_view_unique=70, reactions=3)
    targets = _published(store, acc, [first, second])
    report = refresh(store, _sources())
    assert [a.ok for a in report.accounts] == [True], report.accounts
    assert _followers(store, acc) == [3400.0]
    assert _figures(store, targets[first]) == {
        "views": 5000.0,
        "reach": 3100.0,
        "likes": 80.0,
        "comments": 12.0,
        "shares": 7.0,
    }
    # Nobody shared the second post: Graph leaves the field out, which is 0 shares.
    assert _figures(store, targets[second]) == {
        "views": 90.0,
        "reach": 70.0,
        "likes": 3.0,
        "comments": 0.0,
        "shares": 0.0,
    }
    assert not meta.refused_metrics
    assert _asked_metrics(meta) == {"post_media_view", "post_total_media_view_unique"}
    post_reads = [r for r in meta.insight_requests() if "_10" in r.path]
    assert len(post_reads) == 2
    # Bounded: who the token is, the Page's own token, its followers, one call per post.
    assert [r.path.split("/", 2)[2] for r in meta.log] == [
        "me",
        meta.page_id,
        meta.page_id,
        first,
        second,
    ]
    assert all(r.query["access_token"] == [meta.page_token] for r in post_reads)


def test_facebook_followers_fall_back_to_the_fan_count(store: Store, meta: FakeMeta) -> None:
    acc = _account(store, "facebook", meta.page_id, meta.url, meta.page_token)
    meta.fan_count = 640  # a Page whose node has no followers_count
    meta.followers["facebook"] = None
    report = refresh(store, _sources())
    assert report.accounts[0].ok
    assert _followers(store, acc) == [640.0]


def test_threads_followers_and_media_insights(store: Store, meta: FakeMeta) -> None:
    acc = _account(store, "threads", "corner.bakery", meta.url, meta.threads_token)
    meta.followers["threads"] = 410
    meta.seed_insights("3100000001", views=900, likes=44, replies=6, reposts=3, quotes=2)
    targets = _published(store, acc, ["3100000001", "container:9001:abc"])
    report = refresh(store, _sources())
    assert [a.ok for a in report.accounts] == [True], report.accounts
    assert _followers(store, acc) == [410.0]
    assert _figures(store, targets["3100000001"]) == {
        "views": 900.0,
        "likes": 44.0,
        "comments": 6.0,
        "shares": 3.0,
        "quotes": 2.0,
    }
    # A post whose id is its container's (the publish answer was lost): never asked about.
    assert not [r for r in meta.log if "9001" in r.path]
    assert not meta.refused_metrics
    assert _asked_metrics(meta) == {
        "followers_count",
        "views",
        "likes",
        "replies",
        "reposts",
        "quotes",
    }


def test_the_fake_refuses_a_deprecated_metric_as_meta_does(meta: FakeMeta) -> None:
    """The check above means something: asking for a deprecated name fails the refresh."""
    meta.seed_insights("17900000001", views=1)
    answer = requests.get(
        f"{meta.url}/v24.0/17900000001/insights",
        params={"metric": "impressions,reach", "access_token": meta.ig_token},
        timeout=5,
    )
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert (error["code"], error["message"]) == (
        100,
        "(#100) The value must be a valid insights metric",
    )
    page_post = f"{meta.page_id}_5"
    meta.seed_insights(page_post, post_impressions=10)
    answer = requests.get(
        f"{meta.url}/v24.0/{page_post}",
        params={"fields": "insights.metric(post_impressions)", "access_token": meta.page_token},
        timeout=5,
    )
    assert answer.status_code == 400 and answer.json()["error"]["code"] == 100
    assert meta.refused_metrics == ["impressions", "post_impressions"]


def test_rate_limit_mid_refresh_keeps_what_was_read_and_says_so(
    store: Store, meta: FakeMeta
) -> None:
    acc = _account(store, "instagram", "corner.bakery", meta.url, meta.ig_token)
    meta.followers["instagram"] = 1520
    ids = ["17900000001", "17900000002", "17900000003"]
    for i, media_id in enumerate(ids):
        meta.seed_insights(media_id, views=100 * (i + 1), likes=i + 1)
    targets = _published(store, acc, ids)
    meta.add_fault(FakeMeta.rate_limited("17900000002/insights", code=4))
    report = refresh(store, _sources(), now=NOW)
    [result] = report.accounts
    assert not result.ok
    assert "slow down" in result.message and "1 post were read and kept" in result.message
    # the window words it from the code; the CLI's English line is the problem's message
    assert result.problem is not None and result.problem.code == "stats_rate_limited"
    assert result.problem["kept"] == 1 and result.problem.message == result.message
    assert _followers(store, acc) == [1520.0]
    assert _figures(store, targets["17900000001"]) == {"views": 100.0, "likes": 1.0}
    assert _figures(store, targets["17900000003"]) == {}  # not asked after the refusal
    assert not [r for r in meta.log if "17900000003" in r.path]
    with store.session_scope() as s:
        settings = s.get(Account, acc).settings  # type: ignore[union-attr]
    # X-Business-Use-Case-Usage said 2 minutes: no call to Instagram before then.
    assert dt.datetime.fromisoformat(settings[WAIT_KEY]) == NOW + dt.timedelta(minutes=2)
    before = len(meta.log)
    again = refresh(store, _sources(), now=NOW + dt.timedelta(minutes=1))
    assert not again.accounts[0].ok and len(meta.log) == before


@pytest.mark.parametrize("code", [17, 32, 613])
def test_every_rate_limit_code_stops_the_account(store: Store, meta: FakeMeta, code: int) -> None:
    acc = _account(store, "threads", "corner.bakery", meta.url, meta.threads_token)
    meta.seed_insights("3100000001", views=5)
    _published(store, acc, ["3100000001"])
    meta.add_fault(FakeMeta.rate_limited("threads_insights", code=code))
    [result] = refresh(store, _sources(), now=NOW).accounts
    assert not result.ok and "Threads asks SMM Desk to slow down" in result.message
    assert not [r for r in meta.log if "3100000001" in r.path]


def test_app_usage_near_the_limit_stops_before_meta_refuses(store: Store, meta: FakeMeta) -> None:
    acc = _account(store, "instagram", "corner.bakery", meta.url, meta.ig_token)
    ids = [f"1790000000{i}" for i in range(1, 6)]
    for media_id in ids:
        meta.seed_insights(media_id, views=10, likes=1)
    targets = _published(store, acc, ids)
    # The fake's X-App-Usage call_count is its number of calls (in percent): the account read
    # and two posts bring it to the stopping point.
    meta.call_count = int(USAGE_STOP) - 3
    [result] = refresh(store, _sources(), now=NOW).accounts
    assert not result.ok and "2 posts were read and kept" in result.message
    assert [bool(_figures(store, targets[i])) for i in ids] == [True, True, False, False, False]
    assert len(meta.log) == 3  # the account and two posts; no call once the budget ran low


def test_meta_account_without_a_login_is_skipped_not_failed(store: Store) -> None:
    with store.session_scope() as s:
        s.add(Account(platform="instagram", handle="by.hand"))
    report = refresh(store, _sources())
    assert report.accounts == []
    assert report.skipped == [
        "instagram · by.hand: not connected; connect it in Accounts for live figures, or "
        "import its stats file"
    ]


def test_expired_token_asks_to_reconnect(store: Store, meta: FakeMeta) -> None:
    acc = _account(store, "facebook", meta.page_id, meta.url, meta.page_token)
    _published(store, acc, [f"{meta.page_id}_101"])
    meta.add_fault(FakeMeta.expired("/me"))
    [result] = refresh(store, _sources(), now=NOW).accounts
    assert not result.ok and "reconnect" in result.message
    assert result.problem is not None and result.problem.code == "stats_auth_expired"
    assert result.problem.message == result.message


def test_insights_permission_missing_is_said_once(store: Store, meta: FakeMeta) -> None:
    """Every post refused (code 10: the token lacks instagram_business_manage_insights)."""
    acc = _account(store, "instagram", "corner.bakery", meta.url, meta.ig_token)
    ids = ["17900000001", "17900000002"]
    for media_id in ids:
        meta.seed_insights(media_id, views=10)
    _published(store, acc, ids)
    refusal = graph_error(10, "(#10) Application does not have permission for this action")
    meta.add_fault(Fault("/insights", status=400, body=refusal), times=2)
    [result] = refresh(store, _sources(), now=NOW).accounts
    assert not result.ok
    assert result.message.startswith("Instagram did not give the figures")
    assert "(#10) Application does not have permission" in result.message
    assert _followers(store, acc) == [0.0]  # the account's own figure was read and kept
