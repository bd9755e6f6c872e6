"""Right to left done right (issue 13, item 4): values of the other direction put into Persian or
Arabic text are isolated (FSI … PDI), one kind of place per test, so "@shop", "+2" and "12:30"
keep their order and the punctuation lands where a reader expects."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from smmdesk_gui.domain.text_rules import CountResult
from smmdesk_gui.services.accounts import AccountInfo
from smmdesk_gui.services.publish.overview import QueueSummary
from smmdesk_gui.services.stats.report import HeadlineRow
from smmdesk_gui.ui.i18n import (
    FSI,
    PDI,
    arg,
    bidi,
    isolate,
    isolate_signed,
    join_parts,
    list_separator,
)

UTC = dt.UTC


def _isolated(value: str, text: str) -> bool:
    return f"{FSI}{value}{PDI}" in text


def _account(handle: str = "@korenbloem", name: str = "Korenbloem Bakery") -> AccountInfo:
    return AccountInfo(
        id=1,
        platform="instagram",
        handle=handle,
        display_name=name,
        base_url=None,
        channel=None,
        state="ok",
        state_message="",
        last_checked_at=None,
        assisted=False,
    )


def test_english_text_with_english_values_stays_as_it_was(qapp: Any) -> None:
    assert arg("Time to post on %1", "Instagram") == "Time to post on Instagram"
    assert join_parts(["1 failed", "2 need you"]) == "1 failed · 2 need you"
    assert isolate_signed("+2 more") == "+2 more"


def test_a_persian_value_in_english_text_is_isolated(qapp: Any) -> None:
    assert arg("Time to post on %1", "نانوایی") == f"Time to post on {FSI}نانوایی{PDI}"


def test_arg_isolates_every_value_and_keeps_the_at_sign_with_its_handle(rtl_language: str) -> None:
    text = arg("%1 @%2: %3", "Instagram", "korenbloem", "۱۲:۳۰")
    assert text == f"{FSI}Instagram{PDI} {FSI}@korenbloem{PDI}: {FSI}۱۲:۳۰{PDI}"
    assert isolate(isolate("x")) == isolate("x")  # never twice
    digits = "۰۱۲۳۴۵۶۷۸۹" if rtl_language == "fa" else "٠١٢٣٤٥٦٧٨٩"
    assert arg("Ideas (%1)", 9) == f"Ideas ({FSI}{digits[9]}{PDI})"  # counts in the locale's digits
    assert arg("%1", 1260) == f"{FSI}{digits[1]}{digits[2]}{digits[6]}{digits[0]}{PDI}"


def test_status_bar_isolates_each_phrase(ctx: Any, rtl_language: str, qtbot: QtBot) -> None:
    """The Arabic status bar was scrambled: in "فشل ١ · ١ بانتظارك" the dot between the two
    counts looks like the Arabic zero (it read "١٠١"); the phrases are isolated and joined by
    the Arabic comma."""
    from smmdesk_gui.ui.main_window import MainWindow

    window = MainWindow(
        ctx.paths, QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    tz = ZoneInfo("Europe/Amsterdam")
    summary = QueueSummary(
        accounts=2,
        posts=5,
        scheduled_today=3,
        next_at=dt.datetime(2026, 12, 3, 11, 30, tzinfo=UTC),
        failed=1,
        needs_you=1,
    )
    window._show_status((summary, tz))
    text = window.queue_label.text()
    assert " · " not in text and "، " in text
    parts = text.split(list_separator())
    assert len(parts) == 4
    for part in parts:  # every phrase whole: its numbers cannot cross the dot
        assert part.startswith(FSI) and part.endswith(PDI), part
    from smmdesk_gui.ui.formatting import format_time

    assert _isolated(format_time(summary.next_at, tz), parts[1])  # type: ignore[arg-type]


def test_plan_day_says_plus_n_more_with_the_sign_before_the_number(rtl_language: str) -> None:
    from PySide6.QtCore import QLocale

    from smmdesk_gui.ui.calendar.delegate import DayCellDelegate

    text = DayCellDelegate().more_text(2, chips_shown=True)
    assert _isolated("+" + QLocale().toString(2), text), text


def test_notice_button_isolates_the_title_and_the_signed_count(
    rtl_language: str, qapp: Any
) -> None:
    from PySide6.QtCore import QLocale

    from smmdesk_gui.ui.publishing.notifier import Notice, StatusBarNotifier

    notifier = StatusBarNotifier(None)
    notifier.notify(Notice("failed", 1, "Instagram @korenbloem", "why"))
    notifier.notify(Notice("failed", 2, "Telegram @news", "why"))
    text = notifier.button.text()
    assert text.startswith(f"{FSI}Telegram @news{PDI} ")
    assert _isolated("+" + QLocale().toString(1), text), text


def test_composer_counter_and_its_tooltip_are_isolated(rtl_language: str, qtbot: QtBot) -> None:
    from smmdesk_gui.ui.composer.widgets import CounterBar

    bar = CounterBar()
    qtbot.addWidget(bar)
    account = _account()
    bar.set_accounts([account])
    bar.show_count(account, CountResult("instagram", 83, 2200, True))
    button = bar.buttons[account.id]
    assert button.text().startswith(FSI) and button.text().endswith(PDI)
    assert "/" in button.text()
    assert _isolated("Instagram", button.toolTip())


def test_dashboard_kpi_value_and_change_are_isolated(rtl_language: str, qtbot: QtBot) -> None:
    from smmdesk_gui.ui.dashboard.cards import KpiCard
    from smmdesk_gui.ui.report import labels as lbl

    card = KpiCard("er_reach")
    qtbot.addWidget(card)
    row = HeadlineRow("er_reach", 0.074, 0.083, "percent")
    card.show_row(row)
    assert card.value.text() == isolate(lbl.fmt_value(0.074, "percent"))
    assert _isolated(lbl.fmt_change(row), card.change.text())  # "−0.9 pp" keeps its sign


def test_accounts_list_isolates_name_and_handle(rtl_language: str) -> None:
    from smmdesk_gui.ui.accounts.model import COL_ACCOUNT, AccountsModel

    model = AccountsModel()
    model.set_accounts([_account("@shop@mastodon.social", "Korenbloem")], ZoneInfo("UTC"))
    text = model.data(model.index(0, COL_ACCOUNT))
    assert text == f"{FSI}Korenbloem{PDI} ({FSI}@shop@mastodon.social{PDI})"


def test_elided_excerpt_keeps_its_ellipsis_at_its_reading_end(rtl_language: str) -> None:
    """In a right-to-left window an English excerpt is isolated line by line: its "…" ends the
    English line (on the right), not the Persian paragraph (on the left)."""
    from smmdesk_gui.ui.formatting import elide_words

    label = QLabel()
    fm = QFontMetrics(label.font())
    text = "Marieke has bought our rye every Saturday for ten years and she still smiles"
    lines = elide_words(text, fm, fm.horizontalAdvance("Marieke has bought our"), lines=2)
    for line in lines.split("\n"):
        assert line.startswith(FSI) and line.endswith(PDI), line
    assert lines.split("\n")[-1].endswith("…" + PDI)


def test_week_tooltip_joins_the_time_and_the_count_isolated(rtl_language: str) -> None:
    assert join_parts(["۱۲:۳۰", "۲ پست"]) == f"{FSI}۱۲:۳۰{PDI}، {FSI}۲ پست{PDI}"
    assert bidi("") == ""


def test_isolation_marks_are_invisible(qapp: Any) -> None:
    """FSI and PDI take no width in Qt's text engine with the UI's font (no boxes drawn)."""
    fm = QFontMetrics(QApplication.font())
    for text in ("@korenbloem", "۱۲:۳۰", "+2 مورد دیگر"):
        assert fm.horizontalAdvance(isolate(text)) == fm.horizontalAdvance(text)


def test_photo_description_keeps_its_ellipsis_at_its_end(rtl_language: str, qtbot: QtBot) -> None:
    """Under a photo the start of an English description ends in "…": isolated, the "…" stays
    at the right (its reading end), not at the left of the right-to-left strip."""
    from smmdesk_gui.ui.composer.media_strip import MediaStrip

    strip = MediaStrip()
    qtbot.addWidget(strip)
    strip.add_item(
        7, "buns.jpg", "Six cardamom buns with pearl sugar on a linen cloth, seen from above"
    )
    text = strip.list.item(0).text()
    assert text.startswith(f"{FSI}Six cardamom") and text.endswith(f"…{PDI}")
