"""Opening the workspace: a damaged database (issue 15, 9), leftovers of a kill (11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from smmdesk_gui.app import _open_workspace
from smmdesk_gui.ui.main_window import MainWindow
from tests.fakes.damaged_db import copy_db, damage, workspace


def _answer(button_text: str, seen: dict[str, str]) -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.objectName() == "restore-backup":
        seen["text"] = box.text() + " " + box.informativeText()
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
    QTimer.singleShot(20, lambda: _answer(button_text, seen))


def _open(qtbot: QtBot, qapp: QApplication, home: Path, answer: str) -> tuple[MainWindow, dict]:
    paths = workspace(home, accounts=50)
    copy_db(paths.database, paths.backups / "smmdesk-20260101T093000000000Z-0009.db")
    damage(paths.database, range(2, 12))
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    qtbot.addWidget(window)
    seen: dict[str, str] = {}
    qapp.setProperty("smmdesk_no_dialogs", False)
    try:
        QTimer.singleShot(0, lambda: _answer(answer, seen))
        _open_workspace(window, paths, settings, False)
        qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    finally:
        qapp.setProperty("smmdesk_no_dialogs", True)
    return window, seen


def test_owner_puts_back_the_copy_and_the_damaged_file_is_kept(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    window, seen = _open(qtbot, qapp, tmp_path / "home", "Put back the copy")
    assert "damaged" in seen["text"] and "never deleted" in seen["text"]
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=20_000)
    assert list((tmp_path / "home").glob("smmdesk.db.damaged-*"))
    window.ctx.tasks.wait(10_000)  # type: ignore[union-attr]


def test_not_now_leaves_everything_and_says_why(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    window, _seen = _open(qtbot, qapp, tmp_path / "home", "Not now")
    qtbot.waitUntil(lambda: "is damaged" in window.opening.text(), timeout=10_000)
    assert window.ctx is None
    assert not list((tmp_path / "home").glob("smmdesk.db.damaged-*"))


def test_leftovers_are_cleaned_after_the_workspace_opens(qtbot: QtBot, tmp_path: Path) -> None:
    import os
    import time

    paths = workspace(tmp_path / "home", accounts=1)
    leftover = paths.media / "ab" / ".import-k1ll3d"
    leftover.parent.mkdir()
    leftover.write_bytes(b"half a photo")
    os.utime(leftover, (time.time() - 3600, time.time() - 3600))
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    window = MainWindow(paths, settings)
    qtbot.addWidget(window)
    _open_workspace(window, paths, settings, False)
    qtbot.waitUntil(lambda: window.ctx is not None and not leftover.exists(), timeout=20_000)
    window.ctx.tasks.wait(10_000)  # type: ignore[union-attr]
