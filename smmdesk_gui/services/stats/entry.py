"""Figures entered by hand: a post's reach, likes, comments, shares, saves and clicks (for
platforms SMM Desk cannot read), an account's followers, and ad spend entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select

from smmdesk_gui.domain.metrics import POST_METRICS
from smmdesk_gui.domain.problems import Problem, ProblemError
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    AdSpend,
    MetricSnapshot,
    MetricSource,
    Post,
    PostTarget,
)

# Impressions come from the platforms' own stats, not from a quick form.
MANUAL_POST_METRICS: tuple[str, ...] = tuple(m for m in POST_METRICS if m != "impressions")


class EntryError(ProblemError, ValueError):
    """A figure entered by hand that cannot be stored: a problem code saying which and why
    (``str()`` in English)."""


def _check_figure(name: str, value: float | None) -> float | None:
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise EntryError(Problem("stats_entry_not_a_number", figure=name)) from None
    if v != v or v < 0:
        raise EntryError(Problem("stats_entry_negative", figure=name))
    return v


def record_post_figures(
    store: Store,
    target_id: int,
    figures: Mapping[str, float | None],
    taken_at: dt.datetime | None = None,
) -> int:
    """Store the figures a user typed for one published post; empty ones are left out.

    Returns the number of snapshots added. Earlier figures stay (history).
    """
    unknown = sorted(set(figures) - set(MANUAL_POST_METRICS))
    if unknown:
        raise EntryError(Problem("stats_entry_unknown", figures=", ".join(unknown)))
    clean = {k: _check_figure(k, v) for k, v in figures.items()}
    taken_at = taken_at or dt.datetime.now(dt.UTC)
    with store.session_scope() as s:
        if s.get(PostTarget, target_id) is None:
            raise EntryError(Problem("stats_entry_post_gone"))
        rows = [
            MetricSnapshot(
                target_id=target_id,
                metric=k,
                value=v,
                taken_at=taken_at,
                source=MetricSource.MANUAL.value,
            )
            for k, v in clean.items()
            if v is not None
        ]
        s.add_all(rows)
    return len(rows)


def record_followers(
    store: Store, account_id: int, followers: float, taken_at: dt.datetime | None = None
) -> None:
    value = _check_figure("followers", followers)
    assert value is not None
    with store.session_scope() as s:
        if s.get(Account, account_id) is None:
            raise EntryError(Problem("stats_entry_account_gone"))
        s.add(
            MetricSnapshot(
                account_id=account_id,
                metric="followers",
                value=value,
                taken_at=taken_at or dt.datetime.now(dt.UTC),
                source=MetricSource.MANUAL.value,
            )
        )


def latest_post_figures(store: Store, target_id: int) -> dict[str, float]:
    """The latest value of each figure of a post (to prefill the manual form)."""
    out: dict[str, tuple[dt.datetime, float]] = {}
    with store.session_scope() as s:
        for metric, value, taken in s.execute(
            select(MetricSnapshot.metric, MetricSnapshot.value, MetricSnapshot.taken_at).where(
                MetricSnapshot.target_id == target_id
            )
        ):
            if metric not in out or taken >= out[metric][0]:
                out[metric] = (taken, float(value))
    return {k: v for k, (_t, v) in out.items()}


@dataclass(frozen=True)
class AdSpendEntry:
    id: int
    spent_on: dt.date
    platform: str
    campaign: str
    amount: float
    currency: str
    account_id: int | None
    post_id: int | None
    impressions: int | None
    clicks: int | None
    leads: int | None


def _entry(row: AdSpend) -> AdSpendEntry:
    return AdSpendEntry(
        row.id,
        row.spent_on,
        row.platform,
        row.campaign,
        row.amount,
        row.currency,
        row.account_id,
        row.post_id,
        row.impressions,
        row.clicks,
        row.leads,
    )


def add_ad_spend(
    store: Store,
    spent_on: dt.date,
    platform: str,
    amount: float,
    currency: str,
    campaign: str = "",
    account_id: int | None = None,
    post_id: int | None = None,
    impressions: int | None = None,
    clicks: int | None = None,
    leads: int | None = None,
) -> AdSpendEntry:
    """Record money spent on ads on one day (optionally for one post)."""
    value = _check_figure("amount", amount)
    assert value is not None
    cur = currency.strip().upper()
    if len(cur) != 3 or not cur.isalpha():
        raise EntryError(Problem("stats_entry_currency"))
    if not platform.strip():
        raise EntryError(Problem("stats_entry_platform"))
    counts = {}
    for name, v in (("impressions", impressions), ("clicks", clicks), ("leads", leads)):
        checked = _check_figure(name, v)
        counts[name] = None if checked is None else int(checked)
    with store.session_scope() as s:
        if post_id is not None and s.get(Post, post_id) is None:
            raise EntryError(Problem("stats_entry_post_gone"))
        if account_id is not None and s.get(Account, account_id) is None:
            raise EntryError(Problem("stats_entry_account_gone"))
        row = AdSpend(
            spent_on=spent_on,
            platform=platform.strip(),
            campaign=campaign.strip(),
            amount=value,
            currency=cur,
            account_id=account_id,
            post_id=post_id,
            **counts,
        )
        s.add(row)
        s.flush()
        return _entry(row)


def ad_spend_entries(
    store: Store, first: dt.date | None = None, last: dt.date | None = None
) -> list[AdSpendEntry]:
    with store.session_scope() as s:
        q = select(AdSpend).order_by(AdSpend.spent_on, AdSpend.id)
        if first is not None:
            q = q.where(AdSpend.spent_on >= first)
        if last is not None:
            q = q.where(AdSpend.spent_on <= last)
        return [_entry(r) for r in s.scalars(q)]


def delete_ad_spend(store: Store, entry_id: int) -> bool:
    with store.session_scope() as s:
        row = s.get(AdSpend, entry_id)
        if row is None:
            return False
        s.delete(row)
        return True
