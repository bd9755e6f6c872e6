"""Upstream conformance data (twitter-text, atproto): loading it, and its UTF-16 indices."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"


def load(name: str) -> Any:
    """The parsed JSON file ``data/<name>`` (see ``data/README.md`` for sources and licences)."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def utf16_index(text: str, index: int) -> int:
    """The UTF-16 code-unit offset of character ``index`` (upstream indices count UTF-16)."""
    return len(text[:index].encode("utf-16-le")) // 2
