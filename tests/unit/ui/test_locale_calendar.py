"""Dates in the UI's calendar: Jalali everywhere for a Persian owner, switched in Settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.stats.kpis import dashboard_data
from smmdesk_gui.services.stats.period import Period
from smmdesk_gui.store.db import Store
from smmdesk_gui.ui.calendars import month_bounds, ui_calendar_key
from smmdesk_gui.ui.report.monthly import render_monthly_report
from smmdesk_gui.ui.settings_page import SettingsPage


@pytest.fixture
def persian(qapp: Any) -> Iterator[None]:
    from smmdesk_gui.ui.i18n import apply_language

    apply_language(qapp, "fa")
    try:
        yield
    finally:
        apply_language(qapp, "en")


def _settings(ctx: Any, qtbot: QtBot) -> SettingsPage:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    return page


def _choose(settings: SettingsPage, key: str) -> None:
    settings.calendar.setCurrentIndex(settings.calendar.findData(key))


def test_persian_defaults_to_jalali_and_saturday(persian: None) -> None:
    assert ui_calendar_key() == "jalali"
    assert QLocale().firstDayOfWeek() == Qt.DayOfWeek.Saturday
    # Mehr 1405 runs from 23 September to 22 October 2026; Shahrivar before it has 31 days
    assert month_bounds(dt.date(2026, 10, 15)) == (dt.date(2026, 9, 23), dt.date(2026, 10, 22))
    assert month_bounds(dt.date(2026, 10, 15), back=1) == (
        dt.date(2026, 8, 23),
        dt.date(2026, 9, 22),
    )


def test_english_defaults_to_gregorian(qapp: Any) -> None:
    assert ui_calendar_key() == "gregorian"
    assert month_bounds(dt.date(2026, 10, 15)) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))


def test_composer_date_picker_is_jalali_then_gregorian(
    ctx: Any, qtbot: QtBot, persian: None
) -> None:
    from smmdesk_gui.ui.composer.page import ComposePage
    from smmdesk_gui.ui.composer.widgets import wall_clock

    page = ComposePage(ctx)
    qtbot.addWidget(page)
    when = page.schedule.when
    when.setDateTime(wall_clock(QDate(2026, 7, 25), when.time()))
    popup = when.calendarWidget()
    assert popup.calendar().name() == "Jalali"
    assert popup.firstDayOfWeek() == Qt.DayOfWeek.Saturday
    assert when.text().startswith("۱۴۰۵-۰۵-۰۳")  # 3 Mordad 1405, in Persian digits
    settings = _settings(ctx, qtbot)
    assert settings.calendar.currentData() == "jalali"  # the box shows the calendar in use
    _choose(settings, "gregorian")
    assert popup.calendar().name() == "Gregorian"
    assert when.calendar().name() == "Gregorian"
    assert when.text().startswith("۲۰۲۶-۰۷-۲۵")
    assert ctx.settings().value("ui/calendar") == "gregorian"


def test_plan_title_is_a_jalali_month_then_gregorian(ctx: Any, qtbot: QtBot, persian: None) -> None:
    from smmdesk_gui.ui.calendar.page import PlanPage

    ctx.settings().setValue("plan/anchor", "2026-07-25")
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    page.set_view("month")
    assert page.calendar_key == "jalali"
    assert page.nav.title.text() == "مرداد ۱۴۰۵"
    _choose(_settings(ctx, qtbot), "gregorian")
    assert page.calendar_key == "gregorian"
    assert "۲۰۲۶" in page.nav.title.text() and "مرداد" not in page.nav.title.text()
    # and the Plan's own box is the same setting: Settings follows it
    settings = _settings(ctx, qtbot)
    page.set_calendar("islamic")
    assert settings.calendar.currentData() == "islamic"


def test_dashboard_period_label_is_jalali_then_gregorian(
    ctx: Any,
    qtbot: QtBot,
    october: dict[str, int],
    qapp: Any,  # noqa: F811
) -> None:
    from smmdesk_gui.ui.i18n import apply_language
    from tests.fakes.stats_workspace import october_dashboard

    page = october_dashboard(ctx, qtbot)  # 1 to 31 October 2026, custom
    try:
        apply_language(qapp, "fa")
        with qtbot.waitSignal(page.loaded):
            page.reload()
        # 1 October 2026 is 9 Mehr 1405, 31 October is 9 Aban
        assert "۱۴۰۵/۷/۹" in page.status.text() and "۱۴۰۵/۸/۹" in page.status.text()
        with qtbot.waitSignal(page.loaded):
            _choose(_settings(ctx, qtbot), "gregorian")
        assert "۲۰۲۶" in page.status.text() and "۱۴۰۵" not in page.status.text()
        with qtbot.waitSignal(page.loaded):
            page.picker.set_key("month")  # this month of the Gregorian calendar
        assert page.picker.period().first.day == 1
    finally:
        apply_language(qapp, "en")


def _pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def test_report_dates_are_in_the_ui_calendar(
    qapp: Any,
    store: Store,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
) -> None:
    from smmdesk_gui.ui.calendars import use_calendar

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    use_calendar("jalali")
    mehr = Period(dt.date(2026, 9, 23), dt.date(2026, 10, 22))  # a whole Jalali month
    render_monthly_report(dashboard_data(store, mehr, tz=dt.UTC), tmp_path / "a.pdf", "Bakery")
    text = _pdf_text(tmp_path / "a.pdf")
    assert "Mehr 1405" in text
    assert "7/9/05" in text  # the top post, 1 October 2026 (9 Mehr 1405)
    assert "2026-08" not in text  # the previous period too
    use_calendar("gregorian")
    render_monthly_report(dashboard_data(store, mehr, tz=dt.UTC), tmp_path / "b.pdf", "Bakery")
    text = _pdf_text(tmp_path / "b.pdf")
    assert "Mehr" not in text and "9/23/26" in text and "10/1/26" in text


def test_numbers_and_times_in_the_locale_digits(persian: None) -> None:
    from smmdesk_gui.ui.crash import backup_time
    from smmdesk_gui.ui.formatting import format_datetime, format_number, format_percent

    assert format_number(1234) == "۱٬۲۳۴"
    assert format_number(4096, grouped=False) == "۴۰۹۶"
    assert format_percent(0.4) == "۴۰٪"
    noon = dt.datetime(2026, 7, 25, 12, 0, tzinfo=dt.UTC)
    assert format_datetime(noon, dt.UTC).startswith("۱۴۰۵/۵/۳")  # 3 Mordad 1405
    assert backup_time(Path("smmdesk-20260725T120000Z-rev.db")).startswith("۱۴۰۵/۵/")


def test_dashboard_percentages_take_the_locales_percent_sign(persian: None) -> None:
    from smmdesk_gui.services.stats.report import HeadlineRow
    from smmdesk_gui.ui.report.labels import fmt_change, fmt_value

    # Persian writes "٪", never the "%" of the code
    assert fmt_value(0.074, "percent") == "۷٫۴\u00a0٪"
    assert fmt_change(HeadlineRow("reach", 1100.0, 1000.0, "count")) == "+۱۰٫۰\u00a0٪"


def test_dashboard_percentages_in_english_stay_as_they_were(qapp: Any) -> None:
    from smmdesk_gui.services.stats.report import HeadlineRow
    from smmdesk_gui.ui.report.labels import fmt_change, fmt_value

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert fmt_value(0.074, "percent") == "7.4\u00a0%"
    assert fmt_change(HeadlineRow("reach", 1100.0, 1000.0, "count")) == "+10.0\u00a0%"


def test_numbers_in_english_stay_as_they_were(qapp: Any) -> None:
    from smmdesk_gui.ui.formatting import format_number, format_percent

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert (format_number(1234), format_percent(0.4)) == ("1,234", "40%")


def test_counts_in_the_locale_digits(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from smmdesk_gui.ui.i18n import apply_language

    def failed(n: int) -> str:
        return QCoreApplication.translate("MainWindow", "%n failed", "", n)

    try:
        apply_language(qapp, "fa")
        # the count opens the sentence: an RLM keeps the paragraph right-to-left
        assert failed(3) == "\u200f۳ ناموفق"
        assert QCoreApplication.translate("MainWindow", "Settings") == "تنظیمات"  # the rest
        apply_language(qapp, "ar")
        assert "٣" in failed(3) and "3" not in failed(3)
        apply_language(qapp, "ru")
        assert failed(3) == "3 с ошибкой"
    finally:
        apply_language(qapp, "en")
    assert failed(3) == "3 failed"


def test_a_right_to_left_sentence_opening_with_latin_or_a_value_reads_right_to_left(
    qapp: Any,
) -> None:
    """Qt takes a paragraph's direction from its first strong letter: a Persian sentence that
    opens with "SMM Desk" or a value was laid out left-to-right (its full stop on the wrong side).
    """
    import xml.etree.ElementTree as ET  # noqa: N817

    from PySide6.QtCore import QCoreApplication

    from smmdesk_gui.ui.i18n import RLM, TRANSLATIONS_DIR, apply_language, starts_right_to_left

    sentence = "SMM Desk توکن را نگه می‌دارد."
    assert starts_right_to_left(sentence) == RLM + sentence
    assert starts_right_to_left("%1 این توکن را نپذیرفت.") == RLM + "%1 این توکن را نپذیرفت."
    rich = "<b>Threads</b> آماده است"
    assert starts_right_to_left(rich) == "<b>" + RLM + "Threads</b> آماده است"
    assert starts_right_to_left("تنظیمات SMM Desk") == "تنظیمات SMM Desk"  # already RTL first
    assert starts_right_to_left("Bluesky") == "Bluesky"  # no RTL letter: a name, left alone
    assert starts_right_to_left("«Create app» را بزنید") == RLM + "«Create app» را بزنید"

    # the Persian catalogue's own sentences that open with a Latin word, as the window gets them
    def persian(text: str) -> bool:
        return any("\u0600" <= ch <= "\u06ff" for ch in text)

    opening_latin = []
    for context in ET.parse(TRANSLATIONS_DIR / "smmdesk_fa.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None:
                continue
            text = translation.text or ""
            if translation.get("type") or not (text[:1].isascii() and text[:1].isalpha()):
                continue
            if persian(text):
                opening_latin.append((context.findtext("name") or "", message.findtext("source")))
    assert len(opening_latin) >= 5, opening_latin
    try:
        apply_language(qapp, "fa")
        for context_name, source in opening_latin:
            said = QCoreApplication.translate(context_name, source or "")
            assert said.startswith(RLM), (context_name, source, said)
        apply_language(qapp, "ru")
        assert RLM not in QCoreApplication.translate("MainWindow", "%n failed", "", 3)
    finally:
        apply_language(qapp, "en")


def test_the_month_before_a_jalali_month_is_the_jalali_month_before(
    qapp: Any,
    store: Store,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
) -> None:
    from smmdesk_gui.ui.calendars import use_calendar
    from smmdesk_gui.ui.dashboard.period_picker import previous_period

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    use_calendar("jalali")
    try:
        mehr = Period(dt.date(2026, 9, 23), dt.date(2026, 10, 22))  # 30 days
        shahrivar = Period(dt.date(2026, 8, 23), dt.date(2026, 9, 22))  # 31 days, not 30
        assert previous_period(mehr) == shahrivar
        esfand = Period(dt.date(2027, 2, 20), dt.date(2027, 3, 20))  # 29 days in 1405
        assert previous_period(esfand) == Period(dt.date(2027, 1, 21), dt.date(2027, 2, 19))
        week = Period(dt.date(2026, 10, 1), dt.date(2026, 10, 7))  # not a month: 7 days before
        assert previous_period(week) == Period(dt.date(2026, 9, 24), dt.date(2026, 9, 30))
        data = dashboard_data(store, mehr, tz=dt.UTC, previous=previous_period(mehr))
        assert data.previous.period == shahrivar
        render_monthly_report(data, tmp_path / "a.pdf", "Bakery")
        assert "Shahrivar 1405" in _pdf_text(tmp_path / "a.pdf")  # named as the month it is
    finally:
        use_calendar("gregorian")
    october_2026 = Period(dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert previous_period(october_2026) == Period(dt.date(2026, 9, 1), dt.date(2026, 9, 30))
