"""Facets index UTF-8 bytes; record keys are valid, ordered TIDs."""

from __future__ import annotations

from smmdesk_gui.connectors.bluesky_text import build_facets, find_spans, is_tid, new_tid


def _slice(text: str, facet: dict) -> str:
    raw = text.encode("utf-8")
    return raw[facet["index"]["byteStart"] : facet["index"]["byteEnd"]].decode("utf-8")


def test_facets_use_utf8_byte_offsets_after_emoji_and_accents() -> None:
    text = "Café ☕😀 news: https://shop.example/sale?x=1. Ask @anna.test! #Sale #2026 #ÉtéChaud"
    facets = build_facets(text, lambda h: "did:plc:anna" if h == "anna.test" else None)
    shown = [(_slice(text, f), f["features"][0]["$type"].rsplit("#", 1)[1]) for f in facets]
    assert shown == [
        ("https://shop.example/sale?x=1", "link"),
        ("@anna.test", "mention"),
        ("#Sale", "tag"),
        ("#ÉtéChaud", "tag"),
    ]
    assert facets[1]["features"][0]["did"] == "did:plc:anna"
    assert facets[0]["features"][0]["uri"] == "https://shop.example/sale?x=1"
    assert facets[3]["features"][0]["tag"] == "ÉtéChaud"


def test_unknown_mention_gets_no_facet_and_emails_are_not_mentions() -> None:
    text = "write to shop@mail.example or @nobody.test"
    assert build_facets(text, lambda h: None) == []
    kinds = [s.kind for s in find_spans(text)]
    assert kinds == ["mention"]  # only @nobody.test, not the e-mail address


def test_link_keeps_balanced_parentheses_and_drops_trailing_punctuation() -> None:
    spans = find_spans("see (https://en.example/wiki/Foo_(bar)), ok")
    assert [s.value for s in spans] == ["https://en.example/wiki/Foo_(bar)"]


def test_tid_format_and_order() -> None:
    keys = [new_tid() for _ in range(200)]
    assert all(is_tid(k) and len(k) == 13 for k in keys)
    assert len(set(keys)) == 200
    assert new_tid(now_us=1, clock_id=0) < new_tid(now_us=2, clock_id=0)
    assert not is_tid("self") and not is_tid("zzzzzzzzzzzzz")


def test_bare_domain_becomes_an_https_link_facet() -> None:
    text = "New menu at bakery.nl, order on bsky.app: see you!"
    links = [f["features"][0]["uri"] for f in build_facets(text, lambda h: None)]
    assert links == ["https://bakery.nl", "https://bsky.app"]
    assert find_spans("photo.jpg e.g. website.com.jpg") == []


def test_hashtags_stop_at_trailing_punctuation() -> None:
    spans = find_spans("Big #sale) on #blackfriday… and #winter!")
    assert [s.value for s in spans] == ["sale", "blackfriday", "winter"]


def test_cashtag_is_an_upper_case_tag_facet() -> None:
    facets = build_facets("We now take $btc.", lambda h: None)
    assert [(_slice("We now take $btc.", f), f["features"][0]["tag"]) for f in facets] == [
        ("$btc", "$BTC")
    ]


# Persian text with the link wrapped in bidi isolates/embeddings, as RTL editors write it.
RTL_LINK = "حراج \u2066\u202ahttps://shop.com/sale\u202c\u2069 امروز #تخفیف\u2069"


def test_bidi_marks_stay_out_of_link_and_tag_facets() -> None:
    facets = build_facets(RTL_LINK, lambda h: None)
    assert [_slice(RTL_LINK, f) for f in facets] == ["https://shop.com/sale", "#تخفیف"]
    assert facets[0]["features"][0]["uri"] == "https://shop.com/sale"
    assert facets[1]["features"][0]["tag"] == "تخفیف"


def test_link_drops_all_trailing_punctuation_and_quotes() -> None:
    spans = find_spans('She said "order at https://shop.com/cakes!" and left.')
    assert [s.value for s in spans] == ["https://shop.com/cakes"]
