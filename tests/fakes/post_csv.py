"""Post CSV files for the import tests: tricky texts and a writer of the import format."""

from __future__ import annotations

import csv
import io
from pathlib import Path

TRICKY = [
    "نان تازه هر روز صبح — ۱۲ نوع نان",  # RTL (Persian) with Persian digits
    "Croissants 🥐🥐 and 👩‍🍳 our chef",  # emoji incl. a ZWJ sequence
    'She said "best bread in town", we agree; come by',  # quotes, comma, semicolon
    "Line one\nLine two\r\n\nLine four",  # newlines inside the cell
    "שלום, עולם",  # Hebrew with a comma
]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", bom: bool = True) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["scheduled_at", "accounts", "text", "media", "rubric"])
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    return path
