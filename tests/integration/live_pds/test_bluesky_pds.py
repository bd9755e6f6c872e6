"""The Bluesky connector against the real reference PDS: posts, facets, images, sessions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
from PIL import Image

from smmdesk_gui.connectors.base import (
    ConnectorError,
    ErrorKind,
    MediaItem,
    MemoryTokenCache,
    OutgoingPost,
)
from smmdesk_gui.connectors.bluesky import BlueskyAccount, BlueskyConnector
from tests.pds.server import PdsServer

pytestmark = pytest.mark.pds


def _get_record(pds: PdsServer, uri: str) -> dict:
    _, _, did, collection, rkey = uri.split("/")
    resp = requests.get(
        f"{pds.url}/xrpc/com.atproto.repo.getRecord",
        params={"repo": did, "collection": collection, "rkey": rkey},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()


def test_text_facets_langs_and_images_read_back(pds_server: PdsServer, tmp_path: Path) -> None:
    me = pds_server.create_account()
    friend = pds_server.create_account()
    c = BlueskyConnector(BlueskyAccount(me.handle, me.password, pds_server.url))
    assert c.check().remote_id == me.did
    photos = []
    for i, size in enumerate([(1600, 900), (800, 1000)]):
        path = tmp_path / f"p{i}.jpg"
        Image.new("RGB", size, (10 * i, 90, 160)).save(path, "JPEG", quality=80)
        photos.append(MediaItem(path, "image/jpeg", size[0], size[1], f"Mug number {i}"))
    text = f"Neue Tassen ☕ bei @{friend.handle} — https://shop.example/tassen #Handmade"
    result = c.publish(OutgoingPost(text, c.new_idempotency_key(), tuple(photos), ("de",)))
    assert result.url and result.url.endswith(result.remote_id.rsplit("/", 1)[1])
    record = _get_record(pds_server, result.remote_id)["value"]
    assert record["text"] == text and record["langs"] == ["de"]
    raw = text.encode("utf-8")
    spans = {
        f["features"][0]["$type"].rsplit("#", 1)[1]: raw[
            f["index"]["byteStart"] : f["index"]["byteEnd"]
        ].decode()
        for f in record["facets"]
    }
    assert spans == {
        "mention": f"@{friend.handle}",
        "link": "https://shop.example/tassen",
        "tag": "#Handmade",
    }
    mention = next(f for f in record["facets"] if "mention" in f["features"][0]["$type"])
    assert mention["features"][0]["did"] == friend.did
    images = record["embed"]["images"]
    assert [i["alt"] for i in images] == ["Mug number 0", "Mug number 1"]
    assert images[0]["aspectRatio"] == {"width": 1600, "height": 900}
    assert images[1]["image"]["mimeType"] == "image/jpeg"
    assert images[1]["image"]["size"] == photos[1].path.stat().st_size
    assert len(pds_server.posts(me.did)) == 1


def test_same_record_key_never_posts_twice(pds_server: PdsServer) -> None:
    me = pds_server.create_account()
    c = BlueskyConnector(BlueskyAccount(me.handle, me.password, pds_server.url))
    post = OutgoingPost("only once", c.new_idempotency_key())
    first = c.publish(post)
    again = c.publish(post)
    assert first == again
    assert c.find_published(post.idempotency_key) == first
    assert c.find_published(c.new_idempotency_key()) is None
    assert len(pds_server.posts(me.did)) == 1


def test_session_is_kept_and_refreshed_not_recreated(pds_server: PdsServer) -> None:
    me = pds_server.create_account()
    cache = MemoryTokenCache()
    first = BlueskyConnector(BlueskyAccount(me.handle, me.password, pds_server.url), cache)
    first.check()
    assert first.create_session_calls == 1
    second = BlueskyConnector(BlueskyAccount(me.handle, me.password, pds_server.url), cache)
    second.publish(OutgoingPost("reused session", second.new_idempotency_key()))
    assert second.create_session_calls == 0
    kept = json.loads(cache.value or "{}")
    kept["accessJwt"] = kept["accessJwt"][:-4] + "AAAA"  # a spoiled (as if expired) token
    cache.save(json.dumps(kept))
    third = BlueskyConnector(BlueskyAccount(me.handle, me.password, pds_server.url), cache)
    third.publish(OutgoingPost("after refresh", third.new_idempotency_key()))
    assert third.create_session_calls == 0  # refreshSession did it
    assert json.loads(cache.value or "{}")["accessJwt"] != kept["accessJwt"]


def test_wrong_app_password_is_auth_expired_in_plain_words(pds_server: PdsServer) -> None:
    me = pds_server.create_account()
    c = BlueskyConnector(BlueskyAccount(me.handle, "not-the-password", pds_server.url))
    with pytest.raises(ConnectorError) as err:
        c.check()
    assert err.value.kind is ErrorKind.AUTH_EXPIRED
    assert "app password" in str(err.value)
    assert "not-the-password" not in str(err.value) + err.value.detail
