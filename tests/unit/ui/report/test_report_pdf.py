"""The monthly report PDF: the text extracted from it holds the expected numbers."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtCore import QLocale

from smmdesk_gui.services.stats.kpis import dashboard_data
from smmdesk_gui.services.stats.period import Period
from smmdesk_gui.services.stats.report import write_report_csv
from smmdesk_gui.store.db import Store
from smmdesk_gui.ui.report.monthly import render_monthly_report


def test_report_pdf_holds_the_numbers(
    qapp: Any,
    store: Store,
    october: dict[str, int],
    tmp_path: Path,  # noqa: F811
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    data = dashboard_data(store, Period.month(2026, 10), tz=dt.UTC)
    out = tmp_path / "report.pdf"
    render_monthly_report(data, out, "Bakery", dt.UTC)
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 3  # figures, best time and posts, a section per platform
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Monthly report: October 2026" in text
    assert "1,260" in text  # followers at the end (1,050 + 210)
    assert "5.0 %" in text  # growth (1,200 -> 1,260)
    assert "4.2 %" in text  # ER by reach 63 / 1,500
    assert "1.9 %" in text  # ER by followers 24 / 1,260
    assert "1,500" in text  # reach
    assert "72" in text  # interactions
    assert "30.00 EUR" in text and "5.00 EUR" in text  # spend and CPM
    assert "not enough data" in text  # CTR: no clicks
    assert "post ig1" in text and "4.8 %" in text  # the top post and its ER
    csv_path = tmp_path / "report.csv"
    write_report_csv(data, csv_path)
    with csv_path.open(encoding="utf-8-sig") as fh:
        rows = {(r[0], r[1]): r for r in csv.reader(fh) if len(r) > 2}
    assert rows[("headline", "followers")][2:4] == ["1260", "1000"]
    assert rows[("headline", "cpm")][2] == "5"
    assert rows[("headline", "ctr")][2] == ""


def test_report_title_comes_from_the_period_and_carries_the_shop(
    qapp: Any,
    store: Store,
    october: dict[str, int],
    tmp_path: Path,
    paths: Any,  # noqa: F811
) -> None:
    from PySide6.QtGui import QColor, QImage

    from smmdesk_gui.services.library import overlay
    from smmdesk_gui.services.stats.report import report_branding
    from smmdesk_gui.services.workspace import set_shop_name

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    logo_file = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#c0392b"))
    assert image.save(str(logo_file))
    name = overlay.import_logo(paths, logo_file)
    overlay.save(store, overlay.OverlaySettings(enabled=False, logo=name))
    set_shop_name(store, "  Bakery Zoet  ")
    branding = report_branding(store, paths)
    assert branding.shop_name == "Bakery Zoet" and branding.logo is not None

    data = dashboard_data(store, Period(dt.date(2026, 10, 1), dt.date(2026, 10, 30)), tz=dt.UTC)
    out = tmp_path / "last30.pdf"
    render_monthly_report(data, out, "", dt.UTC, branding)
    reader = pypdf.PdfReader(out)
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Monthly report" not in first
    assert "Report on 30 days: 10/1/26 – 10/30/26" in first
    assert "Bakery Zoet" in first
    assert "Posts in “Selling” did best" in first  # the written summary
    assert list(reader.pages[0].images)  # the logo is drawn
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "By platform" in last and "Instagram" in last and "Bluesky" in last
    assert last.index("Instagram") < last.index("Bluesky")  # the most reach first


def test_report_titles_follow_the_period(qapp: Any) -> None:
    from smmdesk_gui.ui.report.labels import report_title

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    today = dt.date(2026, 12, 3)
    assert report_title(Period.month(2026, 11)) == "Monthly report: November 2026"
    assert report_title(Period.last_days(30, today)) == "Report on 30 days: 11/4/26 – 12/3/26"
    assert report_title(Period.last_days(7, today)) == "Weekly report: 11/27/26 – 12/3/26"
    assert report_title(Period(today, today)) == "Report for Thursday, December 3, 2026"
    this_month = Period(dt.date(2026, 12, 1), today)  # "This month", not over yet
    assert "Monthly" not in report_title(this_month)
