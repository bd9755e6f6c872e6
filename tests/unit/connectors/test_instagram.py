"""The Instagram connector against a local Instagram API (tests/fakes/meta.py): containers,
carousels, the publishing limit, and no photo host (assisted)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smmdesk_gui.connectors.base import (
    ConnectorError,
    ErrorKind,
    MediaItem,
    OutgoingPost,
    PublishResult,
)
from smmdesk_gui.connectors.instagram import InstagramAccount, InstagramConnector
from tests.fakes.meta import FakeMeta, graph_error
from tests.fakes.publish import Fault


@pytest.fixture
def server() -> Iterator[FakeMeta]:
    fake = FakeMeta()
    yield fake
    fake.close()


def _host(item: MediaItem) -> str:
    return f"https://photos.example/{item.path.name}"


def _connector(server: FakeMeta, hosted: bool = True) -> InstagramConnector:
    c = InstagramConnector(
        InstagramAccount("corner.bakery", server.ig_token, server.url),
        image_urls=_host if hosted else None,
    )
    c.timeout = (2.0, 1.0)
    c.sleep = lambda _s: None
    return c


def _photos(tmp_path: Path, n: int) -> tuple[MediaItem, ...]:
    return tuple(MediaItem(tmp_path / f"p{i}.jpg", "image/jpeg", 1080, 1080) for i in range(n))


def test_check_reports_the_publishing_quota(server: FakeMeta) -> None:
    identity = _connector(server).check()
    assert identity.remote_id == server.ig_user
    assert identity.limits["posts_used"] == 0 and identity.limits["posts_per_24h"] == 100


def test_photo_and_carousel(server: FakeMeta, tmp_path: Path) -> None:
    c = _connector(server)
    one = c.publish(OutgoingPost("Rye day", "k", media=_photos(tmp_path, 1)))
    assert server.published[0]["params"] == {
        "image_url": "https://photos.example/p0.jpg",
        "caption": "Rye day",
        "access_token": server.ig_token,
    }
    assert one.url == server.published[0]["permalink"]
    c.publish(OutgoingPost("Three loaves", "k2", media=_photos(tmp_path, 3)))
    carousel = server.published[1]["params"]
    assert carousel["media_type"] == "CAROUSEL" and carousel["caption"] == "Three loaves"
    children = carousel["children"].split(",")
    assert [server.containers[c]["params"]["image_url"] for c in children] == [
        f"https://photos.example/p{i}.jpg" for i in range(3)
    ]
    assert len(server.published) == 2


def test_without_a_photo_host_the_post_is_refused_with_the_reason(
    server: FakeMeta, tmp_path: Path
) -> None:
    with pytest.raises(ConnectorError) as err:
        _connector(server, hosted=False).publish(
            OutgoingPost("Rye", "k", media=_photos(tmp_path, 1))
        )
    assert err.value.kind is ErrorKind.REJECTED
    assert "no photo host is set up" in str(err.value)
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("text only", "k"))
    assert "without a photo" in str(err.value)
    assert server.containers == {}


def test_lost_publish_answer_is_checked_on_the_container(server: FakeMeta, tmp_path: Path) -> None:
    parts: list[PublishResult] = []
    server.add_fault(Fault("/media_publish", drop="after"))
    server.after_publish = lambda: server.add_fault(Fault("/9", drop="before"), times=3)
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(
            OutgoingPost("once", "k", media=_photos(tmp_path, 1), on_part_sent=parts.append)
        )
    assert err.value.retryable and err.value.sent
    server.after_publish = None
    result = _connector(server).publish(OutgoingPost("once", "k", sent_part=parts[0]))
    assert len(server.published) == 1 and server.count("/media_publish") == 1
    assert result.url == "https://www.instagram.com/corner.bakery/"


def test_publishing_limit_and_media_fetch_failure(server: FakeMeta, tmp_path: Path) -> None:
    server.add_fault(
        Fault(
            "/media_publish",
            status=400,
            body=graph_error(9, "Application request limit reached", subcode=2207042),
        )
    )
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("hi", "k", media=_photos(tmp_path, 1)))
    assert err.value.kind is ErrorKind.RATE_LIMITED and err.value.retry_after == 3600
    server.add_fault(
        Fault(
            "/media",
            status=400,
            body=graph_error(9004, "Media download has failed.", subcode=2207003),
        )
    )
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("hi", "k2", media=_photos(tmp_path, 1)))
    assert err.value.kind is ErrorKind.REJECTED and "could not fetch" in str(err.value)
    assert "2207003" in err.value.detail
