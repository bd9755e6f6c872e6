"""The Telegram connector against a local Bot API that follows core.telegram.org/bots/api."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui.connectors.base import (
    ConnectorError,
    ErrorKind,
    MediaItem,
    OutgoingPost,
    PublishResult,
)
from smmdesk_gui.connectors.telegram import TelegramAccount, TelegramConnector
from tests.fakes.publish import FakeTelegram, Fault


@pytest.fixture
def server() -> Iterator[FakeTelegram]:
    fake = FakeTelegram()
    yield fake
    fake.close()


def _connector(server: FakeTelegram, token: str | None = None) -> TelegramConnector:
    c = TelegramConnector(TelegramAccount(token or server.token, server.channel, server.url))
    c.timeout = (2.0, 1.0)
    return c


def _photos(tmp_path: Path, n: int) -> tuple[MediaItem, ...]:
    items = []
    for i in range(n):
        path = tmp_path / f"p{i}.jpg"
        Image.new("RGB", (40, 30), (i * 20, 80, 80)).save(path, "JPEG")
        items.append(MediaItem(path, "image/jpeg", 40, 30, f"photo {i}"))
    return tuple(items)


def test_check_requires_admin_with_post_right(server: FakeTelegram) -> None:
    assert _connector(server).check().display_name == "Shop News"
    server.can_post = False
    with pytest.raises(ConnectorError) as err:
        _connector(server).check()
    assert err.value.kind is ErrorKind.REJECTED
    assert "administrator" in str(err.value)


def test_html_is_escaped_so_text_shows_as_typed(server: FakeTelegram) -> None:
    text = "Sale <today> only: 2 < 3 & mugs > cups <b>not bold</b> &amp;"
    result = _connector(server).publish(OutgoingPost(text, "k"))
    assert server.messages[0]["text"] == text
    assert result.url == f"https://t.me/shopnews/{server.messages[0]['message_id']}"


def test_photo_with_caption_and_album(server: FakeTelegram, tmp_path: Path) -> None:
    c = _connector(server)
    c.publish(OutgoingPost("One <photo>", "k1", _photos(tmp_path, 1)))
    assert server.messages[-1]["caption"] == "One <photo>"
    c.publish(OutgoingPost("Album & more", "k2", _photos(tmp_path, 3)))
    album = server.messages[-3:]
    assert len({m["media_group_id"] for m in album}) == 1
    assert [m["caption"] for m in album] == ["Album & more", None, None]
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("too many", "k3", _photos(tmp_path, 11)))
    assert err.value.kind is ErrorKind.REJECTED
    before = len(server.messages)
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("x" * 4097, "k4", _photos(tmp_path, 1)))
    assert err.value.kind is ErrorKind.REJECTED and "4096" in str(err.value)
    assert len(server.messages) == before  # refused before anything was sent


def test_text_too_long_for_a_caption_goes_below_the_photos(
    server: FakeTelegram, tmp_path: Path
) -> None:
    c = _connector(server)
    text = "Our new <autumn> collection & more. " * 40  # 1440 characters
    parts: list[PublishResult] = []
    result = c.publish(OutgoingPost(text, "k", _photos(tmp_path, 2), on_part_sent=parts.append))
    album, message = server.messages[:2], server.messages[2]
    assert [m["caption"] for m in album] == [None, None]  # no caption: photos first
    assert message["text"] == text and "photo" not in message
    assert parts == [result] and result.remote_id.endswith(f":{album[0]['message_id']}")
    one = c.publish(OutgoingPost(text, "k2", _photos(tmp_path, 1)))
    [photo_request] = [r for r in server.log if r.path.endswith("/sendPhoto")]
    assert "caption" not in photo_request.form and server.messages[4]["text"] == text
    assert one.url == f"https://t.me/shopnews/{server.messages[3]['message_id']}"
    # A retry after the photos went out sends only the text, and reports the photos' message.
    again = c.publish(OutgoingPost(text, "k3", _photos(tmp_path, 2), sent_part=result))
    assert again == result and len(server.messages) == 6 and server.messages[5]["text"] == text


def test_retry_after_401_and_dropped_connection(server: FakeTelegram) -> None:
    server.add_fault(FakeTelegram.rate_limited(7))
    c = _connector(server)
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.RATE_LIMITED and err.value.retry_after == 7
    assert not err.value.sent
    server.add_fault(Fault("/sendMessage", drop="before"))
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.NETWORK and err.value.sent
    with pytest.raises(ConnectorError) as err:
        _connector(server, "999:bad").publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.AUTH_EXPIRED
    assert "999:bad" not in str(err.value) + err.value.detail
