"""Bluesky over XRPC (any PDS): app-password login, kept session, posts with facets and images.

- ``createSession`` is rate-limited (30 per 5 min, 300 a day per handle), so it runs once; the
  session is kept in a ``TokenCache`` (the keyring, via the service) and renewed with
  ``refreshSession`` when the access token expires.
- A post is written with ``com.atproto.repo.applyWrites`` and a record key (TID) chosen before the
  first try, and ``getRecord`` is asked first: a retry after a lost answer finds the record
  instead of creating a second one.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import requests

from smmdesk_gui.connectors.base import (
    TIMEOUT,
    UPLOAD_TIMEOUT,
    ConnectorError,
    ErrorKind,
    Identity,
    MemoryTokenCache,
    OutgoingPost,
    PublishResult,
    TokenCache,
    classify_status,
    generic_message,
    json_or_empty,
    make_session,
    may_have_arrived,
    network_error,
    parse_reset_instant,
    parse_retry_after,
)
from smmdesk_gui.connectors.bluesky_text import build_facets, is_tid, new_tid

DEFAULT_PDS = "https://bsky.social"
POST_COLLECTION = "app.bsky.feed.post"
NAME = "Bluesky"
# app.bsky.embed.images: 2 MB on current servers, 976 KB on older ones; stay under the older.
MAX_IMAGE_BYTES = 976 * 1024
MAX_IMAGES = 4
_TOKEN_ERRORS = {"ExpiredToken", "InvalidToken"}


@dataclass(frozen=True)
class BlueskyAccount:
    handle: str
    app_password: str
    pds_url: str = DEFAULT_PDS


class BlueskyConnector:
    """Publishes to one Bluesky account."""

    platform = "bluesky"
    idempotent = True
    idempotency_window: float | None = None  # a record key is forever
    max_image_bytes = MAX_IMAGE_BYTES
    max_images = MAX_IMAGES
    timeout: tuple[float, float] = TIMEOUT
    upload_timeout: tuple[float, float] = UPLOAD_TIMEOUT

    def __init__(
        self,
        account: BlueskyAccount,
        tokens: TokenCache | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.account = account
        self.base = account.pds_url.rstrip("/")
        self.tokens = tokens or MemoryTokenCache()
        self.http = session or make_session()
        self._session: dict[str, Any] | None = None
        self.create_session_calls = 0  # for tests: createSession must be rare

    # -- session ------------------------------------------------------------------------------

    def _load(self) -> dict[str, Any] | None:
        if self._session is None:
            raw = self.tokens.load()
            if raw:
                try:
                    data = json.loads(raw)
                except ValueError:
                    data = None
                if isinstance(data, dict) and data.get("accessJwt"):
                    self._session = data
        return self._session

    def _keep(self, data: dict[str, Any]) -> None:
        if not isinstance(data.get("accessJwt"), str) or not data.get("did"):
            raise ConnectorError(
                ErrorKind.SERVER_ERROR,
                f"{self.base} did not answer like a Bluesky server when SMM Desk logged in. "
                "Check the server address; SMM Desk will try again.",
            )
        kept: dict[str, Any] = {
            k: data[k] for k in ("did", "handle", "accessJwt", "refreshJwt") if k in data
        }
        self._session = kept
        self.tokens.save(json.dumps(kept))

    def _create_session(self) -> dict[str, Any]:
        self.create_session_calls += 1
        data = self._xrpc(
            "POST",
            "com.atproto.server.createSession",
            json_body={"identifier": self.account.handle, "password": self.account.app_password},
            auth=None,
        )
        self._keep(data)
        return data

    def _refresh(self) -> dict[str, Any]:
        current = self._load()
        if current and current.get("refreshJwt"):
            try:
                data = self._xrpc(
                    "POST", "com.atproto.server.refreshSession", auth=current["refreshJwt"]
                )
            except ConnectorError as exc:
                if exc.kind is not ErrorKind.AUTH_EXPIRED:
                    raise
            else:
                self._keep(data)
                return data
        return self._create_session()

    def _authed(
        self,
        method: str,
        nsid: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: dict[str, Any] | None = None,
        data: bytes | None = None,
        content_type: str | None = None,
        sent_on_error: bool = False,
    ) -> dict[str, Any]:
        def call(session: dict[str, Any]) -> dict[str, Any]:
            return self._xrpc(
                method,
                nsid,
                params=params,
                json_body=json_body,
                data=data,
                content_type=content_type,
                auth=session["accessJwt"],
                sent_on_error=sent_on_error,
            )

        try:
            return call(self._load() or self._create_session())
        except ConnectorError as exc:
            if exc.kind is not ErrorKind.AUTH_EXPIRED:
                raise
        return call(self._refresh())  # the access token expired: refresh once and retry

    def _xrpc(
        self,
        method: str,
        nsid: str,
        *,
        params: dict[str, Any] | None = None,
        json_body: dict[str, Any] | None = None,
        data: bytes | None = None,
        content_type: str | None = None,
        auth: str | None,
        sent_on_error: bool = False,
    ) -> dict[str, Any]:
        headers: dict[str, str] = {}
        if auth:
            headers["Authorization"] = f"Bearer {auth}"
        if content_type:
            headers["Content-Type"] = content_type
        try:
            resp = self.http.request(
                method,
                f"{self.base}/xrpc/{nsid}",
                params=params,
                json=json_body,
                data=data,
                headers=headers,
                timeout=self.upload_timeout if data is not None else self.timeout,
            )
        except requests.RequestException as exc:
            raise network_error(NAME, exc, sent=sent_on_error) from None
        if resp.ok:
            return json_or_empty(resp)
        raise self._error(resp, sent_on_error)

    def _error(self, resp: requests.Response, sent: bool) -> ConnectorError:
        body = json_or_empty(resp)
        code = str(body.get("error", ""))
        detail = str(body.get("message", "") or code or resp.reason or "")
        kind = classify_status(resp.status_code)
        if code in _TOKEN_ERRORS or code == "AuthenticationRequired" or resp.status_code == 401:
            kind = ErrorKind.AUTH_EXPIRED
        retry_after = None
        if kind is ErrorKind.RATE_LIMITED:
            retry_after = parse_retry_after(resp.headers.get("Retry-After"))
            if retry_after is None:
                retry_after = parse_reset_instant(resp.headers.get("RateLimit-Reset"))
        if kind is ErrorKind.AUTH_EXPIRED and code == "AuthenticationRequired":
            message = (
                "Bluesky did not accept the handle and app password. Create a new app password "
                "in Bluesky (Settings > Privacy and security > App passwords) and reconnect."
            )
        elif code == "AccountTakedown" or code == "AccountDeactivated":
            kind = ErrorKind.AUTH_EXPIRED
            message = f"Bluesky says this account is not active ({detail}). Check it in Bluesky."
        else:
            message = generic_message(NAME, kind, detail)
        # A 5xx or 429 may still mean the write happened; only the caller knows if it was a write.
        return ConnectorError(
            kind,
            message,
            http_status=resp.status_code,
            retry_after=retry_after,
            detail=f"{code}: {detail}" if code else detail,
            sent=may_have_arrived(kind, sent),
        )

    # -- Connector protocol --------------------------------------------------------------------

    def new_idempotency_key(self) -> str:
        return new_tid()

    def check(self) -> Identity:
        """Log in (reusing a kept session) and return who this is."""
        info = self._authed("GET", "com.atproto.server.getSession")
        did = str(info.get("did", ""))
        handle = str(info.get("handle", self.account.handle))
        display = ""
        try:
            profile = self._authed(
                "GET",
                "com.atproto.repo.getRecord",
                params={"repo": did, "collection": "app.bsky.actor.profile", "rkey": "self"},
            )
            display = str(profile.get("value", {}).get("displayName", ""))
        except ConnectorError as exc:
            if exc.kind is not ErrorKind.REJECTED:  # no profile record yet is normal
                raise
        return Identity(
            handle=handle,
            display_name=display,
            remote_id=did,
            limits={"max_graphemes": 300, "max_images": MAX_IMAGES, "image_bytes": MAX_IMAGE_BYTES},
        )

    def query(self, nsid: str, params: dict[str, Any]) -> dict[str, Any]:
        """A read-only XRPC query with the account's session (e.g. ``app.bsky.*`` via the PDS)."""
        return self._authed("GET", nsid, params=params)

    def did(self) -> str:
        session = self._load() or self._create_session()
        return str(session["did"])

    def _post_url(self, rkey: str) -> str:
        session = self._load() or {}
        handle = session.get("handle") or self.account.handle
        return f"https://bsky.app/profile/{handle}/post/{rkey}"

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        if not is_tid(idempotency_key):
            return None
        did = self.did()
        try:
            found = self._authed(
                "GET",
                "com.atproto.repo.getRecord",
                params={"repo": did, "collection": POST_COLLECTION, "rkey": idempotency_key},
            )
        except ConnectorError as exc:
            if exc.kind is ErrorKind.REJECTED and exc.http_status == 400:
                return None  # RecordNotFound
            raise
        return PublishResult(remote_id=str(found["uri"]), url=self._post_url(idempotency_key))

    def resolve_handle(self, handle: str) -> str | None:
        try:
            data = self._xrpc(
                "GET", "com.atproto.identity.resolveHandle", params={"handle": handle}, auth=None
            )
        except ConnectorError as exc:
            if exc.kind is ErrorKind.REJECTED:
                return None
            raise
        did = data.get("did")
        return str(did) if did else None

    def upload_image(self, path_bytes: bytes, mime: str) -> dict[str, Any]:
        data = self._authed(
            "POST", "com.atproto.repo.uploadBlob", data=path_bytes, content_type=mime
        )
        return dict(data["blob"])

    def build_record(self, post: OutgoingPost) -> dict[str, Any]:
        """The ``app.bsky.feed.post`` record (uploads the images)."""
        if len(post.media) > MAX_IMAGES:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"Bluesky takes at most {MAX_IMAGES} images in a post; remove some.",
            )
        record: dict[str, Any] = {
            "$type": POST_COLLECTION,
            "text": post.text,
            "createdAt": dt.datetime.now(dt.UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
        }
        facets = build_facets(post.text, self.resolve_handle)
        if facets:
            record["facets"] = facets
        if post.langs:
            record["langs"] = list(post.langs[:3])
        if post.media:
            images = []
            for item in post.media:
                raw = item.path.read_bytes()
                if len(raw) > MAX_IMAGE_BYTES:
                    raise ConnectorError(
                        ErrorKind.REJECTED,
                        f"The image {item.path.name} is too large for Bluesky "
                        f"({len(raw) // 1024} KB, at most {MAX_IMAGE_BYTES // 1024} KB).",
                    )
                blob = self.upload_image(raw, item.mime)
                image: dict[str, Any] = {"alt": item.alt, "image": blob}
                if item.width > 0 and item.height > 0:
                    image["aspectRatio"] = {"width": item.width, "height": item.height}
                images.append(image)
            record["embed"] = {"$type": "app.bsky.embed.images", "images": images}
        return record

    def publish(self, post: OutgoingPost) -> PublishResult:
        rkey = post.idempotency_key
        if not is_tid(rkey):
            raise ConnectorError(ErrorKind.REJECTED, "Internal error: the record key is not a TID.")
        existing = self.find_published(rkey)
        if existing is not None:
            return existing
        record = self.build_record(post)
        did = self.did()
        answer = self._authed(
            "POST",
            "com.atproto.repo.applyWrites",
            json_body={
                "repo": did,
                "writes": [
                    {
                        "$type": "com.atproto.repo.applyWrites#create",
                        "collection": POST_COLLECTION,
                        "rkey": rkey,
                        "value": record,
                    }
                ],
            },
            sent_on_error=True,
        )
        if not answer:  # an "ok" that is no XRPC answer (a proxy's page?): ask for the record
            found = self.find_published(rkey)
            if found is None:
                raise ConnectorError(
                    ErrorKind.SERVER_ERROR,
                    "Bluesky did not confirm the post and it is not there yet. SMM Desk will "
                    "try again.",
                    sent=True,
                )
            return found
        return PublishResult(
            remote_id=f"at://{did}/{POST_COLLECTION}/{rkey}", url=self._post_url(rkey)
        )
