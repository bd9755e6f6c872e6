"""twitter-text's own URL extraction cases (conformance/extract.yml) against ``find_urls``.

Every case of the upstream file runs; there are no exceptions.
"""

from __future__ import annotations

from typing import Any

import pytest

from smmdesk_gui.domain.links import find_urls

from .upstream import load, utf16_index

_EXTRACT = load("twitter_text_extract_urls.json")["sections"]


def _cases(section: str) -> list[Any]:
    return [pytest.param(c, id=c["description"][:80]) for c in _EXTRACT[section]]


@pytest.mark.parametrize("case", _cases("urls") + _cases("tco_urls_with_params"))
def test_extract_urls(case: dict[str, Any]) -> None:
    assert [u.url for u in find_urls(case["text"])] == case["expected"]


@pytest.mark.parametrize(
    "case", _cases("urls_with_indices") + _cases("urls_with_directional_markers")
)
def test_extract_urls_with_indices(case: dict[str, Any]) -> None:
    text = case["text"]
    found = [
        {"url": u.url, "indices": [utf16_index(text, u.start), utf16_index(text, u.end)]}
        for u in find_urls(text)
    ]
    assert found == case["expected"]
    assert all(text[u.start : u.end] == u.url for u in find_urls(text))


def test_every_section_runs() -> None:
    assert set(_EXTRACT) == {
        "urls",
        "tco_urls_with_params",
        "urls_with_indices",
        "urls_with_directional_markers",
    }
