"""The HTTP session every connector uses: an overall deadline per request (a server trickling
bytes cannot hold a send for minutes), redirects followed only for reads on the same server,
plain ``http://`` refused except on loopback, and reads retried (issue 15, items 2 and 4).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import urllib.parse
from contextlib import suppress
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.retry import Retry

from smmdesk_gui import __version__
from smmdesk_gui.domain.problems import Problem

USER_AGENT = f"SMMDesk/{__version__} (+https://smmdesk.invalid)"
# (connect, read) seconds. Uploads get a longer read timeout (see ``UPLOAD_TIMEOUT``).
TIMEOUT: tuple[float, float] = (10.0, 30.0)
UPLOAD_TIMEOUT: tuple[float, float] = (10.0, 120.0)


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


def server_url_issue(url: str) -> Problem | None:
    """Why SMM Desk will not send a login to ``url``, as a problem code; None when it may.

    A secret goes only over https, or plain http to this computer (a local test server).
    """
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        # Only the server part is quoted: the rest of a request's URL may hold a token.
        shown = url.strip().split("/")[0] if "://" not in url else url.split("://")[0] + "://"
        if parts.hostname:
            shown += parts.hostname
        return Problem("server_not_full_address", shown=shown)
    if parts.scheme.lower() == "http" and not _is_loopback(parts.hostname):
        return Problem("server_not_https", host=parts.hostname)
    return None


def server_url_problem(url: str) -> str | None:
    """``server_url_issue`` as its English sentence (the CLI's and the connectors' wording)."""
    issue = server_url_issue(url)
    return issue.message if issue is not None else None


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
