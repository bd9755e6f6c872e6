"""Icons that point, point the reading way (issue 13, item 4): in Persian and Arabic the Plan's
"previous" chevron, "Earlier", Undo and the import arrow point right; in English, left."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QUndoStack
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui import icons


def _image(icon: QIcon, side: int = 32) -> QImage:
    return icon.pixmap(side, side).toImage().convertToFormat(QImage.Format.Format_ARGB32)


def _points_right(icon: QIcon, side: int = 32) -> bool:
    """Whether the glyph's tip is on the right: the ink on the middle row lies right of centre
    (a chevron's tip, a triangle's point)."""
    image = _image(icon, side)
    row = side // 2
    ink = [x for x in range(side) if image.pixelColor(x, row).alpha() > 128]
    assert ink, "the glyph is drawn"
    return sum(ink) / len(ink) > side / 2


def _difference(a: QImage, b: QImage) -> int:
    return sum(
        abs(a.pixelColor(x, y).alpha() - b.pixelColor(x, y).alpha())
        for x in range(a.width())
        for y in range(a.height())
    )


def test_english_chevrons_point_as_named(qapp: Any) -> None:
    assert not _points_right(icons.icon("fa6s.chevron-left"))
    assert _points_right(icons.icon("fa6s.chevron-right"))


def test_pairs_swap_in_right_to_left(rtl_language: str) -> None:
    assert _points_right(icons.icon("fa6s.chevron-left"))  # back points right in RTL
    assert not _points_right(icons.icon("fa6s.chevron-right"))
    colour = "#202124"
    assert _image(icons.icon("fa6s.backward", colour)) == _image(
        icons._icon("fa6s.forward", colour)
    )
    undo = _image(icons.icon("fa6s.rotate-left", colour))
    assert undo == _image(icons._icon("fa6s.rotate-right", colour))


def test_a_glyph_without_a_twin_is_drawn_mirrored(rtl_language: str) -> None:
    colour = "#202124"
    rtl = _image(icons.icon("fa6s.file-import", colour))
    ltr = _image(icons._icon("fa6s.file-import", colour))
    assert rtl != ltr
    flipped = ltr.flipped(Qt.Orientation.Horizontal)  # the same up to antialiasing
    assert _difference(rtl, flipped) * 4 < _difference(rtl, ltr)
    assert _image(icons.icon("fa6s.gear", colour)) == _image(icons._icon("fa6s.gear", colour))


def test_plan_navigation_and_undo_point_the_reading_way(rtl_language: str, qtbot: QtBot) -> None:
    from smmdesk_gui.ui.calendar.actions_bar import PlanActionsBar
    from smmdesk_gui.ui.calendar.toolbar import NavigationBar

    nav = NavigationBar()
    qtbot.addWidget(nav)
    assert _points_right(nav.prev_button.icon())  # previous month: toward the reading start
    assert not _points_right(nav.next_button.icon())
    stack = QUndoStack()
    bar = PlanActionsBar(stack)
    qtbot.addWidget(bar)
    text = icons._text_colour()
    assert _image(bar.earlier_action.icon()) == _image(icons._icon("fa6s.forward", text))
    assert _image(bar.later_action.icon()) == _image(icons._icon("fa6s.backward", text))
    assert _image(bar.undo_action.icon()) == _image(icons._icon("fa6s.rotate-right", text))
    assert _image(bar.redo_action.icon()) == _image(icons._icon("fa6s.rotate-left", text))


def test_plan_earlier_and_later_keys_and_hints_point_the_reading_way(
    rtl_language: str, qtbot: QtBot
) -> None:
    from smmdesk_gui.ui.calendar.actions_bar import PlanActionsBar
    from smmdesk_gui.ui.i18n import isolate

    bar = PlanActionsBar(QUndoStack())
    qtbot.addWidget(bar)
    assert bar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # earlier sits on the right: Alt+Right moves earlier, and its hint's arrow points right
    assert bar.earlier_action.shortcut() == QKeySequence("Alt+Right")
    assert bar.later_action.shortcut() == QKeySequence("Alt+Left")
    assert isolate("Alt+→") in bar.earlier_action.toolTip()
    assert isolate("Alt+←") in bar.later_action.toolTip()


def test_plan_earlier_and_later_keys_in_english_stay_as_they_were(qapp: Any, qtbot: QtBot) -> None:
    from smmdesk_gui.ui.calendar.actions_bar import PlanActionsBar

    bar = PlanActionsBar(QUndoStack())
    qtbot.addWidget(bar)
    bar.days.setValue(3)
    assert bar.earlier_action.shortcut() == QKeySequence("Alt+Left")
    assert bar.later_action.shortcut() == QKeySequence("Alt+Right")
    assert bar.earlier_action.toolTip() == (
        "Move the selected posts 3 days earlier, same time of day (Alt+←)"
    )
    assert bar.later_action.toolTip() == (
        "Move the selected posts 3 days later, same time of day (Alt+→)"
    )


def test_plan_navigation_in_english_points_as_before(qapp: Any, qtbot: QtBot) -> None:
    from smmdesk_gui.ui.calendar.toolbar import NavigationBar

    nav = NavigationBar()
    qtbot.addWidget(nav)
    assert not _points_right(nav.prev_button.icon())
    assert _points_right(nav.next_button.icon())
