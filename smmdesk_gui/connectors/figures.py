"""Reading figures (followers, per-post counts) from Bluesky and Mastodon over their connectors.

No database here: plain ids in, ``{metric: value}`` out. Metric names are the stats service's:
``followers`` for an account; ``likes``, ``shares``, ``comments`` (and ``quotes`` where the
platform counts them) for a post.

- Bluesky (AppView lexicons, reached through the account's PDS): ``app.bsky.actor.getProfile``
  (``followersCount``) and ``app.bsky.feed.getPosts`` (``uris``: at most 25 at:// URIs per call;
  ``likeCount``, ``repostCount``, ``replyCount``, ``quoteCount``; posts that no longer exist are
  simply missing from the answer).
- Mastodon: ``GET /api/v1/accounts/verify_credentials`` (``followers_count``) and
  ``GET /api/v1/statuses?id[]=...`` (Mastodon 4.3+, at most 20 ids, unknown ids left out);
  older servers answer 404 there and are read one status at a time with
  ``GET /api/v1/statuses/:id`` (``favourites_count``, ``reblogs_count``, ``replies_count``).

Every call goes through the connector (explicit timeouts, ``ConnectorError`` with plain words and
``retry_after`` on 429). A failure after some posts were read raises
:class:`IncompleteFiguresError`, which carries what was read: those figures are true and kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import quote

from smmdesk_gui.connectors.base import ConnectorError, ErrorKind
from smmdesk_gui.connectors.bluesky import BlueskyConnector
from smmdesk_gui.connectors.mastodon import MastodonConnector

BLUESKY_BATCH = 25  # app.bsky.feed.getPosts: uris maxLength 25
MASTODON_BATCH = 20  # GET /api/v1/statuses: at most 20 ids
MASTODON_SINGLE_CALLS = 40  # older servers: at most this many single-status reads per refresh

PostFigures = dict[str, dict[str, float]]

_BLUESKY_FIELDS = {
    "likeCount": "likes",
    "repostCount": "shares",
    "replyCount": "comments",
    "quoteCount": "quotes",
}
_MASTODON_FIELDS = {
    "favourites_count": "likes",
    "reblogs_count": "shares",
    "replies_count": "comments",
    "quotes_count": "quotes",
}


class IncompleteFiguresError(Exception):
    """A call failed after some posts were read: ``figures`` are true, ``cause`` says why."""

    def __init__(self, figures: PostFigures, cause: ConnectorError) -> None:
        super().__init__(str(cause))
        self.figures = figures
        self.cause = cause
        self.kind = cause.kind
        self.retry_after = cause.retry_after


def read_failure(platform_name: str, exc: ConnectorError) -> ConnectorError:
    """The same failure in words for reading figures (the connector's words are about posting)."""
    if exc.kind not in (ErrorKind.REJECTED, ErrorKind.SERVER_ERROR):
        return exc  # offline, slow down, reconnect: already right for a read
    said = f' ("{exc.detail}")' if exc.detail else ""
    return ConnectorError(
        exc.kind,
        f"{platform_name} did not give the figures{said}. SMM Desk tries again at the next "
        "refresh; if this stays, import the platform's stats file instead.",
        http_status=exc.http_status,
        retry_after=exc.retry_after,
        detail=exc.detail,
    )


def _failed(platform_name: str, exc: ConnectorError, read: PostFigures) -> Exception:
    """What to raise when a call failed: the figures read so far travel with the failure."""
    error = read_failure(platform_name, exc)
    return IncompleteFiguresError(read, error) if read else error


def _counts(item: Mapping[str, Any], fields: Mapping[str, str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for key, metric in fields.items():
        value = item.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            out[metric] = float(value)
    return out


def _stopped(should_stop: Callable[[], bool] | None) -> bool:
    return should_stop is not None and should_stop()


# -- Bluesky ----------------------------------------------------------------------------------


def bluesky_account_figures(conn: BlueskyConnector) -> dict[str, float]:
    """``{"followers": n}`` from the account's profile (empty when the AppView gives none)."""
    try:
        profile = conn.query("app.bsky.actor.getProfile", {"actor": conn.did()})
    except ConnectorError as exc:
        raise read_failure("Bluesky", exc) from None
    count = profile.get("followersCount")
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        return {"followers": float(count)}
    return {}


def bluesky_post_figures(
    conn: BlueskyConnector,
    uris: Sequence[str],
    should_stop: Callable[[], bool] | None = None,
) -> PostFigures:
    """Counts per at:// URI, 25 URIs per ``getPosts`` call."""
    wanted = [u for u in dict.fromkeys(uris) if u.startswith("at://")]
    out: PostFigures = {}
    for start in range(0, len(wanted), BLUESKY_BATCH):
        if _stopped(should_stop):
            break
        batch = wanted[start : start + BLUESKY_BATCH]
        try:
            data = conn.query("app.bsky.feed.getPosts", {"uris": batch})
        except ConnectorError as exc:
            raise _failed("Bluesky", exc, out) from None
        asked = set(batch)
        for view in data.get("posts", []) or []:
            if isinstance(view, dict) and view.get("uri") in asked:
                out[str(view["uri"])] = _counts(view, _BLUESKY_FIELDS)
    return out


# -- Mastodon ---------------------------------------------------------------------------------


def mastodon_account_figures(conn: MastodonConnector) -> dict[str, float]:
    """``{"followers": n}`` from ``verify_credentials``."""
    try:
        me = conn.get_json("/api/v1/accounts/verify_credentials")
    except ConnectorError as exc:
        raise read_failure("Mastodon", exc) from None
    count = me.get("followers_count") if isinstance(me, dict) else None
    if isinstance(count, int) and not isinstance(count, bool) and count >= 0:
        return {"followers": float(count)}
    return {}


def _no_batch_endpoint(exc: ConnectorError) -> bool:
    return exc.kind is ErrorKind.REJECTED and exc.http_status in (404, 405)


def mastodon_status_figures(
    conn: MastodonConnector,
    status_ids: Sequence[str],
    should_stop: Callable[[], bool] | None = None,
) -> PostFigures:
    """Counts per status id: 20 per call, or one by one (bounded) on servers before 4.3."""
    wanted = [i for i in dict.fromkeys(status_ids) if i]
    out: PostFigures = {}
    single = False
    for start in range(0, len(wanted), MASTODON_BATCH):
        if _stopped(should_stop):
            return out
        batch = wanted[start : start + MASTODON_BATCH]
        try:
            data = conn.get_json("/api/v1/statuses", [("id[]", i) for i in batch])
        except ConnectorError as exc:
            if start == 0 and _no_batch_endpoint(exc):
                single = True
                break
            raise _failed("Mastodon", exc, out) from None
        asked = set(batch)
        for status in data if isinstance(data, list) else []:
            if isinstance(status, dict) and str(status.get("id")) in asked:
                out[str(status["id"])] = _counts(status, _MASTODON_FIELDS)
    if not single:
        return out
    for status_id in wanted[:MASTODON_SINGLE_CALLS]:
        if _stopped(should_stop):
            break
        try:
            status = conn.get_json(f"/api/v1/statuses/{quote(status_id, safe='')}")
        except ConnectorError as exc:
            if exc.kind is ErrorKind.REJECTED and exc.http_status == 404:
                continue  # deleted on the platform
            raise _failed("Mastodon", exc, out) from None
        if isinstance(status, dict):
            out[status_id] = _counts(status, _MASTODON_FIELDS)
    return out
