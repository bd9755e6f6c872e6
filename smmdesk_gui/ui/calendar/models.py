"""Qt item models of the Plan screen: the day grid (month and week), the agenda and the backlog.

The models hold plain ``PlanEntry`` / ``IdeaEntry`` dataclasses from ``services.planning``; they
never touch the database. Dates are ``QDate`` (calendar-independent day numbers) laid out through
``QCalendar``, so a Persian or Islamic calendar only changes which days make a "month".
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QByteArray,
    QCalendar,
    QCoreApplication,
    QDate,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QGuiApplication

from smmdesk_gui.domain.platforms import PLATFORMS
from smmdesk_gui.services.plan.rows import IdeaEntry, PlanEntry
from smmdesk_gui.ui.calendar.visible_range import day_month
from smmdesk_gui.ui.i18n import QT_TRANSLATE_NOOP, isolate

NO_RUBRIC_COLOUR = "#c8c8c8"
ENTRY_MIME = "application/x-smmdesk-plan-entries"
IDEA_MIME = "application/x-smmdesk-idea"

DateRole = Qt.ItemDataRole.UserRole + 1
EntriesRole = Qt.ItemDataRole.UserRole + 2
InRangeRole = Qt.ItemDataRole.UserRole + 3
IsTodayRole = Qt.ItemDataRole.UserRole + 4
EmptyRhythmRole = Qt.ItemDataRole.UserRole + 5
EntryRole = Qt.ItemDataRole.UserRole + 6
PostIdRole = Qt.ItemDataRole.UserRole + 7

AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanModels", text)


def state_label(state: str) -> str:
    return {
        "draft": QCoreApplication.translate("PlanModels", "Draft"),
        "scheduled": QCoreApplication.translate("PlanModels", "Scheduled"),
        "publishing": QCoreApplication.translate("PlanModels", "Publishing"),
        "retry_wait": QCoreApplication.translate("PlanModels", "Will retry"),
        "published": QCoreApplication.translate("PlanModels", "Published"),
        "failed": QCoreApplication.translate("PlanModels", "Failed"),
        "unconfirmed": QCoreApplication.translate("PlanModels", "Needs attention"),
        "due": QCoreApplication.translate("PlanModels", "Post it now"),
        "skipped": QCoreApplication.translate("PlanModels", "Skipped"),
    }.get(state, state)


def own_direction(text: str) -> str:
    """Each line isolated (FSI … PDI: its direction taken from its first strong character), so
    English in a Persian UI keeps its full stop at the end and "2026-06-02 12:30" does not read
    backwards. Line by line: a line break ends an isolate."""
    return "\n".join(isolate(line) for line in text.split("\n"))


def counted(text: str, n: int) -> str:
    """A ``tr(..., n)`` plural text with ``%n`` filled in; untranslated English "post(s)" becomes
    "post" or "posts" (there is no English .qm to pick the form)."""
    text = text.replace("%n", QLocale().toString(n))
    return text.replace("(s)", "" if n == 1 else "s")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date.fromordinal(day.toJulianDay() - 1721425)


def entries_mime(entries: Sequence[PlanEntry]) -> QMimeData:
    """What a dragged set of calendar entries carries: post and target ids."""
    data = QMimeData()
    payload = [{"post_id": e.post_id, "target_ids": list(e.target_ids)} for e in entries]
    data.setData(ENTRY_MIME, QByteArray(json.dumps(payload).encode()))
    return data


def read_entries_mime(data: QMimeData) -> list[dict[str, Any]]:
    if not data.hasFormat(ENTRY_MIME):
        return []
    loaded = json.loads(bytes(data.data(ENTRY_MIME).data()).decode())
    return list(loaded) if isinstance(loaded, list) else []


def read_idea_mime(data: QMimeData) -> list[int]:
    if not data.hasFormat(IDEA_MIME):
        return []
    loaded = json.loads(bytes(data.data(IDEA_MIME).data()).decode())
    return [int(x) for x in loaded] if isinstance(loaded, list) else []


class DayGridModel(QAbstractTableModel):
    """Weeks as rows, weekdays as columns (in the locale's order); one cell is one day.

    ``rows`` is 6 for the month view and 1 for the week view. Each cell's ``EntriesRole`` is the
    day's entries in time order.
    """

    def __init__(self, rows: int = 6, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self.first_day = QDate.currentDate()
        self.calendar = QCalendar()
        self.month = 0  # month number within the calendar system (month view)
        self.today = QDate.currentDate()
        self._by_day: dict[dt.date, list[PlanEntry]] = {}
        self._empty: set[dt.date] = set()

    # -- content -------------------------------------------------------------------------------
    def set_grid(
        self, first_day: QDate, calendar: QCalendar, month: int, today: QDate | None = None
    ) -> None:
        """Show the grid starting at ``first_day`` (no entries until ``set_entries``)."""
        self.beginResetModel()
        self.first_day = first_day
        self.calendar = calendar
        self.month = month
        self.today = today or QDate.currentDate()
        self._by_day = {}
        self._empty = set()
        self.endResetModel()

    def set_entries(self, entries: Sequence[PlanEntry], empty_days: Sequence[dt.date]) -> None:
        by_day: dict[dt.date, list[PlanEntry]] = defaultdict(list)
        for entry in entries:
            by_day[entry.day].append(entry)
        self._by_day = dict(by_day)
        self._empty = set(empty_days)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
                [EntriesRole, EmptyRhythmRole, Qt.ItemDataRole.ToolTipRole],
            )

    def date_at(self, row: int, column: int) -> QDate:
        return self.first_day.addDays(row * 7 + column)

    def index_of(self, day: QDate) -> QModelIndex:
        offset = self.first_day.daysTo(day)
        if not 0 <= offset < self._rows * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    @property
    def last_day(self) -> QDate:
        return self.first_day.addDays(self._rows * 7 - 1)

    def entries_on(self, day: QDate) -> list[PlanEntry]:
        return self._by_day.get(pydate(day), [])

    def all_entries(self) -> list[PlanEntry]:
        return [e for day in sorted(self._by_day) for e in self._by_day[day]]

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self._rows

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
            if role == Qt.ItemDataRole.DisplayRole:
                return QLocale().dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
            if role == Qt.ItemDataRole.ToolTipRole:
                return QLocale().dayName(day.dayOfWeek(), QLocale.FormatType.LongFormat)
        if (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self._rows
        ):
            return str(self.first_day.addDays(section * 7).weekNumber()[0])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self._rows and 0 <= index.column() < 7):
            return None
        day = self.date_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(self.calendar.partsFromDate(day).day)
        if role == DateRole:
            return day
        if role == EntriesRole:
            return self.entries_on(day)
        if role == InRangeRole:
            return self._rows == 1 or self.calendar.partsFromDate(day).month == self.month
        if role == IsTodayRole:
            return day == self.today
        if role == EmptyRhythmRole:
            return pydate(day) in self._empty and day >= self.today
        if role == Qt.ItemDataRole.ToolTipRole:
            count = len(self.entries_on(day))
            text = QLocale().toString(day, QLocale.FormatType.LongFormat, self.calendar)
            if count:
                posts = QCoreApplication.translate("PlanModels", "%n post(s)", "", count)
                return text + " · " + counted(posts, count)
            if self.data(index, EmptyRhythmRole):
                return (
                    text
                    + " · "
                    + QCoreApplication.translate(
                        "PlanModels", "one of your posting days, nothing planned yet"
                    )
                )
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QLocale().toString(day, QLocale.FormatType.LongFormat, self.calendar)
        return None

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME, IDEA_MIME]


AGENDA_COLUMNS = (  # marked for lupdate; translated where shown
    QT_TRANSLATE_NOOP("PlanModels", "Day"),
    QT_TRANSLATE_NOOP("PlanModels", "Time"),
    QT_TRANSLATE_NOOP("PlanModels", "Accounts"),
    QT_TRANSLATE_NOOP("PlanModels", "Rubric"),
    QT_TRANSLATE_NOOP("PlanModels", "Post"),
    QT_TRANSLATE_NOOP("PlanModels", "State"),
)


class AgendaModel(QAbstractTableModel):
    """The agenda (list) view: one row per entry, in time order."""

    DAY, TIME, ACCOUNTS, RUBRIC, POST, STATE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[PlanEntry] = []
        self.calendar = QCalendar()

    def set_entries(self, entries: Sequence[PlanEntry], calendar: QCalendar | None = None) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        if calendar is not None:
            self.calendar = calendar
        self.endResetModel()

    def entry(self, row: int) -> PlanEntry:
        return self._entries[row]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(AGENDA_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(AGENDA_COLUMNS)
        ):
            return _tr(AGENDA_COLUMNS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == EntryRole:
            return e
        if role == PostIdRole:
            return e.post_id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DAY:
                day = qdate(e.day)
                weekday = QLocale().dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
                return f"{weekday} {day_month(day, self.calendar)}"
            if col == self.TIME:
                return QLocale().toString(
                    QTime(e.local.hour, e.local.minute), QLocale.FormatType.ShortFormat
                )
            if col == self.ACCOUNTS:
                return ", ".join(
                    f"{PLATFORMS[p].name if p in PLATFORMS else p} @{h}"
                    for p, h in zip(e.platforms, e.handles, strict=True)
                )
            if col == self.RUBRIC:
                return e.rubric_name or QCoreApplication.translate("PlanModels", "No rubric")
            if col == self.POST:
                return own_direction(e.snippet) if QGuiApplication.isRightToLeft() else e.snippet
            if col == self.STATE:
                return state_label(e.state)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.POST:
            return e.snippet
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ACCOUNTS:
            return self.data(index, Qt.ItemDataRole.DisplayRole).replace(", ", "\n")
        if role == Qt.ItemDataRole.DecorationRole:
            if col == self.RUBRIC and e.rubric_colour:
                return QColor(e.rubric_colour)
            if col == self.ACCOUNTS and e.platforms:
                info = PLATFORMS.get(e.platforms[0])
                return QColor(info.colour) if info else None
        if role == Qt.ItemDataRole.UserRole and col == self.TIME:
            return e.scheduled_at.timestamp()
        return None


class IdeasModel(QAbstractListModel):
    """The ideas backlog: posts without a date; drag one onto a day to schedule it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._ideas: list[IdeaEntry] = []

    def set_ideas(self, ideas: Sequence[IdeaEntry]) -> None:
        self.beginResetModel()
        self._ideas = list(ideas)
        self.endResetModel()

    def idea(self, row: int) -> IdeaEntry:
        return self._ideas[row]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ideas)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ideas):
            return None
        idea = self._ideas[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            # The idea's own script decides its direction (English in a Persian UI reads LTR,
            # "come back?" does not become "?come back").
            title = idea.title or QCoreApplication.translate("PlanModels", "(no text yet)")
            return own_direction(title) if QGuiApplication.isRightToLeft() else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return idea.snippet
        if role == Qt.ItemDataRole.DecorationRole:  # no rubric: a grey swatch
            return QColor(idea.rubric_colour or NO_RUBRIC_COLOUR)
        if role == PostIdRole:
            return idea.post_id
        if role == EntryRole:
            return idea
        return None

    def mimeTypes(self) -> list[str]:
        return [IDEA_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._ideas[i.row()].post_id for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(IDEA_MIME, QByteArray(json.dumps(ids).encode()))
        return data


def needs_photo(entry: PlanEntry) -> list[str]:
    """The platforms (names) of ``entry`` kept as a draft without the photo they require (an
    Instagram idea dropped on a day before it had one); empty when none."""
    from smmdesk_gui.domain.platforms import PLATFORMS

    if entry.thumbnail is not None:
        return []
    names = [
        PLATFORMS[p].name
        for p, state in zip(entry.platforms, entry.states, strict=True)
        if state == "draft" and p in PLATFORMS and PLATFORMS[p].requires_media
    ]
    return list(dict.fromkeys(names))
