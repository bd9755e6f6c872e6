"""Finding links in post text and adding UTM tags."""

from __future__ import annotations

import pytest

from smmdesk_gui.domain.links import add_utm, apply_utm, campaign_slug, find_urls


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("see shop.com, now", ["shop.com"]),
        ("https://a.shop/c?d=1).", ["https://a.shop/c?d=1"]),
        (
            "(see https://en.wikipedia.org/wiki/Foo_(bar))",
            ["https://en.wikipedia.org/wiki/Foo_(bar)"],
        ),
        ("x.co and y.tv", ["x.co", "y.tv"]),
        ("example.de", ["example.de"]),  # a bare country domain is a link (twitter-text)
        # issue 15: bare shop domains are links, like on X
        (
            "ozon.ru, bakery.nl; zalando.de! brand.io",
            ["ozon.ru", "bakery.nl", "zalando.de", "brand.io"],
        ),
        ("photo.jpg e.g. archive.tar.bz2", []),  # no such top-level domains
        ("example.de/shop www.example.de", ["example.de/shop", "www.example.de"]),
        ("bit.ly/abc", ["bit.ly/abc"]),
        ("mail me: a@b.com", []),
        ("file.txt or 1.5 kg", []),
        ("http://localhost:8000/x", []),  # X links only hosts under a known top-level domain
        # X's link path takes no Arabic-script letters (twitter-text): the link ends at "/"
        ("فروش ویژه www.ferra.ir/فروش امروز", ["www.ferra.ir/"]),
        ("Новинки: https://магазин.рф/каталог!", ["https://магазин.рф/каталог"]),
    ],
)
def test_find_urls(text: str, urls: list[str]) -> None:
    found = find_urls(text)
    assert [u.url for u in found] == urls
    for u in found:
        assert text[u.start : u.end] == u.url


def test_scheme_flag() -> None:
    a, b = find_urls("https://x.shop/a shop.com")
    assert a.has_scheme and not b.has_scheme


def test_add_utm_keeps_query_and_fragment_and_replaces_old_tags() -> None:
    url = "https://shop.com/a?color=red&utm_source=old#top"
    assert add_utm(url, "instagram", "Spring Sale 2026") == (
        "https://shop.com/a?color=red&utm_source=instagram&utm_medium=social"
        "&utm_campaign=spring-sale-2026#top"
    )


def test_add_utm_without_scheme_stays_without() -> None:
    assert add_utm("shop.com", "x", "launch") == (
        "shop.com/?utm_source=x&utm_medium=social&utm_campaign=launch"
    )


def test_apply_utm_per_platform() -> None:
    text = "Новинки на shop.com и https://shop.com/new!"
    out = apply_utm(text, "vk", "Осень")
    assert out.count("utm_source=vk") == 2
    assert "utm_campaign=%D0%BE%D1%81%D0%B5%D0%BD%D1%8C" in out
    assert out.startswith("Новинки на shop.com/?") and out.endswith("!")


def test_campaign_slug() -> None:
    assert campaign_slug("  Black Friday -- 2026! ") == "black-friday-2026"


def test_utm_goes_before_a_closing_bidi_mark() -> None:
    # Persian text with the link in bidi isolates: X's link ends at the mark, so the query
    # must come before it (not after, where X no longer sees it as part of the link).
    text = "حراج \u2066\u202ahttps://shop.com/sale\u202c\u2069 امروز"
    out = apply_utm(text, "x", "yalda")
    tagged = "https://shop.com/sale?utm_source=x&utm_medium=social&utm_campaign=yalda"
    assert out == f"حراج \u2066\u202a{tagged}\u202c\u2069 امروز"
    assert [u.url for u in find_urls(out)] == [tagged]
