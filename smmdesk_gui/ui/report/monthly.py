"""The monthly report as a PDF, written with Qt's own QPdfWriter, in the UI language.

Page 1: the headline figures against the previous month, followers over time, engagement per
post. Page 2: best time to post, rubric mix, top and bottom posts. Needs a QGuiApplication.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter, QPdfWriter

from smmdesk_gui.services.stats.kpis import DashboardData, PostFigures
from smmdesk_gui.services.stats.report import headline_rows
from smmdesk_gui.ui.calendars import format_date, period_label
from smmdesk_gui.ui.i18n import arg
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report import painting as draw
from smmdesk_gui.ui.report.labels import Stats

DPI = 150


def _month_title(data: DashboardData) -> str:
    """The period in the UI's calendar: its month's name for a whole month, else its days."""
    return period_label(data.current.period.first, data.current.period.last)


def render_monthly_report(
    data: DashboardData, out: Path, workspace: str = "", tz: dt.tzinfo = dt.UTC
) -> None:
    """Write the report for ``data`` (its current period) to ``out`` as PDF."""
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(out))
    writer.setResolution(DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(Stats.tr("SMM Desk report") + " " + _month_title(data))
    writer.setCreator("SMM Desk")
    p = QPainter(writer)
    screen_theme = draw.use_theme(draw.PRINT)
    try:
        # The painter stays left-to-right (Qt would mirror label alignments but not the
        # positions); tables and titles are mirrored by hand for a right-to-left language.
        global _RTL
        _RTL = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        page = QRectF(writer.pageLayout().paintRectPixels(DPI))
        page.moveTo(0, 0)
        _page_one(p, page, data, workspace)
        writer.newPage()
        _page_two(p, page, data, tz)
    finally:
        p.end()
        draw.use_theme(screen_theme)


_RTL = False


def _rtl(p: QPainter) -> bool:
    return _RTL


def _lead(p: QPainter) -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignRight if _rtl(p) else Qt.AlignmentFlag.AlignLeft


def _trail(p: QPainter) -> Qt.AlignmentFlag:
    return Qt.AlignmentFlag.AlignLeft if _rtl(p) else Qt.AlignmentFlag.AlignRight


def _cols(p: QPainter, rect: QRectF, fractions: list[float]) -> list[QRectF]:
    """Column rects left to right (right to left in an RTL language)."""
    out, x = [], 0.0
    for f in fractions:
        w = rect.width() * f
        left = rect.right() - x - w if _rtl(p) else rect.left() + x
        out.append(QRectF(left, rect.top(), w, rect.height()))
        x += w
    return out


def _page_one(p: QPainter, page: QRectF, data: DashboardData, workspace: str) -> None:
    draw._font(p, 2.0, bold=True)
    p.setPen(draw.INK)
    fm = p.fontMetrics()
    head = QRectF(page.left(), page.top(), page.width(), fm.height() * 1.3)
    p.drawText(head, _lead(p) | Qt.AlignmentFlag.AlignVCenter,
               Stats.tr("Monthly report") + " · " + _month_title(data))
    y = head.bottom()
    draw._font(p, 1.0)
    fm = p.fontMetrics()
    who = workspace or Stats.tr("All accounts")
    previous = data.previous.period
    sub = arg(Stats.tr("%1 · compared with %2"), who, period_label(previous.first, previous.last))
    p.setPen(draw.MUTED)
    p.drawText(QRectF(page.left(), y, page.width(), fm.height() * 1.5), _lead(p), sub)
    y += fm.height() * 2.2

    rows = headline_rows(data.current, data.previous)
    draw._font(p, 1.05)
    fm = p.fontMetrics()
    row_h = fm.height() * 1.45
    header = QRectF(page.left(), y, page.width(), row_h)
    p.setPen(draw.MUTED)
    for rect, text in zip(_cols(p, header, [0.46, 0.2, 0.2, 0.14]),
                          ["", Stats.tr("This period"), Stats.tr("Previous"), Stats.tr("Change")],
                          strict=True):
        p.drawText(rect, _trail(p) | Qt.AlignmentFlag.AlignVCenter, text)
    y += row_h
    for i, r in enumerate(rows):
        line = QRectF(page.left(), y, page.width(), row_h)
        if i % 2 == 0:
            p.fillRect(line, draw.THIN.lighter(103))
        c = _cols(p, line, [0.46, 0.2, 0.2, 0.14])
        p.setPen(draw.INK)
        name = lbl.label(r.key) + (f" ({r.currency})" if r.key == "ad_spend" else "")
        p.drawText(c[0].adjusted(6, 0, -6, 0), _lead(p) | Qt.AlignmentFlag.AlignVCenter, name)
        p.drawText(c[1], _trail(p) | Qt.AlignmentFlag.AlignVCenter,
                   lbl.fmt_value(r.value, r.unit, r.currency))
        p.setPen(draw.MUTED)
        p.drawText(c[2], _trail(p) | Qt.AlignmentFlag.AlignVCenter,
                   lbl.fmt_value(r.previous, r.unit, r.currency))
        p.drawText(c[3].adjusted(0, 0, -6, 0), _trail(p) | Qt.AlignmentFlag.AlignVCenter,
                   lbl.fmt_change(r))
        y += row_h
    parts = data.current.interactions.parts
    if parts:
        p.setPen(draw.MUTED)
        draw._font(p, 0.9)
        note = lbl.definition("interactions", parts)
        p.drawText(QRectF(page.left(), y + 4, page.width(), fm.height() * 3),
                   _lead(p) | Qt.TextFlag.TextWordWrap, note)
        y += fm.height() * 3
    y += 10
    chart_h = (page.bottom() - y - 20) / 2
    rest = draw.title(p, QRectF(page.left(), y, page.width(), chart_h), Stats.tr("Followers"))
    draw.line_chart(p, rest.adjusted(0, 0, 0, -10),
                    [(format_date(d), v) for d, v in data.followers_series])
    y += chart_h + 20
    rest = draw.title(p, QRectF(page.left(), y, page.width(), chart_h),
                      Stats.tr("Engagement rate per post"))
    draw.bar_chart(p, rest, [(format_date(x.published_at.date()), x.er_reach.value)
                             for x in data.posts])


def _post_lines(p: QPainter, rect: QRectF, posts: list[PostFigures], tz: dt.tzinfo) -> float:
    draw._font(p, 1.0)
    fm = p.fontMetrics()
    row_h = fm.height() * 1.5
    y = rect.top()
    if not posts:
        p.setPen(draw.MUTED)
        p.drawText(QRectF(rect.left(), y, rect.width(), row_h), _lead(p), lbl.not_enough())
        return y + row_h
    for post in posts:
        line = QRectF(rect.left(), y, rect.width(), row_h)
        c = _cols(p, line, [0.16, 0.22, 0.44, 0.18])
        p.setPen(draw.MUTED)
        p.drawText(c[0], _lead(p) | Qt.AlignmentFlag.AlignVCenter,
                   format_date(post.published_at.astimezone(tz).date()))
        p.drawText(c[1], _lead(p) | Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(f"{post.platform} · {post.handle}", Qt.TextElideMode.ElideRight,
                                 int(c[1].width() - 6)))
        p.setPen(draw.INK)
        p.drawText(c[2], _lead(p) | Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(post.title, Qt.TextElideMode.ElideRight, int(c[2].width() - 6)))
        p.drawText(c[3], _trail(p) | Qt.AlignmentFlag.AlignVCenter,
                   lbl.fmt_value(post.er_reach.value, "percent"))
        y += row_h
    return y


def _page_two(p: QPainter, page: QRectF, data: DashboardData, tz: dt.tzinfo) -> None:
    y = page.top()
    heat_h = page.height() * 0.27
    rest = draw.title(p, QRectF(page.left(), y, page.width(), heat_h), Stats.tr(
        "Best time to post (%1 posts; grey: fewer than %2 posts, too few to trust)")
        .replace("%1", str(data.heatmap.total_samples))
        .replace("%2", str(data.heatmap.min_samples)))
    draw.heatmap(p, rest, data.heatmap)
    y += heat_h + 16
    rub_h = page.height() * 0.25
    rest = draw.title(p, QRectF(page.left(), y, page.width(), rub_h),
                      Stats.tr("Rubric mix: share of posts against the plan, and engagement"))
    draw.rubric_bars(p, rest, data.rubrics)
    y += rub_h + 16
    rest = draw.title(p, QRectF(page.left(), y, page.width(), 60), Stats.tr("Top posts"))
    y = _post_lines(p, QRectF(page.left(), rest.top(), page.width(), 0), data.top, tz) + 16
    if data.bottom:
        rest = draw.title(p, QRectF(page.left(), y, page.width(), 60),
                          Stats.tr("Posts that worked least"))
        _post_lines(p, QRectF(page.left(), rest.top(), page.width(), 0), data.bottom, tz)
