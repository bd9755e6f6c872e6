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

import pytest

from smmdesk_gui.connectors.base import (
    MAX_WAIT,
    ConnectorError,
    ErrorKind,
    OutgoingPost,
    parse_reset_instant,
    parse_retry_after,
    wait_seconds,
)
from smmdesk_gui.connectors.mastodon import MastodonAccount, MastodonConnector
from smmdesk_gui.connectors.telegram import TelegramAccount, TelegramConnector


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
