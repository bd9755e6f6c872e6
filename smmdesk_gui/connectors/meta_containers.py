"""Two-step publishing shared by Instagram and Threads: a container, then publish it.

Exactly once: the container id is handed to ``OutgoingPost.on_part_sent`` (the queue records it
on the target) before the publish call. A retry (lost answer, crash, rate limit) gets it back as
``OutgoingPost.sent_part`` and first asks the container's status: PUBLISHED means the post is
out (nothing is sent again); FINISHED means it is ready and is published now; EXPIRED or ERROR
(never published) means a new container is made. A container nobody publishes is invisible and
expires after 24 hours, so making one again is always safe.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any

from smmdesk_gui.connectors.base import (
    ConnectorError,
    ErrorKind,
    OutgoingPost,
    PublishResult,
)
from smmdesk_gui.connectors.meta_graph import GraphClient

CONTAINER_PREFIX = "container:"
#: How long to wait for Meta to process a container before leaving it for the next run.
PROCESSING_WAIT = 60.0
POLL_EVERY = (1.0, 2.0, 3.0, 5.0)


def fingerprint(post: OutgoingPost) -> str:
    """A short digest of what a container holds, to tell whether it is still this post."""
    digest = hashlib.sha256(post.text.encode())
    for item in post.media:
        digest.update(str(item.path.name).encode())
    return digest.hexdigest()[:12]


class ContainerFlow:
    """Create, wait for and publish containers on one Graph host."""

    name: str
    graph: GraphClient
    #: ``fields=`` value and answer key for a container's state ("status_code" or "status").
    status_field: str
    create_edge: str  # "media" or "threads"
    publish_edge: str  # "media_publish" or "threads_publish"
    sleep: Callable[[float], None] = staticmethod(time.sleep)
    processing_wait: float = PROCESSING_WAIT
    #: A retry needs the post's photos again: the recorded container is matched by a digest
    #: of the text and photos, and one that failed or expired is made anew from them.
    media_on_retry = True

    def user_id(self) -> str:  # pragma: no cover - each connector has its own
        raise NotImplementedError

    def profile_url(self) -> str | None:  # pragma: no cover
        raise NotImplementedError

    def status(self, container: str) -> tuple[str, str]:
        """The container's state and Meta's words about an ERROR."""
        fields = dict.fromkeys((self.status_field, "status", "error_message"))
        body = self.graph.call("GET", container, params={"fields": ",".join(fields)})
        state = str(body.get(self.status_field, ""))
        why = str(body.get("error_message") or body.get("status") or "")
        return state, why

    def create(self, params: dict[str, Any]) -> str:
        """A new container (not visible: its lost answer is harmless)."""
        body = self.graph.call("POST", f"{self.user_id()}/{self.create_edge}", params=params)
        return str(body["id"])

    def wait_ready(self, container: str) -> str:
        """Poll until FINISHED, ERROR or EXPIRED; a container still in progress after
        ``processing_wait`` is left for the next try (it is recorded, so it is not lost)."""
        waited = 0.0
        polls = iter(POLL_EVERY)
        while True:
            state, why = self.status(container)
            if state in ("FINISHED", "PUBLISHED", "EXPIRED"):
                return state
            if state == "ERROR":
                raise ConnectorError(
                    ErrorKind.REJECTED,
                    f"{self.name} could not prepare this post: {why or 'no reason given'}. "
                    "Change it (a photo that is a JPEG within the limits) and try again.",
                    detail=why,
                )
            if waited >= self.processing_wait:
                raise ConnectorError(
                    ErrorKind.SERVER_ERROR,
                    f"{self.name} is still preparing this post. SMM Desk will publish it at "
                    "the next try, without posting twice.",
                    detail=f"container {container} {state}",
                )
            pause = next(polls, POLL_EVERY[-1])
            self.sleep(pause)
            waited += pause

    def publish_container(self, container: str) -> PublishResult:
        body = self.graph.call(
            "POST",
            f"{self.user_id()}/{self.publish_edge}",
            params={"creation_id": container},
            sent_on_error=True,
        )
        media_id = str(body["id"])
        url: str | None = None
        try:
            link = self.graph.call("GET", media_id, params={"fields": "permalink"})
            url = str(link.get("permalink") or "") or None
        except ConnectorError:
            url = self.profile_url()  # it is out; only its address is unknown
        return PublishResult(remote_id=media_id, url=url)

    def two_step(self, post: OutgoingPost, params: Callable[[], dict[str, Any]]) -> PublishResult:
        """Publish ``post`` exactly once (see the module docstring)."""
        container: str | None = None
        part = post.sent_part
        if part is not None and part.remote_id.startswith(CONTAINER_PREFIX):
            recorded, _, made_for = part.remote_id.removeprefix(CONTAINER_PREFIX).partition(":")
            state, _ = self.status(recorded)
            if state == "PUBLISHED":
                # The earlier publish went through; its answer was lost. Never publish again.
                return PublishResult(remote_id=recorded, url=self.profile_url())
            # A container that failed, expired or holds an older text (the owner changed the
            # post since) is left unpublished: it is invisible and expires by itself.
            if state in ("FINISHED", "IN_PROGRESS") and made_for == fingerprint(post):
                container = recorded
                self.wait_ready(container)
        if container is None:
            container = self.create(params())
            if post.on_part_sent is not None:
                post.on_part_sent(
                    PublishResult(remote_id=f"{CONTAINER_PREFIX}{container}:{fingerprint(post)}")
                )
            if self.wait_ready(container) == "EXPIRED":
                raise ConnectorError(
                    ErrorKind.SERVER_ERROR,
                    f"{self.name} dropped the prepared post. SMM Desk will try again.",
                )
        try:
            return self.publish_container(container)
        except ConnectorError as exc:
            if not exc.sent:
                raise
            # The answer was lost: ask the container rather than leave it unsure.
            try:
                state, _ = self.status(container)
            except ConnectorError:
                state = ""
            if state == "PUBLISHED":
                return PublishResult(remote_id=container, url=self.profile_url())
            if state == "FINISHED":  # not published: safe to publish at the next try
                raise ConnectorError(
                    exc.kind,
                    str(exc),
                    http_status=exc.http_status,
                    retry_after=exc.retry_after,
                    detail=exc.detail,
                    sent=False,
                ) from None
            raise
