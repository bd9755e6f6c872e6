"""Manual figures, ad spend, and the refresh over registered StatsSources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import pytest

from smmdesk_gui.services.stats import kpis
from smmdesk_gui.services.stats.entry import (
    EntryError,
    ad_spend_entries,
    add_ad_spend,
    delete_ad_spend,
    latest_post_figures,
    record_followers,
    record_post_figures,
)
from smmdesk_gui.services.stats.refresh import AccountRef, PostRef
from smmdesk_gui.store.db import Store
from tests.fakes.stats import BlueskyFigures

UTC = dt.UTC
NOW = dt.datetime(2026, 10, 20, 12, tzinfo=UTC)


def test_manual_post_figures_keep_history(store: Store, october: dict[str, int]) -> None:
    p3 = october["p3"]
    assert (
        record_post_figures(store, p3, {"reach": 300, "likes": 9, "saves": None}, taken_at=NOW) == 2
    )
    assert latest_post_figures(store, p3) == {"reach": 300, "likes": 9, "shares": 2}
    k = kpis.kpis(store, kpis.Period.month(2026, 10), account_id=october["b"], tz=UTC)
    assert k.er_reach.value == pytest.approx(11 / 300)  # likes 9 + shares 2
    with pytest.raises(EntryError, match="reach: enter zero or a positive number"):
        record_post_figures(store, p3, {"reach": -1})
    with pytest.raises(EntryError, match="unknown figures: views"):
        record_post_figures(store, p3, {"views": 1})
    with pytest.raises(EntryError, match="no longer exists"):
        record_post_figures(store, 9999, {"likes": 1})
    record_followers(store, october["b"], 215, taken_at=NOW)
    k = kpis.kpis(store, kpis.Period.month(2026, 10), account_id=october["b"], tz=UTC)
    assert k.followers_end == 210  # Oct 31's figure is later than the manual one


def test_ad_spend_entries(store: Store, october: dict[str, int]) -> None:
    e = add_ad_spend(
        store,
        dt.date(2026, 10, 10),
        "instagram",
        20,
        "eur",
        "Rolls",
        account_id=october["a"],
        post_id=october["post1"],
        clicks=40,
    )
    assert e.currency == "EUR" and e.post_id == october["post1"]
    assert len(ad_spend_entries(store, dt.date(2026, 10, 1), dt.date(2026, 10, 31))) == 2
    k = kpis.kpis(store, kpis.Period.month(2026, 10), tz=UTC)
    assert k.spend == {"EUR": 50.0} and k.cpc.value == pytest.approx(50 / 100)
    add_ad_spend(store, dt.date(2026, 10, 11), "vk", 900, "RUB")
    k = kpis.kpis(store, kpis.Period.month(2026, 10), tz=UTC)
    assert k.spend == {"EUR": 50.0, "RUB": 900.0}
    assert not k.cpc.ok  # two currencies are never added up
    with pytest.raises(EntryError, match="three-letter"):
        add_ad_spend(store, dt.date(2026, 10, 10), "vk", 1, "euro")
    assert delete_ad_spend(store, e.id) and not delete_ad_spend(store, e.id)


class OfflineInstagram:
    platform = "instagram"

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]:
        raise ConnectionRefusedError("connect failed to graph.facebook.com:443 token=abc")

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]:
        raise AssertionError("not reached")


def test_refresh_stores_snapshots_and_tolerates_offline(
    store: Store, october: dict[str, int]
) -> None:
    bsky = BlueskyFigures()
    assert isinstance(bsky, kpis.StatsSource)
    report = kpis.refresh(store, {"bluesky": bsky, "instagram": OfflineInstagram()}, now=NOW)
    assert bsky.asked == ["bs3"]
    by = {a.platform: a for a in report.accounts}
    assert by["bluesky"].ok and by["bluesky"].snapshots == 4  # followers + 3 post figures
    assert not by["instagram"].ok
    assert "No connection" in by["instagram"].message
    assert "token" not in by["instagram"].message  # nothing technical leaks
    k = kpis.kpis(store, kpis.Period.month(2026, 10), account_id=october["b"], tz=UTC)
    assert k.interactions.total == 14


def test_registry_and_nothing_registered(store: Store, october: dict[str, int]) -> None:
    report = kpis.refresh(store, {})
    assert report.accounts == [] and len(report.skipped) == 2
    src = BlueskyFigures()
    kpis.register_source(src)
    try:
        assert kpis.registered_sources()["bluesky"] is src
        assert kpis.refresh(store, now=NOW).snapshots == 4
    finally:
        kpis.unregister_source("bluesky")
    assert "bluesky" not in kpis.registered_sources()
