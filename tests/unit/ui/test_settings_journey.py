"""Settings, driven through the main window's widgets: time zone by city, language in use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QStandardItemModel
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.workspace import shop_name, workspace_zone
from smmdesk_gui.ui import crash
from smmdesk_gui.ui.main_window import MainWindow
from smmdesk_gui.ui.settings_page import ZONE_ROLE, SettingsPage


def _window(ctx: Any, qtbot: QtBot) -> MainWindow:
    settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(ctx.paths, settings)
    qtbot.addWidget(window)
    window.attach(ctx)
    window.resize(1100, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _settings(window: MainWindow, qtbot: QtBot) -> SettingsPage:
    qtbot.mouseClick(window.rail.buttons["settings"], Qt.MouseButton.LeftButton)
    page = window.screens["settings"]
    assert isinstance(page, SettingsPage)
    return page


def test_time_zone_is_found_by_city_and_country(ctx: Any, qtbot: QtBot) -> None:
    crash.shown_messages.clear()
    window = _window(ctx, qtbot)
    page = _settings(window, qtbot)
    box = page.timezone
    model = box.model()
    assert isinstance(model, QStandardItemModel)
    texts = [box.itemText(i) for i in range(box.count())]
    zones = {box.itemData(i, ZONE_ROLE) for i in range(box.count())}
    for legacy in ("Factory", "GB-Eire", "CST6CDT", "US/Eastern", "Etc/GMT+3", "Asia/Calcutta"):
        assert legacy not in zones and legacy not in texts
    assert "Amsterdam — Netherlands" in texts
    assert "Buenos Aires — Argentina" in texts
    assert "Indianapolis (Indiana) — United States" in texts
    europe = texts.index("Europe")  # a region heading, not a choice
    assert not model.item(europe).isEnabled()
    assert europe < texts.index("Amsterdam — Netherlands") < texts.index("Zurich — Switzerland")

    # typing a city: the completer's popup lists the match; picking it sets the zone
    edit = box.lineEdit()
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(edit, "amsterd")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().rowCount() == 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace_zone(ctx.store).key == "Europe/Amsterdam")
    assert box.currentText() == "Amsterdam — Netherlands"
    assert "shown and scheduled in this time zone" in page.timezone_note.text()

    # and by country
    edit.selectAll()
    qtbot.keyClicks(edit, "japan")
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workspace_zone(ctx.store).key == "Asia/Tokyo")

    page.shop_name.clear()
    qtbot.keyClicks(page.shop_name, "Bakery Zoet")
    qtbot.keyClick(page.shop_name, Qt.Key.Key_Return)
    assert shop_name(ctx.store) == "Bakery Zoet"
    assert crash.shown_messages == []


def test_language_box_shows_the_language_in_use(ctx: Any, qtbot: QtBot, qapp: Any) -> None:
    from smmdesk_gui.ui.i18n import apply_language

    ctx.settings().setValue("ui/language", "en")  # as after `--lang fa` on an English setup
    try:
        apply_language(qapp, "fa")
        window = _window(ctx, qtbot)
        page = _settings(window, qtbot)
        assert page.language.currentData() == "fa"
        assert page.language.currentText() == "فارسی"
        assert "English" in page.language_note.text()  # what the next start will use
        page.language.setFocus()
        qtbot.keyClick(page.language, Qt.Key.Key_Up)  # the one above Persian: Russian
        assert ctx.settings().value("ui/language") == "ru"
        assert "Русский" in page.language_note.text()
    finally:
        apply_language(qapp, "en")
