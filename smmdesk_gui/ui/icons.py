"""Icons from qtawesome (UI icons and the platforms' brand marks), coloured from the palette."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from smmdesk_gui.domain.platforms import PLATFORMS


def _text_colour() -> str:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorRole.WindowText).name()
    return "#333333"


@lru_cache(maxsize=256)
def _icon(name: str, colour: str) -> QIcon:
    import qtawesome

    try:
        return qtawesome.icon(name, color=colour)
    except Exception:  # an unknown icon name must not take a screen down
        return QIcon()


def icon(name: str, colour: str | None = None) -> QIcon:
    """A qtawesome icon by name (e.g. ``fa6s.gear``), in the palette's text colour by default."""
    return _icon(name, colour or _text_colour())


def platform_icon(platform_id: str, brand_colour: bool = True) -> QIcon:
    """The platform's brand mark, in its brand colour (or the text colour)."""
    info = PLATFORMS.get(platform_id)
    if info is None:
        return icon("fa6s.globe")
    colour = info.colour if brand_colour else None
    if colour and QColor(colour).lightness() < 40 and _is_dark_palette():
        colour = None  # black marks (X, Threads, TikTok) vanish on a dark background
    return icon(info.icon, colour)


def _is_dark_palette() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
