"""A pseudo translation: every string that goes through Qt's translation comes back marked and
longer, so a test can see which visible text did not go through ``tr`` and which text no longer
fits its widget once a language is ~40% longer than English (as Russian and Dutch often are).

``⟦Séévéé ééll⟧``: the text between ``⟦`` and ``⟧``, each vowel doubled and accented. What a
translator must keep is kept as written: Qt's placeholders (``%1``..``%9``, ``%n``, ``%L1``),
HTML tags and entities, ``{name}`` fields, and the ``&`` of a mnemonic.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

OPEN, CLOSE = "⟦", "⟧"

_ACCENTED = str.maketrans(
    {
        "a": "áá",
        "e": "éé",
        "i": "íí",
        "o": "óó",
        "u": "úú",
        "A": "ÁÁ",
        "E": "ÉÉ",
        "I": "ÍÍ",
        "O": "ÓÓ",
        "U": "ÚÚ",
    }
)
# Kept as written: placeholders, tags, entities, format fields.
_KEEP = re.compile(r"%L?[1-9n]|<[^>]*>|&[a-zA-Z]+;|&#\d+;|\{[^}]*\}")


def pseudo(text: str) -> str:
    """``text`` marked with ``⟦``..``⟧`` and lengthened, its placeholders and tags untouched.

    An empty text stays empty (Qt asks for it, and an empty label must stay empty).
    """
    if not text:
        return text
    parts: list[str] = []
    last = 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTED))
        parts.append(match.group(0))
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    return OPEN + "".join(parts) + CLOSE


class PseudoTranslator(QTranslator):
    """A ``QTranslator`` that answers every lookup with :func:`pseudo` of the source text, and
    remembers each ``(context, source)`` asked for (to compare with what lupdate extracts)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def translate(  # noqa: D102 — Qt's signature
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        self.asked.add((context, source_text))
        return pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 — Qt's name
        return False
