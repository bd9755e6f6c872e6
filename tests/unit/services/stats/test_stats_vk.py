"""VK figures (members, views, likes, reposts, comments) into the dashboard's snapshots."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from smmdesk_gui import credentials
from smmdesk_gui.services.accounts import secret_ref
from smmdesk_gui.services.stats.refresh import WAIT_KEY, refresh
from smmdesk_gui.services.stats.sources import platform_sources
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, MetricSnapshot, Post, PostTarget, TargetState
from tests.fakes.publish import quick_connector
from tests.fakes.vk import FakeVK

NOW = dt.datetime(2026, 11, 20, 12, tzinfo=dt.UTC)


def _account(store: Store, vk: FakeVK) -> int:
    credentials.store_secret(secret_ref("vk", "korenbloem"), vk.community_token)
    with store.session_scope() as s:
        account = Account(
            platform="vk",
            handle="korenbloem",
            base_url=vk.url,
            keyring_key=secret_ref("vk", "korenbloem").key,
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
                published_at=NOW - dt.timedelta(hours=i + 1),
            )
            s.add(t)
            s.flush()
            out[rid] = t.id
    return out


def _rows(store: Store) -> set[tuple[int | None, int | None, str, float]]:
    with store.session_scope() as s:
        return {
            (r.account_id, r.target_id, r.metric, r.value)
            for r in s.scalars(select(MetricSnapshot))
        }


def test_members_and_post_figures_in_a_bounded_number_of_calls(store: Store, vk: FakeVK) -> None:
    acc = _account(store, vk)
    vk.seed_wall(150)  # ids 101..250 on the wall, newest first
    targets = _published(store, acc, ["-218000_240", "-218000_130", "-218000_9999"])
    vk.members = 2048
    sources = {s.platform: s for s in platform_sources(quick_connector)}
    report = refresh(store, sources, now=NOW)
    assert [a.ok for a in report.accounts] == [True], report.accounts
    rows = _rows(store)
    assert (acc, None, "followers", 2048.0) in rows
    t240 = targets["-218000_240"]
    assert {(m, v) for _, t, m, v in rows if t == t240} == {
        ("views", 2400.0),
        ("likes", 240 % 7),
        ("shares", 240 % 3),
        ("comments", 240 % 5),
    }
    assert {(m, v) for _, t, m, v in rows if t == targets["-218000_130"]} == {
        ("views", 1300.0),
        ("likes", 130 % 7),
        ("shares", 130 % 3),
        ("comments", 130 % 5),
    }
    # 9999 is not on the wall (deleted): both pages were read, then the wall ended.
    assert not [r for r in rows if r[1] == targets["-218000_9999"]]
    assert len([r for r in vk.log if r.path == "/method/wall.get"]) == 2
    assert len([r for r in vk.log if r.path == "/method/groups.getById"]) <= 2
    assert all(
        r.form.get("fields") == ["members_count"]
        for r in vk.log
        if r.path == "/method/groups.getById"
    )


def test_flood_control_on_a_read_waits_before_asking_again(store: Store, vk: FakeVK) -> None:
    acc = _account(store, vk)
    vk.seed_wall(3)
    _published(store, acc, ["-218000_101"])
    vk.add_fault(FakeVK.error(6, "Too many requests per second", "/method/wall.get"))
    sources = {s.platform: s for s in platform_sources(quick_connector)}
    report = refresh(store, sources, now=NOW)
    [result] = report.accounts
    assert not result.ok and "slow down" in result.message
    with store.session_scope() as s:
        settings = s.get(Account, acc).settings  # type: ignore[union-attr]
    assert dt.datetime.fromisoformat(settings[WAIT_KEY]) > NOW
    before = len(vk.log)
    refresh(store, sources, now=NOW + dt.timedelta(seconds=1))
    assert len(vk.log) == before  # no call while VK asked to wait
    later = refresh(store, sources, now=NOW + dt.timedelta(minutes=5))
    assert later.accounts[0].ok
