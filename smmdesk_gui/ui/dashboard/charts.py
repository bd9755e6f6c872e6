"""The dashboard's charts (pyqtgraph): followers, engagement per post, best time, rubrics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from smmdesk_gui.domain.metrics import Heatmap, RubricPerformance
from smmdesk_gui.services.stats import PostFigures
from smmdesk_gui.ui.report import labels as lbl

ACCENT = "#3d85c6"
PLAN = "#b0b0b0"


def _palette_colours(widget: QWidget) -> tuple[QColor, QColor]:
    pal = widget.palette()
    return pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)


class ChartCard(QFrame):
    """A titled frame holding one plot, with a note under it (sample size, what is greyed)."""

    def __init__(self, title: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setToolTip(tooltip)
        layout.addWidget(self.title)
        bg, fg = _palette_colours(self)
        self.plot = pg.PlotWidget(background=bg)
        self.plot.setMinimumHeight(200)
        self.plot.setMaximumHeight(280)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(fg)
            axis.setTextPen(fg)
        layout.addWidget(self.plot, 1)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.note)
        self.empty = pg.TextItem(lbl.not_enough(), color=fg, anchor=(0.5, 0.5))

    def show_empty(self, empty: bool) -> None:
        item = self.plot.getPlotItem()
        if empty:
            item.clear()
            self.plot.addItem(self.empty)
            self.empty.setPos(0.5, 0.5)
            item.setXRange(0, 1)
            item.setYRange(0, 1)


def _day_ts(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time(12)).timestamp()


class FollowersChart(ChartCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(lbl.tr("Followers over time"), lbl.definition("followers"), parent)
        self.plot.setAxisItems({"bottom": pg.DateAxisItem(orientation="bottom")})
        _bg, fg = _palette_colours(self)
        axis = self.plot.getAxis("bottom")
        axis.setPen(fg)
        axis.setTextPen(fg)
        self.plot.getAxis("left").setWidth(56)  # room for "12,345" before the first layout
        self.curve = pg.PlotDataItem(pen=pg.mkPen(ACCENT, width=2))

    def update_series(self, series: Sequence[tuple[dt.date, float]]) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        if len(series) < 2:
            self.show_empty(True)
            self.note.setText("")
            return
        xs = np.array([_day_ts(d) for d, _v in series])
        ys = np.array([v for _d, v in series])
        self.curve.setData(xs, ys)
        self.plot.addItem(self.curve)
        item.enableAutoRange()
        self.note.setText(
            lbl.tr("%1 → %2").replace("%1", lbl.fmt_value(ys[0], "count"))
            .replace("%2", lbl.fmt_value(ys[-1], "count"))
        )


class EngagementChart(ChartCard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(lbl.tr("Engagement rate per post"), lbl.definition("er_reach"), parent)
        self.plot.setAxisItems({"bottom": pg.DateAxisItem(orientation="bottom")})
        _bg, fg = _palette_colours(self)
        axis = self.plot.getAxis("bottom")
        axis.setPen(fg)
        axis.setTextPen(fg)
        self.plot.getAxis("left").setLabel("%")

    def update_posts(self, posts: Sequence[PostFigures]) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        rated = [p for p in posts if p.er_reach.value is not None]
        if not rated:
            self.show_empty(True)
            self.note.setText(lbl.tr("No post has both a reach and interactions yet."))
            return
        xs = np.array([p.published_at.timestamp() for p in rated])
        ys = np.array([(p.er_reach.value or 0.0) * 100 for p in rated])
        width = max(3600.0 * 6, (xs.max() - xs.min()) / max(len(xs), 1) * 0.6)
        self.plot.addItem(pg.BarGraphItem(x=xs, height=ys, width=width, brush=ACCENT, pen=None))
        item.enableAutoRange()
        missing = len(posts) - len(rated)
        note = lbl.tr("%1 posts").replace("%1", str(len(rated)))
        if missing:
            note += " · " + lbl.tr("%1 without a reach figure are left out").replace(
                "%1", str(missing))
        self.note.setText(note)


class HeatmapChart(ChartCard):
    """Weekday x hour. Colour: mean engagement rate; grey: too few posts to trust."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(lbl.tr("Best time to post"), lbl.tr(
            "From your own posts: the mean engagement rate of the posts published in each hour "
            "of each weekday. The number is how many posts; grey cells have too few to trust."),
            parent)
        self.image = pg.ImageItem(axisOrder="row-major")
        left = self.plot.getAxis("left")
        left.setTicks([[(d + 0.5, lbl.weekday(d)) for d in range(7)]])
        self.plot.getAxis("bottom").setTicks([[(h + 0.5, f"{h:02d}") for h in range(0, 24, 3)]])
        self.plot.getPlotItem().invertY(True)
        self.texts: list[pg.TextItem] = []

    def update_heatmap(self, hm: Heatmap, days: int) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        self.texts.clear()
        _bg, fg = _palette_colours(self)
        rgba = np.zeros((7, 24, 4), dtype=np.ubyte)
        solid = [c.mean for row in hm.cells for c in row if not c.thin and c.mean is not None]
        hi = max(solid) if solid else 1.0
        accent = QColor(ACCENT)
        for d in range(7):
            for h in range(24):
                c = hm.cell(d, h)
                if c.samples == 0:
                    rgba[d, h] = (128, 128, 128, 20)
                elif c.thin or c.mean is None:
                    rgba[d, h] = (150, 150, 150, 90)
                else:
                    alpha = int(255 * (0.25 + 0.75 * (c.mean / hi if hi else 0)))
                    rgba[d, h] = (accent.red(), accent.green(), accent.blue(), alpha)
                if c.samples:
                    t = pg.TextItem(str(c.samples), color=fg, anchor=(0.5, 0.5))
                    t.setPos(h + 0.5, d + 0.5)
                    self.texts.append(t)
        self.image.setImage(rgba, levels=None, autoLevels=False)
        self.image.setRect(0, 0, 24, 7)
        self.plot.addItem(self.image)
        for t in self.texts:
            self.plot.addItem(t)
        item.setXRange(0, 24, padding=0)
        item.setYRange(0, 7, padding=0)
        best = hm.best(2)
        if best:
            tips = ", ".join(f"{lbl.weekday(c.weekday)} {c.hour:02d}:00" for c in best)
            note = lbl.tr("Suggested: %1").replace("%1", tips)
        else:
            note = lbl.tr("Not enough posts yet for a suggestion.")
        note += " · " + lbl.tr("%1 posts of the last %2 days; grey: fewer than %3 posts").replace(
            "%1", str(hm.total_samples)).replace("%2", str(days)).replace(
            "%3", str(hm.min_samples))
        self.note.setText(note)


class RubricChart(ChartCard):
    """Share of posts (blue) against the planned share (grey), engagement rate in the note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(lbl.tr("Rubric performance"), lbl.tr(
            "Blue: the rubric's share of the period's posts. Grey: its share in your plan. "
            "The engagement rate is the mean over the rubric's posts."), parent)
        self.plot.getAxis("left").setLabel("%")

    def update_rubrics(self, rows: Sequence[RubricPerformance]) -> None:
        item = self.plot.getPlotItem()
        item.clear()
        if not rows or not any(r.posts for r in rows):
            self.show_empty(True)
            self.note.setText("")
            return
        xs = np.arange(len(rows), dtype=float)
        share = np.array([(r.share_of_posts.value or 0.0) * 100 for r in rows])
        plan = np.array([(r.planned_share or 0.0) * 100 for r in rows])
        self.plot.addItem(pg.BarGraphItem(x=xs - 0.18, height=share, width=0.34, brush=ACCENT,
                                          pen=None))
        self.plot.addItem(pg.BarGraphItem(x=xs + 0.18, height=plan, width=0.34, brush=PLAN,
                                          pen=None))
        self.plot.getAxis("bottom").setTicks([[(i, r.rubric) for i, r in enumerate(rows)]])
        item.enableAutoRange()
        self.note.setText(lbl.tr("Blue: share of posts · grey: share in the plan") + "\n" +
                          " · ".join(
            f"{r.rubric}: " + lbl.tr("ER %1").replace("%1", lbl.fmt_value(r.engagement.value,
                                                                          "percent"))
            for r in rows
        ))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
