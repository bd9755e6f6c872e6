"""The report PDF reads right to left in Persian and Arabic (issue 13, item 4): the title on the
right, the table's first column (the figure's name) on the right, the followers chart's value
axis on the right, numbers in the locale's digits. Checked on
the positions of the text runs in the PDF (pypdf)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtCore import QLocale

from smmdesk_gui.services.stats.kpis import dashboard_data
from smmdesk_gui.services.stats.period import Period
from smmdesk_gui.store.db import Store
from smmdesk_gui.ui.report.monthly import render_monthly_report

Run = tuple[float, float, str]  # x, y (from the bottom), text


def _runs(path: Path, page: int = 0) -> tuple[float, list[Run]]:
    reader = pypdf.PdfReader(path)
    pg = reader.pages[page]
    out: list[Run] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            out.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text.strip()))

    pg.extract_text(visitor_text=visit)
    return float(pg.mediabox.width), out


def _report(store: Store, tmp_path: Path) -> Path:
    data = dashboard_data(store, Period.month(2026, 10), tz=dt.UTC)
    out = tmp_path / "report.pdf"
    render_monthly_report(data, out, "Bakery", dt.UTC)
    return out


def _x_of(runs: list[Run], text: str) -> list[float]:
    """Where ``text`` is drawn (pypdf gives the digits of a right-to-left page reversed at
    times: both orders count)."""
    return [x for x, _y, t in runs if text in t or text[::-1] in t]


def test_report_in_english_reads_left_to_right(
    qapp: Any, store: Store, october: dict[str, int], tmp_path: Path
) -> None:
    from smmdesk_gui.ui.i18n import apply_language

    apply_language(qapp, "en")
    width, runs = _runs(_report(store, tmp_path))
    top = max(y for _x, y, _t in runs)
    assert min(x for x, y, _t in runs if y == top) < width * 0.15  # the title on the left
    axis = _x_of(runs, QLocale().toString(1260))  # followers: table cell and chart axis
    assert axis and min(axis) < width * 0.15


def test_report_in_rtl_reads_right_to_left(
    rtl_language: str, store: Store, october: dict[str, int], tmp_path: Path
) -> None:
    width, runs = _runs(_report(store, tmp_path))
    top = max(y for _x, y, _t in runs)
    assert min(x for x, y, _t in runs if y == top) > width * 0.3  # the title on the right
    digits = "۰۱۲۳۴۵۶۷۸۹" if rtl_language == "fa" else "٠١٢٣٤٥٦٧٨٩"
    followers = QLocale().toString(1260)
    assert set(followers) & set(digits)  # the locale's digits
    # Qt writes "۱٬۲۶۰" as two runs around the group separator: the thousands' tail finds it
    xs = _x_of(runs, followers[-3:])
    assert xs, followers
    assert min(xs) > width * 0.3  # in the table (mirrored) and on the chart's right axis
    assert max(xs) > width * 0.85  # the value axis stands on the right of the chart
