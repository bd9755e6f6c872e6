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

from smmdesk_gui.connectors.figures import IncompleteFiguresError
from smmdesk_gui.domain.problems import CODES, Problem
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
WAIT_KEY = "stats_wait_until"  # Account.settings: no figure calls before this instant (429)
DEFAULT_RATE_LIMIT_WAIT = 15 * 60.0  # a 429 that did not say how long
MIN_RATE_LIMIT_WAIT = 30.0
MAX_RATE_LIMIT_WAIT = 24 * 3600.0
#: Connected platforms without live figures, and why (shown in the refresh report).
NO_SOURCE_REASONS = {
    "telegram": "Telegram's Bot API gives no view or follower counts; enter them by hand",
}


class NotConnectedError(Exception):
    """A source has nothing to read for this account (an account kept without a login, posted
    by hand): the refresh lists it as skipped with this reason, not as a failure."""


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
    message: str = ""  # English (the CLI's and the logs' line); ``problem`` is the same as a code
    problem: Problem | None = None


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


def _failure_problem(platform: str, exc: BaseException, message: str) -> Problem:
    """What went wrong as a code, for the window to word; ``message`` (the English line the CLI
    prints) travels as ``reason``, so the English table gives back exactly that line."""
    problem = getattr(exc, "problem", None)
    if isinstance(problem, Problem):  # a source's own refusal (no login, keyring)
        return problem
    if isinstance(exc, OSError | TimeoutError) or "Connection" in type(exc).__name__:
        return Problem("stats_network", platform=platform, reason=message)
    code = f"stats_{getattr(exc, 'kind', '')}"
    if code not in CODES or code == "stats_failed":
        return Problem("stats_failed", platform=platform, reason=message)
    detail = str(getattr(exc, "detail", "") or "")
    if code == "stats_rate_limited":
        # posts whose figures arrived before the platform said "slow down" (they are kept)
        kept = len(exc.figures) if isinstance(exc, IncompleteFiguresError) else 0
        return Problem(code, platform=platform, kept=kept, reason=message, detail=detail)
    return Problem(code, platform=platform, reason=message, detail=detail)


def _wait_until(settings: Mapping[str, object] | None) -> dt.datetime | None:
    raw = (settings or {}).get(WAIT_KEY)
    if not isinstance(raw, str):
        return None
    try:
        when = dt.datetime.fromisoformat(raw)
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def _set_wait(store: Store, account_id: int, until: dt.datetime | None) -> None:
    with store.session_scope() as s:
        account = s.get(Account, account_id)
        if account is None:
            return
        settings = dict(account.settings or {})
        if until is None:
            if WAIT_KEY not in settings:
                return
            settings.pop(WAIT_KEY)
        else:
            settings[WAIT_KEY] = until.isoformat()
        account.settings = settings  # a new dict: the JSON column sees the change


def _rate_limit_wait(exc: BaseException) -> float | None:
    """Seconds to leave the account alone after ``exc``, when it was a rate limit."""
    if str(getattr(exc, "kind", "")) != "rate_limited":
        return None
    seconds = getattr(exc, "retry_after", None)
    if not isinstance(seconds, int | float) or seconds <= 0:
        seconds = DEFAULT_RATE_LIMIT_WAIT
    return float(min(max(seconds, MIN_RATE_LIMIT_WAIT), MAX_RATE_LIMIT_WAIT))


def refresh(
    store: Store,
    sources: Mapping[str, StatsSource] | None = None,
    now: dt.datetime | None = None,
    should_stop: Callable[[], bool] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> RefreshReport:
    """Fetch figures for every connected account whose platform has a source.

    Runs off the GUI thread (CLI, ``TaskRunner``). ``should_stop`` lets a caller cancel between
    accounts; ``progress(done, total, "platform · handle")`` is called before each account.
    Every fetch appends one snapshot per figure (a time series: an unchanged value is a new
    point, so "when was it last checked" and growth stay computable).

    An account that was told to slow down (HTTP 429) is left alone until the time the platform
    gave (kept in the account's settings, so the CLI obeys it too).
    """
    sources = dict(_SOURCES if sources is None else sources)
    now = now or dt.datetime.now(dt.UTC)
    report = RefreshReport()
    with store.session_scope() as s:
        listed = [
            (
                AccountRef(a.id, a.platform, a.handle, a.base_url, a.keyring_key),
                _wait_until(a.settings),
            )
            for a in s.scalars(select(Account).order_by(Account.id))
            if a.state != AccountState.DISABLED.value
        ]
    since = now - dt.timedelta(days=RECENT_POST_DAYS)
    total = len(listed)
    for index, (acc, wait_until) in enumerate(listed):
        if progress is not None:
            progress(index, total, f"{acc.platform} · {acc.handle}")
        if should_stop is not None and should_stop():
            report.skipped.append(f"{acc.platform} · {acc.handle}: stopped")
            continue
        source = sources.get(acc.platform)
        if source is None:
            why = NO_SOURCE_REASONS.get(acc.platform, "no live figures here")
            report.skipped.append(f"{acc.platform} · {acc.handle}: {why}")
            continue
        if wait_until is not None and wait_until > now:
            waiting = Problem(
                "stats_waiting",
                platform=acc.platform,
                until=wait_until.astimezone(dt.UTC).isoformat(),
            )
            report.accounts.append(
                AccountRefresh(
                    acc.id,
                    acc.platform,
                    acc.handle,
                    ok=False,
                    message=waiting.message,
                    problem=waiting,
                )
            )
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
        by_remote = {p.remote_id: p.target_id for p in posts}

        failure: BaseException | None = None
        try:
            for metric, value in source.fetch_account(acc).items():
                rows.append(_snap(metric, value, now, account_id=acc.id))
            if posts:
                rows.extend(_post_rows(source.fetch_posts(acc, posts), by_remote, now))
        except NotConnectedError as exc:  # raised before anything was read
            report.skipped.append(f"{acc.platform} · {acc.handle}: {exc}")
            continue
        except IncompleteFiguresError as exc:  # some posts were read before the failure
            rows.extend(_post_rows(exc.figures, by_remote, now))
            failure = exc
        except Exception as exc:  # offline, rate limit, login expired: tell, keep going
            failure = exc
        if failure is not None:
            log.info(
                "stats refresh of %s %s failed: %s", acc.platform, acc.id, type(failure).__name__
            )
            result.ok = False
            result.message = _plain_message(failure)
            result.problem = _failure_problem(acc.platform, failure, result.message)
            wait = _rate_limit_wait(failure)
            if wait is not None:
                _set_wait(store, acc.id, now + dt.timedelta(seconds=wait))
        elif wait_until is not None:
            _set_wait(store, acc.id, None)
        if rows:  # whatever arrived before a failure is still true
            with store.session_scope() as s:
                s.add_all(rows)
            result.snapshots = len(rows)
        report.accounts.append(result)
    if progress is not None:
        progress(total, total, "")
    return report


def _post_rows(
    found: Mapping[str, Mapping[str, float]], by_remote: Mapping[str, int], now: dt.datetime
) -> list[MetricSnapshot]:
    rows: list[MetricSnapshot] = []
    for remote_id, figures in found.items():
        target_id = by_remote.get(remote_id)
        if target_id is None:
            continue  # an answer about a post we did not ask for
        for metric, value in figures.items():
            rows.append(_snap(metric, value, now, target_id=target_id))
    return rows


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
