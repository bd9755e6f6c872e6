"""Without a screen (e.g. over SSH) the app says so plainly and exits 2 (issue 12, item 4)."""

from __future__ import annotations

import sys

import pytest

from smmdesk_gui import app


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_missing_display(environ: dict[str, str], platform: str, missing: bool) -> None:
    assert app.missing_display(environ, platform) is missing


def test_main_exits_2_with_a_plain_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert app.main([]) == 2
    err = capsys.readouterr().err
    assert "needs a desktop session" in err
    assert "--self-test" in err
