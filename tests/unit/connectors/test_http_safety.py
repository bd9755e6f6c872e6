"""The shared HTTP session (connectors/base.py): an overall deadline per request, capped waits.

The servers here are raw sockets on 127.0.0.1 that misbehave in ways ``http.server`` cannot:
they trickle the answer one byte at a time, each byte well within the read timeout.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from smmdesk_gui.connectors.base import (
    MAX_WAIT,
    ConnectorError,
    ErrorKind,
    OutgoingPost,
    parse_reset_instant,
    parse_retry_after,
    server_url_problem,
    wait_seconds,
)
from smmdesk_gui.connectors.bluesky import BlueskyAccount, BlueskyConnector
from smmdesk_gui.connectors.mastodon import MastodonAccount, MastodonConnector
from smmdesk_gui.connectors.telegram import TelegramAccount, TelegramConnector
from tests.fakes.publish import FakeServer, Request


class Trickler:
    """Accepts connections on 127.0.0.1 and answers with ``head``, then one byte of ``tail``
    every ``every`` seconds until the client gives up (or the test ends)."""

    def __init__(self, head: bytes, tail: bytes, every: float = 0.2) -> None:
        self.head, self.tail, self.every = head, tail, every
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.1)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                conn.recv(65536)  # the request (small enough for one read here)
                conn.sendall(self.head)
                for i in range(len(self.tail)):
                    if self.stop.wait(self.every):
                        return
                    conn.sendall(self.tail[i : i + 1])
            except OSError:
                return  # the client hung up: what a deadline does

    def close(self) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


BODY = b'{"ok": true, "result": {"message_id": 1, "chat": {"id": 5}}}' + b" " * 2000


@pytest.fixture
def body_trickle() -> Iterator[Trickler]:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % (
        len(BODY)
    )
    server = Trickler(head, BODY)
    yield server
    server.close()


@pytest.fixture
def header_trickle() -> Iterator[Trickler]:
    server = Trickler(b"HTTP/1.1 200 OK\r\n", b"X-Slow: " + b"a" * 2000 + b"\r\n\r\n{}")
    yield server
    server.close()


def _telegram(url: str) -> TelegramConnector:
    c = TelegramConnector(TelegramAccount("123:abc", "@shop", url))
    c.timeout = (2.0, 1.0)  # each byte comes in 0.2 s: the read timeout alone never fires
    return c


@pytest.mark.parametrize("server_name", ["body_trickle", "header_trickle"])
def test_a_trickling_answer_stops_at_the_requests_deadline(
    server_name: str, request: pytest.FixtureRequest
) -> None:
    server: Trickler = request.getfixturevalue(server_name)
    started = time.monotonic()
    with pytest.raises(ConnectorError) as err:
        _telegram(server.url).publish(OutgoingPost("hi", "k"))
    elapsed = time.monotonic() - started
    # The deadline of a (2 s, 1 s) request is 2 + 2 * 1 = 4 s; the trickle would take 400 s.
    assert 3.5 <= elapsed < 7, elapsed
    assert err.value.kind is ErrorKind.NETWORK and err.value.sent  # it may have arrived
    assert "did not answer in time" in str(err.value)


def test_a_trickle_on_a_read_with_retries_also_stops_at_the_deadline(
    body_trickle: Trickler,
) -> None:
    c = MastodonConnector(MastodonAccount(body_trickle.url, "tok"))
    c.timeout = (2.0, 1.0)
    started = time.monotonic()
    with pytest.raises(ConnectorError) as err:
        c.get_json("/api/v1/accounts/verify_credentials")  # a GET: urllib3 may retry it
    assert time.monotonic() - started < 7
    assert err.value.kind is ErrorKind.NETWORK


def test_waits_are_capped_and_nonsense_is_none() -> None:
    now = dt.datetime(2026, 12, 3, tzinfo=dt.UTC)
    assert parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT", now=now) == MAX_WAIT
    assert parse_retry_after("99999999999") == MAX_WAIT
    assert parse_retry_after("1e400") == MAX_WAIT
    assert parse_retry_after("nan") is None and parse_retry_after("soon") is None
    assert parse_retry_after("-5") == 0.0 and parse_retry_after("120") == 120.0
    assert parse_reset_instant("1e400", now=now) == MAX_WAIT
    assert parse_reset_instant("9999-12-31T23:59:59Z", now=now) == MAX_WAIT
    assert wait_seconds(1e300) == MAX_WAIT and wait_seconds(float("inf")) == MAX_WAIT
    assert wait_seconds([1]) is None and wait_seconds(True) is None
    assert ConnectorError(ErrorKind.RATE_LIMITED, "x", retry_after=1e300).retry_after == MAX_WAIT


# -- secrets go only where they belong -------------------------------------------------------


class Anything(FakeServer):
    """A server that takes any request and answers 200 with a plausible body (a trap)."""

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        if req.path.startswith("/moved/"):  # a redirect on this same server
            return 302, None, {"Location": req.path.removeprefix("/moved")}
        return 200, {"id": "1", "url": "https://elsewhere.test/1", "accessJwt": "x", "did": "d"}, {}


class Redirector(FakeServer):
    """Answers every request with ``status`` and a Location on ``target`` (same path)."""

    def __init__(self, target: str, status: int = 307) -> None:
        self.target, self.status = target, status
        super().__init__()

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        return self.status, None, {"Location": self.target + req.raw_path}


@pytest.fixture
def elsewhere() -> Iterator[Anything]:
    # "localhost" is another host than 127.0.0.1 for the client, and still this computer.
    server = Anything()
    server.url = server.url.replace("127.0.0.1", "localhost")
    yield server
    server.close()


def test_a_login_answered_with_307_is_not_sent_to_the_other_host(elsewhere: Anything) -> None:
    redirector = Redirector(elsewhere.url)
    try:
        c = BlueskyConnector(BlueskyAccount("shop.test", "app-pass-1234", redirector.url))
        with pytest.raises(ConnectorError) as err:
            c.check()
    finally:
        redirector.close()
    assert elsewhere.log == []  # the password never left for the other host
    assert err.value.kind is ErrorKind.REJECTED and "localhost" in str(err.value)
    assert "app-pass-1234" not in str(err.value) + err.value.detail


def test_a_read_may_follow_a_redirect_on_the_same_server_only() -> None:
    fake = Anything()
    redirector = Redirector(fake.url, status=302)  # another port: another server
    try:
        c = MastodonConnector(MastodonAccount(fake.url, "tok"))
        assert c.get_json("/moved/api/v1/accounts/verify_credentials")["id"] == "1"
        assert [r.path for r in fake.log] == [
            "/moved/api/v1/accounts/verify_credentials",
            "/api/v1/accounts/verify_credentials",
        ]
        other = MastodonConnector(MastodonAccount(redirector.url, "tok"))
        with pytest.raises(ConnectorError) as err:
            other.get_json("/api/v1/accounts/verify_credentials")
        assert err.value.kind is ErrorKind.REJECTED
        assert len(fake.log) == 2  # the token did not follow to the other server
    finally:
        redirector.close()
        fake.close()


@pytest.mark.parametrize(
    "url", ["http://mastodon.example", "http://10.0.0.5:8080", "mastodon.example", "ftp://x.y"]
)
def test_no_secret_goes_to_a_plain_http_or_scheme_less_address(url: str) -> None:
    c = MastodonConnector(MastodonAccount(url, "tok"))
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.REJECTED and not err.value.sent
    assert "https://" in str(err.value)
    assert server_url_problem(url) == str(err.value)


def test_https_and_loopback_http_are_fine() -> None:
    for url in (
        "https://mastodon.social",
        "http://127.0.0.1:8000",
        "http://localhost:9",
        "http://[::1]:80",
    ):
        assert server_url_problem(url) is None, url


class WebPage(FakeServer):
    """Answers everything with 200 and a web page (a captive portal, a misconfigured proxy)."""

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        return 200, "<html><body>Welcome!</body></html>", {}


def test_a_bluesky_login_answered_with_a_web_page_is_a_clear_error() -> None:
    page = WebPage()
    try:
        c = BlueskyConnector(BlueskyAccount("shop.test", "app-pass-1234", page.url))
        with pytest.raises(ConnectorError) as err:
            c.check()
    finally:
        page.close()
    assert err.value.kind is ErrorKind.SERVER_ERROR and "Bluesky" in str(err.value)
