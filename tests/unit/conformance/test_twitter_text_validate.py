"""twitter-text's own validation cases (conformance/validate.yml) against the X counter.

The X counter implements twitter-text's v3 configuration (what X uses today: emoji weigh 2,
links 23). The URL-validity cases check that each valid URL is one whole link in a post. Cases
that expect something else are listed with their reason in ``EXCEPTIONS``,
``VALIDITY_EXCEPTIONS`` and ``URL_EXCEPTIONS`` (strict xfails: they must keep failing).
"""

from __future__ import annotations

from typing import Any

import pytest

from smmdesk_gui.domain.links import find_urls
from smmdesk_gui.domain.text_rules import count_text

from .upstream import load, utf16_index

_VALIDATE = load("twitter_text_validate.json")
_V3 = _VALIDATE["config_v3"]

_V2_EMOJI = (
    "Upstream runs this section under config v2, where an emoji weighs 2 per code point (a "
    "family emoji 14). X has counted with v3 since 2018 (an emoji weighs 2 as a whole); the "
    "same text is checked under v3 in WeightedTweetsWithDiscountedEmojiCounterTest."
)

#: (section, description) -> why the case is not held to its upstream expectation.
EXCEPTIONS: dict[tuple[str, str], str] = {
    (
        "WeightedTweetsCounterTest",
        "Count a mix of single byte single word, and double word unicode characters",
    ): _V2_EMOJI,
    (
        "WeightedTweetsCounterTest",
        "Count unicode emoji chars outside the basic multilingual plane with skin tone modifiers",
    ): _V2_EMOJI,
}

#: Validity cases written for X's former 140-character limit (twitter-text config v1, before
#: 2017): they are checked against that limit, the one their "141 characters" is about.
LIMIT_140 = {
    "Valid Tweet: 140 characters",
    "Valid Tweet: 140 characters (with accents)",
    "Invalid Tweet: 141 characters",
    "Invalid Tweet: 141 characters (due to newline)",
}

#: description -> why the validity case is not held to its upstream expectation.
VALIDITY_EXCEPTIONS: dict[str, str] = {
    "Invalid Tweet: no characters (empty)": (
        "An empty post is refused by the composer's checks (the 'empty' problem, "
        "services/compose/checks.py), not by the length counter: X takes a post with a photo "
        "and no text, and the counter does not know about photos."
    ),
}


def _cases(section: str) -> list[Any]:
    out = []
    for case in _VALIDATE["sections"][section]:
        reason = EXCEPTIONS.get((section, case["description"]))
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(case, id=case["description"][:80], marks=marks))
    return out


def _check(case: dict[str, Any]) -> None:
    text, expected = case["text"], case["expected"]
    result = count_text("x", text)
    end16 = utf16_index(text, len(text)) - 1
    valid_end = end16 if result.over_at is None else utf16_index(text, result.over_at) - 1
    measured = {
        "weightedLength": result.length,
        "valid": result.valid,
        "permillage": result.length * 1000 // _V3["maxWeightedTweetLength"],
        "displayRangeStart": 0,
        "displayRangeEnd": end16,
        "validRangeStart": 0,
        "validRangeEnd": valid_end,
    }
    assert measured == expected


@pytest.mark.parametrize(
    "case",
    _cases("WeightedTweetsCounterTest")
    + _cases("WeightedTweetsWithDiscountedEmojiCounterTest")
    + _cases("UnicodeDirectionalMarkerCounterTest"),
)
def test_weighted_length(case: dict[str, Any]) -> None:
    _check(case)


def _validity_cases() -> list[Any]:
    out = []
    for case in _VALIDATE["validate_other"]["tweets"]:
        reason = VALIDITY_EXCEPTIONS.get(case["description"])
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(case, id=case["description"][:80], marks=marks))
    return out


@pytest.mark.parametrize("case", _validity_cases())
def test_tweet_validity(case: dict[str, Any]) -> None:
    limit = 140 if case["description"] in LIMIT_140 else None
    assert count_text("x", case["text"], limit=limit).valid is case["expected"]


def test_exceptions_name_real_cases() -> None:
    described = {(s, c["description"]) for s, cases in _VALIDATE["sections"].items() for c in cases}
    assert set(EXCEPTIONS) <= described
    tweets = {c["description"] for c in _VALIDATE["validate_other"]["tweets"]}
    assert set(VALIDITY_EXCEPTIONS) | LIMIT_140 <= tweets


def test_the_counter_uses_the_v3_configuration() -> None:
    assert _V3["transformedURLLength"] == 23 and _V3["maxWeightedTweetLength"] == 280
    assert count_text("x", "https://example.com").length == _V3["transformedURLLength"]
    assert count_text("x", "x" * 280).limit == _V3["maxWeightedTweetLength"]


_LONE_URL = (
    "twitter-text's isValidUrl checks a URL typed on its own; SMM Desk has no such field and "
    "only finds links in post text, as X's extractor does (extract.yml). "
)

#: description -> why twitter-text's validator and its extractor (ours) disagree on the string.
URL_EXCEPTIONS: dict[str, str] = {
    "Valid url: port and userinfo": _LONE_URL
    + "In a post, X links no URL with a user name and password in it.",
    "Valid url: ipv4": _LONE_URL + "In a post, X links host names under a known TLD, not IPs.",
    "Valid url: ipv6": _LONE_URL + "In a post, X links host names under a known TLD, not IPs.",
    "Valid url: sub delims and question marks": _LONE_URL
    + "In a post, X ends the link before a query's trailing '+' (it counts as text after it).",
}


def _url_cases() -> list[Any]:
    out = []
    for section in ("urls", "urls_without_protocol"):
        for case in _VALIDATE["validate_other"][section]:
            reason = URL_EXCEPTIONS.get(case["description"])
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            out.append(pytest.param(case, id=case["description"][:80], marks=marks))
    return out


@pytest.mark.parametrize("case", _url_cases())
def test_valid_urls_are_one_whole_link(case: dict[str, Any]) -> None:
    """A string twitter-text calls a valid URL is, in a post, one link from end to end."""
    whole = [u.url for u in find_urls(case["text"])] == [case["text"]]
    assert whole is case["expected"]


def test_every_validate_section_runs() -> None:
    assert set(_VALIDATE["sections"]) == {
        "WeightedTweetsCounterTest",
        "WeightedTweetsWithDiscountedEmojiCounterTest",
        "UnicodeDirectionalMarkerCounterTest",
    }
    assert set(_VALIDATE["validate_other"]) == {"tweets", "urls", "urls_without_protocol"}
    urls = {c["description"] for c in _VALIDATE["validate_other"]["urls"]}
    assert set(URL_EXCEPTIONS) <= urls
