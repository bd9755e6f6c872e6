"""The status bar's network state never blocks the window (issue 16, item 4; issue 12, item 15).

``QNetworkInformation.loadDefaultBackend()`` hung the GUI thread when Windows' network-list
service did not answer. Here the OS is replaced by a loader that does not answer until told.
"""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from smmdesk_gui.ui import network_status
from smmdesk_gui.ui.main_window import MainWindow
from smmdesk_gui.ui.network_status import NetworkWatcher, Reach


def test_a_silent_os_service_leaves_the_window_working(
    ctx: object, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    monkeypatch.setattr(network_status, "_result", None)
    monkeypatch.setattr(network_status, "load_default_backend", lambda: release.wait(30) and False)
    try:
        settings = QSettings(str(ctx.paths.settings_file), QSettings.Format.IniFormat)  # type: ignore[attr-defined]
        window = MainWindow(ctx.paths, settings)  # type: ignore[attr-defined]
        qtbot.addWidget(window)
        started = time.monotonic()
        window.attach(ctx)  # type: ignore[arg-type]
        assert time.monotonic() - started < 5  # attach did not wait for the OS
        window.show()
        qtbot.waitExposed(window)
        assert window.network_label.text() == "Network status unknown"
        # the window keeps working while the OS says nothing: navigation paints
        window.navigate("dashboard")
        qtbot.waitUntil(lambda: window.current == "dashboard")
    finally:
        release.set()


def test_the_watcher_reports_unknown_first_and_survives_a_failing_loader(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> bool:
        raise OSError("the network-list service is not running")

    monkeypatch.setattr(network_status, "_result", None)
    watcher = NetworkWatcher(loader=broken)
    seen: list[Reach] = []
    watcher.changed.connect(seen.append)
    watcher.start()
    assert seen == [Reach.UNKNOWN]
    qtbot.wait(200)
    assert seen == [Reach.UNKNOWN]  # a failing OS service is "unknown", not a crash
