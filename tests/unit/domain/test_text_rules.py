"""Counting per platform: hand-made cases per platform, plus properties checked by hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.domain.text_preview import preview_parts
from smmdesk_gui.domain.text_rules import (
    Severity,
    count_all,
    count_text,
)

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # ZWJ family, 7 code points
FLAG = "\U0001f1ef\U0001f1f5"  # Japan
WAVE_SKIN = "\U0001f44b\U0001f3fd"  # waving hand, medium skin tone
KEYCAP = "1\ufe0f\u20e3"
HEART = "\u2764\ufe0f"
E_ACUTE_DECOMPOSED = "e\u0301"
PERSIAN = "سلام دنیا"  # 9 characters, Arabic script
CJK = "你好世界"
TEN_URLS = " ".join(f"https://example.com/p/{i}" for i in range(10))

# (platform, text, expected length)
CASES: list[tuple[str, str, int]] = [
    # X: twitter-text v3 weights
    ("x", "hello", 5),
    ("x", FAMILY, 2),
    ("x", FLAG, 2),
    ("x", WAVE_SKIN, 2),
    ("x", KEYCAP, 2),
    ("x", HEART, 2),
    ("x", "\u00a9", 1),  # text-style copyright sign is a plain character in 0-10FF
    ("x", "\u2122", 2),  # trade mark sign lies outside the light ranges
    ("x", E_ACUTE_DECOMPOSED, 1),  # NFC first: one code point
    ("x", "q\u0301", 2),  # no precomposed form: two light code points
    ("x", PERSIAN, 9),
    ("x", "Привет", 6),
    ("x", CJK, 8),
    ("x", "\u201ca\u201d\u2014\u2026", 6),  # quotes and dash weigh 1, the ellipsis 2
    ("x", "shop.com", 23),
    ("x", "Visit shop.com/sale today", 35),
    ("x", "https://example.com/a/very/long/path/that/goes/on/and/on?and=more", 23),
    ("x", "example.de", 23),  # a bare country domain is a link too (twitter-text extract.yml)
    # issue 15: shops' bare domains; X counts each as a link
    ("x", "ozon.ru", 23),
    ("x", "bakery.nl", 23),
    ("x", "Sale at zalando.de and brand.io", 8 + 23 + 5 + 23),
    ("x", "example.de/shop", 23),
    ("x", TEN_URLS, 10 * 23 + 9),
    ("x", "file.txt", 8),
    # X's link path takes no Arabic-script letters (twitter-text): the link ends at the slash
    ("x", "سلام shop.com/فروش", 5 + 23 + 4),
    # Bluesky: graphemes
    ("bluesky", FAMILY, 1),
    ("bluesky", FLAG, 1),
    ("bluesky", WAVE_SKIN, 1),
    ("bluesky", E_ACUTE_DECOMPOSED, 1),
    ("bluesky", PERSIAN, 9),
    ("bluesky", CJK, 4),
    ("bluesky", "shop.com", 8),
    ("bluesky", TEN_URLS, len(TEN_URLS)),
    # Mastodon: graphemes, http(s) links 23, remote mentions count as local
    ("mastodon", "https://example.com/" + "a" * 50, 23),
    ("mastodon", "shop.com", 8),
    ("mastodon", "@alice@example.social hi", 9),
    ("mastodon", FAMILY + " " + FLAG, 3),
    ("mastodon", TEN_URLS, 10 * 23 + 9),
    # Threads: emoji count their UTF-8 bytes
    ("threads", "hi", 2),
    ("threads", "\U0001f600", 4),
    ("threads", FAMILY, 25),
    ("threads", FLAG, 8),
    ("threads", PERSIAN, 9),
    ("threads", CJK, 4),
    # UTF-16 platforms
    ("instagram", "\U0001f600", 2),
    ("instagram", FAMILY, 11),
    ("instagram", PERSIAN, 9),
    ("instagram", CJK, 4),
    ("facebook", E_ACUTE_DECOMPOSED, 2),
    ("linkedin", FLAG, 4),
    ("telegram", "Привет " + WAVE_SKIN, 11),
    ("vk", "Привет", 6),
    ("pinterest", "hello", 5),
    ("tiktok", KEYCAP, 3),
    ("youtube", CJK, 4),
]


@pytest.mark.parametrize(("platform", "text", "expected"), CASES)
def test_hand_made_lengths(platform: str, text: str, expected: int) -> None:
    assert count_text(platform, text).length == expected


@pytest.mark.parametrize(
    ("platform", "limit"),
    [
        ("x", 280),
        ("bluesky", 300),
        ("mastodon", 500),
        ("threads", 500),
        ("instagram", 2200),
        ("facebook", 63206),
        ("linkedin", 3000),
        ("telegram", 4096),
        ("vk", 16384),
        ("pinterest", 500),
        ("tiktok", 2200),
        ("youtube", 5000),
    ],
)
def test_limit_boundary(platform: str, limit: int) -> None:
    at = count_text(platform, "a" * limit)
    assert (at.length, at.limit, at.valid, at.over_at) == (limit, limit, True, None)
    over = count_text(platform, "a" * (limit + 1))
    assert not over.valid
    assert over.over_at == limit
    assert over.problems[0].code == "too_long"
    assert "Remove 1 character." in over.problems[0].message


def test_x_cjk_crosses_at_half() -> None:
    r = count_text("x", "你" * 141)
    assert (r.length, r.over_at) == (282, 140)


def test_x_marker_never_splits_an_emoji() -> None:
    fits = count_text("x", "a" * 278 + FAMILY + "b")
    assert (fits.length, fits.over_at) == (281, 278 + len(FAMILY))  # the family fits, "b" not
    crosses = count_text("x", "a" * 279 + FAMILY + "b")
    assert crosses.over_at == 279  # the marker sits before the family, never inside it


def test_x_marker_at_a_link() -> None:
    text = "a" * 270 + " shop.com"
    r = count_text("x", text)
    assert r.length == 271 + 23
    assert r.over_at == 271  # the whole link is what crosses


def test_x_decomposed_text_maps_marker_back() -> None:
    text = E_ACUTE_DECOMPOSED * 281
    r = count_text("x", text)
    assert r.length == 281
    assert r.over_at == 280 * 2


def test_bluesky_bytes_limit_is_enforced_too() -> None:
    text = FAMILY * 300  # 300 graphemes, 25 bytes each
    r = count_text("bluesky", text)
    assert r.length == 300
    assert r.utf8_bytes == 7500
    assert not r.valid
    assert [p.code for p in r.problems] == ["too_many_bytes"]
    assert r.over_at == 120 * len(FAMILY)


def test_bluesky_persian_fits_in_bytes() -> None:
    r = count_text("bluesky", "س" * 300)
    assert r.valid and r.utf8_bytes == 600


def test_mastodon_server_limits() -> None:
    text = "https://example.com/ " + "a" * 600
    assert not count_text("mastodon", text).valid
    r = count_text("mastodon", text, limit=1000, url_weight=30)
    assert (r.length, r.limit, r.valid) == (30 + 1 + 600, 1000, True)


def test_telegram_caption_limit_with_media() -> None:
    assert count_text("telegram", "a" * 1024, has_media=True).valid
    r = count_text("telegram", "a" * 1025, has_media=True)
    assert (r.limit, r.valid, r.over_at) == (1024, False, 1024)
    assert "caption" in r.problems[0].message
    assert count_text("telegram", "a" * 4096).valid


def test_instagram_hashtags_mentions_and_fold() -> None:
    five = " ".join(f"#tag{i}x" for i in range(5))
    assert count_text("instagram", five).valid
    six = five + " #more"
    r = count_text("instagram", six)
    assert (r.hashtags, r.valid) == (6, False)
    assert r.problems[0].code == "too_many_hashtags"
    mentions = " ".join(f"@user{i}" for i in range(21))
    r = count_text("instagram", mentions)
    assert (r.mentions, r.valid) == (21, False)
    r = count_text("instagram", "a" * 200)
    assert r.fold_at == 125
    assert count_text("instagram", "short").fold_at is None


def test_hashtags_inside_links_and_emails_do_not_count() -> None:
    r = count_text("instagram", "https://shop.com/#sale mail me a@b.com C# #real #123")
    assert r.hashtags == 1
    assert r.mentions == 0


def test_persian_and_latin_hashtags() -> None:
    assert count_text("instagram", "#فروش_ویژه #sale").hashtags == 2


def test_threads_links_and_topic_tag() -> None:
    six_links = " ".join(f"https://s{i}.com" for i in range(6))
    r = count_text("threads", six_links)
    assert (r.links, r.valid) == (6, False)
    assert r.problems[-1].code == "too_many_links"
    r = count_text("threads", "#one #two")
    assert r.valid
    assert r.problems[0].severity is Severity.WARNING


def test_count_all_covers_every_platform() -> None:
    results = count_all("Hello " + FAMILY)
    assert set(results) == set(PLATFORMS)
    assert results["x"].length == 8 and results["bluesky"].length == 7


def test_preview_parts() -> None:
    text = "a" * 290
    r = count_text("x", text)
    parts = preview_parts(text, r)
    assert (len(parts.shown), len(parts.cut)) == (280, 10)
    ig_text = "b" * 200
    parts = preview_parts(ig_text, count_text("instagram", ig_text))
    assert (len(parts.shown), len(parts.folded), parts.cut) == (125, 75, "")


# --- properties -------------------------------------------------------------------------------

EMOJI = [FAMILY, FLAG, WAVE_SKIN, KEYCAP, HEART, "\U0001f600", "\u0301", "\u200d", "\ufe0f"]
# Appending may legitimately shrink a count when it completes a link or a remote mention
# ("aaaa...a" + ".com" becomes a 23-character link), so the monotone property uses text free of
# the characters that make links and mentions; links are covered by the table above.
# U+FEFF/FFFE/FFFF make an X post invalid wherever they stand (their own test below).
plain_chars = st.characters(
    blacklist_characters="@＠.:/#＃\ufeff\ufffe\uffff", blacklist_categories=("Cs",)
)
plain_text = st.lists(
    st.one_of(st.text(plain_chars, max_size=8), st.sampled_from(EMOJI)), max_size=40
).map("".join)
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)


@settings(max_examples=150, deadline=None)
@given(any_text, st.booleans())
def test_never_crashes_nor_goes_negative(text: str, media: bool) -> None:
    for pid, r in count_all(text, has_media=media).items():
        assert r.length >= 0, pid
        assert r.limit > 0
        assert (r.over_at is None) or 0 <= r.over_at <= len(text)
        assert r.valid == (not [p for p in r.problems if p.severity is Severity.ERROR])


@settings(max_examples=150, deadline=None)
@given(plain_text, plain_text)
def test_monotone_on_appending(head: str, tail: str) -> None:
    before = count_all(head)
    after = count_all(head + tail)
    for pid in PLATFORMS:
        assert after[pid].length >= before[pid].length, pid


@settings(max_examples=100, deadline=None)
@given(plain_text, st.sampled_from(["x", "bluesky", "mastodon", "threads", "instagram"]))
def test_marker_is_where_the_text_stops_fitting(text: str, pid: str) -> None:
    limit = 20
    r = count_text(pid, text, limit=limit)
    if r.length <= limit:
        assert r.over_at is None
        return
    assert r.over_at is not None
    assert count_text(pid, text[: r.over_at], limit=limit).length <= limit


@pytest.mark.parametrize("bad", ["\ufeff", "\ufffe", "\uffff"])
def test_x_refuses_the_characters_twitter_text_calls_invalid(bad: str) -> None:
    text = f"Sale {bad}today"  # U+FEFF comes along when text is pasted from some editors
    r = count_text("x", text)
    assert not r.valid
    assert [p.code for p in r.problems] == ["invalid_characters"]
    assert r.over_at == 5  # the marker stands on the character to remove
