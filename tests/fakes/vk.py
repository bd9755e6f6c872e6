"""A local VK API on 127.0.0.1 that follows VK's docs (dev.vk.com), for the VK connector's tests.

What it follows, with the doc section each behaviour comes from:

- dev.vk.com/ru/api/api-requests: every method is ``/method/<name>``; parameters (including
  ``access_token`` and ``v``) as a query or an ``application/x-www-form-urlencoded`` POST body;
  the answer is ``{"response": ...}`` or ``{"error": {"error_code", "error_msg",
  "request_params"}}`` with HTTP 200.
- dev.vk.com/ru/reference/errors: 5 "User authorization failed", 6 "Too many requests per
  second", 9 "Flood control", 10 "Internal server error", 14 "Captcha needed", 15 "Access
  denied", 27 "Group authorization failed: method is unavailable with group auth", 100 "One of
  the parameters specified was missing or invalid".
- dev.vk.com/ru/method/groups.getById: with a community token and no ids, the token's community;
  since 5.194 the answer is ``{"groups": [...], "profiles": [...]}``; ``fields=members_count``.
- dev.vk.com/ru/method/wall.post: ``owner_id`` negative for a community, ``from_group=1``,
  ``message``, ``attachments`` ("photo<owner_id>_<media_id>", comma separated, at most 10);
  answers ``{"post_id": N}``.
- dev.vk.com/ru/api/upload/wall: ``photos.getWallUploadServer(group_id)`` -> ``upload_url``,
  POST multipart field ``photo`` -> ``{"server", "photo", "hash"}`` ->
  ``photos.saveWallPhoto(group_id, server, photo, hash)`` -> ``[{"id", "owner_id", ...}]``.
  Community tokens get error 27 from getWallUploadServer (the method needs a user token).
- dev.vk.com/ru/method/wall.get: ``owner_id``, ``offset``, ``count`` (at most 100); items carry
  ``views``, ``likes``, ``reposts``, ``comments`` objects with a ``count``.
"""

from __future__ import annotations

import itertools
import json
from typing import Any

from tests.fakes.publish import FakeServer, Fault, Request


class FakeVK(FakeServer):
    """One community (id 218000, "Korenbloem") with its community token and one admin's token."""

    def __init__(
        self,
        community_token: str = "vk1.a.community-test-token",
        user_token: str = "vk1.a.user-test-token",
        group_id: int = 218000,
    ) -> None:
        self.community_token = community_token
        self.user_token = user_token
        self.group_id = group_id
        self.members = 1234
        self.posts: list[dict[str, Any]] = []
        self.photos: dict[str, dict[str, Any]] = {}  # hash -> the uploaded photo
        self.saved: list[dict[str, Any]] = []
        self.versions: list[str] = []
        self._post_ids = itertools.count(101)
        self._photo_ids = itertools.count(457239001)
        super().__init__()

    # -- faults as VK answers them ------------------------------------------------------------

    @staticmethod
    def error(code: int, message: str, method: str = "/method/wall.post") -> Fault:
        """An ``{"error": ...}`` answer with HTTP 200 for the next call of ``method``."""
        return Fault(method, status=200, body={"error": {"error_code": code, "error_msg": message}})

    @staticmethod
    def _err(code: int, message: str) -> tuple[int, Any, dict[str, str]]:
        return 200, {"error": {"error_code": code, "error_msg": message}}, {}

    def seed_wall(self, n: int) -> None:
        """``n`` older posts made on the site (not by SMM Desk), oldest first."""
        for _ in range(n):
            self.posts.append(self._post("made on vk.com", ""))

    def _post(self, message: str, attachments: str) -> dict[str, Any]:
        pid = next(self._post_ids)
        return {
            "id": pid,
            "owner_id": -self.group_id,
            "from_id": -self.group_id,
            "text": message,
            "attachments": [a for a in attachments.split(",") if a],
            "views": {"count": pid * 10},
            "likes": {"count": pid % 7},
            "reposts": {"count": pid % 3},
            "comments": {"count": pid % 5},
        }

    # -- the API ------------------------------------------------------------------------------

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        if req.path == "/upload/wall":
            return self._upload(req)
        if not req.path.startswith("/method/"):
            return 404, {"error": "not found"}, {}
        method = req.path.removeprefix("/method/")
        p = {k: v[0] for k, v in {**req.query, **req.form}.items()}
        self.versions.append(p.get("v", ""))
        token = p.get("access_token", "")
        if token not in (self.community_token, self.user_token):
            return self._err(5, "User authorization failed: invalid access_token (4).")
        if not p.get("v"):
            return self._err(8, "Invalid request: v (version) is required")
        community = token == self.community_token
        if method == "groups.getById":
            group: dict[str, Any] = {
                "id": self.group_id,
                "name": "Korenbloem",
                "screen_name": "korenbloem",
                "type": "group",
            }
            if "members_count" in p.get("fields", ""):
                group["members_count"] = self.members
            return 200, {"response": {"groups": [group], "profiles": []}}, {}
        if method == "users.get":
            if community:
                return 200, {"response": []}, {}
            return 200, {"response": [{"id": 7, "first_name": "Anna", "last_name": "K"}]}, {}
        if method == "wall.post":
            return self._wall_post(p)
        if method == "photos.getWallUploadServer":
            if community:
                return self._err(
                    27, "Group authorization failed: method is unavailable with group auth."
                )
            if p.get("group_id") != str(self.group_id):
                return self._err(15, "Access denied")
            return (
                200,
                {
                    "response": {
                        "upload_url": f"{self.url}/upload/wall",
                        "album_id": -14,
                        "user_id": 7,
                    }
                },
                {},
            )
        if method == "photos.saveWallPhoto":
            if community:
                return self._err(
                    27, "Group authorization failed: method is unavailable with group auth."
                )
            photo = self.photos.get(p.get("hash", ""))
            if photo is None or p.get("server") != "842" or p.get("photo") != photo["photo"]:
                return self._err(
                    100, "One of the parameters specified was missing or invalid: hash is invalid"
                )
            saved = {"id": next(self._photo_ids), "owner_id": -self.group_id, "album_id": -14}
            self.saved.append(saved)
            return 200, {"response": [saved]}, {}
        if method == "wall.get":
            offset = int(p.get("offset", "0"))
            count = min(int(p.get("count", "20")), 100)
            newest_first = list(reversed(self.posts))
            items = newest_first[offset : offset + count]
            return 200, {"response": {"count": len(self.posts), "items": items}}, {}
        return self._err(3, "Unknown method passed")

    def _wall_post(self, p: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        if p.get("owner_id") != f"-{self.group_id}":
            return self._err(15, "Access denied")
        if p.get("from_group") != "1":
            return self._err(15, "Access denied: only community posts from this token")
        attachments = p.get("attachments", "")
        known = {f"photo{s['owner_id']}_{s['id']}" for s in self.saved}
        for a in filter(None, attachments.split(",")):
            if a not in known:
                return self._err(
                    100,
                    f"One of the parameters specified was missing or invalid: attachments ({a})",
                )
        if not p.get("message") and not attachments:
            return self._err(
                100, "One of the parameters specified was missing or invalid: message is empty"
            )
        post = self._post(p.get("message", ""), attachments)
        self.posts.append(post)
        return 200, {"response": {"post_id": post["id"]}}, {}

    def _upload(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        # The upload server answers bare JSON (not "response"), "photo" a JSON string.
        file = req.files.get("photo")
        if file is None or not file[2]:
            return 200, {"server": 842, "photo": "[]", "hash": ""}, {}
        digest = f"h{len(self.photos) + 1}"
        photo = json.dumps([{"photo": f"{digest}:x", "sizes": [], "name": file[0]}])
        self.photos[digest] = {"photo": photo, "name": file[0], "bytes": len(file[2])}
        return 200, {"server": 842, "photo": photo, "hash": digest}, {}
