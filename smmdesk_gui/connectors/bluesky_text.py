"""Bluesky rich text: facets for links, mentions, hashtags and cashtags, with UTF-8 byte offsets.

Follows atproto.com "Links, mentions, and rich text" (facets index the UTF-8 bytes of the text,
end exclusive) and the lexicon ``app.bsky.richtext.facet``. What becomes a facet is what
Bluesky's own app makes of the text (``RichText.detectFacets`` in atproto's ``@atproto/api``),
checked against atproto's own test cases in ``tests/conformance/``:

- links: ``http(s)://`` up to the next space; a bare ``name.tld`` (``bakery.nl``, ``bsky.app``)
  when its last label is a known top-level domain, linked as ``https://name.tld``; a link starts
  the text or follows a space or ``(``; trailing ``.,;:!?`` and an unbalanced ``)`` stay out
  (all of them, and quotes too: atproto drops one character, which leaves ``foo.com!"`` a link);
- mentions: ``@handle.domain`` after a space or ``(``, the handle under a known TLD (or
  ``.test``);
- hashtags: ``#`` or ``＃`` after a space, up to a space or a zero-width character, not only
  digits and punctuation, trailing punctuation left out (``#sale)`` is ``sale``), at most 64
  characters; ``#️⃣`` (a keycap) is none;
- cashtags: ``$`` and 1-5 letters/digits starting with a letter (``$AAPL``), as a tag ``$AAPL``.

Two deliberate differences, both for right-to-left texts: a bidi control (U+202A-202E,
U+2066-2069, U+200E/200F, U+061C) ends a link or a hashtag instead of becoming part of it (the
facet would otherwise point at ``.../%E2%80%AC``), and counts as a space before one. The top-level
domains are twitter-text's list (``domain/tlds.py``), the same IANA list atproto's ``tlds``
package carries, give or take the newest entries.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import regex

from smmdesk_gui.domain.tlds import ALL_TLDS

# JavaScript's \s (what atproto's patterns mean by a space) and the bidi controls.
_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_AFTER_SPACE = f"(?:^|(?<=[{_SPACE}{_BIDI}]))"
_AFTER_SPACE_OR_PAREN = f"(?:^|(?<=[{_SPACE}{_BIDI}(]))"
_MENTION = regex.compile(
    f"{_AFTER_SPACE_OR_PAREN}@(?P<handle>[a-zA-Z0-9.-]+)"
    # JavaScript's \b: a change between ASCII word and non-word characters
    "(?:(?<=[A-Za-z0-9_])(?![A-Za-z0-9_])|(?<![A-Za-z0-9_])(?=[A-Za-z0-9_]))"
)
_LINK = regex.compile(
    f"{_AFTER_SPACE_OR_PAREN}(?:(?P<url>https?://[^{_SPACE}{_BIDI}]+)"
    f"|(?P<bare>(?P<domain>[a-z][a-z0-9]*(?:\\.[a-z0-9]+)+)[^{_SPACE}{_BIDI}]*))",
    regex.IGNORECASE,
)
_LINK_TRAILING = ".,;:!?'\""
# Zero-width characters that end a hashtag (atproto's list) and the bidi controls.
_TAG_STOP = f"{_SPACE}\u00ad\u2060\u200a\u200b\u200c\u200d\u20e2{_BIDI}"
_TAG = regex.compile(
    f"{_AFTER_SPACE}[#\uff03]"
    f"(?P<tag>(?!\ufe0f)[^{_TAG_STOP}]*[^0-9\\p{{P}}{_TAG_STOP}]+[^{_TAG_STOP}]*)?"
)
_TRAILING_PUNCTUATION = regex.compile("\\p{P}+$")
_CASHTAG = regex.compile(
    f"{_AFTER_SPACE_OR_PAREN}\\$(?P<symbol>[A-Za-z][A-Za-z0-9]{{0,4}})"
    f"(?=[{_SPACE}]|$|[.,;:!?)\"'\u2019])"
)
_TAG_MAX = 64  # in UTF-16 units, as atproto measures


@dataclass(frozen=True)
class Span:
    start: int  # character offsets into the str
    end: int
    kind: str  # "link" | "mention" | "tag" (hashtags and cashtags)
    value: str  # the URI, the handle (without @) or the tag (without #; a cashtag keeps its $)


def _known_domain(host: str) -> bool:
    """The last label is a top-level domain (atproto's ``isValidDomain``: case as written)."""
    return host.rpartition(".")[2] in ALL_TLDS and "." in host


def _trim_link(url: str) -> str:
    while url:
        if url[-1] in _LINK_TRAILING or (url[-1] == ")" and url.count("(") < url.count(")")):
            url = url[:-1]
        else:
            break
    return url


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _links(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _LINK.finditer(text):
        if m.group("url") is not None:
            visible = _trim_link(m.group("url"))
            if not visible.startswith("http") or visible.endswith("//"):
                continue  # atproto takes "HTTPS://" for a bare domain, and finds none in it
            uri = visible
        else:
            if not _known_domain(m.group("domain")):
                continue  # "e.g.", "photo.jpg", "website.com.jpg"
            visible = _trim_link(m.group("bare"))
            uri = "https://" + visible
        spans.append(Span(m.start(), m.start() + len(visible), "link", uri))
    return spans


def _mentions(text: str) -> list[Span]:
    return [
        Span(m.start(), m.end(), "mention", m.group("handle").lower())
        for m in _MENTION.finditer(text)
        if _known_domain(m.group("handle")) or m.group("handle").endswith(".test")
    ]


def _tags(text: str) -> list[Span]:
    spans: list[Span] = []
    for m in _TAG.finditer(text):
        if m.group("tag") is None:
            continue
        tag = _TRAILING_PUNCTUATION.sub("", m.group("tag"))
        if not tag or _utf16_len(tag) > _TAG_MAX:
            continue
        spans.append(Span(m.start(), m.start() + 1 + len(tag), "tag", tag))
    for m in _CASHTAG.finditer(text):
        spans.append(Span(m.start(), m.end(), "tag", "$" + m.group("symbol").upper()))
    return spans


def find_spans(text: str) -> list[Span]:
    """Links, mentions and tags in ``text``, by character offsets, in order, not overlapping."""
    spans: list[Span] = []
    for found in (_links(text), _mentions(text), _tags(text)):
        for span in found:  # a facet may not overlap another: the first kind found keeps it
            if all(span.end <= s.start or span.start >= s.end for s in spans):
                spans.append(span)
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
