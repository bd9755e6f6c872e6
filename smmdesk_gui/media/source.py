"""Opening originals: checks before decoding, reduced decodes, upright sRGB regions.

The rules (issue 3): bad input gets a :class:`~smmdesk_gui.media.errors.MediaError` and nothing is
changed; a picture over :data:`MAX_PIXELS` is refused from its header, before any pixel is decoded.
Speed (shared/FACTS.md): a JPEG is decoded once with ``Image.draft`` (libjpeg DCT scaling) at the
largest reduction every wanted output allows; the reduced image is never rotated as a whole: each
output's box is mapped into the stored pixels, resized there and only the small result is turned
upright. Colour is converted to sRGB per output (small images) with one ImageCms transform.
"""

from __future__ import annotations

import io
import logging
import math
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageCms, UnidentifiedImageError

from smmdesk_gui.media import geometry
from smmdesk_gui.media.errors import (
    CorruptImageError,
    EmptyFileError,
    ImageTooLargeError,
    MediaError,
    NotAnImageError,
)

log = logging.getLogger(__name__)

MAX_PIXELS = 100_000_000  # 100 MP: phone photos are 12-50 MP; more is a bomb or a poster scan
MAX_ANIMATION_PIXELS = 400_000_000  # all frames of an animated GIF/WebP together
# Issue 15 (6): a 342 KB GIF of 10,000 tiny frames passed the pixel limits and grew to 6 GB when
# each frame was put on a full-size canvas. 1,000 frames is 40 s at 25 fps, past what any
# platform plays; the rendered side is bounded again per output in ``render``.
MAX_FRAMES = 1000
RESAMPLE = Image.Resampling.LANCZOS
# Shared pyramid: an output that shrinks the decoded image by r >= k * PYRAMID_GAP is resized from
# a copy box-reduced by k (the largest of LEVELS that fits), made once and shared by every output
# of this decode; the final LANCZOS step (by 1x-2x) does the real filtering. LANCZOS costs about 6
# operations per pixel it reads, the box reduction about 1, so reading fewer pixels is what pays.
# Measured on the 12 MP benchmark photo, CPU of the 8 presets' resizes: 642 ms straight from the
# full decode, 375 ms with levels 2/4/8 and a gap of 1.25, 248 ms with a gap of 1.0, 195 ms with
# level 3 too; min PSNR 45.3 dB against a full-decode LANCZOS (the issue asks >= 40 dB;
# tests/unit/media/test_quality.py checks every preset).
LEVELS = (1, 2, 3, 4, 6, 8)
PYRAMID_GAP = 1.0

SUPPORTED_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF", "TIFF", "HEIF", "MPO", "BMP"})

_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

_heif_registered = False


def register_heif() -> None:
    """Teach Pillow HEIC/HEIF (phone photos) through pillow-heif, once."""
    global _heif_registered
    if not _heif_registered:
        import pillow_heif

        pillow_heif.register_heif_opener()
        _heif_registered = True


def _name(path: Path) -> str:
    return path.name


@contextmanager
def opened(path: Path) -> Iterator[Image.Image]:
    """``Image.open`` with every failure turned into a plain-words :class:`MediaError`.

    Only the header is read here; the pixel limit is checked before the caller decodes.
    """
    register_heif()
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise MediaError(f"{_name(path)} was not found. Check that it still exists.") from None
    if size == 0:
        raise EmptyFileError(f"{_name(path)} is empty (0 bytes). Copy the photo again.")
    try:
        with warnings.catch_warnings():
            # Pillow warns above 89 MP and raises above 179 MP; our own limit is checked below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(path)
    except Image.DecompressionBombError:
        raise _too_large(path, None) from None
    except UnidentifiedImageError:
        raise NotAnImageError(
            f"{_name(path)} is not a picture SMM Desk can read. "
            "Use a JPEG, PNG, WebP, GIF, TIFF or HEIC photo."
        ) from None
    except (OSError, SyntaxError, ValueError) as exc:
        raise CorruptImageError(
            f"{_name(path)} is damaged and cannot be opened ({exc}). Export the photo again."
        ) from None
    try:
        if im.format not in SUPPORTED_FORMATS:
            raise NotAnImageError(
                f"{_name(path)} is a {im.format} file. "
                "Use a JPEG, PNG, WebP, GIF, TIFF or HEIC photo."
            )
        w, h = im.size
        if w <= 0 or h <= 0 or w * h > MAX_PIXELS:
            raise _too_large(path, (w, h))
        yield im
    finally:
        im.close()


def _too_large(path: Path, size: tuple[int, int] | None) -> ImageTooLargeError:
    mp = f" ({size[0]} x {size[1]} pixels)" if size else ""
    return ImageTooLargeError(
        f"{_name(path)} is too large to open safely{mp}; the limit is "
        f"{MAX_PIXELS // 1_000_000} megapixels. Save a smaller copy and use that."
    )


def _orientation(im: Image.Image) -> int:
    if im.format == "PNG" and "exif" not in im.info:
        return 1  # Pillow's PNG getexif() would decode every pixel to look past the image data
    try:
        value = im.getexif().get(0x0112, 1)
    except Exception:  # a broken EXIF block must not make the photo unusable
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


ANIMATED_FORMATS = frozenset({"GIF", "WEBP", "PNG"})  # PNG: APNG


def _frames(im: Image.Image) -> int:
    """Animation frames; 1 for stills (an iPhone MPO's second picture or a TIFF's second page is
    not an animation)."""
    if im.format not in ANIMATED_FORMATS:
        return 1
    return int(getattr(im, "n_frames", 1) or 1)


@dataclass(frozen=True)
class ImageInfo:
    """What the header says about an original (no pixels decoded)."""

    format: str
    width: int  # upright (EXIF orientation applied)
    height: int
    mode: str
    orientation: int
    frames: int
    has_icc: bool

    @property
    def animated(self) -> bool:
        return self.frames > 1

    @property
    def mime(self) -> str:
        return Image.MIME.get(self.format, "application/octet-stream")


def _info_of(im: Image.Image) -> ImageInfo:
    orientation = _orientation(im)
    w, h = im.size
    if orientation in geometry.SWAPS_AXES:
        w, h = h, w
    fmt = "HEIF" if im.format in ("HEIF", "HEIC", "AVIF") else str(im.format)
    return ImageInfo(fmt, w, h, im.mode, orientation, _frames(im), bool(im.info.get("icc_profile")))


def _check_animation(path: Path, info: ImageInfo) -> None:
    if info.frames > MAX_FRAMES:
        raise ImageTooLargeError(
            f"{_name(path)} is an animation of {info.frames} frames; SMM Desk takes at most "
            f"{MAX_FRAMES}. Shorten the animation or save it as a video."
        )
    if info.frames > 1 and info.frames * info.width * info.height > MAX_ANIMATION_PIXELS:
        raise _too_large(path, (info.width, info.height))


def inspect(path: Path) -> ImageInfo:
    """Read the header of ``path`` and check it; raises :class:`MediaError` for bad input."""
    with opened(path) as im:
        info = _info_of(im)
        _check_animation(path, info)
        return info


# --- colour -------------------------------------------------------------------------------------

_SRGB = ImageCms.createProfile("sRGB")


def _normalise_mode(im: Image.Image) -> Image.Image:
    """Bring odd modes to L, RGB, RGBA or CMYK (CMYK is converted per output, with its profile)."""
    mode = im.mode
    if mode in ("L", "RGB", "RGBA", "CMYK"):
        return im
    if mode in ("P", "PA"):
        has_alpha = mode == "PA" or "transparency" in im.info
        return im.convert("RGBA" if has_alpha else "RGB")
    if mode == "1":
        return im.convert("L")
    if mode.startswith("I;16") or mode == "I":
        # 16-bit greyscale: scale 0..65535 down to 0..255 (a plain convert would clip to white).
        return im.convert("I").point(lambda v: v * (1 / 256), "L")
    if mode in ("LA", "La", "RGBa", "PA"):
        return im.convert("RGBA")
    return im.convert("RGB")


class ColourConverter:
    """Converts reduced regions to sRGB, once per output; built once per original."""

    def __init__(self, icc: bytes | None, mode: str) -> None:
        self.mode = mode
        self.transform: ImageCms.ImageCmsTransform | None = None
        if not icc:
            return
        try:
            profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            desc = (ImageCms.getProfileDescription(profile) or "").strip().lower()
            if mode in ("RGB", "RGBA") and desc.startswith("srgb"):
                return  # already sRGB: nothing to convert
            out_mode = "RGBA" if mode == "RGBA" else "RGB"
            self.transform = ImageCms.buildTransform(
                profile, _SRGB, mode, out_mode, ImageCms.Intent.PERCEPTUAL
            )
        except (ImageCms.PyCMSError, OSError, ValueError) as exc:
            log.info("ignoring an unusable colour profile: %s", exc)

    def __call__(self, im: Image.Image) -> Image.Image:
        if self.transform is not None and im.mode == self.mode:
            out = self.transform.apply(im)
        elif im.mode in ("RGB", "RGBA"):
            out = im
        else:
            out = im.convert("RGBA" if im.mode == "RGBA" else "RGB")
        out.info = {}
        return out


# --- decoding -----------------------------------------------------------------------------------


@dataclass(eq=False)
class Decoded:
    """One decode of an original, possibly reduced by libjpeg; still in stored orientation."""

    image: Image.Image  # mode L, RGB, RGBA or CMYK; stored (raw) orientation
    scale: int  # original stored pixels per decoded pixel (1, 2, 4 or 8)
    orientation: int
    width: int  # upright size of the *original*
    height: int
    colour: ColourConverter
    info: ImageInfo
    _levels: dict[int, Image.Image] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _level_locks: dict[int, threading.Lock] = field(default_factory=dict, repr=False)

    def level(self, k: int) -> Image.Image:
        """The decoded image box-reduced by ``k`` (one of :data:`LEVELS`), made once and shared.

        Built from the largest level already made that divides ``k`` (a box of boxes is a box),
        else from the decode; one lock per level, so two levels can be built at the same time.
        """
        if k == 1:
            return self.image
        with self._lock:
            im = self._levels.get(k)
            if im is not None:
                return im
            lock = self._level_locks.setdefault(k, threading.Lock())
        with lock:
            with self._lock:
                im = self._levels.get(k)
                base = max((d for d in self._levels if k % d == 0), default=1)
            if im is None:
                src = self.image if base == 1 else self._levels[base]
                im = src.reduce(k // base)
                with self._lock:
                    self._levels[k] = im
            return im

    def level_for(self, reduction: float) -> int:
        """The pyramid level for an output ``reduction`` times smaller than the original."""
        r = reduction / self.scale
        return max(k for k in LEVELS if k == 1 or r / k >= PYRAMID_GAP)

    def region(
        self, box: geometry.Box, size: tuple[int, int], resample: int = RESAMPLE
    ) -> Image.Image:
        """``box`` of the upright original, resized to ``size``, upright, in sRGB (RGB/RGBA)."""
        raw_box = geometry.box_to_raw(self.orientation, box, self.width, self.height)
        raw_out = geometry.raw_size(self.orientation, size)
        reduction = min(
            (raw_box[2] - raw_box[0]) / raw_out[0], (raw_box[3] - raw_box[1]) / raw_out[1]
        )
        k = self.level_for(reduction)
        src = self.level(k)
        iw, ih = src.size
        s = self.scale * k
        rb = (
            max(0.0, raw_box[0] / s),
            max(0.0, raw_box[1] / s),
            min(float(iw), raw_box[2] / s),
            min(float(ih), raw_box[3] / s),
        )
        out = src.resize(raw_out, resample, box=rb)
        op = _TRANSPOSE.get(self.orientation)
        if op is not None:
            out = out.transpose(op)
        return self.colour(out)


def draft_scale(reduction: float) -> int:
    """The largest DCT scale (1, 2, 4, 8) that keeps at least one decoded pixel per output pixel."""
    for s in (8, 4, 2):
        if reduction >= s:
            return s
    return 1


def decode(
    path: Path, reduction: float | Callable[[ImageInfo], float] = 1.0, *, frame: int = 0
) -> Decoded:
    """Decode ``path`` (frame ``frame``), reduced by up to ``reduction`` where the format allows.

    ``reduction`` may be a function of the header's :class:`ImageInfo` (the file is opened once).
    Raises :class:`MediaError` for a damaged file (truncated, corrupt) or one over the limit.
    """
    with opened(path) as im:
        info = _info_of(im)
        _check_animation(path, info)
        if callable(reduction):
            reduction = reduction(info)
        scale = 1
        if im.format in ("JPEG", "MPO") and reduction >= 2:
            want = draft_scale(reduction)
            rw, rh = im.size
            res = im.draft(None, (max(1, rw // want), max(1, rh // want)))
            if res is not None:
                scale = round(rw / res[1][2]) if res[1][2] else 1
        icc = im.info.get("icc_profile")
        try:
            if frame:
                im.seek(frame)
            im.load()
            image = _normalise_mode(im)
            if image is im:
                # Keep the decoded pixels without copying them (closing ``im`` drops its core
                # image; a copy would double the peak memory of a 48 MP photo).
                image = im._new(im.im)
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise CorruptImageError(
                f"{_name(path)} is damaged or cut short and cannot be read ({exc}). "
                "Export or copy the photo again."
            ) from None
        except MemoryError:
            raise MediaError(
                f"{_name(path)} needs more memory than this computer has free. "
                "Close other apps or use a smaller copy."
            ) from None
    image.info = {}
    usable = isinstance(icc, bytes) and image.mode in ("RGB", "RGBA", "L", "CMYK")
    colour_icc = icc if usable else None
    return Decoded(
        image,
        max(1, math.floor(scale)),
        info.orientation,
        info.width,
        info.height,
        ColourConverter(colour_icc, image.mode),
        info,
    )
