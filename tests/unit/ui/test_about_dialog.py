"""The About dialog: version, folders with working "Open folder" buttons, component licenses."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication

from smmdesk_gui import __version__
from smmdesk_gui.ui.about import AboutDialog


class UrlCatcher(QObject):
    """Receives what QDesktopServices would hand to the file manager."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def dialog(qtbot: Any, ctx: Any) -> AboutDialog:
    about = AboutDialog(ctx)
    qtbot.addWidget(about)
    return about


@pytest.fixture
def catcher() -> Any:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


def test_shows_version_and_folders(dialog: AboutDialog, smm_home: Path) -> None:
    assert __version__ in dialog.version_label.text()
    assert dialog.data_label.text() == str(smm_home)
    assert dialog.logs_label.text() == str(smm_home / "logs")


def test_open_folder_buttons_hand_the_folder_to_the_file_manager(
    dialog: AboutDialog, catcher: UrlCatcher, qtbot: Any, smm_home: Path
) -> None:
    qtbot.mouseClick(dialog.open_logs_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_data_button, Qt.MouseButton.LeftButton)
    assert [Path(u.toLocalFile()) for u in catcher.urls] == [smm_home / "logs", smm_home]
    assert (smm_home / "logs").is_dir()  # created on demand, so the file manager finds it


def test_components_model_and_license_text(dialog: AboutDialog, qtmodeltester: Any) -> None:
    qtmodeltester.check(dialog.model)
    names = [dialog.model.component(r).name for r in range(dialog.model.rowCount())]
    assert "Python" in names and "keyring" in names
    row = names.index("shiboken6")
    dialog.table.selectRow(row)
    text = dialog.license_view.toPlainText()
    assert text.startswith("shiboken6 ")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text


def test_copy_details_for_support(dialog: AboutDialog, smm_home: Path) -> None:
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"SMM Desk {__version__}" in copied and str(smm_home) in copied


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_renders(dialog: AboutDialog, direction: Qt.LayoutDirection, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(direction)
    try:
        dialog.table.selectRow(0)
        image = dialog.grab().toImage()
        out = Path(os.environ.get("SMMDESK_SHOTS", tmp_path))
        image.save(str(out / f"about-{direction.name}.png"))
        assert image.width() >= 600
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_app_icon_has_every_size(qapp: Any) -> None:
    from smmdesk_gui.ui.app_icon import app_icon

    sizes = {s.width() for s in app_icon().availableSizes()}
    assert {16, 32, 48, 256, 512} <= sizes
