"""Charts drawn with QPainter: the PDF report and the dashboard's chart widgets share them.

Why not pyqtgraph on screen: one drawing code serves the screen and the printed report (the
report must look like what the owner saw), with no extra dependency. (pyqtgraph was tried first
and crashed under PySide6 6.12.0, which leaks references to None; the project now pins PySide6
below 6.12, see tests/integration/ui/test_qt_binding.py.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPainterPath, QPen

from smmdesk_gui.domain.metrics import Heatmap, RubricPerformance
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report.labels import Stats

INK = QColor("#222222")
MUTED = QColor("#777777")
GRID = QColor("#dddddd")
ACCENT = QColor("#3d85c6")
THIN = QColor("#eeeeee")


@dataclass(frozen=True)
class Theme:
    ink: QColor
    muted: QColor
    grid: QColor
    thin: QColor  # a cell with too few posts
    blank: QColor  # a cell with no post
    accent: QColor
    point_size: float = 8.0


PRINT = Theme(INK, MUTED, GRID, THIN, QColor("#fafafa"), ACCENT)
_theme = PRINT


def use_theme(theme: Theme) -> Theme:
    """Colours and text size for the following drawing calls; returns the previous theme."""
    global _theme
    previous, _theme = _theme, theme
    return previous


def _rtl(p: QPainter) -> bool:
    """Whether the painter draws for a right-to-left reader (its layout direction, which the
    screen's canvas and the report set from the UI language)."""
    return p.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _flip(p: QPainter, outer: QRectF, r: QRectF) -> QRectF:
    """``r`` (laid out left to right inside ``outer``) mirrored inside ``outer`` for a
    right-to-left reader: the charts are laid out once, reading-start on the left, and turned
    round here. Text alignments stay logical (``AlignLeft`` is the reading start): Qt mirrors
    those itself in a right-to-left painter."""
    if not _rtl(p):
        return r
    return QRectF(outer.left() + outer.right() - r.right(), r.top(), r.width(), r.height())


def _flip_x(p: QPainter, outer: QRectF, x: float) -> float:
    """A point's x mirrored inside ``outer`` for a right-to-left reader (see :func:`_flip`)."""
    return outer.left() + outer.right() - x if _rtl(p) else x


def _font(p: QPainter, scale: float = 1.0, bold: bool = False) -> None:
    f = QFont(p.font())
    f.setPointSizeF(_theme.point_size * scale)
    f.setBold(bold)
    p.setFont(f)


def title(p: QPainter, rect: QRectF, text: str) -> QRectF:
    """Draw a chart title; return the rect left for the chart."""
    _font(p, 1.2, bold=True)
    p.setPen(_theme.ink)
    h = p.fontMetrics().height() * 1.6
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), h), align, text)
    return QRectF(rect.left(), rect.top() + h, rect.width(), rect.height() - h)


def _empty(p: QPainter, rect: QRectF) -> None:
    _font(p)
    p.setPen(_theme.muted)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, lbl.not_enough())


def line_chart(
    p: QPainter, rect: QRectF, points: Sequence[tuple[str, float]], colour: QColor | None = None
) -> None:
    """A line over evenly spaced points, with min/max on the axis and first/last labels."""
    if len(points) < 2:
        _empty(p, rect)
        return
    _font(p)
    fm = p.fontMetrics()
    values = [v for _l, v in points]
    lo, hi = min(values), max(values)
    if hi == lo:
        hi, lo = hi + 1, lo - 1
    loc_lo, loc_hi = lbl.fmt_value(lo, "count"), lbl.fmt_value(hi, "count")
    axis_w = max(fm.horizontalAdvance(loc_lo), fm.horizontalAdvance(loc_hi)) + 8
    plot = QRectF(
        rect.left() + axis_w,
        rect.top() + 4,
        rect.width() - axis_w - 4,
        rect.height() - fm.height() - 10,
    )
    # In a right-to-left UI the value axis stands on the right and time runs leftwards (the
    # oldest day on the right): everything below is laid out LTR and mirrored by _flip.
    p.setPen(QPen(_theme.grid, 1))
    p.drawRect(_flip(p, rect, plot))
    p.setPen(_theme.muted)
    p.drawText(
        _flip(p, rect, QRectF(rect.left(), plot.top() - fm.height() / 2, axis_w - 4, fm.height())),
        Qt.AlignmentFlag.AlignRight,
        loc_hi,
    )
    p.drawText(
        _flip(
            p, rect, QRectF(rect.left(), plot.bottom() - fm.height() / 2, axis_w - 4, fm.height())
        ),
        Qt.AlignmentFlag.AlignRight,
        loc_lo,
    )
    below = _flip(p, rect, QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()))
    p.drawText(below, Qt.AlignmentFlag.AlignLeft, points[0][0])  # the reading start
    p.drawText(below, Qt.AlignmentFlag.AlignRight, points[-1][0])
    path = QPainterPath()
    n = len(points) - 1
    for i, (_l, v) in enumerate(points):
        pt = QPointF(
            _flip_x(p, rect, plot.left() + plot.width() * i / n),
            plot.bottom() - (v - lo) / (hi - lo) * plot.height(),
        )
        if i == 0:
            path.moveTo(pt)
        else:
            path.lineTo(pt)
    p.setPen(QPen(colour or _theme.accent, 2))
    p.drawPath(path)


def bar_chart(
    p: QPainter,
    rect: QRectF,
    bars: Sequence[tuple[str, float | None]],
    unit: str = "percent",
    colour: QColor | None = None,
) -> None:
    """Vertical bars (one per post or per item); ``None`` bars are left empty."""
    present = [v for _l, v in bars if v is not None]
    if not present:
        _empty(p, rect)
        return
    _font(p)
    fm = p.fontMetrics()
    hi = max(present) or 1.0
    top_label = lbl.fmt_value(hi, unit)
    axis_w = fm.horizontalAdvance(top_label) + 8
    plot = QRectF(
        rect.left() + axis_w,
        rect.top() + 4,
        rect.width() - axis_w - 4,
        rect.height() - fm.height() - 10,
    )
    p.setPen(QPen(_theme.grid, 1))
    base = _flip(p, rect, plot)  # right-to-left: the axis on the right, the first bar beside it
    p.drawLine(base.bottomLeft(), base.bottomRight())
    p.setPen(_theme.muted)
    p.drawText(
        _flip(p, rect, QRectF(rect.left(), plot.top() - fm.height() / 2, axis_w - 4, fm.height())),
        Qt.AlignmentFlag.AlignRight,
        top_label,
    )
    w = plot.width() / len(bars)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour or _theme.accent)
    for i, (_l, v) in enumerate(bars):
        if v is None:
            continue
        h = v / hi * plot.height()
        bar = QRectF(plot.left() + i * w + w * 0.15, plot.bottom() - h, w * 0.7, h)
        p.drawRect(_flip(p, rect, bar))
    p.setPen(_theme.muted)
    below = _flip(p, rect, QRectF(plot.left(), plot.bottom() + 4, plot.width(), fm.height()))
    p.drawText(below, Qt.AlignmentFlag.AlignLeft, bars[0][0])
    if len(bars) > 1:
        p.drawText(below, Qt.AlignmentFlag.AlignRight, bars[-1][0])


def heatmap_grid(rect: QRectF, fm: QFontMetricsF | QFontMetrics) -> tuple[float, QRectF]:
    """The weekday label width and the cells' rect inside ``rect`` (hour labels and the legend
    take the bottom), laid out left to right: the screen's tooltips find a cell with the same
    geometry (mirrored with :func:`heatmap_hour_at` in a right-to-left UI)."""
    label_w = max(fm.horizontalAdvance(lbl.weekday(d)) for d in range(7)) + 6
    grid = QRectF(
        rect.left() + label_w,
        rect.top(),
        rect.width() - label_w,
        rect.height() - 2 * fm.height() - 10,
    )
    return label_w, grid


def heatmap_hour_at(rect: QRectF, grid: QRectF, x: float, rtl: bool) -> int:
    """The hour column under ``x`` (hour 0 at the reading start: on the right when ``rtl``)."""
    if rtl:
        x = rect.left() + rect.right() - x
    return min(int((x - grid.left()) / (grid.width() / 24)), 23)


def heatmap(p: QPainter, rect: QRectF, hm: Heatmap) -> None:
    """Weekday x hour; colour by mean engagement, thin cells grey, sample counts written in.

    The suggested cell (``hm.best(1)``, the darkest) is outlined, and a legend under the hours
    says what the colours mean.
    """
    _font(p, 0.8)
    fm = p.fontMetrics()
    label_w, grid = heatmap_grid(rect, fm)
    cw, ch = grid.width() / 24, grid.height() / 7
    solid = [c.mean for row in hm.cells for c in row if not c.thin and c.mean is not None]
    hi = max(solid) if solid else 1.0
    for d in range(7):
        p.setPen(_theme.muted)
        p.drawText(  # right-to-left: the weekdays on the right, hours running leftwards
            _flip(p, rect, QRectF(rect.left(), grid.top() + d * ch, label_w - 4, ch)),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            lbl.weekday(d),
        )
        for h in range(24):
            c = hm.cell(d, h)
            cell = _flip(p, rect, QRectF(grid.left() + h * cw, grid.top() + d * ch, cw - 1, ch - 1))
            if c.samples == 0:
                colour = _theme.blank
            elif c.thin or c.mean is None:
                colour = _theme.thin
            else:
                colour = heat_colour(c.mean / hi if hi else 0.0)
            p.fillRect(cell, colour)
            if c.samples:
                p.setPen(_theme.muted if c.thin else _theme.ink)
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, lbl.count(c.samples))
    best = hm.best(1)
    if best:
        c = best[0]
        p.setPen(QPen(_theme.ink, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        outline = QRectF(grid.left() + c.hour * cw, grid.top() + c.weekday * ch, cw - 1, ch - 1)
        p.drawRect(_flip(p, rect, outline))
    p.setPen(_theme.muted)
    for h in range(0, 24, 3):
        p.drawText(
            _flip(p, rect, QRectF(grid.left() + h * cw, grid.bottom() + 2, cw * 3, fm.height())),
            Qt.AlignmentFlag.AlignLeft,
            lbl.hour(h),
        )
    heatmap_legend(
        p,
        _flip(
            p, rect, QRectF(grid.left(), grid.bottom() + fm.height() + 6, grid.width(), fm.height())
        ),
        bool(best),
    )


def heat_colour(strength: float) -> QColor:
    """The accent colour at ``strength`` 0..1 of the best mean (lighter = fewer interactions)."""
    colour = QColor(_theme.accent)
    colour.setAlphaF(0.2 + 0.8 * min(max(strength, 0.0), 1.0))
    return colour


def heatmap_legend(p: QPainter, rect: QRectF, outlined: bool) -> None:
    """ "fewer interactions [light → dark] more · [grey] too few posts to trust · [□] suggested"."""
    fm = p.fontMetrics()
    box = fm.height() * 0.8
    x = rect.left()
    mid = rect.top() + (rect.height() - box) / 2

    # laid out from the reading start: mirrored in a right-to-left UI (light to dark leftwards)
    def text(s: str) -> None:
        nonlocal x
        w = fm.horizontalAdvance(s) + 2
        p.setPen(_theme.muted)
        r = _flip(p, rect, QRectF(x, rect.top(), w, rect.height()))
        p.drawText(r, Qt.AlignmentFlag.AlignVCenter, s)
        x += w + 4

    text(Stats.tr("Fewer interactions"))
    for i in range(5):
        p.fillRect(_flip(p, rect, QRectF(x + i * box, mid, box, box)), heat_colour(i / 4))
    x += 5 * box + 4
    text(Stats.tr("more"))
    x += 8
    p.fillRect(_flip(p, rect, QRectF(x, mid, box, box)), _theme.thin)
    x += box + 4
    text(Stats.tr("too few posts to trust"))
    if outlined:
        x += 8
        p.setPen(QPen(_theme.ink, 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(_flip(p, rect, QRectF(x, mid, box, box)))
        x += box + 4
        text(Stats.tr("suggested"))


def rubric_bars(p: QPainter, rect: QRectF, rows: Sequence[RubricPerformance]) -> None:
    """Per rubric: share of posts against planned share, and mean engagement rate."""
    if not rows:
        _empty(p, rect)
        return
    _font(p)
    fm = p.fontMetrics()
    name_w = max(fm.horizontalAdvance(r.rubric) for r in rows) + 10
    row_h = min(rect.height() / len(rows), fm.height() * 2.4)
    bar_w = (rect.width() - name_w) * 0.45
    for i, r in enumerate(rows):
        y = rect.top() + i * row_h
        p.setPen(_theme.ink)
        # right-to-left: the name on the right, the bars growing leftwards, the figures left
        name = _flip(p, rect, QRectF(rect.left(), y, name_w, row_h))
        p.drawText(name, Qt.AlignmentFlag.AlignVCenter, r.rubric)
        share = r.share_of_posts.value or 0.0
        x0 = rect.left() + name_w
        bar = QRectF(x0, y + row_h * 0.2, bar_w * share, row_h * 0.3)
        p.fillRect(_flip(p, rect, bar), _theme.accent)
        if r.planned_share is not None:
            plan = QRectF(x0, y + row_h * 0.55, bar_w * r.planned_share, row_h * 0.2)
            p.fillRect(_flip(p, rect, plan), _theme.grid)
        p.setPen(_theme.muted)
        text = arg(
            Stats.tr("%1 of posts (plan %2) · ER %3"),
            lbl.fmt_value(share, "percent"),
            lbl.fmt_value(r.planned_share, "percent") if r.planned_share is not None else "—",
            lbl.fmt_value(r.engagement.value, "percent"),
        )
        # wraps onto a second line rather than running out of the card (Arabic is longer)
        p.drawText(
            _flip(p, rect, QRectF(x0 + bar_w + 8, y, rect.right() - x0 - bar_w - 8, row_h)),
            int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap),
            text,
        )
