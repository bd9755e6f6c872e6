"""The Mastodon connector against a local server that follows the API docs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui.connectors.base import ConnectorError, ErrorKind, MediaItem, OutgoingPost
from smmdesk_gui.connectors.mastodon import MastodonAccount, MastodonConnector
from tests.fakes.publish import FakeMastodon, Fault


@pytest.fixture
def server() -> Iterator[FakeMastodon]:
    fake = FakeMastodon()
    yield fake
    fake.close()


def _connector(server: FakeMastodon, token: str | None = None) -> MastodonConnector:
    c = MastodonConnector(
        MastodonAccount(server.url, token or server.token), sleep=lambda s: None, poll_interval=0
    )
    c.timeout = (2.0, 1.0)
    return c


def _jpeg(tmp_path: Path, name: str = "a.jpg", size: tuple[int, int] = (64, 48)) -> MediaItem:
    path = tmp_path / name
    Image.new("RGB", size, (200, 30, 30)).save(path, "JPEG")
    return MediaItem(path=path, mime="image/jpeg", width=size[0], height=size[1], alt="red card")


def test_check_reads_identity_and_instance_limits(server: FakeMastodon) -> None:
    identity = _connector(server).check()
    assert identity.display_name == "The Shop"
    assert identity.limits["max_characters"] == 500
    assert identity.limits["max_media_attachments"] == 4


def test_bad_token_is_auth_expired(server: FakeMastodon) -> None:
    with pytest.raises(ConnectorError) as err:
        _connector(server, "wrong").check()
    assert err.value.kind is ErrorKind.AUTH_EXPIRED
    assert "wrong" not in str(err.value)  # never echo a token
    assert "reconnect" in str(err.value).lower()


def test_status_with_async_media_and_language(server: FakeMastodon, tmp_path: Path) -> None:
    post = OutgoingPost("New mugs in!", "key-1", (_jpeg(tmp_path),), ("de",))
    result = _connector(server).publish(post)
    assert result.url and result.url.startswith("https://masto.test/@shop/")
    [status] = server.statuses
    assert status["text"] == "New mugs in!" and status["language"] == "de"
    assert status["media_attachments"][0]["description"] == "red card"
    assert server.count("/api/v1/media/", "GET") == 3  # 206 twice, then 200


def test_idempotency_key_makes_a_lost_answer_safe(server: FakeMastodon) -> None:
    server.add_fault(Fault("/api/v1/statuses", drop="after"))
    c = _connector(server)
    post = OutgoingPost("Once only", "key-lost")
    with pytest.raises(ConnectorError) as err:
        c.publish(post)
    assert err.value.kind is ErrorKind.NETWORK and err.value.sent
    c.publish(post)
    assert len(server.statuses) == 1
    assert server.count("/api/v1/statuses") == 2


def test_429_reports_reset_and_422_is_rejected(server: FakeMastodon) -> None:
    server.add_fault(FakeMastodon.rate_limited())
    c = _connector(server)
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.RATE_LIMITED
    assert err.value.retry_after is not None and 0 <= err.value.retry_after <= 2
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("x" * 501, "k2"))
    assert err.value.kind is ErrorKind.REJECTED
    assert "character limit" in str(err.value)


def test_timeout_and_5xx(server: FakeMastodon) -> None:
    server.add_fault(Fault("/api/v1/statuses", delay=1.5))
    server.add_fault(Fault("/api/v1/statuses", status=503, body={"error": "busy"}))
    c = _connector(server)
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("slow", "k1"))
    assert err.value.kind is ErrorKind.NETWORK
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("busy", "k2"))
    assert err.value.kind is ErrorKind.SERVER_ERROR and err.value.http_status == 503
