from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from smmdesk_gui.logs import setup_logging
from smmdesk_gui.ui import crash


def test_unexpected_exception_shows_a_dialog_and_is_logged(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    # A window left by an earlier test in this process would parent the box, and the garbage
    # collector deleting that window mid-exec() would take the box with it: start clean.
    for widget in QApplication.topLevelWidgets():
        widget.close()
    gc.collect()
    QApplication.processEvents()
    log_file = setup_logging(tmp_path / "logs" / "smmdesk.log")
    crash.install(str(log_file))
    qapp.setProperty("smmdesk_no_dialogs", False)
    seen: dict[str, str] = {}

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["text"] = box.text()
            seen["info"] = box.informativeText()
            seen["details"] = box.detailedText()
            box.accept()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(0, read_and_close)
    try:
        raise KeyError("rubric 42")
    except KeyError:
        crash.report_exception(*sys.exc_info())  # what sys.excepthook does
    qapp.setProperty("smmdesk_no_dialogs", True)

    assert "your work is safe" in seen["text"]
    assert str(log_file) in seen["info"]
    assert "KeyError" in seen["details"]
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "rubric 42" in log_file.read_text()


def test_environment_error_is_shown_in_plain_words(qapp: QApplication) -> None:
    qapp.setProperty("smmdesk_no_dialogs", True)
    crash.install("/tmp/x.log")
    crash.report_exception(OSError, OSError(28, "No space left on device"), None)
    assert "disk is full" in crash.shown_messages[-1]
