"""Instagram through the Instagram API with Instagram Login (graph.instagram.com).

Chosen over the Facebook Login variant because the owner needs no Facebook Page: a Business app
with the Instagram product, their professional account added, "Generate token" (permissions
instagram_business_basic and instagram_business_content_publish). The long-lived token lasts
about 60 days and can be refreshed with ``refresh_access_token`` without the app secret.

Publishing (instagram-platform/content-publishing): ``POST /{ig-user-id}/media`` with
``image_url`` and ``caption`` makes a container; its ``status_code`` goes IN_PROGRESS ->
FINISHED (or ERROR); ``POST /{ig-user-id}/media_publish`` (creation_id) publishes it. A
carousel is one container per photo (``is_carousel_item=true``), then a CAROUSEL container
with ``children``. Exactly once: see meta_containers.py.

Instagram fetches every photo from a public web address; it takes no upload ("Media on a public
server": "We cURL media used in publishing attempts"). With the owner's bucket set up
(``photo_host``, connectors/photo_host.py) each photo is uploaded there and passed as a presigned
URL, then deleted once the post is out; without one, ``assisted_reason`` says why the owner
posts it, and the queue keeps Instagram assisted (registry.py, HOSTED_PLATFORMS).
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

NAME = "Instagram"
DEFAULT_API = "https://graph.instagram.com"
API_VERSION = "v24.0"
CAPTION_LIMIT = 2200
CAROUSEL_MAX = 10
#: content-publishing: "100 API-published posts within a 24-hour moving period".
PUBLISHING_LIMIT = 100
NO_HOSTING = (
    "Instagram fetches photos from a web address, and no photo host is set up. Post this one "
    "with SMM Desk's help (assisted), or set up photo hosting in Settings so SMM Desk can send "
    "Instagram posts itself."
)


@dataclass(frozen=True)
class InstagramAccount:
    handle: str
    token: str
    api_url: str = DEFAULT_API


class InstagramConnector(ContainerFlow):
    """Publishes photos and carousels to one Instagram professional account."""

    platform = "instagram"
    sends_in_parts = True
    idempotent = True
    idempotency_window: float | None = None
    max_image_bytes = 8 * 1024 * 1024  # content-publishing: JPEG, at most 8 MB
    max_images = CAROUSEL_MAX
    status_field = "status_code"
    create_edge = "media"
    publish_edge = "media_publish"

    def __init__(
        self,
        account: InstagramAccount,
        session: requests.Session | None = None,
        image_urls: Callable[[MediaItem], str] | None = None,
        photo_host: PhotoHost | None = None,
        host_problem: str = "",
    ) -> None:
        self.account = account
        self.name = NAME
        self.image_urls = image_urls
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
            me = self.graph.call("GET", "me", params={"fields": "user_id,username"})
            self._user = str(me.get("user_id") or me["id"])
            self._username = str(me.get("username") or self._username)
        return self._user

    def profile_url(self) -> str | None:
        return f"https://www.instagram.com/{self._username}/" if self._username else None

    def check(self) -> Identity:
        """The token works; the day's publishing quota in use is reported with the limits."""
        user = self.user_id()
        quota = self.graph.call("GET", f"{user}/content_publishing_limit")
        data = quota.get("data")
        used = data[0].get("quota_usage") if isinstance(data, list) and data else None
        return Identity(
            handle=self.account.handle,
            display_name=self._username,
            remote_id=user,
            limits={
                "caption": CAPTION_LIMIT,
                "carousel_max": CAROUSEL_MAX,
                "posts_per_24h": PUBLISHING_LIMIT,
                "posts_used": used,
            },
        )

    @property
    def hosted_by(self) -> str | None:
        """The photo host in use, in plain words ("bucket shop-photos at ..."), if any."""
        return self.photo_host.label if self.photo_host is not None else None

    def assisted_reason(self, has_media: bool) -> str | None:
        """Why the owner posts this one (no photo host), or None when SMM Desk can send it."""
        if has_media and self.image_urls is None and self.photo_host is None:
            return self.host_problem or NO_HOSTING
        return None

    def publish(self, post: OutgoingPost) -> PublishResult:
        if len(post.text) > CAPTION_LIMIT:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"The caption is longer than Instagram allows ({CAPTION_LIMIT} characters).",
            )
        if post.sent_part is None:
            if not post.media:
                raise ConnectorError(
                    ErrorKind.REJECTED, "Instagram takes no post without a photo; add one."
                )
            if len(post.media) > CAROUSEL_MAX:
                raise ConnectorError(
                    ErrorKind.REJECTED,
                    f"An Instagram carousel takes at most {CAROUSEL_MAX} photos; remove some.",
                )
            reason = self.assisted_reason(True)
            if reason is not None:
                raise ConnectorError(ErrorKind.REJECTED, reason)
        if self.image_urls is not None:
            return self.two_step(post, lambda: self._container_params(post, self.image_urls))
        if self.photo_host is None:  # a retry of a recorded container needs no photo
            return self.two_step(post, lambda: self._container_params(post, None))
        return publish_hosted(
            self.photo_host,
            lambda urls: self.two_step(post, lambda: self._container_params(post, urls)),
        )

    def _container_params(
        self, post: OutgoingPost, image_url: Callable[[MediaItem], str] | None
    ) -> dict[str, Any]:
        if image_url is None:
            raise ConnectorError(ErrorKind.REJECTED, self.host_problem or NO_HOSTING)
        if len(post.media) == 1:
            return {"image_url": image_url(post.media[0]), "caption": post.text}
        # Carousel items are containers nobody sees: their lost answers are harmless.
        children = []
        for item in post.media:
            child = self.create({"image_url": image_url(item), "is_carousel_item": "true"})
            self.wait_ready(child)
            children.append(child)
        return {"media_type": "CAROUSEL", "children": ",".join(children), "caption": post.text}
