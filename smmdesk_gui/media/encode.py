"""Encoding one output for one preset: format, metadata stripping, file-size limit.

JPEG is written baseline with the standard Huffman tables: measured on the 8 benchmark outputs of
a 12 MP photo, optimised tables cost 2.5x the encode time (60-65 ms against 25 ms CPU) for 4.3%
fewer bytes, and progressive ~2.3x more again for ~4% (shared/FACTS.md); every platform
re-encodes uploads anyway. Only a file over the platform's limit is tried again with optimised
tables at the same quality, before the quality steps down. Nothing of the
original's metadata is written: no EXIF (GPS, camera serial), no XMP, no comments, no ICC profile
(pixels are already sRGB, which is what an untagged image means on the web).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image

from smmdesk_gui.domain.platforms import ImagePreset
from smmdesk_gui.media.errors import TooBigForPlatformError

START_QUALITY = 86
QUALITY_STEP = 6
QUALITY_FLOOR = 62  # below this, banding and blocks show on product photos
WHITE = (255, 255, 255)

_EXT = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}


@dataclass(frozen=True)
class Encoded:
    """The bytes of one output and what they are."""

    data: bytes
    format: str  # JPEG, PNG, WEBP, GIF
    width: int
    height: int
    quality: int | None = None

    @property
    def ext(self) -> str:
        return _EXT[self.format]

    @property
    def bytes(self) -> int:
        return len(self.data)


def extension(fmt: str) -> str:
    """The file extension (no dot) for a Pillow format name."""
    return _EXT[fmt]


def flatten(im: Image.Image, colour: tuple[int, int, int] = WHITE) -> Image.Image:
    """An RGB image: transparency composited onto ``colour`` (JPEG has no alpha)."""
    if im.mode == "RGB":
        return im
    if im.mode in ("RGBA", "LA"):
        base = Image.new("RGB", im.size, colour)
        base.paste(im, mask=im.getchannel("A"))
        return base
    return im.convert("RGB")


def choose_format(preset: ImagePreset, has_alpha: bool) -> str:
    """PNG when the picture has real transparency and the platform takes PNG, else JPEG."""
    if has_alpha and "PNG" in preset.formats:
        return "PNG"
    if "JPEG" in preset.formats:
        return "JPEG"
    return preset.formats[0]


def _save(im: Image.Image, fmt: str, quality: int | None, optimize: bool = False) -> bytes:
    im.info = {}  # nothing of the original travels: no EXIF, XMP, comment or profile
    buf = io.BytesIO()
    if fmt == "JPEG":
        im.save(buf, "JPEG", quality=quality, optimize=optimize, progressive=False)
    elif fmt == "WEBP":
        im.save(buf, "WEBP", quality=quality, method=4)
    elif fmt == "PNG":
        im.save(buf, "PNG", compress_level=6)
    else:
        im.save(buf, fmt)
    return buf.getvalue()


def encode(im: Image.Image, preset: ImagePreset, fmt: str | None = None) -> Encoded:
    """Encode ``im`` for ``preset`` under its file-size limit.

    Lossy formats start at :data:`START_QUALITY` and step down to :data:`QUALITY_FLOOR`; a PNG over
    the limit is written as JPEG instead (flattened onto white). Raises
    :class:`TooBigForPlatformError` when even the floor is too big.
    """
    fmt = fmt or choose_format(preset, im.mode == "RGBA")
    w, h = im.size
    if fmt == "PNG":
        data = _save(im, "PNG", None)
        if len(data) <= preset.max_bytes:
            return Encoded(data, "PNG", w, h)
        fmt = "JPEG" if "JPEG" in preset.formats else fmt
    if fmt not in ("JPEG", "WEBP"):
        raise TooBigForPlatformError(f"{preset.name}: cannot shrink a {fmt} file")
    pixels = flatten(im) if fmt == "JPEG" or im.mode not in ("RGB", "RGBA") else im
    quality = START_QUALITY
    while True:
        data = _save(pixels, fmt, quality)
        if len(data) > preset.max_bytes and fmt == "JPEG":
            data = _save(pixels, fmt, quality, optimize=True)  # ~4% smaller, same pixels
        if len(data) <= preset.max_bytes:
            return Encoded(data, fmt, w, h, quality)
        if quality <= QUALITY_FLOOR:
            raise TooBigForPlatformError(
                f"The picture for {preset.name} stays over the platform's limit of "
                f"{preset.max_bytes // 1024} KB even at the lowest decent quality."
            )
        quality = max(QUALITY_FLOOR, quality - QUALITY_STEP)
