"""Links in post text: finding them (with or without ``https://``) and adding UTM tags.

URL finding follows the shape of twitter-text's extractor (github.com/twitter/twitter-text,
``extractUrlsWithIndices``), the reference for how X, and most schedulers, see links:

- ``http://`` / ``https://`` URLs with any domain;
- URLs without a scheme when the domain ends in a known top-level domain: a generic one from
  ``GENERIC_TLDS`` or any two-letter country code; a bare ``name.cc`` without a path only counts
  for ``.co`` and ``.tv`` (twitter-text's ``invalidShortDomain`` / ``validSpecialShortDomain``);
- trailing punctuation (``.,;:!?`` and unbalanced closing brackets/quotes) is not part of the URL.

twitter-text carries the full IANA list (~1,500 TLDs); ``GENERIC_TLDS`` holds the ones a shop is
likely to use, so ``example.somerarenewtld`` without a scheme is not seen as a link (with a scheme
it always is).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import regex

_GENERIC_TLD_WORDS = """
    com net org info biz name pro edu gov mil int aero asia cat coop jobs mobi museum tel travel
    app dev page blog shop store online site website web tech news media art design studio
    agency company business cafe bar restaurant pizza kitchen menu coffee wine beer club fitness
    health beauty fashion boutique clothing shoes jewelry market link live life world today social
    email cloud digital network group center academy school education photo photos photography
    gallery events tours holiday salon spa yoga dental clinic care love family kids baby pet pets
    vet garden flowers florist house home homes estate realty properties rentals city town
    london berlin paris nyc tokyo moscow amsterdam wien koeln bayern xyz top icu vip one fun
    space work works team services solutions consulting marketing support help guide tips
    expert global international land farm green eco bio organic food recipes deals sale
    discount shopping buy gift gifts toys games game music video movie film tv radio show
    press ltd inc llc gmbh
"""
GENERIC_TLDS: frozenset[str] = frozenset(_GENERIC_TLD_WORDS.split())

_SCHEME_URL = r"https?://[^\s<>\"'«»“”‘’]+"
_LABEL = r"[\p{L}\p{N}](?:[\p{L}\p{N}\-_]{0,61}[\p{L}\p{N}])?"
_BARE_URL = (
    r"(?<![\p{L}\p{N}@.\-_/:#$])"
    rf"(?P<host>(?:{_LABEL}\.)+(?P<tld>[a-z]{{2,24}}|xn--[a-z0-9]+))"
    r"(?![\p{L}\p{N}@\-_])"
    r"(?P<rest>(?::\d{1,5})?(?:[/?#][^\s<>\"'«»“”‘’]*)?)"
)
_URL_RE = regex.compile(rf"(?P<scheme>{_SCHEME_URL})|{_BARE_URL}", regex.IGNORECASE)
# Only words with a dot in them can hold a link: the full pattern runs on those alone (fast).
_WORD = regex.compile(r"\S+")
_HOST_END = regex.compile(r"[/?#:]")

_TRAILING = ".,;:!?'\"…»”’"
_PAIRS = {")": "(", "]": "[", "}": "{"}


@dataclass(frozen=True)
class UrlSpan:
    """One link in a text: ``text[start:end] == url``."""

    start: int
    end: int
    url: str
    has_scheme: bool


def _trim(url: str) -> str:
    """Drop trailing punctuation and unbalanced closing brackets, as twitter-text does."""
    while url:
        last = url[-1]
        unbalanced = last in _PAIRS and url.count(last) > url.count(_PAIRS[last])
        if last in _TRAILING or unbalanced:
            url = url[:-1]
        else:
            break
    return url


def _tld_ok(host: str, tld: str, rest: str) -> bool:
    tld = tld.lower()
    if tld.startswith("xn--"):
        return True
    if len(tld) > 2:
        return tld in GENERIC_TLDS
    if not tld.isascii():
        return False
    # a country code: a bare name.cc with no path only counts for .co and .tv
    # (twitter-text invalidShortDomain / validSpecialShortDomain)
    return host.count(".") > 1 or bool(rest.strip("/")) or tld in ("co", "tv")


def find_urls(text: str) -> list[UrlSpan]:
    """Every link in ``text``, in order, with its position."""
    spans: list[UrlSpan] = []
    for word in _WORD.finditer(text):
        core = word.group().rstrip(_TRAILING + ")]}")
        if "." in core or "://" in core:  # "morning." at a sentence end is no candidate
            spans.extend(_urls_in(text, word.start(), word.end()))
    return spans


def _urls_in(text: str, start: int, end: int) -> list[UrlSpan]:
    spans: list[UrlSpan] = []
    for m in _URL_RE.finditer(text, start, end):
        if m.group("scheme"):
            url = _trim(m.group("scheme"))
            host = _HOST_END.split(url.split("://", 1)[1], maxsplit=1)[0]
            if "." not in host.strip(".") and host.lower() != "localhost":
                continue
            spans.append(UrlSpan(m.start(), m.start() + len(url), url, True))
            continue
        host, tld, rest = m.group("host"), m.group("tld"), m.group("rest") or ""
        if not _tld_ok(host, tld, rest):
            continue
        url = _trim(host + rest)
        spans.append(UrlSpan(m.start(), m.start() + len(url), url, False))
    return spans


#: utm_source per platform id (what analytics tools show as the source).
UTM_SOURCES: dict[str, str] = {
    "x": "x",
    "bluesky": "bluesky",
    "mastodon": "mastodon",
    "threads": "threads",
    "instagram": "instagram",
    "facebook": "facebook",
    "linkedin": "linkedin",
    "telegram": "telegram",
    "vk": "vk",
    "pinterest": "pinterest",
    "tiktok": "tiktok",
    "youtube": "youtube",
}


def campaign_slug(name: str) -> str:
    """A campaign name as a URL-friendly tag: lower case, words joined by ``-``."""
    words = regex.findall(r"[\p{L}\p{N}]+", name.lower())
    return "-".join(words)


def add_utm(url: str, source: str, campaign: str, medium: str = "social") -> str:
    """``url`` with ``utm_source``, ``utm_medium`` and ``utm_campaign`` set.

    Existing utm_* parameters are replaced, other query parameters and the fragment are kept.
    A URL without a scheme keeps having none.
    """
    has_scheme = "://" in url
    parts = urlsplit(url if has_scheme else "https://" + url)
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k not in ("utm_source", "utm_medium", "utm_campaign")
    ]
    query += [("utm_source", source), ("utm_medium", medium)]
    slug = campaign_slug(campaign)
    if slug:
        query.append(("utm_campaign", slug))
    path = parts.path or "/"
    rebuilt = urlunsplit((parts.scheme, parts.netloc, path, urlencode(query), parts.fragment))
    return rebuilt if has_scheme else rebuilt.split("://", 1)[1]


def apply_utm(text: str, platform_id: str, campaign: str, medium: str = "social") -> str:
    """``text`` with UTM tags added to every link, ``utm_source`` taken from the platform."""
    source = UTM_SOURCES.get(platform_id, platform_id)
    out: list[str] = []
    pos = 0
    for span in find_urls(text):
        out.append(text[pos : span.start])
        out.append(add_utm(span.url, source, campaign, medium))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
