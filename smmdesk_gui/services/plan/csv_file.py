"""The plan's spreadsheet file: its columns, its limits, formula-looking cells, and reading it.

Split from ``csv_import`` (which turns the rows into posts): reading is streaming and capped
(issue 15, 13: a 1 M-row file took over 1 GB), and cells a spreadsheet app would run as a formula
are written with a leading ``'`` that the reader takes off again (issue 15, 7).
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

COLUMNS = ("scheduled_at", "accounts", "text", "media", "rubric")
REQUIRED = ("accounts", "text")
ACCOUNT_SEP = ";"
MEDIA_SEP = "|"
# Issue 15 (13): a 1 M-row file took over 1 GB and a 200 MB cell 1.4 GB before being refused.
# A month of posts is a few dozen rows; the longest post of any platform is 63,206 characters.
MAX_ROWS = 10_000
MAX_CELL_CHARS = 65_536
_MAX_LINE_CHARS = 16 * MAX_CELL_CHARS  # one physical line: every column at its longest, and more
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
Progress = Callable[[int, int], None]
"""``progress(done, total)``: how far a long import has gone, for a progress bar."""


class CsvImportError(Exception):
    """The file cannot be imported; ``messages`` are row-numbered, plain words."""

    def __init__(self, messages: Sequence[str]) -> None:
        super().__init__(messages[0] if messages else "the file cannot be imported")
        self.messages = list(messages)


def _sniff_delimiter(first_line: str) -> str:
    """``,`` unless the header is clearly ``;``- or tab-separated (European spreadsheet apps)."""
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


def neutralise(cell: str) -> str:
    """A cell a spreadsheet app will not read as a formula: ``'`` before a formula-like start.

    OWASP's CSV injection advice: a cell starting with ``=``, ``+``, ``-``, ``@``, tab or CR is
    run as a formula (``@shop`` and ``-20%`` are ordinary posts). Cells already starting with
    quotes before such a character get one more, so :func:`restore` undoes exactly this.
    """
    return "'" + cell if cell.lstrip("'")[:1] in FORMULA_START else cell


def restore(cell: str) -> str:
    """The owner's text of a cell written by :func:`neutralise` (one leading ``'`` dropped)."""
    if cell.startswith("'") and cell.lstrip("'")[:1] in FORMULA_START:
        return cell[1:]
    return cell


class _LineTooLongError(Exception):
    pass


def _lines(text: io.TextIOWrapper, first: str, limit: int) -> Iterator[str]:
    """The file's lines for the CSV reader, none longer than ``limit`` characters read at once.

    A 200 MB cell on one line used to be read whole before it was refused (1.4 GB peak).
    """
    line = first
    while line:
        if len(line) >= limit and not line.endswith(("\n", "\r")):
            raise _LineTooLongError
        yield line
        line = text.readline(limit)


def _too_big(row: int) -> str:
    return (
        f"Row {row}: a cell has more than {MAX_CELL_CHARS:,} characters, far longer than any "
        "post. Check that this is the right file, or shorten the cell."
    )


def read_rows(
    path: Path, progress: Progress | None = None
) -> tuple[list[tuple[int, dict[str, str]]], list[str]]:
    """The data rows as ``(row number, {column: cell})`` and file-level problems.

    The file is read row by row: at most :data:`MAX_ROWS` rows of at most
    :data:`MAX_CELL_CHARS` a cell, so a wrong or hostile file is refused early with little memory.
    ``progress(bytes read, file size)`` is called as the file is read.
    """
    try:
        raw = path.open("rb")
    except FileNotFoundError:
        raise CsvImportError([f"The file {path} does not exist."]) from None
    with raw:
        total = os.fstat(raw.fileno()).st_size
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        number = 1
        try:
            first_line = text.readline(_MAX_LINE_CHARS)
            reader = csv.reader(
                _lines(text, first_line, _MAX_LINE_CHARS), delimiter=_sniff_delimiter(first_line)
            )
            records = iter(reader)
            header_record = next(records, None)
            if header_record is None:
                return [], [
                    "The file is empty: it needs a header row with " + ", ".join(COLUMNS) + "."
                ]
            header = [h.strip().lower() for h in header_record]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                return [], [
                    "Row 1: the header has no column "
                    + " or ".join(f"“{m}”" for m in missing)
                    + ". Expected columns: "
                    + ", ".join(COLUMNS)
                    + "."
                ]
            twice = [c for c in COLUMNS if header.count(c) > 1]
            if twice:
                return [], [
                    f"Row 1: the column “{twice[0]}” appears twice. Keep one and delete the other, "
                    "then try again."
                ]
            rows: list[tuple[int, dict[str, str]]] = []
            for number, record in enumerate(records, start=2):
                if not any(cell.strip() for cell in record):
                    continue
                if len(rows) == MAX_ROWS:
                    return [], [
                        f"The file has more than {MAX_ROWS:,} posts; SMM Desk imports at most "
                        f"{MAX_ROWS:,} at a time. Split it into smaller files."
                    ]
                if any(len(cell) > MAX_CELL_CHARS for cell in record):
                    return [], [_too_big(number)]
                cells = {
                    name: (restore(record[i]) if i < len(record) else "")
                    for i, name in enumerate(header)
                }
                rows.append((number, cells))
                if progress is not None and number % 500 == 0:
                    progress(raw.tell(), total)
        except UnicodeDecodeError:
            return [], [
                "The file is not UTF-8 text. "
                "In your spreadsheet app choose “CSV UTF-8” when saving."
            ]
        except _LineTooLongError:
            return [], [_too_big(number + 1)]
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                return [], [_too_big(number + 1)]
            return [], [f"The file is not a valid CSV file ({exc})."]
    if progress is not None:
        progress(total, total)
    return rows, []
