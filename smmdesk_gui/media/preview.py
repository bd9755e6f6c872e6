"""Live previews: one reduced decode kept in memory, re-cropped as the focal point moves.

The first preview of a 48 MP JPEG decodes it once at 1/4 or 1/8 (libjpeg DCT scaling); every
later preview (another platform, a moved focal point) only resizes from that cached decode.
Callers run this off the GUI thread (``ui/tasks.py``); it returns Pillow images, never Qt objects.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL import Image

from smmdesk_gui.domain.platforms import ImagePreset
from smmdesk_gui.media import geometry, overlay, source
from smmdesk_gui.media.render import CropSpec, shape


class PreviewSource:
    """A photo opened for previews no larger than ``max_side`` pixels on their long side."""

    def __init__(self, path: Path, max_side: int = 1350) -> None:
        self.path = path
        self.max_side = max_side
        # Any preset's box spans the photo's width or height, so its long side is at least the
        # photo's short side: decoding reduced by short_side / max_side loses nothing we show.
        self.decoded = source.decode(path, lambda info: min(info.width, info.height) / max_side)
        self._logo: tuple[overlay.Overlay, Image.Image] | None = None

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
        im = shape(self.decoded, self.plan(preset, spec, max_side), spec)
        if ov is not None:
            if self._logo is None or self._logo[0] != ov:
                self._logo = (ov, overlay.load_logo(ov.logo))
            im = overlay.apply(im, self._logo[1], ov)
        return im

    def thumbnail(self, side: int = 256) -> Image.Image:
        """The whole photo, upright, at most ``side`` pixels on its long side."""
        d = self.decoded
        scale = min(1.0, side / max(d.width, d.height))
        size = (max(1, round(d.width * scale)), max(1, round(d.height * scale)))
        return d.region((0.0, 0.0, float(d.width), float(d.height)), size)
