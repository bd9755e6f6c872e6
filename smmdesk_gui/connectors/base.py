"""What every connector shares: the Protocol, the error kinds, plain data; the HTTP session is in
``http.py`` (re-exported here).

Connectors never touch the database: the publishing service hands them plain dataclasses
(``OutgoingPost``) and stores what they return (``PublishResult``) or raise
(``ConnectorError``). Every HTTP call carries an explicit timeout.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import requests

from smmdesk_gui.connectors.http import (
    TIMEOUT,
    UPLOAD_TIMEOUT,
    USER_AGENT,
    DeadlineExceeded,
    InsecureURL,
    RedirectRefused,
    SafeSession,
    make_session,
    request_deadline,
    server_url_issue,
    server_url_problem,
)
from smmdesk_gui.domain.problems import Problem, english, failure_code

# the HTTP session's names are re-exported: connectors import them from here
__all__ = [
    "Connector",
    "ConnectorError",
    "DeadlineExceeded",
    "ErrorKind",
    "Identity",
    "InsecureURL",
    "MAX_WAIT",
    "MediaItem",
    "MemoryTokenCache",
    "OutgoingPost",
    "PublishResult",
    "RETRYABLE",
    "RedirectRefused",
    "SafeSession",
    "TIMEOUT",
    "TokenCache",
    "UPLOAD_TIMEOUT",
    "USER_AGENT",
    "classify_status",
    "generic_message",
    "json_or_empty",
    "make_session",
    "may_have_arrived",
    "network_error",
    "parse_reset_instant",
    "parse_retry_after",
    "request_deadline",
    "server_url_issue",
    "server_url_problem",
    "wait_seconds",
]


#: The longest wait SMM Desk takes from a platform (Retry-After, retry_after, a reset instant):
#: a longer one is cut to this, so a hostile or broken answer cannot park a post for years.
MAX_WAIT = 24 * 3600.0


class ErrorKind(StrEnum):
    """Why a call failed; the publishing service decides what to do from the kind alone."""

    RATE_LIMITED = "rate_limited"  # 429: wait ``retry_after`` seconds, then retry
    NETWORK = "network"  # no answer (DNS, refused, reset, timeout): retry
    SERVER_ERROR = "server_error"  # 5xx: retry
    REJECTED = "rejected"  # the platform refused this post: the user must change it
    AUTH_EXPIRED = "auth_expired"  # token/password no longer valid: the user reconnects


RETRYABLE = frozenset({ErrorKind.RATE_LIMITED, ErrorKind.NETWORK, ErrorKind.SERVER_ERROR})


class ConnectorError(Exception):
    """A failed platform call. ``str()`` is a message for the user; no secret is ever in it.

    Attributes:
        kind: what kind of failure (drives retry / stop / reconnect).
        http_status: the HTTP status, when there was an answer.
        retry_after: seconds the platform asked us to wait (429), if it said.
        detail: the platform's own words (shown behind "Details").
        sent: True when the request may have reached the platform (the answer was lost).
    """

    def __init__(
        self,
        kind: ErrorKind,
        message: str,
        *,
        http_status: int | None = None,
        retry_after: float | None = None,
        detail: str = "",
        sent: bool = False,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.http_status = http_status
        self.retry_after = wait_seconds(retry_after) if retry_after is not None else None
        self.detail = detail
        self.sent = sent

    @property
    def retryable(self) -> bool:
        return self.kind in RETRYABLE


def may_have_arrived(kind: ErrorKind, sent: bool) -> bool:
    """Whether a write that failed with ``kind`` may still have reached the platform.

    A 429 or a refusal means it did not; no answer or a 5xx after the request left may mean it
    did.
    """
    return sent and kind in (ErrorKind.NETWORK, ErrorKind.SERVER_ERROR)


@dataclass(frozen=True)
class MediaItem:
    """One image to attach, already in a format the platform takes (JPEG/PNG/WebP)."""

    path: Path
    mime: str
    width: int
    height: int
    alt: str = ""


@dataclass(frozen=True)
class PublishResult:
    """Where the post ended up."""

    remote_id: str
    url: str | None = None


@dataclass(frozen=True)
class OutgoingPost:
    """What to publish on one account.

    ``idempotency_key`` is chosen once, before the first try, and reused on every retry: on
    Mastodon it is the ``Idempotency-Key`` header, on Bluesky the record key (a TID).
    """

    text: str
    idempotency_key: str
    media: tuple[MediaItem, ...] = ()
    langs: tuple[str, ...] = ()
    #: A post sent in two parts (Telegram: photos, then a text too long for a caption): the
    #: first part, when an earlier try already put it on the platform. Only the rest is sent.
    sent_part: PublishResult | None = None
    #: Called as soon as a first part is on the platform, before the next part goes out; the
    #: publishing service records it, so a retry never sends that part again.
    on_part_sent: Callable[[PublishResult], None] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Identity:
    """Who the account is, as the platform reports it (shown on the Accounts screen)."""

    handle: str
    display_name: str = ""
    remote_id: str = ""
    limits: dict[str, Any] = field(default_factory=dict)


class TokenCache(Protocol):
    """Where a connector keeps a session between runs (the service backs it with the keyring)."""

    def load(self) -> str | None: ...

    def save(self, value: str) -> None: ...


class MemoryTokenCache:
    """A ``TokenCache`` in memory (for one-off checks and tests)."""

    def __init__(self, value: str | None = None) -> None:
        self.value = value

    def load(self) -> str | None:
        return self.value

    def save(self, value: str) -> None:
        self.value = value


class Connector(Protocol):
    """A platform the app can publish to."""

    platform: str
    #: True when a retry with the same ``idempotency_key`` can never create a second post.
    idempotent: bool
    #: Seconds the platform remembers an idempotency key (None: forever, 0: no idempotency).
    idempotency_window: float | None
    max_image_bytes: int
    max_images: int

    def new_idempotency_key(self) -> str: ...

    def check(self) -> Identity: ...

    def publish(self, post: OutgoingPost) -> PublishResult: ...

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        """The post made with ``idempotency_key``, if the platform can tell (else None)."""
        ...


def wait_seconds(value: object) -> float | None:
    """A platform's "wait this long" as seconds from 0 to ``MAX_WAIT``; None for nonsense.

    Anything that is not a number (or is NaN) is None, so the caller falls back to its own
    backoff; a negative wait is 0 and an endless or huge one is ``MAX_WAIT``.
    """
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        seconds = float(value)
    except (ValueError, OverflowError):
        return None
    if math.isnan(seconds):
        return None
    return min(MAX_WAIT, max(0.0, seconds))


def parse_retry_after(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), capped at
    ``MAX_WAIT``; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        float(value)
    except ValueError:
        pass
    else:
        return wait_seconds(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    now = now or dt.datetime.now(dt.UTC)
    return wait_seconds((when - now).total_seconds())


def parse_reset_instant(value: str | None, *, now: dt.datetime | None = None) -> float | None:
    """Seconds until a rate-limit reset given as epoch seconds or an ISO 8601 instant, capped
    at ``MAX_WAIT``; None when absent or unreadable."""
    if not value:
        return None
    now = now or dt.datetime.now(dt.UTC)
    try:
        number = float(value)
    except ValueError:
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        return wait_seconds((when - now).total_seconds())
    if number > 1e9:  # an epoch instant, not a delta
        return wait_seconds(number - now.timestamp())
    return wait_seconds(number)


def json_or_empty(resp: requests.Response) -> dict[str, Any]:
    try:
        data = resp.json()
    except (ValueError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def classify_status(status: int) -> ErrorKind:
    """The error kind for an HTTP status (callers refine with the platform's error code)."""
    if status == 429:
        return ErrorKind.RATE_LIMITED
    if status == 401:
        return ErrorKind.AUTH_EXPIRED
    if status >= 500 or status == 408:
        return ErrorKind.SERVER_ERROR
    return ErrorKind.REJECTED


def network_error(
    platform_name: str, exc: requests.RequestException, *, sent: bool
) -> ConnectorError:
    """A ``ConnectorError`` for a request that got no answer (or was not sent, see below)."""
    if isinstance(exc, InsecureURL):  # nothing left this computer
        return ConnectorError(ErrorKind.REJECTED, str(exc), detail=type(exc).__name__)
    if isinstance(exc, RedirectRefused):  # the server did not take the request
        return ConnectorError(
            ErrorKind.REJECTED,
            f"{platform_name} sent SMM Desk on to another address ({exc.host}). SMM Desk never "
            "sends your login or a post on to another server, so nothing was sent there. Check "
            "the server address in Accounts.",
            detail=type(exc).__name__,
        )
    if isinstance(exc, requests.Timeout):
        what = f"{platform_name} did not answer in time"
    elif isinstance(exc, requests.ConnectionError):
        what = f"SMM Desk could not reach {platform_name}"
    else:
        what = f"The connection to {platform_name} failed"
    return ConnectorError(
        ErrorKind.NETWORK,
        f"{what}. Check the internet connection; SMM Desk will try again.",
        detail=type(exc).__name__,
        sent=sent,
    )


def generic_message(platform_name: str, kind: ErrorKind, detail: str) -> str:
    """Plain words for a failure of ``kind``; ``detail`` is the platform's own reason.

    The sentence is the English wording of the kind's problem code (``domain.problems``), which
    the window words in the owner's language.
    """
    return english(Problem(failure_code(kind.value), platform=platform_name, detail=detail))
