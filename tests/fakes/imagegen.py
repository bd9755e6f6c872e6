"""Test pictures made with Pillow (orientation tags, GPS, an ICC profile, bad files), and PSNR."""

from __future__ import annotations

import io
import math
import struct
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageStat

# Display P3 colorants adapted to D50 (as in Apple's "Display P3" profile) and the sRGB curve.
_P3 = {
    b"rXYZ": (0.515106, 0.241196, -0.001053),
    b"gXYZ": (0.291977, 0.692245, 0.041885),
    b"bXYZ": (0.157104, 0.066574, 0.784073),
    b"wtpt": (0.964203, 1.0, 0.824905),
}


def _s15(v: float) -> bytes:
    return struct.pack(">i", round(v * 65536))


def display_p3_icc() -> bytes:
    """A minimal but valid ICC v4 matrix/TRC profile for Display P3, built byte by byte."""
    desc_text = "Display P3 (test)".encode("utf-16-be")
    desc = b"mluc" + b"\0" * 4 + struct.pack(">II", 1, 12) + b"enUS"
    desc += struct.pack(">II", len(desc_text), 28) + desc_text
    cprt_text = "No copyright".encode("utf-16-be")
    cprt = b"mluc" + b"\0" * 4 + struct.pack(">II", 1, 12) + b"enUS"
    cprt += struct.pack(">II", len(cprt_text), 28) + cprt_text
    # parametricCurveType 3: the sRGB transfer function
    para = b"para" + b"\0" * 4 + struct.pack(">HH", 3, 0)
    para += b"".join(_s15(v) for v in (2.4, 1 / 1.055, 0.055 / 1.055, 1 / 12.92, 0.04045))
    tags: list[tuple[bytes, bytes]] = [(b"desc", desc), (b"cprt", cprt)]
    for sig, xyz in _P3.items():
        tags.append((sig, b"XYZ " + b"\0" * 4 + b"".join(_s15(v) for v in xyz)))
    for sig in (b"rTRC", b"gTRC", b"bTRC"):
        tags.append((sig, para))
    table_len = 4 + 12 * len(tags)
    offset = 128 + table_len
    table = struct.pack(">I", len(tags))
    data = b""
    for sig, body in tags:
        while (offset + len(data)) % 4:
            data += b"\0"
        table += sig + struct.pack(">II", offset + len(data), len(body))
        data += body
    while len(data) % 4:
        data += b"\0"
    size = 128 + table_len + len(data)
    header = struct.pack(">I", size) + b"lcms" + bytes([4, 0x30, 0, 0]) + b"mntrRGB XYZ "
    header += struct.pack(">HHHHHH", 2026, 1, 1, 0, 0, 0) + b"acsp" + b"APPL"
    header += b"\0" * 4 + b"\0" * 4 + b"\0" * 4 + b"\0" * 8 + struct.pack(">I", 0)
    header += _s15(0.9642) + _s15(1.0) + _s15(0.8249) + b"lcms"
    header += b"\0" * (128 - len(header))
    return header + table + data


def quadrants(size: tuple[int, int] = (400, 300)) -> Image.Image:
    """Red top-left, green top-right, blue bottom-left, white bottom-right (upright)."""
    w, h = size
    im = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, w // 2 - 1, h // 2 - 1), fill=(255, 0, 0))
    d.rectangle((w // 2, 0, w - 1, h // 2 - 1), fill=(0, 255, 0))
    d.rectangle((0, h // 2, w // 2 - 1, h - 1), fill=(0, 0, 255))
    return im


# How to store an upright picture so that EXIF orientation N shows it upright again.
_STORE = {
    1: None,
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_270,
}


def oriented_jpeg(
    path: Path, upright: Image.Image, orientation: int, *, gps: bool = False, **save: object
) -> Path:
    """Save ``upright`` stored as a camera would for ``orientation`` (pixels turned, tag set)."""
    op = _STORE[orientation]
    stored = upright.transpose(op) if op is not None else upright
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone 15"
    if gps:
        gps_ifd = exif.get_ifd(0x8825)
        gps_ifd[1] = "N"
        gps_ifd[2] = (52.0, 31.0, 12.5)
        gps_ifd[3] = "E"
        gps_ifd[4] = (13.0, 24.0, 36.0)
        exif.get_ifd(0x8769)[0xA431] = "SERIAL-123456"  # BodySerialNumber
    stored.save(path, exif=exif.tobytes(), **save)  # type: ignore[arg-type]
    return path


def textured(size: tuple[int, int], seed: int = 1) -> Image.Image:
    """A photo-like picture (shapes, gradients, grain) for quality measurements."""
    import random

    from PIL import ImageFilter

    rng = random.Random(seed)
    base = Image.new("RGB", (size[0] // 4, size[1] // 4), (210, 170, 120))
    d = ImageDraw.Draw(base)
    for _ in range(60):
        x, y, r = rng.randrange(base.width), rng.randrange(base.height), rng.randrange(3, 40)
        d.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
    base = base.filter(ImageFilter.GaussianBlur(1)).resize(size, Image.Resampling.BICUBIC)
    grain = Image.effect_noise(size, 30).convert("RGB")
    return Image.blend(base, grain, 0.15)


def jpeg_bytes(im: Image.Image, **save: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", **save)  # type: ignore[arg-type]
    return buf.getvalue()


def psnr(a: Image.Image, b: Image.Image) -> float:
    """Peak signal-to-noise ratio of two same-size pictures in dB (99 when identical)."""
    assert a.size == b.size
    stat = ImageStat.Stat(ImageChops.difference(a.convert("RGB"), b.convert("RGB")))
    mse = sum(stat.sum2) / (3 * a.width * a.height)
    return 99.0 if mse == 0 else 10 * math.log10(255**2 / mse)


def many_frames_gif(path: Path, frames: int, size: tuple[int, int] = (32, 32)) -> Path:
    """A tiny GIF of many alternating frames: small on disk, huge when rendered (issue 15, 6)."""
    palette = [0, 0, 0, 255, 255, 255] + [0] * 762
    ims = []
    for i in range(frames):
        im = Image.new("P", size, i % 2)
        im.putpalette(palette)
        ims.append(im)
    ims[0].save(path, save_all=True, append_images=ims[1:], duration=20, loop=0)
    return path
