"""The one CSV preview model, as the Plan's and the Dashboard's import dialogs set it up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush

from smmdesk_gui.domain.problems import Problem
from smmdesk_gui.services.plan.csv_import import RowPreview
from smmdesk_gui.services.stats.csv_import import PreviewRow
from smmdesk_gui.ui.calendar.import_dialog import plan_preview_model
from smmdesk_gui.ui.dashboard.import_dialog import stats_preview_model

FG = Qt.ItemDataRole.ForegroundRole


def _plan_rows() -> list[RowPreview]:
    long_text = "Fresh croissants " * 20
    return [
        RowPreview(
            2,
            None,
            "",
            ["instagram:bakery"],
            [1],
            long_text,
            [],
            "Selling",
            new_rubric=True,
            queue=True,
        ),
        RowPreview(3, None, "", [], [], "Opening hours", [], "", problems=[Problem("csv_empty")]),
    ]


def test_plan_preview(qtmodeltester: Any, qapp: Any) -> None:
    model = plan_preview_model(dt.UTC)
    qtmodeltester.check(model)  # empty
    model.set_rows(_plan_rows())
    qtmodeltester.check(model)
    assert model.columnCount() == 6 and model.headerData(5, Qt.Orientation.Horizontal) == "Problems"
    assert [model.index(0, c).data() for c in (0, 1, 2, 4, 5)] == [
        "2",
        "next free slot",
        "instagram:bakery",
        "Selling (new)",
        "OK",
    ]
    shown = model.index(0, 3).data()
    assert len(shown) == 160 and shown.endswith("…")
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == _plan_rows()[0].text
    assert model.index(1, 1).data() == "—"  # a row with a problem is not called an idea
    assert isinstance(model.index(1, 5).data(FG), QBrush)  # only the problems column is red
    assert model.index(1, 0).data(FG) is None and model.index(0, 5).data(FG) is None


def test_plan_preview_keeps_free_text_in_its_own_direction(qapp: Any) -> None:
    model = plan_preview_model(dt.UTC)
    model.set_rows(_plan_rows())
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        # English (nothing translated) in a right-to-left window: kept left-to-right
        # isolated (FSI … PDI), the one bidi helper, not the older embedding marks
        assert model.index(1, 5).data() == "\u2068The post has no text and no image.\u2069"
        assert model.index(1, 0).data() == "3"  # numbers as they are
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_stats_preview(qtmodeltester: Any, qapp: Any) -> None:
    model = stats_preview_model()
    model.set_rows(
        [
            PreviewRow(2, "p1", text="Autumn menu", figures={"reach": 120.0}),
            PreviewRow(3, "p2", status="duplicate"),
            PreviewRow(4, "", problems=[Problem("stats_no_date")], status="problem"),
        ]
    )
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(3)] == [
        "new post, imported",
        "already imported",
        "skipped",
    ]
    assert model.index(0, 2).data().startswith("Autumn menu · ")
    assert model.index(2, 2).data() == "no date"
    assert all(isinstance(model.index(2, c).data(FG), QBrush) for c in range(3))  # whole row
    assert model.index(0, 0).data(FG) is None


def test_plan_preview_times_in_the_locale_and_the_ui_calendar(qapp: Any) -> None:
    from smmdesk_gui.ui.calendars import use_calendar

    noon = dt.datetime(2026, 7, 25, 12, 0, tzinfo=dt.UTC)
    row = RowPreview(2, noon, "2026-07-25 12:00", ["x:bakery"], [1], "Rye", [], "")
    model = plan_preview_model(dt.UTC)
    model.set_rows([row])
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    use_calendar("jalali")
    try:
        assert model.index(0, 1).data() == "5/3/05 12:00\u202fPM"  # 3 Mordad 1405
        use_calendar("gregorian")
        assert model.index(0, 1).data() == "7/25/26 12:00\u202fPM"  # not "2026-07-25 12:00"
    finally:
        use_calendar("gregorian")
        QLocale.setDefault(QLocale.c())
