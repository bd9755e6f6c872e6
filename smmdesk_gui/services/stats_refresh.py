"""Live figures from the platforms: the protocol connectors implement, and the refresh.

A connector that can read figures implements :class:`StatsSource` and is registered (by the
composition root, or by the connector package) with :func:`register_source`. :func:`refresh` asks
each source about the accounts of its platform and stores what comes back as new
``MetricSnapshot`` rows (source ``api``); it never overwrites. A source that fails (offline, rate
limited, expired login) is reported per account and the others go on.

Connectors never touch the database (ARCHITECTURE.md): they get plain :class:`AccountRef` /
:class:`PostRef` values and return plain dicts.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from sqlalchemy import select

from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import (
    Account,
    AccountState,
    MetricSnapshot,
    MetricSource,
    PostTarget,
    TargetState,
)

log = logging.getLogger(__name__)

RECENT_POST_DAYS = 60  # per-post figures settle after a few weeks; older posts are not re-read


@dataclass(frozen=True)
class AccountRef:
    """What a source needs to know about an account (never a secret: it reads the keyring)."""

    id: int
    platform: str
    handle: str
    base_url: str | None
    keyring_key: str | None


@dataclass(frozen=True)
class PostRef:
    """A published post of that account, by the platform's own id."""

    target_id: int
    remote_id: str
    remote_url: str | None
    published_at: dt.datetime | None


@runtime_checkable
class StatsSource(Protocol):
    """Reads figures of one platform. Raise any exception when it cannot (offline, 429, ...).

    ``fetch_account`` returns account-level figures such as ``{"followers": 1520}``;
    ``fetch_posts`` returns ``{remote_id: {"likes": 12, "shares": 3, ...}}`` for the posts it
    could read (metric names: reach, impressions, likes, comments, shares, saves, clicks, and
    any platform-specific extra such as quotes).
    """

    platform: str

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]: ...

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]: ...


_SOURCES: dict[str, StatsSource] = {}


def register_source(source: StatsSource) -> None:
    """Make ``source`` the figures reader of its platform (a later one replaces it)."""
    _SOURCES[source.platform] = source


def unregister_source(platform: str) -> None:
    _SOURCES.pop(platform, None)


def registered_sources() -> dict[str, StatsSource]:
    return dict(_SOURCES)


@dataclass
class AccountRefresh:
    account_id: int
    platform: str
    handle: str
    ok: bool
    snapshots: int = 0
    message: str = ""


@dataclass
class RefreshReport:
    accounts: list[AccountRefresh] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "platform · handle: why"

    @property
    def snapshots(self) -> int:
        return sum(a.snapshots for a in self.accounts)

    @property
    def failed(self) -> list[AccountRefresh]:
        return [a for a in self.accounts if not a.ok]


def _plain_message(exc: BaseException) -> str:
    """One line for the user; never the exception's repr (it may carry request details)."""
    if isinstance(exc, OSError | TimeoutError) or "Connection" in type(exc).__name__:
        return "No connection to the platform; the figures will be fetched next time."
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


def refresh(
    store: Store,
    sources: Mapping[str, StatsSource] | None = None,
    now: dt.datetime | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> RefreshReport:
    """Fetch figures for every connected account whose platform has a source.

    Runs off the GUI thread (CLI, ``TaskRunner``). ``should_stop`` lets a caller cancel between
    accounts.
    """
    sources = dict(_SOURCES if sources is None else sources)
    now = now or dt.datetime.now(dt.UTC)
    report = RefreshReport()
    with store.session_scope() as s:
        accounts = [
            AccountRef(a.id, a.platform, a.handle, a.base_url, a.keyring_key)
            for a in s.scalars(select(Account).order_by(Account.id))
            if a.state != AccountState.DISABLED.value
        ]
    since = now - dt.timedelta(days=RECENT_POST_DAYS)
    for acc in accounts:
        if should_stop is not None and should_stop():
            report.skipped.append(f"{acc.platform} · {acc.handle}: stopped")
            continue
        source = sources.get(acc.platform)
        if source is None:
            report.skipped.append(f"{acc.platform} · {acc.handle}: no live figures here")
            continue
        with store.session_scope() as s:
            posts = [
                PostRef(t.id, t.remote_id or "", t.remote_url, t.published_at)
                for t in s.scalars(
                    select(PostTarget).where(
                        PostTarget.account_id == acc.id,
                        PostTarget.state == TargetState.PUBLISHED.value,
                        PostTarget.remote_id.is_not(None),
                        PostTarget.published_at >= since,
                    )
                )
            ]
        result = AccountRefresh(acc.id, acc.platform, acc.handle, ok=True)
        rows: list[MetricSnapshot] = []
        try:
            for metric, value in source.fetch_account(acc).items():
                rows.append(_snap(metric, value, now, account_id=acc.id))
            if posts:
                by_remote = {p.remote_id: p.target_id for p in posts}
                for remote_id, figures in source.fetch_posts(acc, posts).items():
                    target_id = by_remote.get(remote_id)
                    if target_id is None:
                        continue
                    for metric, value in figures.items():
                        rows.append(_snap(metric, value, now, target_id=target_id))
        except Exception as exc:  # offline, rate limit, login expired: tell, keep going
            log.info("stats refresh of %s %s failed: %s", acc.platform, acc.id, type(exc).__name__)
            result.ok = False
            result.message = _plain_message(exc)
        if rows:  # whatever arrived before a failure is still true
            with store.session_scope() as s:
                s.add_all(rows)
            result.snapshots = len(rows)
        report.accounts.append(result)
    return report


def _snap(
    metric: str,
    value: float,
    now: dt.datetime,
    account_id: int | None = None,
    target_id: int | None = None,
) -> MetricSnapshot:
    return MetricSnapshot(
        account_id=account_id,
        target_id=target_id,
        metric=str(metric),
        value=float(value),
        taken_at=now,
        source=MetricSource.API.value,
    )
