"""Local stand-ins for the platforms' *read* APIs used by the stats refresh, on 127.0.0.1.

The reference PDS used by the publishing tests has no AppView, so ``app.bsky.*`` reads are
served here, following the lexicons (atproto ``lexicons/app/bsky``): ``getProfile`` answers a
``profileViewDetailed`` (``followersCount``), ``getPosts`` takes ``uris`` (at most 25, repeated
query parameter) and answers ``{"posts": [postView]}`` leaving out posts that do not exist.
Errors are ``{"error", "message"}``; 429 carries ``RateLimit-*`` headers and ``Retry-After``.

The Mastodon fake extends the publishing one with ``followers_count`` and the status reads of
docs.joinmastodon.org: ``GET /api/v1/statuses?id[]=`` (4.3+, at most 20, unknown ids left out)
and ``GET /api/v1/statuses/:id``; ``batch=False`` plays a server older than 4.3 (404 there).
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping, Sequence
from typing import Any

from smmdesk_gui.services.stats.refresh import AccountRef, PostRef
from tests.fakes.publish import FakeMastodon, FakeServer, Fault, Request

BSKY_DID = "did:plc:shopfakeappview0000000"


def bsky_uri(rkey: str, did: str = BSKY_DID) -> str:
    return f"at://{did}/app.bsky.feed.post/{rkey}"


class FakeBlueskyAppView(FakeServer):
    """A PDS that proxies ``app.bsky.*`` to an AppView, as bsky.social does for its users."""

    def __init__(self, handle: str = "shop.test", password: str = "app-pass-1234") -> None:
        self.account_handle = handle
        self.limit_on_call: dict[str, int] = {}  # nsid -> the call number answered with 429
        self._calls: dict[str, int] = {}
        self.password = password
        self.followers = 0
        self.posts: dict[str, dict[str, int]] = {}  # uri -> counts in lexicon names
        self.sessions = 0
        super().__init__()

    @staticmethod
    def rate_limited(path: str = "app.bsky.feed.getPosts", seconds: int = 120) -> Fault:
        return Fault(
            path,
            status=429,
            body={"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
            headers={
                "RateLimit-Limit": "3000",
                "RateLimit-Remaining": "0",
                "RateLimit-Reset": str(int(time.time()) + seconds),
                "RateLimit-Policy": "3000;w=300",
                "Retry-After": str(seconds),
            },
        )

    def _err(self, status: int, error: str, message: str) -> tuple[int, Any, dict[str, str]]:
        return status, {"error": error, "message": message}, {}

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        nsid = req.path.removeprefix("/xrpc/")
        with self.lock:
            self._calls[nsid] = n = self._calls.get(nsid, 0) + 1
        if self.limit_on_call.get(nsid) == n:
            fault = self.rate_limited(nsid)
            return 429, fault.body, fault.headers
        if nsid == "com.atproto.server.createSession" and req.method == "POST":
            body = req.json or {}
            if (body.get("identifier"), body.get("password")) != (
                self.account_handle,
                self.password,
            ):
                return self._err(401, "AuthenticationRequired", "Invalid identifier or password")
            self.sessions += 1
            return (
                200,
                {
                    "did": BSKY_DID,
                    "handle": self.account_handle,
                    "accessJwt": "access-1",
                    "refreshJwt": "refresh-1",
                },
                {},
            )
        if req.headers.get("authorization") != "Bearer access-1":
            return self._err(401, "AuthenticationRequired", "Authentication Required")
        if nsid == "app.bsky.actor.getProfile" and req.method == "GET":
            actor = (req.query.get("actor") or [""])[0]
            if actor not in (BSKY_DID, self.account_handle):
                return self._err(400, "InvalidRequest", "Profile not found")
            return (
                200,
                {
                    "did": BSKY_DID,
                    "handle": self.account_handle,
                    "displayName": "The Shop",
                    "followersCount": self.followers,
                    "followsCount": 12,
                    "postsCount": len(self.posts),
                },
                {},
            )
        if nsid == "app.bsky.feed.getPosts" and req.method == "GET":
            uris = req.query.get("uris", [])
            if not uris:
                return self._err(
                    400, "InvalidRequest", 'Error: Params must have the property "uris"'
                )
            if len(uris) > 25:
                return self._err(
                    400, "InvalidRequest", "Error: uris must not have more than 25 elements"
                )
            views = []
            for uri in uris:
                counts = self.posts.get(uri)
                if counts is None:
                    continue
                views.append(
                    {
                        "uri": uri,
                        "cid": "bafyreifakecid",
                        "author": {"did": BSKY_DID, "handle": self.account_handle},
                        "record": {
                            "$type": "app.bsky.feed.post",
                            "text": "…",
                            "createdAt": "2026-10-01T10:00:00.000Z",
                        },
                        "indexedAt": "2026-10-01T10:00:01.000Z",
                        **counts,
                    }
                )
            return 200, {"posts": views}, {}
        return self._err(501, "MethodNotImplemented", "Method Not Implemented")

    def calls(self, nsid: str) -> list[Request]:
        with self.lock:
            return [r for r in self.log if r.path == f"/xrpc/{nsid}"]


class FakeMastodonStats(FakeMastodon):
    """The publishing fake plus followers and status reads."""

    def __init__(self, token: str = "masto-test-token", batch: bool = True) -> None:
        self.batch = batch
        self.followers = 0
        self.counts: dict[str, dict[str, int]] = {}  # status id -> counts in API names
        super().__init__(token)

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        if req.method == "GET" and req.path.startswith("/api/v1/"):
            if req.headers.get("authorization") != f"Bearer {self.token}":
                return 401, {"error": "The access token is invalid"}, {}
            if req.path == "/api/v1/accounts/verify_credentials":
                return (
                    200,
                    {
                        "id": "1",
                        "username": "shop",
                        "acct": "shop",
                        "display_name": "The Shop",
                        "followers_count": self.followers,
                        "following_count": 3,
                        "statuses_count": len(self.counts),
                    },
                    {},
                )
            if req.path == "/api/v1/statuses" and self.batch:
                ids = req.query.get("id[]", [])
                if len(ids) > 20:
                    return 422, {"error": "Too many ids"}, {}
                return 200, [self._status(i) for i in ids if i in self.counts], {}
            m = re.fullmatch(r"/api/v1/statuses/(\w+)", req.path)
            if m:
                if m.group(1) not in self.counts:
                    return 404, {"error": "Record not found"}, {}
                return 200, self._status(m.group(1)), {}
        return super().handle(req)

    def _status(self, status_id: str) -> dict[str, Any]:
        return {
            "id": status_id,
            "url": f"https://masto.test/@shop/{status_id}",
            "content": "<p>…</p>",
            "visibility": "public",
            **self.counts[status_id],
        }

    def gets(self, fragment: str) -> list[Request]:
        with self.lock:
            return [r for r in self.log if r.method == "GET" and fragment in r.path]


class BlueskyFigures:
    """A StatsSource as a connector would implement it (data handed in, no network)."""

    platform = "bluesky"

    def __init__(self) -> None:
        self.asked: list[str] = []

    def fetch_account(self, account: AccountRef) -> Mapping[str, float]:
        return {"followers": 230}

    def fetch_posts(
        self, account: AccountRef, posts: Sequence[PostRef]
    ) -> Mapping[str, Mapping[str, float]]:
        self.asked = [p.remote_id for p in posts]
        return {"bs3": {"likes": 11, "shares": 3, "quotes": 1}, "unknown": {"likes": 1}}
