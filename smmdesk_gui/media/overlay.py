"""The logo overlay (watermark): a PNG logo in a corner of every output, never on the original."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PIL import Image

from smmdesk_gui.media import source


class Corner(StrEnum):
    TOP_LEFT = "top-left"
    TOP_RIGHT = "top-right"
    BOTTOM_LEFT = "bottom-left"
    BOTTOM_RIGHT = "bottom-right"


@dataclass(frozen=True)
class Overlay:
    """A logo placed on outputs: ``size`` is its width as a share of the output's shorter side."""

    logo: Path
    corner: Corner = Corner.BOTTOM_RIGHT
    size: float = 0.2
    opacity: float = 0.85
    margin: float = 0.03  # share of the shorter side between the logo and the edges

    def key(self) -> str:
        """Changes whenever the logo file or a setting changes (part of the rendition cache key)."""
        digest = hashlib.sha256(self.logo.read_bytes()).hexdigest()
        return f"{digest}:{self.corner.value}:{self.size:.3f}:{self.opacity:.3f}:{self.margin:.3f}"


def load_logo(path: Path) -> Image.Image:
    """The logo as RGBA; raises :class:`~smmdesk_gui.media.errors.MediaError` for a bad file."""
    decoded = source.decode(path)
    im = decoded.region((0, 0, decoded.width, decoded.height), (decoded.width, decoded.height))
    return im.convert("RGBA")


def apply(im: Image.Image, logo: Image.Image, overlay: Overlay) -> Image.Image:
    """``im`` with the logo composited into the chosen corner (a new image, same mode)."""
    w, h = im.size
    short = min(w, h)
    lw = max(1, round(short * min(max(overlay.size, 0.02), 1.0)))
    lh = max(1, round(logo.height * lw / logo.width))
    if lh > h:
        lh, lw = h, max(1, round(logo.width * h / logo.height))
    mark = logo.resize((lw, lh), Image.Resampling.LANCZOS)
    if overlay.opacity < 1.0:
        alpha = mark.getchannel("A").point(lambda a: round(a * max(overlay.opacity, 0.0)))
        mark.putalpha(alpha)
    m = round(short * overlay.margin)
    x = m if overlay.corner in (Corner.TOP_LEFT, Corner.BOTTOM_LEFT) else w - lw - m
    y = m if overlay.corner in (Corner.TOP_LEFT, Corner.TOP_RIGHT) else h - lh - m
    out = im.convert("RGBA") if im.mode != "RGBA" else im.copy()
    out.alpha_composite(mark, (max(0, x), max(0, y)))
    return out if im.mode == "RGBA" else out.convert(im.mode)
