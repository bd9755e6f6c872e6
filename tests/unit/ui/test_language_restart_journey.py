"""Choosing a language in Settings: the app says it restarts, saves the work, starts again."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from smmdesk_gui.services.compose.drafts import latest_draft
from smmdesk_gui.ui import restart
from smmdesk_gui.ui.restart import restart_command
from tests.fakes.journeys import click_text, crash_log_empty, label_texts, open_window, type_into


def test_choosing_persian_saves_the_draft_and_restarts_on_settings(
    ctx: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(ctx, qtbot, screen="compose")
    compose = window.screens["compose"]
    type_into(compose.editor, "Fresh bread at 7")
    click_text(window.rail, "Settings")
    settings = window.screens["settings"]
    box = settings.findChild(QComboBox, "language")
    assert box.currentData() == "en"  # the language in use
    box.setCurrentIndex(box.findData("fa"))
    # the Persian name isolated (FSI … PDI) inside the English sentence
    assert "SMM Desk restarts in \u2068فارسی\u2069 — your work is saved." in label_texts(settings)
    assert window.isVisible()  # nothing happens before the owner says so
    click_text(settings, "Restart now")
    assert not window.isVisible() and window.restart_pending
    draft = latest_draft(ctx.store)
    assert draft is not None and draft.text == "Fresh bread at 7"
    assert ctx.settings().value("ui/language") == "fa"
    assert ctx.settings().value("window/screen") == "settings"  # the next start opens here
    # app.py then starts the same command again, without a --lang that would undo the choice
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(sys, "argv", ["smmdesk", "--home", "/data/shop", "--lang", "en"])
    monkeypatch.setattr(restart, "start_detached", lambda p, a: started.append((p, a)) or True)
    assert restart.relaunch()
    [(program, args)] = started
    assert Path(program).name.startswith("python")  # this Python, with the package
    assert args == ["-m", "smmdesk_gui", "--home", "/data/shop"]
    crash_log_empty(window)


def test_choosing_the_language_in_use_again_asks_nothing(ctx: Any, qtbot: QtBot) -> None:
    window = open_window(ctx, qtbot, screen="settings")
    settings = window.screens["settings"]
    box = settings.findChild(QComboBox, "language")
    box.setCurrentIndex(box.findData("ru"))
    assert "Русский" in label_texts(settings)
    box.setCurrentIndex(box.findData("en"))
    assert "restarts" not in label_texts(settings)
    assert window.isVisible() and not window.restart_pending


def test_restart_command_of_the_frozen_app_and_of_python() -> None:
    # frozen: the app's own executable, which takes the arguments itself
    assert restart_command(["--demo", "--lang=ar"], frozen=True)[1] == ["--demo"]
    assert restart_command(["--demo"], frozen=False)[1] == ["-m", "smmdesk_gui", "--demo"]
