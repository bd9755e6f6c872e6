"""The dashboard's charts read the way the UI does (issue 13, item 4): in Persian and Arabic time
runs leftwards (the oldest day on the right), the value axis stands on the right, the heatmap's
weekdays are on the right with hour 0 beside them, and the rubric bars grow leftwards. Checked on
the painted pixels, in the accent colour only the data is drawn in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from pytestqt.qtbot import QtBot

from smmdesk_gui.domain.metrics import best_time_heatmap, rubric_performance
from smmdesk_gui.ui.report import painting as draw

W, H = 480, 240
ACCENT = QColor("#ff0000")
LTR, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft


@pytest.fixture
def red_theme() -> Iterator[None]:
    """Only the data in pure red, so its pixels are told apart from the text."""
    grey = QColor("#888888")
    previous = draw.use_theme(
        draw.Theme(grey, grey, QColor("#dddddd"), QColor("#eeeeee"), QColor("#fafafa"), ACCENT)
    )
    yield
    draw.use_theme(previous)


def _paint(fn: Callable[[QPainter, QRectF], None], direction: Qt.LayoutDirection) -> QImage:
    image = QImage(W, H, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setLayoutDirection(direction)
    fn(p, QRectF(0, 0, W, H))
    p.end()
    return image


def _red(image: QImage, x: int, y: int) -> bool:
    c = image.pixelColor(x, y)
    return c.red() > 200 and c.green() < 90 and c.blue() < 90


def _red_xs(image: QImage, rows: range) -> list[int]:
    return [x for y in rows for x in range(W) if _red(image, x, y)]


def _ink_xs(image: QImage, x_range: range, rows: range) -> list[int]:
    """Where the grey text is (the axis labels)."""
    out = []
    for y in rows:
        for x in x_range:
            c = image.pixelColor(x, y)
            if c.red() < 200 and abs(c.red() - c.blue()) < 20:
                out.append(x)
    return out


def _rising_line(p: QPainter, r: QRectF) -> None:
    draw.line_chart(p, r, [("first", 100.0), ("mid", 150.0), ("last", 200.0)])


def test_line_chart_time_runs_leftwards_in_rtl(red_theme: None, qapp: Any) -> None:
    for direction, newest_on_the_right in ((LTR, True), (RTL, False)):
        image = _paint(_rising_line, direction)
        top = _red_xs(image, range(0, 20))  # the newest (highest) point is at the top
        bottom = _red_xs(image, range(H - 40, H - 20))  # the oldest (lowest) at the bottom
        assert top and bottom, direction
        assert (min(top) > max(bottom)) is newest_on_the_right, direction
    # the value axis: its labels beside the plot, on the right in RTL
    rtl = _paint(_rising_line, RTL)
    ink_right = _ink_xs(rtl, range(W - 60, W), range(0, 30))
    ink_left = _ink_xs(rtl, range(0, 60), range(0, 30))
    assert ink_right and not ink_left


def test_bar_chart_first_bar_is_on_the_right_in_rtl(red_theme: None, qapp: Any) -> None:
    def bars(p: QPainter, r: QRectF) -> None:
        draw.bar_chart(p, r, [("a", 0.01), ("b", 0.05), ("c", 0.1)], "percent")

    for direction, tallest_on_the_right in ((LTR, True), (RTL, False)):
        image = _paint(bars, direction)
        tallest = _red_xs(image, range(15, 25))  # only the last (tallest) bar reaches up here
        assert tallest, direction
        assert (sum(tallest) / len(tallest) > W / 2) is tallest_on_the_right, direction


def test_heatmap_hour_zero_is_beside_the_weekdays_on_the_right_in_rtl(
    red_theme: None, qapp: Any
) -> None:
    hm = best_time_heatmap([(0, 1, 0.05)] * 5, min_samples=3)  # Monday 01:00, solid

    def paint(p: QPainter, r: QRectF) -> None:
        draw.heatmap(p, r, hm)

    ltr, rtl = _paint(paint, LTR), _paint(paint, RTL)
    assert max(_red_xs(ltr, range(0, 10))) < W / 4  # 01:00 near the left, after the weekdays
    assert min(_red_xs(rtl, range(0, 10))) > 3 * W / 4  # and near the right in RTL
    # the tooltip finds the same cell: hour 1 near the right edge of the RTL grid
    font = QFont(qapp.font())
    font.setPointSizeF(8.0 * 0.8)  # as painting.heatmap sets it with the theme's size
    _label_w, grid = draw.heatmap_grid(QRectF(0, 0, W, H), QFontMetricsF(font))
    x = max(_red_xs(rtl, range(0, 10)))
    assert draw.heatmap_hour_at(QRectF(0, 0, W, H), grid, x, rtl=True) in (0, 1, 2)


def test_heatmap_canvas_tooltip_cell_in_rtl(rtl_language: str, qtbot: QtBot) -> None:
    from smmdesk_gui.ui.dashboard.charts import HeatmapCanvas, screen_theme

    canvas = HeatmapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(W, H)
    assert canvas.layoutDirection() == RTL
    rect = QRectF(canvas.rect()).adjusted(4, 4, -4, -4)
    assert canvas.cell_at(rect.right() - 2, rect.top() + 2) is None  # the weekday labels
    font = QFont(canvas.font())
    font.setPointSizeF(screen_theme(canvas).point_size * 0.8)
    _label_w, grid = draw.heatmap_grid(rect, QFontMetricsF(font))
    # the grid's reading start, mirrored: just left of the weekday labels on the right
    x = rect.left() + rect.right() - (grid.left() + 2)
    assert canvas.cell_at(x, grid.top() + 2) == (0, 0)  # Monday, 0:00
    x_end = rect.left() + rect.right() - (grid.right() - 2)
    assert canvas.cell_at(x_end, grid.top() + 2) == (0, 23)  # and 23:00 on the left


def test_rubric_bars_grow_leftwards_in_rtl(red_theme: None, qapp: Any) -> None:
    rows = rubric_performance([("Product", 0.05)] * 3 + [("Offers", 0.02)])

    def paint(p: QPainter, r: QRectF) -> None:
        draw.rubric_bars(p, r, rows)

    for direction, on_the_left in ((LTR, True), (RTL, False)):
        xs = _red_xs(_paint(paint, direction), range(0, H))
        assert xs, direction
        assert (sum(xs) / len(xs) < W / 2) is on_the_left, direction
