"""Dates, times and numbers in the UI language's locale: the app's two date/time formats.

Every date or time shown to the owner goes through one of two styles, both taken from the
locale (never a hard-coded pattern such as ``"%Y-%m-%d"`` or ``"d MMM"``):

* **short**: tables, chart axes, lists (``12/3/26``, ``12/3/26 1:05 PM``; ``۱۴۰۵/۹/۱۲`` in Persian);
* **long**: headings, titles and one-line statements (``Thursday, December 3, 2026``,
  ``Thursday, December 3, 2026 1:05 PM``).

Times of day are always the locale's short time (no seconds). ``format_datetime`` and
``format_time`` are kept as the short style's names.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QFontMetrics, QFontMetricsF

from smmdesk_gui.ui.calendars import ui_calendar

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def to_qdatetime(instant: dt.datetime, tz: dt.tzinfo) -> QDateTime:
    """``instant`` as a QDateTime in ``tz``'s offset at that moment."""
    local = instant.astimezone(tz)
    offset = local.utcoffset() or dt.timedelta()
    qdt = QDateTime.fromSecsSinceEpoch(int(instant.timestamp()))
    return qdt.toTimeZone(QTimeZone(int(offset.total_seconds())))


def qdate(day: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def format_date(day: dt.date, long: bool = False) -> str:
    """A calendar day in the short (default) or long style of the locale, in the UI's calendar."""
    return QLocale().toString(qdate(day), LONG if long else SHORT, ui_calendar())


def format_time(instant: dt.datetime, tz: dt.tzinfo) -> str:
    """The time of day of ``instant`` in ``tz``, the locale's short time."""
    return QLocale().toString(to_qdatetime(instant, tz).time(), SHORT)


def format_clock(hour: int, minute: int = 0) -> str:
    """A wall-clock time (a posting slot, an hour of the heatmap) in the locale's short time."""
    return QLocale().toString(QTime(hour, minute), SHORT)


def format_datetime(instant: dt.datetime, tz: dt.tzinfo, long: bool = False) -> str:
    """Date and time of ``instant`` in ``tz``: short (default) or long date, short time."""
    # the date in the UI's calendar (Jalali for Persian unless Settings says otherwise)
    local = to_qdatetime(instant, tz)
    loc = QLocale()
    if not long:
        return loc.toString(local, SHORT, ui_calendar())
    return f"{loc.toString(local.date(), LONG, ui_calendar())} {loc.toString(local.time(), SHORT)}"


def format_long_datetime(instant: dt.datetime, tz: dt.tzinfo) -> str:
    """The long style of :func:`format_datetime`."""
    return format_datetime(instant, tz, long=True)


def format_range(first: dt.date, last: dt.date, long: bool = False) -> str:
    """Two days as "first – last" in one style (a single day when they are the same)."""
    if first == last:
        return format_date(first, long)
    return f"{format_date(first, long)} – {format_date(last, long)}"


def elide_words(text: str, fm: QFontMetrics | QFontMetricsF, width: float, lines: int = 2) -> str:
    """``text`` cut to what fits in ``lines`` lines of ``width`` pixels, at a word, with "…".

    Words are never split (a single word longer than a line is the one exception: it is
    elided by Qt). The full text belongs in a tooltip. Each line is isolated as
    :func:`~smmdesk_gui.ui.i18n.bidi` says, so in a right-to-left UI the "…" of an English
    excerpt stays at its reading end (the right), and of a Persian one at the left.
    """
    from smmdesk_gui.ui.i18n import bidi

    words = text.split()
    if not words:
        return ""
    out: list[str] = []
    line = ""
    i = 0
    while i < len(words):
        trial = f"{line} {words[i]}" if line else words[i]
        if fm.horizontalAdvance(trial) <= width:
            line = trial
            i += 1
            continue
        if not line:  # one word wider than the whole line
            line = fm.elidedText(words[i], Qt.TextElideMode.ElideRight, int(width))
            i += 1
        out.append(line)
        line = ""
        if len(out) == lines:
            break
    if line and len(out) < lines:
        out.append(line)
    if i < len(words):
        last = out[-1]
        while last and fm.horizontalAdvance(last + "…") > width:
            last = last.rsplit(" ", 1)[0] if " " in last else ""
        out[-1] = (last + "…") if last else "…"
    return "\n".join(bidi(line) for line in out)


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


def percent_suffix() -> str:
    """What follows a figure in percent: a no-break space and the locale's sign ("7.4 %";
    Persian and Arabic write "٪", which ``"%"`` in the code would not give them)."""
    return "\u00a0" + QLocale().percent()
