"""Icons from qtawesome's icon fonts (UI icons and the platforms' brand marks), coloured from the
palette.

The glyphs are drawn here from qtawesome's bundled Font Awesome 6 files, the way qtawesome draws
them (``CharIconPainter`` with its default options), without importing qtawesome: its import
pulls in qtpy, which star-imports QtCore, QtGui, QtWidgets and QtOpenGL and costs about a quarter
of a second before the Plan can paint (issue 12, item 15). Any other prefix, or fonts that cannot
be found (an unusual bundle), go through qtawesome itself.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication

from smmdesk_gui.domain.platforms import PLATFORMS

# prefix -> (font file, charmap file) in qtawesome's ``fonts`` folder (qtawesome's _BUNDLED_FONTS)
FAST_FONTS: dict[str, tuple[str, str]] = {
    "fa6s": (
        "fontawesome6-solid-webfont-6.7.2.ttf",
        "fontawesome6-solid-webfont-charmap-6.7.2.json",
    ),
    "fa6b": (
        "fontawesome6-brands-webfont-6.7.2.ttf",
        "fontawesome6-brands-webfont-charmap-6.7.2.json",
    ),
}


# Icons that point along the line of reading. In a right-to-left UI (Persian, Arabic) they point
# the reading way: a pair is swapped for its twin (back is the chevron pointing right), a glyph
# without a twin is drawn mirrored (an arrow into a file). Qt mirrors some of its own standard
# icons; these are our glyphs, so we do it. Icons that do not point (a clock, the refresh circle,
# brand marks) stay as they are.
MIRROR_PAIRS: dict[str, str] = {}
for _a, _b in (
    ("fa6s.chevron-left", "fa6s.chevron-right"),
    ("fa6s.angle-left", "fa6s.angle-right"),
    ("fa6s.arrow-left", "fa6s.arrow-right"),
    ("fa6s.caret-left", "fa6s.caret-right"),
    ("fa6s.backward", "fa6s.forward"),
    ("fa6s.rotate-left", "fa6s.rotate-right"),  # undo / redo
):
    MIRROR_PAIRS[_a], MIRROR_PAIRS[_b] = _b, _a
MIRROR_DRAWN = frozenset({"fa6s.file-import", "fa6s.file-export", "fa6s.paper-plane"})


def _ui_is_rtl() -> bool:
    app = QApplication.instance()
    return isinstance(app, QApplication) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _text_colour() -> str:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorRole.WindowText).name()
    return "#333333"


def _fonts_directory() -> Path | None:
    spec = importlib.util.find_spec("qtawesome")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


class _IconFont:
    """One loaded icon font: its family name and its icon-name -> character map."""

    def __init__(self, family: str, charmap: dict[str, str]) -> None:
        self.family = family
        self.charmap = charmap


@lru_cache(maxsize=8)
def _font(prefix: str) -> _IconFont | None:
    """Load ``prefix``'s font into the application and read its charmap (None: not available)."""
    files = FAST_FONTS.get(prefix)
    directory = _fonts_directory()
    if files is None or directory is None:
        return None
    ttf, charmap_file = (directory / name for name in files)
    try:
        data = ttf.read_bytes()
        with charmap_file.open(encoding="utf-8") as fh:
            codes: dict[str, str] = json.load(fh)
    except (OSError, ValueError):
        return None
    font_id = QFontDatabase.addApplicationFontFromData(data)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id != -1 else []
    if not families:
        return None
    return _IconFont(families[0], {name: chr(int(code, 16)) for name, code in codes.items()})


class _GlyphEngine(QIconEngine):
    """qtawesome's ``CharIconEngine`` + ``CharIconPainter`` for one glyph with its defaults:
    the colour in every mode but Disabled, which takes the palette's disabled text colour."""

    def __init__(
        self,
        family: str,
        solid: bool,
        char: str,
        colour: QColor,
        disabled: QColor,
        mirrored: bool = False,
    ):
        super().__init__()
        self.family = family
        self.solid = solid
        self.char = char
        self.colour = colour
        self.disabled = disabled
        self.mirrored = mirrored

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        if self.mirrored:  # flipped about the rect's vertical middle
            painter.translate(rect.left() + rect.right() + 1, 0)
            painter.scale(-1, 1)
        painter.setPen(self.disabled if mode == QIcon.Mode.Disabled else self.colour)
        # qtawesome: a 16 px icon gets a 14 px glyph (room for the font's bearing)
        font = QFont()
        font.setFamily(self.family)
        font.setPixelSize(round(0.875 * rect.height()))
        if self.solid:
            font.setStyleName("Solid")
        painter.setFont(font)
        painter.setOpacity(1.0)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(
            self.family, self.solid, self.char, self.colour, self.disabled, self.mirrored
        )


def _disabled_text_colour() -> QColor:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return QColor(150, 150, 150)


@lru_cache(maxsize=256)
def _icon(name: str, colour: str, mirrored: bool = False) -> QIcon:
    prefix, _, glyph = name.partition(".")
    font = _font(prefix) if prefix in FAST_FONTS else None
    if font is not None:
        char = font.charmap.get(glyph)
        if char is None:  # an unknown icon name must not take a screen down
            return QIcon()
        engine = _GlyphEngine(
            font.family,
            prefix.endswith("s"),
            char,
            QColor(colour),
            _disabled_text_colour(),
            mirrored,
        )
        return QIcon(engine)
    return _qtawesome_icon(name, colour)


def _qtawesome_icon(name: str, colour: str) -> QIcon:
    import qtawesome

    try:
        return qtawesome.icon(name, color=colour)
    except Exception:  # an unknown icon name must not take a screen down
        return QIcon()


def icon(name: str, colour: str | None = None) -> QIcon:
    """A Font Awesome icon by qtawesome name (e.g. ``fa6s.gear``), in the palette's text colour
    by default.

    ``name`` is the left-to-right icon: in a right-to-left UI an icon that points (back and
    forward, undo and redo, arrows) points the reading way (``MIRROR_PAIRS``, ``MIRROR_DRAWN``).
    """
    colour = colour or _text_colour()
    if _ui_is_rtl():
        if name in MIRROR_PAIRS:
            return _icon(MIRROR_PAIRS[name], colour)
        if name in MIRROR_DRAWN:
            return _icon(name, colour, mirrored=True)
    return _icon(name, colour)


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
