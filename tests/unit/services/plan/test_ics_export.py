"""The .ics export read back with the ``icalendar`` package: valid RFC 5545 in edge cases."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from smmdesk_gui.services.plan.export import ExportRow, export_ics

NOW = dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.UTC)
AT = dt.datetime(2026, 6, 2, 10, 30, tzinfo=dt.UTC)


def _row(text: str, rubric: str = "") -> ExportRow:
    return ExportRow(1, AT, ("x:bakery",), text, (), rubric, "", ("scheduled",))


def _read(path: Path) -> icalendar.Calendar:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    cal.validate()  # PRODID, VERSION and at least one component
    return cal


def test_empty_plan_is_still_a_valid_calendar(tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    assert export_ics([], out, now=NOW) == 0
    cal = _read(out)
    assert cal.walk("VEVENT") == []


# Every C0 control but tab, line feed and carriage return, and DEL: not allowed in a TEXT value
# (RFC 5545 3.3.11 TSAFE-CHAR); the C1 controls too. They come with text pasted from Word
# (U+000B is its manual line break) or from PDFs.
CONTROLS = [
    chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]
]


@pytest.mark.parametrize("control", CONTROLS, ids=[f"U+{ord(c):04X}" for c in CONTROLS])
def test_control_characters_never_reach_the_file(control: str, tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    export_ics(
        [_row(f"Sale{control}starts today\nSecond line", rubric=f"A{control}B")], out, now=NOW
    )
    assert control.encode("utf-8") not in out.read_bytes()
    event = _read(out).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "X: Sale starts today"  # not cut short at the control
    assert str(event["DESCRIPTION"]).startswith("Sale starts today\nSecond line")


def test_tab_and_line_breaks_survive(tmp_path: Path) -> None:
    out = tmp_path / "plan.ics"
    export_ics([_row("Menu:\tbread\r\nand cake")], out, now=NOW)
    event = _read(out).walk("VEVENT")[0]
    assert str(event["DESCRIPTION"]).startswith("Menu:\tbread\nand cake")
