"""Report periods: local calendar days turned into UTC instants, and the period before."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Period:
    """Local calendar days ``first`` .. ``last`` (both included)."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a period ends on or after the day it starts")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def is_month(self) -> bool:
        end = calendar.monthrange(self.first.year, self.first.month)[1]
        return (
            self.first.day == 1
            and self.last.year == self.first.year
            and self.last.month == self.first.month
            and self.last.day == end
        )

    def previous(self) -> Period:
        """The period just before: the previous calendar month for a month, else same length."""
        if self.is_month:
            last = self.first - dt.timedelta(days=1)
            return Period.month(last.year, last.month)
        last = self.first - dt.timedelta(days=1)
        return Period(last - dt.timedelta(days=self.days - 1), last)

    def bounds(self, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """``[start, end)`` as aware UTC instants (local midnight to local midnight)."""
        start = dt.datetime.combine(self.first, dt.time(), tz).astimezone(dt.UTC)
        end_day = self.last + dt.timedelta(days=1)
        end = dt.datetime.combine(end_day, dt.time(), tz).astimezone(dt.UTC)
        return start, end

    def dates(self) -> list[dt.date]:
        return [self.first + dt.timedelta(days=i) for i in range(self.days)]

    @classmethod
    def last_days(cls, days: int, today: dt.date) -> Period:
        """The ``days`` days ending with ``today``."""
        return cls(today - dt.timedelta(days=days - 1), today)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        end = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, end))

    @classmethod
    def parse_month(cls, text: str) -> Period:
        """``YYYY-MM`` -> that month (ValueError on anything else)."""
        try:
            year_s, month_s = text.strip().split("-")
            return cls.month(int(year_s), int(month_s))
        except (ValueError, calendar.IllegalMonthError) as exc:
            raise ValueError(f"not a month (YYYY-MM): {text!r}") from exc

    def label(self) -> str:
        return f"{self.first.isoformat()} – {self.last.isoformat()}"
