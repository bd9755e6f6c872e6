"""What the Meta connectors (Facebook Pages, Instagram, Threads) share: one Graph API call and
the mapping of Graph errors to SMM Desk's error kinds.

Graph errors (developers.facebook.com/docs/graph-api/guides/error-handling) come as
``{"error": {"message", "type", "code", "error_subcode", "error_user_msg", "fbtrace_id"}}``:

* code 190 (and 102): the access token expired or was revoked: the owner reconnects.
* codes 4, 17, 32, 613 and 80001-80014 (guides/rate-limiting: app, user, Page and Business Use
  Case limits): wait, then retry. ``X-Business-Use-Case-Usage`` may say how many minutes
  (``estimated_time_to_regain_access``); otherwise the queue's own backoff applies.
* codes 10 and 200-299: a permission is missing: the owner fixes the app's permissions.
* codes 1 and 2, or ``is_transient``: Meta's side: retry.
* Instagram/Threads 9 with subcode 2207042: the day's publishing limit is reached.
* Instagram subcodes 2207003/2207026 etc.: Meta could not fetch or use the media.

The token travels as the documented ``access_token`` parameter (in the body of a POST); log
records redact it (logs.py) and no error message ever carries a request's URL.
"""

from __future__ import annotations

import json
from typing import Any

import requests

from smmdesk_gui.connectors.base import (
    TIMEOUT,
    ConnectorError,
    ErrorKind,
    classify_status,
    json_or_empty,
    may_have_arrived,
    network_error,
    wait_seconds,
)

RATE_LIMIT_CODES = frozenset({4, 17, 32, 613, *range(80001, 80015)})
AUTH_CODES = frozenset({102, 190})
PERMISSION_CODES = frozenset({10, *range(200, 300)})
#: Instagram/Threads: "the account reached its limit of published posts in 24 hours".
PUBLISHING_LIMIT_SUBCODE = 2207042
#: Instagram: Meta could not download or use the photo at ``image_url``.
MEDIA_FETCH_SUBCODES = frozenset({2207003, 2207026, 2207052, 2207004, 2207005})
#: A day's publishing limit: wait an hour before the next try (the window rolls over 24 hours).
PUBLISHING_LIMIT_WAIT = 3600.0


def _json_header(resp: requests.Response, name: str) -> object:
    """A header Meta writes as JSON, parsed; None when it is missing or not JSON."""
    raw = resp.headers.get(name)
    if not raw:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return None


def _usage_wait(resp: requests.Response) -> float | None:
    """Minutes to wait from ``X-Business-Use-Case-Usage`` (guides/rate-limiting), as seconds."""
    usage = _json_header(resp, "X-Business-Use-Case-Usage")
    waits: list[float] = []
    if isinstance(usage, dict):
        for entries in usage.values():
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, dict):
                    minutes = wait_seconds(entry.get("estimated_time_to_regain_access"))
                    if minutes:
                        waits.append(minutes * 60)
    return wait_seconds(max(waits)) if waits else None


def app_usage(resp: requests.Response) -> float | None:
    """The highest percentage in ``X-App-Usage`` (guides/rate-limiting: ``call_count``,
    ``total_cputime`` and ``total_time``, each a percentage of the app's hourly budget)."""
    usage = _json_header(resp, "X-App-Usage")
    if not isinstance(usage, dict):
        return None
    values = [
        float(v)
        for k in ("call_count", "total_cputime", "total_time")
        if isinstance(v := usage.get(k), int | float) and not isinstance(v, bool)
    ]
    return max(values) if values else None


def graph_error(
    name: str, resp: requests.Response, body: dict[str, Any], *, sent: bool
) -> ConnectorError:
    """A ``ConnectorError`` for a Graph error answer, with a plain sentence and what to do."""
    error = body.get("error")
    error = error if isinstance(error, dict) else {}
    code = error.get("code") if isinstance(error.get("code"), int) else None
    subcode = error.get("error_subcode") if isinstance(error.get("error_subcode"), int) else None
    detail = str(error.get("error_user_msg") or error.get("message") or resp.reason or "")
    trace = error.get("fbtrace_id")
    full_detail = (
        f"{detail} (code {code}, subcode {subcode}, fbtrace_id {trace})" if code else detail
    )
    retry_after: float | None = None
    if code in AUTH_CODES:
        kind = ErrorKind.AUTH_EXPIRED
        message = (
            f"{name} no longer accepts the saved access token (it expired or was withdrawn). "
            "Open Accounts, make a new token as the setup page explains, and reconnect."
        )
    elif code in RATE_LIMIT_CODES:
        kind = ErrorKind.RATE_LIMITED
        retry_after = _usage_wait(resp)
        message = f"{name} asks SMM Desk to slow down. It will try again later by itself."
    elif subcode == PUBLISHING_LIMIT_SUBCODE:
        kind = ErrorKind.RATE_LIMITED
        retry_after = PUBLISHING_LIMIT_WAIT
        message = (
            f"This account reached {name}'s limit of posts published through apps in 24 hours. "
            "SMM Desk will try again in an hour."
        )
    elif subcode in MEDIA_FETCH_SUBCODES:
        kind = ErrorKind.REJECTED
        message = (
            f"{name} could not fetch or use a photo of this post. Check that the photo is a "
            "JPEG within the size limits, then try again."
        )
    elif code in PERMISSION_CODES:
        kind = ErrorKind.REJECTED
        message = (
            f"{name} says the app behind the token lacks a permission for this. In Meta's "
            "developer site, add the permissions the setup page lists, make a new token and "
            "reconnect."
        )
    elif code in (1, 2) or error.get("is_transient") is True:
        kind = ErrorKind.SERVER_ERROR
        message = f'{name} had a problem on its side ("{detail}"). SMM Desk will try again.'
    elif resp.status_code >= 500 or not error:
        kind = classify_status(resp.status_code)
        message = (
            f"{name} had a problem on its side. SMM Desk will try again."
            if kind is ErrorKind.SERVER_ERROR
            else f'{name} refused the request ("{detail}").'
        )
    else:
        kind = ErrorKind.REJECTED
        message = f'{name} refused the post: "{detail}". Change the post and schedule it again.'
    return ConnectorError(
        kind,
        message,
        http_status=resp.status_code,
        retry_after=retry_after,
        detail=full_detail,
        sent=may_have_arrived(kind, sent),
    )


class GraphClient:
    """Calls one Graph host (graph.facebook.com, graph.instagram.com or graph.threads.net)."""

    def __init__(
        self,
        name: str,
        base_url: str,
        token: str,
        session: requests.Session,
        version: str,
    ) -> None:
        self.name = name
        self.base = f"{base_url.rstrip('/')}/{version}" if version else base_url.rstrip("/")
        self.token = token
        self.http = session
        self.timeout: tuple[float, float] = TIMEOUT
        #: The highest share (percent) of the app's call, CPU or time budget that the last
        #: answer's ``X-App-Usage`` header reported (None: no header). Readers of many objects
        #: (stats) stop before it reaches 100, when Meta starts refusing calls.
        self.app_usage: float | None = None

    def call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        files: dict[str, Any] | None = None,
        timeout: tuple[float, float] | None = None,
        sent_on_error: bool = False,
    ) -> dict[str, Any]:
        """One Graph call; the answer's JSON object, or a ``ConnectorError``.

        Args:
            sent_on_error: the call makes something visible (a post): a lost answer may mean it
                is out, so the error says so and the queue does not blindly send again.
        """
        values = {**(params or {}), "access_token": self.token}
        url = f"{self.base}/{path.lstrip('/')}"
        try:
            if method == "GET":
                resp = self.http.get(url, params=values, timeout=timeout or self.timeout)
            else:
                resp = self.http.post(
                    url, data=values, files=files, timeout=timeout or self.timeout
                )
        except requests.RequestException as exc:
            # requests' message may contain the URL, which holds the token: drop it.
            raise network_error(self.name, exc, sent=sent_on_error) from None
        self.app_usage = app_usage(resp)
        body = json_or_empty(resp)
        if resp.ok and body and "error" not in body:
            return body
        if resp.ok:
            # Not a Graph answer (a proxy's page, a cut body): a post may well be out.
            raise ConnectorError(
                ErrorKind.SERVER_ERROR,
                f"{self.name} answered with something that is not a Graph API answer, so SMM "
                "Desk cannot tell whether this worked.",
                http_status=resp.status_code,
                detail=resp.headers.get("Content-Type", ""),
                sent=sent_on_error,
            )
        raise graph_error(self.name, resp, body, sent=sent_on_error)
