"""The Threads connector against a local Threads API (tests/fakes/meta.py): containers."""

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
from smmdesk_gui.connectors.meta_containers import CONTAINER_PREFIX
from smmdesk_gui.connectors.threads import ThreadsAccount, ThreadsConnector
from tests.fakes.meta import ERROR, PUBLISHED, FakeMeta
from tests.fakes.publish import Fault


@pytest.fixture
def server() -> Iterator[FakeMeta]:
    fake = FakeMeta()
    yield fake
    fake.close()


def _connector(server: FakeMeta, token: str | None = None) -> ThreadsConnector:
    c = ThreadsConnector(ThreadsAccount("corner.bakery", token or server.threads_token, server.url))
    c.timeout = (2.0, 1.0)
    c.sleep = lambda _s: None
    return c


def test_check_and_publish_text(server: FakeMeta) -> None:
    c = _connector(server)
    assert c.check().remote_id == server.threads_user
    parts: list[PublishResult] = []
    result = c.publish(OutgoingPost("Croissants at 8!", "k", on_part_sent=parts.append))
    assert [m["params"]["text"] for m in server.published] == ["Croissants at 8!"]
    assert server.published[0]["params"]["media_type"] == "TEXT"
    assert result.remote_id == server.published[0]["id"]
    assert result.url == server.published[0]["permalink"]
    # The container was handed over for the record before it was published.
    [part] = parts
    assert part.remote_id.startswith(CONTAINER_PREFIX + server.published[0]["container"] + ":")


def test_waits_for_processing_and_stops_on_error(server: FakeMeta) -> None:
    server.processing_polls = 3
    _connector(server).publish(OutgoingPost("slow", "k"))
    assert len(server.published) == 1
    server.container_outcome = ERROR
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("broken", "k2"))
    assert err.value.kind is ErrorKind.REJECTED and len(server.published) == 1


def test_still_processing_is_left_for_the_next_try(server: FakeMeta) -> None:
    server.processing_polls = 100
    c = _connector(server)
    c.processing_wait = 2.0
    parts: list[PublishResult] = []
    with pytest.raises(ConnectorError) as err:
        c.publish(OutgoingPost("slow", "k", on_part_sent=parts.append))
    assert err.value.retryable and not err.value.sent
    server.processing_polls = 0
    for container in server.containers.values():
        container["polls"] = 1000
    _connector(server).publish(OutgoingPost("slow", "k", sent_part=parts[0]))
    assert len(server.published) == 1 and len(server.containers) == 1


def test_lost_publish_answer_is_checked_not_published_again(server: FakeMeta) -> None:
    parts: list[PublishResult] = []
    server.add_fault(Fault("/threads_publish", drop="after"))
    result = _connector(server).publish(OutgoingPost("once", "k", on_part_sent=parts.append))
    # The container says PUBLISHED: the post is out, and it is reported as published.
    assert len(server.published) == 1
    assert result.remote_id == server.published[0]["container"]
    assert result.url == "https://www.threads.net/@corner.bakery"


def test_retry_with_a_published_container_sends_nothing(server: FakeMeta) -> None:
    parts: list[PublishResult] = []
    _connector(server).publish(OutgoingPost("once", "k", on_part_sent=parts.append))
    before = server.count("/threads")
    result = _connector(server).publish(OutgoingPost("once", "k", sent_part=parts[0]))
    assert server.containers[result.remote_id]["state"] == PUBLISHED
    assert len(server.published) == 1 and server.count("/threads") == before


def test_lost_answer_while_not_published_retries_the_same_container(server: FakeMeta) -> None:
    parts: list[PublishResult] = []
    server.add_fault(Fault("/threads_publish", drop="before"))
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("once", "k", on_part_sent=parts.append))
    assert err.value.retryable and not err.value.sent  # the container is still FINISHED
    _connector(server).publish(OutgoingPost("once", "k", sent_part=parts[0]))
    assert len(server.published) == 1 and len(server.containers) == 1


def test_rate_limit_expired_token_and_photos(server: FakeMeta, tmp_path: Path) -> None:
    server.add_fault(FakeMeta.rate_limited("/threads", 4))
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.RATE_LIMITED
    with pytest.raises(ConnectorError) as err:
        _connector(server, "THAA-old").publish(OutgoingPost("hi", "k"))
    assert err.value.kind is ErrorKind.AUTH_EXPIRED
    photo = MediaItem(tmp_path / "p.jpg", "image/jpeg", 10, 10)
    with pytest.raises(ConnectorError) as err:
        _connector(server).publish(OutgoingPost("hi", "k", media=(photo,)))
    assert err.value.kind is ErrorKind.REJECTED and "web address" in str(err.value)
    assert server.published == []


def test_a_changed_post_or_a_failed_container_gets_a_new_container(server: FakeMeta) -> None:
    parts: list[PublishResult] = []
    server.add_fault(Fault("/threads_publish", drop="before"))
    with pytest.raises(ConnectorError):
        _connector(server).publish(OutgoingPost("old words", "k", on_part_sent=parts.append))
    _connector(server).publish(OutgoingPost("new words", "k", sent_part=parts[0]))
    assert [m["params"]["text"] for m in server.published] == ["new words"]
    server.container_outcome = ERROR
    failed: list[PublishResult] = []
    with pytest.raises(ConnectorError):
        _connector(server).publish(OutgoingPost("fixed", "k2", on_part_sent=failed.append))
    server.container_outcome = "FINISHED"
    _connector(server).publish(OutgoingPost("fixed", "k2", sent_part=failed[0]))
    assert [m["params"]["text"] for m in server.published] == ["new words", "fixed"]
