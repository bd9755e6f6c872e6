"""Reading figures from Meta's Graph APIs (Instagram, Facebook Pages, Threads) over their
connectors, for the dashboard's snapshots.

No database here: plain ids in, ``{metric: value}`` out, in the stats service's metric names
(``followers`` for an account; ``views``, ``reach``, ``likes``, ``comments``, ``shares``,
``saves``, ``quotes`` for a post). Only metric names valid after Meta's deprecations are asked
for (the names below; ``DEPRECATED_METRICS`` lists those never to be sent again).

- Instagram (instagram-platform/reference/instagram-media/insights, Instagram API with Instagram
  Login on graph.instagram.com): ``GET /me?fields=user_id,username,followers_count`` and per
  media ``GET /{media-id}/insights?metric=views,reach,likes,comments,shares,saved``, answered
  ``{"data": [{"name", "period": "lifetime", "values": [{"value": n}]}]}``. "If insights data
  ... does not exist or is currently unavailable, the API returns an empty data set instead of
  0": a metric missing from the answer is left out, never read as 0. ``impressions``,
  ``plays``, ``clips_replays_count``, ``ig_reels_aggregated_all_plays_count`` and
  ``video_views`` are deprecated (April 21, 2025): ``views`` replaces them.
- Facebook Pages (pages-api/changelog, "Nov 15, 2025 Page Insights API Updates", and
  platforminsights/page/deprecated-metrics): ``page_impressions*`` and ``post_impressions*``
  gave way to ``page_media_view`` / ``post_media_view`` (views) and
  ``page_total_media_view_unique`` / ``post_total_media_view_unique`` (reach), ``page_fans`` to
  ``page_follows``. The Page's followers come from its node (``followers_count``, falling back
  to ``fan_count``); each post is one call with field expansion (graph-api/guides/
  field-expansion): ``GET /{post-id}?fields=shares,comments.limit(0).summary(true),
  reactions.limit(0).summary(true),insights.metric(post_media_view,
  post_total_media_view_unique)``.
- Threads (threads/insights): ``GET /{threads-user-id}/threads_insights?metric=followers_count``
  (``total_value.value``) and per post ``GET /{threads-media-id}/insights?metric=views,likes,
  replies,reposts,quotes`` (``values[0].value``). Replies count as comments and reposts as
  shares, as on Bluesky.

Bounded and polite (graph-api/guides/rate-limiting): one call per post, at most the posts the
caller passes (the stats service's ``MAX_POSTS_PER_REFRESH``); before each call the last
answer's ``X-App-Usage`` is read and the refresh of the account stops at ``USAGE_STOP``
percent; a rate-limit error (codes 4, 17, 32, 613) stops it too. Either way the posts read so
far travel with the failure (:class:`IncompleteFiguresError`) and are kept. A post Meta has no
figures for (deleted, too few viewers: code 10, or a post whose publish answer was lost and
whose id is its container's) is skipped; only when every post is refused is that a failure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from smmdesk_gui.connectors.base import ConnectorError, ErrorKind
from smmdesk_gui.connectors.facebook import FacebookConnector
from smmdesk_gui.connectors.figures import IncompleteFiguresError, PostFigures, read_failure
from smmdesk_gui.connectors.instagram import InstagramConnector
from smmdesk_gui.connectors.meta_graph import GraphClient
from smmdesk_gui.connectors.threads import ThreadsConnector

#: Stop reading an account's posts once Meta reports this share of the app's budget used
#: (guides/rate-limiting: calls are refused when any share reaches 100).
USAGE_STOP = 90.0

#: Instagram media insights (instagram-media/insights, "Metrics") -> the dashboard's names.
INSTAGRAM_MEDIA_METRICS = {
    "views": "views",
    "reach": "reach",
    "likes": "likes",
    "comments": "comments",
    "shares": "shares",
    "saved": "saves",
}
#: Facebook post insights valid after November 15, 2025 (pages-api/changelog).
FACEBOOK_POST_METRICS = {
    "post_media_view": "views",
    "post_total_media_view_unique": "reach",
}
#: Threads media insights (threads/insights, "Media Insights", "Available Metrics").
THREADS_MEDIA_METRICS = {
    "views": "views",
    "likes": "likes",
    "replies": "comments",
    "reposts": "shares",
    "quotes": "quotes",
}
#: Names Meta refuses since its deprecations ("(#100) The value must be a valid insights
#: metric"); none of them is ever sent (a test checks every request against this list).
DEPRECATED_METRICS = frozenset(
    {
        # Instagram media and account (instagram-media/insights, instagram-user/insights)
        "impressions",
        "plays",
        "clips_replays_count",
        "ig_reels_aggregated_all_plays_count",
        "video_views",
        "engagement",
        # Facebook Page and post (pages-api/changelog, Nov 15, 2025; deprecated-metrics)
        "page_impressions",
        "page_impressions_unique",
        "page_impressions_paid",
        "page_impressions_viral",
        "page_impressions_nonviral",
        "page_fans",
        "page_fan_adds",
        "page_fan_adds_unique",
        "page_fan_removes",
        "page_fan_removes_unique",
        "page_engaged_users",
        "post_impressions",
        "post_impressions_unique",
        "post_impressions_paid",
        "post_impressions_fan",
        "post_impressions_organic",
        "post_impressions_viral",
        "post_impressions_nonviral",
        "post_engaged_users",
    }
)


def _count(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    return None


def _insight_values(body: Mapping[str, Any], names: Mapping[str, str]) -> dict[str, float]:
    """``{"data": [{"name", "values": [{"value"}]} or {"name", "total_value": {"value"}}]}``."""
    out: dict[str, float] = {}
    data = body.get("data")
    for item in data if isinstance(data, list) else []:
        if not isinstance(item, dict) or item.get("name") not in names:
            continue
        total = item.get("total_value")
        values = item.get("values")
        if isinstance(total, dict):
            value = _count(total.get("value"))
        elif isinstance(values, list) and values and isinstance(values[-1], dict):
            value = _count(values[-1].get("value"))  # lifetime: one value; else the latest
        else:
            value = None
        if value is not None:
            out[names[str(item["name"])]] = value
    return out


def _limit_error(name: str, exc: ConnectorError | None, read: int) -> ConnectorError:
    """Asked to slow down (an error code or ``X-App-Usage``): what the owner reads."""
    if read:
        posts = "1 post" if read == 1 else f"{read} posts"
        message = (
            f"{name} asks SMM Desk to slow down. The figures of {posts} were read and kept; "
            "the others are fetched at a later refresh."
        )
    else:
        message = f"{name} asks SMM Desk to slow down. It will try again later by itself."
    return ConnectorError(
        ErrorKind.RATE_LIMITED,
        message,
        http_status=exc.http_status if exc else None,
        retry_after=exc.retry_after if exc else None,
        detail=exc.detail if exc else "X-App-Usage",
    )


def _slow_down(name: str, exc: ConnectorError | None, read: PostFigures) -> Exception:
    """The account's refresh stops for now: what was read travels with the failure."""
    error = _limit_error(name, exc, len(read))
    return IncompleteFiguresError(read, error) if read else error


def read_each(
    name: str,
    graph: GraphClient,
    ids: Sequence[str],
    read_one: Callable[[str], dict[str, float]],
    should_stop: Callable[[], bool] | None = None,
) -> PostFigures:
    """Figures per id, one call each, stopping politely (see the module docstring)."""
    out: PostFigures = {}
    refused: ConnectorError | None = None
    for remote_id in dict.fromkeys(i for i in ids if i):
        if should_stop is not None and should_stop():
            break
        if graph.app_usage is not None and graph.app_usage >= USAGE_STOP:
            raise _slow_down(name, None, out)
        try:
            figures = read_one(remote_id)
        except ConnectorError as exc:
            if exc.kind is ErrorKind.RATE_LIMITED:
                raise _slow_down(name, exc, out) from None
            if exc.kind is ErrorKind.REJECTED:
                refused = exc  # this post only: deleted, too few viewers, not a media id
                continue
            error = read_failure(name, exc)
            raise (IncompleteFiguresError(out, error) if out else error) from None
        if figures:
            out[remote_id] = figures
    if not out and refused is not None:
        raise read_failure(name, refused)
    return out


def _account_failure(name: str, exc: ConnectorError) -> ConnectorError:
    if exc.kind is ErrorKind.RATE_LIMITED:
        return _limit_error(name, exc, 0)
    return read_failure(name, exc)


# -- Instagram --------------------------------------------------------------------------------


def instagram_account_figures(conn: InstagramConnector) -> dict[str, float]:
    """``{"followers": n}`` from the account's user node."""
    try:
        me = conn.graph.call("GET", "me", params={"fields": "user_id,username,followers_count"})
    except ConnectorError as exc:
        raise _account_failure("Instagram", exc) from None
    count = _count(me.get("followers_count"))
    return {"followers": count} if count is not None else {}


def instagram_media_figures(
    conn: InstagramConnector,
    media_ids: Sequence[str],
    should_stop: Callable[[], bool] | None = None,
) -> PostFigures:
    """Views, reach, likes, comments, shares and saves per media id, one call each."""
    metric = ",".join(INSTAGRAM_MEDIA_METRICS)

    def one(media_id: str) -> dict[str, float]:
        body = conn.graph.call("GET", f"{media_id}/insights", params={"metric": metric})
        return _insight_values(body, INSTAGRAM_MEDIA_METRICS)

    return read_each("Instagram", conn.graph, media_ids, one, should_stop)


# -- Facebook Pages ---------------------------------------------------------------------------

_FACEBOOK_POST_FIELDS = (
    "shares,comments.limit(0).summary(true),reactions.limit(0).summary(true),"
    f"insights.metric({','.join(FACEBOOK_POST_METRICS)})"
)


def facebook_page_figures(conn: FacebookConnector) -> dict[str, float]:
    """``{"followers": n}``: the Page's ``followers_count`` (``fan_count`` when it has none)."""
    try:
        page = conn.graph.call(
            "GET", conn.page_id(), params={"fields": "followers_count,fan_count"}
        )
    except ConnectorError as exc:
        raise _account_failure("Facebook", exc) from None
    count = _count(page.get("followers_count"))
    if count is None:
        count = _count(page.get("fan_count"))
    return {"followers": count} if count is not None else {}


def _facebook_post(body: Mapping[str, Any]) -> dict[str, float]:
    out: dict[str, float] = {}
    insights = body.get("insights")
    if isinstance(insights, dict):
        out.update(_insight_values(insights, FACEBOOK_POST_METRICS))
    for field, metric in (("reactions", "likes"), ("comments", "comments")):
        edge = body.get(field)
        summary = edge.get("summary") if isinstance(edge, dict) else None
        count = _count(summary.get("total_count")) if isinstance(summary, dict) else None
        if count is not None:
            out[metric] = count
    shares = body.get("shares")
    if isinstance(shares, dict):
        count = _count(shares.get("count"))
        if count is not None:
            out["shares"] = count
    elif "comments" in out:
        # Graph leaves out a field without a value: a post nobody shared has no "shares".
        out["shares"] = 0.0
    return out


def facebook_post_figures(
    conn: FacebookConnector,
    post_ids: Sequence[str],
    should_stop: Callable[[], bool] | None = None,
) -> PostFigures:
    """Views, reach, reactions (as likes), comments and shares per Page post, one call each."""
    wanted = [p for p in post_ids if p]
    if not wanted:
        return {}
    try:
        conn.page_id()  # a user token is swapped for the Page's own (ANALYZE needs it)
    except ConnectorError as exc:
        raise _account_failure("Facebook", exc) from None

    def one(post_id: str) -> dict[str, float]:
        body = conn.graph.call("GET", post_id, params={"fields": _FACEBOOK_POST_FIELDS})
        return _facebook_post(body)

    return read_each("Facebook", conn.graph, wanted, one, should_stop)


# -- Threads ----------------------------------------------------------------------------------


def threads_account_figures(conn: ThreadsConnector) -> dict[str, float]:
    """``{"followers": n}`` from the user insights' ``followers_count``."""
    try:
        body = conn.graph.call(
            "GET", f"{conn.user_id()}/threads_insights", params={"metric": "followers_count"}
        )
    except ConnectorError as exc:
        raise _account_failure("Threads", exc) from None
    return _insight_values(body, {"followers_count": "followers"})


def threads_media_figures(
    conn: ThreadsConnector,
    media_ids: Sequence[str],
    should_stop: Callable[[], bool] | None = None,
) -> PostFigures:
    """Views, likes, replies, reposts and quotes per Threads post, one call each."""
    metric = ",".join(THREADS_MEDIA_METRICS)

    def one(media_id: str) -> dict[str, float]:
        body = conn.graph.call("GET", f"{media_id}/insights", params={"metric": metric})
        return _insight_values(body, THREADS_MEDIA_METRICS)

    return read_each("Threads", conn.graph, media_ids, one, should_stop)
