"""Links in post text: finding them the way X does, and adding UTM tags.

``find_urls`` follows twitter-text (github.com/twitter/twitter-text, Apache-2.0), the library X
counts and links with: its ``Regex.VALID_URL`` and ``Extractor.extractURLsWithIndices`` rules,
checked case by case against its ``conformance/extract.yml`` (``tests/conformance/``):

- a host must end in a known top-level domain (``tlds.py``, twitter-text's own list), with or
  without ``https://``: ``bakery.nl`` and ``ozon.ru`` are links, ``file.jpg`` is not;
- without a scheme the host is plain ASCII/Latin; with one it may be any script
  (``https://магазин.рф``); a host whose labels start or end with ``-``/``_``, a label longer
  than 63 bytes once punycode-encoded, or a URL over 4,096 characters is no link;
- a link cannot start right after a letter, digit, ``@``, ``$`` or ``#`` (no links inside
  e-mail addresses, hashtags or cashtags), nor, without a scheme, after ``-_./``;
- the path takes ASCII, Latin and Cyrillic letters only, so CJK text or a bidi mark (U+202C,
  U+2069 ...) right after a link ends it; trailing ``.,!?:;`` are left out, balanced
  parentheses kept;
- a ``t.co`` link stops after its slug (and query); a slug over 40 characters is no link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import regex

from .tlds import COUNTRY_TLDS, GENERIC_TLDS

_Trie = dict[str, "_Trie"]


def _trie_pattern(words: tuple[str, ...]) -> str:
    """One regex alternative for many words, as a trie: fast to match, longest word first."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return "(?:" + build(trie) + ")"


# twitter-text's character classes (Regex.java), in the syntax of Python's ``re``.
_INVALID_CHARS = "\ufffe\ufeff\uffff"
_LATIN_ACCENTS = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f"
    "\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b"
    "\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC = "\u0400-\u04ff"
_PRECEDING = f"(?:[^a-z0-9@\uff20$#\uff03{_INVALID_CHARS}]|^)"
_CHAR = f"[a-z0-9{_LATIN_ACCENTS}]"
_SUBDOMAIN = f"(?>(?:{_CHAR}[a-z0-9{_LATIN_ACCENTS}\\-_]*)?{_CHAR}\\.)"
_DOMAIN_NAME = f"(?:(?:{_CHAR}[a-z0-9{_LATIN_ACCENTS}\\-]*)?{_CHAR}\\.)"
# Any character but ASCII punctuation, spaces and the General Punctuation block (U+2000-206F,
# which holds the bidi isolates and zero-width characters).
_SPACE_SEPARATORS = "\\u0020\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"  # Z*
_UNICODE_CHAR = f"[^\\-_!\"#$%&'()*+,./:;<=>?@\\[\\]^`{{|}}~\\s{_SPACE_SEPARATORS}\\u2000-\\u206F]"
_UNICODE_DOMAIN_NAME = f"(?:(?:{_UNICODE_CHAR}(?:{_UNICODE_CHAR}|-)*)?{_UNICODE_CHAR}\\.)"
_TLD_END = "(?=[^a-z0-9@+\\-]|$)"
_GTLD = f"(?:{_trie_pattern(GENERIC_TLDS)}{_TLD_END})"
_CCTLD = f"(?:{_trie_pattern(COUNTRY_TLDS)}{_TLD_END})"
_PUNYCODE = "(?:xn--[\\-0-9a-z]+)"
_DOMAIN = (
    f"(?:{_SUBDOMAIN}*{_DOMAIN_NAME}(?:{_GTLD}|{_CCTLD}|{_PUNYCODE}))"
    f"|(?:(?:(?<=http://)|(?<=https://))(?:{_UNICODE_DOMAIN_NAME}(?:{_GTLD}|{_CCTLD})))"
)
_PATH_CHAR = f"[a-z0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~|&@{_LATIN_ACCENTS}{_CYRILLIC}]"
# Up to two levels of balanced parentheses: /wiki/Primer_(film), /track/A_(B_(C))/
_PARENS = f"\\((?:{_PATH_CHAR}+|(?:{_PATH_CHAR}*\\({_PATH_CHAR}+\\){_PATH_CHAR}*))\\)"
_PATH_END = f"(?:[a-z0-9=_#/\\-+{_LATIN_ACCENTS}{_CYRILLIC}]|{_PARENS})"
_PATH = f"(?:(?:{_PATH_CHAR}*(?:{_PARENS}{_PATH_CHAR}*)*{_PATH_END})|(?:@{_PATH_CHAR}+/))"
_QUERY_CHAR = "[a-z0-9!?*'();:&=+$/%#\\[\\]\\-_.,~|@]"
_QUERY_END = "[a-z0-9\\-_&=#/]"
# The standard ``re`` runs this pattern about four times faster than ``regex`` (it needs neither
# ``\p{..}`` classes nor variable-length lookbehinds), which keeps the composer counter fast.
_URL_RE = re.compile(
    f"(?P<before>{_PRECEDING})"
    f"(?P<url>(?P<scheme>https?://)?(?P<host>{_DOMAIN})(?::[0-9]++)?"
    f"(?:/{_PATH}*+)?(?:\\?{_QUERY_CHAR}*{_QUERY_END})?)",
    re.IGNORECASE,
)
# What every host ends in: a letter or digit, a dot, a top-level domain. A word without it holds
# no link, and skipping it spares the full pattern, whose failed tries cost most (on "3.5",
# "e.g." or a long run of "a.a.a." the full pattern would retry from every dot).
_HOST_END_RE = re.compile(f"{_UNICODE_CHAR}\\.(?:{_GTLD}|{_CCTLD}|{_PUNYCODE})", re.IGNORECASE)
_TCO_RE = re.compile(
    f"https?://t\\.co/(?P<slug>[a-z0-9]+)(?:\\?{_QUERY_CHAR}*{_QUERY_END})?", re.IGNORECASE
)
_NO_BARE_URL_AFTER = "-_./"
_MAX_TCO_SLUG = 40
_MAX_URL_LENGTH = 4096
_DEFAULT_SCHEME_LENGTH = len("https://")


@dataclass(frozen=True)
class UrlSpan:
    """One link in a text: ``text[start:end] == url``."""

    start: int
    end: int
    url: str
    has_scheme: bool


def _host_fits(url_length: int, has_scheme: bool, host: str) -> bool:
    """The host encodes to punycode (labels of at most 63 bytes) and the URL stays short enough.

    Like twitter-text's ``isValidHostAndLength``: the length counts the encoded host and the
    ``https://`` X adds to a bare link.
    """
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return False
    if not ascii_host:
        return False
    length = url_length + len(ascii_host) - len(host)
    return length + (0 if has_scheme else _DEFAULT_SCHEME_LENGTH) <= _MAX_URL_LENGTH


def find_urls(text: str) -> list[UrlSpan]:
    """Every link in ``text`` as X sees it, in order, with its position."""
    spans: list[UrlSpan] = []
    # A link holds no space and has a dot in its host, so the full pattern runs only on the
    # words with a dot in them (str.split is the fastest way to find them), from the space
    # before each: that is the "before" character the pattern needs, as in a whole-text scan.
    pos = 0
    for word in text.split():
        if "." in word:
            start = text.find(word, pos)  # earlier words have no dot: they cannot hold it
            pos = start + len(word)
            if _HOST_END_RE.search(text, start, pos):
                spans.extend(_urls_in(text, max(start - 1, 0), pos))
    return spans


def _urls_in(text: str, pos: int, endpos: int) -> list[UrlSpan]:
    spans: list[UrlSpan] = []
    for m in _URL_RE.finditer(text, pos, endpos):
        has_scheme = m.group("scheme") is not None
        before = m.group("before")  # one character, or none at the start of the text
        if not has_scheme and before and before in _NO_BARE_URL_AFTER:
            continue
        url, start = m.group("url"), m.start("url")
        if has_scheme:
            tco = _TCO_RE.match(url)
            if tco is not None:
                if len(tco.group("slug")) > _MAX_TCO_SLUG:
                    continue
                url = tco.group()
        if _host_fits(len(url), has_scheme, m.group("host")):
            spans.append(UrlSpan(start, start + len(url), url, has_scheme))
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
