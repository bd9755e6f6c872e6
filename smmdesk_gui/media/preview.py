"""Live previews: one reduced decode kept in memory, re-cropped as the focal point moves.

The first preview of a 48 MP JPEG decodes it once at 1/4 or 1/8 (libjpeg DCT scaling). A crop
preset's box spans the photo's width or height and has the same size wherever the focal point
is, so it only slides along one axis. Each preview scale therefore keeps a band: the photo at
that scale, filled in strip by strip as the box uncovers it. The first preview resizes just its
box (as before); a moved focal point resizes only the strips not seen yet and cuts the box out
of the band, and once the box has been everywhere a move is a plain crop (about 1 ms instead of
a 27 ms resize for a 1080x1350 preview of a 48 MP photo). Strips resized apart give the same
pixels as one resize (LANCZOS taps come from the whole decode, not the strip); the cut lands on
whole preview pixels, at most half a pixel from where the rendered file's box starts.
Callers run this off the GUI thread (``ui/tasks.py``); it returns Pillow images, never Qt objects.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

from PIL import Image

from smmdesk_gui.domain.platforms import ImagePreset
from smmdesk_gui.media import geometry, overlay, source
from smmdesk_gui.media.render import CropSpec, shape

BANDS_KEPT = 24  # bands kept per photo (one per preview scale; the tiles' are small)


class _Band:
    """The upright photo resized to ``size``, filled in along ``axis`` (0: columns, 1: rows)."""

    def __init__(self, decoded: source.Decoded, size: tuple[int, int], axis: int) -> None:
        self.decoded = decoded
        self.size = size
        self.axis = axis
        self.canvas: Image.Image | None = None
        self.done: list[tuple[int, int]] = []  # filled intervals along ``axis``, sorted, apart

    def _strip(self, a: int, b: int) -> Image.Image:
        d, (sw, sh) = self.decoded, self.size
        if self.axis == 0:
            fx = d.width / sw
            return d.region((a * fx, 0.0, b * fx, float(d.height)), (b - a, sh))
        fy = d.height / sh
        return d.region((0.0, a * fy, float(d.width), b * fy), (sw, b - a))

    def fill(self, lo: int, hi: int) -> None:
        """Resize the parts of ``[lo, hi)`` not filled yet."""
        gaps, at = [], lo
        for a, b in self.done:
            if b <= at:
                continue
            if a >= hi:
                break
            if a > at:
                gaps.append((at, a))
            at = max(at, b)
        if at < hi:
            gaps.append((at, hi))
        for a, b in gaps:
            strip = self._strip(a, b)
            if self.canvas is None:
                self.canvas = Image.new(strip.mode, self.size)
            self.canvas.paste(strip, (a, 0) if self.axis == 0 else (0, a))
        merged: list[tuple[int, int]] = []
        for a, b in sorted([*self.done, *gaps]):
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        self.done = merged


class PreviewSource:
    """A photo opened for previews no larger than ``max_side`` pixels on their long side."""

    def __init__(self, path: Path, max_side: int = 1350) -> None:
        self.path = path
        self.max_side = max_side
        # Any preset's box spans the photo's width or height, so its long side is at least the
        # photo's short side: decoding reduced by short_side / max_side loses nothing we show.
        self.decoded = source.decode(path, lambda info: min(info.width, info.height) / max_side)
        self._logo: tuple[overlay.Overlay, Image.Image] | None = None
        self._bands: OrderedDict[tuple[int, int], _Band] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def size(self) -> tuple[int, int]:
        """The upright size of the original."""
        return self.decoded.width, self.decoded.height

    def plan(
        self, preset: ImagePreset, spec: CropSpec, max_side: int | None = None
    ) -> geometry.Plan:
        """The preset's plan, scaled down to at most ``max_side`` on the long side."""
        d = self.decoded
        plan = geometry.plan_preset(d.width, d.height, preset, spec.focus, spec.fit)
        w, h = plan.size
        scale = min(1.0, min(max_side or self.max_side, self.max_side) / max(w, h))
        if scale >= 1.0:
            return plan
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        fg = (max(1, round(plan.fg_size[0] * scale)), max(1, round(plan.fg_size[1] * scale)))
        return replace(plan, size=size, fg_size=fg if plan.fit else plan.fg_size)

    def preview(
        self,
        preset: ImagePreset,
        focus: tuple[float, float] = (0.5, 0.5),
        fit: bool = False,
        background: str = "blur",
        ov: overlay.Overlay | None = None,
        max_side: int | None = None,
    ) -> Image.Image:
        """What ``preset`` will post, scaled to the preview size (RGB or RGBA)."""
        spec = CropSpec(focus, fit, background)
        plan = self.plan(preset, spec, max_side)
        im = shape(self.decoded, plan, spec) if plan.fit else self._cropped(plan)
        if ov is not None:
            if self._logo is None or self._logo[0] != ov:
                self._logo = (ov, overlay.load_logo(ov.logo))
            im = overlay.apply(im, self._logo[1], ov)
        return im

    def _cropped(self, plan: geometry.Plan) -> Image.Image:
        """``plan``'s box cut from the band at the plan's scale (resizing what it lacks)."""
        w, h = self.size
        (x0, y0, x1, y1), (ow, oh) = plan.box, plan.size
        sw = max(ow, round(w * ow / (x1 - x0)))
        sh = max(oh, round(h * oh / (y1 - y0)))
        if sw > ow and sh > oh:  # a box that spans neither side cannot slide: no band
            return self.decoded.region(plan.box, plan.size)
        left = min(max(0, round(x0 * sw / w)), sw - ow)
        top = min(max(0, round(y0 * sh / h)), sh - oh)
        with self._lock:
            band = self._bands.get((sw, sh))
            if band is None:
                band = self._bands[(sw, sh)] = _Band(self.decoded, (sw, sh), 0 if sh == oh else 1)
                while len(self._bands) > BANDS_KEPT:
                    self._bands.popitem(last=False)
            else:
                self._bands.move_to_end((sw, sh))
            if band.axis == 0:
                band.fill(left, left + ow)
            else:
                band.fill(top, top + oh)
            assert band.canvas is not None
            return band.canvas.crop((left, top, left + ow, top + oh))

    def thumbnail(self, side: int = 256) -> Image.Image:
        """The whole photo, upright, at most ``side`` pixels on its long side."""
        d = self.decoded
        scale = min(1.0, side / max(d.width, d.height))
        size = (max(1, round(d.width * scale)), max(1, round(d.height * scale)))
        return d.region((0.0, 0.0, float(d.width), float(d.height)), size)
