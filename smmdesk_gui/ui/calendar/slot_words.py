"""Weekly posting times in the owner's words: "di 12:30, za 10:00" in Dutch, "вт 12:30" in
Russian, "سه‌شنبه ۱۲:۳۰" in Persian.

The stored form stays the domain's (weekday number and minute, ``WeeklySlot``); only the text the
owner reads and types is in their language, written and read with ``QLocale``. English day names
are read in every language too, so what the owner typed before switching language, or copied from
the help, still works.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QLocale, QTime

from smmdesk_gui.domain.slots import WeeklySlot

_FORMATS = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
# Any Unicode digits (Persian and Arabic ones too: ``int`` reads them); ":" or "." between.
_PART = re.compile(r"\s*(\S.*?)\s*(\d{1,2})\s*[:.٫]\s*(\d{2})\s*")
_SEPARATORS = re.compile(r"[,;\n،؛]")


class SlotTextError(ValueError):
    """A part of the text is not a posting time; ``part`` is that part, as typed."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part


def _key(name: str) -> str:
    """A day name as compared: case, dots, spaces and the Persian half-space do not matter."""
    return re.sub(r"[\s.\u200c]", "", name).casefold()


def _day_names(locale: QLocale) -> dict[str, int]:
    names: dict[str, int] = {}
    for loc in (QLocale.c(), locale):  # the owner's language wins where a name is in both
        for day in range(1, 8):
            for fmt in _FORMATS:
                for name in (loc.dayName(day, fmt), loc.standaloneDayName(day, fmt)):
                    if name:
                        names[_key(name)] = day - 1
    return names


def slot_text(slot: WeeklySlot, locale: QLocale | None = None) -> str:
    """``slot`` as the owner reads it: the short day name and the time, in ``locale`` (default:
    the UI's)."""
    loc = locale or QLocale()
    day = loc.dayName(slot.weekday + 1, QLocale.FormatType.ShortFormat)
    time = loc.toString(QTime(slot.minute_of_day // 60, slot.minute_of_day % 60), "HH:mm")
    return f"{day} {time}"


def slots_text(slots: Iterable[WeeklySlot], locale: QLocale | None = None) -> str:
    """Slots as one line to edit, e.g. ``"Tue 12:30, Sat 10:00"`` in English."""
    return ", ".join(slot_text(s, locale) for s in slots)


def parse_slots_text(text: str, locale: QLocale | None = None) -> list[WeeklySlot]:
    """Read what the owner typed (commas, semicolons or new lines between times; day names in
    their language or in English, long or short) into sorted slots, without repeats.

    Raises:
        SlotTextError: naming the first part that is not a day and a time.
    """
    names = _day_names(locale or QLocale())
    slots: list[WeeklySlot] = []
    for part in _SEPARATORS.split(text):
        if not part.strip():
            continue
        match = _PART.fullmatch(part)
        day = names.get(_key(match.group(1))) if match else None
        if match is None or day is None:
            raise SlotTextError(part.strip())
        hour, minute = int(match.group(2)), int(match.group(3))
        if hour > 23 or minute > 59:
            raise SlotTextError(part.strip())
        slot = WeeklySlot(day, hour * 60 + minute)
        if slot not in slots:
            slots.append(slot)
    return sorted(slots)
