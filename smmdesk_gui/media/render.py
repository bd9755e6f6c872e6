"""Rendering an original into per-preset outputs (the app's one render path).

One decode per original (reduced as far as every wanted output allows), then per preset: resize
the box around the focal point (or fit the whole photo on a blurred or solid background), turn it
upright, convert to sRGB, add the logo, encode under the platform's limit. Resizing and encoding
release the GIL, so the presets run on a small thread pool (both cores here; shared/FACTS.md).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image, ImageFilter, ImageSequence

from smmdesk_gui.domain.platforms import CropMode, ImagePreset
from smmdesk_gui.media import encode as enc
from smmdesk_gui.media import geometry, overlay, source
from smmdesk_gui.media.errors import ImageTooLargeError, MediaError, TooBigForPlatformError

# Resize and encode release the GIL: one worker per core (at least two, at most four).
WORKERS = max(2, min(os.cpu_count() or 2, 4))
_pool: ThreadPoolExecutor | None = None
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def pool() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="smmdesk-render")
    return _pool


@dataclass(frozen=True)
class CropSpec:
    """How to shape the photo: crop around ``focus`` (x, y in 0..1), or ``fit`` it whole.

    ``background`` for fit: ``"blur"`` (a blurred, enlarged copy of the photo) or ``"#rrggbb"``.
    """

    focus: tuple[float, float] = (0.5, 0.5)
    fit: bool = False
    background: str = "blur"

    def __post_init__(self) -> None:
        fx, fy = self.focus
        object.__setattr__(self, "focus", (geometry.clamp01(fx), geometry.clamp01(fy)))
        if self.background != "blur" and not _HEX.match(self.background):
            raise ValueError(f"background must be 'blur' or '#rrggbb', not {self.background!r}")

    def key(self) -> str:
        """Stable text for the cache key (focus rounded to 1/1000 of the photo)."""
        if self.fit:
            return f"fit:{self.background.lower()}"
        return f"crop:{self.focus[0]:.3f},{self.focus[1]:.3f}"


@dataclass(frozen=True)
class Output:
    """One rendered file (bytes in memory) for one preset."""

    preset: str
    encoded: enc.Encoded

    @property
    def width(self) -> int:
        return self.encoded.width

    @property
    def height(self) -> int:
        return self.encoded.height

    @property
    def format(self) -> str:
        return self.encoded.format

    @property
    def ext(self) -> str:
        return self.encoded.ext


def _background(decoded: source.Decoded, size: tuple[int, int], spec: CropSpec) -> Image.Image:
    if spec.background != "blur":
        return Image.new("RGB", size, spec.background)
    # A small cover crop, blurred and enlarged: cheap, and the blur hides the enlargement.
    small = (max(1, size[0] // 8), max(1, size[1] // 8))
    box = geometry.crop_box(decoded.width, decoded.height, size[0] / size[1], (0.5, 0.5))
    bg = enc.flatten(decoded.region(box, small, Image.Resampling.BILINEAR))
    bg = bg.filter(ImageFilter.GaussianBlur(radius=max(2.0, small[0] / 40)))
    return bg.resize(size, Image.Resampling.BILINEAR)


def shape(decoded: source.Decoded, plan: geometry.Plan, spec: CropSpec) -> Image.Image:
    """The pixels of one plan (before logo and encoding): upright, sRGB, RGB or RGBA."""
    if not plan.fit:
        return decoded.region(plan.box, plan.size)
    fg = decoded.region(plan.box, plan.fg_size)
    canvas = _background(decoded, plan.size, spec)
    x = (plan.size[0] - plan.fg_size[0]) // 2
    y = (plan.size[1] - plan.fg_size[1]) // 2
    if fg.mode == "RGBA":
        canvas.paste(fg, (x, y), fg)
    else:
        canvas.paste(fg, (x, y))
    return canvas


def plans_for(
    width: int, height: int, presets: Sequence[ImagePreset], spec: CropSpec
) -> dict[str, geometry.Plan]:
    return {p.name: geometry.plan_preset(width, height, p, spec.focus, spec.fit) for p in presets}


def _one(
    decoded: source.Decoded,
    preset: ImagePreset,
    plan: geometry.Plan,
    spec: CropSpec,
    logo: Image.Image | None,
    ov: overlay.Overlay | None,
) -> Output:
    for _attempt in range(6):
        im = shape(decoded, plan, spec)
        if logo is not None and ov is not None:
            im = overlay.apply(im, logo, ov)
        try:
            return Output(preset.name, enc.encode(im, preset))
        except TooBigForPlatformError:
            # Shape-kept presets may get smaller instead (noisy photos under Bluesky's ~1 MB).
            if preset.mode is not CropMode.LONG_SIDE or min(plan.size) < 64:
                raise
            plan = replace(plan, size=(round(plan.size[0] * 0.85), round(plan.size[1] * 0.85)))
    raise TooBigForPlatformError(f"{preset.name}: the picture stays over the size limit")


# Issue 15 (6): every output frame is kept until the GIF is written (Pillow compares each with
# the one before), one byte a pixel once palettised. 200 M output pixels is 200 MB: 185 frames of
# a 1080x1080 canvas, far more than fits a platform's 5-8 MB GIF limit anyway.
MAX_ANIMATION_OUTPUT_PIXELS = 200_000_000


def check_animation_output(path: Path, frames: int, size: tuple[int, int]) -> None:
    """Refuse an animation whose rendered frames would take too much memory.

    Raises:
        ImageTooLargeError: ``frames`` frames of ``size`` are over the bound.
    """
    if frames * size[0] * size[1] > MAX_ANIMATION_OUTPUT_PIXELS:
        raise ImageTooLargeError(
            f"{path.name} has too many frames ({frames}) to make a {size[0]} x {size[1]} "
            "animation safely. Shorten the animation or make it smaller, then try again."
        )


def _animated(
    path: Path, preset: ImagePreset, spec: CropSpec, info: source.ImageInfo
) -> Output | None:
    """An animated GIF kept animated (None when it cannot stay under the limit)."""
    plan = geometry.plan_preset(info.width, info.height, preset, spec.focus, spec.fit)
    check_animation_output(path, info.frames, plan.size)

    def shaped(frame: Image.Image) -> Image.Image:
        rgb = enc.flatten(frame.convert("RGBA"))
        if plan.fit:
            fg = rgb.resize(plan.fg_size, source.RESAMPLE, box=plan.box)
            canvas = Image.new("RGB", plan.size, "#ffffff")
            canvas.paste(fg, ((plan.size[0] - fg.width) // 2, (plan.size[1] - fg.height) // 2))
            rgb = canvas
        else:
            rgb = rgb.resize(plan.size, source.RESAMPLE, box=plan.box)
        rgb.info["duration"] = int(frame.info.get("duration", 100) or 100)
        return rgb

    buf = io.BytesIO()
    with source.opened(path) as im:
        try:
            # Frames are made one at a time as the GIF writer asks for them (a generator as
            # append_images): only Pillow's palettised copies stay, not an RGB list beside them.
            frames = ImageSequence.Iterator(im)
            first = shaped(next(frames))
            rest = (shaped(frame) for frame in frames)
            first.save(
                buf, "GIF", save_all=True, append_images=rest, loop=0, optimize=False, disposal=2
            )
        except (OSError, EOFError, ValueError, StopIteration) as exc:
            raise MediaError(f"{path.name} is a damaged animation ({exc}).") from None
    data = buf.getvalue()
    if len(data) > preset.max_bytes:
        return None
    return Output(preset.name, enc.Encoded(data, "GIF", plan.size[0], plan.size[1]))


def _cost(decoded: source.Decoded, plan: geometry.Plan) -> float:
    """Rough work of one plan: decoded pixels its resize reads (longest jobs go first)."""
    k = decoded.level_for(plan.reduction) * decoded.scale
    bw, bh = plan.box[2] - plan.box[0], plan.box[3] - plan.box[1]
    return bw * bh / (k * k)


def render(
    path: Path,
    presets: Sequence[ImagePreset],
    spec: CropSpec | None = None,
    ov: overlay.Overlay | None = None,
) -> list[Output]:
    """Render ``path`` for every preset, in the order given.

    Raises :class:`MediaError` (with a message for the user) for input it refuses.
    """
    spec = spec or CropSpec()
    plans: dict[str, geometry.Plan] = {}

    def reduction(info: source.ImageInfo) -> float:
        plans.update(plans_for(info.width, info.height, presets, spec))
        return min((p.reduction for p in plans.values()), default=1.0)

    decoded = source.decode(path, reduction)
    info = decoded.info
    outputs: dict[str, Output] = {}
    stills = list(presets)
    if info.animated:
        stills = []
        for p in presets:
            out = _animated(path, p, spec, info) if p.animated and "GIF" in p.formats else None
            if out is not None:
                outputs[p.name] = out
            else:
                stills.append(p)  # first frame only
    logo = overlay.load_logo(ov.logo) if ov is not None and stills else None
    # Longest first, so the two workers finish together.
    order = sorted(stills, key=lambda p: -_cost(decoded, plans[p.name]))
    futures = {
        p.name: pool().submit(_one, decoded, p, plans[p.name], spec, logo, ov) for p in order
    }
    for name, fut in futures.items():
        outputs[name] = fut.result()
    return [outputs[p.name] for p in presets]
