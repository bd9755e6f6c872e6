"""The VK connector against a local VK API that follows dev.vk.com (tests/fakes/vk.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from smmdesk_gui.connectors.base import ConnectorError, ErrorKind, MediaItem, OutgoingPost
from smmdesk_gui.connectors.vk import API_VERSION, VKAccount, VKConnector
from smmdesk_gui.logs import redact
from tests.fakes.publish import Fault
from tests.fakes.vk import FakeVK


def _connector(vk: FakeVK, *, user: bool = False, token: str | None = None) -> VKConnector:
    account = VKAccount(
        token or vk.community_token, "korenbloem", vk.url, vk.user_token if user else None
    )
    c = VKConnector(account)
    c.timeout = (2.0, 1.0)
    c.min_interval = 0.0
    return c


def _photos(tmp_path: Path, n: int) -> tuple[MediaItem, ...]:
    items = []
    for i in range(n):
        path = tmp_path / f"p{i}.jpg"
        Image.new("RGB", (40, 30), (i * 20, 80, 80)).save(path, "JPEG")
        items.append(MediaItem(path, "image/jpeg", 40, 30))
    return tuple(items)


def test_check_names_the_community_and_every_call_names_the_version(vk: FakeVK) -> None:
    me = _connector(vk).check()
    assert (me.handle, me.display_name, me.remote_id) == ("korenbloem", "Korenbloem", "218000")
    assert vk.versions and set(vk.versions) == {API_VERSION}
    with pytest.raises(ConnectorError) as err:
        _connector(vk, token="vk1.a.revoked").check()
    assert err.value.kind is ErrorKind.AUTH_EXPIRED
    assert "community token" in str(err.value) and "vk1.a.revoked" not in str(err.value)


def test_text_post_goes_to_the_community_wall_as_the_community(vk: FakeVK) -> None:
    result = _connector(vk).publish(OutgoingPost("Fresh bread https://example.org/bread", "k"))
    [post] = vk.posts
    assert post["text"] == "Fresh bread https://example.org/bread"
    assert result.remote_id == f"-218000_{post['id']}"
    assert result.url == f"https://vk.com/wall-218000_{post['id']}"
    [req] = [r for r in vk.log if r.path == "/method/wall.post"]
    assert req.form["owner_id"] == ["-218000"] and req.form["from_group"] == ["1"]
    # The token travels in the body, never in the address (which logs and errors may show).
    assert all(vk.community_token not in r.raw_path for r in vk.log)


def test_photos_go_through_the_upload_server_with_the_user_token(
    vk: FakeVK, tmp_path: Path
) -> None:
    c = _connector(vk, user=True)
    result = c.publish(OutgoingPost("Two loaves", "k", _photos(tmp_path, 2)))
    [post] = vk.posts
    assert post["attachments"] == [f"photo-218000_{s['id']}" for s in vk.saved]
    assert len(vk.saved) == 2 and result.remote_id.endswith(f"_{post['id']}")
    uploads = [r for r in vk.log if r.path == "/upload/wall"]
    assert [r.files["photo"][0] for r in uploads] == ["p0.jpg", "p1.jpg"]
    signed = {r.path: r.form["access_token"][0] for r in vk.log if r.path.startswith("/method")}
    assert signed["/method/photos.getWallUploadServer"] == vk.user_token
    assert signed["/method/photos.saveWallPhoto"] == vk.user_token
    assert signed["/method/wall.post"] == vk.community_token


def test_photos_without_a_user_token_are_left_to_the_owner(vk: FakeVK, tmp_path: Path) -> None:
    c = _connector(vk)
    reason = c.assisted_reason(True)
    assert reason is not None and "user token" in reason
    assert c.assisted_reason(False) is None
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("Photo", "k", _photos(tmp_path, 1)))
    assert err.value.kind is ErrorKind.REJECTED and vk.posts == [] and vk.log == []


def test_the_community_token_cannot_upload_and_a_user_token_is_checked(vk: FakeVK) -> None:
    # What VK does (dev.vk.com/ru/api/upload/wall): getWallUploadServer needs a user token.
    with pytest.raises(ConnectorError) as err:
        _connector(vk).call("photos.getWallUploadServer", {"group_id": 218000})
    assert err.value.kind is ErrorKind.REJECTED and "27" in err.value.detail
    assert _connector(vk, user=True).check_user_token() == "Anna K"


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (5, ErrorKind.AUTH_EXPIRED, "reconnect"),
        (6, ErrorKind.RATE_LIMITED, "slow down"),
        (9, ErrorKind.RATE_LIMITED, "flood control"),
        (10, ErrorKind.SERVER_ERROR, "problem on its side"),
        (14, ErrorKind.REJECTED, "captcha"),
        (214, ErrorKind.REJECTED, "refused the post"),
    ],
)
def test_error_codes_map_to_kinds(vk: FakeVK, code: int, kind: ErrorKind, words: str) -> None:
    vk.add_fault(FakeVK.error(code, f"vk says {code}"))
    with pytest.raises(ConnectorError) as err:
        _connector(vk).publish(OutgoingPost("hello", "k"))
    assert err.value.kind is kind
    assert words in str(err.value)
    assert f"vk says {code}" in err.value.detail
    assert not err.value.sent  # VK answered with an error: the post was not made
    if kind is ErrorKind.RATE_LIMITED:
        assert err.value.retry_after is not None and err.value.retry_after > 0


def test_a_lost_answer_may_have_posted(vk: FakeVK) -> None:
    vk.add_fault(Fault("/method/wall.post", drop="after"))
    with pytest.raises(ConnectorError) as err:
        _connector(vk).publish(OutgoingPost("lost", "k"))
    assert err.value.kind is ErrorKind.NETWORK and err.value.sent
    assert len(vk.posts) == 1  # it did go out: only the owner can tell, never a blind resend
    vk.add_fault(Fault("/method/wall.post", status=502, body="<html>bad gateway</html>"))
    with pytest.raises(ConnectorError) as err:
        _connector(vk).publish(OutgoingPost("gateway", "k2"))
    assert err.value.kind is ErrorKind.SERVER_ERROR and err.value.sent


def test_too_long_or_too_many_photos_are_refused_before_sending(vk: FakeVK, tmp_path: Path) -> None:
    c = _connector(vk, user=True)
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("x" * 16385, "k"))
    assert "16384" in str(err.value)
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("many", "k", _photos(tmp_path, 11)))
    assert "10" in str(err.value)
    assert vk.log == []


def test_calls_are_paced_to_vks_requests_per_second(vk: FakeVK) -> None:
    waits: list[float] = []
    c = VKConnector(VKAccount(vk.community_token, "korenbloem", vk.url), sleep=waits.append)
    c.check()
    c.publish(OutgoingPost("one", "k1"))
    c.publish(OutgoingPost("two", "k2"))
    assert len(waits) == 2 and all(0 < w <= c.min_interval for w in waits)


def test_wall_figures_page_through_the_wall_and_stop_when_all_are_found(vk: FakeVK) -> None:
    vk.seed_wall(250)  # ids 101..350, the newest first on the wall
    c = _connector(vk)
    figures = c.wall_figures({340, 300})
    assert figures[340] == {
        "views": 3400.0,
        "likes": 340 % 7,
        "shares": 340 % 3,
        "comments": 340 % 5,
    }
    assert set(figures) == {340, 300}
    assert len([r for r in vk.log if r.path == "/method/wall.get"]) == 1
    old = c.wall_figures({102}, max_pages=2)  # beyond two pages of 100: not read
    assert old == {}
    assert len([r for r in vk.log if r.path == "/method/wall.get"]) == 3


def test_access_token_is_redacted_in_logs() -> None:
    line = "POST /method/wall.post?access_token=vk1.a.secret123&v=5.199 " + json.dumps(
        {"access_token": "vk1.a.secret456"}
    )
    out = redact(line)
    assert "vk1.a.secret123" not in out and "vk1.a.secret456" not in out
    assert "v=5.199" in out
