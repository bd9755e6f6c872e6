"""Painting a calendar day: its number (today marked), then one chip per post.

A chip shows the rubric colour as a bar at its leading edge, the time, the platform marks and the
start of the text. The state has its own look, so it reads without colour alone:

* scheduled: plain chip with a thin border;
* draft: dashed border, italic text;
* published: muted text and a check mark;
* failed: red tint and a warning mark;
* needs attention (due, unconfirmed, retrying): orange border and a bell.

Layout is computed in left-to-right coordinates and mirrored with ``QStyle.visualRect`` for
right-to-left languages.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from smmdesk_gui.services.plan.rows import PlanEntry
from smmdesk_gui.ui.calendar.models import (
    EmptyRhythmRole,
    EntriesRole,
    InRangeRole,
    IsTodayRole,
    counted,
    needs_photo,
)
from smmdesk_gui.ui.formatting import format_clock
from smmdesk_gui.ui.i18n import isolate_signed
from smmdesk_gui.ui.icons import icon, platform_icon

EntryKey = tuple[int, float]  # (post id, timestamp): one entry on the calendar

_BASE = QPalette.ColorRole.Base
_ALTERNATEBASE = QPalette.ColorRole.AlternateBase
_HIGHLIGHT = QPalette.ColorRole.Highlight
_MID = QPalette.ColorRole.Mid
_HIGHLIGHTEDTEXT = QPalette.ColorRole.HighlightedText
_TEXT = QPalette.ColorRole.Text
_PLACEHOLDERTEXT = QPalette.ColorRole.PlaceholderText
_DASH = Qt.PenStyle.DashLine
_NOPEN = Qt.PenStyle.NoPen
_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft
_VCENTER = Qt.AlignmentFlag.AlignVCenter
_ELIDE = Qt.TextElideMode.ElideRight
FAILED = QColor("#d64545")
ATTENTION = QColor("#e69b00")
ICON_PX = 14
PAD = 3


def entry_key(entry: PlanEntry) -> EntryKey:
    return (entry.post_id, entry.scheduled_at.timestamp())


def _mirror(option_rect: QRect, rect: QRect, direction: Qt.LayoutDirection) -> QRect:
    return QStyle.visualRect(direction, option_rect, rect)


class DayCellDelegate(QStyledItemDelegate):
    """Paints a day of the month or week grid and tells which chip is under a point."""

    def __init__(self, parent: object = None, detailed: bool = False) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.detailed = detailed  # week view: two lines per chip (time + marks, then text)
        self.day_numbers = True  # False in the week's hour grid: no day number in a cell
        self.selected: Collection[EntryKey] = ()
        self._pixmaps: dict[tuple[str, str], QPixmap] = {}
        self.thumbs: Callable[[str], QPixmap | None] | None = None

    # -- icons, rendered once (a qtawesome icon re-renders its glyph on every paint) -----------
    def _platform_pixmap(self, platform: str) -> QPixmap:
        key = ("platform", platform)
        pix = self._pixmaps.get(key)
        if pix is None:
            pix = platform_icon(platform).pixmap(ICON_PX, ICON_PX)
            self._pixmaps[key] = pix
        return pix

    def _mark_pixmap(self, name: str, colour: str) -> QPixmap:
        key = (name, colour)
        pix = self._pixmaps.get(key)
        if pix is None:
            pix = icon(name, colour).pixmap(ICON_PX, ICON_PX)
            self._pixmaps[key] = pix
        return pix

    # -- geometry ------------------------------------------------------------------------------
    def header_height(self, fm: QFontMetrics) -> int:
        return fm.height() + 2 * PAD if self.day_numbers else 2

    def chip_height(self, fm: QFontMetrics) -> int:
        lines = 2 if self.detailed else 1
        return lines * fm.height() + 2 * PAD

    def chip_rects(self, rect: QRect, count: int, fm: QFontMetrics) -> tuple[list[QRect], int]:
        """Chip rectangles (LTR) for ``count`` entries, and how many did not fit."""
        top = rect.top() + self.header_height(fm)
        h = self.chip_height(fm)
        fit = max(0, (rect.bottom() - 1 - top + 2) // (h + 2))
        shown = count if count <= fit else max(0, fit - 1)  # keep a line for "+N more"
        rects = [
            QRect(rect.left() + 2, top + i * (h + 2), rect.width() - 4, h) for i in range(shown)
        ]
        return rects, count - shown

    def entry_at(
        self, option: QStyleOptionViewItem, index: QModelIndex, pos: QPoint
    ) -> PlanEntry | None:
        entries: list[PlanEntry] = index.data(EntriesRole) or []
        fm = QFontMetrics(option.font)
        rects, _ = self.chip_rects(option.rect, len(entries), fm)
        for entry, rect in zip(entries, rects, strict=False):
            if _mirror(option.rect, rect, option.direction).contains(pos):
                return entry
        return None

    def more_text(self, hidden: int, chips_shown: bool) -> str:
        """What a day says of the posts that do not fit: "+2 more" below its chips, or
        "3 posts" when not even one chip fits (a small window)."""
        if chips_shown:
            # "+2" isolated: in Persian or Arabic it would read "2+" otherwise
            return isolate_signed(self.tr("+%n more", "", hidden).replace("%n", str(hidden)))
        return counted(self.tr("%n post(s)", "", hidden), hidden)

    def more_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect | None:
        """Where "+N more" is drawn in the day (mirrored), None when every post fits."""
        if not self.day_numbers:
            return None
        entries: list[PlanEntry] = index.data(EntriesRole) or []
        fm = QFontMetrics(option.font)
        rect = option.rect
        rects, hidden = self.chip_rects(rect, len(entries), fm)
        if not hidden:
            return None
        y = (rects[-1].bottom() + 2) if rects else rect.top() + self.header_height(fm)
        more = QRect(rect.left() + PAD, y, rect.width() - 2 * PAD, fm.height())
        return _mirror(rect, more, option.direction)

    def hidden_count(self, option: QStyleOptionViewItem, index: QModelIndex) -> int:
        """How many of the day's posts do not fit in it (shown as "+N more")."""
        entries: list[PlanEntry] = index.data(EntriesRole) or []
        return self.chip_rects(option.rect, len(entries), QFontMetrics(option.font))[1]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = QFontMetrics(option.font)
        if not self.day_numbers:  # an hour of the week: as tall as its posts
            count = len(index.data(EntriesRole) or [])
            if not count:
                return QSize(60, fm.height() + 2 * PAD)
            return QSize(60, self.header_height(fm) + count * (self.chip_height(fm) + 2) + 2)
        return QSize(120, self.header_height(fm) + 3 * (self.chip_height(fm) + 2))

    # -- painting ------------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        pal: QPalette = option.palette
        rect = option.rect
        direction = option.direction
        in_range = bool(index.data(InRangeRole))
        is_today = bool(index.data(IsTodayRole))
        empty = bool(index.data(EmptyRhythmRole))
        entries: list[PlanEntry] = index.data(EntriesRole) or []
        fm = QFontMetrics(option.font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        base = pal.color(_BASE if in_range else _ALTERNATEBASE)
        painter.fillRect(rect, base)
        if not self.day_numbers:
            self._paint_hour(painter, option, index, entries, fm)
            painter.restore()
            return
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(pal.color(_HIGHLIGHT), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        elif empty:
            pen = QPen(pal.color(_MID), 1, _DASH)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        # Day number; today in a filled circle of the highlight colour.
        number = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        head = QRect(rect.left() + PAD, rect.top() + PAD, rect.width() - 2 * PAD, fm.height())
        num_w = max(fm.horizontalAdvance(number), fm.height()) + 6
        num_rect = _mirror(rect, QRect(head.left(), head.top(), num_w, fm.height()), direction)
        font = QFont(option.font)
        if is_today:
            painter.setPen(_NOPEN)
            painter.setBrush(pal.color(_HIGHLIGHT))
            painter.drawRoundedRect(num_rect, fm.height() / 2, fm.height() / 2)
            painter.setPen(pal.color(_HIGHLIGHTEDTEXT))
            font.setBold(True)
        else:
            role = _TEXT if in_range else _PLACEHOLDERTEXT
            painter.setPen(pal.color(role))
        painter.setFont(font)
        painter.drawText(num_rect, _CENTER, number)
        if empty and not entries and rect.height() > 3 * fm.height():
            painter.setFont(option.font)
            painter.setPen(pal.color(_PLACEHOLDERTEXT))
            hint = QRect(
                head.left() + num_w + PAD, head.top(), head.width() - num_w - PAD, fm.height()
            )
            if fm.horizontalAdvance(self.tr("nothing planned")) > hint.width():
                # Beside the day number it won't fit: the line below it has the whole width.
                hint = QRect(
                    head.left() + PAD, head.bottom() + PAD, head.width() - PAD, fm.height()
                )
            text = self.tr("nothing planned")
            if fm.horizontalAdvance(text) <= hint.width():  # else the dashed outline says it
                painter.drawText(
                    _mirror(rect, hint, direction),
                    int(QStyle.visualAlignment(direction, _LEFT)),
                    text,
                )
        rects, hidden = self.chip_rects(rect, len(entries), fm)
        for entry, chip in zip(entries, rects, strict=False):
            self._paint_chip(painter, option, entry, chip, fm)
        if hidden:
            painter.setFont(option.font)
            # "+N more" opens the day (a click, or Enter): drawn as a link, so it reads as one.
            painter.setPen(pal.color(QPalette.ColorRole.Link if rects else _PLACEHOLDERTEXT))
            y = (rects[-1].bottom() + 2) if rects else rect.top() + self.header_height(fm)
            more = QRect(rect.left() + PAD, y, rect.width() - 2 * PAD, fm.height())
            text = self.more_text(hidden, bool(rects))
            painter.drawText(
                _mirror(rect, more, direction),
                int(QStyle.visualAlignment(direction, _LEFT)),
                text,
            )
        painter.restore()

    def _paint_hour(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        entries: list[PlanEntry],
        fm: QFontMetrics,
    ) -> None:
        """A cell of the week's hour grid: today tinted, the half hour dotted, then the chips."""
        pal: QPalette = option.palette
        rect = option.rect
        if index.data(IsTodayRole):
            tint = QColor(pal.color(_HIGHLIGHT))
            tint.setAlpha(22)
            painter.fillRect(rect, tint)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(pal.color(_HIGHLIGHT), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(QPen(pal.color(_MID), 1, Qt.PenStyle.DotLine))
        mid = rect.center().y()
        painter.drawLine(rect.left() + 2, mid, rect.right() - 2, mid)
        rects, _hidden = self.chip_rects(rect, len(entries), fm)
        for entry, chip in zip(entries, rects, strict=False):
            self._paint_chip(painter, option, entry, chip, fm)

    def _paint_chip(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        entry: PlanEntry,
        chip: QRect,
        fm: QFontMetrics,
    ) -> None:
        pal: QPalette = option.palette
        direction = option.direction
        cell = option.rect
        state = entry.state
        rubric = QColor(entry.rubric_colour) if entry.rubric_colour else pal.color(_MID)
        fill = QColor(rubric)
        fill.setAlpha(40)
        border = QPen(pal.color(_MID), 1)
        text_colour = pal.color(_TEXT)
        font = QFont(option.font)
        mark = ""
        if state == "draft":
            border = QPen(pal.color(_MID), 1, _DASH)
            font.setItalic(True)
            fill.setAlpha(15)
            if needs_photo(entry):  # kept as a draft until it has its photo: say so on the chip
                border = QPen(ATTENTION, 1.5, _DASH)
                mark = "fa6s.camera"
        elif state == "published":
            text_colour = pal.color(_PLACEHOLDERTEXT)
            fill.setAlpha(18)
            mark = "fa6s.check"
        elif state == "failed":
            fill = QColor(FAILED)
            fill.setAlpha(55)
            border = QPen(FAILED, 1.5)
            mark = "fa6s.triangle-exclamation"
        elif state in ("due", "unconfirmed", "retry_wait"):
            border = QPen(ATTENTION, 1.5)
            mark = "fa6s.bell"
        if entry_key(entry) in self.selected:
            border = QPen(pal.color(_HIGHLIGHT), 2)
        visual = _mirror(cell, chip, direction)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(visual.adjusted(0, 0, -1, -1), 3, 3)
        painter.fillRect(
            _mirror(cell, QRect(chip.left(), chip.top(), 4, chip.height()), direction), rubric
        )
        painter.setFont(option.font)  # the time upright: digits of every script
        painter.setPen(text_colour)
        x = chip.left() + 4 + PAD
        line_top = chip.top() + PAD
        line_h = fm.height()
        align = int(QStyle.visualAlignment(direction, _LEFT) | _VCENTER)
        time_text = format_clock(entry.local.hour, entry.local.minute)  # the one short time
        tw = fm.horizontalAdvance(time_text) + PAD
        painter.drawText(_mirror(cell, QRect(x, line_top, tw, line_h), direction), align, time_text)
        x += tw
        for platform in dict.fromkeys(entry.platforms):
            if x + ICON_PX > chip.right() - PAD:
                break
            r = QRect(x, line_top + (line_h - ICON_PX) // 2, ICON_PX, ICON_PX)
            painter.drawPixmap(_mirror(cell, r, direction), self._platform_pixmap(platform))
            x += ICON_PX + 2
        if mark and x + ICON_PX <= chip.right() - PAD:
            colour = (
                FAILED
                if state == "failed"
                else ATTENTION
                if mark in ("fa6s.bell", "fa6s.camera")
                else text_colour
            )
            r = QRect(x, line_top + (line_h - ICON_PX) // 2, ICON_PX, ICON_PX)
            painter.drawPixmap(_mirror(cell, r, direction), self._mark_pixmap(mark, colour.name()))
            x += ICON_PX + 2
        right = chip.right() - PAD
        if entry.thumbnail and self.thumbs is not None and chip.height() >= ICON_PX + 2:
            pix = self.thumbs(entry.thumbnail)
            side = chip.height() - 4
            if pix is not None and chip.width() > 6 * side:
                r = QRect(chip.right() - side - 2, chip.top() + 2, side, side)
                src = pix.rect()
                if src.width() != src.height():  # centre crop to a square
                    d = min(src.width(), src.height())
                    src = QRect((src.width() - d) // 2, (src.height() - d) // 2, d, d)
                painter.drawPixmap(_mirror(cell, r, direction), pix, src)
                right = r.left() - PAD
        if self.detailed:
            x = chip.left() + 4 + PAD
            line_top += line_h
        x += PAD
        width = right - x
        if width > fm.averageCharWidth() * 2:
            # Eliding a 160-character snippet costs ~70 µs; only what can fit is measured.
            fits = width // max(1, fm.averageCharWidth()) * 2 + 4
            painter.setFont(font)  # italic for drafts
            text = fm.elidedText(entry.snippet[:fits], _ELIDE, width)
            # The post's own script decides its direction (English in a Persian UI reads LTR).
            previous = painter.layoutDirection()
            painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
            painter.drawText(
                _mirror(cell, QRect(x, line_top, width, line_h), direction), align, text
            )
            painter.setLayoutDirection(previous)


def app_font_metrics() -> QFontMetrics:
    return QFontMetrics(QApplication.font())
