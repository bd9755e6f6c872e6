"""Paragraph direction the way the Unicode bidi algorithm picks it (rules P2-P3).

Each paragraph takes its direction from its first strong character: Persian or Arabic first
means right-to-left, even when Latin hashtags and links follow; Latin first means left-to-right.
A paragraph with no strong character (only emoji, digits, punctuation) follows the one before.
"""

from __future__ import annotations

import unicodedata

RTL = "rtl"
LTR = "ltr"


def first_strong(text: str) -> str | None:
    """``"rtl"``, ``"ltr"`` or None for the first strong character of ``text``."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return LTR
        if kind in ("R", "AL"):
            return RTL
    return None


def paragraph_directions(text: str, default: str = LTR) -> list[str]:
    """The direction of every paragraph (line) of ``text``."""
    out: list[str] = []
    current = default
    for line in text.split("\n"):
        current = first_strong(line) or current
        out.append(current)
    return out
