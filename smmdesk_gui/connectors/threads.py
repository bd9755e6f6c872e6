"""Threads through the Threads API (developers.facebook.com/docs/threads, graph.threads.net).

The owner makes a Meta app with the Threads use case (threads_basic, threads_content_publish),
adds their profile as a tester and pastes the access token it generates (long-lived tokens last
about 60 days and can be refreshed with ``th_refresh_token`` without the app secret).

Text posts: ``POST /{threads-user-id}/threads`` (media_type=TEXT, text), wait until the
container's ``status`` is FINISHED, then ``POST /{threads-user-id}/threads_publish``
(creation_id). Photos (threads/posts, "Single Thread Posts", Step 1: media_type=IMAGE with
``image_url``, which "must be on a public server"; "Carousel Posts": one ``is_carousel_item``
container per photo, then media_type=CAROUSEL with ``children``) go through the owner's bucket
(``photo_host``, connectors/photo_host.py); without one, ``assisted_reason`` says why the owner
posts it. Exactly once: see meta_containers.py.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from smmdesk_gui.connectors.base import (
    ConnectorError,
    ErrorKind,
    Identity,
    MediaItem,
    OutgoingPost,
    PublishResult,
    make_session,
)
from smmdesk_gui.connectors.meta_containers import ContainerFlow
from smmdesk_gui.connectors.meta_graph import GraphClient
from smmdesk_gui.connectors.photo_host import PhotoHost, publish_hosted

NAME = "Threads"
DEFAULT_API = "https://graph.threads.net"
API_VERSION = "v1.0"
TEXT_LIMIT = 500
#: The composer's limit for Threads (domain/platforms.py); a carousel needs at least two.
CAROUSEL_MAX = 10
NO_HOSTING = (
    "Threads fetches photos from a web address, and no photo host is set up. Post this one "
    "by hand (assisted), remove the photos, or set up photo hosting in Settings."
)


@dataclass(frozen=True)
class ThreadsAccount:
    handle: str
    token: str
    api_url: str = DEFAULT_API


class ThreadsConnector(ContainerFlow):
    """Posts text and photos to one Threads profile."""

    platform = "threads"
    #: The container is recorded before publishing and checked on a retry (meta_containers.py).
    sends_in_parts = True
    idempotent = True
    idempotency_window: float | None = None
    max_image_bytes = 8 * 1024 * 1024
    max_images = CAROUSEL_MAX
    status_field = "status"
    create_edge = "threads"
    publish_edge = "threads_publish"

    def __init__(
        self,
        account: ThreadsAccount,
        session: requests.Session | None = None,
        *,
        photo_host: PhotoHost | None = None,
        host_problem: str = "",
    ) -> None:
        self.account = account
        self.name = NAME
        self.photo_host = photo_host
        self.host_problem = host_problem
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

    @property
    def hosted_by(self) -> str | None:
        """The photo host in use, in plain words, if any."""
        return self.photo_host.label if self.photo_host is not None else None

    def assisted_reason(self, has_media: bool) -> str | None:
        """Why the owner posts this one (photos, no host), or None when SMM Desk can send it."""
        if has_media and self.photo_host is None:
            return self.host_problem or NO_HOSTING
        return None

    def publish(self, post: OutgoingPost) -> PublishResult:
        if len(post.text) > TEXT_LIMIT:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"The text is longer than Threads allows ({TEXT_LIMIT} characters); shorten it.",
            )
        if not post.media:
            if not post.text.strip():
                raise ConnectorError(ErrorKind.REJECTED, "The post is empty; write some text.")
            return self.two_step(post, lambda: {"media_type": "TEXT", "text": post.text})
        if len(post.media) > CAROUSEL_MAX:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"SMM Desk sends at most {CAROUSEL_MAX} photos in one Threads post; remove some.",
            )
        host = self.photo_host
        if host is None:
            if post.sent_part is None:
                raise ConnectorError(ErrorKind.REJECTED, self.host_problem or NO_HOSTING)
            # A retry of a recorded container needs no photo; a new one is refused.
            return self.two_step(post, lambda: self._photo_params(post, None))
        return publish_hosted(
            host, lambda urls: self.two_step(post, lambda: self._photo_params(post, urls))
        )

    def _photo_params(
        self, post: OutgoingPost, image_url: Callable[[MediaItem], str] | None
    ) -> dict[str, Any]:
        if image_url is None:
            raise ConnectorError(ErrorKind.REJECTED, self.host_problem or NO_HOSTING)
        if len(post.media) == 1:
            return {"media_type": "IMAGE", "image_url": image_url(post.media[0]), "text": post.text}
        # Carousel items are containers nobody sees: their lost answers are harmless.
        children = []
        for item in post.media:
            child = self.create(
                {"media_type": "IMAGE", "image_url": image_url(item), "is_carousel_item": "true"}
            )
            self.wait_ready(child)
            children.append(child)
        return {"media_type": "CAROUSEL", "children": ",".join(children), "text": post.text}
