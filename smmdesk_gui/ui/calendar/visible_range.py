"""Which days the Plan screen shows: the date maths behind month, week and list views.

Qt-light (QtCore only, no widgets), so it is unit-tested without a window. Dates are ``QDate``
laid out through ``QCalendar``: a Persian (Jalali) or Islamic calendar only changes which days make
a "month"; the week starts on the locale's first day of the week.
"""

from __future__ import annotations

from PySide6.QtCore import QCalendar, QDate, QLocale, Qt

# The calendar systems are the UI's setting (ui/calendars.py), named here for the Plan's modules.
from smmdesk_gui.ui.calendars import CALENDARS as CALENDARS
from smmdesk_gui.ui.calendars import calendar_for as calendar_for
from smmdesk_gui.ui.calendars import default_calendar_key as default_calendar_key

VIEWS = ("month", "week", "agenda")
GRID_DAYS = 42  # the month grid: six weeks, whatever the month


def month_title(day: QDate, calendar: QCalendar, locale: QLocale | None = None) -> str:
    """ "Mordad 1405" / "June 2026": the month name and year in the locale and calendar system."""
    locale = locale or QLocale()
    parts = calendar.partsFromDate(day)
    name = calendar.standaloneMonthName(locale, parts.month, parts.year)
    return f"{name} {year_text(parts.year, locale)}"


def day_month(day: QDate, calendar: QCalendar, locale: QLocale | None = None) -> str:
    """ "3 Jun": the day number and short month name."""
    locale = locale or QLocale()
    parts = calendar.partsFromDate(day)
    name = calendar.monthName(locale, parts.month, parts.year, QLocale.FormatType.ShortFormat)
    return f"{locale.toString(parts.day)} {name}"


def year_text(year: int, locale: QLocale) -> str:
    """The year in the locale's digits, without a group separator ("2026", not "2,026")."""
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return plain.toString(year)


class VisibleRange:
    """The anchor day, the view and the calendar system, and the days they make visible.

    Args:
        view_mode: one of ``VIEWS`` (anything else: ``"month"``).
        calendar_key: one of ``CALENDARS``' keys.
        anchor: the day the user navigated to (the month or week around it is shown).
        first_day_of_week: where a week starts; the default locale's when not given.
    """

    def __init__(
        self,
        view_mode: str,
        calendar_key: str,
        anchor: QDate,
        first_day_of_week: Qt.DayOfWeek | None = None,
    ) -> None:
        self.view_mode = view_mode if view_mode in VIEWS else "month"
        self.calendar_key = calendar_key
        self.calendar = calendar_for(calendar_key)
        self.anchor = anchor
        self._first_day_of_week = first_day_of_week

    def set_calendar(self, key: str) -> None:
        self.calendar_key = key
        self.calendar = calendar_for(key)

    def set_view(self, key: str) -> bool:
        """Switch the view; False (and nothing changed) for an unknown key."""
        if key not in VIEWS:
            return False
        self.view_mode = key
        return True

    def week_start(self, day: QDate) -> QDate:
        """The first day of the week ``day`` is in."""
        first = self._first_day_of_week
        if first is None:
            first = QLocale().firstDayOfWeek()
        offset = (day.dayOfWeek() - first.value + 7) % 7
        return day.addDays(-offset)

    def month_bounds(self) -> tuple[QDate, QDate]:
        """The first and last day of the anchor's month, in the calendar system."""
        parts = self.calendar.partsFromDate(self.anchor)
        first = QDate(parts.year, parts.month, 1, self.calendar)
        days = self.calendar.daysInMonth(parts.month, parts.year)
        return first, first.addDays(days - 1)

    def visible_bounds(self) -> tuple[QDate, QDate]:
        """The days on screen: the week, the month (list), or the six-week month grid."""
        if self.view_mode == "week":
            first = self.week_start(self.anchor)
            return first, first.addDays(6)
        if self.view_mode == "agenda":
            return self.month_bounds()
        first, _last = self.month_bounds()
        start = self.week_start(first)
        return start, start.addDays(GRID_DAYS - 1)

    def period_bounds(self) -> tuple[QDate, QDate]:
        """The period the screen is about (the rubric mix, "is the import in view"): the week in
        the week view, else the month (not the neighbours' days the month grid shows too)."""
        return self.visible_bounds() if self.view_mode == "week" else self.month_bounds()

    def step(self, direction: int) -> None:
        """One week (week view) or one calendar month (else) forwards or, negative, back."""
        if self.view_mode == "week":
            self.anchor = self.anchor.addDays(7 * direction)
        else:
            first, _ = self.month_bounds()
            self.anchor = first.addMonths(direction, self.calendar)

    def title(self, locale: QLocale | None = None) -> str:
        """ "June 2026", "Khordad 1405"; a week: "16 – 22 Nov 2026", "28 Dec – 3 Jan 2027"."""
        locale = locale or QLocale()
        if self.view_mode != "week":
            return month_title(self.month_bounds()[0], self.calendar, locale)
        first, last = self.visible_bounds()
        year = year_text(self.calendar.partsFromDate(last).year, locale)
        same_month = (
            self.calendar.partsFromDate(first).month == self.calendar.partsFromDate(last).month
        )
        start = (
            locale.toString(self.calendar.partsFromDate(first).day)
            if same_month
            else day_month(first, self.calendar, locale)
        )
        return f"{start} – {day_month(last, self.calendar, locale)} {year}"
