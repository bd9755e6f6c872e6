"""The calendar system every date in the UI is shown in: a setting of the UI, like its language.

Gregorian, Persian (Jalali) or Islamic (civil). Unless the owner chose one in Settings (or in the
Plan's box: the same setting), a Persian UI uses Jalali and every other language Gregorian. The
choice is process-wide, as ``QLocale.setDefault`` is for the language: the composer's date
fields, the dashboard, the report and the status bar have no settings object at hand, and the
PDF report is also drawn by the command line. Screens that show dates follow
``calendar_notifier().changed`` to redraw when the owner switches.

QtCore only (the command line's report uses it too).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCalendar, QDate, QLocale, QObject, QSettings, Signal

CALENDARS = (
    ("gregorian", QCalendar.System.Gregorian),
    ("jalali", QCalendar.System.Jalali),
    ("islamic", QCalendar.System.IslamicCivil),
)
SETTING = "ui/calendar"
_LEGACY_SETTING = "plan/calendar"  # the Plan's own box, before it became the UI's setting

_chosen: str | None = None


class _Notifier(QObject):
    changed = Signal(str)  # the new calendar key


_notifier: _Notifier | None = None


def calendar_notifier() -> _Notifier:
    """The one object whose ``changed(key)`` says the UI's calendar was switched."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def calendar_for(key: str) -> QCalendar:
    """The calendar system called ``key`` in ``CALENDARS`` (Gregorian for an unknown key)."""
    system = dict(CALENDARS).get(key, QCalendar.System.Gregorian)
    return QCalendar(system)


def default_calendar_key() -> str:
    """Jalali for a Persian UI, else Gregorian."""
    return "jalali" if QLocale().language() == QLocale.Language.Persian else "gregorian"


def ui_calendar_key() -> str:
    """The key of the calendar the UI shows dates in (the owner's choice, else the language's)."""
    return _chosen if _chosen is not None else default_calendar_key()


def ui_calendar() -> QCalendar:
    """The calendar the UI shows dates in."""
    return calendar_for(ui_calendar_key())


def load_ui_calendar(settings: QSettings) -> str:
    """Take the owner's saved choice from ``settings`` (none saved: the language's default)."""
    saved = settings.value(SETTING, settings.value(_LEGACY_SETTING, None))
    use_calendar(str(saved) if saved in dict(CALENDARS) else None)
    return ui_calendar_key()


def choose_ui_calendar(key: str, settings: QSettings) -> None:
    """The owner chose ``key`` (Settings or the Plan's box): save it, use it, tell the screens."""
    if key not in dict(CALENDARS):
        key = "gregorian"
    settings.setValue(SETTING, key)
    settings.remove(_LEGACY_SETTING)
    if key != ui_calendar_key() or _chosen is None:
        use_calendar(key)
        calendar_notifier().changed.emit(key)


def use_calendar(key: str | None) -> None:
    """Use ``key`` process-wide (None: the language's default); no signal (start-up, tests)."""
    global _chosen
    _chosen = key


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate (the day itself, whatever calendar shows it)."""
    return QDate(day.year, day.month, day.day)


def format_date(day: dt.date | QDate, locale: QLocale | None = None) -> str:
    """The day in the locale's short format and digits, in the UI's calendar."""
    locale = locale or QLocale()
    q = day if isinstance(day, QDate) else qdate(day)
    return locale.toString(q, QLocale.FormatType.ShortFormat, ui_calendar())


def format_date_long(day: dt.date | QDate, locale: QLocale | None = None) -> str:
    """The day with its month's name ("3 Mordad 1405", "June 3, 2026") in the UI's calendar."""
    locale = locale or QLocale()
    q = day if isinstance(day, QDate) else qdate(day)
    return locale.toString(q, QLocale.FormatType.LongFormat, ui_calendar())


def month_year(day: dt.date | QDate, locale: QLocale | None = None) -> str:
    """ "Mordad 1405" / "June 2026": the month of ``day`` in the UI's calendar."""
    locale = locale or QLocale()
    q = day if isinstance(day, QDate) else qdate(day)
    calendar = ui_calendar()
    parts = calendar.partsFromDate(q)
    name = calendar.standaloneMonthName(locale, parts.month, parts.year)
    plain = QLocale(locale)
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return f"{name} {plain.toString(parts.year)}"


def period_text(first: dt.date, last: dt.date, locale: QLocale | None = None) -> str:
    """ "1/5/05 – 31/5/05": a period's first and last day in the UI's calendar."""
    return f"{format_date(first, locale)} – {format_date(last, locale)}"


class _Follower(QObject):
    """Keeps its parent date field (a QDateTimeEdit or QDateEdit) in the UI's calendar.

    A child of the field, so the connection goes with it; Qt does not pass a field's new
    calendar on to a popup that already exists, so the popup is set as well.
    """

    def __init__(self, field: QObject) -> None:
        super().__init__(field)
        self._field = field
        calendar_notifier().changed.connect(self.apply)
        self.apply()

    def apply(self, _key: str = "") -> None:
        calendar = ui_calendar()
        field: Any = self._field
        field.setCalendar(calendar)
        popup = field.calendarWidget() if field.calendarPopup() else None
        if popup is not None:
            popup.setCalendar(calendar)


def follow_ui_calendar(field: QObject) -> None:
    """Show ``field``'s dates (a QDateTimeEdit or QDateEdit, and its popup) in the UI's
    calendar, now and whenever the owner switches it."""
    _Follower(field)


def pydate(day: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


def month_bounds(today: dt.date, back: int = 0) -> tuple[dt.date, dt.date]:
    """The first and last day of the UI calendar's month holding ``today``, or ``back`` months
    before it ("this month" / "last month" on the dashboard are Jalali months in Jalali)."""
    calendar = ui_calendar()
    parts = calendar.partsFromDate(qdate(today))
    first = QDate(parts.year, parts.month, 1, calendar).addMonths(-back, calendar)
    fparts = calendar.partsFromDate(first)
    days = calendar.daysInMonth(fparts.month, fparts.year)
    return pydate(first), pydate(first.addDays(days - 1))


def is_whole_month(first: dt.date, last: dt.date) -> bool:
    """Whether ``first`` .. ``last`` is exactly one month of the UI's calendar."""
    return (first, last) == month_bounds(first)


def period_label(first: dt.date, last: dt.date, locale: QLocale | None = None) -> str:
    """ "Mordad 1405" for a whole month of the UI's calendar, else its first and last day."""
    if is_whole_month(first, last):
        return month_year(first, locale)
    return period_text(first, last, locale)


def short_day(day: dt.date, locale: QLocale | None = None) -> str:
    """ "3 Jun" / "3 Mordad": the day number and short month name in the UI's calendar."""
    locale = locale or QLocale()
    calendar = ui_calendar()
    parts = calendar.partsFromDate(qdate(day))
    name = calendar.monthName(locale, parts.month, parts.year, QLocale.FormatType.ShortFormat)
    return f"{locale.toString(parts.day)} {name}"
