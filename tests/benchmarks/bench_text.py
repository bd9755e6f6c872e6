"""Counting speed: one 2,200-character post measured for every platform, as the composer does
on each (debounced) keystroke. Goal: under 2 ms for all platforms together.

Reference, measured in the same run: the plain grapheme segmentation of the same text (one
``regex`` ``\\X`` pass), the least any exact Bluesky/Mastodon count must do.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import regex

from smmdesk_gui.domain import text_rules
from smmdesk_gui.domain.platforms import PLATFORMS

_PARAGRAPH = (
    "Весенняя распродажа в нашей мастерской! Spring sale at the studio 🌸👩‍👩‍👧 "
    "See shop.example.com/sale and https://example.org/catalog?item=42 #sale #весна @friend "
    "حراج بهاره در فروشگاه ما 你好世界 1️⃣ 🇯🇵 👋🏽\n"
)
TEXT = (_PARAGRAPH * 20)[:2200]


def _best_of(fn: Callable[[], object], repeat: int = 7, number: int = 40) -> float:
    """Best mean time per call in seconds (best of ``repeat`` runs of ``number`` calls)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def run() -> list[dict[str, object]]:
    def all_cold() -> None:
        text_rules.text_facts.cache_clear()  # a new keystroke: nothing cached
        text_rules.count_all(TEXT)

    def all_warm() -> None:
        text_rules.count_all(TEXT)  # the same text again (another widget asking)

    grapheme = regex.compile(r"\X")

    def segment() -> None:
        grapheme.findall(TEXT)

    cold = _best_of(all_cold)
    warm = _best_of(all_warm)
    ref = _best_of(segment)
    rows: list[dict[str, object]] = [
        {
            "benchmark": "text_count_all_platforms",
            "measure": f"count a {len(TEXT)}-char text for {len(PLATFORMS)} platforms",
            "value": round(cold * 1e3, 3),
            "unit": "ms",
            "reference": round(ref * 1e3, 3),
            "ratio": round(cold / ref, 2),
            "note": "goal < 2 ms; reference: one grapheme segmentation of the same text",
        },
        {
            "benchmark": "text_count_all_platforms_cached",
            "measure": "same text again (facts cached)",
            "value": round(warm * 1e3, 3),
            "unit": "ms",
        },
    ]
    for pid in PLATFORMS:

        def one(pid: str = pid) -> None:
            text_rules.text_facts.cache_clear()
            text_rules.count_text(pid, TEXT)

        rows.append(
            {
                "benchmark": f"text_count_{pid}",
                "measure": f"count a {len(TEXT)}-char text for {pid} alone",
                "value": round(_best_of(one, repeat=5, number=20) * 1e3, 3),
                "unit": "ms",
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
