"""atproto's own rich-text cases (packages/api/tests) against the Bluesky facets and counter.

Facets are checked the way atproto's tests check ``RichText.detectFacets``: the text cut into
segments (text, and the link's URI or the mention's DID), and the tags and cashtags with their
UTF-8 byte indices. Every case of the upstream file runs; there are no exceptions.
"""

from __future__ import annotations

from typing import Any

import pytest

from smmdesk_gui.connectors.bluesky_text import build_facets
from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.text_rules import count_text

from .upstream import load

_DATA = load("bluesky_richtext.json")


def _fake_did(handle: str) -> str:
    return f"did:fake:{handle}"  # the upstream tests resolve every handle this way


def _segments(text: str) -> list[list[str]]:
    """``RichText.segments()``: plain runs as ``[text]``, facets as ``[text, uri|did|""]``."""
    raw = text.encode("utf-8")
    out: list[list[str]] = []
    pos = 0
    for facet in build_facets(text, _fake_did):
        start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
        if start > pos:
            out.append([raw[pos:start].decode("utf-8")])
        feature = facet["features"][0]
        out.append([raw[start:end].decode("utf-8"), feature.get("uri") or feature.get("did", "")])
        pos = end
    if pos < len(raw) or not out:
        out.append([raw[pos:].decode("utf-8")])
    return out


def _ids(cases: list[dict[str, Any]]) -> list[Any]:
    return [pytest.param(c, id=c["text"][:60]) for c in cases]


@pytest.mark.parametrize("case", _ids(_DATA["segments"]))
def test_links_and_mentions(case: dict[str, Any]) -> None:
    assert _segments(case["text"]) == case["expected"]


@pytest.mark.parametrize("case", _ids(_DATA["tags"]) + _ids(_DATA["cashtags"]))
def test_tags_and_cashtags(case: dict[str, Any]) -> None:
    facets = build_facets(case["text"], _fake_did)
    tags = [
        f["features"][0]["tag"]
        for f in facets
        if f["features"][0]["$type"] == "app.bsky.richtext.facet#tag"
    ]
    assert tags == case["tags"]
    assert [f["index"] for f in facets] == case["indices"]


@pytest.mark.parametrize("case", _ids(_DATA["graphemes"]))
def test_graphemes_and_bytes(case: dict[str, Any]) -> None:
    result = count_text("bluesky", case["text"])
    if "graphemes" in case:
        assert result.length == case["graphemes"]
    else:  # a lexicon string test: valid between minGraphemes and maxGraphemes
        assert case["graphemes_min"] <= result.length <= case["graphemes_max"]
    if "utf8" in case:
        assert result.utf8_bytes == case["utf8"]


def test_post_limits_match_the_lexicon() -> None:
    lexicon = _DATA["post_lexicon"]
    assert lexicon["id"] == "app.bsky.feed.post"
    assert PLATFORMS["bluesky"].text_limit == lexicon["text_maxGraphemes"]
    assert PLATFORMS["bluesky"].max_bytes == lexicon["text_maxLength_bytes"]
