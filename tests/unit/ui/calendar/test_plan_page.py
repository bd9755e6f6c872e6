"""The Plan screen on a real store: models (qtmodeltester), drag and drop, undo, filters, views."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui.calendar.import_dialog import ExportDialog, ImportDialog
from smmdesk_gui.ui.calendar.models import (
    IDEA_MIME,
    EntriesRole,
    entries_mime,
    pydate,
    qdate,
)
from smmdesk_gui.ui.calendar.page import PlanPage
from smmdesk_gui.ui.main_window import SCREEN_FACTORIES
from tests.fakes.plan_workspace import Workspace, local
from tests.fakes.post_csv import TRICKY, write_csv

# The offscreen platform plugin warns whenever a shown top-level's size limits change: noise.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = dt.date.today()
BASE = TODAY.replace(day=2)  # every _day(0..20) is inside this month's grid, whatever today is


def _day(offset: int) -> dt.date:
    return BASE + dt.timedelta(days=offset)


def _future(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def _at(offset: int, hhmm: str) -> dt.datetime:
    return local(f"{_day(offset).isoformat()} {hhmm}")


@pytest.fixture
def page(ctx: Any, ws: Workspace, qtbot: QtBot) -> PlanPage:
    ws.post("Croissants 🥐", ["instagram:bakery", "x:bakery"], _at(1, "12:30"), rubric="Product")
    ws.post("Bread tips", ["mastodon:bakery"], _at(2, "09:00"), rubric="Useful tips")
    ws.post("نان تازه", ["telegram:bakery_news"], _at(3, "18:00"), rubric="Product", state="failed")
    ws.post("An idea for later", ["x:bakery"], None, rubric="Behind the scenes")
    widget = SCREEN_FACTORIES["plan"](ctx)
    assert isinstance(widget, PlanPage)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.go_to(qdate(TODAY))
    widget.set_view("month")
    return widget


def _drop(view: Any, day: dt.date, mime: QMimeData, ctrl: bool = False) -> None:
    index = view.grid.index_of(qdate(day))
    assert index.isValid()
    pos = QPointF(view.visualRect(index).center())
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    action = Qt.DropAction.CopyAction if ctrl else Qt.DropAction.MoveAction
    event = QDropEvent(
        pos,
        Qt.DropAction.MoveAction | Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        mods,
    )
    event.setDropAction(action)
    view.dropEvent(event)


def _entries(page: PlanPage) -> dict[str, Any]:
    return {e.snippet: e for e in page.month_model.all_entries()}


def test_models_pass_qtmodeltester(page: PlanPage, qtmodeltester: Any) -> None:
    assert page.month_model.all_entries()
    qtmodeltester.check(page.month_model)
    page.set_view("week")
    qtmodeltester.check(page.week_model)
    page.set_view("agenda")
    assert page.agenda_model.rowCount() == 3
    qtmodeltester.check(page.agenda_model)
    assert page.backlog.model.rowCount() == 1
    qtmodeltester.check(page.backlog.model)


def test_month_shows_posts_today_and_states(page: PlanPage) -> None:
    model = page.month_model
    index = model.index_of(QDate.currentDate())
    assert index.data(Qt.ItemDataRole.UserRole + 4) is True  # IsTodayRole
    by_text = _entries(page)
    assert by_text["Croissants 🥐"].platforms == ("instagram", "x")
    assert by_text["نان تازه"].state == "failed"
    tomorrow = model.index_of(qdate(_day(1)))
    assert [e.snippet for e in tomorrow.data(EntriesRole)] == ["Croissants 🥐"]
    assert "3 posts in view" in page.summary.text()


def test_drag_to_another_day_keeps_time_then_undo_redo(page: PlanPage, ws: Workspace) -> None:
    entry = _entries(page)["Croissants 🥐"]
    _drop(page.month_view, _day(8), entries_mime([entry]))
    moved = _entries(page)["Croissants 🥐"]
    assert moved.day == _day(8) and moved.local.time() == dt.time(12, 30)
    # Moved, not copied: the post is on the calendar once.
    assert [e.snippet for e in page.month_model.all_entries()].count("Croissants 🥐") == 1
    assert page.undo_stack.count() == 1 and page.undo_action.isEnabled()
    page.undo_action.trigger()
    assert _entries(page)["Croissants 🥐"].day == _day(1)
    page.redo_action.trigger()
    assert _entries(page)["Croissants 🥐"].day == _day(8)


def test_ctrl_drop_duplicates_and_undo_removes_copy(page: PlanPage) -> None:
    entry = _entries(page)["Bread tips"]
    _drop(page.month_view, _day(5), entries_mime([entry]), ctrl=True)
    copies = [e for e in page.month_model.all_entries() if e.snippet == "Bread tips"]
    assert sorted(e.day for e in copies) == [_day(2), _day(5)]
    page.undo_stack.undo()
    assert [e.day for e in page.month_model.all_entries() if e.snippet == "Bread tips"] == [_day(2)]


def test_idea_dragged_from_backlog_is_scheduled(page: PlanPage) -> None:
    idea_index = page.backlog.model.index(0, 0)
    mime = page.backlog.model.mimeData([idea_index])
    assert mime.hasFormat(IDEA_MIME)
    _drop(page.month_view, _day(4), mime)
    assert page.backlog.model.rowCount() == 0
    scheduled = _entries(page)["An idea for later"]
    assert scheduled.day == _day(4) and scheduled.state == "scheduled"
    page.undo_stack.undo()
    assert page.backlog.model.rowCount() == 1


def test_multi_select_shift_by_a_week_and_published_is_refused(
    page: PlanPage, ws: Workspace
) -> None:
    by_text = _entries(page)
    page.month_view.select_entries([by_text["Croissants 🥐"], by_text["Bread tips"]])
    later = page.actions_bar.later_action
    assert later.isEnabled() and page.actions_bar.days.value() == 7
    later.trigger()
    after = _entries(page)
    assert after["Croissants 🥐"].day == _day(8) and after["Bread tips"].day == _day(9)
    page.undo_stack.undo()
    ws.post("Done", ["x:bakery"], _at(2, "10:00"), state="published")
    page.reload()
    page.month_view.select_entries([_entries(page)["Done"]])
    page.shift_selected(1)
    assert "can't be moved" in page.message.text()


def test_keyboard_undo_shortcuts(page: PlanPage, qtbot: QtBot) -> None:
    entry = _entries(page)["Bread tips"]
    _drop(page.month_view, _day(6), entries_mime([entry]))
    page.activateWindow()
    page.month_view.setFocus()
    qtbot.waitUntil(lambda: page.month_view.hasFocus())
    qtbot.keyClick(page.month_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _entries(page)["Bread tips"].day == _day(2)
    qtbot.keyClick(
        page.month_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _entries(page)["Bread tips"].day == _day(6)


def test_filters_and_search(page: PlanPage, ws: Workspace, qtbot: QtBot) -> None:
    f = page.filters
    f.rubric.setCurrentIndex(f.rubric.findData(ws.rubrics["Product"]))
    assert set(_entries(page)) == {"Croissants 🥐", "نان تازه"}
    f.rubric.setCurrentIndex(0)
    f.platform.setCurrentIndex(f.platform.findData("mastodon"))
    assert set(_entries(page)) == {"Bread tips"}
    f.platform.setCurrentIndex(0)
    f.state.setCurrentIndex(f.state.findData("failed"))
    assert set(_entries(page)) == {"نان تازه"}
    f.state.setCurrentIndex(0)
    f.account.setCurrentIndex(f.account.findData(ws.accounts["x:bakery"]))
    assert set(_entries(page)) == {"Croissants 🥐"}
    f.account.setCurrentIndex(0)
    with qtbot.waitSignal(page.loaded, timeout=2000):
        f.search.setText("BREAD")
    assert set(_entries(page)) == {"Bread tips"}


def test_view_range_and_calendar_are_remembered(ctx: Any, page: PlanPage, qtbot: QtBot) -> None:
    page.set_view("week")
    page.step(1)
    page.set_calendar("jalali")
    anchor = page.anchor
    again = PlanPage(ctx)
    qtbot.addWidget(again)
    assert again.view_mode == "week" and again.anchor == anchor
    assert again.calendar_key == "jalali"
    again.set_view("month")
    first, last = again.month_bounds()
    parts = again.calendar.partsFromDate(first)
    assert parts.day == 1 and again.calendar.partsFromDate(last).month == parts.month
    assert again.calendar.partsFromDate(last).day in (29, 30, 31)
    assert str(parts.year) in again.nav.title.text()


def test_import_dialog_preview_import_and_undo(
    ctx: Any, page: PlanPage, tmp_path: Path, qtmodeltester: Any
) -> None:
    rows = [
        [f"{_future(40 + i).isoformat()} 09:00", "x:bakery", f"{TRICKY[i % 5]} {i}", "", "Product"]
        for i in range(5)
    ]
    bad = write_csv(tmp_path / "bad.csv", [*rows, ["soon", "x:nobody", "x", "", ""]])
    dialog = ImportDialog(ctx, page, path=bad)
    qtmodeltester.check(dialog.model)
    assert dialog.model.rowCount() == 6 and not dialog.import_button.isEnabled()
    assert "1 of 6 rows have a problem" in dialog.status.text()
    problems = dialog.model.index(5, 5).data()
    assert "There is no account x:nobody" in problems and "“soon” is not a date" in problems
    good = write_csv(tmp_path / "good.csv", rows)
    page.open_import(good)
    dialog = page.import_dialog
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    page.go_to(qdate(_future(40)))
    assert sum(1 for e in page.month_model.all_entries() if e.snippet.endswith(" 0")) == 1
    count = len(page.month_model.all_entries())
    page.undo_stack.undo()
    assert len(page.month_model.all_entries()) == count - sum(
        1 for i in range(5) if page.month_model.index_of(qdate(_future(40 + i))).isValid()
    )
    dialog.close()


def test_export_dialog_writes_csv_and_ics(ctx: Any, page: PlanPage, tmp_path: Path) -> None:
    dialog = ExportDialog(ctx, _day(0), _day(3), page)
    assert dialog.export_to(tmp_path / "p.csv", "csv") == 3
    assert dialog.export_to(tmp_path / "p.ics", "ics") == 3
    assert (tmp_path / "p.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert "Saved 3 posts" in dialog.status.text()
    dialog.close()


def test_click_selects_and_details_show(page: PlanPage, qtbot: QtBot) -> None:
    view = page.month_view
    index = view.grid.index_of(qdate(_day(1)))
    rect = view.visualRect(index)
    fm = view.fontMetrics()
    pos = QPoint(rect.center().x(), rect.top() + view.cell_delegate.header_height(fm) + 4)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert [e.snippet for e in view.selected_entries()] == ["Croissants 🥐"]
    assert "Croissants" in page.details.body.text()
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.bottom() - 3)
    )
    assert view.selected_entries() == []
    assert pydate(view.currentIndex().data(Qt.ItemDataRole.UserRole + 1)) == _day(1)


def test_first_picture_thumbnail_is_loaded_for_the_chip(
    ctx: Any, page: PlanPage, tmp_path: Path
) -> None:
    from PIL import Image

    Image.new("RGB", (300, 200), "orange").save(tmp_path / "bun.jpg")
    src = write_csv(
        tmp_path / "pic.csv",
        [[f"{_future(3).isoformat()} 10:00", "x:bakery", "With a picture", "bun.jpg", ""]],
    )
    page.open_import(src)
    page.import_dialog.do_import()
    page.go_to(qdate(_future(3)))
    entry = next(e for e in page.month_model.all_entries() if e.snippet == "With a picture")
    assert entry.thumbnail is not None and entry.thumbnail.endswith(".jpg")
    pixmap = page.thumbs.get(entry.thumbnail)  # the synchronous runner decodes at once
    assert pixmap is not None and not pixmap.isNull()
    assert max(pixmap.width(), pixmap.height()) <= 128
    page.month_view.viewport().repaint()  # paints with the thumbnail without error


def test_rubrics_dialog_edits_names_colours_and_shares(
    ctx: Any, page: PlanPage, ws: Workspace
) -> None:
    page.open_rubrics()
    dialog = page.rubrics_dialog
    assert dialog.list.count() == 3
    dialog.list.setCurrentRow(0)
    dialog.name.setText("Our products")
    dialog.share.setValue(45)  # 45 + 30 + 20 = 95%: fine
    dialog.save()
    assert dialog.list.item(0).text() == "Our products — 45%"
    dialog.share.setValue(60)  # 60 + 30 + 20 = 110%: refused in plain words
    dialog.save()
    assert "more than 100%" in dialog.message.text()
    dialog.name.setText("Offers")
    dialog.share.setValue(5)
    dialog.add()
    assert dialog.list.count() == 4
    dialog.delete()
    assert dialog.list.count() == 3
    dialog.accept()
    assert page.filters.rubric.findText("Our products") > 0


def test_posting_times_dialog_and_queue(
    ctx: Any, page: PlanPage, ws: Workspace, qtbot: QtBot
) -> None:
    """Posting times are picked on the week grid (no typing); the queue then uses them."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    page.open_posting_times()
    dialog = page.times_dialog
    assert dialog is not None
    dialog.account.setCurrentIndex(dialog.account.findData(ws.accounts["instagram:bakery"]))

    def summary() -> str:
        return dialog.summary.text().replace("\u202f", " ")

    assert "3 posting times a week" in summary()
    assert "Tue 12:30 PM, Thu 12:30 PM, Sat 10:00 AM" in summary()
    dialog.account.setCurrentIndex(dialog.account.findData(ws.accounts["telegram:bakery_news"]))
    assert "No posting times yet" in summary()
    dialog.grid.resize(dialog.grid.sizeHint())
    for day, half in ((0, 16), (4, 16), (4, 17)):  # Mon 8:00, Fri 8:00, Fri 8:30
        centre = dialog.grid.cell_rect(day, half).center().toPoint()
        qtbot.mouseClick(dialog.grid, Qt.MouseButton.LeftButton, pos=centre)
    assert "Mon 8:00 AM, Fri 8:00 AM, Fri 8:30 AM" in summary()
    centre = dialog.grid.cell_rect(4, 17).center().toPoint()
    qtbot.mouseClick(dialog.grid, Qt.MouseButton.LeftButton, pos=centre)  # off again
    assert "2 posting times a week" in summary()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    idea = ws.post("Queue me on Telegram", ["telegram:bakery_news"], None)
    page.reload()
    page.queue_ideas([idea])
    target = ws.targets(idea)[0]
    assert target.state == "scheduled" and target.scheduled_at is not None
    local_time = target.scheduled_at.astimezone(ws.tz)
    assert local_time.weekday() in (0, 4) and local_time.strftime("%H:%M") == "08:00"
    page.undo_stack.undo()
    assert ws.targets(idea)[0].scheduled_at is None


def test_double_click_opens_the_post_in_the_composer(ctx: Any, ws: Workspace, qtbot: QtBot) -> None:
    from PySide6.QtCore import QSettings

    from smmdesk_gui.ui.main_window import MainWindow

    pid = ws.post("Open me in the composer", ["x:bakery"], _at(1, "12:30"))
    window = MainWindow(
        ctx.paths, QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.attach(ctx)
    window.navigate("plan")
    page = window.screens["plan"]
    assert isinstance(page, PlanPage)
    page.go_to(qdate(_day(1)))
    entry = next(e for e in page.month_model.all_entries() if e.post_id == pid)
    page.month_view.entry_activated.emit(entry)
    assert window.current == "compose"
    assert window.screens["compose"].editor.toPlainText() == "Open me in the composer"
    window.navigate("plan")
    assert page.open_in_composer(999_999) is False
    assert "no longer exists" in page.message.text()


def test_import_dialog_tells_how_far_the_check_has_gone(
    ctx: Any, page: PlanPage, tmp_path: Path, qtbot: QtBot
) -> None:
    rows = [["", "x:bakery", f"idea {i}", "", ""] for i in range(120)]
    src = write_csv(tmp_path / "long.csv", rows)
    dialog = ImportDialog(ctx, page)
    qtbot.addWidget(dialog)
    seen: list[tuple[int, int]] = []
    texts: list[str] = []
    dialog.rows_checked.connect(lambda d, t: seen.append((d, t)))
    dialog.rows_checked.connect(lambda *_: texts.append(dialog.status.text()))
    dialog.set_path(src)
    assert seen == [(0, 120), (50, 120), (100, 120), (120, 120)]
    assert "Checking the rows: 100 of 120…" in texts
    assert "120 rows are ready to import." in dialog.status.text()
