"""The dashboard's charts: followers, engagement per post, best time to post, rubrics.

Drawn with QPainter by the same functions as the PDF report (``ui/report/painting.py``), in the
palette's colours. pyqtgraph was the first choice, but with PySide6 6.12 on Python 3.11 its
graphics items corrupt the reference counts of None/True/False on every update until the
interpreter aborts (measured; see painting.py), so a long-open dashboard would crash.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from smmdesk_gui.domain.metrics import Heatmap, RubricPerformance
from smmdesk_gui.services.stats.kpis import PostFigures
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report import painting as draw
from smmdesk_gui.ui.report.labels import Stats


def screen_theme(widget: QWidget) -> draw.Theme:
    """The chart colours from the widget's palette (light or dark scheme)."""
    pal = widget.palette()
    ink = pal.color(QPalette.ColorRole.Text)
    muted = pal.color(QPalette.ColorRole.PlaceholderText)
    base = pal.color(QPalette.ColorRole.Base)
    grid = QColor(ink)
    grid.setAlphaF(0.15)
    thin = QColor(ink)
    thin.setAlphaF(0.18)
    blank = QColor(ink)
    blank.setAlphaF(0.04)
    accent = QColor("#3d85c6") if base.lightness() > 128 else QColor("#6fa8dc")
    point = widget.font().pointSizeF()
    return draw.Theme(ink, muted, grid, thin, blank, accent, point_size=point if point > 0 else 9.0)


class Canvas(QWidget):
    """A widget that paints with one of the painting functions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(190)
        self.setMaximumHeight(300)
        self.painter_fn: Callable[[QPainter, QRectF], None] | None = None

    def sizeHint(self) -> QSize:
        return QSize(480, 240)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        previous = draw.use_theme(screen_theme(self))
        try:
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            # The charts read the way the UI does: painting.py mirrors its geometry for a
            # right-to-left painter (time runs leftwards, the value axis on the right).
            p.setLayoutDirection(self.layoutDirection())
            rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
            if self.painter_fn is None:
                draw._empty(p, rect)
            else:
                self.painter_fn(p, rect)
        finally:
            draw.use_theme(previous)
            p.end()


class ChartCard(QFrame):
    """A titled frame holding one chart, with a note under it (sample size, what is greyed)."""

    canvas_class: type[Canvas] = Canvas

    def __init__(self, title: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        self.title = QLabel(title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a translated title, as written
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setToolTip(tooltip)
        layout.addWidget(self.title)
        self.canvas = self.canvas_class()
        self.canvas.setToolTip(tooltip)
        layout.addWidget(self.canvas, 1)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.note)

    def draw_with(self, fn: Callable[[QPainter, QRectF], None] | None) -> None:
        self.canvas.painter_fn = fn
        self.canvas.update()


def _short_day(day: dt.date) -> str:
    from smmdesk_gui.ui.calendars import short_day

    return short_day(day)


class FollowersChart(ChartCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Stats.tr("Followers over time"), lbl.definition("followers"), parent)

    def update_series(self, series: Sequence[tuple[dt.date, float]]) -> None:
        points = [(_short_day(d), v) for d, v in series]
        self.draw_with(lambda p, r: draw.line_chart(p, r, points))
        if len(points) >= 2:
            first, last = (lbl.fmt_value(points[i][1], "count") for i in (0, -1))
            self.note.setText(arg(Stats.tr("%1 → %2"), first, last))
        else:
            self.note.setText(
                Stats.tr(
                    "Followers are counted once a day while SMM Desk runs, or "
                    "imported from a daily stats file."
                )
            )


class EngagementChart(ChartCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Stats.tr("Engagement rate per post"), lbl.definition("er_reach"), parent)

    def update_posts(self, posts: Sequence[PostFigures]) -> None:
        bars = [(_short_day(p.published_at.date()), p.er_reach.value) for p in posts]
        self.draw_with(lambda p, r: draw.bar_chart(p, r, bars, "percent"))
        rated = sum(1 for _l, v in bars if v is not None)
        note = Stats.tr("%n posts", "", rated)
        missing = len(bars) - rated
        if missing:
            note += " · " + Stats.tr("%n without a reach figure left out", "", missing)
        self.note.setText(note)


class HeatmapCanvas(Canvas):
    """The heatmap, with a tooltip per cell (weekday, hour, posts, mean engagement)."""

    heatmap: Heatmap | None = None

    def event(self, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.ToolTip and self.heatmap is not None:
            assert isinstance(ev, QHelpEvent)
            cell = self.cell_at(ev.pos().x(), ev.pos().y())
            if cell is not None:
                c = self.heatmap.cell(*cell)
                text = lbl.slot(c.weekday, c.hour) + " – " + Stats.tr("%n posts", "", c.samples)
                if c.samples:
                    er = lbl.fmt_value(c.mean, "percent")
                    text += " · " + arg(Stats.tr("ER %1"), er)
                if c.thin and c.samples:
                    text += "\n" + Stats.tr("Too few posts to trust")
                QToolTip.showText(ev.globalPos(), text, self)
                return True
        return super().event(ev)

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(weekday, hour) under a point, with the geometry ``painting.heatmap`` uses."""
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        font = QFont(self.font())
        font.setPointSizeF(screen_theme(self).point_size * 0.8)  # as painting.heatmap sets it
        _label_w, grid = draw.heatmap_grid(rect, QFontMetricsF(font))
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        mirrored_x = rect.left() + rect.right() - x if rtl else x  # as painting._flip
        if not grid.contains(mirrored_x, y):
            return None
        hour = draw.heatmap_hour_at(rect, grid, x, rtl)
        day = int((y - grid.top()) / (grid.height() / 7))
        return (min(day, 6), hour)


class HeatmapChart(ChartCard):
    """Weekday x hour. Colour: mean engagement rate; grey: too few posts to trust."""

    canvas_class = HeatmapCanvas

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            Stats.tr("Best time to post"),
            Stats.tr(
                "From your own posts: the mean engagement rate of the posts published in each hour "
                "of each weekday. The number is how many posts; grey cells have too few to trust."
            ),
            parent,
        )

    def update_heatmap(self, hm: Heatmap, days: int) -> None:
        assert isinstance(self.canvas, HeatmapCanvas)
        self.canvas.heatmap = hm
        self.draw_with(lambda p, r: draw.heatmap(p, r, hm))
        best = hm.best(2)
        if best:
            note = arg(
                Stats.tr("Suggested: %1, the darkest cell (outlined)"),
                lbl.slot(best[0].weekday, best[0].hour),
            )
            if len(best) > 1:
                note += " · " + arg(
                    Stats.tr("next best: %1"), lbl.slot(best[1].weekday, best[1].hour)
                )
        elif hm.total_samples:
            note = arg(
                Stats.tr(
                    "No suggestion yet: every hour you posted at has fewer than %1 "
                    "posts (grey), too few to trust."
                ),
                lbl.count(hm.min_samples),
            )
        else:
            note = Stats.tr("Not enough posts yet for a suggestion.")
        note += "\n" + arg(
            Stats.tr("%1 of the last %2; grey: fewer than %3 posts"),
            Stats.tr("%n posts", "", hm.total_samples),
            Stats.tr("%n days", "", days),
            lbl.count(hm.min_samples),
        )
        self.note.setText(note)


class RubricChart(ChartCard):
    """Share of posts (blue) against the planned share (grey), engagement rate beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            Stats.tr("Rubric performance"),
            Stats.tr(
                "Blue: the rubric's share of the period's posts. Grey: its share in your plan. "
                "The engagement rate is the mean over the rubric's posts."
            ),
            parent,
        )

    def update_rubrics(self, rows: Sequence[RubricPerformance]) -> None:
        rows = list(rows) if any(r.posts for r in rows) else []
        self.draw_with(lambda p, r: draw.rubric_bars(p, r, rows))
        self.note.setText(Stats.tr("Blue: share of posts · grey: share in the plan"))
