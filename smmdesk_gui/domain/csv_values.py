"""Reading the values of exported stats files: numbers, dates, delimiters, encodings (pure).

Exports come from many locales: ``1,234`` (thousands comma), ``1 234,5`` and ``1.234,5``
(European), ``12,5`` (decimal comma), ``5.3%``, a byte-order mark, ``;`` as the separator
(Excel in most of Europe), Windows-1251 from Russian Excel. Each parser returns ``None`` for an
empty cell and raises ``ValueError`` with a plain message for a cell it cannot read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_EMPTY = {"", "-", "–", "—", "n/a", "na", "none", "null"}
_THOUSANDS_COMMA = re.compile(r"^[+-]?\d{1,3}(,\d{3})+$")
_THOUSANDS_DOT = re.compile(r"^[+-]?\d{1,3}(\.\d{3})+$")


class CellError(ValueError):
    """A cell that cannot be read as what its column holds; ``value`` is the cell as written
    (the importer reports it as a problem code with this value, so each side words it)."""

    def __init__(self, message: str, value: str) -> None:
        super().__init__(message)
        self.value = value


def decode(data: bytes) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1251."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251")


def sniff_delimiter(header_line: str) -> str:
    """The separator of a header line: the most frequent of ``;``, tab and ``,`` outside quotes."""
    counts = {d: 0 for d in (";", "\t", ",")}
    quoted = False
    for ch in header_line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def parse_number(text: str | None, decimal_comma: bool = False) -> float | None:
    """A number as exports write it; ``decimal_comma`` says how to read a lone ``1,234``.

    Raises:
        CellError: the cell holds something that is not a number (a ``ValueError``).
    """
    if text is None:
        return None
    raw = text.strip()
    if raw.lower() in _EMPTY:
        return None
    s = _SPACES.sub("", raw)
    percent = s.endswith("%")
    if percent:
        s = s[:-1]
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):  # 1.234,5
            s = s.replace(".", "").replace(",", ".")
        else:  # 1,234.5
            s = s.replace(",", "")
    elif "," in s:
        if not decimal_comma and _THOUSANDS_COMMA.match(s):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif "." in s and decimal_comma and _THOUSANDS_DOT.match(s):
        s = s.replace(".", "")  # 1.234 in a decimal-comma file: thousands
    try:
        value = float(s)
    except ValueError:
        raise CellError(f"not a number: {raw!r}", raw) from None
    return value / 100.0 if percent else value


DATE_FORMATS: tuple[str, ...] = (
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M%z",
    "%Y-%m-%d %H:%M:%S %z",  # X classic: 2026-08-15 13:12:00 +0000
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M %z",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%m/%d/%Y %H:%M",  # Meta Business Suite: 10/31/2026 18:05
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y",
    "%d.%m.%Y %H:%M",  # VK and Russian Excel: 31.10.2026
    "%d.%m.%Y",
    "%a, %b %d, %Y",  # X analytics (2024+): Fri, Nov 15, 2024
    "%b %d, %Y",
)


def parse_datetime(
    text: str | None, tz: dt.tzinfo, formats: Sequence[str] = DATE_FORMATS
) -> dt.datetime | None:
    """An aware UTC instant; a date or time without a zone is taken in ``tz`` (local).

    Raises:
        CellError: no format fits (a ``ValueError``).
    """
    if text is None:
        return None
    raw = " ".join(text.strip().split())
    if raw.lower() in _EMPTY:
        return None
    iso = raw[:-1] + "+0000" if raw.endswith("Z") else raw
    for fmt in formats:
        try:
            value = dt.datetime.strptime(iso, fmt)
        except ValueError:
            continue
        if value.tzinfo is None:
            value = value.replace(tzinfo=tz)
        return value.astimezone(dt.UTC)
    raise CellError(f"not a date: {raw!r}", raw)
