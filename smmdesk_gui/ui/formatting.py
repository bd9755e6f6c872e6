"""Dates, times and numbers in the UI language's locale."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

from smmdesk_gui.ui.calendars import ui_calendar


def to_qdatetime(instant: dt.datetime, tz: dt.tzinfo) -> QDateTime:
    local = instant.astimezone(tz)
    offset = local.utcoffset() or dt.timedelta()
    qdt = QDateTime.fromSecsSinceEpoch(int(instant.timestamp()))
    return qdt.toTimeZone(QTimeZone(int(offset.total_seconds())))


def format_time(instant: dt.datetime, tz: dt.tzinfo) -> str:
    return QLocale().toString(to_qdatetime(instant, tz).time(), QLocale.FormatType.ShortFormat)


def format_datetime(instant: dt.datetime, tz: dt.tzinfo) -> str:
    # the date in the UI's calendar (Jalali for Persian unless Settings says otherwise)
    return QLocale().toString(
        to_qdatetime(instant, tz), QLocale.FormatType.ShortFormat, ui_calendar()
    )


def format_number(value: int | float, *, grouped: bool = True) -> str:
    """``value`` in the locale's digits (Persian, Arabic-Indic) and separators."""
    locale = QLocale()
    if not grouped:
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value)


def format_percent(share: float) -> str:
    """A share (0.4) as a whole percentage in the locale's digits and sign ("40%", "۴۰٪")."""
    locale = QLocale()
    return locale.toString(round(share * 100)) + locale.percent()
