"""Posting slots and the DST rule (gap -> first valid instant after it; repeated hour -> first)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmdesk_gui.domain.slots import (
    WeeklySlot,
    is_ambiguous,
    is_nonexistent,
    local_to_utc,
    move_to_day,
    next_free_slot,
    next_free_slots,
    shift_days,
    slot_instants,
    utc_to_local,
)

UTC = dt.UTC
AMS = ZoneInfo("Europe/Amsterdam")
NYC = ZoneInfo("America/New_York")
THR = ZoneInfo("Asia/Tehran")
SYD = ZoneInfo("Australia/Sydney")


def u(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def n(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# (zone, wall-clock inside the gap, expected UTC = the moment the clocks jump, local after jump)
GAPS = [
    (AMS, "2026-03-29 02:30", "2026-03-29 01:00", "03:00"),
    (AMS, "2026-03-29 02:00", "2026-03-29 01:00", "03:00"),
    (AMS, "2026-03-29 02:59", "2026-03-29 01:00", "03:00"),
    (NYC, "2026-03-08 02:30", "2026-03-08 07:00", "03:00"),
    (THR, "2021-03-22 00:30", "2021-03-21 20:30", "01:00"),  # Iran's last DST year; gap at midnight
    (SYD, "2026-10-04 02:30", "2026-10-03 16:00", "03:00"),
]


@pytest.mark.parametrize(("tz", "local", "expected", "wall"), GAPS)
def test_gap_moves_to_first_valid_instant_after_it(
    tz: ZoneInfo, local: str, expected: str, wall: str
) -> None:
    assert is_nonexistent(n(local), tz)
    assert not is_ambiguous(n(local), tz)
    got = local_to_utc(n(local), tz)
    assert got == u(expected)
    assert got.astimezone(tz).strftime("%H:%M") == wall
    # One second earlier the clock still showed the old side of the gap.
    assert utc_to_local(got - dt.timedelta(seconds=1), tz) < n(local)


# (zone, repeated wall-clock, the first occurrence in UTC, the second occurrence in UTC)
OVERLAPS = [
    (AMS, "2026-10-25 02:30", "2026-10-25 00:30", "2026-10-25 01:30"),
    (NYC, "2026-11-01 01:30", "2026-11-01 05:30", "2026-11-01 06:30"),
    (THR, "2021-09-21 23:30", "2021-09-21 19:00", "2021-09-21 20:00"),
    (SYD, "2026-04-05 02:30", "2026-04-04 15:30", "2026-04-04 16:30"),
]


@pytest.mark.parametrize(("tz", "local", "first", "second"), OVERLAPS)
def test_repeated_hour_takes_first_occurrence(
    tz: ZoneInfo, local: str, first: str, second: str
) -> None:
    assert is_ambiguous(n(local), tz)
    assert not is_nonexistent(n(local), tz)
    assert local_to_utc(n(local), tz) == u(first)
    # Both really are the same wall-clock time.
    assert utc_to_local(u(first), tz) == utc_to_local(u(second), tz) == n(local)


def test_tehran_without_dst_since_2023_keeps_half_hour_offset() -> None:
    assert not is_nonexistent(n("2026-03-22 00:30"), THR)
    assert local_to_utc(n("2026-03-22 00:30"), THR) == u("2026-03-21 21:00")
    assert local_to_utc(n("2026-09-22 12:00"), THR) == u("2026-09-22 08:30")


def test_aware_or_naive_is_refused() -> None:
    with pytest.raises(ValueError):
        local_to_utc(u("2026-01-01 10:00"), AMS)
    with pytest.raises(ValueError):
        utc_to_local(n("2026-01-01 10:00"), AMS)


@settings(max_examples=300, deadline=None)
@given(
    st.datetimes(min_value=dt.datetime(2015, 1, 1), max_value=dt.datetime(2035, 1, 1)),
    st.sampled_from([AMS, NYC, THR, SYD]),
)
def test_local_to_utc_round_trips_or_is_the_gap_end(local: dt.datetime, tz: ZoneInfo) -> None:
    local = local.replace(microsecond=0)
    got = local_to_utc(local, tz)
    assert got.tzinfo is UTC
    back = utc_to_local(got, tz)
    if is_nonexistent(local, tz):
        assert back > local
        assert utc_to_local(got - dt.timedelta(seconds=1), tz) < local
    else:
        assert back == local


def test_slot_parse_and_label() -> None:
    slot = WeeklySlot.parse("tuesday 9:05")
    assert slot == WeeklySlot(1, 9 * 60 + 5)
    assert slot.label() == "Tue 09:05"
    for bad in ("Tue", "Funday 10:00", "Tue 25:00", "Tue 10:61"):
        with pytest.raises(ValueError):
            WeeklySlot.parse(bad)
    with pytest.raises(ValueError):
        WeeklySlot(7, 0)
    with pytest.raises(ValueError):
        WeeklySlot(0, 1440)


def test_slot_instants_over_amsterdam_spring_week() -> None:
    # Sunday 02:30 and Sunday 02:45 both fall in the gap: they resolve to one instant (03:00).
    slots = [WeeklySlot(6, 150), WeeklySlot(6, 165), WeeklySlot(1, 750), WeeklySlot(3, 750)]
    got = list(slot_instants(slots, AMS, u("2026-03-23 00:00"), u("2026-04-01 00:00")))
    assert got == [
        u("2026-03-24 11:30"),  # Tue 12:30 CET
        u("2026-03-26 11:30"),  # Thu 12:30 CET
        u("2026-03-29 01:00"),  # Sun gap -> 03:00 CEST, once
        u("2026-03-31 10:30"),  # Tue 12:30 CEST: same wall clock, new offset
    ]


def test_next_free_slot_skips_taken_and_respects_after() -> None:
    slots = [
        WeeklySlot.parse("Tue 12:30"),
        WeeklySlot.parse("Thu 12:30"),
        WeeklySlot.parse("Sat 10:00"),
    ]
    now = u("2026-06-02 11:00")  # Tue 13:00 CEST: today's 12:30 has passed
    assert next_free_slot(slots, AMS, now) == u("2026-06-04 10:30")
    taken = [u("2026-06-04 10:30:20")]  # same minute counts as taken
    assert next_free_slot(slots, AMS, now, taken) == u("2026-06-06 08:00")
    assert next_free_slots(slots, AMS, now, 3, taken) == [
        u("2026-06-06 08:00"),
        u("2026-06-09 10:30"),
        u("2026-06-11 10:30"),
    ]
    assert next_free_slot([], AMS, now) is None
    every = [u("2026-06-04 10:30"), u("2026-06-06 08:00")]
    assert next_free_slot(slots, AMS, now, every, horizon_days=6) is None


def test_slots_follow_the_users_new_time_zone() -> None:
    slots = [WeeklySlot.parse("Mon 09:00")]
    now = u("2026-01-01 00:00")
    assert next_free_slot(slots, AMS, now) == u("2026-01-05 08:00")
    assert next_free_slot(slots, NYC, now) == u("2026-01-05 14:00")
    assert next_free_slot(slots, SYD, now) == u("2026-01-04 22:00")


def test_slot_in_new_york_autumn_repeat_is_first_occurrence() -> None:
    slots = [WeeklySlot.parse("Sun 01:30")]
    got = next_free_slot(slots, NYC, u("2026-10-31 00:00"))
    assert got == u("2026-11-01 05:30")  # 01:30 EDT, not 01:30 EST


def test_move_to_day_and_shift_keep_wall_clock_across_dst() -> None:
    before = local_to_utc(n("2026-03-27 18:15"), AMS)
    assert utc_to_local(move_to_day(before, dt.date(2026, 3, 30), AMS), AMS) == n(
        "2026-03-30 18:15"
    )
    assert utc_to_local(shift_days(before, 3, AMS), AMS) == n("2026-03-30 18:15")
    assert utc_to_local(shift_days(before, -3, AMS), AMS) == n("2026-03-24 18:15")
    # Moving a 02:30 post onto the spring-forward Sunday applies the gap rule.
    night = local_to_utc(n("2026-03-28 02:30"), AMS)
    assert move_to_day(night, dt.date(2026, 3, 29), AMS) == u("2026-03-29 01:00")
