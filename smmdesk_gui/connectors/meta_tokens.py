"""Refreshing Meta's long-lived user tokens without the app secret (Instagram, Threads).

* Instagram API with Instagram Login (instagram-platform/reference/refresh_access_token):
  ``GET https://graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token
  &access_token=…``; the token must be at least 24 hours old and not expired; the answer is
  ``{"access_token", "token_type": "bearer", "expires_in": seconds}`` and the new token is
  valid for 60 days from the refresh.
* Threads (threads/get-started/long-lived-tokens, "Refresh a long-lived token"): the same call
  on ``graph.threads.net`` with ``grant_type=th_refresh_token``; it needs ``threads_basic``.
* A Facebook Page token got from a long-lived user token has no expiry date
  (facebook-login/guides/access-tokens/get-long-lived, "Long-lived Page access token"), so
  Facebook needs no refresh. Reading a token's expiry with ``debug_token`` needs an app token
  (the app secret), which SMM Desk never asks for: Facebook's expiry stays unknown and an
  expired Page token shows up as code 190 when used.

The path has no Graph version (the docs' request has none). The token travels as the
documented query parameter; it never appears in an error's text (meta_graph.GraphClient).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import requests

from smmdesk_gui.connectors.base import ConnectorError, ErrorKind, make_session
from smmdesk_gui.connectors.instagram import DEFAULT_API as INSTAGRAM_API
from smmdesk_gui.connectors.meta_graph import GraphClient
from smmdesk_gui.connectors.threads import DEFAULT_API as THREADS_API

#: Platform -> (name, default host, grant_type) of the documented refresh call.
REFRESHABLE: dict[str, tuple[str, str, str]] = {
    "instagram": ("Instagram", INSTAGRAM_API, "ig_refresh_token"),
    "threads": ("Threads", THREADS_API, "th_refresh_token"),
}
#: Both docs: long-lived tokens are valid for 60 days (from when they were made or refreshed).
LONG_LIVED = dt.timedelta(days=60)


@dataclass(frozen=True)
class RefreshedToken:
    """A new long-lived token and how long it lasts."""

    token: str = field(repr=False)
    expires_in: dt.timedelta


def can_refresh(platform: str) -> bool:
    """Whether SMM Desk can refresh this platform's token by itself."""
    return platform in REFRESHABLE


def refresh_token(
    platform: str,
    token: str,
    api_url: str | None = None,
    session: requests.Session | None = None,
    timeout: tuple[float, float] | None = None,
) -> RefreshedToken:
    """Trade a long-lived token for a new one (60 more days). Raises ``ConnectorError``.

    An expired or withdrawn token is code 190 (``ErrorKind.AUTH_EXPIRED``): only a new
    connection helps then.
    """
    name, default_api, grant = REFRESHABLE[platform]
    # No quiet retry of this GET: if the answer is lost, Meta may have issued a new token
    # already, and a second call with the old one could be refused as expired.
    http = session or make_session(read_retries=0)
    graph = GraphClient(name, api_url or default_api, token, http, "")
    if timeout is not None:
        graph.timeout = timeout
    body = graph.call("GET", "refresh_access_token", params={"grant_type": grant})
    new = body.get("access_token")
    seconds = body.get("expires_in")
    if not isinstance(new, str) or not new:
        raise ConnectorError(
            ErrorKind.SERVER_ERROR,
            f"{name} answered the token refresh without a token. SMM Desk keeps the old one "
            "and tries again later.",
        )
    lasts = (
        dt.timedelta(seconds=seconds)
        if isinstance(seconds, int | float) and seconds > 0
        else LONG_LIVED
    )
    return RefreshedToken(new, lasts)
