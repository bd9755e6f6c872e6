"""The Plan screen's date maths on their own: which days month, week and list show, paging, titles,
Gregorian and Jalali (no widgets, no store)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt

from smmdesk_gui.ui.calendar.visible_range import VisibleRange, calendar_for

MONDAY, SATURDAY, SUNDAY = Qt.DayOfWeek.Monday, Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday
EN = QLocale("en_US")


def _iso(days: tuple[QDate, QDate]) -> tuple[str, str]:
    return days[0].toString(Qt.DateFormat.ISODate), days[1].toString(Qt.DateFormat.ISODate)


def test_month_grid_is_six_weeks_from_the_locales_first_weekday() -> None:
    feb = VisibleRange("month", "gregorian", QDate(2026, 2, 14), MONDAY)
    assert _iso(feb.month_bounds()) == ("2026-02-01", "2026-02-28")
    assert _iso(feb.visible_bounds()) == ("2026-01-26", "2026-03-08")  # Mon .. 42 days later
    assert _iso(feb.period_bounds()) == ("2026-02-01", "2026-02-28")  # not the neighbours' days
    sunday_first = VisibleRange("month", "gregorian", QDate(2026, 2, 14), SUNDAY)
    assert _iso(sunday_first.visible_bounds()) == ("2026-02-01", "2026-03-14")
    assert feb.title(EN) == "February 2026"


def test_week_and_list_views() -> None:
    week = VisibleRange("week", "gregorian", QDate(2026, 12, 2), MONDAY)  # a Wednesday
    assert _iso(week.visible_bounds()) == ("2026-11-30", "2026-12-06")
    assert week.period_bounds() == week.visible_bounds()
    agenda = VisibleRange("agenda", "gregorian", QDate(2026, 12, 2), MONDAY)
    assert _iso(agenda.visible_bounds()) == ("2026-12-01", "2026-12-31")


def test_paging_by_month_and_by_week() -> None:
    rng = VisibleRange("month", "gregorian", QDate(2026, 1, 31), MONDAY)
    rng.step(1)  # from the 31st: to February, not past it
    assert _iso(rng.month_bounds()) == ("2026-02-01", "2026-02-28")
    rng.step(-2)
    assert _iso(rng.month_bounds()) == ("2025-12-01", "2025-12-31")
    assert rng.set_view("week")
    anchor = rng.anchor
    rng.step(-1)
    assert rng.anchor == anchor.addDays(-7)


def test_week_titles_within_a_month_and_across_the_year() -> None:
    assert VisibleRange("week", "gregorian", QDate(2026, 11, 18), MONDAY).title(EN) == (
        "16 – 22 Nov 2026"
    )
    assert VisibleRange("week", "gregorian", QDate(2026, 12, 30), MONDAY).title(EN) == (
        "28 Dec – 3 Jan 2027"
    )


def test_jalali_months_page_by_the_persian_calendar() -> None:
    nowruz = VisibleRange("month", "jalali", QDate(2026, 3, 21), SATURDAY)  # 1 Farvardin 1405
    assert _iso(nowruz.month_bounds()) == ("2026-03-21", "2026-04-20")  # 31 days
    assert nowruz.title(EN) == "Farvardin 1405"
    assert nowruz.title(QLocale("fa_IR")) == "فروردین ۱۴۰۵"  # Persian digits, no separator
    nowruz.step(1)
    assert nowruz.anchor == QDate(2026, 4, 21)  # 1 Ordibehesht
    nowruz.set_calendar("gregorian")
    assert _iso(nowruz.month_bounds()) == ("2026-04-01", "2026-04-30")


def test_unknown_view_and_calendar_fall_back() -> None:
    rng = VisibleRange("timeline", "martian", QDate(2026, 6, 1), MONDAY)
    assert rng.view_mode == "month"
    assert rng.calendar.name() == calendar_for("gregorian").name()
    assert not rng.set_view("timeline") and rng.view_mode == "month"
