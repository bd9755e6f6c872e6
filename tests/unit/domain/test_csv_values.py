"""Numbers, dates, delimiters and encodings as the platforms' exports write them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from smmdesk_gui.domain.csv_values import decode, parse_datetime, parse_number, sniff_delimiter

UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("1234", False, 1234),
        ("1,234", False, 1234),  # thousands comma (US export)
        ("1,234,567", False, 1234567),
        ("1,234.5", False, 1234.5),
        ("1.234,5", False, 1234.5),  # European with both separators
        ("1 234", True, 1234),  # space thousands
        ("1\u00a0234,5", True, 1234.5),  # no-break space thousands, decimal comma
        ("1\u202f234", False, 1234),  # narrow no-break space (French Excel)
        ("12,5", False, 12.5),  # a lone comma that cannot be thousands
        ("1,234", True, 1.234),  # a decimal-comma file
        ("1.234", True, 1234),  # thousands dot in a decimal-comma file
        ("0.05", False, 0.05),
        ("5.3%", False, 0.053),
        ("4,8 %", True, 0.048),
        ("-3", False, -3),
    ],
)
def test_parse_number(text: str, decimal_comma: bool, expected: float) -> None:
    assert parse_number(text, decimal_comma) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "  ", "-", "—", "N/A", None])
def test_empty_cells_are_missing(text: str | None) -> None:
    assert parse_number(text) is None


def test_bad_number_says_what() -> None:
    with pytest.raises(ValueError, match="not a number: 'lots'"):
        parse_number("lots")


def test_dates_of_the_exports() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    # Meta Business Suite: local time, month first
    assert parse_datetime("10/01/2026 18:05", berlin) == dt.datetime(2026, 10, 1, 16, 5, tzinfo=UTC)
    # X classic: explicit offset
    assert parse_datetime("2026-08-15 13:12:39 +0000", berlin) == dt.datetime(
        2026, 8, 15, 13, 12, 39, tzinfo=UTC
    )
    # X 2024+: a day, taken at local midnight
    assert parse_datetime("Fri, Nov 15, 2024", UTC) == dt.datetime(2024, 11, 15, tzinfo=UTC)
    # VK / Russian Excel
    assert parse_datetime("31.10.2026", UTC) == dt.datetime(2026, 10, 31, tzinfo=UTC)
    assert parse_datetime("2026-10-31T08:00:00Z", berlin) == dt.datetime(
        2026, 10, 31, 8, tzinfo=UTC
    )
    assert parse_datetime("", UTC) is None
    with pytest.raises(ValueError, match="not a date"):
        parse_datetime("yesterday", UTC)


def test_delimiters_and_encodings() -> None:
    assert sniff_delimiter('"Post ID","Reach, organic",Likes') == ","
    assert sniff_delimiter("Дата;Охват;Подписчики") == ";"
    assert sniff_delimiter("a\tb\tc") == "\t"
    assert sniff_delimiter("single") == ","
    assert decode("\ufeffPost ID,Reach".encode()) == "Post ID,Reach"
    assert decode("Дата;Охват".encode("cp1251")) == "Дата;Охват"
    assert decode("Date,Reach".encode("utf-16")) == "Date,Reach"
