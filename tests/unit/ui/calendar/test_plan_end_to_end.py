"""Issue 5's "Done when" as a user does it on the Plan screen: import a 30-row CSV (preview shows
the mistakes, fix, check again, import), see it on the calendar, drag posts, undo and redo,
export to CSV and .ics (read back with the icalendar package), and every view paints."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui.calendar.import_dialog import ExportDialog
from smmdesk_gui.ui.calendar.models import entries_mime, pydate, qdate
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.main_window import SCREEN_FACTORIES
from tests.fakes.plan_csv30 import IDEA_ROWS, write_plan_csv
from tests.fakes.plan_workspace import populate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _first_of_month_after_next() -> dt.date:
    today = dt.date.today()
    month = today.month + 2
    return dt.date(today.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def test_import_see_drag_undo_export(ctx: Any, qtbot: QtBot, tmp_path: Path) -> None:
    populate(ctx.store, ctx.paths)
    page = SCREEN_FACTORIES["plan"](ctx)
    assert isinstance(page, PlanPage)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    page.set_view("month")
    page.go_today()
    start = _first_of_month_after_next()
    csv_path = write_plan_csv(tmp_path / "next-month.csv", start, mistakes=True)

    # Preview: 30 rows, 4 in red, Import disabled, nothing written.
    page.open_import(csv_path)
    dialog = page.import_dialog
    assert dialog.model.rowCount() == 30
    assert not dialog.import_button.isEnabled()
    assert "4 of 30 rows have a problem" in dialog.status.text()
    problems = [dialog.model.index(r, 5).data() for r in range(30)]
    assert sum(p != "OK" for p in problems) == 4
    # The rows with a problem are shown first-hand (row 4 of the sheet is index 2).
    assert dialog.problems_only.isChecked()
    assert dialog.table.isRowHidden(0) and not dialog.table.isRowHidden(2)
    assert dialog.model.index(3, 3).data().startswith("Opening hours this week: Mon–Fri")

    # Fix the file in the "spreadsheet", Check again, Import.
    write_plan_csv(csv_path, start)
    dialog.recheck_button.click()
    assert dialog.import_button.isEnabled(), dialog.status.text()
    assert "30 rows are ready" in dialog.status.text()
    assert not dialog.problems_only.isChecked() and not dialog.table.isRowHidden(0)
    dialog.do_import()

    # See it: the page went to the imported month, with a line saying what happened.
    assert page.month_bounds()[0] == qdate(start)
    assert "Imported 30 posts (3 of them as ideas)" in page.notice.text()
    entries = page.month_model.all_entries()
    assert len({e.post_id for e in entries}) == 30 - len(IDEA_ROWS)
    assert page.backlog.model.rowCount() == len(IDEA_ROWS)
    assert any("نان تازه" in e.snippet for e in entries)

    # Drag a post to another day (keeps its time), undo, redo.
    entry = min(entries, key=lambda e: e.scheduled_at)
    target_day = start + dt.timedelta(days=25)
    index = page.month_model.index_of(qdate(target_day))
    mime = entries_mime([entry])
    event = QDropEvent(
        QPointF(page.month_view.visualRect(index).center()),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.month_view.dropEvent(event)

    def where(post_id: int) -> list[dt.datetime]:
        return [e.local for e in page.month_model.all_entries() if e.post_id == post_id]

    assert where(entry.post_id) == [dt.datetime.combine(target_day, entry.local.time())]
    assert not page.notice.isVisible()
    page.undo_action.trigger()
    assert where(entry.post_id) == [entry.local]
    page.redo_action.trigger()
    assert where(entry.post_id) == [dt.datetime.combine(target_day, entry.local.time())]
    page.undo_action.trigger()

    # Undo the import itself: everything gone; redo brings it all back.
    page.undo_action.trigger()
    assert page.month_model.all_entries() == [] and page.backlog.model.rowCount() == 0
    page.redo_action.trigger()
    assert len({e.post_id for e in page.month_model.all_entries()}) == 30 - len(IDEA_ROWS)

    # Every view paints with the imported month in it.
    for view in ("week", "agenda", "month"):
        page.set_view(view)
        assert not page.grab().isNull()

    # Export the month to CSV and .ics; the calendar file reads back with a real parser.
    first, last = (pydate(d) for d in page.month_bounds())
    export = ExportDialog(ctx, first, last, page)
    n_csv = export.export_to(tmp_path / "plan.csv", "csv")
    n_ics = export.export_to(tmp_path / "plan.ics", "ics")
    assert n_csv == n_ics == 30 - len(IDEA_ROWS)
    text = (tmp_path / "plan.csv").read_bytes().decode("utf-8-sig")
    assert '"She said ""best bread in town"", we agree; come by #3"' in text
    cal = icalendar.Calendar.from_ical((tmp_path / "plan.ics").read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == n_ics
    starts = sorted(e.decoded("DTSTART") for e in events)
    assert starts[0] == entry.scheduled_at
    assert all(first <= s.date() <= last + dt.timedelta(days=1) for s in starts)
    export.close()
    dialog.close()
