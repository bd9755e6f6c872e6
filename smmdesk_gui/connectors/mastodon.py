"""Mastodon over its REST API (docs.joinmastodon.org): access token, server limits, media, statuses.

- Limits come from ``GET /api/v2/instance`` (``configuration.statuses`` and ``media_attachments``).
- Media: ``POST /api/v2/media`` answers 200 (processed) or 202 (still processing, ``url`` null);
  then ``GET /api/v1/media/:id`` answers 206 while processing and 200 when done.
- ``POST /api/v1/statuses`` with an ``Idempotency-Key`` header: the server returns the first
  status for a repeated key (kept for one hour), so a retry after a lost answer is safe.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests

from smmdesk_gui.connectors.base import (
    TIMEOUT,
    UPLOAD_TIMEOUT,
    ConnectorError,
    ErrorKind,
    Identity,
    MediaItem,
    OutgoingPost,
    PublishResult,
    classify_status,
    generic_message,
    json_or_empty,
    make_session,
    may_have_arrived,
    network_error,
    parse_reset_instant,
    parse_retry_after,
)

NAME = "Mastodon"
MEDIA_POLL_INTERVAL = 1.0
MEDIA_POLL_LIMIT = 120.0  # seconds to wait for the server to process one image


@dataclass(frozen=True)
class MastodonAccount:
    server_url: str
    access_token: str
    handle: str = ""


class MastodonConnector:
    """Publishes to one Mastodon account."""

    platform = "mastodon"
    idempotent = True
    idempotency_window: float | None = 3600.0  # the server keeps an Idempotency-Key an hour
    max_image_bytes = 8 * 1024 * 1024
    max_images = 4
    timeout: tuple[float, float] = TIMEOUT
    upload_timeout: tuple[float, float] = UPLOAD_TIMEOUT

    def __init__(
        self,
        account: MastodonAccount,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        poll_interval: float = MEDIA_POLL_INTERVAL,
    ) -> None:
        self.account = account
        self.base = account.server_url.rstrip("/")
        self.http = session or make_session()
        self.sleep = sleep
        self.poll_interval = poll_interval
        self._limits: dict[str, Any] | None = None

    def _call(
        self,
        method: str,
        path: str,
        *,
        sent_on_error: bool = False,
        headers: dict[str, str] | None = None,
        timeout: tuple[float, float] | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        all_headers = {"Authorization": f"Bearer {self.account.access_token}"}
        all_headers.update(headers or {})
        try:
            resp = self.http.request(
                method,
                f"{self.base}{path}",
                headers=all_headers,
                timeout=timeout or self.timeout,
                **kwargs,
            )
        except requests.RequestException as exc:
            raise network_error(NAME, exc, sent=sent_on_error) from None
        if resp.status_code >= 400:
            raise self._error(resp, sent_on_error)
        return resp

    def _error(self, resp: requests.Response, sent: bool) -> ConnectorError:
        body = json_or_empty(resp)
        detail = str(body.get("error", "") or resp.reason or "")
        kind = classify_status(resp.status_code)
        retry_after = None
        if kind is ErrorKind.RATE_LIMITED:
            retry_after = parse_retry_after(resp.headers.get("Retry-After"))
            if retry_after is None:
                retry_after = parse_reset_instant(resp.headers.get("X-RateLimit-Reset"))
        if kind is ErrorKind.AUTH_EXPIRED or resp.status_code == 403 and "token" in detail.lower():
            kind = ErrorKind.AUTH_EXPIRED
            message = (
                f"Your Mastodon server ({self.base}) no longer accepts the saved access token "
                f'("{detail}"). Create a new token in the server\'s Preferences > Development '
                "and reconnect the account."
            )
        else:
            message = generic_message(NAME, kind, detail)
        return ConnectorError(
            kind,
            message,
            http_status=resp.status_code,
            retry_after=retry_after,
            detail=detail,
            sent=may_have_arrived(kind, sent),
        )

    def new_idempotency_key(self) -> str:
        return uuid.uuid4().hex

    def limits(self) -> dict[str, Any]:
        """The server's limits from ``/api/v2/instance`` (cached per connector)."""
        if self._limits is None:
            data = self._call("GET", "/api/v2/instance").json()
            config = data.get("configuration", {}) if isinstance(data, dict) else {}
            statuses = config.get("statuses", {})
            media = config.get("media_attachments", {})
            self._limits = {
                "max_characters": int(statuses.get("max_characters", 500)),
                "max_media_attachments": int(statuses.get("max_media_attachments", 4)),
                "characters_reserved_per_url": int(statuses.get("characters_reserved_per_url", 23)),
                "image_size_limit": int(media.get("image_size_limit", self.max_image_bytes)),
                "supported_mime_types": list(media.get("supported_mime_types", [])),
            }
            self.max_image_bytes = self._limits["image_size_limit"]
            self.max_images = self._limits["max_media_attachments"]
        return self._limits

    def check(self) -> Identity:
        me = self._call("GET", "/api/v1/accounts/verify_credentials").json()
        host = self.base.split("://", 1)[-1]
        return Identity(
            handle=f"@{me.get('acct', '')}@{host}" if "@" not in me.get("acct", "") else me["acct"],
            display_name=str(me.get("display_name", "")),
            remote_id=str(me.get("id", "")),
            limits=self.limits(),
        )

    def get_json(self, path: str, params: Any = None) -> Any:
        """A read-only API call (``params`` may be a list of pairs for ``id[]`` arrays)."""
        return self._call("GET", path, params=params).json()

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None  # the Idempotency-Key makes a plain retry safe instead

    def upload(self, item: MediaItem) -> str:
        """Upload one image, wait until the server has processed it, return its id."""
        with item.path.open("rb") as fh:
            resp = self._call(
                "POST",
                "/api/v2/media",
                files={"file": (item.path.name, fh, item.mime)},
                data={"description": item.alt} if item.alt else {},
                timeout=self.upload_timeout,
            )
        media = resp.json()
        media_id = str(media["id"])
        waited = 0.0
        while resp.status_code == 202 or (resp.status_code == 206) or not media.get("url"):
            if waited >= MEDIA_POLL_LIMIT:
                raise ConnectorError(
                    ErrorKind.SERVER_ERROR,
                    "Your Mastodon server is taking too long to process an image. "
                    "SMM Desk will try again.",
                )
            self.sleep(self.poll_interval)
            waited += self.poll_interval
            resp = self._call("GET", f"/api/v1/media/{media_id}")
            media = resp.json()
        return media_id

    def publish(self, post: OutgoingPost) -> PublishResult:
        limits = self.limits()
        if len(post.media) > limits["max_media_attachments"]:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"Your Mastodon server takes at most {limits['max_media_attachments']} images "
                "in a post; remove some.",
            )
        media_ids = [self.upload(item) for item in post.media]
        form: dict[str, Any] = {"status": post.text, "visibility": "public"}
        if media_ids:
            form["media_ids[]"] = media_ids
        if post.langs:
            form["language"] = post.langs[0]
        resp = self._call(
            "POST",
            "/api/v1/statuses",
            data=form,
            headers={"Idempotency-Key": post.idempotency_key},
            sent_on_error=True,
        )
        status = json_or_empty(resp)
        if not status.get("id"):  # not a status (a proxy's page?): the key makes a retry safe
            raise ConnectorError(
                ErrorKind.SERVER_ERROR,
                "Your Mastodon server did not confirm the post. SMM Desk will try again.",
                http_status=resp.status_code,
                detail=resp.headers.get("Content-Type", ""),
                sent=True,
            )
        return PublishResult(
            remote_id=str(status["id"]), url=status.get("url") or status.get("uri")
        )
