"""What every connector shares: the Protocol, the error kinds, plain data and the HTTP session.

Connectors never touch the database: the publishing service hands them plain dataclasses
(``OutgoingPost``) and stores what they return (``PublishResult``) or raise
(``ConnectorError``). Every HTTP call carries an explicit timeout.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import json
import math
import socket
import threading
import urllib.parse
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.retry import Retry

from smmdesk_gui import __version__
from smmdesk_gui.domain.problems import Problem, english, failure_code

# (connect, read) seconds. Uploads get a longer read timeout (see ``UPLOAD_TIMEOUT``).
TIMEOUT: tuple[float, float] = (10.0, 30.0)
UPLOAD_TIMEOUT: tuple[float, float] = (10.0, 120.0)
USER_AGENT = f"SMMDesk/{__version__} (+https://smmdesk.invalid)"
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


def request_deadline(timeout: tuple[float, float]) -> float:
    """Seconds one whole request may take: the connect timeout plus twice the read timeout.

    requests' read timeout bounds each read, not the answer: a server trickling a byte every
    few seconds would hold a request (and ``publish-due``) for hours without this.
    """
    connect, read = timeout
    return connect + 2 * read


class _Deadline:
    """One request's deadline: when it passes, the connection in use is shut down, which ends
    a blocked read or send at once (the request then fails as a timeout)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: HTTPConnection | None = None
        self._done = False
        self.expired = False

    def attach(self, conn: HTTPConnection) -> None:
        """``conn`` carries the request now (a redirect or a retry moves it to another)."""
        with self._lock:
            self._conn = conn
            if self.expired:
                raise TimeoutError("the request's deadline passed")

    def check(self) -> None:
        if self.expired:
            raise TimeoutError("the request's deadline passed")

    def expire(self) -> None:
        with self._lock:
            if self._done:
                return
            self.expired = True
            sock = self._conn.sock if self._conn is not None else None
        if sock is not None:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def finish(self) -> None:
        with self._lock:
            self._done = True


_current = threading.local()


def _watched(conn: HTTPConnection) -> _Deadline | None:
    deadline: _Deadline | None = getattr(_current, "deadline", None)
    if deadline is not None:
        deadline.attach(conn)
    return deadline


class _WatchedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _watched(self)
        super().request(*args, **kwargs)

    def connect(self) -> None:
        super().connect()
        deadline = _watched(self)  # a connection made after the deadline passed is not used
        if deadline is not None:
            deadline.check()


class _WatchedHTTPSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _watched(self)
        super().request(*args, **kwargs)

    def connect(self) -> None:
        super().connect()
        deadline = _watched(self)
        if deadline is not None:
            deadline.check()


class _WatchedPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOLS = {"http": _WatchedPool, "https": _WatchedHTTPSPool}


class _DeadlineAdapter(HTTPAdapter):
    """An adapter whose connections report to the running request's ``_Deadline``."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = _POOLS
        return manager


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_url_problem(url: str) -> str | None:
    """Why SMM Desk will not send a login to ``url``, in a plain sentence; None when it may.

    A secret goes only over https, or plain http to this computer (a local test server).
    """
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        # Only the server part is quoted: the rest of a request's URL may hold a token.
        shown = url.strip().split("/")[0] if "://" not in url else url.split("://")[0] + "://"
        if parts.hostname:
            shown += parts.hostname
        return (
            f'"{shown}" is not a full server address. Enter it with https:// in front, '
            "e.g. https://mastodon.social"
        )
    if parts.scheme.lower() == "http" and not _is_loopback(parts.hostname):
        return (
            f"SMM Desk does not send your login to {parts.hostname} over an unencrypted "
            "connection (http://). Use the server's https:// address."
        )
    return None


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or {"http": 80, "https": 443}.get(scheme)
    return scheme, (parts.hostname or "").lower(), port


class InsecureURL(requests.RequestException):
    """A request to an address that must not carry a secret (see ``server_url_problem``)."""


class RedirectRefused(requests.RequestException):
    """The server sent the request elsewhere; a write or a login is never sent on."""

    def __init__(self, message: str, host: str) -> None:
        super().__init__(message)
        self.host = host


class DeadlineExceeded(requests.Timeout):
    """The whole request took longer than its deadline (see ``request_deadline``)."""


class SafeSession(requests.Session):
    """The connectors' session: every request has an overall deadline.

    ``timeout`` (connect, read) defaults to ``TIMEOUT``; ``deadline`` (seconds for the whole
    request, redirects and urllib3's retries included) defaults to ``request_deadline(timeout)``.
    The answer is always read in full inside the deadline (``stream`` is not supported).
    """

    def request(  # type: ignore[override]
        self, method: str, url: str, *args: Any, deadline: float | None = None, **kwargs: Any
    ) -> requests.Response:
        problem = server_url_problem(url)
        if problem is not None:
            raise InsecureURL(problem)
        timeout = kwargs.get("timeout") or TIMEOUT
        kwargs["timeout"] = timeout
        kwargs["stream"] = False
        watch = _Deadline()
        previous = getattr(_current, "deadline", None)
        _current.deadline = watch
        timer = threading.Timer(
            deadline if deadline is not None else request_deadline(timeout), watch.expire
        )
        timer.daemon = True
        timer.start()
        try:
            resp = super().request(method, url, *args, **kwargs)
        except requests.RequestException:
            if watch.expired:
                raise DeadlineExceeded(f"no full answer to {method} in time") from None
            raise
        finally:
            watch.finish()
            timer.cancel()
            _current.deadline = previous
        if watch.expired:  # cut short: http.client may take a cut header block for the end
            resp.close()
            raise DeadlineExceeded(f"no full answer to {method} in time")
        return resp


    def get_redirect_target(self, resp: requests.Response) -> str | None:
        """Follow a redirect only for a read, and only to the same server (or its https).

        Every request of a connector carries a secret (a token in the header or the URL, a
        password in the body); requests would re-send a 307's body to any host.
        """
        target = super().get_redirect_target(resp)
        if target is None:
            return None
        new_url = urllib.parse.urljoin(resp.url, target)
        old, new = _origin(resp.url), _origin(new_url)
        upgrade = old[0] == "http" and new == ("https", old[1], 443)
        method = resp.request.method if resp.request is not None else None
        if method not in ("GET", "HEAD") or (new != old and not upgrade):
            resp.close()
            raise RedirectRefused(f"the server answered {resp.status_code} elsewhere", new[1])
        return target


def make_session(*, read_retries: int = 2) -> requests.Session:
    """A ``SafeSession`` with our User-Agent and quiet retries for idempotent reads only.

    POSTs are never retried here: the publishing service owns that decision.
    """
    session = SafeSession()
    session.headers["User-Agent"] = USER_AGENT
    retry = Retry(
        total=read_retries,
        connect=read_retries,
        read=read_retries,
        status=0,
        backoff_factor=0.2,
        allowed_methods=frozenset({"GET", "HEAD"}),
        raise_on_status=False,
        respect_retry_after_header=False,
    )
    adapter = _DeadlineAdapter(max_retries=retry)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


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
