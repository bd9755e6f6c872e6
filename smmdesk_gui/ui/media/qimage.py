"""Pillow image -> QImage, safe to call on a worker thread (QImage is not a QPixmap)."""

from __future__ import annotations

from PIL import Image
from PySide6.QtGui import QImage


def to_qimage(im: Image.Image) -> QImage:
    """A deep-copied QImage of ``im`` (RGB or RGBA; other modes are converted)."""
    if im.mode not in ("RGB", "RGBA"):
        im = im.convert("RGBA" if "A" in im.getbands() else "RGB")
    fmt = QImage.Format.Format_RGBA8888 if im.mode == "RGBA" else QImage.Format.Format_RGB888
    data = im.tobytes()
    bpl = im.width * (4 if im.mode == "RGBA" else 3)
    return QImage(data, im.width, im.height, bpl, fmt).copy()
