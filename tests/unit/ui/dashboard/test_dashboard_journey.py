"""The owner's dashboard and report, driven through the main window's widgets (issue 12)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pypdf
from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from smmdesk_gui.domain import metrics as m
from smmdesk_gui.services.workspace import set_setting
from smmdesk_gui.store.models import Post
from smmdesk_gui.ui import crash
from smmdesk_gui.ui.dashboard.charts import HeatmapChart
from smmdesk_gui.ui.dashboard.page import DashboardPage
from smmdesk_gui.ui.main_window import MainWindow

LONG_TITLE = (
    "Sourdough loaves fresh from the oven every Thursday morning, with rye and "
    "spelt, come early because they sell out before noon"
)


def _window(ctx: Any, qtbot: QtBot) -> MainWindow:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def _save_as(qtbot: QtBot, path: Path, problems: list[str]) -> None:
    """Answer the next "Save the report" dialog: the file name, then a click on Save.

    The name is set rather than typed: typing a path opens the dialog's completer, which would
    take the Enter key. A dialog still open after the click is closed and noted in ``problems``
    (so a regression fails the test instead of hanging it).
    """

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(50, answer)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert name is not None and buttons is not None
        name.setText(str(path))
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

        def still_open() -> None:
            if QApplication.activeModalWidget() is dialog:
                problems.append("the save dialog stayed open")
                dialog.reject()

        QTimer.singleShot(3000, still_open)

    QTimer.singleShot(50, answer)


def test_dashboard_and_report_through_the_window(
    ctx: Any, qtbot: QtBot, october: dict[str, int], tmp_path: Path
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    set_setting(ctx.store, "timezone", "UTC")
    with ctx.store.session_scope() as s:
        post = s.get(Post, october["post1"])
        post.title = LONG_TITLE
    crash.shown_messages.clear()
    window = _window(ctx, qtbot)

    # Settings: the shop's name, typed as the owner does
    qtbot.mouseClick(window.rail.buttons["settings"], Qt.MouseButton.LeftButton)
    shop = window.screens["settings"].shop_name
    shop.clear()
    qtbot.keyClicks(shop, "Bakery Zoet")
    qtbot.keyClick(shop, Qt.Key.Key_Return)

    qtbot.mouseClick(window.rail.buttons["dashboard"], Qt.MouseButton.LeftButton)
    page = window.screens["dashboard"]
    assert isinstance(page, DashboardPage)
    page.picker.first.setDate(QDate(2026, 10, 1))
    page.picker.last.setDate(QDate(2026, 10, 30))
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClicks(page.picker.combo, "Custom")  # keyboard search in the period box
    assert page.picker.key() == "custom"
    assert page.stack.currentIndex() == 1

    best = page.cards["best_post"]
    shown = best.change.text()
    assert shown.endswith("…") and shown != LONG_TITLE
    words = set(LONG_TITLE.split())
    assert all(w in words for w in shown.rstrip("…").split())  # cut at a word, never inside
    assert LONG_TITLE in best.toolTip()

    note = page.heatmap_chart.note.text()
    assert "No suggestion yet" in note and "fewer than 3 posts" in note  # says why not
    assert "3 posts of the last 90 days" in note

    table = page.platform_table.table
    assert table.rowCount() == 2
    assert [table.item(r, 0).text() for r in range(2)] == ["Instagram", "Bluesky"]
    assert table.item(0, 2).text() == "1,500"  # Instagram's reach
    assert table.item(1, 4).text() == "not enough data"  # Bluesky: no reach, no rate

    pdf = tmp_path / "october.pdf"
    problems: list[str] = []
    _save_as(qtbot, pdf, problems)
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert problems == []
    qtbot.waitUntil(pdf.exists)
    assert "Report saved" in page.status.text()
    reader = pypdf.PdfReader(pdf)
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Monthly report" not in first
    assert "Report on 30 days: 10/1/26 – 10/30/26" in first
    assert "Bakery Zoet" in first
    assert "Reach +275 % on the period before." in first.replace("\u00a0", " ")
    last = " ".join(reader.pages[-1].extract_text().split())
    assert "By platform" in last and "Sourdough loaves" in last
    assert crash.shown_messages == []


def test_suggested_time_is_the_darkest_cell(ctx: Any, qtbot: QtBot) -> None:
    """What the note suggests is the cell painted darkest (and outlined)."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    samples = [(3, 18, 0.08)] * 3 + [(1, 9, 0.04)] * 4 + [(5, 11, 0.2)]  # Sat: one post, thin
    hm = m.best_time_heatmap(samples)
    chart = HeatmapChart()
    qtbot.addWidget(chart)
    chart.resize(700, 320)
    chart.show()
    qtbot.waitExposed(chart)
    chart.update_heatmap(hm, 90)
    note = chart.note.text().replace("\u202f", " ")
    assert "Suggested: Thu 6:00 PM, the darkest cell" in note
    assert "next best: Tue 9:00 AM" in note
    image = chart.canvas.grab().toImage()
    canvas = chart.canvas
    darkest, where = 256, (-1, -1)
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            cell = canvas.cell_at(x, y)
            colour = image.pixelColor(x, y)
            blue = colour.blue() > colour.red() + 40
            if cell is not None and blue and colour.lightness() < darkest:
                darkest, where = colour.lightness(), cell
    assert where == (3, 18)  # Thursday 18:00, not the thin Saturday cell with the top rate
