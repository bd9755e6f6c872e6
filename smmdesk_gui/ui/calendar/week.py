"""The week view: seven days side by side, one row per hour of the day.

A post sits in the row of its hour; dropping a post (or an idea) on a row places it at that time:
the upper half of an hour row means the full hour, the lower half half past. While dragging, a line
with the time shows where it will land.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCalendar,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from smmdesk_gui.services.plan.rows import PlanEntry
from smmdesk_gui.ui.calendar.models import (
    ENTRY_MIME,
    IDEA_MIME,
    AnyIndex,
    DateRole,
    EmptyRhythmRole,
    EntriesRole,
    InRangeRole,
    IsTodayRole,
    counted,
    pydate,
)
from smmdesk_gui.ui.calendar.views import DayGridView
from smmdesk_gui.ui.calendar.visible_range import day_month
from smmdesk_gui.ui.formatting import format_clock
from smmdesk_gui.ui.i18n import join_parts

HourRole = Qt.ItemDataRole.UserRole + 20
HOURS = 24
_ROOT = QModelIndex()


def time_text(minute_of_day: int) -> str:
    """The hour's label: the locale's one short time format (``ui/formatting.py``)."""
    return format_clock(minute_of_day // 60, minute_of_day % 60)


class WeekHoursModel(QAbstractTableModel):
    """Hours as rows (00:00 … 23:00), the week's days as columns (in the locale's order)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.first_day = QDate.currentDate()
        self.calendar = QCalendar()
        self.today = QDate.currentDate()
        self._cells: dict[tuple[dt.date, int], list[PlanEntry]] = {}
        self._entries: list[PlanEntry] = []

    # -- the same interface as DayGridModel, as far as the page and view use it ----------------
    def set_grid(
        self, first_day: QDate, calendar: QCalendar, month: int = 0, today: QDate | None = None
    ) -> None:
        self.beginResetModel()
        self.first_day = first_day
        self.calendar = calendar
        self.today = today or QDate.currentDate()
        self._cells = {}
        self._entries = []
        self.endResetModel()

    def set_entries(self, entries: Sequence[PlanEntry], empty_days: Sequence[dt.date] = ()) -> None:
        cells: dict[tuple[dt.date, int], list[PlanEntry]] = defaultdict(list)
        for entry in entries:
            cells[(entry.day, entry.local.hour)].append(entry)
        self.beginResetModel()  # row heights follow the number of posts in an hour
        self._cells = dict(cells)
        self._entries = sorted(entries, key=lambda e: e.scheduled_at)
        self.endResetModel()

    def date_at(self, row: int, column: int) -> QDate:
        return self.first_day.addDays(column)

    def index_of(self, day: QDate, hour: int = 0) -> QModelIndex:
        offset = self.first_day.daysTo(day)
        if not 0 <= offset < 7 or not 0 <= hour < HOURS:
            return QModelIndex()
        return self.index(hour, offset)

    @property
    def last_day(self) -> QDate:
        return self.first_day.addDays(6)

    def entries_at(self, day: QDate, hour: int) -> list[PlanEntry]:
        return self._cells.get((pydate(day), hour), [])

    def all_entries(self) -> list[PlanEntry]:
        return list(self._entries)

    def first_busy_hour(self) -> int | None:
        return min((hour for _day, hour in self._cells), default=None)

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else HOURS

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 7

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            day = self.first_day.addDays(section)
            locale = QLocale()
            if role == Qt.ItemDataRole.DisplayRole:
                weekday = locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
                # Two lines, so a narrow window still shows the whole date.
                return f"{weekday}\n{day_month(day, self.calendar, locale)}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return locale.toString(day, QLocale.FormatType.LongFormat, self.calendar)
            if role == Qt.ItemDataRole.FontRole and day == self.today:
                font = QFont()
                font.setBold(True)
                return font
        if orientation == Qt.Orientation.Vertical and 0 <= section < HOURS:
            if role == Qt.ItemDataRole.DisplayRole:
                return time_text(section * 60)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < HOURS and 0 <= index.column() < 7):
            return None
        day = self.date_at(index.row(), index.column())
        hour = index.row()
        if role == DateRole:
            return day
        if role == HourRole:
            return hour
        if role == EntriesRole:
            return self.entries_at(day, hour)
        if role == InRangeRole:
            return True
        if role == IsTodayRole:
            return day == self.today
        if role == EmptyRhythmRole:
            return False
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = QLocale().toString(day, QLocale.FormatType.LongFormat, self.calendar)
            text = f"{text}, {time_text(hour * 60)}"
            count = len(self.entries_at(day, hour))
            if count and role == Qt.ItemDataRole.ToolTipRole:
                posts = QCoreApplication.translate("PlanModels", "%n post(s)", "", count)
                return join_parts((text, counted(posts, count)))
            return text
        return None

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME, IDEA_MIME]


class WeekHoursView(DayGridView):
    """The hour grid; drops carry the minute of the day they land on."""

    def __init__(self, model: WeekHoursModel, parent: QWidget | None = None) -> None:
        super().__init__(model, detailed=True, parent=parent)  # type: ignore[arg-type]
        self.hours = model
        self.cell_delegate.day_numbers = False
        self.verticalHeader().setVisible(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._hint: tuple[QRect, str] | None = None

    def drop_minute(self, index: QModelIndex, pos: QPoint) -> int | None:
        """Minute of the day a drop at ``pos`` means: the hour, or half past in its lower half."""
        rect = self.visualRect(index)
        lower = pos.y() - rect.top() >= rect.height() / 2
        return index.row() * 60 + (30 if lower else 0)

    def scroll_to_hour(self, hour: int) -> None:
        self.doItemsLayout()  # the row heights of the new week first, else the scroll is off
        self.verticalScrollBar().setValue(
            self.rowViewportPosition(max(0, min(HOURS - 1, hour))) + self.verticalOffset()
        )

    # -- the drop indicator: a line and the time where the post will land ----------------------
    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        pos = event.position().toPoint()
        index = self.indexAt(pos)
        hint = None
        if event.isAccepted() and index.isValid():
            minute = self.drop_minute(index, pos)
            rect = self.visualRect(index)
            y = rect.top() if minute is not None and minute % 60 == 0 else rect.center().y()
            hint = (QRect(rect.left(), y, rect.width(), 0), time_text(minute or 0))
        if hint != self._hint:
            self._hint = hint
            self.viewport().update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hint = None
        self.viewport().update()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hint = None
        self.viewport().update()
        super().dropEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._hint is None:
            return
        line, text = self._hint
        painter = QPainter(self.viewport())
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 2))
        painter.drawLine(line.left(), line.top(), line.right(), line.top())
        fm = painter.fontMetrics()
        width = fm.horizontalAdvance(text) + 8
        box = QRect(line.left() + 2, line.top() - fm.height() - 1, width, fm.height())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            box.moveRight(line.right() - 2)
        if box.top() < 0:
            box.moveTop(line.top() + 2)
        painter.fillRect(box, colour)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()
