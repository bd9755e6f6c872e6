"""Facebook Pages through the Graph API (developers.facebook.com/docs/pages-api).

The owner pastes a Page access token (from a long-lived user token it does not expire) or a
user token with the Page's tasks; ``check`` reads ``/me?fields=id,name`` and, when the token is
a user's, ``/{page-id}?fields=name,access_token`` for the Page's own token (kept in memory only).

* Text and links: ``POST /{page-id}/feed`` with ``message`` (and ``link``, the text's first web
  address, so the link preview shows).
* One photo: ``POST /{page-id}/photos`` with the file as ``source`` and the text as ``caption``.
* Several photos: each ``POST /{page-id}/photos`` with ``published=false`` (an unpublished photo
  nobody sees), then ``POST /{page-id}/feed`` with ``attached_media[i]={"media_fbid": id}``.

The Graph API has no idempotency key: after a lost answer to the visible write the target
becomes "unconfirmed" (like Telegram), never sent again by itself. The unpublished uploads are
invisible, so their lost answers are safe to retry.
"""

from __future__ import annotations

import json
import re
import uuid
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any

import requests

from smmdesk_gui.connectors.base import (
    UPLOAD_TIMEOUT,
    ConnectorError,
    ErrorKind,
    Identity,
    OutgoingPost,
    PublishResult,
    make_session,
)
from smmdesk_gui.connectors.meta_graph import GraphClient

NAME = "Facebook"
DEFAULT_GRAPH = "https://graph.facebook.com"
GRAPH_VERSION = "v24.0"
TEXT_LIMIT = 63206
#: Photos per multi-photo post: Meta documents no number; ten keeps to what the site shows.
MAX_PHOTOS = 10
_URL = re.compile(r"https?://[^\s<>\"']+")


@dataclass(frozen=True)
class FacebookAccount:
    page: str  # the Page's id (numeric); a name is looked up from the token at connect
    token: str  # a Page access token (or a user token that manages the Page)
    graph_url: str = DEFAULT_GRAPH


class FacebookConnector:
    """Posts to one Facebook Page."""

    platform = "facebook"
    idempotent = False
    idempotency_window: float | None = 0.0
    max_image_bytes = 4 * 1024 * 1024  # Page photos: "4MB or less" (pages-api/posts)
    max_images = MAX_PHOTOS
    upload_timeout: tuple[float, float] = UPLOAD_TIMEOUT

    def __init__(self, account: FacebookAccount, session: requests.Session | None = None) -> None:
        self.account = account
        self.graph = GraphClient(
            NAME, account.graph_url, account.token, session or make_session(), GRAPH_VERSION
        )
        self._page_id: str | None = None

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

    def _page(self) -> str:
        """The Page's id, switching to the Page's own token when a user token was given."""
        if self._page_id is not None:
            return self._page_id
        me = self.graph.call("GET", "me", params={"fields": "id,name"})
        wanted = self.account.page.strip()
        if not wanted or wanted == str(me.get("id")) or not wanted.isdigit():
            self._page_id = str(me.get("id", ""))
            return self._page_id
        # A user token: the Page's own token comes with the Page (needs pages_manage_posts).
        page = self.graph.call("GET", wanted, params={"fields": "name,access_token"})
        token = page.get("access_token")
        if not isinstance(token, str) or not token:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"This token cannot post to the Page {wanted}. Make the token for the Page "
                "itself (or as a user who manages the Page) as the setup page explains.",
            )
        self.graph.token = token
        self._page_id = wanted
        return wanted

    def page_id(self) -> str:
        """The Page's id; with a user token, the Page's own token is used from here on."""
        return self._page()

    def check(self) -> Identity:
        """The token works and belongs to (or manages) the Page."""
        page_id = self._page()
        page = self.graph.call("GET", page_id, params={"fields": "id,name"})
        return Identity(
            handle=self.account.page or page_id,
            display_name=str(page.get("name", "")),
            remote_id=page_id,
            limits={"text": TEXT_LIMIT, "photos": MAX_PHOTOS},
        )

    @staticmethod
    def _result(post_id: str) -> PublishResult:
        return PublishResult(remote_id=post_id, url=f"https://www.facebook.com/{post_id}")

    def publish(self, post: OutgoingPost) -> PublishResult:
        if len(post.text) > TEXT_LIMIT:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"The text is longer than Facebook allows ({TEXT_LIMIT} characters); shorten it.",
            )
        if len(post.media) > MAX_PHOTOS:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"SMM Desk sends at most {MAX_PHOTOS} photos to a Facebook Page; remove some.",
            )
        page = self._page()
        if not post.media:
            if not post.text.strip():
                raise ConnectorError(ErrorKind.REJECTED, "The post is empty; write some text.")
            params: dict[str, Any] = {"message": post.text}
            link = _URL.search(post.text)
            if link:
                params["link"] = link.group(0).rstrip(".,;:!?)")
            body = self.graph.call("POST", f"{page}/feed", params=params, sent_on_error=True)
            return self._result(str(body["id"]))
        if len(post.media) == 1:
            item = post.media[0]
            with item.path.open("rb") as fh:
                body = self.graph.call(
                    "POST",
                    f"{page}/photos",
                    params={"caption": post.text} if post.text else {},
                    files={"source": (item.path.name, fh, item.mime)},
                    timeout=self.upload_timeout,
                    sent_on_error=True,
                )
            return self._result(str(body.get("post_id") or body["id"]))
        ids: list[str] = []
        for item in post.media:
            with ExitStack() as stack:
                fh = stack.enter_context(item.path.open("rb"))
                # Unpublished: invisible until attached below, so a lost answer is harmless.
                body = self.graph.call(
                    "POST",
                    f"{page}/photos",
                    params={"published": "false"},
                    files={"source": (item.path.name, fh, item.mime)},
                    timeout=self.upload_timeout,
                )
            ids.append(str(body["id"]))
        params = {"message": post.text}
        for i, media_id in enumerate(ids):
            params[f"attached_media[{i}]"] = json.dumps({"media_fbid": media_id})
        body = self.graph.call("POST", f"{page}/feed", params=params, sent_on_error=True)
        return self._result(str(body["id"]))
