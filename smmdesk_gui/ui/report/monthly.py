"""The period's report as a PDF, written with Qt's own QPdfWriter, in the UI language.

Page 1: the shop's name and logo, a title from the period ("Monthly report" only for a calendar
month), a short written summary, the headline figures against the previous period, followers
over time, engagement per post. Page 2: best time to post, rubric mix, top and bottom posts.
Page 3: a section per platform with its figures and its top posts' pictures. Needs a
QGuiApplication.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)

from smmdesk_gui.services.stats.kpis import DashboardData, PostFigures
from smmdesk_gui.services.stats.report import Branding, headline_rows
from smmdesk_gui.ui.formatting import elide_words, format_date
from smmdesk_gui.ui.i18n import arg, bidi, join_parts
from smmdesk_gui.ui.report import labels as lbl
from smmdesk_gui.ui.report import painting as draw
from smmdesk_gui.ui.report.labels import Stats

DPI = 150


def render_monthly_report(
    data: DashboardData,
    out: Path,
    workspace: str = "",
    tz: dt.tzinfo = dt.UTC,
    branding: Branding | None = None,
    thumbnails: Mapping[int, QImage] | None = None,
) -> None:
    """Write the report for ``data`` (its current period) to ``out`` as PDF.

    ``branding`` puts the shop's name and logo at the top; ``thumbnails`` (asset id -> picture,
    loaded off the GUI thread) illustrate each platform's top posts.
    """
    branding = branding or Branding("", None)
    out.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(out))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    title = lbl.report_title(data.current.period)
    writer.setTitle(f"{branding.shop_name} · {title}" if branding.shop_name else title)
    writer.setCreator("SMM Desk")
    p = QPainter(writer)
    screen_theme = draw.use_theme(draw.PRINT)
    try:
        # The page reads the UI's way: in Persian and Arabic the painter is right-to-left, so
        # each text is laid out as a right-to-left paragraph and Qt mirrors the (logical)
        # alignments; the positions (table columns, logo, pictures, the charts) are mirrored
        # here and in painting.py.
        p.setLayoutDirection(QGuiApplication.layoutDirection())
        page = QRectF(writer.pageLayout().paintRectPixels(DPI))
        page.moveTo(0, 0)
        _page_one(p, page, data, workspace, branding)
        writer.newPage()
        _page_two(p, page, data, tz)
        if data.platforms:
            writer.newPage()
            _page_platforms(p, page, data, tz, thumbnails or {})
    finally:
        p.end()
        draw.use_theme(screen_theme)


def _rtl(p: QPainter) -> bool:
    return p.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _lead(p: QPainter) -> Qt.AlignmentFlag:
    """The reading start: Qt draws ``AlignLeft`` on the right in a right-to-left painter."""
    return Qt.AlignmentFlag.AlignLeft


def _trail(p: QPainter) -> Qt.AlignmentFlag:
    """The reading end (numbers in a table line up on it)."""
    return Qt.AlignmentFlag.AlignRight


def _cols(p: QPainter, rect: QRectF, fractions: list[float]) -> list[QRectF]:
    """Column rects left to right (right to left in an RTL language)."""
    out, x = [], 0.0
    for f in fractions:
        w = rect.width() * f
        left = rect.right() - x - w if _rtl(p) else rect.left() + x
        out.append(QRectF(left, rect.top(), w, rect.height()))
        x += w
    return out


def _logo(p: QPainter, rect: QRectF, path: Path | None) -> float:
    """Draw the logo in the leading corner of ``rect``, at most its height; returns its width."""
    if path is None:
        return 0.0
    image = QImage(str(path))
    if image.isNull():
        return 0.0
    size = image.size().scaled(
        int(rect.height() * 3), int(rect.height()), Qt.AspectRatioMode.KeepAspectRatio
    )
    left = rect.right() - size.width() if _rtl(p) else rect.left()
    p.drawImage(QRectF(left, rect.top(), size.width(), size.height()), image)
    return float(size.width()) + 16.0


def _page_one(
    p: QPainter, page: QRectF, data: DashboardData, workspace: str, branding: Branding
) -> None:
    draw._font(p, 2.0, bold=True)
    fm = p.fontMetrics()
    band = QRectF(page.left(), page.top(), page.width(), fm.height() * 2.4)
    used = _logo(p, band, branding.logo)
    text_rect = band.adjusted(0 if _rtl(p) else used, 0, -used if _rtl(p) else 0, 0)
    y = page.top()
    if branding.shop_name:
        draw._font(p, 1.3, bold=True)
        p.setPen(draw.MUTED)
        line = QRectF(text_rect.left(), y, text_rect.width(), p.fontMetrics().height() * 1.2)
        p.drawText(line, _lead(p) | Qt.AlignmentFlag.AlignVCenter, branding.shop_name)
        y = line.bottom()
    draw._font(p, 2.0, bold=True)
    p.setPen(draw.INK)
    head = QRectF(text_rect.left(), y, text_rect.width(), fm.height() * 1.3)
    p.drawText(
        head, _lead(p) | Qt.AlignmentFlag.AlignVCenter, lbl.report_title(data.current.period)
    )
    y = max(head.bottom(), band.bottom() if branding.logo else head.bottom())
    draw._font(p, 1.0)
    fm = p.fontMetrics()
    who = workspace or Stats.tr("All accounts")
    sub = arg(
        Stats.tr("%1 · %2, compared with %3"),
        who,
        lbl.period_label(data.current.period),
        lbl.period_label(data.previous.period),
    )
    p.setPen(draw.MUTED)
    p.drawText(QRectF(page.left(), y, page.width(), fm.height() * 1.5), _lead(p), sub)
    y += fm.height() * 1.8
    sentences = lbl.summary_sentences(data)
    if sentences:
        draw._font(p, 1.1)
        p.setPen(draw.INK)
        summary = join_parts(sentences, " ")
        flags = int(_lead(p)) | int(Qt.TextFlag.TextWordWrap)
        box = p.boundingRect(QRectF(page.left(), y, page.width(), page.height()), flags, summary)
        p.drawText(QRectF(page.left(), y, page.width(), box.height()), flags, summary)
        y += box.height() + fm.height() * 0.8

    rows = headline_rows(data.current, data.previous)
    draw._font(p, 1.05)
    fm = p.fontMetrics()
    row_h = fm.height() * 1.45
    header = QRectF(page.left(), y, page.width(), row_h)
    p.setPen(draw.MUTED)
    for rect, text in zip(
        _cols(p, header, [0.46, 0.2, 0.2, 0.14]),
        ["", Stats.tr("This period"), Stats.tr("Previous"), Stats.tr("Change")],
        strict=True,
    ):
        p.drawText(rect, _trail(p) | Qt.AlignmentFlag.AlignVCenter, text)
    y += row_h
    for i, r in enumerate(rows):
        line = QRectF(page.left(), y, page.width(), row_h)
        if i % 2 == 0:
            p.fillRect(line, draw.THIN.lighter(103))
        c = _cols(p, line, [0.46, 0.2, 0.2, 0.14])
        p.setPen(draw.INK)
        name = lbl.label(r.key) + (f" ({bidi(r.currency)})" if r.key == "ad_spend" else "")
        p.drawText(c[0].adjusted(6, 0, -6, 0), _lead(p) | Qt.AlignmentFlag.AlignVCenter, name)
        p.drawText(
            c[1],
            _trail(p) | Qt.AlignmentFlag.AlignVCenter,
            bidi(lbl.fmt_value(r.value, r.unit, r.currency)),  # "7.4 %" whole in RTL
        )
        p.setPen(draw.MUTED)
        p.drawText(
            c[2],
            _trail(p) | Qt.AlignmentFlag.AlignVCenter,
            bidi(lbl.fmt_value(r.previous, r.unit, r.currency)),
        )
        p.drawText(
            c[3].adjusted(0, 0, -6, 0),
            _trail(p) | Qt.AlignmentFlag.AlignVCenter,
            bidi(lbl.fmt_change(r)),  # "−14.2 %": the sign before the number
        )
        y += row_h
    parts = data.current.interactions.parts
    if parts:
        p.setPen(draw.MUTED)
        draw._font(p, 0.9)
        note = lbl.definition("interactions", parts)
        p.drawText(
            QRectF(page.left(), y + 4, page.width(), fm.height() * 3),
            _lead(p) | Qt.TextFlag.TextWordWrap,
            note,
        )
        y += fm.height() * 3
    y += 10
    chart_h = (page.bottom() - y - 20) / 2
    rest = draw.title(p, QRectF(page.left(), y, page.width(), chart_h), Stats.tr("Followers"))
    draw.line_chart(
        p, rest.adjusted(0, 0, 0, -10), [(format_date(d), v) for d, v in data.followers_series]
    )
    y += chart_h + 20
    rest = draw.title(
        p, QRectF(page.left(), y, page.width(), chart_h), Stats.tr("Engagement rate per post")
    )
    draw.bar_chart(
        p, rest, [(format_date(x.published_at.date()), x.er_reach.value) for x in data.posts]
    )


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
        p.drawText(
            c[0],
            _lead(p) | Qt.AlignmentFlag.AlignVCenter,
            bidi(format_date(post.published_at.astimezone(tz).date())),
        )
        p.drawText(
            c[1],
            _lead(p) | Qt.AlignmentFlag.AlignVCenter,
            bidi(  # "Instagram · @shop" whole, its "…" at its own end
                fm.elidedText(
                    f"{lbl.platform_name(post.platform)} · {post.handle}",
                    Qt.TextElideMode.ElideRight,
                    int(c[1].width() - 6),
                )
            ),
        )
        p.setPen(draw.INK)
        p.drawText(
            c[2],
            _lead(p) | Qt.AlignmentFlag.AlignVCenter,
            elide_words(post.title, fm, c[2].width() - 6, lines=1),
        )
        p.drawText(
            c[3],
            _trail(p) | Qt.AlignmentFlag.AlignVCenter,
            bidi(lbl.fmt_value(post.er_reach.value, "percent")),
        )
        y += row_h
    return y


def _page_two(p: QPainter, page: QRectF, data: DashboardData, tz: dt.tzinfo) -> None:
    y = page.top()
    heat_h = page.height() * 0.27
    rest = draw.title(
        p,
        QRectF(page.left(), y, page.width(), heat_h),
        arg(
            Stats.tr("Best time to post (%1; grey: fewer than %2 posts, too few to trust)"),
            Stats.tr("%n posts", "", data.heatmap.total_samples),
            lbl.count(data.heatmap.min_samples),
        ),
    )
    draw.heatmap(p, rest, data.heatmap)
    y += heat_h + 16
    rub_h = page.height() * 0.25
    rest = draw.title(
        p,
        QRectF(page.left(), y, page.width(), rub_h),
        Stats.tr("Rubric mix: share of posts against the plan, and engagement"),
    )
    draw.rubric_bars(p, rest, data.rubrics)
    y += rub_h + 16
    rest = draw.title(p, QRectF(page.left(), y, page.width(), 60), Stats.tr("Top posts"))
    y = _post_lines(p, QRectF(page.left(), rest.top(), page.width(), 0), data.top, tz) + 16
    if data.bottom:
        rest = draw.title(
            p, QRectF(page.left(), y, page.width(), 60), Stats.tr("Posts that worked least")
        )
        _post_lines(p, QRectF(page.left(), rest.top(), page.width(), 0), data.bottom, tz)


def _page_platforms(
    p: QPainter, page: QRectF, data: DashboardData, tz: dt.tzinfo, thumbnails: Mapping[int, QImage]
) -> None:
    """A section per platform: its figures in one line, then its top posts with pictures."""
    y = page.top()
    rest = draw.title(p, QRectF(page.left(), y, page.width(), 60), Stats.tr("By platform"))
    y = rest.top()
    thumb = 96.0
    for f in data.platforms:
        draw._font(p, 1.3, bold=True)
        fm = p.fontMetrics()
        need = fm.height() * 2.6 + max(len(f.top), 1) * (thumb + 10)
        if y + need > page.bottom():
            break  # the rest would not fit on the page: the dashboard shows every platform
        p.setPen(draw.INK)
        p.drawText(
            QRectF(page.left(), y, page.width(), fm.height() * 1.3),
            _lead(p) | Qt.AlignmentFlag.AlignVCenter,
            lbl.platform_name(f.platform),
        )
        y += fm.height() * 1.3
        draw._font(p, 1.0)
        fm = p.fontMetrics()
        p.setPen(draw.MUTED)
        line = arg(
            Stats.tr("%1 · reach %2 · interactions %3 · engagement rate %4"),
            Stats.tr("%n posts", "", f.posts),
            lbl.fmt_value(f.reach, "count"),
            lbl.fmt_value(f.interactions, "count"),
            lbl.fmt_value(f.er_reach.value, "percent"),
        )
        p.drawText(
            QRectF(page.left(), y, page.width(), fm.height() * 1.3),
            _lead(p) | Qt.AlignmentFlag.AlignVCenter,
            line,
        )
        y += fm.height() * 1.6
        for post in f.top:
            row = QRectF(page.left(), y, page.width(), thumb)
            image = thumbnails.get(post.first_asset_id or -1)
            pic = QRectF(row.right() - thumb if _rtl(p) else row.left(), y, thumb, thumb)
            if image is not None and not image.isNull():
                size = image.size().scaled(
                    int(thumb), int(thumb), Qt.AspectRatioMode.KeepAspectRatio
                )
                p.drawImage(QRectF(pic.left(), pic.top(), size.width(), size.height()), image)
            else:
                p.fillRect(pic, draw.THIN)
            text = row.adjusted(0 if _rtl(p) else thumb + 12, 0, -(thumb + 12) if _rtl(p) else 0, 0)
            p.setPen(draw.INK)
            p.drawText(
                QRectF(text.left(), y, text.width(), fm.height() * 1.4),
                _lead(p) | Qt.AlignmentFlag.AlignVCenter,
                elide_words(post.title, fm, text.width(), lines=1),
            )
            p.setPen(draw.MUTED)
            detail = arg(
                Stats.tr("%1 · engagement rate %2 · reach %3"),
                format_date(post.published_at.astimezone(tz).date()),
                lbl.fmt_value(post.er_reach.value, "percent"),
                lbl.fmt_value(post.figures.get("reach"), "count"),
            )
            p.drawText(
                QRectF(text.left(), y + fm.height() * 1.4, text.width(), fm.height() * 1.4),
                _lead(p) | Qt.AlignmentFlag.AlignVCenter,
                detail,
            )
            y += thumb + 10
        y += fm.height()
