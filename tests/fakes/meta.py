"""A local stand-in for Meta's Graph APIs (Facebook Pages, Instagram, Threads) on 127.0.0.1.

It follows the docs, section by section (each behaviour names its source):

* graph-api/guides/error-handling: errors are ``{"error": {"message", "type", "code",
  "error_subcode", "fbtrace_id"}}``; an expired token is code 190 (type OAuthException, subcode
  463); HTTP 400 for both.
* graph-api/guides/rate-limiting: every answer carries ``X-App-Usage`` (call_count, total_time,
  total_cputime in percent); over the limit the answer is code 4 (app), 17 (user), 32 (Page) or
  613; Page calls carry ``X-Business-Use-Case-Usage`` with ``estimated_time_to_regain_access``.
* pages-api/posts: ``POST /{page-id}/feed`` (message, link, attached_media[]), ``POST
  /{page-id}/photos`` (source, caption, published=false) answering ``{"id", "post_id"}``;
  ``GET /me?fields=id,name`` with a Page token is the Page; ``GET /{page-id}?fields=access_token``
  with a user token gives the Page token.
* instagram-platform/content-publishing (Instagram API with Instagram Login): ``POST
  /{ig-user-id}/media`` (image_url, caption; is_carousel_item; media_type=CAROUSEL with children)
  answers ``{"id"}``; ``GET /{container}?fields=status_code`` is IN_PROGRESS, then FINISHED (or
  ERROR, EXPIRED, and PUBLISHED once published); ``POST /{ig-user-id}/media_publish``
  (creation_id) answers the media id; publishing a container that is not ready is code 9007,
  subcode 2207027.
* threads-api/posts: ``POST /{threads-user-id}/threads`` (media_type=TEXT, text; IMAGE with
  image_url; is_carousel_item; CAROUSEL with children), ``GET
  /{container}?fields=status,error_message``, ``POST /{threads-user-id}/threads_publish``.
* instagram-platform/reference/refresh_access_token and threads/get-started/long-lived-tokens:
  ``GET /refresh_access_token?grant_type=ig_refresh_token|th_refresh_token&access_token=…`` (no
  version in the path) answers ``{"access_token", "token_type": "bearer", "expires_in"}``; here
  the old token stops working once refreshed (the docs do not say; the stricter choice shows
  that SMM Desk uses the new one).
* Both "cURL" an ``image_url`` ("Media on a public server"; threads/posts, image_url): a URL on
  127.0.0.1 (the test bucket, tests/fakes/s3.py) is fetched when the container is made, its
  bytes kept in ``fetched``; a fetch that fails is Instagram's code 9004, subcode 2207052 ("The
  media could not be fetched from this URI", content-publishing error codes). Other addresses
  are not fetched (tests never reach the internet).
* Insights (figures: see ``seed_insights``). instagram-platform/reference/instagram-media/
  insights: ``GET /{media-id}/insights?metric=...`` answers ``{"data": [{"name", "period":
  "lifetime", "values": [{"value"}], "title", "description", "id"}]}``, a metric without data
  left out ("an empty data set instead of 0"); ``GET /me?fields=followers_count``. threads/
  insights: the same per media, and ``GET /{threads-user-id}/threads_insights?metric=
  followers_count`` with ``total_value``. pages-api (Page node ``followers_count``,
  ``fan_count``; a post with field expansion, graph-api/guides/field-expansion: ``shares``
  ``{"count"}``, ``comments``/``reactions`` ``summary.total_count``, ``insights.metric(...)``).
  A metric name Meta no longer knows (the deprecations: pages-api/changelog Nov 15, 2025;
  instagram-media/insights April 21, 2025) is refused as Graph does: HTTP 400, code 100,
  "(#100) The value must be a valid insights metric"; every such name is kept in
  ``refused_metrics``.

Paths carry a version (``/v24.0/``, ``/v1.0/``) which is ignored. Faults come from
``tests.fakes.publish`` (a status, a dropped answer, a delay).
"""

from __future__ import annotations

import itertools
import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

from tests.fakes.publish import FakeServer, Fault, Request

#: The answer's status per container state (content-publishing: "status_code").
IN_PROGRESS, FINISHED, ERROR, PUBLISHED = "IN_PROGRESS", "FINISHED", "ERROR", "PUBLISHED"


#: Metric names each insights endpoint accepts today (the docs' "Metrics" tables).
INSTAGRAM_MEDIA_METRICS = frozenset(
    {
        "views",
        "reach",
        "likes",
        "comments",
        "shares",
        "saved",
        "total_interactions",
        "replies",
        "profile_visits",
        "profile_activity",
        "follows",
        "navigation",
        "ig_reels_avg_watch_time",
        "ig_reels_video_view_total_time",
    }
)
THREADS_MEDIA_METRICS = frozenset({"views", "likes", "replies", "reposts", "quotes", "shares"})
THREADS_USER_METRICS = frozenset(
    {
        "views",
        "likes",
        "replies",
        "reposts",
        "quotes",
        "clicks",
        "followers_count",
        "follower_demographics",
    }
)
FACEBOOK_POST_METRICS = frozenset(
    {
        "post_media_view",
        "post_total_media_view_unique",
        "post_reactions_by_type_total",
        "post_clicks",
    }
)


def _top_level(fields: str) -> list[str]:
    """``a,b.c(d,e),f`` -> ``["a", "b.c(d,e)", "f"]`` (field expansion nests commas)."""
    out, depth, current = [], 0, ""
    for ch in fields:
        if ch == "," and depth == 0:
            out.append(current)
            current = ""
            continue
        depth += {"(": 1, ")": -1}.get(ch, 0)
        current += ch
    if current:
        out.append(current)
    return [f.strip() for f in out if f.strip()]


def graph_error(
    code: int, message: str, *, subcode: int | None = None, kind: str = "OAuthException"
) -> dict[str, Any]:
    error: dict[str, Any] = {"message": message, "type": kind, "code": code, "fbtrace_id": "AbC1"}
    if subcode is not None:
        error["error_subcode"] = subcode
    return {"error": error}


class FakeMeta(FakeServer):
    """Facebook Page, Instagram professional account and Threads profile of one shop."""

    def __init__(self) -> None:
        self.page_id = "1234567890"
        self.page_token = "EAAPage-test-token"
        self.user_token = "EAAUser-test-token"
        self.ig_user = "17841400000000001"
        self.ig_token = "IGAA-test-token"
        self.threads_user = "2600000000000001"
        self.threads_token = "THAA-test-token"
        self.posts: list[dict[str, Any]] = []  # Facebook feed posts (published)
        self.photos: dict[str, dict[str, Any]] = {}  # Facebook photos by id
        self.containers: dict[str, dict[str, Any]] = {}  # Instagram and Threads
        self.published: list[dict[str, Any]] = []  # Instagram and Threads media
        #: GETs of a container's status before it is FINISHED (processing takes a moment).
        self.processing_polls = 1
        self.container_outcome = FINISHED  # or ERROR
        self.call_count = 0
        #: Called after a container is published (a test queues faults for what follows).
        self.after_publish: Callable[[], None] | None = None
        #: Platforms whose token was refreshed, in order ("instagram", "threads").
        self.refreshes: list[str] = []
        #: ``expires_in`` of a refreshed token (the docs' example: 5183944 s, about 60 days).
        self.refresh_expires_in = 5183944
        #: image_url -> the bytes fetched from it (local addresses only).
        self.fetched: dict[str, bytes] = {}
        self._ids = itertools.count(9000)
        #: Figures: followers per platform, the Page's old fan count, and per media / post id
        #: its counts by the API's own names (``views``, ``post_media_view``, ``comments``...).
        self.followers: dict[str, int | None] = {"instagram": 0, "facebook": 0, "threads": 0}
        self.fan_count = 0
        self.insights: dict[str, dict[str, int]] = {}
        self.refused_metrics: list[str] = []  # names asked for that Meta would refuse
        super().__init__()

    # -- faults ---------------------------------------------------------------------------

    @staticmethod
    def rate_limited(path: str, code: int = 4) -> Fault:
        """guides/rate-limiting: over a limit, an error with code 4/17/32/613 (HTTP 400)."""
        usage = {"call_count": 100, "total_time": 40, "total_cputime": 20}
        buc = {
            "1234567890": [
                {"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 2}
            ]
        }
        return Fault(
            path,
            status=400,
            body=graph_error(code, "(#4) Application request limit reached", kind="OAuthException"),
            headers={
                "X-App-Usage": json.dumps(usage),
                "X-Business-Use-Case-Usage": json.dumps(buc),
            },
        )

    @staticmethod
    def app_limited(path: str, code: int = 4, status: int = 400) -> Fault:
        """graph-api/overview/rate-limiting (platform rate limits): the app is throttled,
        ``X-App-Usage`` at 100 %, no ``X-Business-Use-Case-Usage`` (so no wait is given)."""
        usage = {"call_count": 100, "total_time": 100, "total_cputime": 100}
        return Fault(
            path,
            status=status,
            body=graph_error(code, "(#4) Application request limit reached"),
            headers={"X-App-Usage": json.dumps(usage)},
        )

    @staticmethod
    def server_error(path: str, status: int = 500) -> Fault:
        """graph-api/guides/error-handling: code 2 "Service temporarily unavailable"
        (``is_transient``), as an HTTP 5xx."""
        body = graph_error(2, "An unexpected error has occurred. Please retry your request later.")
        body["error"]["is_transient"] = True
        return Fault(path, status=status, body=body)

    @staticmethod
    def expired(path: str) -> Fault:
        """error-handling: code 190, subcode 463 "Session has expired"."""
        return Fault(
            path,
            status=400,
            body=graph_error(
                190, "Error validating access token: Session has expired", subcode=463
            ),
        )

    def seed_insights(self, object_id: str, **values: int) -> None:
        """Figures of one Instagram / Threads media or Facebook post (by the API's names)."""
        self.insights[object_id] = dict(values)

    def insight_requests(self) -> list[Request]:
        """Every request that asked for insights (a metric list or an insights field)."""
        with self.lock:
            return [
                r
                for r in self.log
                if "insights" in r.path or "insights" in (r.query.get("fields") or [""])[0]
            ]

    def _invalid(self, names: list[str], valid: frozenset[str]) -> tuple[int, Any] | None:
        bad = [n for n in names if n not in valid]
        if not bad:
            return None
        self.refused_metrics.extend(bad)
        return 400, graph_error(100, "(#100) The value must be a valid insights metric")

    def _insights_answer(
        self, object_id: str, names: list[str], period: str = "lifetime"
    ) -> dict[str, Any]:
        figures = self.insights.get(object_id, {})
        data = []
        for name in names:
            if name not in figures:
                continue  # "an empty data set instead of 0"
            item: dict[str, Any] = {
                "name": name,
                "period": period,
                "title": name.replace("_", " ").title(),
                "description": f"The {name} of this object.",
                "id": f"{object_id}/insights/{name}/{period}",
            }
            if period == "day":
                item["total_value"] = {"value": figures[name]}
            else:
                item["values"] = [{"value": figures[name]}]
            data.append(item)
        return {"data": data}

    # -- serving --------------------------------------------------------------------------

    def _id(self) -> str:
        return str(next(self._ids))

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        self.call_count += 1
        headers = {
            "X-App-Usage": json.dumps(
                {"call_count": min(99, self.call_count), "total_time": 1, "total_cputime": 1}
            )
        }
        p = {k: v[0] for k, v in (req.form or req.query).items()}
        if req.method == "GET":
            p = {k: v[0] for k, v in req.query.items()}
        token = p.get("access_token", "")
        path = re.sub(r"^/v\d+\.\d+", "", req.path).strip("/")
        status, body = self._route(req.method, path, p, token, req)
        return status, body, headers

    def _bad_token(self) -> tuple[int, Any]:
        return 400, graph_error(190, "Invalid OAuth access token - Cannot parse access token")

    def _route(
        self, method: str, path: str, p: dict[str, str], token: str, req: Request
    ) -> tuple[int, Any]:
        known = {self.page_token, self.user_token, self.ig_token, self.threads_token}
        if token not in known:
            return self._bad_token()
        parts = path.split("/")
        if method == "GET" and parts == ["refresh_access_token"]:
            return self._refresh(p.get("grant_type", ""), token)
        if method == "GET" and parts == ["me"]:
            if token == self.page_token:
                return 200, {"id": self.page_id, "name": "Corner Bakery"}
            if token == self.user_token:
                return 200, {"id": "555", "name": "Mina Owner"}
            if token == self.ig_token:
                me: dict[str, Any] = {"user_id": self.ig_user, "username": "corner.bakery"}
                if "followers_count" in p.get("fields", ""):
                    me["followers_count"] = self.followers["instagram"]
                return 200, me
            return 200, {"id": self.threads_user, "username": "corner.bakery"}
        if token in (self.page_token, self.user_token):
            return self._facebook(method, parts, p, token, req)
        return self._containers(method, parts, p, token)

    def _refresh(self, grant: str, token: str) -> tuple[int, Any]:
        """refresh_access_token: a new long-lived token for a valid one of the right kind."""
        if grant == "ig_refresh_token" and token == self.ig_token:
            self.ig_token = f"IGAA-test-token-r{len(self.refreshes) + 1}"
            self.refreshes.append("instagram")
            new = self.ig_token
        elif grant == "th_refresh_token" and token == self.threads_token:
            self.threads_token = f"THAA-test-token-r{len(self.refreshes) + 1}"
            self.refreshes.append("threads")
            new = self.threads_token
        else:
            return 400, graph_error(100, "Unsupported grant_type", kind="OAuthException")
        return 200, {
            "access_token": new,
            "token_type": "bearer",
            "expires_in": self.refresh_expires_in,
        }

    # pages-api/posts
    def _facebook(
        self, method: str, parts: list[str], p: dict[str, str], token: str, req: Request
    ) -> tuple[int, Any]:
        if method == "GET" and len(parts) == 1 and parts[0] in self.insights:
            return self._facebook_post(parts[0], p, token)
        if parts[0] != self.page_id:
            return 400, graph_error(
                100,
                "Unsupported request - object does not exist",
                subcode=33,
                kind="GraphMethodException",
            )
        if method == "GET" and len(parts) == 1:
            page: dict[str, Any] = {"id": self.page_id, "name": "Corner Bakery"}
            if "access_token" in p.get("fields", "") and token == self.user_token:
                page["access_token"] = self.page_token
            if "followers_count" in p.get("fields", "") and self.followers["facebook"] is not None:
                page["followers_count"] = self.followers["facebook"]  # None: the node has none
            if "fan_count" in p.get("fields", ""):
                page["fan_count"] = self.fan_count
            return 200, page
        if token != self.page_token:  # publishing needs the Page token (pages_manage_posts)
            return 400, graph_error(
                200, "(#200) Requires pages_manage_posts permission", kind="OAuthException"
            )
        if method == "POST" and parts[1:] == ["photos"]:
            if "source" not in req.files:
                return 400, graph_error(324, "(#324) Requires upload file")
            photo_id = self._id()
            published = p.get("published", "true") != "false"
            self.photos[photo_id] = {
                "id": photo_id,
                "caption": p.get("caption", ""),
                "bytes": req.files["source"][2],
                "published": published,
            }
            if not published:
                return 200, {"id": photo_id}
            post_id = f"{self.page_id}_{photo_id}"
            self.posts.append(
                {"id": post_id, "message": p.get("caption", ""), "photos": [photo_id]}
            )
            return 200, {"id": photo_id, "post_id": post_id}
        if method == "POST" and parts[1:] == ["feed"]:
            attached = [
                json.loads(v)["media_fbid"]
                for k, v in sorted(p.items())
                if k.startswith("attached_media[")
            ]
            for media_id in attached:
                photo = self.photos.get(media_id)
                if photo is None or photo["published"]:
                    return 400, graph_error(100, "(#100) Invalid attached_media")
            if not p.get("message") and not p.get("link") and not attached:
                return 400, graph_error(
                    100, "(#100) Either a message, link or attached_media must be supplied"
                )
            post_id = f"{self.page_id}_{self._id()}"
            self.posts.append(
                {
                    "id": post_id,
                    "message": p.get("message", ""),
                    "link": p.get("link"),
                    "photos": attached,
                }
            )
            return 200, {"id": post_id}
        return 400, graph_error(100, "(#100) Unknown path components")

    def _fetch(self, url: str) -> bool:
        """Fetch ``url`` like Meta's cURL would (no credentials); False when it fails."""
        if urllib.parse.urlsplit(url).hostname != "127.0.0.1":
            return True  # not fetched: tests never reach the internet
        try:
            with urllib.request.urlopen(url, timeout=5) as answer:
                self.fetched[url] = bytes(answer.read())
        except urllib.error.HTTPError as exc:
            exc.close()
            return False
        except OSError:
            return False
        return True

    # pages-api: a Page post read with field expansion (insights need the Page token)
    def _facebook_post(self, post_id: str, p: dict[str, str], token: str) -> tuple[int, Any]:
        if token != self.page_token:
            return 400, graph_error(
                10, "(#10) This endpoint requires the 'pages_read_engagement' permission"
            )
        figures = self.insights[post_id]
        out: dict[str, Any] = {"id": post_id}
        for field in _top_level(p.get("fields", "id")):
            name = field.split(".", 1)[0].split("(", 1)[0]
            if name == "shares" and figures.get("shares"):
                out["shares"] = {"count": figures["shares"]}  # left out when nobody shared
            elif name in ("comments", "reactions"):
                out[name] = {
                    "data": [],
                    "summary": {"order": "ranked", "total_count": figures.get(name, 0)},
                }
            elif name == "insights":
                asked = re.search(r"metric\(([^)]*)\)", field)
                names = asked.group(1).split(",") if asked else []
                refused = self._invalid(names, FACEBOOK_POST_METRICS)
                if refused is not None:
                    return refused
                out["insights"] = self._insights_answer(post_id, names)
        return 200, out

    # instagram-platform/content-publishing and threads-api/posts
    def _containers(
        self, method: str, parts: list[str], p: dict[str, str], token: str
    ) -> tuple[int, Any]:
        threads = token == self.threads_token
        user = self.threads_user if threads else self.ig_user
        status_field = "status" if threads else "status_code"
        if method == "GET" and len(parts) == 2 and parts[1] == "insights":
            names = [n for n in p.get("metric", "").split(",") if n]
            valid = THREADS_MEDIA_METRICS if threads else INSTAGRAM_MEDIA_METRICS
            refused = self._invalid(names, valid)
            if refused is not None:
                return refused
            if parts[0] not in self.insights:
                return 400, graph_error(
                    100,
                    "Unsupported get request. Object does not exist",
                    subcode=33,
                    kind="GraphMethodException",
                )
            return 200, self._insights_answer(parts[0], names)
        if threads and method == "GET" and parts == [user, "threads_insights"]:
            names = [n for n in p.get("metric", "").split(",") if n]
            refused = self._invalid(names, THREADS_USER_METRICS)
            if refused is not None:
                return refused
            self.insights.setdefault(user, {})["followers_count"] = self.followers["threads"] or 0
            return 200, self._insights_answer(user, names, period="day")
        if method == "GET" and len(parts) == 1 and parts[0] in self.containers:
            c = self.containers[parts[0]]
            if c["state"] == IN_PROGRESS:
                c["polls"] += 1
                if c["polls"] > self.processing_polls:
                    c["state"] = self.container_outcome
            out: dict[str, Any] = {"id": c["id"], status_field: c["state"]}
            if c["state"] == ERROR:
                out["error_message" if threads else "status"] = "ERROR: media could not be fetched"
            return 200, out
        if method == "GET" and len(parts) == 1:
            for m in self.published:
                if m["id"] == parts[0]:
                    return 200, {"id": m["id"], "permalink": m["permalink"]}
            return 400, graph_error(100, "Unsupported get request", subcode=33)
        if parts[0] != user:
            return 400, graph_error(100, "Unsupported post request", subcode=33)
        if method == "GET" and parts[1:] == ["content_publishing_limit"]:
            used = sum(1 for m in self.published if m["user"] == user)
            return 200, {"data": [{"quota_usage": used}]}
        create = "threads" if threads else "media"
        publish = "threads_publish" if threads else "media_publish"
        if method == "POST" and parts[1:] == [create]:
            if (
                threads
                and p.get("media_type") not in ("TEXT", "CAROUSEL")
                and not p.get("image_url")
            ):
                return 400, graph_error(100, "(#100) The parameter media_type is required.")
            if p.get("image_url") and not self._fetch(p["image_url"]):
                return 400, graph_error(
                    9004, "The media could not be fetched from this URI", subcode=2207052
                )
            if p.get("media_type") == "CAROUSEL":
                children = p.get("children", "").split(",")
                if not all(c in self.containers for c in children) or len(children) < 2:
                    return 400, graph_error(100, "(#100) Invalid children")
            elif not threads and not p.get("image_url"):
                return 400, graph_error(
                    9004, "Only photo or video can be accepted as media type.", subcode=2207052
                )
            cid = self._id()
            self.containers[cid] = {
                "id": cid,
                "user": user,
                "params": p,
                "state": IN_PROGRESS,
                "polls": 0,
            }
            return 200, {"id": cid}
        if method == "POST" and parts[1:] == [publish]:
            c = self.containers.get(p.get("creation_id", ""))
            if c is None or c["user"] != user:
                return 400, graph_error(100, "(#100) Invalid creation_id")
            if c["state"] != FINISHED:
                return 400, graph_error(
                    9007,
                    "The media is not ready for publishing, please wait for a moment",
                    subcode=2207027,
                )
            c["state"] = PUBLISHED
            media_id = self._id()
            host = "threads.net/@corner.bakery/post" if threads else "instagram.com/p"
            self.published.append(
                {
                    "id": media_id,
                    "user": user,
                    "container": c["id"],
                    "params": c["params"],
                    "permalink": f"https://www.{host}/{media_id}",
                }
            )
            if self.after_publish is not None:
                self.after_publish()
            return 200, {"id": media_id}
        return 400, graph_error(100, "(#100) Unknown path components")
