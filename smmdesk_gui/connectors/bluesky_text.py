"""Bluesky rich text: facets for links, mentions and hashtags, with UTF-8 byte offsets.

Follows atproto.com "Links, mentions, and rich text" (facets index the UTF-8 bytes of the text,
end exclusive) and the lexicon ``app.bsky.richtext.facet``. Also record keys (TIDs).
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# A handle: labels of letters/digits/hyphens joined by dots, the last one starting with a letter
# (atproto.com/specs/handle). A mention starts the text or follows a non-word character.
_MENTION = re.compile(
    r"(?:(?<=^)|(?<=\W))(@(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+"
    r"[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)"
)
# http(s) links; trailing punctuation (.,;:!?) and an unbalanced ")" are not part of the link.
_URL = re.compile(r"(?:(?<=^)|(?<=\W))(https?://[^\s<>\"]+)", re.IGNORECASE)
_TRAILING = ".,;:!?'\""
# A hashtag: "#" after start or whitespace, not only digits, up to whitespace.
_TAG = re.compile(r"(?:(?<=^)|(?<=\s))[#\uFF03]([^\s#\uFF03]+)")
_TAG_MAX = 64


@dataclass(frozen=True)
class Span:
    start: int  # character offsets into the str
    end: int
    kind: str  # "link" | "mention" | "tag"
    value: str  # the URL, the handle (without @) or the tag (without #)


def _trim_url(url: str) -> str:
    while url and url[-1] in _TRAILING:
        url = url[:-1]
    if url.endswith(")") and url.count("(") < url.count(")"):
        url = url[:-1]
    return url


def find_spans(text: str) -> list[Span]:
    """Links, mentions and hashtags in ``text``, by character offsets, in order, not overlapping."""
    spans: list[Span] = []
    for m in _URL.finditer(text):
        url = _trim_url(m.group(1))
        if "." in url.split("//", 1)[-1]:
            spans.append(Span(m.start(1), m.start(1) + len(url), "link", url))
    taken = [(s.start, s.end) for s in spans]

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in _MENTION.finditer(text):
        if free(m.start(1), m.end(1)):
            spans.append(Span(m.start(1), m.end(1), "mention", m.group(1)[1:].lower()))
    for m in _TAG.finditer(text):
        tag = m.group(1)
        while tag and tag[-1] in _TRAILING:
            tag = tag[:-1]
        if not tag or tag.isdigit() or len(tag) > _TAG_MAX:
            continue
        start = m.start(1) - 1
        end = m.start(1) + len(tag)
        if free(start, end):
            spans.append(Span(start, end, "tag", tag))
    spans.sort(key=lambda s: s.start)
    return spans


def byte_offset(text: str, index: int) -> int:
    """The UTF-8 byte offset of character ``index`` in ``text``."""
    return len(text[:index].encode("utf-8"))


def build_facets(text: str, resolve_handle: Callable[[str], str | None]) -> list[dict[str, Any]]:
    """``app.bsky.richtext.facet`` objects for ``text``.

    ``resolve_handle`` maps a handle to its DID (None: unknown handle, no mention facet).
    """
    facets: list[dict[str, Any]] = []
    for span in find_spans(text):
        if span.kind == "link":
            feature: dict[str, Any] = {"$type": "app.bsky.richtext.facet#link", "uri": span.value}
        elif span.kind == "mention":
            did = resolve_handle(span.value)
            if not did:
                continue
            feature = {"$type": "app.bsky.richtext.facet#mention", "did": did}
        else:
            feature = {"$type": "app.bsky.richtext.facet#tag", "tag": span.value}
        facets.append(
            {
                "index": {
                    "byteStart": byte_offset(text, span.start),
                    "byteEnd": byte_offset(text, span.end),
                },
                "features": [feature],
            }
        )
    return facets


_B32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz"
_last_tid_us = 0


def new_tid(now_us: int | None = None, clock_id: int | None = None) -> str:
    """A record key in atproto's TID format: 13 base32-sortable characters.

    53 bits of microseconds since the epoch, then a 10-bit clock id (atproto.com/specs/tid).
    Successive calls in one process never repeat.
    """
    global _last_tid_us
    us = now_us if now_us is not None else time.time_ns() // 1000
    if now_us is None:
        us = max(us, _last_tid_us + 1)
        _last_tid_us = us
    clock = clock_id if clock_id is not None else random.getrandbits(10)
    n = ((us & ((1 << 53) - 1)) << 10) | (clock & 0x3FF)
    chars = []
    for _ in range(13):
        chars.append(_B32_SORTABLE[n & 31])
        n >>= 5
    return "".join(reversed(chars))


_TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


def is_tid(value: str) -> bool:
    return bool(_TID_RE.match(value))
