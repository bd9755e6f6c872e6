"""Telegram channels over the Bot API (core.telegram.org/bots/api).

The bot must be an administrator of the channel with the right to post (``getChatMember``).
Texts go out with ``parse_mode=HTML`` and the owner's text escaped, so ``<``, ``>`` and ``&`` in a
post are shown as typed. Errors carry ``parameters.retry_after`` on 429, which is obeyed.
The Bot API has no idempotency: a send that died mid-way is never repeated blindly.

A post with photos whose text is longer than a caption may be (1024 characters) goes out in two
parts: the photos without a caption, then the text as a message right below them (up to 4096
characters). The photos' message is reported through ``OutgoingPost.on_part_sent`` before the
text is sent, so a retry (rate limit, lost answer checked by the owner) sends only the text.
"""

from __future__ import annotations

import html
import json
from contextlib import ExitStack
from dataclasses import dataclass
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
    parse_retry_after,
    wait_seconds,
)

NAME = "Telegram"
DEFAULT_API = "https://api.telegram.org"
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
ALBUM_MAX = 10


@dataclass(frozen=True)
class TelegramAccount:
    bot_token: str
    channel: str  # "@name" or a numeric chat id such as "-1001234567890"
    api_url: str = DEFAULT_API


def escape_html(text: str) -> str:
    """The owner's text, safe for ``parse_mode=HTML`` (only <, > and & need escaping)."""
    return html.escape(text, quote=False)


class TelegramConnector:
    """Posts to one Telegram channel through a bot."""

    platform = "telegram"
    #: Photos with a text too long for a caption go out in two parts (see the module docstring).
    sends_in_parts = True
    idempotent = False
    idempotency_window: float | None = 0.0
    max_image_bytes = 10 * 1024 * 1024
    max_images = ALBUM_MAX
    timeout: tuple[float, float] = TIMEOUT
    upload_timeout: tuple[float, float] = UPLOAD_TIMEOUT

    def __init__(self, account: TelegramAccount, session: requests.Session | None = None) -> None:
        self.account = account
        self.http = session or make_session()
        self._base = f"{account.api_url.rstrip('/')}/bot{account.bot_token}"

    def _call(
        self,
        method: str,
        *,
        data: dict[str, Any] | None = None,
        files: dict[str, Any] | None = None,
        sent_on_error: bool = False,
    ) -> Any:
        try:
            resp = self.http.post(
                f"{self._base}/{method}",
                data=data,
                files=files,
                timeout=self.upload_timeout if files else self.timeout,
            )
        except requests.RequestException as exc:
            # requests' message may contain the URL, which holds the token: drop it.
            raise network_error(NAME, exc, sent=sent_on_error) from None
        body = json_or_empty(resp)
        if resp.ok and body.get("ok"):
            return body.get("result")
        if resp.ok and "ok" not in body:
            # Not a Bot API answer (a proxy's page, a cut body): a send may well be out.
            raise ConnectorError(
                ErrorKind.SERVER_ERROR,
                "Telegram answered with something that is not a Bot API answer, so SMM Desk "
                "cannot tell whether this worked.",
                http_status=resp.status_code,
                detail=resp.headers.get("Content-Type", ""),
                sent=sent_on_error,
            )
        raise self._error(resp, body, sent_on_error)

    def _error(self, resp: requests.Response, body: dict[str, Any], sent: bool) -> ConnectorError:
        code = body.get("error_code")
        status = code if isinstance(code, int) and 100 <= code <= 599 else resp.status_code
        detail = str(body.get("description", "") or resp.reason or "")
        kind = classify_status(status)
        params = body.get("parameters")
        params = params if isinstance(params, dict) else {}
        retry_after: float | None = None
        if kind is ErrorKind.RATE_LIMITED:
            retry_after = wait_seconds(params.get("retry_after"))
            if retry_after is None:
                retry_after = parse_retry_after(resp.headers.get("Retry-After"))
        if kind is ErrorKind.AUTH_EXPIRED:
            message = (
                "Telegram does not accept the bot token any more. Get the token from "
                "@BotFather again and reconnect the channel."
            )
        elif (
            status == 403
            or "not enough rights" in detail.lower()
            or "chat not found" in detail.lower()
        ):
            kind = ErrorKind.REJECTED
            message = (
                f'Telegram refused: "{detail}". Make the bot an administrator of the channel '
                "with the right to post messages, then try again."
            )
        else:
            message = generic_message(NAME, kind, detail)
        return ConnectorError(
            kind,
            message,
            http_status=status,
            retry_after=retry_after,
            detail=detail,
            sent=may_have_arrived(kind, sent),
        )

    def new_idempotency_key(self) -> str:
        import uuid

        return uuid.uuid4().hex

    def check(self) -> Identity:
        """The bot is valid and an administrator of the channel with the right to post."""
        me = self._call("getMe")
        chat = self._call("getChat", data={"chat_id": self.account.channel})
        member = self._call(
            "getChatMember", data={"chat_id": self.account.channel, "user_id": me["id"]}
        )
        status = member.get("status")
        can_post = status == "creator" or (
            status == "administrator"
            and (chat.get("type") != "channel" or member.get("can_post_messages", False))
        )
        if not can_post:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"The bot @{me.get('username', '')} is not an administrator of "
                f"{self.account.channel} with the right to post. In Telegram, open the channel > "
                "Administrators > Add admin, pick the bot, allow 'Post messages', then try again.",
            )
        return Identity(
            handle=self.account.channel,
            display_name=str(chat.get("title", "")),
            remote_id=str(chat.get("id", "")),
            limits={"text": TEXT_LIMIT, "caption": CAPTION_LIMIT, "album_max": ALBUM_MAX},
        )

    def find_published(self, idempotency_key: str) -> PublishResult | None:
        return None

    def _result(self, message: Any) -> PublishResult:
        first = message[0] if isinstance(message, list) else message
        message_id = first["message_id"]
        chat = first.get("chat", {})
        username = chat.get("username") or (
            self.account.channel[1:] if self.account.channel.startswith("@") else None
        )
        url = f"https://t.me/{username}/{message_id}" if username else None
        return PublishResult(
            remote_id=f"{chat.get('id', self.account.channel)}:{message_id}", url=url
        )

    def publish(self, post: OutgoingPost) -> PublishResult:
        text = escape_html(post.text)
        chat = self.account.channel
        if not post.media or post.sent_part is not None:
            if len(post.text) > TEXT_LIMIT:
                raise ConnectorError(
                    ErrorKind.REJECTED,
                    f"The text is longer than Telegram allows ({TEXT_LIMIT} characters); "
                    "shorten it.",
                )
            result = self._call(
                "sendMessage",
                data={"chat_id": chat, "text": text, "parse_mode": "HTML"},
                sent_on_error=True,
            )
            # Only the text was left of a post sent in two parts: the post is its photos.
            return post.sent_part or self._result(result)
        if len(post.text) > TEXT_LIMIT:
            raise ConnectorError(
                ErrorKind.REJECTED,
                f"The text is longer than Telegram allows ({TEXT_LIMIT} characters), even "
                "below the photos; shorten it.",
            )
        if len(post.media) > ALBUM_MAX:
            raise ConnectorError(
                ErrorKind.REJECTED, f"Telegram albums take at most {ALBUM_MAX} images; remove some."
            )
        if len(post.text) <= CAPTION_LIMIT:
            return self._send_photos(post, text)
        # Too long for a caption: the photos first, then the text as a message below them.
        first = self._send_photos(post, "")
        if post.on_part_sent is not None:
            post.on_part_sent(first)
        self._call(
            "sendMessage",
            data={"chat_id": chat, "text": text, "parse_mode": "HTML"},
            sent_on_error=True,
        )
        return first

    def _send_photos(self, post: OutgoingPost, text: str) -> PublishResult:
        """The post's photos, with ``text`` (escaped HTML) as the caption when it is not empty."""
        chat = self.account.channel
        with ExitStack() as stack:
            if len(post.media) == 1:
                item = post.media[0]
                fh = stack.enter_context(item.path.open("rb"))
                data = {"chat_id": chat}
                if text:
                    data.update(caption=text, parse_mode="HTML")
                result = self._call(
                    "sendPhoto",
                    data=data,
                    files={"photo": (item.path.name, fh, item.mime)},
                    sent_on_error=True,
                )
                return self._result(result)
            media: list[dict[str, Any]] = []
            files: dict[str, Any] = {}
            for i, item in enumerate(post.media):
                name = f"photo{i}"
                files[name] = (item.path.name, stack.enter_context(item.path.open("rb")), item.mime)
                entry: dict[str, Any] = {"type": "photo", "media": f"attach://{name}"}
                if i == 0 and text:
                    entry["caption"] = text
                    entry["parse_mode"] = "HTML"
                media.append(entry)
            result = self._call(
                "sendMediaGroup",
                data={"chat_id": chat, "media": json.dumps(media)},
                files=files,
                sent_on_error=True,
            )
            return self._result(result)
