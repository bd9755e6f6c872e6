"""Local stand-ins for the Mastodon and Telegram APIs, on 127.0.0.1, for the publishing tests.

They follow the official docs (docs.joinmastodon.org, core.telegram.org/bots/api): request
shapes, error bodies, 429 with rate-limit headers / ``retry_after``, media processing states
(202 then 206 then 200). Faults are queued per path: a status, a dropped connection before or
after the request is processed (a lost answer), a delay longer than the client's timeout, or a
hold until the test releases it.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import itertools
import json
import re
import threading
import time
import urllib.parse
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from smmdesk_gui.connectors.base import TokenCache
from smmdesk_gui.connectors.registry import AccountConfig, build_connector


@dataclass
class Fault:
    """One injected misbehaviour for the next request whose path contains ``path``."""

    path: str
    status: int | None = None
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    drop: str | None = None  # "before": close without processing; "after": process, then close
    delay: float = 0.0  # sleep before answering (longer than the client's timeout: a timeout)
    hold: threading.Event | None = None  # wait for the test to set it before processing


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    form: dict[str, list[str]]
    files: dict[str, tuple[str, str, bytes]]  # field -> (filename, content type, bytes)
    json: Any = None
    raw: bytes = b""
    raw_path: str = ""


def parse_body(content_type: str, body: bytes) -> tuple[dict[str, list[str]], dict[str, Any], Any]:
    form: dict[str, list[str]] = {}
    files: dict[str, tuple[str, str, bytes]] = {}
    data: Any = None
    if content_type.startswith("multipart/form-data"):
        msg = email.message_from_bytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body, policy=email.policy.HTTP
        )
        for part in msg.iter_parts():  # type: ignore[attr-defined]
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                files[name] = (filename, part.get_content_type(), payload)
            else:
                form.setdefault(name, []).append(payload.decode("utf-8"))
    elif content_type.startswith("application/x-www-form-urlencoded"):
        form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True)
    elif content_type.startswith("application/json") and body:
        data = json.loads(body)
    return form, files, data


class FakeServer:
    """A threaded HTTP server on 127.0.0.1 that hands requests to ``handle``."""

    def __init__(self) -> None:
        self.faults: deque[Fault] = deque()
        self.log: list[Request] = []
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def _any(self) -> None:
                fake._serve(self)

            do_GET = do_POST = do_PUT = do_DELETE = _any  # noqa: N815

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def add_fault(self, fault: Fault, times: int = 1) -> None:
        with self.lock:
            for _ in range(times):
                self.faults.append(fault)

    def _take_fault(self, path: str) -> Fault | None:
        with self.lock:
            for f in self.faults:
                if f.path in path:
                    self.faults.remove(f)
                    return f
        return None

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else b""
        parsed = urllib.parse.urlsplit(h.path)
        form, files, data = parse_body(h.headers.get("Content-Type", ""), body)
        req = Request(
            h.command,
            parsed.path,
            urllib.parse.parse_qs(parsed.query),
            {k.lower(): v for k, v in h.headers.items()},
            form,
            files,
            data,
            body,
            h.path,
        )
        with self.lock:
            self.log.append(req)
        fault = self._take_fault(parsed.path)
        if fault is not None:
            if fault.hold is not None:
                fault.hold.wait(30)
            if fault.delay:
                time.sleep(fault.delay)
            if fault.drop == "before":
                h.close_connection = True
                h.connection.shutdown(2)
                return
            if fault.status is not None:
                self._send(h, fault.status, fault.body, fault.headers)
                return
        status, payload, headers = self.handle(req)
        if fault is not None and fault.drop == "after":
            h.close_connection = True
            h.connection.shutdown(2)  # the work is done, the answer is lost
            return
        self._send(h, status, payload, headers)

    @staticmethod
    def _send(
        h: BaseHTTPRequestHandler, status: int, payload: Any, headers: dict[str, str]
    ) -> None:
        html_page = isinstance(payload, str)  # a web page (the OAuth screens)
        if html_page:
            raw = payload.encode()
        else:
            raw = json.dumps(payload).encode() if payload is not None else b""
        h.send_response(status)
        h.send_header(
            "Content-Type",
            "text/html; charset=utf-8" if html_page else "application/json; charset=utf-8",
        )
        h.send_header("Content-Length", str(len(raw)))
        for k, v in headers.items():
            h.send_header(k, v)
        try:
            h.end_headers()
            h.wfile.write(raw)
        except (BrokenPipeError, ConnectionResetError):
            h.close_connection = True  # the client gave up (a timeout test)

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:  # pragma: no cover
        raise NotImplementedError

    def count(self, fragment: str, method: str = "POST") -> int:
        with self.lock:
            return sum(1 for r in self.log if fragment in r.path and r.method == method)


# -- a proxy in front of the real PDS, to inject faults ---------------------------------------


class Proxy(FakeServer):
    """Forwards every request to ``target`` (the real PDS); faults apply on the way."""

    def __init__(self, target: str) -> None:
        import requests

        self.target = target.rstrip("/")
        self.http = requests.Session()
        super().__init__()

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        headers = {
            k: v for k, v in req.headers.items() if k in ("authorization", "content-type", "accept")
        }
        resp = self.http.request(
            req.method,
            self.target + req.raw_path,
            data=req.raw or None,
            headers=headers,
            timeout=30,
        )
        try:
            payload = resp.json()
        except ValueError:
            payload = None
        return resp.status_code, payload, {}


# -- Mastodon --------------------------------------------------------------------------------


class FakeMastodon(FakeServer):
    """docs.joinmastodon.org: instance, verify_credentials, media v2 (async), statuses."""

    def __init__(self, token: str = "masto-test-token", processing_polls: int = 2) -> None:
        self.token = token
        self.processing_polls = processing_polls
        self.statuses: list[dict[str, Any]] = []
        self.media: dict[str, dict[str, Any]] = {}
        self.idempotency: dict[tuple[str, str], dict[str, Any]] = {}
        self.max_characters = 500
        self._ids = itertools.count(100)
        # OAuth (docs.joinmastodon.org/methods/apps, /methods/oauth): registered apps,
        # codes waiting to be exchanged, tokens issued.
        self.apps: dict[str, dict[str, Any]] = {}
        self.codes: dict[str, dict[str, Any]] = {}
        self.issued_tokens: set[str] = set()
        super().__init__()

    def approve(self, authorize_url: str) -> str:
        """What the owner does in the browser: open the page, click "Authorize", copy the code."""
        import requests

        page = requests.get(authorize_url, timeout=10)
        assert page.status_code == 200, page.text
        form = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page.text))
        shown = requests.post(f"{self.url}/oauth/authorize", data=form, timeout=10)
        assert shown.status_code == 200, shown.text
        m = re.search(r'class="oauth-code"[^>]*value="([^"]+)"', shown.text)
        assert m, shown.text
        return m.group(1)

    def _oauth(self, req: Request) -> tuple[int, Any, dict[str, str]] | None:
        p = {k: v[0] for k, v in req.form.items()}
        if req.path == "/api/v1/apps" and req.method == "POST":
            if not p.get("client_name"):
                return 422, {"error": "Validation failed: Application name can't be blank"}, {}
            uris = p.get("redirect_uris", "")
            if not uris or not (uris.startswith("urn:") or "://" in uris):
                return (
                    422,
                    {"error": "Validation failed: Redirect URI must be an absolute URI."},
                    {},
                )
            client_id = f"cid-{next(self._ids)}"
            app = {
                "id": str(next(self._ids)),
                "name": p["client_name"],
                "website": p.get("website"),
                "scopes": (p.get("scopes") or "read").split(),
                "redirect_uri": uris,
                "redirect_uris": uris.split(),
                "client_id": client_id,
                "client_secret": f"csecret-{next(self._ids)}",
                "client_secret_expires_at": 0,
            }
            self.apps[client_id] = app
            return 200, app, {}
        if req.path == "/oauth/authorize":
            q = {k: v[0] for k, v in req.query.items()} if req.method == "GET" else p
            app = self.apps.get(q.get("client_id", ""))
            if app is None or q.get("redirect_uri") not in app["redirect_uris"]:
                return 400, {"error": "invalid_client"}, {}
            if q.get("response_type") != "code" or not set(
                (q.get("scope") or "read").split()
            ) <= set(app["scopes"]):
                return 400, {"error": "invalid_scope"}, {}
            if req.method == "GET":  # the "Authorize SMM Desk?" page
                hidden = "".join(
                    f'<input type="hidden" name="{k}" value="{html.escape(v)}">'
                    for k, v in q.items()
                )
                return 200, f"<form method=post>{hidden}<button>Authorize</button></form>", {}
            code = f"code-{next(self._ids)}"
            self.codes[code] = {**q, "issued": time.monotonic()}
            return 200, f'<input class="oauth-code" readonly value="{code}">', {}
        if req.path == "/oauth/token" and req.method == "POST":
            app = self.apps.get(p.get("client_id", ""))
            if app is None or app["client_secret"] != p.get("client_secret"):
                return (
                    401,
                    {
                        "error": "invalid_client",
                        "error_description": "Client authentication failed due to unknown "
                        "client, no client authentication included, or unsupported "
                        "authentication method.",
                    },
                    {},
                )
            invalid = (
                400,
                {
                    "error": "invalid_grant",
                    "error_description": "The provided authorization grant is invalid, "
                    "expired, revoked, does not match the redirection URI used in the "
                    "authorization request, or was issued to another client.",
                },
                {},
            )
            if p.get("grant_type") != "authorization_code":
                return 400, {"error": "unsupported_grant_type"}, {}
            grant = self.codes.pop(p.get("code", ""), None)  # a code works once
            if (
                grant is None
                or grant["client_id"] != p["client_id"]
                or grant["redirect_uri"] != p.get("redirect_uri")
                or time.monotonic() - grant["issued"] > 600
            ):
                return invalid
            if p.get("scope") and set(p["scope"].split()) != set(
                (grant.get("scope") or "read").split()
            ):  # with a code, the scope must equal what the user allowed
                return 400, {"error": "invalid_scope"}, {}
            if grant.get("code_challenge"):  # PKCE (Mastodon 4.3+)
                import base64
                import hashlib

                verifier = p.get("code_verifier", "")
                digest = hashlib.sha256(verifier.encode()).digest()
                if (
                    base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
                    != grant["code_challenge"]
                ):
                    return invalid
            token = f"oauth-token-{next(self._ids)}"
            self.issued_tokens.add(token)
            return (
                200,
                {
                    "access_token": token,
                    "token_type": "Bearer",
                    "scope": grant.get("scope", "read"),
                    "created_at": int(time.time()),
                },
                {},
            )
        return None

    @staticmethod
    def rate_limited() -> Fault:
        reset = (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)).isoformat()
        return Fault(
            "/api/v1/statuses",
            status=429,
            body={"error": "Too many requests"},
            headers={
                "X-RateLimit-Limit": "300",
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Reset": reset,
            },
        )

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        answer = self._oauth(req)
        if answer is not None:
            return answer
        if req.path == "/api/v2/instance":
            return (
                200,
                {
                    "domain": "masto.test",
                    "configuration": {
                        "statuses": {
                            "max_characters": self.max_characters,
                            "max_media_attachments": 4,
                            "characters_reserved_per_url": 23,
                        },
                        "media_attachments": {
                            "supported_mime_types": ["image/jpeg", "image/png"],
                            "image_size_limit": 16777216,
                        },
                    },
                },
                {},
            )
        bearer = req.headers.get("authorization", "").removeprefix("Bearer ")
        if bearer != self.token and bearer not in self.issued_tokens:
            return 401, {"error": "The access token is invalid"}, {}
        if req.path == "/api/v1/accounts/verify_credentials":
            return (
                200,
                {"id": "1", "username": "shop", "acct": "shop", "display_name": "The Shop"},
                {},
            )
        if req.path == "/api/v2/media" and req.method == "POST":
            if "file" not in req.files:
                return 422, {"error": "Validation failed: File can't be blank"}, {}
            media_id = str(next(self._ids))
            item = {
                "id": media_id,
                "type": "image",
                "url": None,
                "description": (req.form.get("description") or [None])[0],
                "polls_left": self.processing_polls,
                "bytes": len(req.files["file"][2]),
            }
            self.media[media_id] = item
            if self.processing_polls == 0:
                item["url"] = f"{self.url}/media/{media_id}.jpg"
                return 200, self._public(item), {}
            return 202, self._public(item), {}
        m = re.fullmatch(r"/api/v1/media/(\d+)", req.path)
        if m and req.method == "GET":
            item = self.media.get(m.group(1))
            if item is None:
                return 404, {"error": "Record not found"}, {}
            if item["polls_left"] > 0:
                item["polls_left"] -= 1
                return 206, self._public(item), {}
            item["url"] = f"{self.url}/media/{item['id']}.jpg"
            return 200, self._public(item), {}
        if req.path == "/api/v1/statuses" and req.method == "POST":
            key = req.headers.get("idempotency-key")
            if key and (self.token, key) in self.idempotency:
                return 200, self.idempotency[(self.token, key)], {}
            text = (req.form.get("status") or [""])[0]
            media_ids = req.form.get("media_ids[]", [])
            if not text and not media_ids:
                return 422, {"error": "Validation failed: Text can't be blank"}, {}
            if len(text) > self.max_characters:
                return (
                    422,
                    {
                        "error": "Validation failed: Text character limit of "
                        f"{self.max_characters} exceeded"
                    },
                    {},
                )
            for mid in media_ids:
                if mid not in self.media or self.media[mid]["url"] is None:
                    return 422, {"error": "Validation failed: media not processed"}, {}
            sid = str(next(self._ids))
            status = {
                "id": sid,
                "content": f"<p>{html.escape(text)}</p>",
                "text": text,
                "url": f"https://masto.test/@shop/{sid}",
                "language": (req.form.get("language") or [None])[0],
                "media_attachments": [self._public(self.media[i]) for i in media_ids],
            }
            self.statuses.append(status)
            if key:
                self.idempotency[(self.token, key)] = status
            return 200, status, {}
        return 404, {"error": "Record not found"}, {}

    @staticmethod
    def _public(item: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in item.items() if k != "polls_left"}


# -- Telegram --------------------------------------------------------------------------------

_TG_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-emoji",
}


def telegram_html_to_text(value: str) -> str:
    """What Telegram shows for a parse_mode=HTML string; raises ValueError like its parser."""
    for m in re.finditer(r"<(/?)([a-zA-Z-]*)", value):
        if m.group(2).lower() not in _TG_TAGS:
            raise ValueError(f'Unsupported start tag "{m.group(2)}" at byte offset {m.start()}')
    for m in re.finditer(r"&([^;\s]*);?", value):
        if not re.fullmatch(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);", m.group(0)):
            raise ValueError(f"Character entity expected at byte offset {m.start()}")
    return html.unescape(re.sub(r"</?[a-zA-Z-]+[^>]*>", "", value))


class FakeTelegram(FakeServer):
    """core.telegram.org/bots/api: getMe, getChat, getChatMember, sendMessage/Photo/MediaGroup."""

    def __init__(self, token: str = "123456:TEST-token", channel: str = "@shopnews") -> None:
        self.token = token
        self.channel = channel
        self.bot_status = "administrator"
        self.can_post = True
        self.messages: list[dict[str, Any]] = []
        self._ids = itertools.count(1)
        super().__init__()

    @staticmethod
    def rate_limited(seconds: int = 1, path: str = "/send") -> Fault:
        return Fault(
            path,
            status=429,
            body={
                "ok": False,
                "error_code": 429,
                "description": f"Too Many Requests: retry after {seconds}",
                "parameters": {"retry_after": seconds},
            },
        )

    def _err(self, code: int, description: str) -> tuple[int, Any, dict[str, str]]:
        return code, {"ok": False, "error_code": code, "description": description}, {}

    def handle(self, req: Request) -> tuple[int, Any, dict[str, str]]:
        m = re.fullmatch(r"/bot([^/]+)/(\w+)", req.path)
        if not m:
            return self._err(404, "Not Found")
        if m.group(1) != self.token:
            return self._err(401, "Unauthorized")
        method = m.group(2)
        p = {k: v[0] for k, v in req.form.items()}
        chat = {
            "id": -1001234567890,
            "title": "Shop News",
            "type": "channel",
            "username": self.channel.lstrip("@"),
        }
        if method == "getMe":
            return (
                200,
                {"ok": True, "result": {"id": 42, "is_bot": True, "username": "shop_bot"}},
                {},
            )
        chat_methods = ("getChat", "getChatMember", "sendMessage", "sendPhoto", "sendMediaGroup")
        if method in chat_methods and p.get("chat_id") not in (self.channel, str(chat["id"])):
            return self._err(400, "Bad Request: chat not found")
        if method == "getChat":
            return 200, {"ok": True, "result": chat}, {}
        if method == "getChatMember":
            return (
                200,
                {
                    "ok": True,
                    "result": {
                        "status": self.bot_status,
                        "user": {"id": 42, "is_bot": True},
                        "can_post_messages": self.can_post,
                    },
                },
                {},
            )
        if method.startswith("send") and self.bot_status not in ("administrator", "creator"):
            return self._err(403, "Forbidden: bot is not a member of the channel chat")

        def parsed(key: str, limit: int, what: str) -> tuple[str | None, str | None]:
            raw = p.get(key, "")
            try:
                shown = telegram_html_to_text(raw) if p.get("parse_mode") == "HTML" else raw
            except ValueError as exc:
                return None, f"Bad Request: can't parse entities: {exc}"
            if len(shown) > limit:
                return None, f"Bad Request: {what} is too long"
            return shown, None

        def message(**extra: Any) -> dict[str, Any]:
            msg = {"message_id": next(self._ids), "chat": chat, "date": int(time.time()), **extra}
            self.messages.append(msg)
            return msg

        if method == "sendMessage":
            text, error = parsed("text", 4096, "message text")
            if error:
                return self._err(400, error)
            if not text:
                return self._err(400, "Bad Request: message text is empty")
            return 200, {"ok": True, "result": message(text=text)}, {}
        if method == "sendPhoto":
            caption, error = parsed("caption", 1024, "message caption")
            if error:
                return self._err(400, error)
            if "photo" not in req.files:
                return self._err(400, "Bad Request: there is no photo in the request")
            photo = req.files["photo"]
            return (
                200,
                {
                    "ok": True,
                    "result": message(
                        caption=caption, photo=[{"file_id": "f1", "file_size": len(photo[2])}]
                    ),
                },
                {},
            )
        if method == "sendMediaGroup":
            media = json.loads(p.get("media", "[]"))
            if not 2 <= len(media) <= 10:
                return self._err(400, "Bad Request: wrong number of messages in the media group")
            group = str(next(self._ids))
            out = []
            for item in media:
                name = item["media"].removeprefix("attach://")
                if name not in req.files:
                    return self._err(400, "Bad Request: wrong file identifier/HTTP URL specified")
                caption = None
                if "caption" in item:
                    try:
                        caption = (
                            telegram_html_to_text(item["caption"])
                            if item.get("parse_mode") == "HTML"
                            else item["caption"]
                        )
                    except ValueError as exc:
                        return self._err(400, f"Bad Request: can't parse entities: {exc}")
                out.append(
                    message(
                        media_group_id=group,
                        caption=caption,
                        photo=[{"file_size": len(req.files[name][2])}],
                    )
                )
            return 200, {"ok": True, "result": out}, {}
        return self._err(404, "Not Found: method not found")


# -- shared helpers for the service tests ------------------------------------------------------

from pathlib import Path as _Path  # noqa: E402


class FakeClock:
    """A clock the service's ``sleep`` moves forward: retries without real waiting."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime.now(dt.UTC)
        self.sleeps: list[float] = []

    def __call__(self) -> dt.datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += dt.timedelta(seconds=seconds)

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def schedule(
    store: Any,
    account_id: int,
    text: str,
    when: dt.datetime,
    images: tuple[_Path, ...] = (),
    media_dir: _Path | None = None,
) -> int:
    """A post with one target on ``account_id`` scheduled at ``when``; returns the target id."""
    import hashlib
    import shutil

    from smmdesk_gui.store.models import MediaAsset, Post, PostMedia, PostTarget

    with store.session_scope() as s:
        post = Post(text=text)
        s.add(post)
        s.flush()
        for i, image in enumerate(images):
            assert media_dir is not None
            sha = hashlib.sha256(image.read_bytes()).hexdigest()
            (media_dir / sha[:2]).mkdir(parents=True, exist_ok=True)  # the media library's layout
            shutil.copy(image, media_dir / sha[:2] / f"{sha}{image.suffix}")
            asset = s.query(MediaAsset).filter_by(sha256=sha).one_or_none()
            if asset is None:
                asset = MediaAsset(sha256=sha, extension=image.suffix, alt_text=f"image {i}")
                s.add(asset)
                s.flush()
            s.add(PostMedia(post_id=post.id, asset_id=asset.id, position=i))
        target = PostTarget(
            post_id=post.id, account_id=account_id, scheduled_at=when, state="scheduled"
        )
        s.add(target)
        s.flush()
        return int(target.id)


def quick_connector(config: AccountConfig, secret: str, tokens: TokenCache | None) -> Any:
    """The real connector with short timeouts and no waiting between media polls."""
    connector: Any = build_connector(config, secret, tokens)
    connector.timeout = (2.0, 1.0)
    if config.platform == "mastodon":
        connector.sleep = lambda s: None
        connector.poll_interval = 0
    if config.platform in ("threads", "instagram"):
        connector.sleep = lambda s: None
    if config.platform == "vk":
        connector.min_interval = 0.0  # the pacing itself is tested in test_vk.py
    return connector
