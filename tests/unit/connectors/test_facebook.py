"""The Facebook Pages connector against a local Graph API (tests/fakes/meta.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui.connectors.base import ConnectorError, ErrorKind, MediaItem, OutgoingPost
from smmdesk_gui.connectors.facebook import FacebookAccount, FacebookConnector
from tests.fakes.meta import FakeMeta
from tests.fakes.publish import Fault


@pytest.fixture
def server() -> Iterator[FakeMeta]:
    fake = FakeMeta()
    yield fake
    fake.close()


def _connector(server: FakeMeta, token: str | None = None) -> FacebookConnector:
    c = FacebookConnector(FacebookAccount(server.page_id, token or server.page_token, server.url))
    c.timeout = (2.0, 1.0)
    return c


def _photos(tmp_path: Path, n: int) -> tuple[MediaItem, ...]:
    items = []
    for i in range(n):
        path = tmp_path / f"p{i}.jpg"
        Image.new("RGB", (40, 30), (i * 20, 80, 80)).save(path, "JPEG")
        items.append(MediaItem(path, "image/jpeg", 40, 30))
    return tuple(items)


def test_check_with_a_page_token_and_with_a_user_token(server: FakeMeta) -> None:
    identity = _connector(server).check()
    assert (identity.display_name, identity.remote_id) == ("Corner Bakery", server.page_id)
    user = _connector(server, server.user_token)
    assert user.check().display_name == "Corner Bakery"
    user.publish(OutgoingPost("posted with the Page's own token", "k"))
    assert server.posts[-1]["message"] == "posted with the Page's own token"


def test_wrong_token_needs_reconnect(server: FakeMeta) -> None:
    with pytest.raises(ConnectorError) as err:
        _connector(server, "EAA-wrong").check()
    assert err.value.kind is ErrorKind.AUTH_EXPIRED
    assert "EAA-wrong" not in str(err.value) and "EAA-wrong" not in err.value.detail


def test_text_with_link(server: FakeMeta) -> None:
    result = _connector(server).publish(
        OutgoingPost("Fresh bread today, order at https://bakery.example/order.", "k")
    )
    assert server.posts == [
        {
            "id": result.remote_id,
            "message": "Fresh bread today, order at https://bakery.example/order.",
            "link": "https://bakery.example/order",
            "photos": [],
        }
    ]
    assert result.url == f"https://www.facebook.com/{result.remote_id}"


def test_one_photo_and_several_photos(server: FakeMeta, tmp_path: Path) -> None:
    c = _connector(server)
    one = c.publish(OutgoingPost("one loaf", "k", media=_photos(tmp_path, 1)))
    assert server.posts[0]["id"] == one.remote_id and server.posts[0]["message"] == "one loaf"
    many = c.publish(OutgoingPost("three loaves", "k2", media=_photos(tmp_path, 3)))
    post = server.posts[1]
    assert post["id"] == many.remote_id and len(post["photos"]) == 3
    assert all(not server.photos[p]["published"] for p in post["photos"])
    assert server.photos[post["photos"][2]]["bytes"] == (tmp_path / "p2.jpg").read_bytes()


@pytest.mark.parametrize("code", [4, 17, 32, 613])
def test_rate_limits_are_retried_with_the_wait_meta_gives(server: FakeMeta, code: int) -> None:
    server.add_fault(FakeMeta.rate_limited("/feed", code))
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.RATE_LIMITED and err.value.retryable
    assert err.value.retry_after == 120  # estimated_time_to_regain_access: 2 minutes
    assert not err.value.sent and server.posts == []


def test_expired_token_and_missing_permission(server: FakeMeta) -> None:
    server.add_fault(FakeMeta.expired("/feed"))
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.AUTH_EXPIRED and "reconnect" in str(err.value)
    server.add_fault(
        Fault(
            "/feed",
            status=400,
            body={
                "error": {
                    "message": "(#200) Requires pages_manage_posts permission",
                    "type": "OAuthException",
                    "code": 200,
                    "fbtrace_id": "x",
                }
            },
        )
    )
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.REJECTED and "permission" in str(err.value)
    assert "pages_manage_posts" in err.value.detail


def test_other_refusals_keep_meta_words_behind_details(server: FakeMeta) -> None:
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("", "k"))
    assert err.value.kind is ErrorKind.REJECTED
    server.add_fault(
        Fault(
            "/feed",
            status=400,
            body={
                "error": {
                    "message": "Duplicate status message",
                    "type": "OAuthException",
                    "code": 506,
                    "fbtrace_id": "x",
                }
            },
        )
    )
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("same again", "k"))
    assert err.value.kind is ErrorKind.REJECTED
    assert "Duplicate status message" in err.value.detail and "code 506" in err.value.detail


def test_lost_answer_to_the_post_may_have_arrived(server: FakeMeta) -> None:
    c = _connector(server)
    c.check()
    server.add_fault(Fault("/feed", drop="after"))
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.NETWORK and err.value.sent
    assert len(server.posts) == 1  # it is out: the queue makes the target "unconfirmed"


def test_lost_answer_to_an_unpublished_upload_is_safe_to_retry(
    server: FakeMeta, tmp_path: Path
) -> None:
    c = _connector(server)
    c.check()
    server.add_fault(Fault("/photos", drop="after"))
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("two", "k", media=_photos(tmp_path, 2)))
    assert err.value.kind is ErrorKind.NETWORK and not err.value.sent
    assert server.posts == []


def test_5xx_without_a_graph_body(server: FakeMeta) -> None:
    server.add_fault(Fault("/feed", status=503, body=None))
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.SERVER_ERROR
