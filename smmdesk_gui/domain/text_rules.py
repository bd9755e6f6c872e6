"""Length counting per platform, the way each platform counts. Pure, no I/O, fast.

- X: twitter-text v3 weighted length (``github.com/twitter/twitter-text`` ``config/v3.json``):
  NFC first; code points in U+0000-10FF, U+2000-200D, U+2010-201F, U+2032-2037 weigh 1, all
  others 2; an emoji sequence (ZWJ family, flag, skin tone, keycap) weighs 2 as a whole; every
  link, with or without ``https://``, weighs 23 (links found as twitter-text finds them,
  ``links.py``); U+FEFF, U+FFFE and U+FFFF make a post invalid wherever they stand.
- Bluesky: graphemes (user-perceived characters) AND UTF-8 bytes, both limits apply.
- Mastodon: graphemes after the server's rewrite (``StatusLengthValidator``): each ``http(s)``
  link counts as the server's URL weight (23 by default), ``@user@domain`` counts as ``@user``.
- Threads: graphemes, but an emoji counts as its UTF-8 bytes (Meta's Threads posts docs).
- Everyone else (Instagram, Facebook, LinkedIn, Telegram, VK, Pinterest, TikTok, YouTube):
  UTF-16 code units, what JavaScript's ``length``, Telegram's entities and TikTok's "UTF-16 runes"
  count. For text without emoji this equals the number of characters; an emoji counts 2 or more,
  so we never say a text fits when the platform would refuse it.

Counting one 2,200-character text for all twelve platforms takes well under the 2 ms budget
(``tests/benchmarks/bench_text.py``): the per-text work (links, graphemes, emoji) is done once and
shared, and the walk that finds where the text crosses a limit stops at the limit.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

import regex

from .links import UrlSpan, find_urls
from .platforms import PLATFORMS, Counting, Platform
from .problems import Problem, Severity

__all__ = ["Severity", "TextProblem"]  # re-exported: callers import them from here


# A text's problems are the services' ``Problem`` codes (worded by whoever shows them).
TextProblem = Problem


@dataclass(frozen=True)
class CountResult:
    """A text measured against one platform's rules."""

    platform: str
    length: int
    limit: int
    valid: bool
    over_at: int | None = None  # index in the text where it crosses a limit
    problems: tuple[TextProblem, ...] = ()
    utf8_bytes: int = 0
    byte_limit: int | None = None
    hashtags: int = 0
    mentions: int = 0
    links: int = 0
    fold_at: int | None = None  # index where the feed cuts the text behind "... more"

    @property
    def remaining(self) -> int:
        return self.limit - self.length


# Code points that weigh 1 on X (twitter-text v3 ``ranges``); everything else weighs 2.
_X_HEAVY = regex.compile(r"[^\x00-\u10FF\u2000-\u200D\u2010-\u201F\u2032-\u2037]")
_GRAPHEME = regex.compile(r"\X")
# Characters twitter-text's validator refuses (``Regex.INVALID_CHARACTERS``): X rejects the post.
_X_INVALID = regex.compile("[\ufeff\ufffe\uffff]")
# An emoji sequence: a flag (two regional indicators), a keycap, or a grapheme cluster that starts
# with a pictograph (this takes in skin tones, ZWJ sequences, variation selectors and tag flags).
_EMOJI = regex.compile(
    r"\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|(?=\p{Extended_Pictographic})\X"
)
_EMOJI_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}|\uFE0F|\p{Emoji_Modifier}|\u200D")
_HASHTAG = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}_&/#＃])[#＃](?!\uFE0F|\u20E3)"
    r"[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*"
)
_MENTION = regex.compile(
    r"(?<![\p{L}\p{N}_@＠.])[@＠](?P<user>[A-Za-z0-9_][A-Za-z0-9_.]{0,29})"
    r"(?P<domain>@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)?"
)


def _is_emoji(cluster: str) -> bool:
    """True for an emoji shown as a picture (not text-style ``©`` or ``™`` on their own)."""
    if len(cluster) > 1:
        return True
    return bool(_EMOJI_PRESENTATION.match(cluster))


def _utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _utf8(s: str) -> int:
    return len(s.encode("utf-8"))


def _x_weight_plain(s: str) -> int:
    return len(s) + len(_X_HEAVY.findall(s))


class TextFacts:
    """What several platforms need to know about one text, each part computed once."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def urls(self) -> list[UrlSpan]:
        return find_urls(self.text)

    @cached_property
    def emoji(self) -> list[tuple[int, int]]:
        return [m.span() for m in _EMOJI.finditer(self.text) if _is_emoji(m.group())]

    @cached_property
    def graphemes(self) -> int:
        return len(_GRAPHEME.findall(self.text))

    @cached_property
    def utf8_bytes(self) -> int:
        return _utf8(self.text)

    @cached_property
    def utf16(self) -> int:
        return _utf16(self.text)

    @cached_property
    def hashtags(self) -> int:
        return self._outside_urls(m.span() for m in _HASHTAG.finditer(self.text))

    @cached_property
    def mentions(self) -> list[regex.Match[str]]:
        return [m for m in _MENTION.finditer(self.text) if not self._in_url(m.start())]

    @cached_property
    def unique_links(self) -> int:
        return len({u.url.lower().rstrip("/") for u in self.urls})

    @cached_property
    def is_nfc(self) -> bool:
        return unicodedata.is_normalized("NFC", self.text)

    @cached_property
    def _url_starts(self) -> list[int]:
        return [u.start for u in self.urls]

    def _in_url(self, index: int) -> bool:
        i = bisect_right(self._url_starts, index) - 1
        return i >= 0 and index < self.urls[i].end

    def _outside_urls(self, spans: Iterable[tuple[int, int]]) -> int:
        if not self.urls:
            return sum(1 for _ in spans)
        return sum(1 for start, _end in spans if not self._in_url(start))


@lru_cache(maxsize=16)
def text_facts(text: str) -> TextFacts:
    """Shared facts for ``text`` (the last few texts are kept: the UI recounts the same one)."""
    return TextFacts(text)


# --- finding where a text crosses its limit ---------------------------------------------------


@lru_cache(maxsize=64)
def _n_graphemes(n: int) -> regex.Pattern[str]:
    return regex.compile(rf"\X{{{n}}}")


def _snap(text: str, index: int) -> int:
    """The start of the grapheme that holds ``text[index]`` (a marker never splits an emoji).

    A space or line break always starts a grapheme, so segmenting from the last one before
    ``index`` is exact and costs one word.
    """
    if index >= len(text):
        return len(text)
    begin = max(text.rfind(" ", 0, index), text.rfind("\n", 0, index), 0)
    for m in _GRAPHEME.finditer(text, begin):
        if m.end() > index:
            return m.start()
    return index


class _Units:
    """How plain text (outside links and emoji) is weighed by one rule."""

    def weight(self, text: str, a: int, b: int) -> int:
        raise NotImplementedError

    def cut(self, text: str, a: int, b: int, budget: int) -> int:
        """Index in ``text[a:b]`` of the first grapheme that does not fit in ``budget``."""
        raise NotImplementedError


class _GraphemeUnits(_Units):
    def weight(self, text: str, a: int, b: int) -> int:
        return len(_GRAPHEME.findall(text, a, b))

    def cut(self, text: str, a: int, b: int, budget: int) -> int:
        if budget <= 0:
            return a
        m = _n_graphemes(budget).match(text, a, b)
        return b if m is None else m.end()


class _XUnits(_Units):
    def weight(self, text: str, a: int, b: int) -> int:
        return _x_weight_plain(text[a:b])

    def cut(self, text: str, a: int, b: int, budget: int) -> int:
        lo, hi = 0, b - a  # the longest prefix that fits, by bisection on code points
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if _x_weight_plain(text[a : a + mid]) <= budget:
                lo = mid
            else:
                hi = mid - 1
        return _snap(text, a + lo)


def _span_walk(
    text: str, limit: int, units: _Units, spans: list[tuple[int, int, int]]
) -> int | None:
    """Index of the first grapheme or whole piece that takes the total past ``limit``.

    ``spans`` are ``(start, end, weight)`` pieces counted as a whole (links, emoji). The walk
    stops at the crossing, so its cost is bounded by the limit, not by the length of the text.
    """
    total = 0
    pos = 0
    for start, end, weight in [*sorted(spans), (len(text), len(text), 0)]:
        if start < pos:
            continue
        plain = units.weight(text, pos, start)
        if total + plain > limit:
            return units.cut(text, pos, start, limit - total)
        total += plain + weight
        if total > limit:
            return start
        pos = end
    return None


# --- per counting rule ------------------------------------------------------------------------


def _x_length(facts: TextFacts, url_weight: int, limit: int) -> tuple[int, int | None]:
    text = facts.text
    if not facts.is_nfc:
        nfc = text_facts(unicodedata.normalize("NFC", text))
        length, over_nfc = _x_length(nfc, url_weight, limit)
        return length, None if over_nfc is None else _map_from_nfc(text, over_nfc)
    spans = [(u.start, u.end, url_weight) for u in facts.urls]
    spans += [(a, b, 2) for a, b in facts.emoji if not facts._in_url(a)]
    length = _x_weight_plain(text) + sum(w - _x_weight_plain(text[a:b]) for a, b, w in spans)
    over = _span_walk(text, limit, _XUnits(), spans) if length > limit else None
    return length, over


def _map_from_nfc(original: str, nfc_index: int) -> int:
    """The index in ``original`` of the grapheme whose NFC form reaches ``nfc_index``."""
    seen = 0
    for m in _GRAPHEME.finditer(original):
        seen += len(unicodedata.normalize("NFC", m.group()))
        if seen > nfc_index:
            return m.start()
    return len(original)


def _mastodon_length(facts: TextFacts, url_weight: int, limit: int) -> tuple[int, int | None]:
    text = facts.text
    spans = [(u.start, u.end, url_weight) for u in facts.urls if u.has_scheme]
    spans += [
        (m.start(), m.end(), 1 + len(m.group("user"))) for m in facts.mentions if m.group("domain")
    ]
    length = facts.graphemes
    for a, b, w in spans:
        length += w - len(_GRAPHEME.findall(text, a, b))
    over = _span_walk(text, limit, _GraphemeUnits(), spans) if length > limit else None
    return length, over


def _threads_length(facts: TextFacts, limit: int) -> tuple[int, int | None]:
    text = facts.text
    spans = [(a, b, _utf8(text[a:b])) for a, b in facts.emoji]
    length = facts.graphemes + sum(w - 1 for _a, _b, w in spans)
    over = _span_walk(text, limit, _GraphemeUnits(), spans) if length > limit else None
    return length, over


def _utf16_over(facts: TextFacts, limit: int) -> int | None:
    if facts.utf16 <= limit:
        return None
    units = facts.text.encode("utf-16-le")[: 2 * limit]
    fits = len(units.decode("utf-16-le", "ignore"))  # code points wholly inside the limit
    return _snap(facts.text, fits)


def _bytes_over(text: str, byte_limit: int) -> int:
    fits = len(text.encode("utf-8")[:byte_limit].decode("utf-8", "ignore"))
    return _snap(text, fits)


def _graphemes_over(text: str, limit: int) -> int | None:
    m = _n_graphemes(limit).match(text)
    return m.end() if m and m.end() < len(text) else None


# --- the public entry points ------------------------------------------------------------------


def count_text(
    platform_id: str,
    text: str,
    *,
    has_media: bool = False,
    limit: int | None = None,
    url_weight: int | None = None,
) -> CountResult:
    """Measure ``text`` for one platform.

    Args:
        platform_id: a key of ``PLATFORMS`` (``x``, ``bluesky``, ...); KeyError otherwise.
        text: the post text as the user wrote it.
        has_media: the post carries images (Telegram then allows a 1024-character caption).
        limit: the account's own limit (a Mastodon server's ``max_characters``).
        url_weight: the account's own link weight (a Mastodon server's
            ``characters_reserved_per_url``).
    """
    p = PLATFORMS[platform_id]
    return _count(p, text_facts(text), has_media=has_media, limit=limit, url_weight=url_weight)


def count_all(
    text: str,
    platform_ids: Iterable[str] | None = None,
    *,
    has_media: bool = False,
    overrides: Mapping[str, Mapping[str, int]] | None = None,
) -> dict[str, CountResult]:
    """Measure ``text`` for several platforms at once, sharing the per-text work.

    ``overrides`` maps a platform id to ``{"limit": ..., "url_weight": ...}``.
    """
    facts = text_facts(text)
    ids = list(PLATFORMS) if platform_ids is None else list(platform_ids)
    out: dict[str, CountResult] = {}
    for pid in ids:
        extra = (overrides or {}).get(pid, {})
        out[pid] = _count(
            PLATFORMS[pid],
            facts,
            has_media=has_media,
            limit=extra.get("limit"),
            url_weight=extra.get("url_weight"),
        )
    return out


def _count(
    p: Platform,
    facts: TextFacts,
    *,
    has_media: bool,
    limit: int | None,
    url_weight: int | None,
) -> CountResult:
    if limit is None:
        limit = p.caption_limit if (has_media and p.caption_limit) else p.text_limit
    weight = url_weight if url_weight is not None else (p.url_weight or 23)
    if p.counting is Counting.X_WEIGHTED:
        length, over = _x_length(facts, weight, limit)
    elif p.counting is Counting.GRAPHEMES and p.url_weight is not None:
        length, over = _mastodon_length(facts, weight, limit)
    elif p.counting is Counting.GRAPHEMES:
        length = facts.graphemes
        over = _graphemes_over(facts.text, limit) if length > limit else None
    elif p.counting is Counting.THREADS:
        length, over = _threads_length(facts, limit)
    else:
        length, over = facts.utf16, _utf16_over(facts, limit)

    problems: list[TextProblem] = []
    if p.counting is Counting.X_WEIGHTED and (bad := _X_INVALID.search(facts.text)):
        problems.append(
            Problem("invalid_characters", platform=p.id, char=f"U+{ord(bad.group()):04X}")
        )
        over = bad.start() if over is None else min(over, bad.start())
    part = "caption" if has_media and p.caption_limit else "text"
    if length > limit:
        problems.append(Problem("too_long", platform=p.id, part=part, length=length, limit=limit))
    if p.max_bytes is not None and facts.utf8_bytes > p.max_bytes:
        problems.append(
            Problem("too_many_bytes", platform=p.id, bytes=facts.utf8_bytes, limit=p.max_bytes)
        )
        cut = _bytes_over(facts.text, p.max_bytes)
        over = cut if over is None else min(over, cut)
    hashtags = facts.hashtags
    if p.max_hashtags is not None and hashtags > p.max_hashtags:
        if p.hashtags_block:
            problems.append(
                Problem("too_many_hashtags", platform=p.id, limit=p.max_hashtags, found=hashtags)
            )
        else:
            problems.append(
                Problem(
                    "extra_hashtags",
                    Severity.WARNING,
                    platform=p.id,
                    extra=hashtags - p.max_hashtags,
                )
            )
    mentions = len(facts.mentions)
    if p.max_mentions is not None and mentions > p.max_mentions:
        problems.append(
            Problem("too_many_mentions", platform=p.id, limit=p.max_mentions, found=mentions)
        )
    links = facts.unique_links
    if p.max_links is not None and links > p.max_links:
        problems.append(Problem("too_many_links", platform=p.id, limit=p.max_links, found=links))
    fold = None
    if p.fold_at is not None and facts.utf16 > p.fold_at:
        fold = _utf16_over(facts, p.fold_at)
    valid = not any(pr.severity is Severity.ERROR for pr in problems)
    return CountResult(
        platform=p.id,
        length=length,
        limit=limit,
        valid=valid,
        over_at=over,
        problems=tuple(problems),
        utf8_bytes=facts.utf8_bytes,
        byte_limit=p.max_bytes,
        hashtags=hashtags,
        mentions=mentions,
        links=links,
        fold_at=fold,
    )
