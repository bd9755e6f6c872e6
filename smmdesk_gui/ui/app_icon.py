"""The SMM Desk app icon (window, dialogs, task bar), from ``resources/icons``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon

ICONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The app icon with every rendered size (``packaging/make_icons.py`` writes them).

    Call ``QApplication.setWindowIcon(app_icon())`` once at start-up.
    """
    icon = QIcon()
    for size in PNG_SIZES:
        path = ICONS_DIR / "png" / f"smmdesk-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon
