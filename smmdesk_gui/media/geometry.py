"""Where to cut: crop boxes around a focal point, fit boxes, orientation mapping.

Pure arithmetic (no Pillow, no I/O), so every rule here is tested in microseconds. Coordinates
are floats in pixels of the *upright* original (EXIF orientation applied) unless said otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from smmdesk_gui.domain.platforms import CropMode, ImagePreset

Box = tuple[float, float, float, float]  # left, top, right, bottom


@dataclass(frozen=True)
class Plan:
    """How one preset is cut from an upright original of a given size.

    ``box`` is the part of the original that is shown; with ``fit`` the whole photo is scaled to
    ``fg_size`` and placed centred on a ``size`` canvas (the background fills the rest).
    """

    box: Box
    size: tuple[int, int]
    fit: bool = False
    fg_size: tuple[int, int] = (0, 0)

    @property
    def reduction(self) -> float:
        """How many original pixels make one output pixel (>= 1 means downscaling)."""
        w, h = self.fg_size if self.fit else self.size
        bw, bh = self.box[2] - self.box[0], self.box[3] - self.box[1]
        return min(bw / max(w, 1), bh / max(h, 1))


def clamp01(v: float) -> float:
    return 0.0 if v < 0.0 else 1.0 if v > 1.0 else v


def crop_box(width: int, height: int, aspect: float, focus: tuple[float, float]) -> Box:
    """The largest box of ``aspect`` (w/h) inside ``width`` x ``height``, centred on ``focus``.

    ``focus`` is (x, y) as fractions of the photo (0.5, 0.5 is the centre); the box slides so it
    stays inside the photo, so a focal point near an edge keeps the box against that edge.
    """
    if width / height > aspect:
        bh = float(height)
        bw = bh * aspect
    else:
        bw = float(width)
        bh = bw / aspect
    cx = clamp01(focus[0]) * width
    cy = clamp01(focus[1]) * height
    left = min(max(cx - bw / 2, 0.0), width - bw)
    top = min(max(cy - bh / 2, 0.0), height - bh)
    return (left, top, left + bw, top + bh)


def _scaled(w: float, h: float, max_w: int, max_h: int) -> tuple[int, int]:
    """``w`` x ``h`` scaled to fit ``max_w`` x ``max_h``, never enlarged, at least 1 px."""
    scale = min(max_w / w, max_h / h, 1.0)
    return max(1, round(w * scale)), max(1, round(h * scale))


def plan_preset(
    width: int,
    height: int,
    preset: ImagePreset,
    focus: tuple[float, float] = (0.5, 0.5),
    fit: bool = False,
) -> Plan:
    """Decide the box and output size of ``preset`` for an upright ``width`` x ``height`` photo.

    Photos are never enlarged: a photo smaller than the preset gives a smaller output of the same
    shape (the platforms scale it up themselves, and enlarging only adds bytes).
    """
    if preset.mode is CropMode.LONG_SIDE:
        aspect = width / height
        box: Box = (0.0, 0.0, float(width), float(height))
        if aspect > preset.max_aspect:
            box = crop_box(width, height, preset.max_aspect, focus)
        elif aspect < preset.min_aspect:
            box = crop_box(width, height, preset.min_aspect, focus)
        bw, bh = box[2] - box[0], box[3] - box[1]
        return Plan(box, _scaled(bw, bh, preset.long_side, preset.long_side))
    aspect = preset.width / preset.height
    if fit:
        size = (preset.width, preset.height)
        fg = _scaled(width, height, preset.width, preset.height)
        return Plan((0.0, 0.0, float(width), float(height)), size, True, fg)
    box = crop_box(width, height, aspect, focus)
    bw, bh = box[2] - box[0], box[3] - box[1]
    return Plan(box, _scaled(bw, bh, preset.width, preset.height))


# EXIF orientation -> how the stored pixels map to the upright picture. For each orientation,
# ``to_raw`` maps an upright point (x, y) to the stored (raw) image, given the upright W x H.
SWAPS_AXES = frozenset({5, 6, 7, 8})


def to_raw(orientation: int, x: float, y: float, w: float, h: float) -> tuple[float, float]:
    """Map a point of the upright ``w`` x ``h`` picture to the stored pixels (EXIF 1-8)."""
    if orientation == 2:
        return w - x, y
    if orientation == 3:
        return w - x, h - y
    if orientation == 4:
        return x, h - y
    if orientation == 5:
        return y, x
    if orientation == 6:
        return y, w - x
    if orientation == 7:
        return h - y, w - x
    if orientation == 8:
        return h - y, x
    return x, y


def box_to_raw(orientation: int, box: Box, w: float, h: float) -> Box:
    """The stored-pixel box that shows ``box`` of the upright ``w`` x ``h`` picture."""
    x0, y0 = to_raw(orientation, box[0], box[1], w, h)
    x1, y1 = to_raw(orientation, box[2], box[3], w, h)
    return (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def raw_size(orientation: int, size: tuple[int, int]) -> tuple[int, int]:
    """An upright size as the stored pixels have it (swapped for the 90-degree orientations)."""
    return (size[1], size[0]) if orientation in SWAPS_AXES else size
