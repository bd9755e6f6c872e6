"""Weekly posting slots (the queue) and DST-safe local wall-clock -> UTC conversion.

A slot is a weekday plus a local wall-clock minute ("Tue 12:30"). It is stored as wall-clock time,
never as an instant, so a slot keeps meaning "12:30 where I am" after a daylight-saving change and
after the user moves to another time zone: every instant is computed from the slot and the zone
*at the time of asking*.

The rule for wall-clock times that do not map to exactly one instant (issue 5):

* **Spring-forward gap** (e.g. 02:30 on the last Sunday of March in Amsterdam, which never
  happens): the time moves to **the first valid instant after the gap**, i.e. the moment the clocks
  jump to (03:00 in Amsterdam, 01:00 in Tehran on 2021-03-22). Why not "shift by the gap length"
  (RFC 5545 and ``zoneinfo`` with ``fold=0`` give 03:30)? A post planned "at half past two" should
  go out as close to that as the clock allows, never later than the first moment the owner's clock
  shows a time at or after the planned one; and a slot at 02:59 must not jump to 03:59, past a
  03:30 slot, reordering the day.
* **Autumn repeated hour** (02:30 happens twice in Amsterdam on the last Sunday of October): the
  **first occurrence** (``fold=0``, the summer-time offset). It is the earlier instant, so a
  scheduled post never goes out later than the owner expected, and it is what ``zoneinfo`` does by
  default, so times typed by hand and times from slots agree.

Everything here is pure: zones are passed in as ``tzinfo`` objects (``zoneinfo.ZoneInfo``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

UTC = dt.UTC
WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MINUTES_PER_DAY = 24 * 60
DEFAULT_HORIZON_DAYS = 400


class SlotError(ValueError):
    """A posting time that cannot be read: ``what`` is ``"slot"`` (not like "Tue 12:30"),
    ``"weekday"`` or ``"time"`` (not a time of day), ``value`` the part as written."""

    def __init__(self, message: str, what: str, value: str) -> None:
        super().__init__(message)
        self.what = what
        self.value = value


@dataclass(frozen=True, order=True)
class WeeklySlot:
    """A weekly posting time: ``weekday`` (Monday = 0) and local ``minute_of_day`` (0..1439)."""

    weekday: int
    minute_of_day: int

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0..6 (Monday = 0), not {self.weekday}")
        if not 0 <= self.minute_of_day < MINUTES_PER_DAY:
            raise ValueError(f"minute_of_day must be 0..1439, not {self.minute_of_day}")

    @property
    def time(self) -> dt.time:
        return dt.time(self.minute_of_day // 60, self.minute_of_day % 60)

    def label(self) -> str:
        """``"Tue 12:30"`` (English short weekday; the UI formats through QLocale)."""
        return f"{WEEKDAY_NAMES[self.weekday]} {self.time:%H:%M}"

    @classmethod
    def parse(cls, text: str) -> WeeklySlot:
        """Parse ``"Tue 12:30"`` / ``"tuesday 9:05"``.

        Raises:
            SlotError: with a plain-words message, what is wrong and the part it is about.
        """
        match = re.fullmatch(r"\s*([A-Za-z]+)\s+(\d{1,2}):(\d{2})\s*", text)
        if not match:
            raise SlotError(f'"{text}" is not a slot like "Tue 12:30"', "slot", text)
        day = match.group(1)[:3].capitalize()
        if day not in WEEKDAY_NAMES:
            raise SlotError(f'"{match.group(1)}" is not a weekday', "weekday", match.group(1))
        hour, minute = int(match.group(2)), int(match.group(3))
        if hour > 23 or minute > 59:
            raise SlotError(f'"{text}" is not a valid time of day', "time", text)
        return cls(WEEKDAY_NAMES.index(day), hour * 60 + minute)


def _utc_offset(naive: dt.datetime, tz: dt.tzinfo, fold: int) -> dt.timedelta:
    offset = naive.replace(tzinfo=tz, fold=fold).utcoffset()
    assert offset is not None
    return offset


def is_nonexistent(local: dt.datetime, tz: dt.tzinfo) -> bool:
    """True when the naive wall-clock ``local`` falls in a spring-forward gap of ``tz``."""
    aware = local.replace(tzinfo=tz, fold=0)
    back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return back != local.replace(fold=0)


def is_ambiguous(local: dt.datetime, tz: dt.tzinfo) -> bool:
    """True when the naive wall-clock ``local`` happens twice in ``tz`` (autumn repeated hour)."""
    if is_nonexistent(local, tz):
        return False
    return _utc_offset(local, tz, 0) != _utc_offset(local, tz, 1)


def local_to_utc(local: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """The UTC instant of the naive wall-clock time ``local`` in ``tz`` (module rule for DST).

    Args:
        local: a naive datetime (wall-clock); an aware one is refused.
        tz: the zone, e.g. ``ZoneInfo("Europe/Amsterdam")``.

    Returns:
        An aware datetime in UTC. In a gap: the first valid instant after it. In a repeated
        hour: the first occurrence.
    """
    if local.tzinfo is not None:
        raise ValueError("local_to_utc wants a naive wall-clock time")
    local = local.replace(fold=0)
    if not is_nonexistent(local, tz):
        return local.replace(tzinfo=tz, fold=0).astimezone(UTC)
    # In a gap, fold=0 and fold=1 give two instants on either side of the transition (zoneinfo
    # applies the offset from before resp. after it). Binary-search whole seconds between them for
    # the first instant whose wall-clock is at or past ``local``: that is the transition itself.
    first = local.replace(tzinfo=tz, fold=0).astimezone(UTC)
    second = local.replace(tzinfo=tz, fold=1).astimezone(UTC)
    lo, hi = min(first, second), max(first, second)
    lo_s, hi_s = 0, int((hi - lo).total_seconds())
    while lo_s < hi_s:
        mid = (lo_s + hi_s) // 2
        if utc_to_local(lo + dt.timedelta(seconds=mid), tz) >= local:
            hi_s = mid
        else:
            lo_s = mid + 1
    return lo + dt.timedelta(seconds=lo_s)


def utc_to_local(instant: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """The naive wall-clock time of an aware instant in ``tz``."""
    if instant.tzinfo is None:
        raise ValueError("utc_to_local wants an aware instant")
    return instant.astimezone(tz).replace(tzinfo=None)


def move_to_day(instant: dt.datetime, day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    """``instant`` moved to local ``day`` keeping its local time of day (calendar drag and drop)."""
    local = utc_to_local(instant, tz)
    return local_to_utc(dt.datetime.combine(day, local.time()), tz)


def shift_days(instant: dt.datetime, days: int, tz: dt.tzinfo) -> dt.datetime:
    """``instant`` moved by ``days`` local calendar days, keeping the wall-clock time."""
    local = utc_to_local(instant, tz)
    return local_to_utc(local + dt.timedelta(days=days), tz)


def slot_instants(
    slots: Iterable[WeeklySlot], tz: dt.tzinfo, start: dt.datetime, end: dt.datetime
) -> Iterator[dt.datetime]:
    """UTC instants of ``slots`` in ``[start, end)``, in order, without duplicates.

    Two slots that resolve to the same instant (both inside one gap) yield it once.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("start and end must be aware instants")
    by_day: dict[int, list[int]] = {}
    for slot in sorted(set(slots)):
        by_day.setdefault(slot.weekday, []).append(slot.minute_of_day)
    if not by_day:
        return
    day = utc_to_local(start, tz).date() - dt.timedelta(days=1)
    last_day = utc_to_local(end, tz).date() + dt.timedelta(days=1)
    previous: dt.datetime | None = None
    while day <= last_day:
        for minute in by_day.get(day.weekday(), ()):
            local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60))
            instant = local_to_utc(local, tz)
            if start <= instant < end and instant != previous:
                previous = instant
                yield instant
        day += dt.timedelta(days=1)


def _minute_key(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone(UTC).replace(second=0, microsecond=0)


def next_free_slot(
    slots: Sequence[WeeklySlot] | Iterable[WeeklySlot],
    tz: dt.tzinfo,
    after: dt.datetime,
    taken: Iterable[dt.datetime] = (),
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> dt.datetime | None:
    """The first slot instant strictly after ``after`` that no ``taken`` instant occupies.

    A slot is taken when an instant in ``taken`` falls in the same UTC minute.

    Args:
        slots: the account's weekly slots.
        tz: the user's zone now (slots are wall-clock, so a new zone gives new instants).
        after: an aware instant (usually "now").
        taken: instants already used by the account's scheduled posts.
        horizon_days: how far to look before giving up.

    Returns:
        An aware UTC instant, or None when there are no slots or all are taken within the horizon.
    """
    busy = {_minute_key(t) for t in taken}
    end = after + dt.timedelta(days=horizon_days)
    for instant in slot_instants(slots, tz, after + dt.timedelta(microseconds=1), end):
        if _minute_key(instant) not in busy:
            return instant
    return None


def next_free_slots(
    slots: Iterable[WeeklySlot],
    tz: dt.tzinfo,
    after: dt.datetime,
    count: int,
    taken: Iterable[dt.datetime] = (),
    horizon_days: int = DEFAULT_HORIZON_DAYS,
) -> list[dt.datetime]:
    """The next ``count`` free slot instants (fewer when the horizon runs out)."""
    slot_list = list(slots)
    busy = set(taken)
    found: list[dt.datetime] = []
    cursor = after
    while len(found) < count:
        instant = next_free_slot(slot_list, tz, cursor, busy, horizon_days)
        if instant is None:
            break
        found.append(instant)
        busy.add(instant)
        cursor = instant
    return found
