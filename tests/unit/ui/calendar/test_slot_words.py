"""Posting times in the owner's language: written and read with QLocale, stored as before."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QLocale

from smmdesk_gui.domain.slots import WeeklySlot
from smmdesk_gui.ui.calendar.slot_words import SlotTextError, parse_slots_text, slots_text
from tests.fakes.plan_workspace import Workspace

TUE_1230, SAT_1000 = WeeklySlot(1, 12 * 60 + 30), WeeklySlot(5, 10 * 60)


@pytest.mark.parametrize(
    ("lang", "written"),
    [
        ("en", "Tue 12:30, Sat 10:00"),
        ("nl", "di 12:30, za 10:00"),
        ("ru", "вт 12:30, сб 10:00"),
        ("fa", "سه\u200cشنبه ۱۲:۳۰, شنبه ۱۰:۰۰"),
        ("ar", "الثلاثاء ١٢:٣٠, السبت ١٠:٠٠"),
        ("fil", "Mar 12:30, Sab 10:00"),
    ],
)
def test_slots_are_written_in_the_language_and_read_back(lang: str, written: str) -> None:
    locale = QLocale(lang)
    assert slots_text([TUE_1230, SAT_1000], locale) == written
    assert parse_slots_text(written, locale) == [TUE_1230, SAT_1000]


def test_long_names_english_names_and_loose_typing_are_read() -> None:
    nl, fa, ru = QLocale("nl"), QLocale("fa"), QLocale("ru")
    assert parse_slots_text("zaterdag 10:00; Dinsdag 12.30", nl) == [TUE_1230, SAT_1000]
    assert parse_slots_text("Tue 12:30\nsaturday 10:00", nl) == [TUE_1230, SAT_1000]
    # a space instead of the half-space, Latin digits, the Persian comma
    assert parse_slots_text("سه شنبه 12:30، شنبه 10:00", fa) == [TUE_1230, SAT_1000]
    assert parse_slots_text("Вторник 12:30, вт 12:30", ru) == [TUE_1230]


@pytest.mark.parametrize("typed", ["Funday 9:00", "di 25:00", "di", "12:30", "di 12:3"])
def test_what_is_not_a_posting_time_is_named(typed: str) -> None:
    with pytest.raises(SlotTextError) as caught:
        parse_slots_text(f"za 10:00, {typed}", QLocale("nl"))
    assert caught.value.part == typed


def test_posting_times_dialog_speaks_the_owners_language(ctx: Any, ws: Workspace) -> None:
    from smmdesk_gui.services.plan.posting_times import slots_of
    from smmdesk_gui.ui.calendar.settings_dialogs import PostingTimesDialog

    previous = QLocale()
    QLocale.setDefault(QLocale("ru"))
    try:
        dialog = PostingTimesDialog(ctx)
        instagram = dialog.edits[ws.accounts["instagram:bakery"]]
        assert instagram.text() == "вт 12:30, чт 12:30, сб 10:00"
        telegram = dialog.edits[ws.accounts["telegram:bakery_news"]]
        telegram.setText("пн 8:00; Пятница 08:00, Funday 9:00")
        assert dialog.save() is False
        assert "Funday 9:00" in dialog.message.text() and "вт 12:30" in dialog.message.text()
        telegram.setText("пн 8:00; Пятница 08:00")
        assert dialog.save() is True
        # stored as before: weekday numbers and minutes, whatever the language
        assert slots_of(ctx.store, ws.accounts["telegram:bakery_news"]) == [
            WeeklySlot(0, 8 * 60), WeeklySlot(4, 8 * 60)
        ]
        dialog.deleteLater()
    finally:
        QLocale.setDefault(previous)
