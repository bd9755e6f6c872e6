"""Keeping Meta's long-lived tokens alive (Qt-free; the GUI's publisher and ``publish-due``).

Instagram and Threads tokens last about 60 days and can be refreshed without the app secret
(connectors/meta_tokens.py). SMM Desk records, per account and outside the keyring (it is not
a secret), when the token in use was received and when it expires, and refreshes it in the
background when it is older than ``REFRESH_AGE`` or expires within ``REFRESH_BEFORE``. The new
token replaces the old one under the same keyring entry (one write: the keyring never holds two
tokens for an account), and is never logged. When a token expires within ``WARN_BEFORE`` and
could not be refreshed, or has expired, the owner is asked to reconnect, with the date.

The token's age at connect is unknown (the owner pasted it), so its expiry is first taken as
at most 60 days after it was received; the first refresh (after a week) gives the exact date.
A Facebook Page token made from a long-lived user token does not expire: nothing to refresh.

Two processes (the window and ``publish-due``) may look at once: a refresh is claimed with one
``UPDATE … WHERE token_refresh_after`` is free, so only one of them calls Meta.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import and_, or_, select, update

from smmdesk_gui import credentials
from smmdesk_gui.connectors.base import ConnectorError, ErrorKind
from smmdesk_gui.connectors.meta_tokens import (
    LONG_LIVED,
    REFRESHABLE,
    RefreshedToken,
    can_refresh,
    refresh_token,
)
from smmdesk_gui.logs import register_secret
from smmdesk_gui.services.account_errors import connector_problem
from smmdesk_gui.services.account_secrets import secret_ref
from smmdesk_gui.services.publish.queue import retry_locked
from smmdesk_gui.store.db import Store
from smmdesk_gui.store.models import Account, AccountState

log = logging.getLogger(__name__)

#: Refresh a token this old (counted from when SMM Desk received it) ...
REFRESH_AGE = dt.timedelta(days=7)
#: ... or one that expires within this.
REFRESH_BEFORE = dt.timedelta(days=10)
#: Tell the owner to reconnect when the token expires within this and was not refreshed.
WARN_BEFORE = dt.timedelta(days=7)
#: After a failed refresh (network, Meta busy), wait this long before the next try.
RETRY_AFTER_FAILURE = dt.timedelta(hours=6)
#: A claimed refresh: how long other processes keep off it (a crashed claim frees itself).
LEASE = dt.timedelta(minutes=5)

Refresher = Callable[[str, str, str | None], RefreshedToken]


@dataclass(frozen=True)
class RefreshOutcome:
    """What happened to one account's token (never the token itself)."""

    account_id: int
    platform: str
    handle: str
    refreshed: bool
    expires_at: dt.datetime | None
    error_kind: str | None = None
    message: str = ""


@dataclass(frozen=True)
class ExpiringToken:
    """An account whose login stops working soon (or stopped): reconnect it."""

    account_id: int
    platform: str
    handle: str
    expires_at: dt.datetime
    expired: bool


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


def note_new_token(store: Store, account_id: int, now: dt.datetime) -> None:
    """The owner gave the account a new token (connect or reconnect): start its clock.

    Instagram and Threads: expires at most ``LONG_LIVED`` from now; other platforms: unknown.
    """
    with store.session_scope() as s:
        account = s.get(Account, account_id)
        if account is None:
            return
        refreshable = can_refresh(account.platform)
        account.token_renewed_at = now if refreshable else None
        account.token_expires_at = now + LONG_LIVED if refreshable else None
        account.token_refresh_after = None


#: Platforms whose tokens can end (Meta's): a refused token (code 190) is shown as ended.
EXPIRING_PLATFORMS = ("facebook", "instagram", "threads")


def note_ended(store: Store, account_id: int, now: dt.datetime) -> None:
    """Meta refused the account's token (code 190): it ended now at the latest.

    The Accounts screen and the status bar then say "its login expired" until the owner
    reconnects (``note_new_token``). Other platforms are left alone.
    """
    with store.session_scope() as s:
        account = s.get(Account, account_id)
        if account is None or account.platform not in EXPIRING_PLATFORMS:
            return
        ends = _aware(account.token_expires_at)
        if ends is None or ends > now:
            account.token_expires_at = now
        account.token_refresh_after = None


def expires_soon(expires_at: dt.datetime | None, now: dt.datetime) -> bool:
    """Whether a token with this expiry needs the owner: it expires within ``WARN_BEFORE``."""
    expires_at = _aware(expires_at)
    return expires_at is not None and expires_at - now <= WARN_BEFORE


def expiring_tokens(store: Store, now: dt.datetime) -> list[ExpiringToken]:
    """Accounts whose token expires within ``WARN_BEFORE`` (or has expired), soonest first."""
    with store.session_scope() as s:
        rows = s.execute(
            select(Account.id, Account.platform, Account.handle, Account.token_expires_at)
            .where(
                Account.token_expires_at.is_not(None),
                Account.token_expires_at <= now + WARN_BEFORE,
                Account.state != AccountState.DISABLED.value,
            )
            .order_by(Account.token_expires_at, Account.id)
        ).all()
    out = []
    for account_id, platform, handle, expires_at in rows:
        when = _aware(expires_at)
        assert when is not None
        out.append(ExpiringToken(int(account_id), str(platform), str(handle), when, when <= now))
    return out


def _due(now: dt.datetime):  # type: ignore[no-untyped-def]
    return and_(
        Account.platform.in_(tuple(REFRESHABLE)),
        Account.state == AccountState.OK.value,
        Account.token_renewed_at.is_not(None),
        or_(
            Account.token_renewed_at <= now - REFRESH_AGE,
            Account.token_expires_at <= now + REFRESH_BEFORE,
        ),
        or_(Account.token_refresh_after.is_(None), Account.token_refresh_after <= now),
    )


def _claim(store: Store, account_id: int, now: dt.datetime) -> bool:
    def run() -> bool:
        with store.session_scope() as s:
            result = s.execute(
                update(Account)
                .where(Account.id == account_id, _due(now))
                .values(token_refresh_after=now + LEASE)
                .execution_options(synchronize_session=False)
            )
            return bool(result.rowcount == 1)  # type: ignore[attr-defined]

    return retry_locked(run)


def _default_refresher(platform: str, token: str, api_url: str | None) -> RefreshedToken:
    return refresh_token(platform, token, api_url)


def refresh_due_tokens(
    store: Store,
    now: dt.datetime | None = None,
    *,
    refresher: Refresher = _default_refresher,
) -> list[RefreshOutcome]:
    """Refresh every token that is due (network: never call this on the GUI thread).

    A token past its recorded expiry is tried too: that date may be SMM Desk's estimate (the
    token's age at connect is unknown), and Meta's code 190 is what turns the account to
    "needs reconnect". Returns one outcome per account tried.
    """
    now = now or dt.datetime.now(dt.UTC)
    with store.session_scope() as s:
        ids = s.scalars(select(Account.id).where(_due(now)).order_by(Account.id)).all()
    outcomes = []
    for account_id in ids:
        if _claim(store, account_id, now):
            outcomes.append(_refresh_one(store, account_id, now, refresher))
    return outcomes


def _refresh_one(
    store: Store, account_id: int, now: dt.datetime, refresher: Refresher
) -> RefreshOutcome:
    with store.session_scope() as s:
        account = s.get(Account, account_id)
        assert account is not None
        platform, handle, base_url = account.platform, account.handle, account.base_url
        expires_at = _aware(account.token_expires_at)

    def failed(kind: str, message: str, wait: dt.timedelta = RETRY_AFTER_FAILURE) -> RefreshOutcome:
        with store.session_scope() as s:
            row = s.get(Account, account_id)
            if row is not None:
                row.token_refresh_after = now + wait
        log.warning("token refresh for %s %s failed (%s)", platform, handle, kind)
        return RefreshOutcome(account_id, platform, handle, False, expires_at, kind, message)

    try:
        old = credentials.read_secret(secret_ref(platform, handle))
    except credentials.CredentialError as exc:  # locked, missing: the publish path says so
        return failed("keyring", str(exc))
    try:
        new = refresher(platform, old, base_url)
    except ConnectorError as exc:
        if exc.kind is ErrorKind.AUTH_EXPIRED:
            with store.session_scope() as s:
                row = s.get(Account, account_id)
                if row is not None:
                    row.state = AccountState.NEEDS_RECONNECT.value
                    row.state_message = str(exc)
                    row.state_problem = connector_problem(exc, platform).as_json()
            note_ended(store, account_id, now)
            log.warning("token refresh for %s %s refused: reconnect needed", platform, handle)
            return RefreshOutcome(
                account_id, platform, handle, False, expires_at, exc.kind.value, str(exc)
            )
        wait = RETRY_AFTER_FAILURE
        if exc.retry_after:
            wait = max(wait, dt.timedelta(seconds=exc.retry_after))
        return failed(exc.kind.value, str(exc), wait)
    register_secret(new.token)  # from now on redacted from every log line
    try:
        # One keyring entry per account, overwritten in one call: old or new, never both.
        credentials.store_secret(secret_ref(platform, handle), new.token)
    except credentials.CredentialError as exc:
        return failed("keyring", str(exc))
    new_expiry = now + new.expires_in
    with store.session_scope() as s:
        row = s.get(Account, account_id)
        if row is not None:
            row.token_renewed_at = now
            row.token_expires_at = new_expiry
            row.token_refresh_after = None
    log.info("token of %s %s refreshed; valid until %s", platform, handle, new_expiry.date())
    return RefreshOutcome(account_id, platform, handle, True, new_expiry)
