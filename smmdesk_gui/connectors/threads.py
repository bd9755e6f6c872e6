"""Threads through the Threads API (developers.facebook.com/docs/threads, graph.threads.net).

The owner makes a Meta app with the Threads use case (threads_basic, threads_content_publish),
adds their profile as a tester and pastes the access token it generates (long-lived tokens last
about 60 days and can be refreshed with ``th_refresh_token`` without the app secret).

Text posts only: ``POST /{threads-user-id}/threads`` (media_type=TEXT, text), wait until the
container's ``status`` is FINISHED, then ``POST /{threads-user-id}/threads_publish``
(creation_id). Photos would need a public web address (``image_url``) SMM Desk cannot offer yet,
so a Threads post with photos is refused with that reason. Exactly once: see meta_containers.py.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import requests

from smmdesk_gui.connectors.base import (
    ConnectorError,
    ErrorKind,
    Identity,
    OutgoingPost,
    PublishResult,
    make_session,
)
from smmdesk_gui.connectors.meta_containers import ContainerFlow
from smmdesk_gui.connectors.meta_graph import GraphClient

NAME = "Threads"
DEFAULT_API = "https://graph.threads.net"
API_VERSION = "v1.0"
TEXT_LIMIT = 500
NO_HOSTING = (
    "Threads fetches photos from a web address; SMM Desk has no place to put them yet. "
    "Post this one by hand (assisted), or remove the photos."
)


@dataclass(frozen=True)
class ThreadsAccount:
    handle: str
    token: str
    api_url: str = DEFAULT_API


class ThreadsConnector(ContainerFlow):
    """Posts text to one Threads profile."""

    platform = "threads"
    #: The container is recorded before publishing and checked on a retry (meta_containers.py).
    sends_in_parts = True
    idempotent = True
    idempotency_window: float | None = None
    max_image_bytes = 8 * 1024 * 1024
    max_images = 0
    status_field = "status"
    create_edge = "threads"
    publish_edge = "threads_publish"

    def __init__(self, account: ThreadsAccount, session: requests.Session | None = None) -> None:
        self.account = account
        self.name = NAME
        self.graph = GraphClient(
            NAME, account.api_url, account.token, session or make_session(), API_VERSION
        )
        self._user: str | None = None
        self._username = account.handle.lstrip("@")

    @property
    def timeout(self) -> tuple[float, float]:
        return self.graph.timeout

    @timeout.setter
    def timeout(self, value: tuple[float, float]) -> None:
        self.graph.timeout = value

    def new_idempotency_key(self) -> str:
        return uuid.uuid4().hex

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None

    def user_id(self) -> str:
        if self._user is None:
            me = self.graph.call("GET", "me", params={"fields": "id,username"})
            self._user = str(me["id"])
            self._username = str(me.get("username") or self._username)
        return self._user

    def profile_url(self) -> str | None:
        return f"https://www.threads.net/@{self._username}" if self._username else None

    def check(self) -> Identity:
        user = self.user_id()
        return Identity(
            handle=self.account.handle,
            display_name=self._username,
            remote_id=user,
            limits={"text": TEXT_LIMIT},
        )

    def publish(self, post: OutgoingPost) -> PublishResult:
        if post.media and post.sent_part is None:
            raise ConnectorError(ErrorKind.REJECTED, NO_HOSTING)
        if len(post.text) > TEXT_LIMIT:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"The text is longer than Threads allows ({TEXT_LIMIT} characters); shorten it.",
            )
        if not post.text.strip():
            raise ConnectorError(ErrorKind.REJECTED, "The post is empty; write some text.")
        return self.two_step(post, lambda: {"media_type": "TEXT", "text": post.text})
