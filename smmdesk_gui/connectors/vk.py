"""VK communities over VK's official API (dev.vk.com/ru/api/api-requests).

Every method is ``POST {api}/method/<name>`` with form fields; the answer is
``{"response": ...}`` or ``{"error": {"error_code", "error_msg", ...}}``, usually with HTTP 200.
The token travels in the form body (``access_token``), never in the URL, so no log line or
requests' error message can carry it; ``logs.py`` redacts ``access_token=`` anyway.

- The owner connects with a *community token* (community > Manage > API usage > Create token,
  rights: wall, photos, manage). ``groups.getById`` with it names the community (id, name).
- ``wall.post`` with ``owner_id=-<group id>`` and ``from_group=1`` publishes text and links.
- Photos on a wall: ``photos.getWallUploadServer`` refuses community tokens (error 27, "group
  authorization failed"), so photos need an optional *user token* of an administrator:
  ``getWallUploadServer(group_id)`` -> POST the file as ``photo`` to ``upload_url`` ->
  ``photos.saveWallPhoto(group_id, server, photo, hash)`` -> ``attachments=photo<owner>_<id>``.
  Without a user token a post with photos is left to the owner (assisted), with the reason.
- ``wall.post`` has no idempotency key: a lost answer is never resent blindly (the publishing
  service marks it "unconfirmed" for the owner to check).

Error codes (dev.vk.com/ru/reference/errors): 5 authorization failed -> reconnect; 6 too many
requests per second and 9 flood control -> wait and retry; 10 internal server error -> retry;
14 captcha needed -> refused in plain words; any other -> refused, VK's ``error_msg`` as detail.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests

from smmdesk_gui.connectors.base import (
    TIMEOUT,
    UPLOAD_TIMEOUT,
    ConnectorError,
    ErrorKind,
    Identity,
    OutgoingPost,
    PublishResult,
    classify_status,
    generic_message,
    json_or_empty,
    make_session,
    may_have_arrived,
    network_error,
)

NAME = "VK"
DEFAULT_API = "https://api.vk.com"
#: The API version every call names (dev.vk.com/ru/reference/versions: 5.199 is the newest
#: listed in the docs available to us, 2026-12).
API_VERSION = "5.199"
#: wall.post ``message``: VK documents no hard number; 16384 characters is the long-standing
#: limit of a wall post's text (PLATFORMS.md, to verify against a real community).
TEXT_LIMIT = 16384
#: wall.post ``attachments``: at most 10 objects.
MAX_ATTACHMENTS = 10
#: A community token may make 20 requests a second, a user token 3 (dev.vk.com/ru/api/api-requests
#: "Ограничения и рекомендации"); one call every 0.34 s keeps both.
MIN_INTERVAL = 0.34

#: VK error codes (dev.vk.com/ru/reference/errors).
AUTH_FAILED = 5
TOO_MANY_PER_SECOND = 6
FLOOD_CONTROL = 9
INTERNAL = 10
CAPTCHA = 14
#: Waits after 6 (per-second limit: a moment) and 9 (flood control: VK says nothing about the
#: length; an hour keeps a busy day's posts from hammering it).
PER_SECOND_WAIT = 2.0
FLOOD_WAIT = 3600.0


@dataclass(frozen=True)
class VKAccount:
    """A community and its tokens. ``handle`` is the community's short name or id."""

    community_token: str = field(repr=False)
    handle: str
    api_url: str = DEFAULT_API
    #: An administrator's user token with the ``photos`` and ``wall`` rights (optional).
    user_token: str | None = field(default=None, repr=False)


def post_url(remote_id: str) -> str:
    """``https://vk.com/wall-<group>_<post>`` for a remote id ``-<group>_<post>``."""
    return f"https://vk.com/wall{remote_id}"


class VKConnector:
    """Posts to one VK community's wall."""

    platform = "vk"
    idempotent = False
    idempotency_window: float | None = 0.0
    max_image_bytes = 50 * 1024 * 1024
    max_images = MAX_ATTACHMENTS
    timeout: tuple[float, float] = TIMEOUT
    upload_timeout: tuple[float, float] = UPLOAD_TIMEOUT
    min_interval = MIN_INTERVAL

    def __init__(
        self,
        account: VKAccount,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.account = account
        self.http = session or make_session()
        self.sleep = sleep
        self._base = f"{account.api_url.rstrip('/')}/method"
        self._group: dict[str, Any] | None = None
        self._last_call = 0.0

    # -- calls --------------------------------------------------------------------------------

    def _pace(self) -> None:
        wait = self._last_call + self.min_interval - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last_call = time.monotonic()

    def call(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        *,
        user: bool = False,
        sent_on_error: bool = False,
    ) -> Any:
        """One API method; ``user`` signs it with the user token instead of the community's."""
        token = self.account.user_token if user else self.account.community_token
        data = {**(params or {}), "access_token": token, "v": API_VERSION}
        self._pace()
        try:
            resp = self.http.post(f"{self._base}/{method}", data=data, timeout=self.timeout)
        except requests.RequestException as exc:
            raise network_error(NAME, exc, sent=sent_on_error) from None
        return self._answer(resp, sent_on_error)

    def _answer(self, resp: requests.Response, sent: bool) -> Any:
        body = json_or_empty(resp)
        if resp.ok and "response" in body:
            return body["response"]
        error = body.get("error")
        if isinstance(error, dict):
            raise self._error(error)
        # Not a VK answer (a proxy's page, a 5xx, a cut body): a write may well be out.
        kind = classify_status(resp.status_code) if not resp.ok else ErrorKind.SERVER_ERROR
        detail = str(resp.reason or resp.headers.get("Content-Type", ""))
        message = (
            generic_message(NAME, kind, detail)
            if not resp.ok
            else "VK answered with something that is not an API answer, so SMM Desk cannot "
            "tell whether this worked."
        )
        raise ConnectorError(
            kind,
            message,
            http_status=resp.status_code,
            detail=detail,
            sent=may_have_arrived(kind, sent),
        )

    @staticmethod
    def _error(error: dict[str, Any]) -> ConnectorError:
        """VK's error object in plain words. VK answered, so the call did not happen."""
        code = error.get("error_code")
        detail = str(error.get("error_msg", "") or "")
        if code == AUTH_FAILED:
            return ConnectorError(
                ErrorKind.AUTH_EXPIRED,
                "VK no longer accepts the saved token. Create a new community token (community > "
                "Manage > API usage > Create token) and reconnect the community in Accounts.",
                detail=detail,
            )
        if code == TOO_MANY_PER_SECOND:
            return ConnectorError(
                ErrorKind.RATE_LIMITED,
                generic_message(NAME, ErrorKind.RATE_LIMITED, detail),
                retry_after=PER_SECOND_WAIT,
                detail=detail,
            )
        if code == FLOOD_CONTROL:
            return ConnectorError(
                ErrorKind.RATE_LIMITED,
                "VK's flood control stopped this post for now (too many posts in a short time). "
                "SMM Desk will try again later.",
                retry_after=FLOOD_WAIT,
                detail=detail,
            )
        if code == INTERNAL:
            return ConnectorError(
                ErrorKind.SERVER_ERROR,
                generic_message(NAME, ErrorKind.SERVER_ERROR, detail),
                detail=detail,
            )
        if code == CAPTCHA:
            return ConnectorError(
                ErrorKind.REJECTED,
                "VK asked for a captcha, which SMM Desk cannot answer. Post this one on VK "
                "yourself, or wait an hour and send it again.",
                detail=detail,
            )
        return ConnectorError(
            ErrorKind.REJECTED,
            generic_message(NAME, ErrorKind.REJECTED, detail),
            detail=f"{code}: {detail}" if code is not None else detail,
        )

    # -- the community ------------------------------------------------------------------------

    def group(self) -> dict[str, Any]:
        """The community of the token (``groups.getById`` without ids), asked once."""
        if self._group is None:
            answer = self.call("groups.getById", {"fields": "members_count"})
            # 5.194+ answers {"groups": [...], "profiles": [...]}; older versions a bare list.
            groups = answer.get("groups") if isinstance(answer, dict) else answer
            if not isinstance(groups, list) or not groups or not isinstance(groups[0], dict):
                raise ConnectorError(
                    ErrorKind.REJECTED,
                    "VK did not name a community for this token. Use a community token "
                    "(community > Manage > API usage > Create token), not a personal one.",
                )
            self._group = groups[0]
        return self._group

    @property
    def group_id(self) -> int:
        return int(self.group()["id"])

    def members_count(self) -> int:
        """Members of the community now (a fresh ``groups.getById``, not the cached one)."""
        self._group = None
        return int(self.group().get("members_count", 0))

    def new_idempotency_key(self) -> str:
        return uuid.uuid4().hex

    def check(self) -> Identity:
        """The token opens a community (its id and name)."""
        group = self.group()
        return Identity(
            handle=str(group.get("screen_name") or self.account.handle),
            display_name=str(group.get("name", "")),
            remote_id=str(group.get("id", "")),
            limits={"text": TEXT_LIMIT, "attachments": MAX_ATTACHMENTS},
        )

    def check_user_token(self) -> str:
        """The user token may upload wall photos for this community; its owner's name."""
        if not self.account.user_token:
            raise ConnectorError(ErrorKind.REJECTED, "Paste the user token first.")
        self.call("photos.getWallUploadServer", {"group_id": self.group_id}, user=True)
        users = self.call("users.get", user=True)
        first = users[0] if isinstance(users, list) and users else {}
        return f"{first.get('first_name', '')} {first.get('last_name', '')}".strip()

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None

    def assisted_reason(self, has_media: bool) -> str | None:
        """Why this post must be posted by the owner, or None when SMM Desk can send it."""
        if has_media and not self.account.user_token:
            return (
                "VK lets only a person, not a community token, upload photos to a wall. Post "
                "this one on VK yourself, or add a user token to this account in Accounts so "
                "SMM Desk can send photos next time."
            )
        return None

    # -- publishing ---------------------------------------------------------------------------

    def publish(self, post: OutgoingPost) -> PublishResult:
        if len(post.text) > TEXT_LIMIT:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"The text is longer than VK allows ({TEXT_LIMIT} characters); shorten it.",
            )
        if len(post.media) > MAX_ATTACHMENTS:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"VK takes at most {MAX_ATTACHMENTS} photos a post; remove some.",
            )
        reason = self.assisted_reason(bool(post.media))
        if reason is not None:
            raise ConnectorError(ErrorKind.REJECTED, reason)
        group_id = self.group_id
        # Uploading is not posting: a photo uploaded twice is only an unused photo.
        attachments = [self._upload(group_id, item.path, item.mime) for item in post.media]
        params: dict[str, Any] = {"owner_id": -group_id, "from_group": 1, "message": post.text}
        if attachments:
            params["attachments"] = ",".join(attachments)
        answer = self.call("wall.post", params, sent_on_error=True)
        post_id = answer.get("post_id") if isinstance(answer, dict) else None
        if post_id is None:
            raise ConnectorError(
                ErrorKind.SERVER_ERROR,
                "VK answered without the new post's number, so SMM Desk cannot tell whether "
                "it went out.",
                detail=str(answer)[:200],
                sent=True,
            )
        remote_id = f"-{group_id}_{post_id}"
        return PublishResult(remote_id=remote_id, url=post_url(remote_id))

    def _upload(self, group_id: int, path: Any, mime: str) -> str:
        server = self.call("photos.getWallUploadServer", {"group_id": group_id}, user=True)
        upload_url = str(server.get("upload_url", "")) if isinstance(server, dict) else ""
        if not upload_url:
            raise ConnectorError(ErrorKind.SERVER_ERROR, "VK gave no address to upload to.")
        self._pace()
        try:
            with path.open("rb") as fh:
                resp = self.http.post(
                    upload_url, files={"photo": (path.name, fh, mime)}, timeout=self.upload_timeout
                )
        except requests.RequestException as exc:
            raise network_error(NAME, exc, sent=False) from None
        uploaded = json_or_empty(resp)
        if not resp.ok or not uploaded.get("photo") or uploaded.get("photo") == "[]":
            kind = classify_status(resp.status_code) if not resp.ok else ErrorKind.REJECTED
            detail = str(uploaded.get("error", "") or resp.reason or "")
            raise ConnectorError(
                kind,
                f"VK did not take the photo {path.name}. Try another file (JPEG or PNG).",
                http_status=resp.status_code,
                detail=detail,
            )
        saved = self.call(
            "photos.saveWallPhoto",
            {
                "group_id": group_id,
                "server": uploaded.get("server"),
                "photo": uploaded.get("photo"),
                "hash": uploaded.get("hash"),
            },
            user=True,
        )
        photo = saved[0] if isinstance(saved, list) and saved else {}
        return f"photo{photo.get('owner_id')}_{photo.get('id')}"

    # -- figures ------------------------------------------------------------------------------

    def wall_figures(self, post_ids: set[int], max_pages: int = 3) -> dict[int, dict[str, float]]:
        """Views, likes, reposts and comments of the community's posts with ``post_ids``.

        ``wall.get`` pages through the wall newest first (100 a call, at most ``max_pages``
        calls); it stops as soon as every asked post was seen.
        """
        out: dict[int, dict[str, float]] = {}
        signed = self.account.user_token is not None
        for page in range(max_pages):
            answer = self.call(
                "wall.get",
                {"owner_id": -self.group_id, "count": 100, "offset": page * 100},
                user=signed,
            )
            items = answer.get("items", []) if isinstance(answer, dict) else []
            for item in items:
                pid = item.get("id")
                if pid in post_ids:
                    out[pid] = {
                        metric: float(_count(item.get(key)))
                        for key, metric in (
                            ("views", "views"),
                            ("likes", "likes"),
                            ("reposts", "shares"),
                            ("comments", "comments"),
                        )
                        if isinstance(item.get(key), dict)
                    }
            total = answer.get("count", 0) if isinstance(answer, dict) else 0
            if len(out) == len(post_ids) or not items or (page + 1) * 100 >= total:
                break
        return out


def _count(value: Any) -> int:
    count = value.get("count", 0) if isinstance(value, dict) else 0
    return count if isinstance(count, int) else 0
