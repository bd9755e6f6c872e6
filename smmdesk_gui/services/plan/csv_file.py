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
from dataclasses import dataclass
from pathlib import Path

from smmdesk_gui.domain.problems import Problem

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


@dataclass(frozen=True)
class RowProblem:
    """A problem of the file as a whole (``row`` None) or of one row of it."""

    row: int | None
    problem: Problem

    @property
    def message(self) -> str:
        """In English, row-numbered: the command line's wording."""
        text = self.problem.message
        return text if self.row is None else f"Row {self.row}: {text}"


class CsvImportError(Exception):
    """The file cannot be imported: ``problems`` as codes (for the window to word), ``messages``
    the same in English, row-numbered (the command line's)."""

    def __init__(self, problems: Sequence[RowProblem]) -> None:
        self.problems = list(problems)
        self.messages = [p.message for p in self.problems]
        super().__init__(self.messages[0] if self.messages else "the file cannot be imported")


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


def _too_big(row: int) -> RowProblem:
    return RowProblem(row, Problem("csv_cell_too_long", limit=MAX_CELL_CHARS))


def read_rows(
    path: Path, progress: Progress | None = None
) -> tuple[list[tuple[int, dict[str, str]]], list[RowProblem]]:
    """The data rows as ``(row number, {column: cell})`` and file-level problems.

    The file is read row by row: at most :data:`MAX_ROWS` rows of at most
    :data:`MAX_CELL_CHARS` a cell, so a wrong or hostile file is refused early with little memory.
    ``progress(bytes read, file size)`` is called as the file is read.
    """
    try:
        raw = path.open("rb")
    except FileNotFoundError:
        raise CsvImportError(
            [RowProblem(None, Problem("csv_file_missing", path=str(path)))]
        ) from None
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
                empty = Problem("csv_file_empty", columns=", ".join(COLUMNS))
                return [], [RowProblem(None, empty)]
            header = [h.strip().lower() for h in header_record]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                no_column = Problem(
                    "csv_header_missing", missing="\n".join(missing), columns=", ".join(COLUMNS)
                )
                return [], [RowProblem(1, no_column)]
            twice = [c for c in COLUMNS if header.count(c) > 1]
            if twice:
                return [], [RowProblem(1, Problem("csv_column_twice", column=twice[0]))]
            rows: list[tuple[int, dict[str, str]]] = []
            for number, record in enumerate(records, start=2):
                if not any(cell.strip() for cell in record):
                    continue
                if len(rows) == MAX_ROWS:
                    return [], [RowProblem(None, Problem("csv_too_many_rows", limit=MAX_ROWS))]
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
            return [], [RowProblem(None, Problem("csv_not_utf8"))]
        except _LineTooLongError:
            return [], [_too_big(number + 1)]
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                return [], [_too_big(number + 1)]
            return [], [RowProblem(None, Problem("csv_invalid", detail=str(exc)))]
    if progress is not None:
        progress(total, total)
    return rows, []
