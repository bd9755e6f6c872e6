"""Mastodon sign-in with OAuth and an out-of-band code (docs.joinmastodon.org/client/token).

1. ``register_app``: ``POST /api/v1/apps`` with ``redirect_uris=urn:ietf:wg:oauth:2.0:oob``
   gives a ``client_id`` and ``client_secret`` (kept per server and reused).
2. ``begin``: the authorize URL (``/oauth/authorize?response_type=code&...``) the owner opens in
   the browser; the server shows a code after they allow SMM Desk. PKCE (S256) is sent too:
   Mastodon 4.3+ checks it, older servers ignore it.
3. ``exchange_code``: ``POST /oauth/token`` (``grant_type=authorization_code``) turns the pasted
   code into an access token, used exactly like a token pasted from the server's settings.

Qt-free and database-free, like every connector; no secret ever appears in a message.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import urllib.parse
from dataclasses import dataclass

import requests

from smmdesk_gui.connectors.base import (
    TIMEOUT,
    ConnectorError,
    ErrorKind,
    classify_status,
    json_or_empty,
    make_session,
    network_error,
    server_url_problem,
)

NAME = "Mastodon"
OOB = "urn:ietf:wg:oauth:2.0:oob"
SCOPES = "read write"
CLIENT_NAME = "SMM Desk"
WEBSITE = "https://smmdesk.invalid"


@dataclass(frozen=True)
class OAuthApp:
    """SMM Desk's registration on one server (the secret goes to the keyring, never the db)."""

    server: str
    client_id: str
    client_secret: str

    def to_json(self) -> str:
        return json.dumps(
            {"server": self.server, "client_id": self.client_id, "secret": self.client_secret}
        )

    @classmethod
    def from_json(cls, text: str) -> OAuthApp:
        data = json.loads(text)
        return cls(str(data["server"]), str(data["client_id"]), str(data["secret"]))


@dataclass(frozen=True)
class OAuthStart:
    """A sign-in in progress: the URL to open and what the code exchange needs."""

    app: OAuthApp
    authorize_url: str
    code_verifier: str


def normalize_server(server: str) -> str:
    server = server.strip().rstrip("/")
    if not server:
        raise ValueError("Enter your Mastodon server's address, e.g. https://mastodon.social")
    if not server.startswith(("http://", "https://")):
        server = "https://" + server
    problem = server_url_problem(server)
    if problem is not None:
        raise ValueError(problem)
    return server


def _post(session: requests.Session, url: str, data: dict[str, str]) -> requests.Response:
    try:
        return session.post(url, data=data, timeout=TIMEOUT)
    except requests.RequestException as exc:
        raise network_error(NAME, exc, sent=False) from None


def register_app(server: str, session: requests.Session | None = None) -> OAuthApp:
    """Register SMM Desk on ``server`` (``POST /api/v1/apps``)."""
    server = normalize_server(server)
    http = session or make_session()
    resp = _post(
        http,
        f"{server}/api/v1/apps",
        {
            "client_name": CLIENT_NAME,
            "redirect_uris": OOB,
            "scopes": SCOPES,
            "website": WEBSITE,
        },
    )
    body = json_or_empty(resp)
    if resp.status_code != 200 or not body.get("client_id") or not body.get("client_secret"):
        detail = str(body.get("error", "") or resp.reason or "")
        kind = classify_status(resp.status_code) if resp.status_code >= 400 else ErrorKind.REJECTED
        raise ConnectorError(
            kind,
            f"{server} did not let SMM Desk register for sign-in"
            + (f' ("{detail}")' if detail else "")
            + ". Check the server address, or paste an access token from the server's "
            "Preferences > Development instead.",
            http_status=resp.status_code,
            detail=detail,
        )
    return OAuthApp(server, str(body["client_id"]), str(body["client_secret"]))


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def begin(app: OAuthApp) -> OAuthStart:
    """The URL to open in the browser for ``app``, with a fresh PKCE verifier."""
    verifier = secrets.token_urlsafe(48)
    query = urllib.parse.urlencode(
        {
            "response_type": "code",
            "client_id": app.client_id,
            "redirect_uri": OOB,
            "scope": SCOPES,
            "code_challenge": _challenge(verifier),
            "code_challenge_method": "S256",
        },
        quote_via=urllib.parse.quote,
    )
    return OAuthStart(app, f"{app.server}/oauth/authorize?{query}", verifier)


def exchange_code(start: OAuthStart, code: str, session: requests.Session | None = None) -> str:
    """Trade the code the owner pasted for an access token (``POST /oauth/token``)."""
    code = code.strip()
    if not code:
        raise ConnectorError(
            ErrorKind.REJECTED, "Paste the code your Mastodon server showed after you allowed it."
        )
    http = session or make_session()
    app = start.app
    resp = _post(
        http,
        f"{app.server}/oauth/token",
        {
            "grant_type": "authorization_code",
            "code": code,
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "redirect_uri": OOB,
            "scope": SCOPES,
            "code_verifier": start.code_verifier,
        },
    )
    body = json_or_empty(resp)
    token = body.get("access_token")
    if resp.status_code == 200 and isinstance(token, str) and token:
        return token
    error = str(body.get("error", ""))
    detail = str(body.get("error_description", "") or error or resp.reason or "")
    if error == "invalid_grant" or resp.status_code == 400:
        message = (
            "Your Mastodon server did not accept that code. A code works once and only for a "
            "few minutes: open the sign-in page again, allow SMM Desk, and paste the new code."
        )
        kind = ErrorKind.REJECTED
    elif error == "invalid_client" or resp.status_code == 401:
        message = (
            "Your Mastodon server no longer knows SMM Desk's registration. Start the sign-in "
            "again; SMM Desk registers anew."
        )
        kind = ErrorKind.AUTH_EXPIRED
    else:
        kind = classify_status(resp.status_code) if resp.status_code >= 400 else ErrorKind.REJECTED
        message = f'Signing in to {app.server} failed ("{detail}"). Try again in a moment.'
    raise ConnectorError(kind, message, http_status=resp.status_code, detail=detail)
