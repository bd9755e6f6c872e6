"""The icons drawn from the icon fonts directly look exactly like qtawesome's (issue 12, item 15:
qtawesome is not imported before the Plan paints)."""

from __future__ import annotations

import pytest
import qtawesome
from PySide6.QtGui import QIcon, QImage
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui import icons


def _image(icon: QIcon, side: int, mode: QIcon.Mode) -> QImage:
    return icon.pixmap(side, side, mode).toImage()


@pytest.mark.parametrize(
    ("name", "colour"),
    [
        ("fa6s.calendar-days", "#202124"),
        ("fa6s.gear", "#3d85c6"),
        ("fa6b.instagram", "#E4405F"),
        ("fa6b.bluesky", "#1185FE"),
    ],
)
@pytest.mark.parametrize("side", [14, 16, 24, 48])
def test_glyph_matches_qtawesome_pixel_for_pixel(
    qtbot: QtBot, name: str, colour: str, side: int
) -> None:
    ours = icons.icon(name, colour)
    theirs = qtawesome.icon(name, color=colour)
    assert not ours.isNull()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Active, QIcon.Mode.Selected):
        mine, reference = _image(ours, side, mode), _image(theirs, side, mode)
        assert mine.size() == reference.size()
        assert mine.convertToFormat(QImage.Format.Format_ARGB32) == reference.convertToFormat(
            QImage.Format.Format_ARGB32
        ), (name, side, mode)


def test_unknown_name_is_an_empty_icon_not_an_error(qtbot: QtBot) -> None:
    assert icons.icon("fa6s.no-such-icon-anywhere").isNull()
    assert icons.icon("zz.nothing").isNull()


def test_other_prefixes_still_come_from_qtawesome(qtbot: QtBot) -> None:
    assert not icons.icon("mdi6.home").isNull()


def test_glyph_is_drawn_not_blank(qtbot: QtBot) -> None:
    image = _image(icons.icon("fa6s.gear", "#ff0000"), 24, QIcon.Mode.Normal)
    red = sum(
        1
        for x in range(24)
        for y in range(24)
        if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).alpha() > 200
    )
    assert red > 50
