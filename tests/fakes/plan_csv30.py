"""A 30-row content plan as a shop owner would write it in a spreadsheet: Persian and Hebrew text,
emoji, quotes, line breaks inside cells, pictures, ideas without a date, a new rubric; and the
same file with four typical mistakes (for the preview)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from PIL import Image

TEXTS = [
    "نان تازه هر روز صبح — ۱۲ نوع نان",
    "Croissants 🥐🥐 and 👩‍🍳 our chef",
    'She said "best bread in town", we agree; come by',
    "Opening hours this week:\nMon–Fri 7–18\r\nSat 8–14\n\nSunday closed",
    "שלום, עולם — fresh challah on Friday",
    "Tip: keep bread in a linen bag, not plastic 👜",
    "Behind the scenes: 4 a.m., the ovens are hot 🔥",
    "«Sourdough» starter giveaway, bring a jar 🫙",
    'Customer story: "I\'ve bought here for 20 years"',
    "Offer: 10th loaf free ✅; ask for your card",
]
RUBRICS = ["Product", "Useful tips", "Behind the scenes", "Seasonal", ""]
ACCOUNTS = ["x:bakery", "mastodon:bakery", "telegram:bakery_news", "instagram:@bakery; x:bakery"]
IDEA_ROWS = {7, 18, 29}  # empty scheduled_at: ideas
HEADER = ["scheduled_at", "accounts", "text", "media", "rubric"]
# Row numbers as the spreadsheet shows them (header = row 1) of the mistakes in the bad file.
BAD_ROWS = {4: "account", 9: "date", 15: "too long", 22: "picture"}


def picture(path: Path) -> Path:
    Image.new("RGB", (80, 60), "peru").save(path)
    return path


def plan_rows(start: dt.date, folder: Path, *, mistakes: bool) -> list[list[str]]:
    """30 rows from ``start`` on (one or two a day at different times)."""
    picture(folder / "bread.jpg")
    rows: list[list[str]] = []
    for i in range(30):
        day = start + dt.timedelta(days=i * 2 // 3)
        when = f"{day.isoformat()} {(8 + (i * 5) % 11):02d}:{(i * 15) % 60:02d}"
        accounts = ACCOUNTS[i % len(ACCOUNTS)]
        media = "bread.jpg" if "instagram" in accounts else ""
        text = f"{TEXTS[i % len(TEXTS)]} #{i + 1}"
        if i in IDEA_ROWS:
            when = ""
        rows.append([when, accounts, text, media, RUBRICS[i % len(RUBRICS)]])
    if mistakes:
        rows[BAD_ROWS_INDEX["account"]][1] = "x:nobody"
        rows[BAD_ROWS_INDEX["date"]][0] = "31/12/2026 10:00"
        rows[BAD_ROWS_INDEX["too long"]][1] = "x:bakery"
        rows[BAD_ROWS_INDEX["too long"]][2] = "Our whole story, " + "bread " * 60
        rows[BAD_ROWS_INDEX["picture"]][1] = "instagram:bakery"
        rows[BAD_ROWS_INDEX["picture"]][3] = "missing-photo.jpg"
    return rows


BAD_ROWS_INDEX = {kind: row - 2 for row, kind in BAD_ROWS.items()}


def write_plan_csv(path: Path, start: dt.date, *, mistakes: bool = False) -> Path:
    """The plan as a spreadsheet app saves "CSV UTF-8": BOM, CRLF, quoted cells as needed."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(plan_rows(start, path.parent, mistakes=mistakes))
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    return path
